//! The yearly update's shared code (`content::update`, and the reading of
//! `donnees.toml` without a TOML parser that the update page uses): it
//! agrees with the build's own reading on every fixture, writes values into
//! the file's text keeping its comments, and gives the preview and the
//! summary the terminal tools print.

use deass_eligibility::content::model::{self, Facts};
use deass_eligibility::content::update::{self, FIELDS, SOURCE};
use deass_eligibility::content::FACTS;
use deass_eligibility::invariants;
use deass_eligibility::rules::Date;

fn fixture(path: &str) -> String {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(root.join(path)).expect("fixture readable")
}

const FIXTURES: [&str; 4] = [
    "content/donnees.toml",
    "tests/fixtures/mise-a-jour/donnees.toml",
    "tests/fixtures/rentree-2027/donnees.toml",
    "tests/fixtures/contenu-invalide/donnees.toml",
];

fn keys(r: &Result<Facts, Vec<model::Located>>) -> Vec<(Option<String>, Option<usize>)> {
    match r {
        Ok(_) => Vec::new(),
        Err(all) => all.iter().map(|e| (e.key.clone(), e.line)).collect(),
    }
}

#[test]
fn the_plain_reading_agrees_with_the_build_on_every_fixture() {
    for path in FIXTURES {
        let src = fixture(path);
        let build = Facts::read(path, &src);
        let plain = model::read_plain(path, &src);
        assert_eq!(
            build.as_ref().ok(),
            plain.as_ref().ok(),
            "{path}: the facts"
        );
        assert_eq!(
            keys(&build),
            keys(&plain),
            "{path}: the problems' keys and lines"
        );
    }
    // And on the usual slips, each named at its key with the same message.
    let src = fixture("content/donnees.toml");
    for (key, raw) in [
        ("calendar.oral_ends", "28/04/2026"),
        ("fees.continuing_cost", "27 666 €"),
        ("fees.admission", "\"158\""),
        ("contact.phone", "02 31"),
        ("intake.start", "2026-9-1"),
    ] {
        let edited = model::set_value(&src, key, raw);
        let build = Facts::read("donnees.toml", &edited).expect_err(raw);
        let plain = model::read_plain("donnees.toml", &edited).expect_err(raw);
        assert_eq!(build, plain, "{key} = {raw}");
        assert_eq!(plain[0].key.as_deref(), Some(key));
    }
}

#[test]
fn a_value_toml_refuses_is_refused_by_the_plain_reading_too() {
    let src = fixture("content/donnees.toml");
    for (key, raw) in [
        ("intake.places_initial", "035"),
        ("contact.place", "\"Hérouville \"Saint\"-Clair\""),
    ] {
        let edited = model::set_value(&src, key, raw);
        assert!(
            Facts::read("donnees.toml", &edited).is_err(),
            "{key} = {raw}: toml"
        );
        let plain = model::read_plain("donnees.toml", &edited).expect_err(raw);
        assert_eq!(plain[0].key.as_deref(), Some(key), "{plain:?}");
    }
}

#[test]
fn a_file_saved_with_a_bom_reads_as_without() {
    let src = fixture("content/donnees.toml");
    let bom = format!("\u{feff}{src}");
    assert_eq!(
        Facts::read("donnees.toml", &bom),
        Facts::read("donnees.toml", &src)
    );
    assert_eq!(
        model::read_plain("donnees.toml", &bom).ok(),
        Some(FACTS.clone())
    );
    assert_eq!(model::lint_facts("donnees.toml", &bom), Vec::new());
}

