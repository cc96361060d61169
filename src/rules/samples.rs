//! Sample answers, for the tests, the engine benchmark and the update
//! page's invariants (feature `testing` or `mise-a-jour`; the candidates'
//! wasm is built without): the values of every question that they try,
//! by the question's form (each option; bac years, hours and bloc sets at
//! and around each threshold, [`of`]), and the walks over them. The golden
//! table (`tests/golden.rs`), the exhaustive test (`tests/exhaustive.rs`)
//! and the benchmark (`examples/sweep.rs`) walk the same cases: the golden
//! table the few `golden` ones, the others every one.

use super::parse::MIN_BAC_YEAR;
use super::DiplomeBloc::{Ass, Cesf, Eje, Es, Ets};
use super::{
    AnneeBac, Answers, Bloc, Blocs, Contrat, DiplomeBloc, Form, Hours, Params, Question, Rentree,
    Value,
};

/// The sample values of one question: `golden`, the few the golden table
/// walks, in its order; then `more`, which the exhaustive test and the
/// benchmark walk too.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Samples<T> {
    pub golden: Vec<T>,
    pub more: Vec<T>,
}

impl<T: Copy> Samples<T> {
    /// These samples and `more`, which only the exhaustive walks try.
    pub fn and(mut self, more: &[T]) -> Samples<T> {
        self.more.extend_from_slice(more);
        self
    }

    pub fn map<U>(self, f: impl Fn(T) -> U) -> Samples<U> {
        Samples {
            golden: self.golden.into_iter().map(&f).collect(),
            more: self.more.into_iter().map(&f).collect(),
        }
    }

    /// Every value: the golden ones, then the others.
    pub fn all(self) -> Vec<T> {
        let mut v = self.golden;
        v.extend(self.more);
        v
    }
}

/// Samples that the golden table walks (add others with [`Samples::and`]).
pub fn golden<T: Copy>(values: &[T]) -> Samples<T> {
    Samples {
        golden: values.to_vec(),
        more: Vec::new(),
    }
}

/// Weekly hours from hundredths (out of range ones are left out).
pub fn hours(hundredths: &[u32]) -> Vec<Hours> {
    hundredths
        .iter()
        .filter_map(|&h| Hours::from_hundredths(h))
        .collect()
}

/// A set of blocs, from (diploma, bloc number) pairs.
pub fn blocs(list: &[(DiplomeBloc, u8)]) -> Blocs {
    list.iter().filter_map(|&(d, n)| Bloc::new(d, n)).collect()
}

/// The sample values of question `q`, each as answers with only `q` set,
/// by the question's form: `golden(..)` the few the golden table walks
/// (every option of a choice, one value each side of each threshold),
/// `.and(..)` more for the exhaustive walk and the benchmark. A yes/no or
/// choice question needs nothing here; a new form does not compile until
/// it has its values.
pub fn of(q: Question, p: &Params) -> Samples<Answers> {
    let y = p.intake_year;
    let values = match q.form() {
        Form::Choice(ids) => options(q, ids),
        // Either side of the bac-recency boundary and on it (four years
        // before the intake: the page leaves it open), and none (a level-4
        // title alone; refused for a bac holder); then the earliest year
        // accepted and this year's bac (the latest).
        Form::Year => golden(&[
            AnneeBac::Obtenu(y - 3),
            AnneeBac::Obtenu(y - 4),
            AnneeBac::Obtenu(y - 5),
            AnneeBac::Aucun,
        ])
        .and(&[
            AnneeBac::Obtenu(MIN_BAC_YEAR),
            AnneeBac::Obtenu(p.bac_year_max()),
        ])
        .map(Value::Year),
        // Either side of the 24 h threshold and on it; then the bounds, a
        // hundredth either side of the threshold, and the overview's public
        // CDI hours (20 and 35).
        Form::Hours => golden(&Hours::AROUND_24)
            .and(&hours(&[1, 2000, 2399, 2401, 3500, 4800]))
            .map(Value::Hours),
        // The current intake and the two after it.
        Form::Intake => {
            let (t, _) = p.timing();
            golden(&[Rentree(t), Rentree(t + 1)])
                .and(&[Rentree(t + 2)])
                .map(Value::Intake)
        }
        Form::Blocs => bloc_sets().map(Value::Blocs),
    };
    values.map(|v| {
        let mut a = Answers::default();
        a.set(q, v);
        a
    })
}

/// Every option of a choice question, in its order; the golden table walks
/// them all but the second contract: the two contracts conclude alike, it
/// walks one.
fn options(q: Question, ids: &[&str]) -> Samples<Value> {
    let walked_once = |id: &str| q == Question::Contrat && id == Contrat::Professionnalisation.id();
    let (more, golden): (Vec<_>, Vec<_>) =
        ids.iter().enumerate().partition(|(_, id)| walked_once(id));
    let choices = |v: Vec<(usize, _)>| v.into_iter().map(|(i, _)| Value::Choice(i)).collect();
    Samples {
        golden: choices(golden),
        more: choices(more),
    }
}

