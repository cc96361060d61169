//! The audit is checkable: every entry of `content/audit.toml` (and each
//! basis of the records files, `content/questions.toml`…) that rests on one of the two sources
//! (`irts`, `rncp`) quotes the passage it rests on,
//! and each quoted excerpt is found, word for word, in the source file
//! (`../shared/sources/`, beside the repository; `DEASS_SOURCES_DIR` points
//! elsewhere). Whitespace is normalised (a quote may span the page's line
//! breaks), nothing else: an excerpt that no longer matches means the page
//! changed, and the sentence it supports must be read again.
//!
//! A clone with nothing beside it has no `../shared/sources/`: the entries
//! are still checked (an excerpt where one is due, of a few words at least),
//! the word-for-word search is not, and the test says so on the terminal in
//! a line starting `NOT RUN:` that `scripts/test.sh` repeats in its summary.
//! A folder named by `DEASS_SOURCES_DIR` must hold both files.

use deass_eligibility::content::model;
use std::io::Write as _;
use std::path::PathBuf;

/// The folder of the source files, and whether it was asked for
/// (`DEASS_SOURCES_DIR`) rather than the default beside the repository.
fn sources_dir() -> (PathBuf, bool) {
    match std::env::var_os("DEASS_SOURCES_DIR") {
        Some(dir) => (PathBuf::from(dir), true),
        None => (
            PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/sources")),
            false,
        ),
    }
}

/// Runs of whitespace as one space, trimmed.
fn normalised(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The normalised texts of the two source documents, by audit id; `None`
/// (said once on the terminal) when no folder was named and none is beside
/// the repository.
fn sources() -> Option<Sources> {
    let (dir, asked) = sources_dir();
    if !asked && !dir.exists() {
        static SAID: std::sync::Once = std::sync::Once::new();
        SAID.call_once(|| {
            // Straight to the terminal (not captured like a passing test's
            // println!), for test.sh's summary.
            let _ = writeln!(
                std::io::stderr(),
                "NOT RUN: tests/audit.rs, each excerpt found word for word in its source \
                 document: no ../shared/sources/ beside the repository. Run it with \
                 DEASS_SOURCES_DIR=/path/to/sources cargo test --test audit"
            );
        });
        return None;
    }
    let read = |file: &str| {
        let path = dir.join(file);
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| {
            panic!(
                "source {} unreadable ({e}): the audit test reads shared/sources/ beside the \
                 repository, or the folder DEASS_SOURCES_DIR names",
                path.display()
            )
        });
        normalised(&text)
    };
    Some(Sources {
        irts: read("irts-caen-deass-page.txt"),
        rncp: read("rncp41748-deass-fiche.txt"),
    })
}

/// The two source documents, normalised.
struct Sources {
    irts: String,
    rncp: String,
}

impl Sources {
    /// The text of a source document by its audit id (`irts`, `rncp`).
    fn get(&self, id: &str) -> Option<&str> {
        match id {
            "irts" => Some(&self.irts),
            "rncp" => Some(&self.rncp),
            _ => None,
        }
    }
}

fn audit() -> toml::Table {
    let src = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/content/audit.toml"))
        .expect("content/audit.toml readable");
    // The questions, costs and confirms carry their basis in their records.
    let mut all: toml::Table = toml::from_str(&src).expect("content/audit.toml is valid TOML");
    for (prefix, name) in model::RECORD_FILES {
        let path = format!("{}/content/{name}", env!("CARGO_MANIFEST_DIR"));
        let src = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
        all.extend(model::table_basis(prefix, &src).unwrap_or_else(|e| panic!("{path}: {e}")));
    }
    all
}

/// The excerpts of an entry (`excerpt = "…"` or `excerpts = ["…"]`), each
/// a text of a few words at least.
fn excerpts(entry: &str, v: &toml::Value) -> Vec<String> {
    let one = v.get("excerpt").map(|x| vec![x.clone()]);
    let many = v.get("excerpts").map(|x| {
        x.as_array()
            .unwrap_or_else(|| panic!("audit entry `{entry}`: excerpts is a list of texts"))
            .clone()
    });
    one.into_iter()
        .chain(many)
        .flatten()
        .map(|x| {
            let s = x
                .as_str()
                .unwrap_or_else(|| panic!("audit entry `{entry}`: an excerpt is a text"));
            assert!(
                s.trim().chars().count() >= 8,
                "audit entry `{entry}`: an excerpt of a few words at least, not {s:?}"
            );
            normalised(s)
        })
        .collect()
}

