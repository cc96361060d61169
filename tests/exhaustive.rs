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

/// "Question N, at most M more": on every path, with every sample answer
/// (each option, the years and hours at and around each threshold), the
/// questions the flow says may be left are never fewer than those it then
/// asks, and one answer later never more than one fewer than before
/// (the number shown never grows).
#[test]
fn the_questions_left_are_never_underestimated_and_never_grow() {
    use deass_eligibility::flow::most_left;
    /// Checks the states below `a`; returns the longest path below it.
    fn check(a: &rules::Answers, p: &Params, states: &mut usize) -> usize {
        *states += 1;
        let most = most_left(a, p);
        let Some(&q) = rules::missing(a, p).first() else {
            assert_eq!(most, 0, "{a:?}");
            return 0;
        };
        let mut longest = 0;
        for v in samples::values(q, p) {
            let next = rules::pruned(&a.merged(q, &v), p);
            if !next.is_answered(q) {
                continue;
            }
            let after = most_left(&next, p);
            assert!(
                after < most,
                "{after} left after answering {q} with {v:?}, {most} before: {a:?}"
            );
            longest = longest.max(1 + check(&next, p, states));
        }
        assert!(most >= longest, "{most} said, {longest} asked: {a:?}");
        longest
    }
    for today in invariants::days(&content::FACTS) {
        let p = content::params(today);
        let mut states = 0;
        let longest = check(&rules::Answers::default(), &p, &mut states);
        assert!(
            states > 3000 && longest >= 7,
            "{today:?}: {states} {longest}"
        );
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
