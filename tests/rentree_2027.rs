//! The yearly update needs no Rust change: with next year's facts
//! (`tests/fixtures/rentree-2027/donnees.toml`, every date shifted by a year)
//! the intake assessed, the bac-recency boundary, the accepted bac years, the
//! calendar phases and the texts all move.
//!
//! The pure engine takes the published session as a value, so these tests
//! read the fixture at test time and always run. `scripts/test.sh` (stage
//! "yearly update") also builds the whole crate against the fixture
//! (`DEASS_CONTENT_DIR=tests/fixtures/rentree-2027`), which checks that the
//! compiled facts are the fixture's, and runs the rule table and the golden
//! table against them.

#![cfg(not(target_arch = "wasm32"))]

use deass_eligibility::content::{self, FACTS};
use deass_eligibility::link::Link;
use deass_eligibility::rules::{
    self, assess, Calendar, CalendarPhase, Date, OutcomeKind, Params, Session,
};

const FIXTURE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/fixtures/rentree-2027/donnees.toml"
);

/// The fixture's session, read from the file as the build script reads it.
fn fixture() -> Session {
    let src = std::fs::read_to_string(FIXTURE).expect("the 2027 fixture is readable");
    let t: toml::Table = toml::from_str(&src).expect("the 2027 fixture is valid TOML");
    let date = |table: &str, key: &str| {
        let d = t[table][key]
            .as_datetime()
            .and_then(|d| d.date)
            .unwrap_or_else(|| panic!("{table}.{key} is a date"));
        Date::new(d.year, d.month, d.day)
    };
    let int = |v: &toml::Value| u32::try_from(v.as_integer().expect("a number")).expect("positive");
    let hours: Vec<u32> = t["training"]["bloc_hours"]
        .as_array()
        .expect("bloc_hours is a list")
        .iter()
        .map(int)
        .collect();
    Session {
        intake_year: u16::try_from(int(&t["intake"]["year"])).expect("a year"),
        calendar: Calendar {
            registration_opens: date("calendar", "registration_opens"),
            parcoursup_closes: date("calendar", "parcoursup_closes"),
            file_deadline: date("calendar", "file_deadline"),
            oral_starts: date("calendar", "oral_starts"),
            oral_ends: date("calendar", "oral_ends"),
        },
        bloc_hours: [hours[0], hours[1], hours[2], hours[3]],
        centre_hours: int(&t["training"]["centre_hours"]),
    }
}

/// The parameters of a visitor on `today`, with the 2027 facts published.
fn on(year: u16, month: u8, day: u8) -> Params {
    Params::new(&fixture(), Date::new(year, month, day))
}

/// Funding outcome and its reason ids for a bac holder in a 35 h CDI (no other
/// funding criterion), the bac obtained in `bac_year`.
fn funding_for_bac(bac_year: u16) -> (&'static str, Vec<&'static str>) {
    let p = on(2027, 2, 1);
    let query = format!(
        "diplome=bac&annee_bac={bac_year}&situation=cdi&heures=35&contrat=aucun&france_travail=non&blocs=aucun"
    );
    let parsed = Link::parse(&query, p.bac_year_max());
    assert!(parsed.errors.is_empty(), "{query}: {:?}", parsed.errors);
    let a = assess(&parsed.answers, &p);
    assert!(a.missing.is_empty(), "{query} still misses {:?}", a.missing);
    let reasons = a
        .conclusions()
        .into_iter()
        .find(|(kind, _, _)| *kind == OutcomeKind::Funding)
        .map(|(_, _, reasons)| reasons.iter().map(|r| r.id()).collect())
        .unwrap_or_default();
    (a.value_of(OutcomeKind::Funding).unwrap_or("?"), reasons)
}

#[test]
fn the_fixture_is_the_2027_intake() {
    let s = fixture();
    assert_eq!(s.intake_year, 2027);
    assert_eq!(s.calendar.registration_opens, Date::new(2027, 1, 19));
    assert_eq!(s.calendar.oral_ends, Date::new(2027, 4, 28));
}

