//! One case per rule and per boundary: situation → expected outcome.
//! Years are written relative to the intake year so the table survives the
//! yearly update.

mod common;
use common::{answers, params};
use deass_eligibility::rules::{self, assess, CalendarPhase, Date, OutcomeKind, Question, Reason};

/// A complete case built from a base and overrides, and its outcome values.
fn outcome(query: &str, kind: OutcomeKind) -> &'static str {
    let a = assess(&answers(query), &params());
    assert!(a.missing.is_empty(), "{query} still misses {:?}", a.missing);
    a.value_of(kind).unwrap_or("?")
}

fn y(offset: i32) -> String {
    (i32::from(params().intake_year) + offset).to_string()
}

const BASE: &str = "contrat=aucun&blocs=aucun";

#[test]
fn prerequisite_table() {
    let cases = [
        (
            "bac is met",
            format!("diplome=bac&annee_bac=2000&situation=cdd&{BASE}"),
            "met",
        ),
        (
            "a level-4 title is met",
            format!("diplome=titre4&situation=cdd&{BASE}"),
            "met",
        ),
        (
            "terminale must hold it at entry",
            format!("diplome=terminale&situation=lyceen&interruption=non&{BASE}"),
            "at_entry",
        ),
        (
            "no diploma but D. 613-40 conditions",
            format!("diplome=aucun&vapp=oui&situation=cdd&{BASE}"),
            "vapp",
        ),
        (
            "no diploma and no D. 613-40",
            format!("diplome=aucun&vapp=non&situation=cdd&{BASE}"),
            "not_met",
        ),
    ];
    for (what, q, want) in cases {
        assert_eq!(outcome(&q, OutcomeKind::Prerequisite), want, "{what}");
    }
}

#[test]
fn route_table_with_the_24_hour_boundary() {
    let route = |situation: &str| {
        outcome(
            &format!("diplome=titre4&{situation}&france_travail=non&{BASE}"),
            OutcomeKind::Route,
        )
    };
    for s in [
        "lyceen&interruption=non",
        "etudiant&interruption=oui",
        "demandeur_emploi",
        "cdd",
        "contrat_aide",
        "csp",
        "service_civique",
    ] {
        assert_eq!(route(&format!("situation={s}")), "parcoursup", "{s}");
    }
    assert_eq!(
        route("situation=cdi&heures=23.5"),
        "parcoursup",
        "CDI under 24 h"
    );
    assert_eq!(
        route("situation=cdi&heures=23.99"),
        "parcoursup",
        "CDI just under 24 h"
    );
    assert_eq!(
        route("situation=cdi&heures=24"),
        "contact",
        "CDI of exactly 24 h: neither list covers it"
    );
    assert_eq!(
        route("situation=cdi&heures=24.01"),
        "site",
        "CDI just over 24 h"
    );
    assert_eq!(route("situation=cdi&heures=24.5"), "site", "CDI over 24 h");
    assert_eq!(route("situation=cdi&heures=35"), "site", "full-time CDI");
    assert_eq!(
        route("situation=fonction_publique"),
        "site",
        "civil servant"
    );
    assert_eq!(route("situation=autre"), "contact", "other situation");
}

#[test]
fn interview_table() {
    let iv = |contrat: &str, blocs: &str| {
        outcome(
            &format!("diplome=titre4&situation=cdd&contrat={contrat}&blocs={blocs}"),
            OutcomeKind::Interview,
        )
    };
    assert_eq!(iv("aucun", "aucun"), "required");
    assert_eq!(iv("apprentissage", "aucun"), "exempt");
    assert_eq!(iv("professionnalisation", "aucun"), "exempt");
    for d in ["ASS", "ES", "ETS", "EJE", "CESF"] {
        for n in 1..=4 {
            assert_eq!(iv("aucun", &format!("{d}-BC{n}")), "exempt", "{d}-BC{n}");
        }
    }
    let a = assess(
        &answers("diplome=titre4&situation=cdd&contrat=apprentissage&blocs=ES-BC1"),
        &params(),
    );
    assert_eq!(
        a.interview.map(|o| o.reasons),
        Some(vec![
            Reason::InterviewExemptContrat,
            Reason::InterviewExemptBlocs
        ]),
        "both grounds are given"
    );
}

