//! The intake a person can really join, by the visitor's date and their
//! route, and the `rentree` question asked exactly when two are open.
//! Every date is read from the data (`content/donnees.toml`): the table
//! holds after the yearly update.
//!
//! | route | until the Parcoursup close | then, to the last oral | then, to the start | from the start |
//! |---|---|---|---|---|
//! | Parcoursup | Y | Y if registered, else Y+1 (asked) | Y+1 | Y+1 |
//! | site, contact | Y | Y | Y if places remain, or Y+1 (asked) | Y+1 |

mod common;
use common::{date, day_after, day_before};
use deass_eligibility::content::{self, FACTS};
use deass_eligibility::flow::Screen;
use deass_eligibility::link::Link;
use deass_eligibility::rules::{
    self, assess, parse::InputError, CalendarPhase, Certainty, Confirm, Date, IntakeChoice,
    OutcomeKind, Params, Prerequisite, Question, Reason,
};

/// The published intake's year.
fn y() -> u16 {
    FACTS.intake.year
}

fn start() -> Date {
    content::session().start
}

fn cal() -> rules::Calendar {
    content::session().calendar
}

fn on(d: Date) -> Params {
    content::params(d)
}

const PARCOURSUP: &str = "diplome=titre4&annee_bac=aucun&situation=cdd";
const SITE: &str = "diplome=titre4&annee_bac=aucun&situation=cdi&heures=35";
const CONTACT: &str = "diplome=titre4&annee_bac=aucun&situation=autre";
const REST: &str = "contrat=aucun&france_travail=non&blocs=aucun";

/// The link's answers (all accepted by the parser).
fn answers(q: &str, p: &Params) -> rules::Answers {
    let l = Link::parse(q, p.bac_year_max());
    assert!(l.errors.is_empty(), "{q}: {:?}", l.errors);
    l.answers
}

/// What a person on `route` is offered on `today`: the intakes to choose
/// from (one: not asked), and the intake, provisional flag and calendar
/// phase assessed when they choose `rentree` (or nothing).
fn case(today: Date, route: &str, rentree: Option<u16>) -> (Vec<u16>, u16, bool, CalendarPhase) {
    let p = on(today);
    let q = match rentree {
        Some(r) => format!("{route}&rentree={r}&{REST}"),
        None => format!("{route}&{REST}"),
    };
    let a = answers(&q, &p);
    let options = rules::joinable(&a, &p).expect("route known").options();
    let r = assess(&a, &p);
    let asked = options.len() == 2;
    assert_eq!(rules::relevant(Question::Rentree, &a, &p), asked, "{q}");
    if asked && rentree.is_none() {
        assert_eq!(r.missing, vec![Question::Rentree], "{q}: asked, unanswered");
    } else {
        assert!(r.missing.is_empty(), "{q}: {:?}", r.missing);
    }
    (options, r.intake_year, r.provisional, r.calendar)
}

#[test]
fn until_the_parcoursup_close_everyone_joins_the_published_intake() {
    let y = y();
    for today in [
        day_before(cal().registration_opens),
        cal().registration_opens,
        cal().parcoursup_closes,
    ] {
        for route in [PARCOURSUP, SITE, CONTACT] {
            let (options, intake, provisional, _) = case(today, route, None);
            assert_eq!(
                (options, intake, provisional),
                (vec![y], y, false),
                "{today:?} {route}"
            );
        }
    }
}

#[test]
fn after_the_parcoursup_close_parcoursup_candidates_are_asked_if_they_registered() {
    let y = y();
    for today in [day_after(cal().parcoursup_closes), cal().oral_ends] {
        let (options, ..) = case(today, PARCOURSUP, None);
        assert_eq!(options, vec![y, y + 1], "{today:?}: asked");
        assert_eq!(
            case(today, PARCOURSUP, Some(y)),
            (vec![y, y + 1], y, false, CalendarPhase::Closed),
            "{today:?}: registered, the file deadline and the orals follow"
        );
        assert_eq!(
            case(today, PARCOURSUP, Some(y + 1)),
            (vec![y, y + 1], y + 1, true, CalendarPhase::NotPublished),
            "{today:?}: not registered, the next intake"
        );
        // Off Parcoursup the page gives no date: the published intake.
        for route in [SITE, CONTACT] {
            assert_eq!(
                case(today, route, None),
                (vec![y], y, false, CalendarPhase::Closed),
                "{today:?} {route}"
            );
        }
    }
}

