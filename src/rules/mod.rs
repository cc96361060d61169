//! The eligibility rules: `Answers -> Assessment`, nothing else.
//!
//! Pure policy. No browser, no text, no I/O: facts that change every year
//! (intake year, calendar, bloc hours) come in through [`Params`], today's date
//! too, and conclusions go out as typed values ([`Verdict`], [`Reason`],
//! [`Change`]…) that `content` turns into sentences and source citations. Sources: the institute's DEASS page (`irts`) and the
//! national certification record RNCP41748 (`rncp`), in `shared/sources/`.
//!
//! This module holds the assessment itself: which questions matter
//! ([`relevant`], [`pruned`], [`missing`]) and [`assess`], which gathers the
//! conclusions of its submodules: `intake` (the session, the calendar and
//! which intake is assessed), `verdicts` (prerequisite, registration route,
//! interview exemption, funding), `costs` (cost lines and dispenses) and
//! `advice` (what would change an outcome, [`changes`]). `intake` and
//! `verdicts` ask each other one thing: the intakes a person can join follow
//! their route by situation, and the route's certainty and the prerequisite
//! follow the intake assessed and a bac still pending.

mod advice;
mod answers;
mod costs;
mod date;
mod intake;
mod outcomes;
pub mod parse;
mod questions;
#[cfg(any(test, feature = "testing", feature = "mise-a-jour"))]
pub mod samples;
mod verdicts;

pub use answers::{
    AnneeBac, Bloc, Blocs, Contrat, Diplome, DiplomeBloc, Form, Hours, Rentree, Situation,
    StatutPublic, Value,
};
pub use date::{Calendar, Date};
pub use outcomes::{
    CalendarPhase, Certainty, Change, Confirm, Cost, Funding, Interview, Outcome, OutcomeKind,
    Prerequisite, Ranked, Reason, Route, Verdict,
};
pub use questions::{Answers, Question};

pub use advice::changes;
pub use costs::Dispenses;
use costs::{costs, dispenses};
use intake::{accepted_intake, intake_choice};
pub use intake::{
    calendar_phase, intake, joinable, site_places_may_remain, IntakeChoice, Intakes, Params,
    Session, Window, BAC_HELD_FROM,
};
use verdicts::{funding, interview, no_region_criterion, prerequisite, route};

/// One conclusion for display: its kind, value, reasons and certainty.
pub type OutcomeView<'a> = (OutcomeKind, Verdict, &'a [Reason], Certainty);

/// Everything the rules conclude from the answers given so far.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Assessment {
    pub prerequisite: Option<Outcome<Prerequisite>>,
    pub route: Option<Outcome<Route>>,
    pub interview: Option<Outcome<Interview>>,
    pub funding: Option<Outcome<Funding>>,
    /// Questions that matter and are unanswered, in the order to ask them.
    pub missing: Vec<Question>,
    /// Cost lines for this case (once interview and funding are known).
    pub costs: Vec<Cost>,
    /// When the Région's funding is to confirm, the funding lines that apply
    /// if it does not fund (continuing education); empty otherwise. The
    /// admission fee, first of `costs`, is the same in both cases.
    pub costs_otherwise: Vec<Cost>,
    pub dispenses: Option<Dispenses>,
    pub calendar: CalendarPhase,
    /// The intake assessed, and whether its facts are carried over from
    /// an earlier session (see [`Params::provisional`]).
    pub intake_year: u16,
    pub provisional: bool,
}

impl Assessment {
    pub fn is_complete(&self) -> bool {
        self.missing.is_empty()
    }

    /// The four conclusions as (kind, value, reasons), for generic display.
    pub fn conclusions(&self) -> Vec<(OutcomeKind, Verdict, &[Reason])> {
        self.outcomes()
            .into_iter()
            .map(|(k, v, r, _)| (k, v, r))
            .collect()
    }

