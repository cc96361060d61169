//! The content files: the checks the build runs on them name the key, the
//! file and the line of a problem (tried here on edited copies), every value
//! the rules produce has its text, and every text is audited. That a text
//! the code asks for exists is the compiler's job (`content::Text`), and
//! that every text is used is `clippy --features ssr -D warnings`' (an
//! unused `Text` variant is dead code).

use deass_eligibility::content::{self, model, Lang, KEYS, LIST_KEYS};
use deass_eligibility::rules::Question;

fn content_file(name: &str) -> model::Source {
    let path = format!("{}/content/{name}", env!("CARGO_MANIFEST_DIR"));
    model::Source {
        src: std::fs::read_to_string(&path).expect("content file readable"),
        name: format!("content/{name}"),
    }
}

fn facts() -> model::Facts {
    let f = content_file("donnees.toml");
    model::Facts::from_toml(&f.name, &f.src).expect("content/donnees.toml is valid")
}

/// The texts as the build reads them, with one file changed by `edit`.
fn read_with(file: &str, edit: impl Fn(&str) -> String) -> Result<model::Texts, model::Located> {
    let mut files = [
        ("fr", content_file("fr.toml")),
        ("en", content_file("en.toml")),
        ("", content_file("sources.toml")),
    ];
    for (_, f) in files.iter_mut() {
        if f.name.ends_with(file) {
            f.src = edit(&f.src);
        }
    }
    let [fr, en, neutral] = files;
    model::Texts::read(&[fr, en], &neutral.1, &facts())
}

/// The 1-based line of `content/<file>` that starts with `start`.
fn line_starting(file: &str, start: &str) -> usize {
    content_file(file)
        .src
        .lines()
        .position(|l| l.starts_with(start))
        .map(|i| i + 1)
        .unwrap_or_else(|| panic!("no line starting with {start:?} in {file}"))
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
                .filter(|l| !l.starts_with("before_opening = "))
                .collect::<Vec<_>>()
                .join("\n")
        })
        .expect_err("a missing key is refused");
        assert_eq!(
            e.key.as_deref(),
            Some("calendar.phase.before_opening"),
            "{e}"
        );
        assert!(e.file.ends_with(file), "{e}");
        let line = line_starting(other, "before_opening = ");
        assert!(
            e.to_string()
                .contains(&format!("content/{other}, ligne {line}")),
            "{e}"
        );
    }
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
    let line = content_file("fr.toml")
        .src
        .lines()
        .enumerate()
        .skip_while(|(_, l)| *l != "[question.heures]")
        .find(|(_, l)| l.starts_with("hint = "))
        .map(|(i, _)| i + 1)
        .expect("question.heures.hint is in fr.toml");
    let e = read_with("fr.toml", |src| {
        let mut in_heures = false;
        src.lines()
            .map(|l| {
                if l.starts_with('[') {
                    in_heures = l == "[question.heures]";
                }
                if in_heures && l.starts_with("hint = ") {
                    "hint = \"\"".to_owned()
                } else {
                    l.to_owned()
                }
            })
            .collect::<Vec<_>>()
            .join("\n")
    })
    .expect_err("an empty text is refused");
    assert_eq!(e.key.as_deref(), Some("question.heures.hint"), "{e}");
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
    let src = content_file("donnees.toml").src;
    let line = src
        .lines()
        .position(|l| l.starts_with("oral_ends = "))
        .map(|i| i + 1)
        .expect("oral_ends is in donnees.toml");
    let broken = src.replace("oral_ends = 2026-04-28", "oral_ends = 2026-04-01");
    let e = model::Facts::from_toml("donnees.toml", &broken).expect_err("dates out of order");
    assert_eq!(e.key.as_deref(), Some("calendar.oral_ends"), "{e}");
    assert_eq!(e.line, Some(line), "{e}");
}

#[test]
fn every_value_the_rules_produce_has_its_text() {
    assert_eq!(content::missing_family_texts(), Vec::<String>::new());
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
    let audit: toml::Table = toml::from_str(&src).expect("content/audit.toml is valid TOML");
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
                        "`{key}` is audited as cited but reason.{id} has no source/section in sources.toml"
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
            "content/audit.toml has no [\"{own}\"] entry: say what the question rests on"
        );
    }
    assert!(
        unaudited.is_empty(),
        "texts without an entry in content/audit.toml (give each a source and section, or \
         source = \"none\" with why): {unaudited:?}"
    );
}
