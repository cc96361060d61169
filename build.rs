//! Compiles the content files into Rust statics, so the WebAssembly bundle
//! carries no TOML parser and a malformed content file fails the build (with
//! the file, line and key) instead of the running page.
//!
//! `DEASS_CONTENT_DIR` points the build at another content folder (the yearly
//! update's fixture does this); by default it is `content/`. Messages are in
//! French: the admissions team reads them when they update the file.

use serde::Deserialize;
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use toml::value::Datetime;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Facts {
    intake: Intake,
    calendar: Calendar,
    fees: Fees,
    training: Training,
    contact: Contact,
    links: Links,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Intake {
    year: u16,
    start: Datetime,
    page_updated: Datetime,
    places_initial: u32,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Calendar {
    registration_opens: Datetime,
    parcoursup_closes: Datetime,
    file_deadline: Datetime,
    oral_starts: Datetime,
    oral_ends: Datetime,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Fees {
    admission: u32,
    registration: u32,
    tuition: u32,
    continuing_cost: u32,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Training {
    years: u32,
    ects: u32,
    centre_hours: u32,
    accompaniment_hours: u32,
    practice_hours: u32,
    bloc_hours: [u32; 4],
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Contact {
    phone: String,
    phone_tel: String,
    place: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Links {
    parcoursup: String,
    institute: String,
    cvec: String,
}

/// Stops the build with a message naming the file, the line and the key.
fn fail(file: &Path, src: &str, key: &str, msg: &str) -> ! {
    let leaf = key.rsplit('.').next().unwrap_or(key);
    let line = src
        .lines()
        .position(|l| l.trim_start().starts_with(leaf))
        .map(|i| format!("ligne {}", i + 1))
        .unwrap_or_else(|| "ligne ?".into());
    panic!(
        "\n\nerreur de contenu dans {} ({line}, clé `{key}`) : {msg}\n",
        file.display()
    );
}

fn date(file: &Path, src: &str, key: &str, d: &Datetime) -> (u16, u8, u8) {
    let (Some(day), None, None) = (d.date, d.time, d.offset) else {
        fail(file, src, key, "il faut une date de la forme 2026-01-19");
    };
    (day.year, day.month, day.day)
}

fn read(path: &Path) -> String {
    println!("cargo:rerun-if-changed={}", path.display());
    std::fs::read_to_string(path).unwrap_or_else(|e| {
        panic!(
            "\n\nimpossible de lire le fichier de contenu {} : {e}\n",
            path.display()
        )
    })
}

fn facts(dir: &Path, out: &mut String) {
    let file = dir.join("donnees.toml");
    let src = read(&file);
    let f: Facts = toml::from_str(&src)
        .unwrap_or_else(|e| panic!("\n\nerreur de contenu dans {} :\n{e}\n", file.display()));
    let d = |key: &str, v: &Datetime| date(&file, &src, key, v);
    let cal = [
        (
            "calendar.registration_opens",
            d(
                "calendar.registration_opens",
                &f.calendar.registration_opens,
            ),
        ),
        (
            "calendar.parcoursup_closes",
            d("calendar.parcoursup_closes", &f.calendar.parcoursup_closes),
        ),
        (
            "calendar.file_deadline",
            d("calendar.file_deadline", &f.calendar.file_deadline),
        ),
        (
            "calendar.oral_starts",
            d("calendar.oral_starts", &f.calendar.oral_starts),
        ),
        (
            "calendar.oral_ends",
            d("calendar.oral_ends", &f.calendar.oral_ends),
        ),
    ];
    for w in cal.windows(2) {
        if w[0].1 > w[1].1 {
            fail(
                &file,
                &src,
                w[1].0,
                &format!(
                    "cette date est antérieure à `{}` : les dates du calendrier doivent se suivre",
                    w[0].0
                ),
            );
        }
    }
    let start = d("intake.start", &f.intake.start);
    let updated = d("intake.page_updated", &f.intake.page_updated);
    if start.0 != f.intake.year {
        fail(
            &file,
            &src,
            "intake.start",
            "le début de la formation n'est pas dans l'année de la rentrée (intake.year)",
        );
    }
    if cal[0].1 .0 != f.intake.year {
        fail(
            &file,
            &src,
            "calendar.registration_opens",
            "les inscriptions doivent ouvrir dans l'année de la rentrée (intake.year)",
        );
    }
    if cal[4].1 >= start {
        fail(
            &file,
            &src,
            "calendar.oral_ends",
            "l'épreuve orale doit se terminer avant le début de la formation",
        );
    }
    for (key, v) in [
        ("fees.admission", f.fees.admission),
        ("fees.registration", f.fees.registration),
        ("fees.tuition", f.fees.tuition),
        ("fees.continuing_cost", f.fees.continuing_cost),
        ("training.centre_hours", f.training.centre_hours),
    ] {
        if v == 0 {
            fail(&file, &src, key, "la valeur doit être supérieure à 0");
        }
    }
    if f.training.bloc_hours.iter().sum::<u32>() > f.training.centre_hours {
        fail(
            &file,
            &src,
            "training.bloc_hours",
            "les heures des blocs dépassent le total des heures en centre",
        );
    }
    if f.contact.phone.trim().is_empty() || !f.contact.phone_tel.starts_with('+') {
        fail(
            &file,
            &src,
            "contact.phone_tel",
            "donnez le numéro de téléphone, et phone_tel sous la forme +33…",
        );
    }
    for (key, url) in [
        ("links.parcoursup", &f.links.parcoursup),
        ("links.institute", &f.links.institute),
        ("links.cvec", &f.links.cvec),
    ] {
        if !url.starts_with("https://") {
            fail(&file, &src, key, "un lien doit commencer par https://");
        }
    }
    let dt = |(y, m, d): (u16, u8, u8)| format!("Date::new({y}, {m}, {d})");
    let _ = write!(
        out,
        "/// Facts of the intake, from `{file}`.\npub static FACTS: Facts = Facts {{\n\
         intake_year: {year}, intake_start: {start}, page_updated: {updated}, places_initial: {places},\n\
         calendar: Calendar {{ registration_opens: {c0}, parcoursup_closes: {c1}, file_deadline: {c2}, oral_starts: {c3}, oral_ends: {c4} }},\n\
         fee_admission: {fa}, fee_registration: {fr}, fee_tuition: {ft}, continuing_cost: {fc},\n\
         years: {years}, ects: {ects}, centre_hours: {ch}, accompaniment_hours: {ah}, practice_hours: {ph}, bloc_hours: {bh:?},\n\
         phone: {phone:?}, phone_tel: {tel:?}, place: {place:?},\n\
         link_parcoursup: {lp:?}, link_institute: {li:?}, link_cvec: {lc:?},\n}};\n",
        file = file.file_name().and_then(|s| s.to_str()).unwrap_or("donnees.toml"),
        year = f.intake.year,
        start = dt(start),
        updated = dt(updated),
        places = f.intake.places_initial,
        c0 = dt(cal[0].1),
        c1 = dt(cal[1].1),
        c2 = dt(cal[2].1),
        c3 = dt(cal[3].1),
        c4 = dt(cal[4].1),
        fa = f.fees.admission,
        fr = f.fees.registration,
        ft = f.fees.tuition,
        fc = f.fees.continuing_cost,
        years = f.training.years,
        ects = f.training.ects,
        ch = f.training.centre_hours,
        ah = f.training.accompaniment_hours,
        ph = f.training.practice_hours,
        bh = f.training.bloc_hours,
        phone = f.contact.phone,
        tel = f.contact.phone_tel,
        place = f.contact.place,
        lp = f.links.parcoursup,
        li = f.links.institute,
        lc = f.links.cvec,
    );
}

/// French typography: no line break before `? ! ; :` or inside `« »`, so
/// that a lone "?" never starts a line on a narrow phone.
fn typography(s: &str) -> String {
    s.replace(" ?", "\u{202F}?")
        .replace(" !", "\u{202F}!")
        .replace(" ;", "\u{202F};")
        .replace(" :", "\u{A0}:")
        .replace("« ", "«\u{A0}")
        .replace(" »", "\u{A0}»")
}

/// Flattens nested tables into dotted keys: strings and lists of strings only.
fn flatten(file: &Path, src: &str, prefix: &str, table: &toml::Table, lang: &str, out: &mut Texts) {
    let fix = |s: &str| {
        // An article number never breaks across lines ("D. 613-40").
        let s = s.replace("D. 613-", "D.\u{A0}613\u{2011}");
        if lang == "fr" {
            typography(&s)
        } else {
            s
        }
    };
    for (k, v) in table {
        let key = if prefix.is_empty() {
            k.clone()
        } else {
            format!("{prefix}.{k}")
        };
        match v {
            // A separator may be a (no-break) space; any other text may not be blank.
            toml::Value::String(s)
                if s.is_empty() || (s.trim().is_empty() && key != "format.group") =>
            {
                fail(file, src, &key, "texte vide")
            }
            toml::Value::String(s) => {
                out.texts.insert(key, fix(s));
            }
            toml::Value::Table(t) => flatten(file, src, &key, t, lang, out),
            toml::Value::Array(items) => {
                let strings: Option<Vec<String>> =
                    items.iter().map(|i| i.as_str().map(fix)).collect();
                match strings {
                    Some(s) if !s.is_empty() => {
                        out.lists.insert(key, s);
                    }
                    _ => fail(file, src, &key, "une liste doit contenir au moins un texte"),
                }
            }
            _ => fail(
                file,
                src,
                &key,
                "les textes doivent être entre guillemets (les nombres vont dans donnees.toml)",
            ),
        }
    }
}

/// The texts and lists of one language file, by dotted key.
#[derive(Default)]
struct Texts {
    texts: BTreeMap<String, String>,
    lists: BTreeMap<String, Vec<String>>,
}

fn texts(dir: &Path, lang: &str) -> Texts {
    texts_file(dir, lang).0
}

/// The texts of `<name>.toml`, with its path and source for error messages.
fn texts_file(dir: &Path, name: &str) -> (Texts, PathBuf, String) {
    // A content folder may hold only the facts (a next-year fixture): the
    // texts then come from `content/`.
    let file = Some(dir.join(format!("{name}.toml")))
        .filter(|f| f.exists())
        .unwrap_or_else(|| Path::new("content").join(format!("{name}.toml")));
    let src = read(&file);
    let table: toml::Table = toml::from_str(&src)
        .unwrap_or_else(|e| panic!("\n\nerreur de contenu dans {} :\n{e}\n", file.display()));
    let mut out = Texts::default();
    // The citations are French section titles: French typography.
    let typo = if name == "sources" { "fr" } else { name };
    flatten(&file, &src, "", &table, typo, &mut out);
    (out, file, src)
}

/// Adds the language-neutral citations (`sources.toml`) to every language.
fn add_neutral(dir: &Path, langs: &mut [(&str, Texts)]) {
    let neutral = texts_file(dir, "sources");
    for (_, t) in langs.iter_mut() {
        for (k, v) in &neutral.0.texts {
            if t.texts.insert(k.clone(), v.clone()).is_some() {
                fail(
                    &neutral.1,
                    &neutral.2,
                    k,
                    "cette clé est déjà dans un fichier de langue",
                );
            }
        }
    }
}

/// Emits every language's texts as parallel tables over one sorted key list,
/// so a language costs its own bytes plus one slice per text (no per-language
/// copy of the keys, no generated `match`). A key missing in a language is an
/// empty string there (the lookup falls back to French; a test fails on it).
fn emit_texts(langs: &[(&str, Texts)], out: &mut String) {
    let mut keys = std::collections::BTreeSet::new();
    let mut list_keys = std::collections::BTreeSet::new();
    for (_, t) in langs {
        keys.extend(t.texts.keys().cloned());
        list_keys.extend(t.lists.keys().cloned());
    }
    let (keys, list_keys): (Vec<String>, Vec<String>) =
        (keys.into_iter().collect(), list_keys.into_iter().collect());
    let names: Vec<String> = langs.iter().map(|(l, _)| format!("{l:?}")).collect();
    let _ = writeln!(out, "/// Language ids, in the order of the tables below.");
    let _ = writeln!(out, "pub const LANGS: &[&str] = &[{}];", names.join(", "));
    let _ = writeln!(out, "/// Every text key, sorted (binary search).");
    let _ = writeln!(out, "pub static TEXT_KEYS: &[&str] = &{keys:?};");
    let _ = writeln!(out, "/// Texts per language, parallel to `TEXT_KEYS`.");
    let _ = writeln!(out, "pub static TEXTS: &[&[&str]] = &[");
    for (_, t) in langs {
        let row: Vec<&str> = keys
            .iter()
            .map(|k| t.texts.get(k).map(String::as_str).unwrap_or(""))
            .collect();
        let _ = writeln!(out, "    &{row:?},");
    }
    let _ = writeln!(out, "];");
    let _ = writeln!(out, "/// Every list key, sorted.");
    let _ = writeln!(out, "pub static LIST_KEYS: &[&str] = &{list_keys:?};");
    let _ = writeln!(out, "/// Lists per language, parallel to `LIST_KEYS`.");
    let _ = writeln!(out, "pub static LISTS: &[&[&[&str]]] = &[");
    for (_, t) in langs {
        let row: Vec<Vec<String>> = list_keys
            .iter()
            .map(|k| t.lists.get(k).cloned().unwrap_or_default())
            .collect();
        let items: Vec<String> = row.iter().map(|l| format!("&{l:?}")).collect();
        let _ = writeln!(out, "    &[{}],", items.join(", "));
    }
    let _ = writeln!(out, "];");
}

fn main() {
    println!("cargo:rerun-if-env-changed=DEASS_CONTENT_DIR");
    println!("cargo:rerun-if-changed=build.rs");
    let dir = std::env::var_os("DEASS_CONTENT_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("content"));
    let mut out = String::from("// Generated by build.rs from the content files: do not edit.\n");
    facts(&dir, &mut out);
    // DEASS_WITHOUT_EN=1 builds with an empty English table (French shown
    // instead): only for the benchmark, to measure what English costs.
    println!("cargo:rerun-if-env-changed=DEASS_WITHOUT_EN");
    let en = match std::env::var_os("DEASS_WITHOUT_EN") {
        Some(_) => Texts::default(),
        None => texts(&dir, "en"),
    };
    let mut langs = [("fr", texts(&dir, "fr")), ("en", en)];
    add_neutral(&dir, &mut langs);
    emit_texts(&langs, &mut out);
    let dest =
        PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR")).join("content.rs");
    std::fs::write(&dest, out).expect("OUT_DIR is writable");
}
