//! One case per rule and per boundary: situation → expected outcome.
//! Years are written relative to the intake year so the table survives the
//! yearly update.

mod common;
use common::{answers, on, params};
use deass_eligibility::content::FACTS;
use deass_eligibility::rules::{
    self, assess, CalendarPhase, Certainty, Confirm, Date, OutcomeKind, Params, Question, Reason,
};

/// A complete case built from a base and overrides, and its outcome values.
fn outcome(query: &str, kind: OutcomeKind) -> &'static str {
    let a = assess(&answers(query), &params());
    assert!(a.missing.is_empty(), "{query} still misses {:?}", a.missing);
    a.value_of(kind).map_or("?", |v| v.id())
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
            format!("diplome=titre4&annee_bac=aucun&situation=cdd&{BASE}"),
            "met",
        ),
        (
            "a level-4 title being prepared must be held at entry",
            format!("diplome=titre4_en_cours&annee_bac=aucun&situation=cdd&{BASE}"),
            "at_entry",
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
            &format!("diplome=titre4&annee_bac=aucun&{situation}&france_travail=non&{BASE}"),
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
        route("situation=fonction_publique&statut_public=titulaire"),
        "site",
        "civil servant"
    );
    assert_eq!(route("situation=autre"), "contact", "other situation");
}

