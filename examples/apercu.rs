//! What candidates would see on a given day, without a browser: for five
//! typical candidates, the four conclusions and the next step, in French,
//! from the rules engine and the texts compiled in (the content folder the
//! crate is built with). For the admission service after a yearly update
//! (`bash scripts/apercu.sh 2027-02-01`). Native only.
//!
//!   cargo run --example apercu -- AAAA-MM-JJ
//!
//! The candidates are written as the widget's own links (the public link
//! contract), read by the same parser as the widget's: the engine decides
//! which questions matter. When two intakes are open to a candidate on that
//! day (the `rentree` question), both are shown. Bac years are relative to
//! the day's year (`N-1`: last year's bac).

use deass_eligibility::content::update::{self, Preview};
use deass_eligibility::content::{self, Lang, Tr, FACTS};
use deass_eligibility::rules::Date;
use std::process::ExitCode;

fn parse_day(s: &str) -> Option<Date> {
    let mut it = s.split('-').map(|p| p.parse::<u16>().ok());
    let (y, m, d) = (it.next()??, it.next()??, it.next()??);
    let (m, d) = (u8::try_from(m).ok()?, u8::try_from(d).ok()?);
    let ok = it.next().is_none() && (1..=12).contains(&m) && (1..=31).contains(&d);
    ok.then(|| Date::new(y, m, d))
}

fn main() -> ExitCode {
    let arg = std::env::args().nth(1).unwrap_or_default();
    let Some(today) = parse_day(&arg) else {
        eprintln!("apercu : donnez une date de la forme AAAA-MM-JJ, par exemple 2030-02-15 (reçu « {arg} »)");
        return ExitCode::from(2);
    };
    // The candidates and their texts: content::update, which the update
    // page (mise-a-jour.html) shows too, here with the facts compiled in.
    print(&update::preview(&FACTS, today));
    ExitCode::SUCCESS
}

fn print(p: &Preview) {
    let tr = Tr::new(Lang::Fr, content::params(p.today));
    println!(
        "Aperçu au {} : rentrée évaluée {}{} (données publiées : session {}).",
        tr.date(p.today).replace(['\u{202F}', '\u{A0}'], " "),
        p.intake_year,
        if p.provisional {
            ", à titre provisoire"
        } else {
            ""
        },
        p.published_year,
    );
    for c in &p.candidates {
        println!("\n■ {}\n  lien : ?{}", c.who, c.query);
        for t in &c.told {
            if let Some(year) = t.choice {
                println!("  — s'il ou elle choisit la rentrée {year} :");
            }
            for (_, _, title, verdict) in &t.conclusions {
                println!("  {title} : {verdict}");
            }
            if !t.missing.is_empty() {
                println!("  (questions encore posées : {})", t.missing.join(", "));
            }
            if let Some(next) = &t.next {
                println!("  Prochaine étape : {next}");
            }
        }
    }
}
