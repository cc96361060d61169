//! The facts file (`donnees.toml`) read line by line, before the TOML
//! parser: each value is checked against the form its key expects, so that
//! the usual slips of a yearly update (a date written `18/01/2027`, an
//! amount written `160 €` or `28 000`, a quoted number, a missing or
//! misspelt key) are all named at once, in French, with the key, the line
//! and the expected form. The parser's own messages (English, and worded
//! differently from one release to the next) are only a fallback for what
//! this reading does not recognise.
//!
//! Shared by `build.rs` (through `model.rs`), the tests, and the update
//! page's wasm (`src/bin/mise-a-jour.rs`), which also reads the file with
//! [`read_plain`] (no TOML parser in the browser) and writes a value into
//! the file's own text with [`set_value`] (comments and layout kept).

use super::{Facts, Located, Problem};
use crate::rules::{Calendar, Date};
use std::borrow::Cow;

/// The form a value of `donnees.toml` must have.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// A day, `AAAA-MM-JJ`, without quotes.
    Date,
    /// Whole euros, digits only.
    Euros,
    /// A whole number, digits only.
    Count,
    /// A text between straight double quotes.
    Text,
    /// A list of numbers between brackets.
    Numbers,
}

/// Every key of `donnees.toml`, with the form of its value. A test checks
/// that this list and the model's types agree (the published file passes).
pub const FACT_KEYS: &[(&str, Kind)] = &[
    ("intake.year", Kind::Count),
    ("intake.start", Kind::Date),
    ("intake.page_updated", Kind::Date),
    ("intake.places_initial", Kind::Count),
    ("calendar.registration_opens", Kind::Date),
    ("calendar.parcoursup_closes", Kind::Date),
    ("calendar.file_deadline", Kind::Date),
    ("calendar.oral_starts", Kind::Date),
    ("calendar.oral_ends", Kind::Date),
    ("fees.admission", Kind::Euros),
    ("fees.registration", Kind::Euros),
    ("fees.tuition", Kind::Euros),
    ("fees.continuing_cost", Kind::Euros),
    ("training.years", Kind::Count),
    ("training.ects", Kind::Count),
    ("training.centre_hours", Kind::Count),
    ("training.accompaniment_hours", Kind::Count),
    ("training.practice_hours", Kind::Count),
    ("training.bloc_hours", Kind::Numbers),
    ("contact.phone", Kind::Text),
    ("contact.phone_tel", Kind::Text),
    ("contact.place", Kind::Text),
    ("links.parcoursup", Kind::Text),
    ("links.institute", Kind::Text),
    ("links.cvec", Kind::Text),
];

/// The expected form, with a neutral example (never a real year's value,
/// which could be copied as the right one).
fn expected(kind: Kind) -> &'static str {
    match kind {
        Kind::Date => "une date année-mois-jour sans guillemets, par exemple 2030-02-15",
        Kind::Euros => "un montant en euros entiers, chiffres seuls, par exemple 250",
        Kind::Count => "un nombre entier, chiffres seuls, par exemple 12",
        Kind::Text => "un texte entre guillemets droits, par exemple \"…\"",
        Kind::Numbers => "une liste de nombres entre crochets, par exemple [100, 200, 300, 400]",
    }
}

/// Every problem of the file that can be seen line by line, in file order;
/// missing keys last. Empty when each line has the form its key expects.
pub fn lint_facts(file: &str, src: &str) -> Vec<Located> {
    lint_and_repair(file, src).0
}

/// What a message suggests writing instead (` : écrivez 2030-02-15`).
const WRITE: &str = " : écrivez ";