#[test]
fn interview_table() {
    let iv = |contrat: &str, blocs: &str| {
        outcome(
            &format!(
                "diplome=titre4&annee_bac=aucun&situation=cdd&contrat={contrat}&blocs={blocs}"
            ),
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
        &answers("diplome=titre4&annee_bac=aucun&situation=cdd&contrat=apprentissage&blocs=ES-BC1"),
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
    let none = format!("diplome=titre4&annee_bac=aucun&situation=autre&france_travail=non&{BASE}");
    assert_eq!(funding(&none), "continuing", "no criterion");
    let cases = [
        (
            "studies without interruption",
            "diplome=titre4&annee_bac=aucun&situation=etudiant&interruption=non",
        ),
        (
            "lycéen without interruption",
            "diplome=titre4&annee_bac=aucun&situation=lyceen&interruption=non",
        ),
        ("CDD", "diplome=titre4&annee_bac=aucun&situation=cdd"),
        ("CDI under 24 h", "diplome=titre4&annee_bac=aucun&situation=cdi&heures=20"),
        (
            "CDI of exactly 24 h (≤ for funding)",
            "diplome=titre4&annee_bac=aucun&situation=cdi&heures=24",
        ),
        ("contrat aidé", "diplome=titre4&annee_bac=aucun&situation=contrat_aide"),
        ("CSP", "diplome=titre4&annee_bac=aucun&situation=csp"),
        (
            "service civique",
            "diplome=titre4&annee_bac=aucun&situation=service_civique",
        ),
        (
            "France Travail, whatever the situation",
            "diplome=titre4&annee_bac=aucun&situation=autre&france_travail=oui",
        ),
        (
            "France Travail as a civil servant",
            "diplome=titre4&annee_bac=aucun&situation=fonction_publique&statut_public=titulaire&france_travail=oui",
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
        "region",
        "bac obtained intake−4: the boundary the page leaves open (to confirm)"
    );
    assert_eq!(
        bac(y(-5)),
        "continuing",
        "bac obtained intake−5: more than 4 years, too old"
    );
    let not = [
        (
            "studies interrupted",
            "diplome=titre4&annee_bac=aucun&situation=etudiant&interruption=oui&france_travail=non",
        ),
        (
            "CDI of 24.5 h",
            "diplome=titre4&annee_bac=aucun&situation=cdi&heures=24.5&france_travail=non",
        ),
        (
            "CDI of 35 h",
            "diplome=titre4&annee_bac=aucun&situation=cdi&heures=35&france_travail=non",
        ),
        (
            "civil servant",
            "diplome=titre4&annee_bac=aucun&situation=fonction_publique&statut_public=titulaire&france_travail=non",
        ),
        (
            "job seeker not registered",
            "diplome=titre4&annee_bac=aucun&situation=demandeur_emploi&france_travail=non",
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
            let q = format!("diplome=titre4&annee_bac=aucun&{s}&contrat={c}&blocs=aucun");
            assert_eq!(outcome(&q, OutcomeKind::Funding), "employer", "{q}");
        }
    }
}

#[test]
fn france_travail_is_asked_only_when_nothing_else_decides_the_funding() {
    let missing = |q: &str| rules::missing(&answers(q), &params());
    assert!(
        !missing("diplome=titre4&annee_bac=aucun&situation=cdd&contrat=aucun")
            .contains(&Question::FranceTravail)
    );
    assert!(
        !missing("diplome=titre4&annee_bac=aucun&situation=autre&contrat=apprentissage")
            .contains(&Question::FranceTravail)
    );
    assert!(
        missing("diplome=titre4&annee_bac=aucun&situation=autre&contrat=aucun")
            .contains(&Question::FranceTravail)
    );
    assert!(
        missing("diplome=titre4&annee_bac=aucun&situation=cdi&heures=35&contrat=aucun")
            .contains(&Question::FranceTravail)
    );
    // Not yet: the bac year could still decide.
    assert!(
        !missing("diplome=bac&situation=autre&contrat=aucun").contains(&Question::FranceTravail)
    );
}

#[test]
fn answers_that_do_not_matter_are_ignored() {
    let with = assess(&answers("diplome=titre4&annee_bac=aucun&vapp=oui&situation=cdd&statut_public=cdi&heures=40&interruption=oui&france_travail=non&contrat=aucun&blocs=aucun"), &params());
    let without = assess(
        &answers("diplome=titre4&annee_bac=aucun&situation=cdd&contrat=aucun&blocs=aucun"),
        &params(),
    );
    assert_eq!(with, without);
}

#[test]
fn costs_follow_interview_and_funding() {
    use rules::Cost::*;
    let costs = |q: &str| assess(&answers(q), &params()).costs;
    assert_eq!(
        costs(&format!(
            "diplome=titre4&annee_bac=aucun&situation=cdd&{BASE}"
        )),
        vec![AdmissionFee, Registration, Tuition, Cvec, Bourse]
    );
    assert_eq!(
        costs(&format!(
            "diplome=titre4&annee_bac=aucun&situation=autre&france_travail=non&{BASE}"
        )),
        vec![AdmissionFee, ContinuingCost, ContinuingFinancing]
    );
    assert_eq!(
        costs("diplome=titre4&annee_bac=aucun&situation=autre&contrat=apprentissage&blocs=aucun"),
        vec![AdmissionFeeExempt, EmployerCovered, CvecContract]
    );
}

#[test]
fn bloc_dispenses_and_the_hours_they_stand_for() {
    use rules::DiplomeBloc::{Cesf, Eje, Es, Ets};
    let d = |blocs: &str| {
        assess(
            &answers(&format!(
                "diplome=titre4&annee_bac=aucun&situation=cdd&contrat=aucun&blocs={blocs}"
            )),
            &params(),
        )
        .dispenses
        .expect("blocs answered")
    };
    let bloc = |d, n| rules::Bloc::new(d, n).expect("a bloc");
    let none = d("aucun");
    assert!(none.validated.is_empty() && none.maybe_common.is_empty());
    assert_eq!(none.validated_hours, 0);
    let ass = d("ASS-BC1,ASS-BC3");
    assert_eq!(ass.validated, vec![1, 3]);
    assert_eq!(ass.validated_hours, 504 + 252, "BC1 504 h + BC3 252 h");
    // The page does not name the two common blocs: any bloc of a 3-year
    // level-6 DE may be one of them, to confirm.
    let three_year = d("ES-BC1,ETS-BC3,EJE-BC4");
    assert_eq!(
        three_year.maybe_common,
        vec![bloc(Es, 1), bloc(Ets, 3), bloc(Eje, 4)]
    );
    assert!(three_year.interview_only.is_empty());
    // The DECESF is not a 3-year training: interview exemption only.
    let cesf = d("CESF-BC3,CESF-BC4");
    assert_eq!(cesf.interview_only, vec![bloc(Cesf, 3), bloc(Cesf, 4)]);
    assert!(cesf.maybe_common.is_empty());
    assert_eq!(
        params().session.bloc_hours.iter().sum::<u32>(),
        1505,
        "the page's blocs add up to 1 505 h of its 1 517 centre hours"
    );
}

#[test]
fn calendar_phases() {
    let mut p = params();
    let phase = |p: &rules::Params| rules::calendar_phase(p);
    let c = p.session.calendar;
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
    assert_eq!(
        phase(&on(c.oral_ends.year, 11, 22)),
        CalendarPhase::NotPublished,
        "after the last oral: the next intake, whose calendar is not out"
    );
}

#[test]
fn what_would_change_it() {
    let changes = |q: &str| {
        rules::changes(&answers(q), &params())
            .into_iter()
            .map(|c| deass_eligibility::content::change_key(&c))
            .collect::<Vec<_>>()
    };
    let job_seeker = changes(&format!(
        "diplome=titre4&annee_bac=aucun&situation=demandeur_emploi&france_travail=non&{BASE}"
    ));
    assert!(
        job_seeker.contains(&"change.funding.france_travail.region".to_string()),
        "{job_seeker:?}"
    );
    // A contract's funding is to confirm: its line is the hedged one.
    assert!(job_seeker.contains(&"change.funding.contrat.hedged.employer".to_string()));
    assert!(job_seeker.contains(&"change.interview.contrat.exempt".to_string()));
    let cdi = changes(&format!(
        "diplome=titre4&annee_bac=aucun&situation=cdi&heures=35&france_travail=non&{BASE}"
    ));
    assert!(
        cdi.contains(&"change.route.heures.parcoursup".to_string()),
        "{cdi:?}"
    );
    assert!(cdi.contains(&"change.funding.heures.region".to_string()));
    let at_24 = changes(&format!(
        "diplome=titre4&annee_bac=aucun&situation=cdi&heures=24&{BASE}"
    ));
    assert!(
        at_24.contains(&"change.route.heures.site".to_string())
            && at_24.contains(&"change.route.heures.parcoursup".to_string())
    );
    let old_bac = changes(&format!(
        "diplome=bac&annee_bac={}&situation=autre&france_travail=non&{BASE}",
        y(-4)
    ));
    assert!(
        old_bac.iter().all(|c| !c.contains(".annee_bac.")),
        "the bac year is history, not a lever: {old_bac:?}"
    );
    let interrupted = changes(&format!(
        "diplome=titre4&annee_bac=aucun&situation=etudiant&interruption=oui&france_travail=non&{BASE}"
    ));
    assert!(
        interrupted
            .iter()
            .all(|c| !c.contains(".interruption.") && !c.contains(".situation.")),
        "past studies and the situation are not levers: {interrupted:?}"
    );
    let full_time = changes(&format!(
        "diplome=titre4&annee_bac=aucun&situation=cdi&heures=35&france_travail=non&{BASE}"
    ));
    assert!(
        !full_time.contains(&"change.funding.france_travail.region".to_string()),
        "no advice to register as a job seeker while employed full time: {full_time:?}"
    );
    // Registering as a job seeker is no advice to a pupil or a student;
    // it stays one for someone out of work.
    for s in ["lyceen", "etudiant"] {
        let pupil = changes(&format!(
            "diplome=bac&annee_bac={}&situation={s}&interruption=oui&france_travail=non&{BASE}",
            y(-5)
        ));
        assert!(
            pupil.iter().all(|c| !c.contains(".france_travail.")),
            "{s}: {pupil:?}"
        );
    }
    let autre = changes(&format!(
        "diplome=bac&annee_bac={}&situation=autre&france_travail=non&{BASE}",
        y(-5)
    ));
    assert!(autre.contains(&"change.funding.france_travail.region".to_string()));
    let none = changes(&format!("diplome=aucun&vapp=non&situation=cdd&{BASE}"));
    assert!(none.contains(&"change.prerequisite.diplome.met".to_string()));
    assert!(none.contains(&"change.prerequisite.vapp.hedged.vapp".to_string()));
}

// ---------------------------------------------------------------- the intake by date

/// The published session's year (the content file's), and a day in it.
fn pub_year() -> u16 {
    FACTS.intake.year
}

#[test]
fn the_intake_assessed_follows_the_visitors_date() {
    let y = pub_year();
    let c = deass_eligibility::content::session().calendar;
    let cases: [(&str, Params, u16, bool, CalendarPhase); 6] = [
        (
            "before the session opens",
            on(y, 1, 5),
            y,
            false,
            CalendarPhase::BeforeOpening,
        ),
        (
            "while it is open",
            on(y, 2, 1),
            y,
            false,
            CalendarPhase::Open,
        ),
        (
            "between the Parcoursup close and the last oral",
            on(y, c.parcoursup_closes.month, c.parcoursup_closes.day + 1),
            y,
            false,
            CalendarPhase::Closed,
        ),
        (
            "on the last oral day",
            on(y, c.oral_ends.month, c.oral_ends.day),
            y,
            false,
            CalendarPhase::Closed,
        ),
        (
            "the day after the last oral: next intake, provisional",
            on(y, c.oral_ends.month, c.oral_ends.day + 1),
            y + 1,
            true,
            CalendarPhase::NotPublished,
        ),
        (
            "in January of the next year, before any update",
            on(y + 1, 1, 10),
            y + 1,
            true,
            CalendarPhase::NotPublished,
        ),
    ];
    for (what, p, intake, provisional, phase) in cases {
        assert_eq!(p.intake_year, intake, "{what}");
        assert_eq!(p.provisional(), provisional, "{what}");
        assert_eq!(p.published_year(), y, "{what}");
        assert_eq!(rules::calendar_phase(&p), phase, "{what}");
        let a = assess(
            &answers("diplome=titre4&annee_bac=aucun&situation=cdd&contrat=aucun&blocs=aucun"),
            &p,
        );
        assert_eq!(
            (a.intake_year, a.provisional),
            (intake, provisional),
            "{what}"
        );
    }
    // Long after, with data never updated: the first intake still ahead.
    assert_eq!(on(y + 1, 6, 1).intake_year, y + 2);
}

/// Funding for a bac holder in a full-time CDI (no situation criterion).
fn funding_for_bac(year: u16, p: &Params) -> (&'static str, Certainty) {
    let q =
        format!("diplome=bac&annee_bac={year}&situation=cdi&heures=35&france_travail=non&{BASE}");
    let parsed = deass_eligibility::link::Link::parse(&q, p.bac_year_max());
    assert!(parsed.errors.is_empty(), "{q}: {:?}", parsed.errors);
    let a = assess(&parsed.answers, p);
    let f = a.funding.expect("complete");
    (f.value.id(), f.certainty)
}

#[test]
fn the_bac_recency_boundary_follows_the_intake_assessed() {
    let y = pub_year();
    // Today, 23 November of the published year: the next intake.
    let next = on(y, 11, 23);
    assert_eq!(next.bac_recent_from(), y + 1 - 3);
    assert_eq!(
        funding_for_bac(y - 3, &next),
        // In a full-time CDI, the full-time question stands too.
        (
            "region",
            Certainty::ToConfirm(Confirm::FundingBacFourYearsFullTime)
        ),
        "a bac of {} is 4 years old at the {} intake: the page's boundary",
        y - 3,
        y + 1
    );
    assert_eq!(funding_for_bac(y - 4, &next).0, "continuing");
    assert_eq!(funding_for_bac(y - 2, &next).0, "region");
    // During the session, the same bac was recent enough.
    assert_eq!(funding_for_bac(y - 3, &on(y, 2, 1)).0, "region");
    // A full-time employee funded by the bac alone: for the institute to confirm.
    assert_eq!(
        funding_for_bac(y - 2, &next).1,
        Certainty::ToConfirm(Confirm::FundingFullTime)
    );
}

#[test]
fn bac_years_are_accepted_up_to_this_year_only() {
    use deass_eligibility::link::Link;
    use rules::parse::InputError;
    let y = pub_year();
    // In November, the next intake is assessed but next year's bac is not
    // obtained yet: that candidate answers "je passe le bac".
    let p = on(y, 11, 23);
    let e = |q: &str| Link::parse(q, p.bac_year_max()).errors;
    assert!(e(&format!("diplome=bac&annee_bac={y}")).is_empty());
    assert_eq!(
        e(&format!("diplome=bac&annee_bac={}", y + 1)),
        vec![(Question::AnneeBac, InputError::YearOutOfRange)]
    );
    let terminale = assess(
        &answers("diplome=terminale&situation=autre&contrat=aucun&blocs=aucun"),
        &p,
    );
    assert_eq!(
        terminale.funding.map(|o| o.reasons),
        Some(vec![Reason::FundingRegionBacExpected]),
        "the bac of the intake's year"
    );
}

// ---------------------------------------------------------------- the situations

#[test]
fn a_title_holder_is_asked_for_the_bac_and_its_year_counts() {
    let p = on(pub_year(), 2, 1);
    let missing = |q: &str| rules::missing(&answers(q), &p);
    assert_eq!(missing("diplome=titre4").first(), Some(&Question::AnneeBac));
    let funding = |q: &str| outcome(q, OutcomeKind::Funding);
    assert_eq!(
        funding(&format!(
            "diplome=titre4&annee_bac={}&situation=cdi&heures=35&france_travail=non&{BASE}",
            y(-3)
        )),
        "region",
        "a BTS holder with a recent bac keeps the bac criterion"
    );
    assert_eq!(
        funding(&format!(
            "diplome=titre4&annee_bac={}&situation=autre&france_travail=non&{BASE}",
            y(-5)
        )),
        "continuing"
    );
    assert_eq!(
        funding(&format!(
            "diplome=titre4&annee_bac=aucun&situation=autre&france_travail=non&{BASE}"
        )),
        "continuing"
    );
}

#[test]
fn a_foreign_diploma_is_for_the_institute_to_assess_and_is_no_bac() {
    let a = assess(
        &answers(&format!(
            "diplome=etranger&situation=autre&france_travail=non&{BASE}"
        )),
        &params(),
    );
    let pre = a.prerequisite.expect("answered");
    assert_eq!(pre.value.id(), "to_confirm");
    assert_eq!(pre.certainty, Certainty::ToConfirm(Confirm::PrereqEtranger));
    // Not the bac the page names; like a level-4 title, whether it counts
    // is for the institute to say (docs/regles.md).
    let funding = a.funding.expect("answered");
    assert_eq!(funding.value.id(), "continuing", "not a bac");
    assert_eq!(
        funding.certainty,
        Certainty::ToConfirm(Confirm::FundingEtranger)
    );
    assert!(!rules::relevant(
        Question::AnneeBac,
        &answers("diplome=etranger"),
        &params()
    ));
}

/// Someone finishing a DAEU or a brevet professionnel: the page asks for
/// the title « au moment de l'entrée en formation », so it is to hold by
/// the start; its funding is the title's (the bac only if they have one).
#[test]
fn a_level4_title_being_prepared_is_to_hold_at_entry() {
    let a = assess(
        &answers(&format!(
            "diplome=titre4_en_cours&annee_bac=aucun&situation=autre&france_travail=non&{BASE}"
        )),
        &params(),
    );
    let pre = a.prerequisite.expect("answered");
    assert_eq!(pre.value.id(), "at_entry");
    assert_eq!(pre.reasons, vec![Reason::PrereqTitre4Pending]);
    assert!(pre.certainty.is_sure());
    let funding = a.funding.expect("answered");
    assert_eq!(funding.value.id(), "continuing");
    assert_eq!(
        funding.certainty,
        Certainty::ToConfirm(Confirm::FundingTitre4)
    );
    // Asked whether they also hold the bac, whose year counts.
    assert!(rules::relevant(
        Question::AnneeBac,
        &answers("diplome=titre4_en_cours"),
        &params()
    ));
    let with_bac = assess(
        &answers(&format!(
            "diplome=titre4_en_cours&annee_bac={}&situation=autre&{BASE}",
            y(-3)
        )),
        &params(),
    );
    assert_eq!(
        with_bac.funding.map(|o| (o.value.id(), o.reasons)),
        Some(("region", vec![Reason::FundingRegionBacRecent]))
    );
    // Not offered as a change to someone without a diploma: the bac line
    // already says "at entry".
    let none = rules::changes(
        &answers(&format!("diplome=aucun&vapp=non&situation=cdd&{BASE}")),
        &params(),
    );
    assert_eq!(
        none.iter()
            .filter(|c| c.question == Question::Diplome && c.to.id() == "at_entry")
            .count(),
        1
    );
}

#[test]
fn public_sector_employees_by_status() {
    let base = |s: &str| {
        format!("diplome=titre4&annee_bac=aucun&situation=fonction_publique&{s}&france_travail=non&{BASE}")
    };
    let get = |s: &str| {
        let a = assess(&answers(&base(s)), &params());
        assert!(a.missing.is_empty(), "{s}: {:?}", a.missing);
        let r = a.route.expect("route");
        let f = a.funding.expect("funding");
        (
            r.value.id(),
            r.certainty.id(),
            f.value.id(),
            f.certainty.id(),
        )
    };
    assert_eq!(
        get("statut_public=titulaire"),
        ("site", "sure", "continuing", "to_confirm"),
        "a titulaire: the site, no situation criterion (and a level-4 title without \
         the bac, which the page does not name: to confirm)"
    );
    assert_eq!(
        get("statut_public=cdd"),
        ("contact", "to_confirm", "region", "sure"),
        "a public-law CDD: funded (droit privé ou public), but two lists for the route"
    );
    assert_eq!(
        get("statut_public=cdi&heures=20"),
        ("contact", "to_confirm", "region", "to_confirm"),
        "a public CDI under 24 h: two lists; funded, to confirm"
    );
    assert_eq!(
        get("statut_public=cdi&heures=24"),
        ("site", "sure", "region", "to_confirm"),
        "a public CDI of 24 h: only the agents' list; ≤ 24 h funded, to confirm"
    );
    assert_eq!(
        get("statut_public=cdi&heures=35"),
        ("site", "sure", "continuing", "to_confirm"),
        "a public CDI over 24 h: no criterion (a title without the bac: to confirm)"
    );
    // An old link (before the status question) asks it, and only it.
    assert_eq!(
        rules::missing(
            &answers("diplome=bac&annee_bac=2000&situation=fonction_publique&contrat=aucun&france_travail=non&blocs=aucun"),
            &params()
        ),
        vec![Question::StatutPublic]
    );
}

// ---------------------------------------------------------------- certainty

#[test]
fn how_sure_each_outcome_is() {
    let cert = |q: &str, kind: OutcomeKind| {
        assess(&answers(q), &params())
            .outcomes()
            .into_iter()
            .find(|(k, ..)| *k == kind)
            .map(|(.., c)| c)
            .expect("complete")
    };
    use Certainty::{Sure, ToConfirm};
    use OutcomeKind::*;
    let cases = [
        ("bac: met", format!("diplome=bac&annee_bac=2000&situation=cdd&{BASE}"), Prerequisite, Sure),
        ("D. 613-40: the institute validates", format!("diplome=aucun&vapp=oui&situation=cdd&{BASE}"), Prerequisite, ToConfirm(Confirm::PrereqVapp)),
        ("CDD: Parcoursup", format!("diplome=titre4&annee_bac=aucun&situation=cdd&{BASE}"), Route, Sure),
        ("CDI of 24 h: neither list", format!("diplome=titre4&annee_bac=aucun&situation=cdi&heures=24&{BASE}"), Route, ToConfirm(Confirm::RouteCdi24)),
        ("autre: no list", format!("diplome=titre4&annee_bac=aucun&situation=autre&france_travail=non&{BASE}"), Route, ToConfirm(Confirm::RouteAutre)),
        ("interview: page list", format!("diplome=titre4&annee_bac=aucun&situation=cdd&{BASE}"), Interview, Sure),
        ("contract: sources silent on who pays", "diplome=titre4&annee_bac=aucun&situation=cdd&contrat=apprentissage&blocs=aucun".to_string(), Funding, ToConfirm(Confirm::FundingEmployer)),
        ("CDD: funded", format!("diplome=titre4&annee_bac=aucun&situation=cdd&{BASE}"), Funding, Sure),
        ("full-time CDI + France Travail only", format!("diplome=titre4&annee_bac=aucun&situation=cdi&heures=35&france_travail=oui&{BASE}"), Funding, ToConfirm(Confirm::FundingFullTime)),
        ("titulaire + France Travail only", format!("diplome=titre4&annee_bac=aucun&situation=fonction_publique&statut_public=titulaire&france_travail=oui&{BASE}"), Funding, ToConfirm(Confirm::FundingFullTime)),
        ("job seeker registered: funded", format!("diplome=titre4&annee_bac=aucun&situation=demandeur_emploi&france_travail=oui&{BASE}"), Funding, Sure),
        ("no criterion: continuing", format!("diplome=bac&annee_bac=2000&situation=autre&france_travail=non&{BASE}"), Funding, Sure),
        ("a level-4 title without the bac, no criterion: the page names the bac only", format!("diplome=titre4&annee_bac=aucun&situation=autre&france_travail=non&{BASE}"), Funding, ToConfirm(Confirm::FundingTitre4)),
        ("bac four years before the intake: from when do the 4 years count?", format!("diplome=bac&annee_bac={}&situation=autre&france_travail=non&{BASE}", y(-4)), Funding, ToConfirm(Confirm::FundingBacFourYears)),
        ("bac four years before, registered with France Travail: settled", format!("diplome=bac&annee_bac={}&situation=demandeur_emploi&france_travail=oui&{BASE}", y(-4)), Funding, Sure),
        ("recent bac, part-time CDI: settled by the CDI", format!("diplome=bac&annee_bac={}&situation=cdi&heures=20&{BASE}", y(-1)), Funding, Sure),
        ("a foreign diploma, no criterion: the page names the bac only", format!("diplome=etranger&situation=autre&france_travail=non&{BASE}"), Funding, ToConfirm(Confirm::FundingEtranger)),
        ("a foreign diploma and a CDD: settled by the CDD", format!("diplome=etranger&situation=cdd&{BASE}"), Funding, Sure),
        ("bac four years before, CDI of 35 h: both questions", format!("diplome=bac&annee_bac={}&situation=cdi&heures=35&france_travail=non&{BASE}", y(-4)), Funding, ToConfirm(Confirm::FundingBacFourYearsFullTime)),
        ("bac four years before, titulaire: both questions", format!("diplome=bac&annee_bac={}&situation=fonction_publique&statut_public=titulaire&france_travail=non&{BASE}", y(-4)), Funding, ToConfirm(Confirm::FundingBacFourYearsFullTime)),
        ("a title being prepared: to hold at entry, settled", format!("diplome=titre4_en_cours&annee_bac=aucun&situation=cdd&{BASE}"), Prerequisite, Sure),
    ];
    for (what, q, kind, want) in cases {
        assert_eq!(cert(&q, kind), want, "{what}");
    }
}
