//! Walks every path the questionnaire can take (with representative hours,
//! years and bloc sets) and checks the engine's invariants on each.

mod common;
use common::params;
use deass_eligibility::content;
use deass_eligibility::rules::{
    self, assess, samples, Answers, Contrat, Funding, Params, Question,
};
use std::io::Write as _;

/// Depth-first over the flow: answer the first missing question every way.
fn walk(a: &Answers, p: &Params, visit: &mut dyn FnMut(&Answers, bool)) {
    let missing = rules::missing(a, p);
    visit(a, missing.is_empty());
    if let Some(&q) = missing.first() {
        for v in samples::values(q, p) {
            walk(&a.merged(q, &v), p, visit);
        }
    }
}

fn has_text(key: &str) -> bool {
    content::raw(key).is_some_and(|s| !s.trim().is_empty())
}

#[test]
fn every_reachable_path_keeps_the_invariants() {
    let p = params();
    let (mut complete, mut partial) = (0usize, 0usize);
    walk(&Answers::default(), &p, &mut |a, done| {
        let r = assess(a, &p);
        // The missing list is in flow order, relevant and unanswered.
        assert!(r.missing.windows(2).all(|w| w[0] < w[1]), "{a:?}");
        for q in &r.missing {
            assert!(
                rules::relevant(*q, a, &p) && !a.is_answered(*q),
                "{a:?} {q}"
            );
        }
        let all_known = r.prerequisite.is_some()
            && r.route.is_some()
            && r.interview.is_some()
            && r.funding.is_some();
        assert_eq!(
            r.missing.is_empty(),
            all_known,
            "missing empty exactly when complete: {a:?}"
        );
        assert_eq!(r.is_complete(), done);
        for (kind, value, reasons) in r.conclusions() {
            assert!(!reasons.is_empty(), "{kind} without a reason: {a:?}");
            assert!(
                has_text(&format!("outcome.{kind}.{value}")),
                "no verdict text for {kind}={value}"
            );
            for reason in reasons {
                let c = content::reason(*reason);
                assert!(
                    !c.text.starts_with('[')
                        && !c.source.starts_with('[')
                        && !c.section.starts_with('['),
                    "{reason} lacks text or citation"
                );
            }
        }
        if !done {
            partial += 1;
            return;
        }
        complete += 1;
        let funding = r.funding.as_ref().map(|o| o.value);
        let signed = matches!(
            a.contrat,
            Some(Contrat::Apprentissage | Contrat::Professionnalisation)
        );
        assert_eq!(
            funding == Some(Funding::Employer),
            signed,
            "employer exactly when a contract is signed"
        );
        assert!(!r.costs.is_empty() && r.dispenses.is_some());
        for cost in &r.costs {
            assert!(has_text(&format!("cost.{cost}.label")), "cost {cost}");
        }
        for change in rules::changes(a, &p) {
            assert!(
                has_text(&change.content_key()),
                "no text for {}",
                change.content_key()
            );
            assert!(a.is_answered(change.question));
        }
    });
    let _ = writeln!(
        std::io::stderr(),
        "exhaustive: {complete} complete combinations and {partial} partial ones checked"
    );
    assert!(
        complete > 3000,
        "the walk should cover thousands of cases, got {complete}"
    );
}

#[test]
fn any_answers_at_all_never_panic_and_stay_consistent() {
    // Beyond the flow: every combination of present/absent answers over a
    // smaller value set, as a hand-edited link could give.
    let p = params();
    let mut n = 0usize;
    let mut states = vec![Answers::default()];
    for q in Question::ALL {
        let vals = samples::values(q, &p);
        let mut next = Vec::with_capacity(states.len() * (vals.len().min(3) + 1));
        for s in &states {
            next.push(*s);
            for v in vals.iter().take(3) {
                next.push(s.merged(q, v));
            }
        }
        states = next;
    }
    for a in &states {
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