/// [`lint_facts`], and the file with each value that has a suggested
/// form written in that form (`None` if some problem has none): the checks
/// that need the whole file (dates in order, in the intake's year) can then
/// run in the same round.
pub fn lint_and_repair(file: &str, src: &str) -> (Vec<Located>, Option<String>) {
    // The mark some editors write first (« UTF-8 avec BOM »): not a value.
    let src = src.strip_prefix('\u{feff}').unwrap_or(src);
    let mut repaired: Option<Vec<String>> = Some(src.lines().map(str::to_owned).collect());
    let mut fixed = 0;
    let mut out = Vec::new();
    let mut section = String::new();
    let mut sections: Vec<(String, usize)> = Vec::new();
    let mut seen: Vec<String> = Vec::new();
    for (i, raw_line) in src.lines().enumerate() {
        let line = i + 1;
        let text = strip_comment(raw_line).trim();
        if text.is_empty() {
            continue;
        }
        let at = |key: Option<&str>, message: String| Located {
            file: file.to_owned(),
            line: Some(line),
            key: key.map(str::to_owned),
            message: format!("\n  {line} | {raw_line}\n{message}"),
        };
        if let Some(name) = text.strip_prefix('[').and_then(|t| t.strip_suffix(']')) {
            section = name.trim().to_owned();
            sections.push((section.clone(), line));
            if !FACT_KEYS
                .iter()
                .any(|(k, _)| k.starts_with(&format!("{section}.")))
            {
                out.push(at(
                    None,
                    format!(
                        "la section [{section}] est inconnue : les sections sont {}",
                        section_names().join(", ")
                    ),
                ));
            }
            continue;
        }
        let Some((name, value)) = text.split_once('=') else {
            out.push(at(None, "ligne illisible : chaque ligne a la forme `clé = valeur` (un commentaire commence par #)".to_owned()));
            continue;
        };
        let key = format!("{section}.{}", name.trim().trim_matches('"'));
        let Some(kind) = kind_of(&key) else {
            out.push(at(Some(&key), unknown_key(&section, name.trim())));
            continue;
        };
        if seen.contains(&key) {
            out.push(at(
                Some(&key),
                "cette clé est écrite deux fois : gardez une seule ligne".to_owned(),
            ));
            continue;
        }
        seen.push(key.clone());
        if let Some(problem) = value_problem(kind, value.trim()) {
            let fix = problem.rsplit_once(WRITE).map(|(_, f)| f.to_owned());
            match (fix, repaired.as_mut()) {
                (Some(f), Some(lines)) => {
                    lines[i] = format!("{} = {f}", name.trim());
                    fixed += 1;
                }
                _ => repaired = None,
            }
            out.push(at(
                Some(&key),
                format!("{problem}. Forme attendue : {}.", expected(kind)),
            ));
        }
    }
    out.extend(missing_keys(file, &seen, &sections));
    let repaired = repaired
        .filter(|_| fixed == out.len())
        .map(|lines| lines.join("\n"));
    (out, repaired)
}

/// The keys not seen, each at its section's line (if the section is there).
fn missing_keys(file: &str, seen: &[String], sections: &[(String, usize)]) -> Vec<Located> {
    FACT_KEYS
        .iter()
        .filter(|(key, _)| !seen.iter().any(|k| k == key))
        .map(|(key, kind)| {
            let (sec, short) = key.split_once('.').unwrap_or(("", key));
            Located {
                file: file.to_owned(),
                line: sections.iter().find(|(s, _)| s == sec).map(|(_, l)| *l),
                key: Some((*key).to_owned()),
                message: format!(
                    "il manque la ligne `{short} = …` dans la section [{sec}] : {}",
                    expected(*kind)
                ),
            }
        })
        .collect()
}

fn kind_of(key: &str) -> Option<Kind> {
    FACT_KEYS
        .iter()
        .find(|(k, _)| *k == key)
        .map(|(_, kind)| *kind)
}

fn section_names() -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    for (k, _) in FACT_KEYS {
        let s = format!("[{}]", k.split('.').next().unwrap_or(k));
        if !names.contains(&s) {
            names.push(s);
        }
    }
    names
}

