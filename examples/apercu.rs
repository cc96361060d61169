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

use deass_eligibility::content::{self, Lang, Tr};
use deass_eligibility::link::Link;
use deass_eligibility::rules::{self, assess, Date};
use std::process::ExitCode;

/// (who, link): `N` is the year of the day previewed.
const CANDIDATES: [(&str, &str); 5] = [
    (
        "Lycéen·ne en terminale",
        "diplome=terminale&situation=lyceen&interruption=non&contrat=aucun&blocs=aucun",
    ),
    (
        "Étudiant·e, bac obtenu l'an dernier",
        "diplome=bac&annee_bac=N-1&situation=etudiant&interruption=non&contrat=aucun&blocs=aucun",
    ),
    (
        "Salarié·e en CDI à temps plein, bac ancien",
        "diplome=bac&annee_bac=N-12&situation=cdi&heures=35&contrat=aucun&france_travail=non&blocs=aucun",
    ),
    (
        "Futur·e apprenti·e, bac récent",
        "diplome=bac&annee_bac=N-2&situation=etudiant&interruption=oui&contrat=apprentissage&blocs=aucun",
    ),
    (
        "Demandeur·se d'emploi sans bac (validation à demander)",
        "diplome=aucun&vapp=oui&situation=demandeur_emploi&contrat=aucun&france_travail=oui&blocs=aucun",
    ),
];

fn parse_day(s: &str) -> Option<Date> {
    let mut it = s.split('-').map(|p| p.parse::<u16>().ok());
    let (y, m, d) = (it.next()??, it.next()??, it.next()??);
    let (m, d) = (u8::try_from(m).ok()?, u8::try_from(d).ok()?);
    let ok = it.next().is_none() && (1..=12).contains(&m) && (1..=31).contains(&d);
    ok.then(|| Date::new(y, m, d))
}

/// Plain spaces for the terminal.
fn plain(s: &str) -> String {
    s.replace(['\u{202F}', '\u{A0}'], " ")
}

fn main() -> ExitCode {
    let arg = std::env::args().nth(1).unwrap_or_default();
    let Some(today) = parse_day(&arg) else {
        eprintln!("apercu : donnez une date de la forme AAAA-MM-JJ, par exemple 2030-02-15 (reçu « {arg} »)");
        return ExitCode::from(2);
    };
    let p = content::params(today);
    let tr = Tr::new(Lang::Fr, p);
    println!(
        "Aperçu au {} : rentrée évaluée {}{} (données publiées : session {}).",
        plain(&tr.date(today)),
        p.intake_year,
        if p.provisional() {
            ", à titre provisoire"
        } else {
            ""
        },
        p.published_year,
    );
    for (who, link) in CANDIDATES {
        let query = relative_years(link, today.year);
        let parsed = Link::parse(&query, p.bac_year_max());
        println!("\n■ {who}\n  lien : ?{query}");
        // When two intakes are open to this person, what each means.
        match rules::joinable(&parsed.answers, &p).filter(|j| j.choice.is_some()) {
            Some(j) => {
                for year in j.options() {
                    println!("  — s'il ou elle choisit la rentrée {year} :");
                    let mut a = parsed.answers;
                    a.rentree = Some(rules::Rentree(year));
                    show(&a, &p);
                }
            }
            None => show(&parsed.answers, &p),
        }
    }
    ExitCode::SUCCESS
}

/// The four conclusions and the next step for these answers, in the texts
/// of the intake they lead to.
fn show(answers: &rules::Answers, p: &rules::Params) {
    let a = assess(answers, p);
    let tr = Tr::new(Lang::Fr, p.for_answers(answers));
    let text = |key: &str| content::text_by_key(&tr, key).map(|t| plain(&t));
    // A verdict left to confirm has its hedged wording, which says so.
    for (kind, value, _, certainty) in a.outcomes() {
        let title = text(&format!("outcome.{}.title", kind.id())).unwrap_or_default();
        println!("  {title} : {}", plain(&tr.verdict(value, certainty)));
    }
    if !a.missing.is_empty() {
        let ids: Vec<String> = a.missing.iter().map(ToString::to_string).collect();
        println!("  (questions encore posées : {})", ids.join(", "));
    }
    if let Some(route) = &a.route {
        let key = format!("next.{}.{}", a.calendar.id(), route.value.id());
        let next = text(&key).unwrap_or_else(|| format!("(pas de texte `{key}`)"));
        println!("  Prochaine étape : {next}");
    }
}

/// `annee_bac=N-k` written as the year `N - k`.
fn relative_years(query: &str, year: u16) -> String {
    query
        .split('&')
        .map(|pair| match pair.strip_prefix("annee_bac=N-") {
            Some(k) => format!("annee_bac={}", year.saturating_sub(k.parse().unwrap_or(0))),
            None => pair.to_owned(),
        })
        .collect::<Vec<_>>()
        .join("&")
}