/// The excerpts of `quotes` found in none of the documents `docs` (audit
/// ids) of `sources`, as `entry: "excerpt"`.
fn not_found(sources: &Sources, entry: &str, docs: &[&str], quotes: &[String]) -> Vec<String> {
    quotes
        .iter()
        .filter(|q| {
            !docs
                .iter()
                .filter_map(|d| sources.get(d))
                .any(|text| text.contains(q.as_str()))
        })
        .map(|q| format!("{entry}: {q:?}"))
        .collect()
}

#[test]
fn every_source_entry_quotes_its_source_word_for_word() {
    let sources = sources();
    let mut missing = Vec::new();
    let mut not_found_in = Vec::new();
    let mut checked = 0;
    for (entry, v) in &audit() {
        let source = v.get("source").and_then(|s| s.as_str()).unwrap_or("");
        let quotes = excerpts(entry, v);
        let docs: &[&str] = match source {
            "irts" => &["irts"],
            "rncp" => &["rncp"],
            // A section citation shown beside its texts (sources.toml) may
            // name both documents: its excerpts are found in one of them.
            "cited" if !quotes.is_empty() => &["irts", "rncp"],
            _ => {
                assert!(
                    quotes.is_empty() || source == "law",
                    "audit entry `{entry}` ({source}) quotes no source document: drop its excerpts"
                );
                continue;
            }
        };
        if quotes.is_empty() {
            missing.push(entry.clone());
        }
        checked += quotes.len();
        if let Some(sources) = &sources {
            not_found_in.extend(not_found(sources, entry, docs, &quotes));
        }
    }
    assert!(
        missing.is_empty(),
        "audit entries resting on a source without the excerpt they rest on (add \
         excerpts = [\"…\"], or make them `confirm` or `law`): {missing:?}"
    );
    assert!(
        not_found_in.is_empty(),
        "excerpts not found word for word in their source:\n{}",
        not_found_in.join("\n")
    );
    assert!(checked > 20, "only {checked} excerpts checked");
}

/// The reasons' records (`content/raisons.toml`) carry their citation: a
/// record resting on one of the two sources quotes the passage it rests on
/// (`excerpt`/`excerpts`), found word for word in that document.
#[test]
fn every_reason_quotes_its_source_word_for_word() {
    let src = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/content/raisons.toml"))
        .expect("content/raisons.toml readable");
    let records: toml::Table = toml::from_str(&src).expect("content/raisons.toml is valid TOML");
    let sources = sources();
    let mut missing = Vec::new();
    let mut not_found_in = Vec::new();
    for (id, v) in &records {
        let quotes = excerpts(id, v);
        let doc = match v.get("source").and_then(|s| s.as_str()) {
            Some(doc @ ("irts" | "rncp")) => doc,
            other => {
                assert!(
                    quotes.is_empty(),
                    "reason `{id}` ({other:?}) quotes no source document: drop its excerpts"
                );
                continue;
            }
        };
        if quotes.is_empty() {
            missing.push(id.clone());
        }
        if let Some(sources) = &sources {
            not_found_in.extend(not_found(sources, id, &[doc], &quotes));
        }
    }
    assert!(
        missing.is_empty(),
        "reasons resting on a source without the excerpt they rest on (add excerpt = \"…\" \
         to their record in content/raisons.toml): {missing:?}"
    );
    assert!(
        not_found_in.is_empty(),
        "reason excerpts not found word for word in their source:\n{}",
        not_found_in.join("\n")
    );
}

#[test]
fn whitespace_is_normalised_and_nothing_else() {
    assert_eq!(
        normalised(" Formation continue\n  Coût de la formation "),
        "Formation continue Coût de la formation"
    );
    let Some(sources) = sources() else {
        return;
    };
    let page = &sources.irts;
    // Across a line break of the page, and with its typographic apostrophe.
    assert!(page.contains(&normalised("Formation continue\n  Coût de la formation")));
    assert!(!page.contains("Coût  de la formation"));
    assert!(
        !page.contains(&normalised("Frais d'admission")),
        "apostrophes are not folded"
    );
}
