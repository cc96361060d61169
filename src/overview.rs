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
//!
//! A table is for one intake, which it names: in the windows where two are
//! possible ([`rules::joinable`]), the later by default, since everyone in
//! the room can still join it, and the earlier on request (`rentree`); a
//! case that can no longer join the earlier one has no outcomes there.

use crate::rules::{
    self, AnneeBac, Answers, Blocs, Certainty, Contrat, Diplome, Funding, Hours, IntakeChoice,
    Interview, Params, Question, Rentree, Route, Situation, StatutPublic, Window,
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

/// One situation, for the chosen [`Base`] and the table's intake.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    pub situation: Situation,
    pub variant: Variant,
    /// Its outcomes for the table's intake; `None` when this case can no
    /// longer join that intake (the row says so instead of a verdict).
    pub cells: Option<Cells>,
}

/// A row's outcomes, each with its certainty.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cells {
    /// The complete answers of this case, not registered with France
    /// Travail, with the table's intake (`rentree`) where it is needed.
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

/// The intakes a room can be shown on the visitor's day: the later, which
/// every case can still join (the table's default), and in the windows
/// where some cases can still join the one before, that one and why only
/// some can (`rentree`, on request).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Intakes {
    pub later: u16,
    pub earlier: Option<(u16, IntakeChoice)>,
}

impl Intakes {
    /// The intake of a table asked for `requested` (the link's `rentree`):
    /// the earlier one if named, else the later.
    pub fn pick(self, requested: Option<u16>) -> u16 {
        match self.earlier {
            Some((y, _)) if requested == Some(y) => y,
            _ => self.later,
        }
    }
}

/// The rules' parameters of a table for `intake`: the base cases' bac
/// years follow it (each case's own intake is the rules').
pub fn table_params(p: &Params, intake: u16) -> Params {
    Params {
        intake_year: intake,
        ..*p
    }
}