/// An unknown key, with the closest known one of its section.
fn unknown_key(section: &str, name: &str) -> String {
    let known: Vec<&str> = FACT_KEYS
        .iter()
        .filter_map(|(k, _)| k.strip_prefix(section)?.strip_prefix('.'))
        .collect();
    let closest = known
        .iter()
        .min_by_key(|k| distance(k, name))
        .filter(|k| distance(k, name) <= 3);
    let mut m = format!("la clé `{name}` est inconnue dans [{section}]");
    if let Some(k) = closest {
        m.push_str(&format!(" : vouliez-vous écrire `{k}` ?"));
    }
    if !known.is_empty() {
        m.push_str(&format!(" (clés possibles : {})", known.join(", ")));
    }
    m
}

/// Edit distance (letters added, removed or changed).
fn distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut cur = vec![i + 1];
        for (j, cb) in b.iter().enumerate() {
            let sub = prev[j] + usize::from(ca != *cb);
            cur.push(sub.min(prev[j + 1] + 1).min(cur[j] + 1));
        }
        prev = cur;
    }
    prev[b.len()]
}

/// The line without its comment (a `#` outside quotes).
fn strip_comment(line: &str) -> &str {
    let mut quoted = false;
    for (i, c) in line.char_indices() {
        match c {
            '"' => quoted = !quoted,
            '#' if !quoted => return &line[..i],
            _ => {}
        }
    }
    line
}

/// What is wrong with a raw value for its kind, in French, if anything.
fn value_problem(kind: Kind, v: &str) -> Option<String> {
    if v.is_empty() {
        return Some("la valeur est vide".to_owned());
    }
    match kind {
        Kind::Date => date_problem(v),
        Kind::Euros | Kind::Count => number_problem(kind, v),
        Kind::Text => text_problem(v),
        Kind::Numbers => (!(v.starts_with('[') && v.ends_with(']')))
            .then(|| format!("`{v}` n'est pas une liste entre crochets")),
    }
}

fn unquote(v: &str) -> Option<&str> {
    ['"', '\'', '“', '«']
        .iter()
        .find_map(|q| v.strip_prefix(*q))
        .map(|rest| rest.trim_end_matches(['"', '\'', '”', '»']).trim())
}

fn date_problem(v: &str) -> Option<String> {
    if let Some(inner) = unquote(v) {
        let fix = match date_problem(inner) {
            None => format!(" : écrivez {inner}"),
            Some(_) => String::new(),
        };
        return Some(format!(
            "la date `{v}` est entre guillemets, une date s'écrit sans guillemets{fix}"
        ));
    }
    let parts: Vec<&str> = v
        .split(['-', '/', '.', ' '])
        .filter(|p| !p.is_empty())
        .collect();
    let digits = |p: &str| !p.is_empty() && p.chars().all(|c| c.is_ascii_digit());
    if parts.len() != 3 || !parts.iter().all(|p| digits(p)) {
        return Some(format!("`{v}` n'est pas une date"));
    }
    let n = |p: &str| p.parse::<u32>().unwrap_or(0);
    let (y, m, d) = if parts[0].len() == 4 {
        (parts[0], parts[1], parts[2])
    } else if parts[2].len() == 4 {
        let fix = if valid(n(parts[2]), n(parts[1]), n(parts[0])) {
            format!(
                " : écrivez {}-{:02}-{:02}",
                parts[2],
                n(parts[1]),
                n(parts[0])
            )
        } else {
            String::new()
        };
        return Some(format!(
            "la date `{v}` est écrite jour, mois, année ; elle s'écrit dans l'ordre année-mois-jour, avec des tirets{fix}"
        ));
    } else {
        return Some(format!(
            "`{v}` n'est pas une date (l'année s'écrit sur 4 chiffres)"
        ));
    };
    if !valid(n(y), n(m), n(d)) {
        return Some(format!(
            "la date `{v}` n'existe pas (mois de 01 à 12, jour de 01 au dernier jour du mois)"
        ));
    }
    let fix = format!("{y}-{:02}-{:02}", n(m), n(d));
    (v != fix).then(|| {
        format!("la date `{v}` est mal écrite (mois et jour sur deux chiffres, séparés par des tirets) : écrivez {fix}")
    })
}

