//! Walks every path the questionnaire can take (with representative hours,
//! years and bloc sets) and checks the engine's invariants on each.

mod common;
use common::params;
use deass_eligibility::content;
use deass_eligibility::rules::{
    self, assess, Answers, Bloc, Blocs, Contrat, Diplome, DiplomeBloc, Funding, Hours, Params,
    Question, Situation,
};
use std::io::Write as _;

/// Every value tried for a question.
pub fn values(q: Question, p: &Params) -> Vec<Answers> {
    let y = p.intake_year;
    let b =
        |s: &[(DiplomeBloc, u8)]| Blocs::from_iter(s.iter().filter_map(|&(d, n)| Bloc::new(d, n)));
    let one = |f: &dyn Fn(&mut Answers)| {
        let mut a = Answers::default();
        f(&mut a);
        a
    };
    use DiplomeBloc::*;
    match q {
        Question::Diplome => Diplome::ALL
            .iter()
            .map(|&d| one(&|a| a.diplome = Some(d)))
            .collect(),
        Question::AnneeBac => [1950, y - 4, y - 3, y]
            .iter()
            .map(|&v| one(&|a| a.annee_bac = Some(v)))
            .collect(),
        Question::Situation => Situation::ALL
            .iter()
            .map(|&s| one(&|a| a.situation = Some(s)))
            .collect(),
        Question::Heures => [1, 1000, 2399, 2400, 2401, 3500, 4800]
            .iter()
            .filter_map(|&h| Hours::from_hundredths(h))
            .map(|h| one(&|a| a.heures = Some(h)))
            .collect(),
        Question::Contrat => Contrat::ALL
            .iter()
            .map(|&c| one(&|a| a.contrat = Some(c)))
            .collect(),
        Question::Vapp => [true, false]
            .iter()
            .map(|&v| one(&|a| a.vapp = Some(v)))
            .collect(),
        Question::Interruption => [true, false]
            .iter()
            .map(|&v| one(&|a| a.interruption = Some(v)))
            .collect(),
        Question::FranceTravail => [true, false]
            .iter()
            .map(|&v| one(&|a| a.france_travail = Some(v)))
            .collect(),
        Question::Blocs => [
            b(&[]),
            b(&[(Ass, 1)]),
            b(&[(Es, 1)]),
            b(&[(Ets, 2)]),
            b(&[(Eje, 3)]),
            b(&[(Ass, 3), (Es, 3)]),
            b(&[(Eje, 4), (Cesf, 3)]),
            b(&[(Ass, 1), (Ass, 2), (Ass, 3), (Ass, 4)]),
            Blocs::from_iter(Bloc::all()),
        ]
        .iter()
        .map(|&v| one(&|a| a.blocs = Some(v)))
        .collect(),
    }
}

fn merge(base: &Answers, q: Question, from: &Answers) -> Answers {
    let mut a = *base;
    match q {
        Question::Diplome => a.diplome = from.diplome,
        Question::AnneeBac => a.annee_bac = from.annee_bac,
        Question::Vapp => a.vapp = from.vapp,
        Question::Situation => a.situation = from.situation,
        Question::Heures => a.heures = from.heures,
        Question::Interruption => a.interruption = from.interruption,
        Question::Contrat => a.contrat = from.contrat,
        Question::FranceTravail => a.france_travail = from.france_travail,
        Question::Blocs => a.blocs = from.blocs,
    }
    a
}

/// Depth-first over the flow: answer the first missing question every way.
fn walk(a: &Answers, p: &Params, visit: &mut dyn FnMut(&Answers, bool)) {
    let missing = rules::missing(a, p);
    visit(a, missing.is_empty());
    if let Some(&q) = missing.first() {
        for v in values(q, p) {
            walk(&merge(a, q, &v), p, visit);
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
        let vals = values(q, &p);
        let mut next = Vec::with_capacity(states.len() * (vals.len().min(3) + 1));
        for s in &states {
            next.push(*s);
            for v in vals.iter().take(3) {
                next.push(merge(s, q, v));
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