/// The bac year the page leaves open for `intake`'s table (intake − 4,
/// between "bac-recent" and "bac-ancien"), as its parameters `tp` say.
pub fn boundary_year(tp: &Params) -> u16 {
    tp.bac_recent_from().saturating_sub(1)
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

/// The intakes of the room on `p`'s day (see [`Intakes`]): the two of
/// [`rules::joinable`]'s windows, the later for everyone (the tests check
/// it against every row).
pub fn intakes(p: &Params) -> Intakes {
    let (current, window) = p.timing();
    let earlier = match window {
        Window::Open => None,
        Window::AfterParcoursup => Some(IntakeChoice::ParcoursupRegistered),
        Window::AfterOrals => Some(IntakeChoice::PlacesLeft),
    };
    Intakes {
        later: current + u16::from(earlier.is_some()),
        earlier: earlier.map(|c| (current, c)),
    }
}

/// `a` for `intake`: with `rentree` where the rules need it to assess that
/// intake; `None` if this case can no longer join it.
fn for_intake(mut a: Answers, p: &Params, intake: u16) -> Option<Answers> {
    if rules::intake(&a, p) != intake || rules::relevant(Question::Rentree, &a, p) {
        a.rentree = Some(Rentree(intake));
    }
    (rules::intake(&a, p) == intake).then_some(a)
}

/// Completes `a` with France Travail registration `ft` where it matters.
fn with_ft(mut a: Answers, ft: bool, p: &Params) -> Answers {
    let p = p.for_answers(&a);
    a.france_travail = rules::relevant(rules::Question::FranceTravail, &a, &p).then_some(ft);
    a
}

/// A case's outcomes (`None` if one is missing: never, for complete cases).
fn cells(a: Answers, p: &Params) -> Option<Cells> {
    let (answers, answers_ft) = (with_ft(a, false, p), with_ft(a, true, p));
    let (r, r_ft) = (rules::assess(&answers, p), rules::assess(&answers_ft, p));
    let (route, interview, funding, funding_ft) =
        (r.route?, r.interview?, r.funding?, r_ft.funding?);
    Some(Cells {
        answers,
        answers_ft,
        certainty: [
            route.certainty,
            interview.certainty,
            funding.certainty,
            funding_ft.certainty,
        ],
        route: route.value,
        interview: interview.value,
        funding: funding.value,
        funding_ft: funding_ft.value,
    })
}

/// Every row for `base` and `intake`, in the order of the situation question.
pub fn rows(p: &Params, base: Base, intake: u16) -> Vec<Row> {
    let mut out = Vec::new();
    for &situation in Situation::ALL {
        for variant in variants(situation) {
            let mut a = base.answers(&table_params(p, intake));
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
            // Complete cases always have their outcomes (tests).
            let cells = for_intake(a, p, intake).and_then(|a| cells(a, p));
            out.push(Row {
                situation,
                variant,
                cells,
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

    fn rows(p: &Params, b: Base) -> Vec<Row> {
        super::rows(p, b, intakes(p).later)
    }

    /// The outcomes of every row (all join the table's default intake).
    fn cells(rows: &[Row]) -> Vec<&Cells> {
        rows.iter()
            .map(|r| r.cells.as_ref().expect("joins"))
            .collect()
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
            let rows = self::rows(&p(), b);
            assert_eq!(rows.len(), 17, "{b:?}");
            for r in cells(&rows) {
                assert!(rules::missing(&r.answers, &p()).is_empty(), "{r:?}");
                assert!(rules::missing(&r.answers_ft, &p()).is_empty(), "{r:?}");
            }
        }
        let cdi: Vec<Route> = rows
            .iter()
            .filter(|r| r.situation == Situation::Cdi)
            .filter_map(|r| Some(r.cells.as_ref()?.route))
            .collect();
        assert_eq!(
            cdi,
            vec![Route::Parcoursup, Route::Contact, Route::Site],
            "the 24 h threshold"
        );
        assert!(
            cells(&rows).iter().all(|r| r.funding_ft == Funding::Region),
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
                .and_then(|r| Some(r.cells?.funding))
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
            if a.annee_bac
                == Base::BacAncien
                    .answers(&table_params(&p, intakes(&p).later))
                    .annee_bac
            {
                a.annee_bac = Some(AnneeBac::Obtenu(rules::parse::MIN_BAC_YEAR));
            }
            a
        };
        for b in Base::ALL {
            for r in rows(&p, b) {
                let r = r.cells.expect("joins");
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

    /// On dates from the content: one intake, or two after the Parcoursup
    /// close; every row of either is complete and assessed for it.
    #[test]
    fn each_table_is_for_one_intake_named_by_the_rules() {
        let y = crate::content::FACTS.intake.year;
        let on = |m, d| crate::content::params(Date::new(y, m, d));
        let cases = [
            (on(1, 5), y, None),
            (
                on(3, 20),
                y + 1,
                Some((y, IntakeChoice::ParcoursupRegistered)),
            ),
            (on(6, 1), y + 1, Some((y, IntakeChoice::PlacesLeft))),
            (on(11, 23), y + 1, None),
        ];
        for (p, later, earlier) in cases {
            let room = intakes(&p);
            assert_eq!(room, Intakes { later, earlier }, "{:?}", p.today);
            assert_eq!(room.pick(None), later);
            assert_eq!(room.pick(Some(later + 5)), later, "an intake not offered");
            for intake in [Some(later), earlier.map(|(e, _)| e)].into_iter().flatten() {
                assert_eq!(room.pick(Some(intake)), intake);
                for b in Base::ALL {
                    let rows = super::rows(&p, b, intake);
                    assert_eq!(rows.len(), 17, "{b:?}");
                    for r in &rows {
                        let Some(c) = &r.cells else {
                            // Only the Parcoursup cases, after their orals.
                            assert_eq!(earlier, Some((intake, IntakeChoice::PlacesLeft)));
                            assert!(rules::joinable(&base_case(&p, b, r), &p)
                                .is_some_and(|j| j.first > intake));
                            continue;
                        };
                        for a in [c.answers, c.answers_ft] {
                            assert!(rules::missing(&a, &p).is_empty(), "{a:?}");
                            assert_eq!(rules::assess(&a, &p).intake_year, intake, "{a:?}");
                        }
                    }
                    let gone = rows.iter().filter(|r| r.cells.is_none()).count();
                    let parcoursup_after_orals =
                        earlier.is_some_and(|(e, c)| e == intake && c == IntakeChoice::PlacesLeft);
                    assert_eq!(gone > 0, parcoursup_after_orals, "{:?} {intake}", p.today);
                }
            }
        }
    }

    /// The row's case for the later intake, without `rentree`.
    fn base_case(p: &Params, b: Base, r: &Row) -> Answers {
        let later = super::rows(p, b, intakes(p).later);
        let c = later
            .iter()
            .find(|l| (l.situation, l.variant) == (r.situation, r.variant));
        let a = c.and_then(|c| c.cells.as_ref()).expect("joins").answers;
        Answers { rentree: None, ..a }
    }

    /// The note on the boundary year says what the engine does: where an
    /// older bac gives continuing education, a bac of intake − 4 gives the
    /// Région's funding, to confirm.
    #[test]
    fn the_boundary_year_is_the_region_to_confirm_where_an_older_bac_is_not() {
        let y = crate::content::FACTS.intake.year;
        for p in [p(), crate::content::params(Date::new(y, 6, 1))] {
            let room = intakes(&p);
            for intake in [Some(room.later), room.earlier.map(|(e, _)| e)]
                .into_iter()
                .flatten()
            {
                let boundary = boundary_year(&table_params(&p, intake));
                let mut seen = 0;
                for r in super::rows(&p, Base::BacAncien, intake) {
                    let Some(c) = r.cells.filter(|c| c.funding == Funding::Continuing) else {
                        continue;
                    };
                    let a = Answers {
                        annee_bac: Some(AnneeBac::Obtenu(boundary)),
                        ..c.answers
                    };
                    let f = rules::assess(&a, &p).funding.expect("complete");
                    assert_eq!(f.value, Funding::Region, "{a:?}");
                    assert!(!f.certainty.is_sure(), "{a:?}");
                    seen += 1;
                }
                assert!(seen >= 4, "{seen}");
            }
        }
    }
}