#[test]
fn funding_each_criterion_alone() {
    // A base that meets no criterion: level-4 title, "autre", not at France Travail.
    let funding = |q: &str| outcome(q, OutcomeKind::Funding);
    let none = format!("diplome=titre4&situation=autre&france_travail=non&{BASE}");
    assert_eq!(funding(&none), "continuing", "no criterion");
    let cases = [
        (
            "studies without interruption",
            "diplome=titre4&situation=etudiant&interruption=non",
        ),
        (
            "lycéen without interruption",
            "diplome=titre4&situation=lyceen&interruption=non",
        ),
        ("CDD", "diplome=titre4&situation=cdd"),
        ("CDI under 24 h", "diplome=titre4&situation=cdi&heures=20"),
        (
            "CDI of exactly 24 h (≤ for funding)",
            "diplome=titre4&situation=cdi&heures=24",
        ),
        ("contrat aidé", "diplome=titre4&situation=contrat_aide"),
        ("CSP", "diplome=titre4&situation=csp"),
        (
            "service civique",
            "diplome=titre4&situation=service_civique",
        ),
        (
            "France Travail, whatever the situation",
            "diplome=titre4&situation=autre&france_travail=oui",
        ),
        (
            "France Travail as a civil servant",
            "diplome=titre4&situation=fonction_publique&france_travail=oui",
        ),
        (
            "bac being prepared this year",
            "diplome=terminale&situation=autre",
        ),
    ];
    for (what, q) in cases {
        assert_eq!(funding(&format!("{q}&{BASE}")), "region", "{what}");
    }
    let bac = |year: String| {
        funding(&format!(
            "diplome=bac&annee_bac={year}&situation=autre&france_travail=non&{BASE}"
        ))
    };
    assert_eq!(
        bac(y(-3)),
        "region",
        "bac obtained intake−3: less than 4 years"
    );
    assert_eq!(bac(y(0)), "region", "bac obtained in the intake year");
    assert_eq!(
        bac(y(-4)),
        "continuing",
        "bac obtained intake−4: 4 years, too old"
    );
    let not = [
        (
            "studies interrupted",
            "diplome=titre4&situation=etudiant&interruption=oui&france_travail=non",
        ),
        (
            "CDI of 24.5 h",
            "diplome=titre4&situation=cdi&heures=24.5&france_travail=non",
        ),
        (
            "CDI of 35 h",
            "diplome=titre4&situation=cdi&heures=35&france_travail=non",
        ),
        (
            "civil servant",
            "diplome=titre4&situation=fonction_publique&france_travail=non",
        ),
        (
            "job seeker not registered",
            "diplome=titre4&situation=demandeur_emploi&france_travail=non",
        ),
    ];
    for (what, q) in not {
        assert_eq!(funding(&format!("{q}&{BASE}")), "continuing", "{what}");
    }
}

#[test]
fn a_signed_contract_means_the_employer_pays_whatever_else_holds() {
    for c in ["apprentissage", "professionnalisation"] {
        for s in [
            "situation=cdd",
            "situation=autre",
            "situation=cdi&heures=35",
        ] {
            let q = format!("diplome=titre4&{s}&contrat={c}&blocs=aucun");
            assert_eq!(outcome(&q, OutcomeKind::Funding), "employer", "{q}");
        }
    }
}

#[test]
fn france_travail_is_asked_only_when_nothing_else_decides_the_funding() {
    let missing = |q: &str| rules::missing(&answers(q), &params());
    assert!(
        !missing("diplome=titre4&situation=cdd&contrat=aucun").contains(&Question::FranceTravail)
    );
    assert!(
        !missing("diplome=titre4&situation=autre&contrat=apprentissage")
            .contains(&Question::FranceTravail)
    );
    assert!(
        missing("diplome=titre4&situation=autre&contrat=aucun").contains(&Question::FranceTravail)
    );
    assert!(
        missing("diplome=titre4&situation=cdi&heures=35&contrat=aucun")
            .contains(&Question::FranceTravail)
    );
    // Not yet: the bac year could still decide.
    assert!(
        !missing("diplome=bac&situation=autre&contrat=aucun").contains(&Question::FranceTravail)
    );
}

#[test]
fn answers_that_do_not_matter_are_ignored() {
    let with = assess(&answers("diplome=titre4&annee_bac=1990&vapp=oui&situation=cdd&heures=40&interruption=oui&france_travail=non&contrat=aucun&blocs=aucun"), &params());
    let without = assess(
        &answers("diplome=titre4&situation=cdd&contrat=aucun&blocs=aucun"),
        &params(),
    );
    assert_eq!(with, without);
}

#[test]
fn costs_follow_interview_and_funding() {
    use rules::Cost::*;
    let costs = |q: &str| assess(&answers(q), &params()).costs;
    assert_eq!(
        costs(&format!("diplome=titre4&situation=cdd&{BASE}")),
        vec![AdmissionFee, Registration, Tuition, Cvec, Bourse]
    );
    assert_eq!(
        costs(&format!(
            "diplome=titre4&situation=autre&france_travail=non&{BASE}"
        )),
        vec![AdmissionFee, ContinuingCost, ContinuingFinancing]
    );
    assert_eq!(
        costs("diplome=titre4&situation=autre&contrat=apprentissage&blocs=aucun"),
        vec![AdmissionFeeExempt, EmployerCovered]
    );
}

