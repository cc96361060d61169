//! The yearly update needs no Rust change: with next year's facts
//! (`tests/fixtures/rentree-2027/donnees.toml`, every date shifted by a year)
//! the intake assessed, the bac-recency boundary, the accepted bac years, the
//! calendar phases and the texts all move.
//!
//! The pure engine takes the published session as a value, so these tests
//! read the fixture at test time and always run, whatever content the crate
//! was built with; none depends on a build flag. `scripts/test.sh` (stage
//! "yearly update") also builds the whole crate against the fixture
//! (`DEASS_CONTENT_DIR=tests/fixtures/rentree-2027`): there the last test
//! checks that the compiled facts are the fixture's (in a plain build, that
//! they are `content/donnees.toml`'s), and the rule table and the golden
//! table run against them.

#![cfg(not(target_arch = "wasm32"))]

use deass_eligibility::content::{self, FACTS};
use deass_eligibility::link::Link;
use deass_eligibility::rules::{self, assess, CalendarPhase, Date, OutcomeKind, Params, Session};

const FIXTURE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/fixtures/rentree-2027/donnees.toml"
);

/// The fixture's session, read and checked by the same model as the build
/// script reads `content/` with (`content::model`).
fn fixture() -> Session {
    content::session_of(&read_facts(std::path::Path::new(FIXTURE)))
}

/// A facts file (`donnees.toml`), read and checked as the build reads it.
fn read_facts(path: &std::path::Path) -> content::model::Facts {
    let src = std::fs::read_to_string(path)
        .unwrap_or_else(|e| panic!("{} is readable: {e}", path.display()));
    content::model::Facts::from_toml(&path.display().to_string(), &src)
        .unwrap_or_else(|e| panic!("{e}"))
}

/// A text of the language files, in French, for a visitor on that day.
fn text(key: &str, p: &Params) -> String {
    content::text_by_key(&content::Tr::new(content::Lang::Fr, *p), key)
        .unwrap_or_else(|| panic!("no text {key}"))
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
    (
        a.value_of(OutcomeKind::Funding).map_or("?", |v| v.id()),
        reasons,
    )
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
    assert_eq!(after.published_year(), 2027);
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
        (funding, reasons.as_slice()),
        ("region", ["funding_region_bac_four_years"].as_slice()),
        "a bac from 2023 is on the boundary in 2027 (to confirm)"
    );
    let (funding, reasons) = funding_for_bac(2022);
    assert_eq!(
        funding, "continuing",
        "a bac from 2022 is too old in 2027: {reasons:?}"
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
    let lead = text("result.lead", &on(2027, 2, 1));
    assert!(
        lead.contains("2027") && !lead.contains("2026"),
        "result.lead: {lead}"
    );
    let later = on(2027, 11, 22);
    let not_published = text("calendar.phase.not_published", &later);
    assert!(
        not_published.contains("2027") && not_published.contains("2028"),
        "calendar.phase.not_published: {not_published}"
    );
    let provisional = text("result.provisional", &later);
    assert!(
        provisional.contains("session 2027"),
        "result.provisional: {provisional}"
    );
    let next = text("next.not_published.parcoursup", &later);
    assert!(
        next.contains("2028") && next.contains("2027"),
        "next step: {next}"
    );
}

/// The compiled facts are those of the content folder the build read:
/// `content/`, or the fixture when built with
/// `DEASS_CONTENT_DIR=tests/fixtures/rentree-2027` (the CI stage). Either way
/// the file is read here and compared, field by field.
#[test]
fn the_compiled_facts_are_those_of_the_folder_built_from() {
    let dir = option_env!("DEASS_CONTENT_DIR").unwrap_or("content");
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join(dir)
        .join("donnees.toml");
    assert_eq!(FACTS, read_facts(&path), "{}", path.display());
}
