//! Engine benchmark (scripts/bench.sh): evaluates the rules on every answer
//! combination and prints evaluations per second. Native only.
//!
//!   cargo run --release --example sweep [-- ROUNDS]
//!
//! "Every combination": each question either unanswered or given each of the
//! values tests/exhaustive.rs tries (every diploma, situation, contract and
//! yes/no; the bac years, hours and bloc sets at and around each threshold),
//! answered or not independently of the others — the full cartesian product,
//! relevant or not, as a hand-edited link could give (2 376 000 answer sets).
//! Also the questionnaire's own paths (depth-first, as the UI asks), with
//! `changes()` (what the result page runs) on each complete one.

use deass_eligibility::content;
use deass_eligibility::rules::{
    self, assess, Answers, Bloc, Blocs, Contrat, Date, Diplome, DiplomeBloc, Hours, Params,
    Question, Situation,
};
use std::hint::black_box;
use std::time::{Duration, Instant};

/// The values tried for each question (as in tests/exhaustive.rs).
fn values(q: Question, p: &Params) -> Vec<Answers> {
    let y = p.intake_year;
    let b =
        |s: &[(DiplomeBloc, u8)]| Blocs::from_iter(s.iter().filter_map(|&(d, n)| Bloc::new(d, n)));
    let mut out = Vec::new();
    let mut push = |f: &dyn Fn(&mut Answers)| {
        let mut a = Answers::default();
        f(&mut a);
        out.push(a);
    };
    use DiplomeBloc::*;
    match q {
        Question::Diplome => Diplome::ALL
            .iter()
            .for_each(|&d| push(&|a| a.diplome = Some(d))),
        Question::AnneeBac => [1950, y - 4, y - 3, y]
            .iter()
            .for_each(|&v| push(&|a| a.annee_bac = Some(v))),
        Question::Situation => Situation::ALL
            .iter()
            .for_each(|&s| push(&|a| a.situation = Some(s))),
        Question::Heures => [1, 1000, 2399, 2400, 2401, 3500, 4800]
            .iter()
            .filter_map(|&h| Hours::from_hundredths(h))
            .for_each(|h| push(&|a| a.heures = Some(h))),
        Question::Contrat => Contrat::ALL
            .iter()
            .for_each(|&c| push(&|a| a.contrat = Some(c))),
        Question::Vapp => [true, false]
            .iter()
            .for_each(|&v| push(&|a| a.vapp = Some(v))),
        Question::Interruption => [true, false]
            .iter()
            .for_each(|&v| push(&|a| a.interruption = Some(v))),
        Question::FranceTravail => [true, false]
            .iter()
            .for_each(|&v| push(&|a| a.france_travail = Some(v))),
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
        .for_each(|&v| push(&|a| a.blocs = Some(v))),
    }
    out
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

/// The full product: each question unanswered or one of its values.
fn product(p: &Params) -> Vec<Answers> {
    let mut states = vec![Answers::default()];
    for q in Question::ALL {
        let vals = values(q, p);
        let mut next = Vec::with_capacity(states.len() * (vals.len() + 1));
        for s in &states {
            next.push(*s);
            next.extend(vals.iter().map(|v| merge(s, q, v)));
        }
        states = next;
    }
    states
}

/// The questionnaire's paths: answer the first missing question every way.
fn walk(a: &Answers, p: &Params, out: &mut Vec<Answers>) {
    out.push(*a);
    if let Some(&q) = rules::missing(a, p).first() {
        for v in values(q, p) {
            walk(&merge(a, q, &v), p, out);
        }
    }
}

fn per_second(n: usize, d: Duration) -> f64 {
    n as f64 / d.as_secs_f64()
}

fn main() {
    let rounds: usize = std::env::args()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(3);
    let p = content::params(Date::new(content::FACTS.intake_year, 2, 1));

    let all = product(&p);
    let mut paths = Vec::new();
    walk(&Answers::default(), &p, &mut paths);
    let complete: Vec<Answers> = paths
        .iter()
        .copied()
        .filter(|a| rules::missing(a, &p).is_empty())
        .collect();

    // Best of `rounds` (the machine is shared and noisy).
    let mut best_all = Duration::MAX;
    let mut best_changes = Duration::MAX;
    let mut concluded = 0usize;
    for _ in 0..rounds {
        let t = Instant::now();
        concluded = 0;
        for a in &all {
            let r = assess(black_box(a), &p);
            concluded += usize::from(r.is_complete());
            black_box(&r);
        }
        best_all = best_all.min(t.elapsed());

        let t = Instant::now();
        for a in &complete {
            black_box(assess(black_box(a), &p));
            black_box(rules::changes(black_box(a), &p));
        }
        best_changes = best_changes.min(t.elapsed());
    }

    println!(
        "engine: {} answer sets (every combination, {} with all four outcomes) in {:.0} ms: {:.2} M evaluations/s ({:.2} µs each), best of {rounds}",
        all.len(),
        concluded,
        best_all.as_secs_f64() * 1e3,
        per_second(all.len(), best_all) / 1e6,
        best_all.as_secs_f64() * 1e6 / all.len() as f64,
    );
    println!(
        "engine: {} complete questionnaire paths, assess + changes() (the result page's work): {:.0} k/s ({:.1} µs each)",
        complete.len(),
        per_second(complete.len(), best_changes) / 1e3,
        best_changes.as_secs_f64() * 1e6 / complete.len() as f64,
    );
}
