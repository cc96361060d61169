//! "Tous les cas": every situation with the route, interview and funding the
//! rules give it, for a counsellor to explain the whole picture (and the 24 h
//! threshold) at a glance. Generated from the rules, never written by hand.
//!
//! Which rows it shows is a choice for the reader, not a test's sample: one
//! base case (the counsellor picks it for the room: [`Base`], the `base`
//! link setting), each situation, and the few details that change its
//! outcome. Each cell keeps its certainty.
//! The private CDI's hours are the golden table's
//! ([`Hours::AROUND_24`]); the tests check that every row is a
//! complete path the exhaustive test walks.

use crate::rules::{
    self, AnneeBac, Answers, Blocs, Certainty, Contrat, Diplome, Funding, Hours, Interview, Params,
    Route, Situation, StatutPublic,
};

/// The case every row varies: what the room has in common (`base` link
/// setting). None signed a contract or holds a bloc.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Base {
    /// A bac obtained less than four years before the intake (`bac-recent`).
    BacRecent,
    /// A bac obtained longer ago (`bac-ancien`).
    BacAncien,
    /// A level-4 title without the bac (`titre4`): the overview's case before
    /// the choice existed, hence the default of a link without `base`.
    #[default]
    Titre4,
}

impl Base {
    pub const ALL: [Base; 3] = [Base::BacRecent, Base::BacAncien, Base::Titre4];

    /// The `base` value.
    pub fn id(self) -> &'static str {
        match self {
            Base::BacRecent => "bac-recent",
            Base::BacAncien => "bac-ancien",
            Base::Titre4 => "titre4",
        }
    }

    pub fn from_param(v: &str) -> Option<Base> {
        Base::ALL.into_iter().find(|b| b.id() == v)
    }

    /// Its answers. The bac years are the first recent one, and one well
    /// before the four-year boundary (whose first year the page leaves open).
    pub fn answers(self, p: &Params) -> Answers {
        let (diplome, annee_bac) = match self {
            Base::BacRecent => (Diplome::Bac, AnneeBac::Obtenu(p.bac_recent_from())),
            Base::BacAncien => (
                Diplome::Bac,
                AnneeBac::Obtenu(p.bac_recent_from().saturating_sub(OLD_BAC_YEARS)),
            ),
            Base::Titre4 => (Diplome::Titre4, AnneeBac::Aucun),
        };
        Answers {
            diplome: Some(diplome),
            annee_bac: Some(annee_bac),
            contrat: Some(Contrat::Aucun),
            blocs: Some(Blocs::NONE),
            ..Answers::default()
        }
    }
}

/// How much older than the first recent year the "older bac" is.
const OLD_BAC_YEARS: u16 = 10;

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

/// One situation and its outcomes (each with its certainty), for the
/// chosen [`Base`].
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
    /// Of route, interview, funding and funding with France Travail.
    pub certainty: [Certainty; 4],
}

fn variants(s: Situation) -> Vec<Variant> {
    match s {
        Situation::Lyceen | Situation::Etudiant => {
            vec![Variant::Interrupted(false), Variant::Interrupted(true)]
        }
        // Either side of the 24 h threshold, and on it.
        Situation::Cdi => Hours::AROUND_24.into_iter().map(Variant::Hours).collect(),
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

/// Every row for `base`, in the order of the situation question.
pub fn rows(p: &Params, base: Base) -> Vec<Row> {
    let mut out = Vec::new();
    for &situation in Situation::ALL {
        for variant in variants(situation) {
            let mut a = base.answers(p);
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
            let (Some(route), Some(interview), Some(funding), Some(funding_ft)) =
                (r.route, r.interview, r.funding, r_ft.funding)
            else {
                continue;
            };
            let certainty = [
                route.certainty,
                interview.certainty,
                funding.certainty,
                funding_ft.certainty,
            ];
            let (route, interview, funding, funding_ft) = (
                route.value,
                interview.value,
                funding.value,
                funding_ft.value,
            );
            out.push(Row {
                situation,
                variant,
                answers,
                route,
                interview,
                funding,
                answers_ft,
                funding_ft,
                certainty,
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::{samples, Date};

    fn p() -> Params {
        crate::content::params(Date::new(2026, 1, 1))
    }

    #[test]
    fn one_row_per_situation_and_variant_all_complete() {
        let rows = rows(&p(), Base::Titre4);
        assert_eq!(
            rows.len(),
            17,
            "6 plain situations + 2×2 studies + 3 CDI + 4 public-sector"
        );
        for b in Base::ALL {
            let rows = super::rows(&p(), b);
            assert_eq!(rows.len(), 17, "{b:?}");
            for r in &rows {
                assert!(rules::missing(&r.answers, &p()).is_empty(), "{r:?}");
                assert!(rules::missing(&r.answers_ft, &p()).is_empty(), "{r:?}");
            }
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
    fn the_baseline_changes_what_a_room_is_told() {
        // A job seeker not registered with France Travail: a recent bac is
        // the Région's criterion (page, financing list), an older one is not.
        let seeker = |b| {
            rows(&p(), b)
                .into_iter()
                .find(|r| r.situation == Situation::DemandeurEmploi)
                .map(|r| r.funding)
        };
        assert_eq!(seeker(Base::BacRecent), Some(Funding::Region));
        assert_eq!(seeker(Base::BacAncien), Some(Funding::Continuing));
        assert_eq!(Base::default(), Base::Titre4, "links without `base`");
    }

    #[test]
    fn every_row_is_a_path_the_exhaustive_test_walks() {
        // So that the invariants checked there hold for every case shown.
        // The older bac's year stands for any year before the boundary: the
        // walk tries the earliest one accepted.
        let p = p();
        let mut paths = std::collections::HashSet::new();
        samples::walk(&p, samples::Tier::All, &mut |a, complete| {
            if complete {
                paths.insert(*a);
            }
        });
        let walked = |mut a: Answers| {
            if a.annee_bac == Base::BacAncien.answers(&p).annee_bac {
                a.annee_bac = Some(AnneeBac::Obtenu(rules::parse::MIN_BAC_YEAR));
            }
            a
        };
        for b in Base::ALL {
            for r in rows(&p, b) {
                let (a, a_ft) = (walked(r.answers), walked(r.answers_ft));
                assert!(paths.contains(&a), "not walked: {a:?}");
                assert!(paths.contains(&a_ft), "not walked: {a_ft:?}");
                let view = |a: &Answers| {
                    let r = rules::assess(a, &p);
                    let v: Vec<String> = r
                        .outcomes()
                        .iter()
                        .map(|(k, v, _, c)| format!("{}={v}/{}", k.id(), c.id()))
                        .collect();
                    v
                };
                assert_eq!(view(&r.answers), view(&a), "{b:?}");
            }
        }
    }
}