/// Does this day exist (a four-digit year, a month, a day of that month)?
fn valid(y: u32, m: u32, d: u32) -> bool {
    let (Ok(year), Ok(month)) = (u16::try_from(y), u8::try_from(m)) else {
        return false;
    };
    (1000..=9999).contains(&year) && (1..=u32::from(Date::days_in_month(year, month))).contains(&d)
}

fn number_problem(kind: Kind, v: &str) -> Option<String> {
    if v.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let what = if kind == Kind::Euros {
        "un montant"
    } else {
        "un nombre"
    };
    let mut why = Vec::new();
    let mut s = v.to_owned();
    if let Some(inner) = unquote(&s) {
        why.push("sans guillemets");
        s = inner.to_owned();
    }
    if s.contains('€') || s.to_lowercase().contains("eur") {
        why.push("sans le symbole € (le fichier est en euros)");
        s = s
            .replace('€', "")
            .to_lowercase()
            .replace("euros", "")
            .replace("eur", "");
    }
    if s.trim().starts_with('-') {
        return Some(format!(
            "`{v}` est négatif : {what} ne peut pas être négatif"
        ));
    }
    if s.trim().contains(char::is_whitespace) {
        why.push("sans espace entre les chiffres");
    }
    let s: String = s.chars().filter(|c| !c.is_whitespace()).collect();
    let (whole, cents) = match s.split_once([',', '.']) {
        Some((w, c)) => (w.to_owned(), Some(c.to_owned())),
        None => (s.clone(), None),
    };
    if let Some(c) = &cents {
        if kind == Kind::Count {
            why.push("en nombre entier, sans décimales");
        } else if c.chars().all(|ch| ch == '0') {
            why.push("en euros entiers, sans centimes");
        } else {
            why.push("en nombre entier (arrondi), sans virgule");
        }
    }
    let fix = if !whole.is_empty() && whole.chars().all(|c| c.is_ascii_digit()) {
        format!(" : écrivez {whole}")
    } else {
        String::new()
    };
    if why.is_empty() {
        return Some(format!("`{v}` n'est pas {what} entier"));
    }
    Some(format!("`{v}` : {what} s'écrit {}{fix}", why.join(", ")))
}

fn text_problem(v: &str) -> Option<String> {
    if v.len() >= 2 && v.starts_with('"') && v.ends_with('"') {
        return None;
    }
    if v.starts_with(['“', '«', '\'']) {
        return Some(format!(
            "`{v}` : un texte s'écrit entre guillemets droits \"…\" (pas « », ni “ ”, ni apostrophes)"
        ));
    }
    Some(format!(
        "`{v}` : un texte s'écrit entre guillemets droits, ouverts et fermés : \"…\""
    ))
}

/// Each `key = value` line of the file, as (dotted key, 0-based line,
/// byte range of the value in that line, the line): the same reading as
/// [`lint_and_repair`] (sections, comments outside quotes).
fn value_lines(src: &str) -> Vec<(String, usize, std::ops::Range<usize>, &str)> {
    let mut out = Vec::new();
    let mut section = String::new();
    for (i, line) in src.lines().enumerate() {
        let line = line.strip_prefix('\u{feff}').unwrap_or(line);
        let text = strip_comment(line);
        let trimmed = text.trim();
        if let Some(name) = trimmed.strip_prefix('[').and_then(|t| t.strip_suffix(']')) {
            section = name.trim().to_owned();
            continue;
        }
        let Some(eq) = text.find('=') else { continue };
        let key = format!("{section}.{}", text[..eq].trim().trim_matches('"'));
        let after = &text[eq + 1..];
        let start = eq + 1 + (after.len() - after.trim_start().len());
        let end = eq + 1 + after.trim_end().len();
        out.push((key, i, start..end.max(start), line));
    }
    out
}

