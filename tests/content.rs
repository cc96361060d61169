//! The content files: the checks the build runs on them name the key, the
//! file and the line of a problem (tried here on edited copies), every value
//! the rules produce has its text, and every text is audited. That a text
//! the code asks for exists is the compiler's job (`content::Text`), and
//! that every text is used is `clippy --features ssr -D warnings`' (an
//! unused `Text` variant is dead code).

use deass_eligibility::content::{self, model, Lang, KEYS, LIST_KEYS};
use deass_eligibility::rules::{Date, Question};

/// A content file as the build read it: from `DEASS_CONTENT_DIR` when the
/// crate was built with one and it holds the file (the yearly update's
/// rehearsal, a fixture), else from `content/`, as `build.rs` does.
fn content_file(name: &str) -> model::Source {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = option_env!("DEASS_CONTENT_DIR").unwrap_or("content");
    let path = Some(root.join(dir).join(name))
        .filter(|p| p.exists())
        .unwrap_or_else(|| root.join("content").join(name));
    model::Source {
        src: std::fs::read_to_string(&path).expect("content file readable"),
        name: path
            .strip_prefix(root)
            .unwrap_or(&path)
            .display()
            .to_string(),
    }
}

fn facts() -> model::Facts {
    let f = content_file("donnees.toml");
    model::Facts::from_toml(&f.name, &f.src).unwrap_or_else(|e| panic!("{e}"))
}

/// The texts as the build reads them, with one file changed by `edit`.
fn read_with(file: &str, edit: impl Fn(&str) -> String) -> Result<model::Texts, model::Located> {
    // Every language the build found (`Lang`: one per language file).
    let mut langs: Vec<(&str, model::Source)> = Lang::ALL
        .iter()
        .map(|l| (l.id(), content_file(&format!("{}.toml", l.id()))))
        .collect();
    let mut neutral = content_file("sources.toml");
    let mut tables: Vec<(&str, model::Source)> = model::RECORD_FILES
        .iter()
        .map(|(prefix, name)| (*prefix, content_file(name)))
        .collect();
    for f in (langs.iter_mut().map(|(_, f)| f))
        .chain([&mut neutral])
        .chain(tables.iter_mut().map(|(_, f)| f))
    {
        if f.name.ends_with(file) {
            f.src = edit(&f.src);
        }
    }
    model::Texts::read(&langs, &neutral, &tables, &facts())
}

/// The 1-based line of `<file>` that starts with `start`.
fn line_starting(file: &str, start: &str) -> usize {
    content_file(file)
        .src
        .lines()
        .position(|l| l.starts_with(start))
        .map(|i| i + 1)
        .unwrap_or_else(|| panic!("no line starting with {start:?} in {file}"))
}

/// `src` with the value of the dotted `key` replaced by `raw`, found where
/// the TOML parser puts it (whatever the value was).
fn with_value(src: &str, key: &str, raw: &str) -> String {
    let leaves = model::leaves("file", src).unwrap_or_else(|e| panic!("{e}"));
    let span = leaves
        .get(key)
        .unwrap_or_else(|| panic!("no key {key}"))
        .span();
    format!("{}{raw}{}", &src[..span.start], &src[span.end..])
}

/// The line of the dotted `key` in `src`.
fn line_of(src: &str, key: &str) -> usize {
    let leaves = model::leaves("file", src).unwrap_or_else(|e| panic!("{e}"));
    model::line_of_key(src, &leaves, key).unwrap_or_else(|| panic!("no key {key}"))
}

/// A day written as in the file.
fn iso(d: Date) -> String {
    format!("{:04}-{:02}-{:02}", d.year, d.month, d.day)
}

#[test]
fn the_content_files_pass_the_build_checks() {
    if let Err(e) = read_with("none", str::to_owned) {
        panic!("{e}");
    }
}

#[test]
fn a_key_deleted_from_one_language_is_named_with_where_it_still_is() {
    for (file, other) in [("en.toml", "fr.toml"), ("fr.toml", "en.toml")] {
        let e = read_with(file, |src| {
            src.lines()
                .filter(|l| !l.starts_with("today = "))
                .collect::<Vec<_>>()
                .join("\n")
        })
        .expect_err("a missing key is refused");
        assert_eq!(e.key.as_deref(), Some("calendar.today"), "{e}");
        assert!(e.file.ends_with(file), "{e}");
        let line = line_starting(other, "today = ");
        assert!(
            e.to_string()
                .contains(&format!("content/{other}, ligne {line}")),
            "{e}"
        );
    }
}

