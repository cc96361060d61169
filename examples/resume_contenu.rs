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
use deass_eligibility::content::{self, Lang, Tr, FACTS};
use deass_eligibility::rules::Date;
use std::process::ExitCode;

fn shown(tr: &Tr, v: &changes::Value) -> String {
    match v {
        changes::Value::Date(d) => tr.date(Date::new(d.year, d.month, d.day)),
        changes::Value::Euros(n) => tr.euros(*n),
        changes::Value::Other(s) => s.clone(),
    }
    // Plain spaces: the terminal is read, not typeset.
    .replace(['\u{202F}', '\u{A0}'], " ")
}

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
    let tr = Tr::new(
        Lang::Fr,
        content::params(Date::new(FACTS.intake.year, 2, 1)),
    );
    let lines = changes::review(old.as_ref(), &FACTS);
    let width = lines
        .iter()
        .map(|l| l.label.chars().count())
        .max()
        .unwrap_or(0);
    let mut to_check = 0;
    for l in &lines {
        let pad = " ".repeat(width - l.label.chars().count());
        let value = match &l.old {
            Some(o) if l.changed() => format!("{} → {}", shown(&tr, o), shown(&tr, &l.new)),
            Some(_) => format!("{} (inchangé)", shown(&tr, &l.new)),
            None => shown(&tr, &l.new),
        };
        println!("  {}{pad}  {value}", l.label);
        if let Some(why) = &l.check {
            to_check += 1;
            println!("  {}  ⚠ À VÉRIFIER ({}) : {why}", " ".repeat(width), l.key);
        }
    }
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