/// The value of `key` as written in the file (`2026-01-19`, `158`,
/// `"02 31 54 42 08"`), if the file has that line.
pub fn value_of(src: &str, key: &str) -> Option<String> {
    value_lines(src)
        .into_iter()
        .find(|(k, ..)| k == key)
        .map(|(_, _, range, line)| line[range].to_owned())
}

/// The file with the value of `key` written `raw` in place of the old one:
/// everything else (comments, blank lines, line endings) as it was, and a
/// comment after the value kept in its column when there is room. The file
/// unchanged if it has no line for `key`.
pub fn set_value(src: &str, key: &str, raw: &str) -> String {
    let Some((_, at, range, _)) = value_lines(src).into_iter().find(|(k, ..)| k == key) else {
        return src.to_owned();
    };
    let mut out = String::with_capacity(src.len() + raw.len());
    for (i, whole) in src.split_inclusive('\n').enumerate() {
        if i != at {
            out.push_str(whole);
            continue;
        }
        let body = whole.trim_end_matches(['\n', '\r']);
        let ending = &whole[body.len()..];
        // The BOM, if any, is before the key: the range is after it.
        let bom = body.len() - body.strip_prefix('\u{feff}').unwrap_or(body).len();
        let (start, end) = (range.start + bom, range.end + bom);
        let rest = &body[end..];
        let spaces = rest.len() - rest.trim_start().len();
        let comment = rest.trim_start();
        out.push_str(&body[..start]);
        out.push_str(raw);
        if !comment.is_empty() {
            let old = body[start..end].chars().count() + spaces;
            let pad = old.saturating_sub(raw.chars().count()).max(1);
            out.push_str(&" ".repeat(pad));
            out.push_str(comment);
        }
        out.push_str(ending);
    }
    out
}

/// Reads `donnees.toml` without a TOML parser, for the update page: every
/// problem at once, the same ones as `Facts::read` (this file's checks of
/// each value's form, then the facts' rules, each with its key and line).
/// A value these checks let through but TOML would refuse (a leading zero,
/// a stray quote inside a text) is named too.
pub fn read_plain(file: &str, src: &str) -> Result<Facts, Vec<Located>> {
    let src = src.strip_prefix('\u{feff}').unwrap_or(src);
    let (mut lint, repaired) = lint_and_repair(file, src);
    if !lint.is_empty() {
        if let Some(Err(more)) = repaired.map(|r| plain_checked(file, &r)) {
            let named: Vec<Option<String>> = lint.iter().map(|e| e.key.clone()).collect();
            lint.extend(more.into_iter().filter(|e| !named.contains(&e.key)));
        }
        return Err(lint);
    }
    plain_checked(file, src)
}

fn plain_checked(file: &str, src: &str) -> Result<Facts, Vec<Located>> {
    let lines = value_lines(src);
    let line_of = |key: &str| {
        lines
            .iter()
            .find(|(k, ..)| k == key)
            .map(|(_, i, ..)| i + 1)
    };
    let located = |key: &str, message: String| Located {
        file: file.to_owned(),
        line: line_of(key),
        key: Some(key.to_owned()),
        message,
    };
    let raw = |key: &str| {
        lines
            .iter()
            .find(|(k, ..)| k == key)
            .map(|(_, _, r, line)| &line[r.clone()])
    };
    let facts = match plain_facts(&raw) {
        Ok(f) => f,
        Err(key) => {
            return Err(vec![located(
                key,
                format!(
                    "la valeur `{}` ne se lit pas : {}",
                    raw(key).unwrap_or(""),
                    kind_of(key).map(expected).unwrap_or("")
                ),
            )])
        }
    };
    let problems = facts.problems();
    if problems.is_empty() {
        return Ok(facts);
    }
    Err(problems
        .into_iter()
        .map(|Problem { key, message }| located(key, message))
        .collect())
}

