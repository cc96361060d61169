//! The yearly update needs no Rust change: built against next year's facts
//! (`tests/fixtures/rentree-2027/donnees.toml`, every date shifted by a year),
//! the bac-recency boundary, the accepted bac years, the calendar phases and
//! the texts all move with the content file.
//!
//! Run by `scripts/test.sh` (stage "yearly update") as
//! `DEASS_CONTENT_DIR=tests/fixtures/rentree-2027 cargo test --target-dir target/rentree-2027 --test rentree_2027`.
//! Built against another content (a plain `cargo test`), each test returns
//! early with a note, so the ordinary run stays green.

use deass_eligibility::content::{self, FACTS};
use deass_eligibility::link;
use deass_eligibility::rules::{self, assess, CalendarPhase, Date, OutcomeKind};

const FIXTURE_YEAR: u16 = 2027;

/// True when this build carries the 2027 fixture; otherwise says why the test does nothing.
fn fixture_built() -> bool {
    if FACTS.intake_year == FIXTURE_YEAR {
        return true;
    }
    eprintln!(
        "note: built with intake year {}, not {FIXTURE_YEAR}: nothing checked here. Run \
         `DEASS_CONTENT_DIR=tests/fixtures/rentree-2027 cargo test --target-dir target/rentree-2027 --test rentree_2027`.",
        FACTS.intake_year
    );
    false
}

/// The parameters of the 2027 intake on `today`.
fn on(year: u16, month: u8, day: u8) -> rules::Params {
    content::params(Date::new(year, month, day))
}

/// Funding outcome and its reason ids for a bac holder in a 35 h CDI (no other
/// funding criterion), the bac obtained in `bac_year`.
fn funding_for_bac(bac_year: u16) -> (&'static str, Vec<&'static str>) {
    let p = on(2027, 2, 1);
    let query = format!(
        "diplome=bac&annee_bac={bac_year}&situation=cdi&heures=35&contrat=aucun&france_travail=non&blocs=aucun"
    );
    let parsed = link::parse(&query, p.intake_year);
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
    if !fixture_built() {
        return;
    }
    assert_eq!(FACTS.intake_start, Date::new(2027, 9, 1));
    assert_eq!(FACTS.calendar.registration_opens, Date::new(2027, 1, 19));
    assert_eq!(FACTS.page_updated, Date::new(2026, 11, 27));
}

#[test]
fn the_bac_recency_boundary_moves_with_the_intake_year() {
    if !fixture_built() {
        return;
    }
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
}

#[test]
fn the_bac_year_accepted_in_links_moves_too() {
    if !fixture_built() {
        return;
    }
    let p = link::parse("diplome=bac&annee_bac=2027", FACTS.intake_year);
    assert!(
        p.errors.is_empty(),
        "2027 is a valid bac year: {:?}",
        p.errors
    );
    let p = link::parse("diplome=bac&annee_bac=2028", FACTS.intake_year);
    assert!(
        !p.errors.is_empty(),
        "2028 is after the intake year: refused"
    );
}

#[test]
fn the_calendar_phases_move_with_the_dates() {
    if !fixture_built() {
        return;
    }
    let phase = |y, m, d| rules::calendar_phase(&on(y, m, d));
    assert_eq!(phase(2026, 11, 22), CalendarPhase::BeforeOpening);
    assert_eq!(phase(2027, 1, 18), CalendarPhase::BeforeOpening);
    assert_eq!(phase(2027, 2, 1), CalendarPhase::Open);
    assert_eq!(phase(2027, 3, 12), CalendarPhase::Open);
    assert_eq!(phase(2027, 4, 1), CalendarPhase::Closed);
    assert_eq!(phase(2027, 4, 28), CalendarPhase::Closed);
    assert_eq!(phase(2027, 11, 22), CalendarPhase::Over);
}

#[test]
fn the_texts_name_the_2027_intake() {
    if !fixture_built() {
        return;
    }
    let lead = content::t("start.lead");
    assert!(lead.contains("2027"), "start.lead: {lead}");
    assert!(!lead.contains("2026"), "start.lead: {lead}");
    let over = content::t("calendar.over");
    assert!(
        over.contains("2027") && over.contains("2028"),
        "calendar.over: {over}"
    );
}
