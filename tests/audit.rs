//! The audit is checkable: every entry of `content/audit.toml` that rests on
//! one of the two sources (`irts`, `rncp`) quotes the passage it rests on,
//! and each quoted excerpt is found, word for word, in the source file
//! (`../shared/sources/`, beside the repository; `DEASS_SOURCES_DIR` points
//! elsewhere). Whitespace is normalised (a quote may span the page's line
//! breaks), nothing else: an excerpt that no longer matches means the page
//! changed, and the sentence it supports must be read again.

use std::path::PathBuf;

fn sources_dir() -> PathBuf {
    std::env::var_os("DEASS_SOURCES_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/sources")))
}

/// Runs of whitespace as one space, trimmed.
fn normalised(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The normalised text of a source document, by its audit id.
fn source_text(id: &str) -> String {
    let file = match id {
        "irts" => "irts-caen-deass-page.txt",
        "rncp" => "rncp41748-deass-fiche.txt",
        other => panic!("no source file for `{other}`"),
    };
    let path = sources_dir().join(file);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "source {} unreadable ({e}): the audit test needs shared/sources/ beside the \
             repository, or DEASS_SOURCES_DIR",
            path.display()
        )
    });
    normalised(&text)
}

fn audit() -> toml::Table {
    let src = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/content/audit.toml"))
        .expect("content/audit.toml readable");
    toml::from_str(&src).expect("content/audit.toml is valid TOML")
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

#[test]
fn every_source_entry_quotes_its_source_word_for_word() {
    let (irts, rncp) = (source_text("irts"), source_text("rncp"));
    let both = format!("{irts}\n{rncp}");
    let mut missing = Vec::new();
    let mut not_found = Vec::new();
    let mut checked = 0;
    for (entry, v) in &audit() {
        let source = v.get("source").and_then(|s| s.as_str()).unwrap_or("");
        let quotes = excerpts(entry, v);
        let text = match source {
            "irts" => &irts,
            "rncp" => &rncp,
            // A section citation shown beside its texts (sources.toml) may
            // name both documents: its excerpts are found in one of them.
            "cited" if !quotes.is_empty() => &both,
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
        for q in quotes {
            checked += 1;
            if !text.contains(&q) {
                not_found.push(format!("{entry}: {q:?}"));
            }
        }
    }
    assert!(
        missing.is_empty(),
        "audit entries resting on a source without the excerpt they rest on (add \
         excerpts = [\"…\"], or make them `confirm` or `law`): {missing:?}"
    );
    assert!(
        not_found.is_empty(),
        "excerpts not found word for word in their source:\n{}",
        not_found.join("\n")
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
    let (irts, rncp) = (source_text("irts"), source_text("rncp"));
    let mut missing = Vec::new();
    let mut not_found = Vec::new();
    for (id, v) in &records {
        let quotes = excerpts(id, v);
        let text = match v.get("source").and_then(|s| s.as_str()) {
            Some("irts") => &irts,
            Some("rncp") => &rncp,
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
        not_found.extend(
            quotes
                .into_iter()
                .filter(|q| !text.contains(q))
                .map(|q| format!("{id}: {q:?}")),
        );
    }
    assert!(
        missing.is_empty(),
        "reasons resting on a source without the excerpt they rest on (add excerpt = \"…\" \
         to their record in content/raisons.toml): {missing:?}"
    );
    assert!(
        not_found.is_empty(),
        "reason excerpts not found word for word in their source:\n{}",
        not_found.join("\n")
    );
}

#[test]
fn whitespace_is_normalised_and_nothing_else() {
    let page = source_text("irts");
    // Across a line break of the page, and with its typographic apostrophe.
    assert!(page.contains(&normalised("Formation continue\n  Coût de la formation")));
    assert!(!page.contains("Coût  de la formation"));
    assert!(
        !page.contains(&normalised("Frais d'admission")),
        "apostrophes are not folded"
    );
}
