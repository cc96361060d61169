//! Walks every path the questionnaire can take with every sample value
//! (`rules::samples`: each option, and the hours, years and bloc sets at and
//! around each threshold) and checks the engine's invariants on each.

mod common;
use common::params;
use deass_eligibility::content;
use deass_eligibility::rules::{
    self, assess,
    samples::{self, Tier},
    CalendarPhase, Certainty, Contrat, Funding, OutcomeKind, Params, Question, Route, Verdict,
};
use std::io::Write as _;

fn has_text(key: &str) -> bool {
    content::raw_by_key(content::Lang::Fr, key).is_some_and(|s| !s.trim().is_empty())
}

/// Dates spread over the year, from the data: while registrations are
/// open; after the Parcoursup close (two intakes on Parcoursup); after the
/// last oral (two intakes off it); after the start (the next intake,
/// provisional); and, with the data never updated, in January and on the
/// day last year's registrations opened.
fn days() -> Vec<rules::Date> {
    let y = content::FACTS.intake.year;
    let c = content::session().calendar;
    let day_after = common::day_after;
    vec![
        params().today,
        day_after(c.parcoursup_closes),
        day_after(c.oral_ends),
        common::date(y, 11, 23),
        common::date(y + 1, 1, 10),
        c.registration_opens.years_later(1),
        day_after(c.oral_ends.years_later(1)),
    ]
}

#[test]
fn every_reachable_path_keeps_the_invariants() {
    for today in days() {
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
    for today in days() {
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
    let p = *p;
    let (mut complete, mut partial) = (0usize, 0usize);
    samples::walk(&p, Tier::All, &mut |a, done| {
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
        // Every provisional assessment says so, and names its intake: the
        // one the texts follow too.
        let pa = p.for_answers(a);
        assert_eq!(r.intake_year, pa.intake_year, "{a:?}");
        assert_eq!(r.provisional, pa.provisional(), "{a:?}");
        assert_eq!(
            matches!(
                r.calendar,
                CalendarPhase::NotPublished
                    | CalendarPhase::ProbablyOpen
                    | CalendarPhase::ProbablyClosed
            ),
            r.provisional,
            "the calendar is not published exactly when provisional"
        );
        // `rentree` is asked exactly when two intakes are open, and the
        // intake assessed is one of those open to the person.
        let joinable = rules::joinable(a, &p);
        let two = joinable.is_some_and(|j| j.options().len() == 2);
        assert_eq!(rules::relevant(Question::Rentree, a, &p), two, "{a:?}");
        if let Some(j) = joinable {
            // One open to them, or the one after (a counsellor's link).
            assert!(j.accepts(r.intake_year), "{a:?} {j:?}");
            if a.rentree.is_none() {
                assert_eq!(r.intake_year, j.first, "{a:?}");
            }
            if done && two {
                assert_eq!(a.rentree.map(|y| y.year()), Some(r.intake_year));
            }
        }
        // Exactly one certainty per outcome, and a route left to the
        // admission service is never presented as settled.
        assert_eq!(r.outcomes().len(), r.conclusions().len());
        for (kind, value, _, certainty) in r.outcomes() {
            if value == Verdict::Route(Route::Contact) {
                assert!(!certainty.is_sure(), "contact is always to_confirm: {a:?}");
            }
            if let Certainty::ToConfirm(c) = certainty {
                assert!(has_text(&format!("confirm.{c}")), "no text for confirm.{c}");
            }
            // A value left to confirm is worded as such (`hedged`).
            let hedged = if certainty.is_sure() { "" } else { "hedged." };
            assert!(
                has_text(&format!("outcome.{kind}.{hedged}{value}")),
                "no verdict text for {kind}={value} ({certainty:?})"
            );
        }
        for (kind, _, reasons) in r.conclusions() {
            assert!(!reasons.is_empty(), "{kind} without a reason: {a:?}");
            for reason in reasons {
                let c = content::Tr::new(content::Lang::Fr, p).reason(*reason);
                assert!(
                    !c.text.starts_with('[')
                        && !c.source.title.starts_with('[')
                        && !c.source.short.starts_with('[')
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
                has_text(&content::change_key(&change)),
                "no text for {}",
                content::change_key(&change)
            );
            assert!(a.is_answered(change.question));
            // Only what a person can still change: never the bac year,
            // past studies, the situation or the diploma held (except, for
            // the prerequisite itself, a diploma still to obtain).
            assert!(
                matches!(
                    change.question,
                    Question::Contrat
                        | Question::FranceTravail
                        | Question::Heures
                        | Question::Blocs
                        | Question::Vapp
                ) || (change.question == Question::Diplome
                    && change.kind() == OutcomeKind::Prerequisite),
                "{change:?} is not something one can change: {a:?}"
            );
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