#[test]
fn bloc_dispenses_and_remaining_hours() {
    let d = |blocs: &str| {
        assess(
            &answers(&format!(
                "diplome=titre4&situation=cdd&contrat=aucun&blocs={blocs}"
            )),
            &params(),
        )
        .dispenses
        .expect("blocs answered")
    };
    let none = d("aucun");
    assert_eq!((none.hours_max, none.hours_min), (1517, 1517));
    let ass = d("ASS-BC1,ASS-BC3");
    assert_eq!(ass.validated, vec![1, 3]);
    assert_eq!(
        (ass.hours_max, ass.hours_min),
        (1517 - 504 - 252, 1517 - 504 - 252)
    );
    let common = d("ES-BC3,EJE-BC4,CESF-BC3");
    assert_eq!(
        common.possible,
        vec![3, 4],
        "BC3/BC4 of another DE, counted once each"
    );
    assert_eq!(
        (common.hours_max, common.hours_min),
        (1517, 1517 - 252 - 245)
    );
    let own = d("ES-BC1,ETS-BC2");
    assert!(
        own.possible.is_empty() && own.validated.is_empty(),
        "BC1/BC2 of another DE: interview only"
    );
    assert_eq!(own.interview_only.len(), 2);
    let overlap = d("ASS-BC3,ES-BC3");
    assert_eq!(
        (overlap.validated.clone(), overlap.possible.clone()),
        (vec![3], vec![]),
        "already validated"
    );
}

#[test]
fn calendar_phases() {
    let mut p = params();
    let phase = |p: &rules::Params| rules::calendar_phase(p);
    let c = p.calendar;
    p.today = Date::new(c.registration_opens.year - 1, 12, 31);
    assert_eq!(phase(&p), CalendarPhase::BeforeOpening);
    p.today = c.registration_opens;
    assert_eq!(phase(&p), CalendarPhase::Open);
    p.today = c.parcoursup_closes;
    assert_eq!(
        phase(&p),
        CalendarPhase::Open,
        "the closing day is still open"
    );
    p.today = c.file_deadline;
    assert_eq!(phase(&p), CalendarPhase::Closed);
    p.today = c.oral_ends;
    assert_eq!(phase(&p), CalendarPhase::Closed);
    p.today = Date::new(c.oral_ends.year, 11, 22);
    assert_eq!(
        phase(&p),
        CalendarPhase::Over,
        "today, 22 Nov 2026: the session is over"
    );
}

#[test]
fn what_would_change_it() {
    let changes = |q: &str| {
        rules::changes(&answers(q), &params())
            .into_iter()
            .map(|c| c.content_key())
            .collect::<Vec<_>>()
    };
    let job_seeker = changes(&format!(
        "diplome=titre4&situation=demandeur_emploi&france_travail=non&{BASE}"
    ));
    assert!(
        job_seeker.contains(&"change.funding.france_travail.region".to_string()),
        "{job_seeker:?}"
    );
    assert!(job_seeker.contains(&"change.funding.contrat.employer".to_string()));
    assert!(job_seeker.contains(&"change.interview.contrat.exempt".to_string()));
    let cdi = changes(&format!(
        "diplome=titre4&situation=cdi&heures=35&france_travail=non&{BASE}"
    ));
    assert!(
        cdi.contains(&"change.route.heures.parcoursup".to_string()),
        "{cdi:?}"
    );
    assert!(cdi.contains(&"change.funding.heures.region".to_string()));
    let at_24 = changes(&format!("diplome=titre4&situation=cdi&heures=24&{BASE}"));
    assert!(
        at_24.contains(&"change.route.heures.site".to_string())
            && at_24.contains(&"change.route.heures.parcoursup".to_string())
    );
    let old_bac = changes(&format!(
        "diplome=bac&annee_bac={}&situation=autre&france_travail=non&{BASE}",
        y(-4)
    ));
    assert!(
        old_bac.contains(&"change.funding.annee_bac.region".to_string()),
        "{old_bac:?}"
    );
    let none = changes(&format!("diplome=aucun&vapp=non&situation=cdd&{BASE}"));
    assert!(none.contains(&"change.prerequisite.diplome.met".to_string()));
    assert!(none.contains(&"change.prerequisite.vapp.vapp".to_string()));
}