/// A reason's record holds both languages and its citation: one left out
/// is named with the record's file and line.
#[test]
fn a_reason_record_missing_a_part_is_named_with_its_line() {
    let line = line_starting("raisons.toml", "[prereq_titre4]");
    for (field, start) in [("en", "en = "), ("section", "section = ")] {
        let e = read_with("raisons.toml", |src| {
            let mut seen = false;
            src.lines()
                .filter(|l| {
                    seen |= l.starts_with("[prereq_titre4]");
                    let drop = seen && l.starts_with(start);
                    if drop {
                        seen = false;
                    }
                    !drop
                })
                .collect::<Vec<_>>()
                .join("\n")
        })
        .expect_err("an incomplete record is refused");
        assert_eq!(
            e.key.as_deref(),
            Some(&*format!("prereq_titre4.{field}")),
            "{e}"
        );
        assert!(e.file.ends_with("raisons.toml"), "{e}");
        assert_eq!(e.line, Some(line + 1), "{e}");
    }
    // A placeholder that differs between the languages is reported on the
    // record's line for that language.
    let e = read_with("raisons.toml", |src| {
        src.replace("The {bac_session_year} bac", "The {bac_year} bac")
    })
    .expect_err("a misspelt placeholder is refused");
    assert_eq!(e.key.as_deref(), Some("prereq_bac_pending.en"), "{e}");
    let en = line_starting("raisons.toml", "en = \"The {bac_session_year} bac");
    assert_eq!(e.line, Some(en), "{e}");
}

/// A question's text holds every language: one left out is named with the
/// file and the line of its table.
#[test]
fn a_question_text_missing_a_language_is_named_with_its_line() {
    let src = content_file("questions.toml").src;
    let line = line_of(&src, "heures.suffix.fr");
    let e = read_with("questions.toml", |src| {
        let at = line_of(src, "heures.suffix.en");
        src.lines()
            .enumerate()
            .filter(|(i, _)| i + 1 != at)
            .map(|(_, l)| l)
            .collect::<Vec<_>>()
            .join("\n")
    })
    .expect_err("a text without its English is refused");
    assert_eq!(e.key.as_deref(), Some("heures.suffix.en"), "{e}");
    assert!(e.file.ends_with("questions.toml"), "{e}");
    assert_eq!(e.line, Some(line), "{e}");
}