#[test]
fn after_the_last_oral_off_parcoursup_candidates_are_asked_and_places_are_to_confirm() {
    let y = y();
    for today in [day_after(cal().oral_ends), day_before(start())] {
        assert_eq!(
            case(today, PARCOURSUP, None),
            (vec![y + 1], y + 1, true, CalendarPhase::NotPublished),
            "{today:?}: Parcoursup, the next intake, not asked"
        );
        for route in [SITE, CONTACT] {
            assert_eq!(
                case(today, route, None).0,
                vec![y, y + 1],
                "{today:?} {route}"
            );
            assert_eq!(
                case(today, route, Some(y)),
                (vec![y, y + 1], y, false, CalendarPhase::Closed),
            );
            assert_eq!(
                case(today, route, Some(y + 1)),
                (vec![y, y + 1], y + 1, true, CalendarPhase::NotPublished),
            );
        }
        // Choosing the published intake: whether places remain is for the
        // admission service to confirm.
        let p = on(today);
        let route = assess(&answers(&format!("{SITE}&rentree={y}&{REST}"), &p), &p)
            .route
            .expect("complete");
        assert_eq!(route.certainty, Certainty::ToConfirm(Confirm::RoutePlaces));
        let later = assess(
            &answers(&format!("{SITE}&rentree={}&{REST}", y + 1), &p),
            &p,
        );
        assert!(later.route.expect("complete").certainty.is_sure());
    }
}

#[test]
fn from_the_start_everyone_aims_at_the_next_intake() {
    let y = y();
    for route in [PARCOURSUP, SITE, CONTACT] {
        assert_eq!(
            case(start(), route, None),
            (vec![y + 1], y + 1, true, CalendarPhase::NotPublished),
            "{route}"
        );
    }
}

#[test]
fn the_bac_recency_follows_the_intake_chosen() {
    let y = y();
    let p = on(day_after(cal().oral_ends));
    let funding = |rentree: u16| {
        let q = format!(
            "diplome=bac&annee_bac={}&situation=cdi&heures=35&rentree={rentree}&{REST}",
            y - 3
        );
        let f = assess(&answers(&q, &p), &p).funding.expect("complete");
        (f.value.id(), f.reasons)
    };
    assert_eq!(
        funding(y).1,
        vec![Reason::FundingRegionBacRecent],
        "3 years at Y"
    );
    assert_eq!(
        funding(y + 1).1,
        vec![Reason::FundingRegionBacFourYears],
        "4 years at Y+1: the boundary"
    );
}

#[test]
fn a_link_may_name_the_intake_after_the_last_open_one_but_no_other() {
    let y = y();
    let p = on(cal().registration_opens);
    let intake = |r: u16| {
        let a = answers(&format!("{PARCOURSUP}&rentree={r}&{REST}"), &p);
        (
            rules::pruned(&a, &p).rentree.is_some(),
            assess(&a, &p).intake_year,
        )
    };
    assert_eq!(intake(y), (true, y));
    assert_eq!(
        intake(y + 1),
        (true, y + 1),
        "a counsellor shows the next intake"
    );
    assert_eq!(intake(y + 2), (false, y), "too far: dropped");
    assert_eq!(intake(y - 1), (false, y), "past: dropped");
}

#[test]
fn a_link_naming_a_started_intake_says_so_and_shows_the_open_one() {
    let y = y();
    let p = on(start());
    let l = Link::parse(
        &format!("{SITE}&rentree={y}&{REST}&etape=resultat"),
        p.bac_year_max(),
    );
    let f = l.open(&p);
    assert!(f.intake_gone(), "the message is kept for the result");
    assert_eq!(f.screen, Screen::Result, "one intake open: no question");
    assert_eq!(assess(&f.answers, &p).intake_year, y + 1);
    // When two are open, the question is asked again with the message.
    let p = on(day_after(cal().oral_ends));
    let l = Link::parse(
        &format!("{SITE}&rentree={}&{REST}", y - 1),
        p.bac_year_max(),
    );
    let f = l.open(&p);
    assert_eq!(f.screen, Screen::Question(Question::Rentree));
    assert_eq!(f.error(Question::Rentree, &p), Some(InputError::IntakeGone));
    // An old link without `rentree` asks this one question.
    let l = Link::parse(&format!("{SITE}&{REST}&etape=resultat"), p.bac_year_max());
    assert_eq!(l.open(&p).screen, Screen::Question(Question::Rentree));
}