/// The facts from well-formed values, or the first key that does not read.
fn plain_facts<'a>(raw: &dyn Fn(&str) -> Option<&'a str>) -> Result<Facts, &'static str> {
    use super::{Contact, Fees, Intake, Links, Training};
    let count = |k: &'static str| raw(k).and_then(plain_number).ok_or(k);
    let date = |k: &'static str| raw(k).and_then(plain_date).ok_or(k);
    let text = |k: &'static str| raw(k).and_then(plain_text).map(Cow::Owned).ok_or(k);
    let year = count("intake.year")?;
    let blocs = raw("training.bloc_hours")
        .and_then(|v| {
            let inner = v.strip_prefix('[')?.strip_suffix(']')?;
            let n: Option<Vec<u32>> = inner.split(',').map(|p| plain_number(p.trim())).collect();
            <[u32; 4]>::try_from(n?).ok()
        })
        .ok_or("training.bloc_hours")?;
    Ok(Facts {
        intake: Intake {
            year: u16::try_from(year).map_err(|_| "intake.year")?,
            start: date("intake.start")?,
            page_updated: date("intake.page_updated")?,
            places_initial: count("intake.places_initial")?,
        },
        calendar: Calendar {
            registration_opens: date("calendar.registration_opens")?,
            parcoursup_closes: date("calendar.parcoursup_closes")?,
            file_deadline: date("calendar.file_deadline")?,
            oral_starts: date("calendar.oral_starts")?,
            oral_ends: date("calendar.oral_ends")?,
        },
        fees: Fees {
            admission: count("fees.admission")?,
            registration: count("fees.registration")?,
            tuition: count("fees.tuition")?,
            continuing_cost: count("fees.continuing_cost")?,
        },
        training: Training {
            years: count("training.years")?,
            ects: count("training.ects")?,
            centre_hours: count("training.centre_hours")?,
            accompaniment_hours: count("training.accompaniment_hours")?,
            practice_hours: count("training.practice_hours")?,
            bloc_hours: blocs,
        },
        contact: Contact {
            phone: text("contact.phone")?,
            phone_tel: text("contact.phone_tel")?,
            place: text("contact.place")?,
        },
        links: Links {
            parcoursup: text("links.parcoursup")?,
            institute: text("links.institute")?,
            cvec: text("links.cvec")?,
        },
    })
}

/// A TOML integer as this file writes them: digits, no leading zero.
fn plain_number(v: &str) -> Option<u32> {
    let ok = !v.is_empty() && v.bytes().all(|b| b.is_ascii_digit());
    (ok && (v == "0" || !v.starts_with('0')))
        .then(|| v.parse().ok())
        .flatten()
}

/// A TOML date alone: `2026-01-19`, a day that exists.
fn plain_date(v: &str) -> Option<Date> {
    let b = v.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let (y, m, d) = (
        v[..4].parse().ok()?,
        v[5..7].parse().ok()?,
        v[8..].parse().ok()?,
    );
    valid(y, m, d).then(|| Date::new(y as u16, m as u8, d as u8))
}

/// A TOML basic string: `"…"`, with its escapes.
fn plain_text(v: &str) -> Option<String> {
    let inner = v.strip_prefix('"')?.strip_suffix('"')?;
    let mut out = String::with_capacity(inner.len());
    let mut chars = inner.chars();
    while let Some(c) = chars.next() {
        match c {
            '"' => return None,
            '\\' => match chars.next()? {
                '"' => out.push('"'),
                '\\' => out.push('\\'),
                'n' => out.push('\n'),
                't' => out.push('\t'),
                'u' => {
                    let hex: String = chars.by_ref().take(4).collect();
                    out.push(char::from_u32(u32::from_str_radix(&hex, 16).ok()?)?);
                }
                _ => return None,
            },
            c if c.is_control() => return None,
            c => out.push(c),
        }
    }
    Some(out)
}

/// A text as a TOML basic string (what [`set_value`] writes for a text).
pub fn quoted(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// The text inside a TOML basic string, if it is one.
pub fn unquoted(v: &str) -> Option<String> {
    plain_text(v)
}
