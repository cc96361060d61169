//! "Tous les cas": every situation with the route, interview and funding the
//! rules give it, for a counsellor to explain the whole picture (and the 24 h
//! threshold) at a glance. Generated from the rules, never written by hand.
//!
//! Which rows it shows is a choice for the reader, not a test's sample: one
//! base case, each situation, and the few details that change its outcome.
//! The private CDI's hours are the golden table's
//! ([`samples::HOURS_AROUND_24`]); the tests check that every row is a
//! complete path the exhaustive test walks.

use crate::rules::{
    self, samples, AnneeBac, Answers, Blocs, Contrat, Diplome, Funding, Hours, Interview, Params,
    Route, Situation, StatutPublic,
};

/// What distinguishes rows of the same situation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Variant {
    None,
    /// Weekly hours of a CDI.
    Hours(Hours),
    /// Studies interrupted for more than a year, or not.
    Interrupted(bool),
    /// A public-sector status, with the weekly hours of a public CDI.
    Public(StatutPublic, Option<Hours>),
}

/// One situation and its outcomes, for a candidate with a level-4 title
/// and no bac, no signed contract and no bloc acquired.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    pub situation: Situation,
    pub variant: Variant,
    /// The complete answers of this case, not registered with France Travail.
    pub answers: Answers,
    pub route: Route,
    pub interview: Interview,
    pub funding: Funding,
    /// The same case registered with France Travail.
    pub answers_ft: Answers,
    pub funding_ft: Funding,
}

/// The base case every row varies.
pub fn base() -> Answers {
    Answers {
        diplome: Some(Diplome::Titre4),
        annee_bac: Some(AnneeBac::Aucun),
        contrat: Some(Contrat::Aucun),
        blocs: Some(Blocs::NONE),
        ..Answers::default()
    }
}

fn variants(s: Situation) -> Vec<Variant> {
    match s {
        Situation::Lyceen | Situation::Etudiant => {
            vec![Variant::Interrupted(false), Variant::Interrupted(true)]
        }
        // Either side of the 24 h threshold, and on it.
        Situation::Cdi => samples::HOURS_AROUND_24
            .into_iter()
            .filter_map(Hours::from_hundredths)
            .map(Variant::Hours)
            .collect(),
        // A public CDI either side of 24 h: under it, the page's lists
        // disagree on the route.
        Situation::FonctionPublique => vec![
            Variant::Public(StatutPublic::Titulaire, None),
            Variant::Public(StatutPublic::Cdd, None),
            Variant::Public(StatutPublic::Cdi, Hours::from_hundredths(2000)),
            Variant::Public(StatutPublic::Cdi, Hours::from_hundredths(3500)),
        ],
        _ => vec![Variant::None],
    }
}

/// Completes `a` with France Travail registration `ft` where it matters.
fn with_ft(mut a: Answers, ft: bool, p: &Params) -> Answers {
    a.france_travail = rules::relevant(rules::Question::FranceTravail, &a, p).then_some(ft);
    a
}

/// Every row, in the order of the situation question.
pub fn rows(p: &Params) -> Vec<Row> {
    let mut out = Vec::new();
    for &situation in Situation::ALL {
        for variant in variants(situation) {
            let mut a = base();
            a.situation = Some(situation);
            match variant {
                Variant::Hours(h) => a.heures = Some(h),
                Variant::Interrupted(i) => a.interruption = Some(i),
                Variant::Public(status, h) => {
                    a.statut_public = Some(status);
                    a.heures = h;
                }
                Variant::None => {}
            }
            let (answers, answers_ft) = (with_ft(a, false, p), with_ft(a, true, p));
            let (r, r_ft) = (rules::assess(&answers, p), rules::assess(&answers_ft, p));
            let (Some(route), Some(interview), Some(funding), Some(funding_ft)) = (
                r.route.map(|o| o.value),
                r.interview.map(|o| o.value),
                r.funding.map(|o| o.value),
                r_ft.funding.map(|o| o.value),
            ) else {
                continue;
            };
            out.push(Row {
                situation,
                variant,
                answers,
                route,
                interview,
                funding,
                answers_ft,
                funding_ft,
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::Date;

    fn p() -> Params {
        crate::content::params(Date::new(2026, 1, 1))
    }

    #[test]
    fn one_row_per_situation_and_variant_all_complete() {
        let rows = rows(&p());
        assert_eq!(
            rows.len(),
            17,
            "6 plain situations + 2×2 studies + 3 CDI + 4 public-sector"
        );
        for r in &rows {
            assert!(rules::missing(&r.answers, &p()).is_empty(), "{r:?}");
            assert!(rules::missing(&r.answers_ft, &p()).is_empty(), "{r:?}");
        }
        let cdi: Vec<Route> = rows
            .iter()
            .filter(|r| r.situation == Situation::Cdi)
            .map(|r| r.route)
            .collect();
        assert_eq!(
            cdi,
            vec![Route::Parcoursup, Route::Contact, Route::Site],
            "the 24 h threshold"
        );
        assert!(
            rows.iter().all(|r| r.funding_ft == Funding::Region),
            "France Travail always opens regional funding"
        );
    }

    #[test]
    fn every_row_is_a_path_the_exhaustive_test_walks() {
        // So that the invariants checked there hold for every case shown.
        let p = p();
        let mut paths = std::collections::HashSet::new();
        samples::walk(&p, samples::Tier::All, &mut |a, complete| {
            if complete {
                paths.insert(*a);
            }
        });
        for r in rows(&p) {
            assert!(paths.contains(&r.answers), "not walked: {:?}", r.answers);
            assert!(
                paths.contains(&r.answers_ft),
                "not walked: {:?}",
                r.answers_ft
            );
        }
    }
}
