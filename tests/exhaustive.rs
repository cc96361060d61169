//! Walks every path the questionnaire can take with every sample value
//! (`rules::samples`: each option, and the hours, years and bloc sets at and
//! around each threshold) and checks the engine's invariants on each.

mod common;
use common::params;
use deass_eligibility::content;
use deass_eligibility::invariants;
use deass_eligibility::rules::{self, assess, samples, Params};
use std::io::Write as _;

#[test]
fn every_reachable_path_keeps_the_invariants() {
    // Dates spread over the year, from the data (`invariants::days`): while
    // registrations are open; after the Parcoursup close (two intakes on
    // Parcoursup); after the last oral (two intakes off it); after the start
    // (the next intake, provisional); and, with the data never updated, in
    // January and on the day last year's registrations opened. The checks
    // are `deass_eligibility::invariants` (the update page runs them too).
    assert_eq!(invariants::days(&content::FACTS)[0], params().today);
    for today in invariants::days(&content::FACTS) {
        walk_with_invariants(&content::params(today));
    }
}

fn walk_with_invariants(p: &Params) {
    let w = invariants::walk(p);
    assert!(
        w.problems.is_empty(),
        "broken invariants on {:?}:\n{}",
        p.today,
        w.problems.join("\n")
    );
    let _ = writeln!(
        std::io::stderr(),
        "exhaustive: {} complete combinations and {} partial ones checked",
        w.complete,
        w.partial
    );
    assert!(
        w.complete > 3000,
        "the walk should cover thousands of cases, got {}",
        w.complete
    );
}

#[test]
fn any_answers_at_all_never_panic_and_stay_consistent() {
    // Beyond the flow: every combination of present/absent answers over a
    // smaller value set (each question's first three samples), as a
    // hand-edited link could give.
    let p = params();
    let mut n = 0usize;
    for a in &samples::product(&p, 3) {
        let r = assess(a, &p);
        // Off the flow's paths a question may be missing although the four
        // outcomes are known (the bac year once a contract decides the
        // funding); the reverse never happens.
        if r.is_complete() {
            assert_eq!(r.conclusions().len(), 4, "{a:?}");
        }
        assert_eq!(
            r,
            assess(&rules::pruned(a, &p), &p),
            "pruning changes nothing"
        );
        n += 1;
    }
    let _ = writeln!(
        std::io::stderr(),
        "exhaustive: {n} arbitrary answer sets checked"
    );
}
