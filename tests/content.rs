//! The content file covers every id the rules can produce, every text's
//! placeholders resolve, and every key the UI asks for exists.

use deass_eligibility::content::{self, Lang, LIST_KEYS, TEXT_KEYS};
use deass_eligibility::rules::{
    parse::InputError, Cost, DiplomeBloc, Funding, Interview, OutcomeKind, Prerequisite, Question,
    Reason, Route,
};

/// Placeholders filled at display time, not from the facts.
const RUNTIME: &[&str] = &[
    "today",
    "n",
    "blocs",
    "validated_hours",
    "step",
    "question",
    "total",
    "diploma",
    "section",
    "url",
    "day",
    "month",
    "year",
    // The intake assessed depends on the visitor's date (content::intake_vars).
    "intake_year",
    "published_year",
    "bac_recent_from",
    "bac_year_max",
];

fn must(key: &str) {
    assert!(
        content::raw(key).is_some_and(|s| !s.trim().is_empty()),
        "missing or empty text `{key}` in content/fr.toml"
    );
}

#[test]
fn every_rule_id_has_its_text_and_citation() {
    for q in Question::ALL {
        for part in ["title", "summary", "hint", "error_empty"] {
            must(&format!("question.{q}.{part}"));
        }
        for o in q.options().unwrap_or(&[]) {
            must(&format!("question.{q}.option.{o}"));
        }
    }
    must("question.annee_bac.label");
    for part in [
        "title_titre4",
        "hint_titre4",
        "error_empty_titre4",
        "option.obtenu",
        "option.aucun",
    ] {
        must(&format!("question.annee_bac.{part}"));
    }
    for c in deass_eligibility::rules::Confirm::ALL {
        must(&format!("confirm.{c}"));
    }
    for part in [
        "sure",
        "to_confirm",
        "provisional",
        "calendar_heading_provisional",
    ] {
        must(&format!("result.{part}"));
    }
    must("calendar.site_places");
    for phase in deass_eligibility::rules::CalendarPhase::ALL {
        must(&format!("calendar.{phase}"));
    }
    must("question.heures.label");
    for d in DiplomeBloc::IDS {
        must(&format!("question.blocs.diploma.{d}"));
    }
    for n in 1..=4 {
        must(&format!("question.blocs.bloc.{n}"));
    }
    for r in Reason::ALL {
        for part in ["text", "source", "section"] {
            must(&format!("reason.{r}.{part}"));
        }
        let source = content::raw(&format!("reason.{r}.source")).unwrap_or_default();
        must(&format!("source.{source}.title"));
    }
    for kind in OutcomeKind::ALL {
        must(&format!("outcome.{kind}.title"));
    }
    let values = [Prerequisite::IDS, Route::IDS, Interview::IDS, Funding::IDS];
    for (kind, ids) in OutcomeKind::ALL.iter().zip(values) {
        for v in ids {
            must(&format!("outcome.{kind}.{v}"));
        }
    }
    for c in Cost::ALL {
        for part in ["label", "amount"] {
            must(&format!("cost.{c}.{part}"));
        }
        // The admission fee is paid as the route's procedure says.
        if *c == Cost::AdmissionFee {
            for r in Route::IDS {
                must(&format!("cost.{c}.note_{r}"));
            }
        } else {
            must(&format!("cost.{c}.note"));
        }
    }
    // The glance line of every outcome value, and the next step of every
    // calendar phase for every route.
    for (kind, ids) in OutcomeKind::ALL.iter().zip(values) {
        for v in ids {
            must(&format!("glance.{kind}.{v}"));
        }
    }
    for phase in deass_eligibility::rules::CalendarPhase::IDS {
        for r in Route::IDS {
            must(&format!("next.{phase}.{r}"));
        }
    }
    for e in InputError::ALL.iter().filter(|e| **e != InputError::Empty) {
        must(&format!("errors.{}", e.id()));
    }
}

#[test]
fn every_language_has_every_key() {
    for l in Lang::ALL {
        assert_eq!(
            content::missing_in(l),
            Vec::<&str>::new(),
            "keys missing or empty in {}.toml",
            l.id()
        );
    }
}

#[test]
fn every_placeholder_resolves() {
    for (l, key) in Lang::ALL
        .iter()
        .flat_map(|l| TEXT_KEYS.iter().chain(LIST_KEYS).map(move |k| (*l, *k)))
    {
        let texts: Vec<&str> = match content::raw_in(l, key) {
            Some(t) => vec![t],
            None => content::list_in(l, key).to_vec(),
        };
        for text in texts {
            let filled =
                content::fill(text, &RUNTIME.iter().map(|r| (*r, "x")).collect::<Vec<_>>());
            assert!(
                !filled.contains('{') && !filled.contains('}'),
                "`{key}` has an unknown placeholder: {text}"
            );
        }
    }
}

/// Every literal key the UI code passes to the content functions exists.
#[test]
fn every_key_used_in_the_code_exists() {
    let mut checked = 0;
    let mut files = vec![];
    let mut dirs = vec![std::path::PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/src"
    ))];
    while let Some(d) = dirs.pop() {
        for e in std::fs::read_dir(&d).expect("src readable").flatten() {
            let p = e.path();
            if p.is_dir() {
                dirs.push(p);
            } else if p.extension().is_some_and(|x| x == "rs") {
                files.push(p);
            }
        }
    }
    for f in files {
        let src = std::fs::read_to_string(&f).expect("readable");
        for call in ["t(\"", "tv(\"", "raw(\"", "list(\""] {
            for (i, _) in src.match_indices(call) {
                let rest = &src[i + call.len()..];
                let Some(end) = rest.find('"') else { continue };
                let key = &rest[..end];
                if key.contains('{') || !key.contains('.') {
                    continue;
                }
                assert!(
                    content::raw(key).is_some() || !content::list(key).is_empty(),
                    "{} uses the missing content key `{key}`",
                    f.display()
                );
                checked += 1;
            }
        }
    }
    assert!(checked > 0);
}

/// The HTML shell (shown before the app loads, or without JavaScript) repeats
/// the admission phone number: it must be the content file's.
#[test]
fn the_html_shell_gives_the_phone_number_of_the_content_file() {
    let shell = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/index.html"))
        .expect("index.html readable");
    let f = &content::FACTS;
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
            *call, f.phone_tel,
            "index.html calls {call}, not {}",
            f.phone_tel
        );
    }
    assert_eq!(
        shell.matches(f.phone).count(),
        calls.len(),
        "index.html must show {} with each of its {} tel: links",
        f.phone,
        calls.len()
    );
}

#[test]
fn each_language_names_twelve_months() {
    for l in Lang::ALL {
        let months = content::list_in(l, "format.months");
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
                    || content::raw(&format!("{entry}.source")).is_some(),
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
    for key in TEXT_KEYS.iter().chain(LIST_KEYS) {
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
                        content::raw(&format!("reason.{id}.source")).is_some()
                            && content::raw(&format!("reason.{id}.section")).is_some(),
                        "`{key}` is audited as cited but reason.{id} has no source/section in sources.toml"
                    );
                }
            }
            Some(_) => {}
        }
    }
    assert!(
        unaudited.is_empty(),
        "texts without an entry in content/audit.toml (give each a source and section, or \
         source = \"none\" with why): {unaudited:?}"
    );
}
