//! The golden table: one line per reachable path (representative values),
//! answers → outcomes and reasons. Any rule change shows up as a readable
//! diff of `tests/golden.csv`. Regenerate with `UPDATE_GOLDEN=1 cargo test --test golden`.
//! Bac years are written relative to the intake year (`N-3`), so the yearly
//! update only changes lines whose outcome really changes. An outcome left
//! to the admission service ends with `[to_confirm:<what to ask>]`; a
//! settled one has no mark.

mod common;
use common::params;
use deass_eligibility::rules::{
    self, assess, AnneeBac, Answers, Bloc, Blocs, Certainty, DiplomeBloc, Params, Question,
};

fn values(q: Question, p: &Params) -> Vec<String> {
    let y = p.intake_year;
    let strs = |v: &[&str]| v.iter().map(|s| s.to_string()).collect();
    match q {
        Question::AnneeBac => vec![(y - 3).to_string(), (y - 4).to_string(), "aucun".into()],
        Question::Heures => ["23.5", "24", "24.5"]
            .iter()
            .map(|s| s.to_string())
            .collect(),
        Question::Contrat => strs(&["apprentissage", "aucun"]),
        Question::Blocs => vec![
            "aucun".into(),
            Blocs::NONE
                .with(Bloc {
                    diplome: DiplomeBloc::Es,
                    n: 3,
                })
                .to_string(),
        ],
        q => q.options().map(strs).unwrap_or_default(),
    }
}

fn walk(a: &Answers, p: &Params, lines: &mut Vec<String>) {
    let missing = rules::missing(a, p);
    let Some(&q) = missing.first() else {
        lines.push(line(a, p));
        return;
    };
    for v in values(q, p) {
        let mut next = *a;
        if rules::parse::apply(&mut next, q, &v, p.bac_year_max()).is_ok() {
            walk(&next, p, lines);
        }
    }
}

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
                Certainty::ToConfirm(c) => format!("{v} ({}) [to_confirm:{c}]", ids.join("+")),
            }
        })
        .collect();
    format!("{},{}", answers.join("&"), outcomes.join(","))
}

#[test]
fn golden_table_is_unchanged() {
    let p = params();
    let mut lines = vec!["answers,prerequisite,route,interview,funding".to_string()];
    walk(&Answers::default(), &p, &mut lines);
    let got = lines.join("\n") + "\n";
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/golden.csv");
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(path, &got).expect("write golden");
        return;
    }
    let want = std::fs::read_to_string(path).unwrap_or_default();
    if got != want {
        let want_lines: Vec<&str> = want.lines().collect();
        let diff: Vec<String> = got
            .lines()
            .filter(|l| !want_lines.contains(l))
            .take(10)
            .map(|l| format!("+ {l}"))
            .chain(
                want_lines
                    .iter()
                    .filter(|l| !got.lines().any(|g| g == **l))
                    .take(10)
                    .map(|l| format!("- {l}")),
            )
            .collect();
        panic!(
            "the golden table changed ({} lines now, {} before). If the rule change is intended, run \
             `UPDATE_GOLDEN=1 cargo test --test golden` and review `git diff tests/golden.csv`.\n{}",
            got.lines().count(),
            want_lines.len(),
            diff.join("\n")
        );
    }
}