#[test]
fn this_years_bac_is_being_taken_until_its_results() {
    let y = y();
    let prereq = |today: Date| {
        let p = on(today);
        let q = format!("diplome=bac&annee_bac={}&situation=cdd&{REST}", today.year);
        let o = assess(&answers(&q, &p), &p).prerequisite.expect("known");
        (o.value, o.reasons)
    };
    let (m, d) = rules::BAC_HELD_FROM;
    assert_eq!(
        prereq(cal().registration_opens),
        (Prerequisite::AtEntry, vec![Reason::PrereqBacPending]),
        "in February: still to obtain"
    );
    assert_eq!(
        prereq(day_before(date(y, m, d))),
        (Prerequisite::AtEntry, vec![Reason::PrereqBacPending])
    );
    assert_eq!(
        prereq(date(y, m, d)),
        (Prerequisite::Met, vec![Reason::PrereqBac])
    );
}

#[test]
fn someone_taking_next_years_bac_cannot_aim_at_this_september() {
    let y = y();
    let (m, d) = rules::BAC_HELD_FROM;
    // After the results, « je passe le bac » is next year's: off Parcoursup
    // after the orals, only the next intake.
    let today = date(y, m, d).max(day_after(cal().oral_ends));
    if today < start() {
        let p = on(today);
        assert_eq!(p.bac_session_year(), y + 1);
        let a = answers(&format!("diplome=terminale&situation=autre&{REST}"), &p);
        let j = rules::joinable(&a, &p).expect("route known");
        assert_eq!((j.first, j.choice), (y + 1, None));
    }
    // Before the results, a pupil taking this year's bac may aim at this
    // September off Parcoursup.
    let p = on(day_after(cal().oral_ends));
    if p.bac_session_year() == y {
        let a = answers(&format!("diplome=terminale&situation=autre&{REST}"), &p);
        let j = rules::joinable(&a, &p).expect("route known");
        assert_eq!((j.first, j.choice), (y, Some(IntakeChoice::PlacesLeft)));
    }
}

#[test]
fn with_last_years_data_the_next_step_never_says_to_wait_while_registrations_probably_run() {
    let y = y();
    let c = cal();
    let phase = |today: Date, route: &str, rentree: Option<u16>| case(today, route, rentree).3;
    assert_eq!(
        phase(
            day_before(c.registration_opens.years_later(1)),
            PARCOURSUP,
            None
        ),
        CalendarPhase::NotPublished,
        "before last year's opening day: when they opened"
    );
    for route in [PARCOURSUP, SITE, CONTACT] {
        assert_eq!(
            phase(c.registration_opens.years_later(1), route, None),
            CalendarPhase::ProbablyOpen,
            "{route}: registrations probably open"
        );
    }
    let after = day_after(c.oral_ends.years_later(1));
    assert_eq!(
        phase(after, SITE, Some(y + 1)),
        CalendarPhase::ProbablyClosed
    );
    let p = on(after);
    let a = assess(
        &answers(&format!("{SITE}&rentree={}&{REST}", y + 1), &p),
        &p,
    );
    assert_eq!(a.intake_year, y + 1);
    assert!(a.provisional);
    // Every outcome around it is for the same intake.
    assert_eq!(
        a.value_of(OutcomeKind::Route).map(|v| v.id()),
        Some("site"),
        "the route is the situation's"
    );
}