#[test]
fn the_intake_assessed_moves_with_the_published_session() {
    // With the 2027 session published, today (23 November 2026) is before
    // its orals: the 2027 intake, no longer provisional.
    let today = on(2026, 11, 23);
    assert_eq!((today.intake_year, today.provisional()), (2027, false));
    // After the fixture's last oral: intake 2028, provisional.
    let after = on(2027, 4, 29);
    assert_eq!((after.intake_year, after.provisional()), (2028, true));
    assert_eq!(after.published_year, 2027);
    let a = assess(&Default::default(), &on(2027, 11, 22));
    assert_eq!((a.intake_year, a.provisional), (2028, true));
}

#[test]
fn the_bac_recency_boundary_moves_with_the_intake_year() {
    assert_eq!(on(2027, 2, 1).bac_recent_from(), 2024);
    let (funding, reasons) = funding_for_bac(2024);
    assert_eq!(
        funding, "region",
        "a bac from 2024 is less than 4 years old in 2027"
    );
    assert!(
        reasons.contains(&"funding_region_bac_recent"),
        "{reasons:?}"
    );
    let (funding, reasons) = funding_for_bac(2023);
    assert_eq!(
        funding, "continuing",
        "a bac from 2023 is too old in 2027: {reasons:?}"
    );
    // Provisionally, for 2028.
    assert_eq!(on(2027, 11, 22).bac_recent_from(), 2025);
}

#[test]
fn the_bac_year_accepted_in_links_moves_too() {
    let max = on(2027, 2, 1).bac_year_max();
    let p = Link::parse("diplome=bac&annee_bac=2027", max);
    assert!(
        p.errors.is_empty(),
        "2027 is a valid bac year in 2027: {:?}",
        p.errors
    );
    let p = Link::parse("diplome=bac&annee_bac=2028", max);
    assert!(!p.errors.is_empty(), "2028 is after this year: refused");
}

#[test]
fn the_calendar_phases_move_with_the_dates() {
    let phase = |y, m, d| rules::calendar_phase(&on(y, m, d));
    assert_eq!(phase(2026, 11, 22), CalendarPhase::BeforeOpening);
    assert_eq!(phase(2027, 1, 18), CalendarPhase::BeforeOpening);
    assert_eq!(phase(2027, 2, 1), CalendarPhase::Open);
    assert_eq!(phase(2027, 3, 12), CalendarPhase::Open);
    assert_eq!(phase(2027, 4, 1), CalendarPhase::Closed);
    assert_eq!(phase(2027, 4, 28), CalendarPhase::Closed);
    assert_eq!(phase(2027, 11, 22), CalendarPhase::NotPublished);
}

#[test]
fn the_texts_name_the_intake_assessed() {
    let lead = content::tp("result.lead", &on(2027, 2, 1));
    assert!(
        lead.contains("2027") && !lead.contains("2026"),
        "result.lead: {lead}"
    );
    let later = on(2027, 11, 22);
    let not_published = content::tp("calendar.not_published", &later);
    assert!(
        not_published.contains("2027") && not_published.contains("2028"),
        "calendar.not_published: {not_published}"
    );
    let provisional = content::tp("result.provisional", &later);
    assert!(
        provisional.contains("session 2027"),
        "result.provisional: {provisional}"
    );
    let next = content::tp("next.not_published.parcoursup", &later);
    assert!(
        next.contains("2028") && next.contains("2027"),
        "next step: {next}"
    );
}

/// Built with `DEASS_CONTENT_DIR=tests/fixtures/rentree-2027` (the CI stage),
/// the compiled facts are the fixture's; a plain build carries `content/`.
#[test]
fn the_compiled_facts_are_the_fixture_when_built_with_it() {
    let built_with_fixture = std::env::var("DEASS_CONTENT_DIR")
        .is_ok_and(|d| d.trim_end_matches('/').ends_with("rentree-2027"));
    if built_with_fixture {
        assert_eq!(content::session(), fixture());
        assert_eq!(FACTS.intake_start, Date::new(2027, 9, 1));
    } else {
        assert_eq!(content::session().intake_year, FACTS.intake_year);
    }
}