    /// The four conclusions with their certainty.
    pub fn outcomes(&self) -> Vec<OutcomeView<'_>> {
        fn view<T: Ranked>(o: &Option<Outcome<T>>) -> Option<OutcomeView<'_>> {
            o.as_ref().map(|o| {
                (
                    T::KIND,
                    o.value.verdict(),
                    o.reasons.as_slice(),
                    o.certainty,
                )
            })
        }
        [
            view(&self.prerequisite),
            view(&self.route),
            view(&self.interview),
            view(&self.funding),
        ]
        .into_iter()
        .flatten()
        .collect()
    }

    /// The value of one conclusion, if known.
    pub fn value_of(&self, kind: OutcomeKind) -> Option<Verdict> {
        self.conclusions()
            .into_iter()
            .find(|(k, _, _)| *k == kind)
            .map(|(_, v, _)| v)
    }
}

/// Does question `q` matter, given the other answers? A question whose
/// condition rests on an unanswered question does not matter *yet*. Each
/// rule looks at earlier questions only (`Question::ALL`'s order).
pub fn relevant(q: Question, a: &Answers, p: &Params) -> bool {
    match q {
        Question::Diplome | Question::Situation | Question::Contrat | Question::Blocs => true,
        // A level-4 title holder may also hold the bac, which counts for
        // the Région's bac-recency criterion.
        Question::AnneeBac => a
            .diplome
            .is_some_and(|d| d == Diplome::Bac || d.is_titre4()),
        Question::Vapp => a.diplome == Some(Diplome::Aucun),
        Question::StatutPublic => a.situation == Some(Situation::FonctionPublique),
        Question::Heures => {
            a.situation == Some(Situation::Cdi)
                || (a.situation == Some(Situation::FonctionPublique)
                    && a.statut_public == Some(StatutPublic::Cdi))
        }
        Question::Rentree => intake_choice(a, p),
        Question::Interruption => {
            matches!(a.situation, Some(Situation::Lyceen | Situation::Etudiant))
        }
        // Only when nothing else decides the funding.
        Question::FranceTravail => a.contrat == Some(Contrat::Aucun) && no_region_criterion(a, p),
    }
}

/// The answers with every answer that does not matter removed: what the
/// rules actually look at, and what a shared link needs to carry. An answer
/// that an earlier one contradicts (no bac year for a bac holder) is dropped
/// too, so that its question is asked again.
pub fn pruned(a: &Answers, p: &Params) -> Answers {
    let mut out = Answers::default();
    // In flow order, so that each condition sees the already-pruned answers.
    for q in Question::ALL {
        if q == Question::Rentree {
            // Kept when it names an intake the person may join, asked or
            // not (a link may name the one after: see `Intakes::accepts`).
            out.rentree = a.rentree.filter(|r| accepted_intake(&out, p, r.year()));
        } else if relevant(q, &out, p) {
            out = out.merged(q, a);
        }
    }
    if out.diplome == Some(Diplome::Bac) && out.annee_bac == Some(AnneeBac::Aucun) {
        out.annee_bac = None;
    }
    out
}

/// Questions that matter and are not answered yet, in flow order.
pub fn missing(a: &Answers, p: &Params) -> Vec<Question> {
    let a = pruned(a, p);
    Question::ALL
        .into_iter()
        .filter(|&q| relevant(q, &a, p) && !a.is_answered(q))
        .collect()
}

/// A stable insertion sort for the handful of items the rules sort (reasons,
/// changes, link errors): the standard library's sort costs 12 KB of
/// WebAssembly, more than this widget's whole rules engine.
pub fn sort_small<T: Ord>(v: &mut [T]) {
    for i in 1..v.len() {
        let mut j = i;
        while j > 0 && v[j - 1] > v[j] {
            v.swap(j - 1, j);
            j -= 1;
        }
    }
}

/// The whole assessment of `answers`. Answers that do not matter are ignored.
pub fn assess(answers: &Answers, p: &Params) -> Assessment {
    let a = pruned(answers, p);
    let p = &p.for_answers(&a);
    let interview = interview(&a);
    let funding = funding(&a, p);
    let (costs, costs_otherwise) = costs(interview.as_ref().map(|o| o.value), funding.as_ref());
    Assessment {
        prerequisite: prerequisite(&a, p),
        route: route(&a, p),
        costs,
        costs_otherwise,
        interview,
        funding,
        missing: missing(&a, p),
        dispenses: a.blocs.map(|b| dispenses(b, p)),
        calendar: calendar_phase(p),
        intake_year: p.intake_year,
        provisional: p.provisional(),
    }
}