/// "What would change this" stays within the intake assessed: on the day
/// after the last oral, a CDI of 35 h who chose this September (places
/// left) is not told that under 24 h they would go through Parcoursup,
/// closed for it since March; choosing the next September, they are.
/// Between the Parcoursup close and the orals, the same holds for a site
/// candidate, while one registered on Parcoursup keeps the site line.
#[test]
fn a_change_line_never_leads_to_another_intake() {
    let y = y();
    let keys = |today: Date, q: &str| -> Vec<String> {
        let p = on(today);
        rules::changes(&answers(q, &p), &p)
            .iter()
            .map(content::change_key)
            .collect()
    };
    let parcoursup = "change.route.heures.parcoursup".to_string();
    let after_orals = day_after(cal().oral_ends);
    let places = keys(after_orals, &format!("{SITE}&rentree={y}&{REST}"));
    assert!(!places.contains(&parcoursup), "{places:?}");
    // 24 h: the admission service, off Parcoursup too, for this September.
    assert!(
        places.contains(&"change.funding.heures.region".to_string()),
        "{places:?}"
    );
    let next = keys(after_orals, &format!("{SITE}&rentree={}&{REST}", y + 1));
    assert!(next.contains(&parcoursup), "{next:?}");
    let closed = day_after(cal().parcoursup_closes);
    let site = keys(closed, &format!("{SITE}&{REST}"));
    assert!(!site.contains(&parcoursup), "{site:?}");
    let registered = keys(
        closed,
        &format!("diplome=titre4&annee_bac=aucun&situation=cdi&heures=20&rentree={y}&{REST}"),
    );
    assert!(
        registered.contains(&"change.route.heures.site".to_string()),
        "{registered:?}"
    );
    let open = keys(cal().registration_opens, &format!("{SITE}&{REST}"));
    assert!(open.contains(&parcoursup), "{open:?}");
}

/// The calendar's « il reste peut-être des places pour septembre Y », shown
/// off Parcoursup to a person assessed for the next September, says which
/// September the result itself is for.
#[test]
fn the_earlier_intakes_places_line_names_the_intake_assessed() {
    let y = y();
    let p = on(day_after(cal().oral_ends));
    let a = answers(&format!("{SITE}&rentree={}&{REST}", y + 1), &p);
    let p = p.for_answers(&a);
    assert_eq!(p.intake_year, y + 1);
    for (lang, month) in [
        (content::Lang::Fr, "septembre"),
        (content::Lang::En, "September"),
    ] {
        let tr = content::Tr::new(lang, p);
        let line = content::text_by_key(&tr, "calendar.site_places").expect("a text");
        assert!(
            line.contains(&format!("{month} {y}")) && line.contains(&format!("{month} {}", y + 1)),
            "{line}"
        );
    }
}

/// The funding reason of a pupil taking the bac names the bac's own year
/// and the intake's: between the last oral and the results, a pupil on
/// Parcoursup is assessed for next September with this year's bac.
#[test]
fn the_bac_being_taken_is_named_by_its_own_year() {
    let y = y();
    let p = on(day_after(cal().oral_ends));
    assert_eq!(p.bac_session_year(), y, "the orals end before the results");
    let a = answers(
        "diplome=terminale&situation=lyceen&interruption=oui&contrat=aucun&blocs=aucun",
        &p,
    );
    let r = assess(&a, &p);
    assert_eq!(r.intake_year, y + 1);
    assert_eq!(
        r.funding.map(|o| o.reasons),
        Some(vec![Reason::FundingRegionBacExpected])
    );
    let p = p.for_answers(&a);
    let said = |lang| {
        content::Tr::new(lang, p)
            .reason(Reason::FundingRegionBacExpected)
            .text
    };
    let fr = said(content::Lang::Fr);
    assert!(
        fr.contains(&format!("obtenu en {y} ")) && fr.contains(&format!("rentrée {}", y + 1)),
        "{fr}"
    );
    let en = said(content::Lang::En);
    assert!(
        en.contains(&format!("passed in {y} ")) && en.contains(&format!("{} intake", y + 1)),
        "{en}"
    );
    // Without a diploma, the line offering the bac names the one being
    // taken, as the diploma question does.
    let p = on(day_after(cal().oral_ends));
    let none = answers(
        "diplome=aucun&vapp=non&situation=lyceen&interruption=oui&france_travail=non&contrat=aucun&blocs=aucun",
        &p,
    );
    let line = rules::changes(&none, &p)
        .into_iter()
        .find(|c| content::change_key(c) == "change.prerequisite.diplome.at_entry")
        .expect("the bac is offered");
    let tr = content::Tr::new(content::Lang::Fr, p.for_answers(&none));
    assert!(
        tr.change(&line).contains(&format!("bac en {y},")),
        "{}",
        tr.change(&line)
    );
}