/// Each question's answers, as the build checks its record's labels against.
fn choices() -> impl Iterator<Item = (&'static str, &'static [&'static str])> {
    Question::ALL
        .into_iter()
        .map(|q| (q.id(), q.options().unwrap_or(&[])))
}

/// A choice question's record has a label for each of its answers, and none
/// for an answer it does not have: the build stops at the record's line, or
/// at the label's.
#[test]
fn a_choice_without_its_label_or_with_an_unknown_one_is_named_with_its_line() {
    let texts = read_with("none", str::to_owned).expect("the content files read");
    texts
        .check_choices(choices())
        .expect("every answer has its label");

    let record = line_starting("questions.toml", "[situation.title]") + 1;
    let e = read_with("questions.toml", |src| {
        src.replace("[situation.option.csp]", "[situation.option.cps]")
    })
    .expect("read")
    .check_choices(choices())
    .expect_err("an answer without its label is refused");
    assert_eq!(
        e.key.as_deref(),
        Some("question.situation.option.csp"),
        "{e}"
    );
    assert!(e.file.ends_with("questions.toml"), "{e}");
    assert_eq!(e.line, Some(record), "{e}");

    // As if the rules no longer had the answer `aucun`.
    let label = line_starting("questions.toml", "[contrat.option.aucun]") + 1;
    let e = texts
        .check_choices([(
            "contrat",
            ["apprentissage", "professionnalisation"].as_slice(),
        )])
        .expect_err("a label for an answer the question does not have is refused");
    assert_eq!(
        e.key.as_deref(),
        Some("question.contrat.option.aucun"),
        "{e}"
    );
    assert_eq!(e.line, Some(label), "{e}");
}

#[test]
fn a_misspelt_placeholder_is_named_with_its_line() {
    let line = line_starting("en.toml", "oral_dates = ");
    let e = read_with("en.toml", |src| src.replace("{oral_ends}", "{oral_end}"))
        .expect_err("a misspelt placeholder is refused");
    assert_eq!(e.key.as_deref(), Some("calendar.oral_dates"), "{e}");
    assert_eq!(e.line, Some(line), "{e}");
    assert!(e.to_string().contains("oral_end"), "{e}");
}

#[test]
fn an_emptied_text_is_reported_at_its_own_line() {
    // The old build reported the first line starting with the key's last
    // segment (`hint`), which was another question's.
    let src = content_file("questions.toml").src;
    let line = line_of(&src, "heures.hint.fr");
    let e = read_with("questions.toml", |src| {
        with_value(src, "heures.hint.fr", "\"\"")
    })
    .expect_err("an empty text is refused");
    assert_eq!(e.key.as_deref(), Some("heures.hint.fr"), "{e}");
    assert_eq!(e.line, Some(line), "{e}");
}

#[test]
fn a_broken_line_is_reported_by_the_parser_at_that_line() {
    let line = line_starting("fr.toml", "heading = ");
    let e = read_with("fr.toml", |src| {
        src.lines()
            .enumerate()
            .map(|(i, l)| {
                if i + 1 == line {
                    "heading = \"unterminated"
                } else {
                    l
                }
            })
            .collect::<Vec<_>>()
            .join("\n")
    })
    .expect_err("a syntax error is refused");
    assert_eq!(e.line, Some(line), "{e}");
}

#[test]
fn a_fact_that_breaks_a_rule_is_named_with_its_line() {
    // The orals end the day before the file deadline: out of order, whatever
    // this year's dates are.
    let src = content_file("donnees.toml").src;
    let f = facts();
    let mut day = f.calendar.file_deadline;
    day.day -= 1;
    if day.day == 0 {
        day = f.calendar.registration_opens;
    }
    let broken = with_value(&src, "calendar.oral_ends", &iso(day));
    let e = model::Facts::from_toml("donnees.toml", &broken).expect_err("dates out of order");
    assert_eq!(e.key.as_deref(), Some("calendar.oral_ends"), "{e}");
    assert_eq!(e.line, Some(line_of(&src, "calendar.oral_ends")), "{e}");
}

#[test]
fn every_language_has_every_text() {
    for l in Lang::ALL {
        for key in KEYS {
            assert!(
                content::raw_by_key(l, key).is_some_and(|s| !s.is_empty()),
                "`{key}` is missing or empty in {}.toml",
                l.id()
            );
        }
    }
}

/// The HTML shell (shown before the app loads, or without JavaScript) repeats
/// the admission phone number: it must be the content file's.
#[test]
fn the_html_shell_gives_the_phone_number_of_the_content_file() {
    let shell = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/index.html"))
        .expect("index.html readable");
    let f = &content::FACTS.contact;
    // Every `tel:` link (the no-JavaScript notice, the "could not load" one)
    // calls the content file's number and shows it.
    let calls: Vec<&str> = shell
        .split("tel:")
        .skip(1)
        .map(|rest| rest.split('"').next().unwrap_or_default())
        .collect();
    assert!(!calls.is_empty(), "index.html must give the phone number");
    for call in &calls {
        assert_eq!(
            *call,
            f.phone_tel.as_ref(),
            "index.html calls {call}, not {}",
            f.phone_tel
        );
    }
    assert_eq!(
        shell.matches(f.phone.as_ref()).count(),
        calls.len(),
        "index.html must show {} with each of its {} tel: links",
        f.phone,
        calls.len()
    );
}

#[test]
fn each_language_names_twelve_months() {
    for l in Lang::ALL {
        let months = content::list_by_key(l, "format.months").unwrap_or_default();
        assert_eq!(
            months.len(),
            12,
            "format.months in {l:?} must list 12 months"
        );
        assert!(months.iter().all(|m| !m.trim().is_empty()));
    }
}

/// The audit of the texts (`content/audit.toml`): every text the widget shows
/// rests on a source, on a legal text cited by article, on its own citation,
/// or is marked as needing none (with why), or as a line to confirm with the
/// admission service. A text added without an entry fails here, so the audit
/// cannot silently rot.
#[test]
fn every_text_is_audited() {
    let src = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/content/audit.toml"))
        .expect("content/audit.toml readable");
    let mut audit: toml::Table = toml::from_str(&src).expect("content/audit.toml is valid TOML");
    // The basis of the questions, costs and confirms is in their records.
    for (prefix, name) in model::RECORD_FILES {
        audit.extend(
            model::table_basis(prefix, &content_file(name).src)
                .unwrap_or_else(|e| panic!("content/{name} is not valid TOML: {e}")),
        );
    }
    for (entry, v) in &audit {
        let field = |name: &str| v.get(name).and_then(|x| x.as_str()).unwrap_or("").trim();
        match field("source") {
            "irts" | "rncp" | "law" => assert!(
                !field("section").is_empty(),
                "audit entry `{entry}`: a source needs its section (the article, for law)"
            ),
            "none" | "confirm" => assert!(
                !field("why").is_empty(),
                "audit entry `{entry}`: say why no source is needed"
            ),
            // Cited beside each text (the cards' verdicts, reasons and
            // changes), or by the section's own citation in sources.toml.
            "cited" => assert!(
                ["outcome", "glance", "reason", "change", "overview"].contains(&entry.as_str())
                    || content::raw_by_key(Lang::Fr, &format!("{entry}.section")).is_some(),
                "audit entry `{entry}` says cited, but sources.toml has no `[{entry}]` citation"
            ),
            other => panic!("audit entry `{entry}`: unknown source `{other}`"),
        }
        if field("source") == "law" {
            assert!(
                field("section").contains("article"),
                "audit entry `{entry}`: cite the article"
            );
        }
    }
    let entry_of = |key: &str| {
        audit
            .keys()
            .filter(|e| key == e.as_str() || key.starts_with(&format!("{e}.")))
            .max_by_key(|e| e.len())
            .cloned()
    };
    let mut unaudited = Vec::new();
    for key in KEYS.iter().chain(LIST_KEYS.iter()) {
        // The citations themselves (sources.toml) are what the audit points to.
        if key.ends_with(".source") || key.ends_with(".section") {
            continue;
        }
        match entry_of(key) {
            None => unaudited.push(*key),
            Some(e) if audit[&e].get("source").and_then(|s| s.as_str()) == Some("cited") => {
                // A reason carries its own citation.
                if let Some(id) = key
                    .strip_prefix("reason.")
                    .and_then(|k| k.strip_suffix(".text"))
                {
                    assert!(
                        content::raw_by_key(Lang::Fr, &format!("reason.{id}.section")).is_some(),
                        "`{key}` is audited as cited but reason.{id} has no source/section in raisons.toml"
                    );
                }
            }
            Some(_) => {}
        }
    }
    // Each question has an entry of its own: a question added later is
    // not covered by the general `question` entry without being read.
    for q in Question::ALL {
        let own = format!("question.{q}");
        assert!(
            audit.contains_key(&own),
            "content/questions.toml has no basis for [{q}] (source, section…): say what the question rests on"
        );
    }
    assert!(
        unaudited.is_empty(),
        "texts without an entry in content/audit.toml (give each a source and section, or \
         source = \"none\" with why): {unaudited:?}"
    );
}

/// Every problem of the facts file `src`, as the build lists them.
fn problems(src: &str) -> Vec<model::Located> {
    model::Facts::read("donnees.toml", src).expect_err("the file is refused")
}

/// The one problem about `key`: its line is the key's, its message is
/// French (none of the TOML parser's English) and contains `says`.
fn assert_explained(src: &str, key: &str, line: usize, says: &[&str]) {
    let all = problems(src);
    let mine: Vec<&model::Located> = all
        .iter()
        .filter(|e| e.key.as_deref() == Some(key))
        .collect();
    assert_eq!(mine.len(), 1, "one problem about {key}: {all:#?}");
    let e = mine[0];
    assert_eq!(e.line, Some(line), "{e}");
    let text = e.to_string();
    for s in says {
        assert!(text.contains(s), "{key}: {s:?} not in: {text}");
    }
    for english in ["expected", "invalid", "string values", "missing field"] {
        assert!(!text.contains(english), "{key}: English in: {text}");
    }
}

/// One mistake on one key of the published file, built from its own values.
fn mistake(key: &str, raw: &str, says: &[&str]) {
    let src = content_file("donnees.toml").src;
    assert_explained(&with_value(&src, key, raw), key, line_of(&src, key), says);
}

#[test]
fn a_date_written_day_first_is_explained_with_the_right_form() {
    let d = facts().calendar.registration_opens;
    let fixed = iso(d);
    for sep in ["/", "-"] {
        let raw = format!("{:02}{sep}{:02}{sep}{}", d.day, d.month, d.year);
        mistake(
            "calendar.registration_opens",
            &raw,
            &["année-mois-jour", &format!("écrivez {fixed}"), "2030-02-15"],
        );
    }
}

#[test]
fn a_date_without_two_digit_month_and_day_is_explained() {
    let y = facts().intake.year;
    mistake(
        "calendar.registration_opens",
        &format!("{y}-1-8"),
        &["deux chiffres", &format!("écrivez {y}-01-08")],
    );
}

#[test]
fn a_day_that_does_not_exist_is_explained() {
    let y = facts().intake.year;
    mistake(
        "calendar.file_deadline",
        &format!("{y}-01-81"),
        &["n'existe pas", "jour de 01"],
    );
}

#[test]
fn a_quoted_date_is_explained() {
    let fixed = iso(facts().calendar.oral_starts);
    mistake(
        "calendar.oral_starts",
        &format!("\"{fixed}\""),
        &["sans guillemets", &format!("écrivez {fixed}")],
    );
}

#[test]
fn amounts_with_a_symbol_spaces_cents_or_quotes_are_explained() {
    let f = facts().fees;
    let thousands = format!(
        "{} {:03}",
        f.continuing_cost / 1000,
        f.continuing_cost % 1000
    );
    for (key, raw, says, fixed) in [
        (
            "fees.admission",
            format!("{} €", f.admission),
            "symbole €",
            f.admission,
        ),
        (
            "fees.continuing_cost",
            thousands,
            "sans espace",
            f.continuing_cost,
        ),
        (
            "fees.tuition",
            format!("{},00", f.tuition),
            "sans centimes",
            f.tuition,
        ),
        (
            "fees.registration",
            format!("\"{}\"", f.registration),
            "sans guillemets",
            f.registration,
        ),
    ] {
        mistake(
            key,
            &raw,
            &[says, &format!("écrivez {fixed}"), "euros entiers"],
        );
    }
}

#[test]
fn a_negative_amount_is_explained() {
    let f = facts().fees;
    mistake(
        "fees.registration",
        &format!("-{}", f.registration),
        &["négatif"],
    );
}

#[test]
fn a_missing_key_is_named_with_its_section() {
    let src = content_file("donnees.toml").src;
    let line = line_of(&src, "calendar.oral_ends");
    let without: String = src
        .lines()
        .enumerate()
        .filter(|(i, _)| i + 1 != line)
        .map(|(_, l)| format!("{l}\n"))
        .collect();
    let section = line_starting("donnees.toml", "[calendar]");
    assert_explained(
        &without,
        "calendar.oral_ends",
        section,
        &["il manque la ligne `oral_ends = …`", "[calendar]"],
    );
}

#[test]
fn an_unknown_key_is_named_with_the_closest_known_one() {
    let src = content_file("donnees.toml").src;
    let line = line_of(&src, "calendar.oral_ends");
    let misspelt: String = src
        .lines()
        .enumerate()
        .map(|(i, l)| match l.strip_prefix("oral_ends") {
            Some(rest) if i + 1 == line => format!("oral_end{rest}\n"),
            _ => format!("{l}\n"),
        })
        .collect();
    assert_explained(
        &misspelt,
        "calendar.oral_end",
        line,
        &["inconnue", "vouliez-vous écrire `oral_ends`"],
    );
}

#[test]
fn a_date_left_at_last_years_is_named() {
    let mut d = facts().calendar.oral_ends;
    d.year -= 1;
    mistake(
        "calendar.oral_ends",
        &iso(d),
        &["l'an dernier", &format!("intake.year = {}", d.year + 1)],
    );
}

#[test]
fn every_mistake_of_a_file_is_listed_in_one_round() {
    let f = facts();
    let src = content_file("donnees.toml").src;
    let d = f.calendar.registration_opens;
    let edits = [
        (
            "calendar.registration_opens",
            format!("{:02}/{:02}/{}", d.day, d.month, d.year),
        ),
        ("fees.admission", format!("{} €", f.fees.admission)),
        ("fees.tuition", format!("{},00", f.fees.tuition)),
        ("intake.start", format!("\"{}\"", iso(f.intake.start))),
    ];
    // Each value replaced where the parser put it, the last one first.
    let leaves = model::leaves("donnees.toml", &src).unwrap_or_else(|e| panic!("{e}"));
    let mut spans: Vec<(std::ops::Range<usize>, &str)> = edits
        .iter()
        .map(|(key, raw)| (leaves[*key].span(), raw.as_str()))
        .collect();
    spans.sort_by_key(|(span, _)| std::cmp::Reverse(span.start));
    let mut broken = src.clone();
    for (span, raw) in spans {
        broken.replace_range(span, raw);
    }
    let all = problems(&broken);
    let keys: Vec<&str> = all.iter().filter_map(|e| e.key.as_deref()).collect();
    for (key, _) in &edits {
        assert!(keys.contains(key), "{key} not in {keys:?}");
    }
    assert_eq!(all.len(), edits.len(), "{all:#?}");
}

#[test]
fn the_keys_the_line_reader_knows_are_the_models() {
    // The published file passes the line reader, and has each of its keys.
    let src = content_file("donnees.toml").src;
    assert_eq!(model::lint_facts("donnees.toml", &src), Vec::new());
    let leaves = model::leaves("donnees.toml", &src).unwrap_or_else(|e| panic!("{e}"));
    let known: Vec<&str> = model::FACT_KEYS.iter().map(|(k, _)| *k).collect();
    let in_file: Vec<&str> = leaves.keys().map(String::as_str).collect();
    let mut sorted = known.clone();
    sorted.sort_unstable();
    assert_eq!(sorted, in_file);
}

/// The published facts with one change, and the summary's line for `key`.
fn review_line(key: &str, change: impl Fn(&mut model::Facts)) -> model::changes::Line {
    let old = facts();
    let mut new = old.clone();
    change(&mut new);
    model::changes::review(Some(&old), &new)
        .into_iter()
        .find(|l| l.key == key)
        .unwrap_or_else(|| panic!("no line {key}"))
}

/// `d` moved by `days` (within its year, as the guard counts).
fn shifted(d: Date, days: i32) -> Date {
    let mut out = d;
    for _ in 0..days.abs() {
        if days > 0 {
            out.day += 1;
            if out.day > 28 {
                out = Date {
                    month: out.month + 1,
                    day: 1,
                    ..out
                };
            }
        } else if out.day > 1 {
            out.day -= 1;
        } else {
            out = Date {
                month: out.month - 1,
                day: 28,
                ..out
            };
        }
    }
    out
}

#[test]
fn an_amount_moving_by_more_than_a_fifth_is_to_check() {
    let a = facts().fees.admission;
    let line = review_line("fees.admission", |f| f.fees.admission = a * 10);
    assert!(line.changed());
    assert!(
        line.check.as_deref().unwrap_or("").contains("hausse"),
        "{line:?}"
    );
    let small = review_line("fees.admission", |f| f.fees.admission = a + a / 10);
    assert_eq!(small.check, None);
    let cut = review_line("fees.continuing_cost", |f| f.fees.continuing_cost /= 10);
    assert!(
        cut.check.as_deref().unwrap_or("").contains("baisse"),
        "{cut:?}"
    );
}

#[test]
fn a_date_far_from_its_usual_day_is_to_check() {
    let d = facts().calendar.oral_starts;
    let far = review_line("calendar.oral_starts", |f| {
        f.calendar.oral_starts = shifted(d, 30)
    });
    assert!(far.check.is_some(), "{far:?}");
    let near = review_line("calendar.oral_starts", |f| {
        f.calendar.oral_starts = shifted(d, 5)
    });
    assert!(near.changed());
    assert_eq!(near.check, None);
}

#[test]
fn new_calendar_dates_under_the_old_page_date_are_refused() {
    let old = facts();
    let mut new = old.clone();
    new.calendar.oral_ends = shifted(old.calendar.oral_ends, 2);
    let lines = model::changes::review(Some(&old), &new);
    let refused = model::changes::refusals(&lines);
    assert_eq!(refused.len(), 1, "{refused:?}");
    assert_eq!(refused[0].0, "intake.page_updated");
    assert!(refused[0].1.contains("Dernière mise à jour"));
    new.intake.page_updated = shifted(old.intake.page_updated, 3);
    assert!(model::changes::refusals(&model::changes::review(Some(&old), &new)).is_empty());
}

#[test]
fn a_misspelt_value_and_a_date_left_at_last_years_are_named_in_the_same_round() {
    let f = facts();
    let src = content_file("donnees.toml").src;
    let mut stale = f.calendar.oral_ends;
    stale.year -= 1;
    let broken = with_value(
        &with_value(&src, "calendar.oral_ends", &iso(stale)),
        "fees.admission",
        &format!("{} €", f.fees.admission),
    );
    let all = problems(&broken);
    let keys: Vec<&str> = all.iter().filter_map(|e| e.key.as_deref()).collect();
    assert_eq!(keys, ["fees.admission", "calendar.oral_ends"], "{all:#?}");
    assert_eq!(all[1].line, Some(line_of(&src, "calendar.oral_ends")));
}
