//! The golden table: one line per complete path of the questionnaire with
//! the golden sample values (the `golden(..)` ones of `rules::samples::of`),
//! answers → outcomes and reasons. Any rule change shows
//! up as a diff of `tests/golden.csv`, printed by `expect-test`; when the
//! change is intended, rewrite the file with
//! `UPDATE_EXPECT=1 cargo test --test golden` and review
//! `git diff tests/golden.csv`.
//! Bac years are written relative to the intake year (`N-3`), so the yearly
//! update only changes lines whose outcome really changes. An outcome left
//! to the admission service ends with `[to_confirm:<what to ask>]`; a
//! settled one has no mark.

mod common;
use common::params;
use deass_eligibility::rules::{
    assess,
    samples::{self, Tier},
    AnneeBac, Answers, Certainty, Params, Question,
};
use expect_test::expect_file;

fn line(a: &Answers, p: &Params) -> String {
    let answers: Vec<String> = Question::ALL
        .into_iter()
        .filter_map(|q| {
            let v = a.value(q)?;
            let v = match (q, a.annee_bac) {
                (Question::AnneeBac, Some(AnneeBac::Obtenu(y))) => {
                    format!("N-{}", p.intake_year - y)
                }
                _ => v,
            };
            Some(format!("{q}={v}"))
        })
        .collect();
    let r = assess(a, p);
    let outcomes: Vec<String> = r
        .outcomes()
        .into_iter()
        .map(|(_, v, reasons, certainty)| {
            let ids: Vec<&str> = reasons.iter().map(|r| r.id()).collect();
            match certainty {
                Certainty::Sure => format!("{v} ({})", ids.join("+")),
                Certainty::ToConfirm(c) => {
                    format!("{v} ({}) [to_confirm:{}]", ids.join("+"), c.id())
                }
            }
        })
        .collect();
    format!("{},{}", answers.join("&"), outcomes.join(","))
}

#[test]
fn golden_table_is_unchanged() {
    let p = params();
    let mut lines = vec!["answers,prerequisite,route,interview,funding".to_string()];
    samples::walk(&p, Tier::Golden, &mut |a, complete| {
        if complete {
            lines.push(line(a, &p));
        }
    });
    // An absolute path: expect-test resolves a relative one from the
    // top-most folder above that holds a Cargo.toml, which a clone inside
    // another Cargo project would get wrong.
    expect_file![concat!(env!("CARGO_MANIFEST_DIR"), "/tests/golden.csv")]
        .assert_eq(&(lines.join("\n") + "\n"));
}