#[test]
fn the_form_values_written_into_the_published_file_give_the_fixture() {
    // What the update page does with the fixture's values typed in: the
    // values and their comments are the fixture's byte for byte, the
    // header is the published file's.
    let target = fixture("tests/fixtures/mise-a-jour/donnees.toml");
    let values: Vec<(&str, String)> = FIELDS
        .iter()
        .map(|f| (f.name, update::shown_value(&target, f)))
        .collect();
    let edited = update::edited(SOURCE, &values);
    let body = |s: &str| s[s.find("[intake]").unwrap_or(0)..].to_owned();
    assert_eq!(body(&edited), body(&target));
    assert!(edited.starts_with(&SOURCE[..SOURCE.find("[intake]").unwrap_or(0)]));
    let checked = update::check(&edited, Some(&FACTS));
    assert!(checked.errors.is_empty(), "{:?}", checked.errors);
    assert!(checked.ready(false), "the fixture needs no confirmation");
    // Every value the guide lists is in the form, each once.
    assert_eq!(FIELDS.len(), 15);
    for f in &FIELDS {
        assert_eq!(f.key.rsplit('.').next(), Some(f.name));
        assert!(model::value_of(SOURCE, f.key).is_some(), "{}", f.key);
    }
}

#[test]
fn a_longer_or_shorter_value_keeps_the_comment_in_its_column() {
    let src = "[fees]\nadmission = 158             # frais\r\nregistration = 196\n";
    let longer = model::set_value(src, "fees.admission", "15800");
    assert_eq!(
        longer,
        "[fees]\nadmission = 15800           # frais\r\nregistration = 196\n"
    );
    let shorter = model::set_value(src, "fees.registration", "19");
    assert!(shorter.ends_with("registration = 19\n"));
    assert_eq!(
        model::set_value(src, "fees.tuition", "1"),
        src,
        "no such line"
    );
}

#[test]
fn the_page_date_left_unchanged_is_refused_and_surprises_are_to_check() {
    // A next session whose calendar differs from the built one (in the
    // yearly-update rehearsal the built one is the update fixture itself).
    let target = [
        "tests/fixtures/mise-a-jour/donnees.toml",
        "tests/fixtures/rentree-2027/donnees.toml",
    ]
    .map(fixture)
    .into_iter()
    .find(|t| {
        model::value_of(t, "calendar.parcoursup_closes")
            != model::value_of(SOURCE, "calendar.parcoursup_closes")
    })
    .expect("a fixture with another calendar");
    let old_page = model::value_of(SOURCE, "intake.page_updated").expect("page_updated");
    let edited = model::set_value(&target, "intake.page_updated", &old_page);
    let c = update::check(&edited, Some(&FACTS));
    assert!(!c.ready(true));
    assert!(
        c.errors
            .iter()
            .any(|e| e.key.as_deref() == Some("intake.page_updated"))
            || c.refusals.iter().any(|(k, _)| *k == "intake.page_updated"),
        "page_updated named"
    );
    let tenfold = format!("{}0", FACTS.fees.admission);
    let c = update::check(
        &model::set_value(SOURCE, "fees.admission", &tenfold),
        Some(&FACTS),
    );
    assert_eq!(c.to_check(), 1);
    assert!(!c.ready(false) && c.ready(true));
}

#[test]
fn the_preview_shows_five_candidates_with_the_edited_dates() {
    let target = fixture("tests/fixtures/mise-a-jour/donnees.toml");
    let facts = model::read_plain("donnees.toml", &target).expect("the fixture reads");
    let day = facts.calendar.registration_opens;
    let p = update::preview(&facts, day);
    assert_eq!(p.candidates.len(), 5);
    assert_eq!(p.intake_year, facts.intake.year);
    let pupil = &p.candidates[0].told[0];
    assert_eq!(pupil.conclusions.len(), 4);
    let next = pupil.next.as_deref().unwrap_or("");
    let close = facts.calendar.parcoursup_closes;
    assert!(
        next.contains(&format!("{} ", close.day)) && next.contains(&close.year.to_string()),
        "the fixture's close date in {next}"
    );
}

#[test]
fn the_invariants_hold_on_the_update_fixture() {
    let target = fixture("tests/fixtures/mise-a-jour/donnees.toml");
    let facts = model::read_plain("donnees.toml", &target).expect("the fixture reads");
    let session = deass_eligibility::content::session_of(&facts);
    for day in invariants::days(&facts).into_iter().take(2) {
        let w = invariants::walk(&deass_eligibility::rules::Params::new(&session, day));
        assert!(w.problems.is_empty(), "{day:?}: {:?}", w.problems);
        assert!(w.complete > 3000);
    }
    assert_eq!(Date::new(2027, 2, 28).next_day(), Date::new(2027, 3, 1));
}
