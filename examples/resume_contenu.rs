//! The summary of a yearly update, for the admission service
//! (`scripts/verifier-contenu.sh` runs it once the content builds):
//! each value of the facts compiled in, old → new against the last
//! published `donnees.toml`, the changes to double-check (« à vérifier »),
//! and the refusals (new dates under the old page's date). Native only.
//!
//!   cargo run --example resume_contenu -- [ANCIEN_DONNEES_TOML] [--confirme]
//!
//! Exit code: 0 when the update can be released, 1 when it is refused,
//! 3 when values are to double-check and `--confirme` was not given.

use deass_eligibility::content::model::{self, changes};
use deass_eligibility::content::{update, FACTS};
use std::process::ExitCode;

/// The last published facts, if a file was given and it reads.
fn reference(path: Option<&String>) -> Result<Option<model::Facts>, String> {
    let Some(path) = path else { return Ok(None) };
    let src = std::fs::read_to_string(path).map_err(|e| format!("{path} : {e}"))?;
    model::Facts::from_toml(path, &src)
        .map(Some)
        .map_err(|e| e.to_string())
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let confirmed = args.iter().any(|a| a == "--confirme");
    let old = match reference(args.iter().find(|a| !a.starts_with("--"))) {
        Ok(old) => old,
        Err(e) => {
            // The last published file no longer reads with today's model: the
            // summary is shown without the comparison.
            println!("(comparaison impossible avec la dernière version publiée : {e})");
            None
        }
    };
    // The summary's lines: content::update, which the update page
    // (mise-a-jour.html) writes too.
    let lines = changes::review(old.as_ref(), &FACTS);
    for line in update::summary(&FACTS, &lines) {
        println!("{line}");
    }
    let to_check = lines.iter().filter(|l| l.check.is_some()).count();
    let refused = changes::refusals(&lines);
    if !refused.is_empty() {
        println!();
        for (key, why) in &refused {
            println!("REFUSÉ, clé `{key}` : {why}");
        }
        return ExitCode::from(1);
    }
    if old.is_none() {
        println!("  (pas de version publiée à comparer : valeurs seules)");
    }
    if to_check > 0 && !confirmed {
        return ExitCode::from(3);
    }
    ExitCode::SUCCESS
}