/// None, and one of another diploma (the interview exemption); then a bloc
/// of each diploma, several, and all of them.
fn bloc_sets() -> Samples<Blocs> {
    golden(&[Blocs::NONE, blocs(&[(Es, 3)])]).and(&[
        blocs(&[(Ass, 1)]),
        blocs(&[(Es, 1)]),
        blocs(&[(Ets, 2)]),
        blocs(&[(Eje, 3)]),
        blocs(&[(Ass, 3), (Es, 3)]),
        blocs(&[(Eje, 4), (Cesf, 3)]),
        blocs(&[(Ass, 1), (Ass, 2), (Ass, 3), (Ass, 4)]),
        Blocs::from_iter(Bloc::all()),
    ])
}

/// Which of a question's sample values a walk tries.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tier {
    /// The few the golden table walks.
    Golden,
    /// Every one.
    All,
}

/// The values of `tier` tried for question `q`, each as answers with only
/// `q` set.
pub fn tier_values(q: Question, p: &Params, tier: Tier) -> Vec<Answers> {
    let samples = of(q, p);
    match tier {
        Tier::Golden => samples.golden,
        Tier::All => samples.all(),
    }
}

/// Every value tried for question `q`, each as answers with only `q` set.
pub fn values(q: Question, p: &Params) -> Vec<Answers> {
    tier_values(q, p, Tier::All)
}

/// Depth-first over the questionnaire's paths, as the flow asks: from no
/// answer, the first missing question is answered with each of its values
/// of `tier`, and so on. `visit` sees every state reached, and whether it
/// is complete (nothing missing). A value that an earlier answer
/// contradicts (no bac year for a bac holder) is dropped by the rules and
/// refused by the link parser: it leads nowhere.
pub fn walk(p: &Params, tier: Tier, visit: &mut dyn FnMut(&Answers, bool)) {
    fn go(a: &Answers, p: &Params, tier: Tier, visit: &mut dyn FnMut(&Answers, bool)) {
        let missing = super::missing(a, p);
        visit(a, missing.is_empty());
        if let Some(&q) = missing.first() {
            for v in tier_values(q, p, tier) {
                let next = a.merged(q, &v);
                if super::pruned(&next, p).is_answered(q) {
                    go(&next, p, tier, visit);
                }
            }
        }
    }
    go(&Answers::default(), p, tier, visit);
}

/// Beyond the flow: every combination of each question unanswered or given
/// one of its first `per_question` values, relevant or not, as a
/// hand-edited link could give (the full product with `usize::MAX`).
pub fn product(p: &Params, per_question: usize) -> Vec<Answers> {
    let mut states = vec![Answers::default()];
    for q in Question::ALL {
        let values = values(q, p);
        let values = &values[..values.len().min(per_question)];
        let mut next = Vec::with_capacity(states.len() * (values.len() + 1));
        for s in &states {
            next.push(*s);
            next.extend(values.iter().map(|v| s.merged(q, v)));
        }
        states = next;
    }
    states
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::rules::{Calendar, Date, Session};

    /// The 2026 session, on a day its registrations are open.
    fn p() -> Params {
        let d = |m, day| Date::new(2026, m, day);
        let session = Session {
            intake_year: 2026,
            start: d(9, 1),
            calendar: Calendar {
                registration_opens: d(1, 19),
                parcoursup_closes: d(3, 12),
                file_deadline: d(4, 1),
                oral_starts: d(4, 22),
                oral_ends: d(4, 28),
            },
            bloc_hours: [504, 504, 252, 245],
            centre_hours: 1517,
        };
        Params::new(&session, d(2, 1))
    }

    #[test]
    fn every_question_has_samples_each_answering_it_alone() {
        let p = p();
        for q in Question::ALL {
            let s = of(q, &p);
            assert!(!s.golden.is_empty(), "{q}: no golden sample");
            for a in s.all() {
                assert!(a.is_answered(q), "{q}: a sample leaves it unanswered");
                let others = Question::ALL.into_iter().filter(|&o| o != q);
                assert!(
                    others.clone().all(|o| !a.is_answered(o)),
                    "{q}: a sample answers another question"
                );
            }
        }
    }

    #[test]
    fn every_option_of_a_choice_question_is_a_golden_sample_unless_left_out() {
        // The golden table walks every option, but for the contract: the two
        // contracts conclude alike, one stands for both there.
        let p = p();
        for q in Question::ALL {
            let Some(options) = q.options() else { continue };
            let golden: Vec<String> = tier_values(q, &p, Tier::Golden)
                .iter()
                .filter_map(|a| a.value(q))
                .collect();
            let all: Vec<String> = values(q, &p).iter().filter_map(|a| a.value(q)).collect();
            for o in options {
                assert!(all.iter().any(|v| v == o), "{q}={o} is never tried");
                if q != Question::Contrat {
                    assert!(
                        golden.iter().any(|v| v == o),
                        "{q}={o} not in the golden table"
                    );
                }
            }
        }
    }
}
