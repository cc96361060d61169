//! Engine benchmark (scripts/bench.sh): evaluates the rules on every answer
//! combination and prints evaluations per second. Native only.
//!
//!   cargo run --release --example sweep [-- ROUNDS]
//!
//! "Every combination": each question either unanswered or given each of its
//! sample values (`rules::samples`, which tests/exhaustive.rs walks too:
//! every diploma, situation, contract and yes/no; the bac years, hours and
//! bloc sets at and around each threshold), answered or not independently of
//! the others — the full cartesian product, relevant or not, as a hand-edited
//! link could give (the first line says how many answer sets).
//! Also the questionnaire's own paths (depth-first, as the UI asks), with
//! `changes()` (what the result page runs) on each complete one.

use deass_eligibility::content;
use deass_eligibility::rules::{
    self, assess,
    samples::{self, Tier},
    Answers, Date,
};
use std::hint::black_box;
use std::time::{Duration, Instant};

fn per_second(n: usize, d: Duration) -> f64 {
    n as f64 / d.as_secs_f64()
}

fn main() {
    let rounds: usize = std::env::args()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(3);
    let p = content::params(Date::new(content::FACTS.intake.year, 2, 1));

    let all = samples::product(&p, usize::MAX);
    let mut complete: Vec<Answers> = Vec::new();
    samples::walk(&p, Tier::All, &mut |a, done| {
        if done {
            complete.push(*a);
        }
    });

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
