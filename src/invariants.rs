//! The engine's invariants, checked over every path the questionnaire can
//! take with every sample value (`rules::samples`: each option, and the
//! hours, years and bloc sets at and around each threshold): the checks of
//! the exhaustive walk (`tests/exhaustive.rs` asserts that none fails), also
//! run by the update page on the facts being edited
//! (`src/bin/mise-a-jour.rs`). Pure: rules and texts, no browser.

use crate::content::{self, model::Facts};
use crate::rules::{
    self, assess,
    samples::{self, Tier},
    Answers, Assessment, CalendarPhase, Contrat, Date, Funding, OutcomeKind, Params, Question,
    Route, Verdict,
};
use std::collections::BTreeMap;

/// What a walk found.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Walk {
    /// Combinations of answers that reach a result.
    pub complete: usize,
    /// Combinations on the way to one.
    pub partial: usize,
    /// Each broken invariant, with the answers that break it (the first
    /// [`MAX_PROBLEMS`] only).
    pub problems: Vec<String>,
}

/// How many broken invariants a walk keeps (one is enough to stop a release).
pub const MAX_PROBLEMS: usize = 20;

/// The days the walk is run on, from a session's facts: while
/// registrations are open; after the Parcoursup close (two intakes on
/// Parcoursup); after the last oral (two intakes off it); after the start
/// (the next intake, provisional); and, with the data never updated, in
/// January and on the day last year's registrations opened.
pub fn days(f: &Facts) -> Vec<Date> {
    let (y, c) = (f.intake.year, f.calendar);
    vec![
        Date::new(y, 2, 1),
        c.parcoursup_closes.next_day(),
        c.oral_ends.next_day(),
        Date::new(y, 11, 23),
        Date::new(y + 1, 1, 10),
        c.registration_opens.years_later(1),
        c.oral_ends.years_later(1).next_day(),
    ]
}

/// The change lines' texts, each looked up once per walk (they depend on
/// the key, not on the answers that lead to it).
#[derive(Default)]
struct Texts {
    keys: BTreeMap<String, bool>,
}

impl Texts {
    fn has(&mut self, key: String) -> bool {
        *self.keys.entry(key).or_insert_with_key(|k| {
            content::raw_by_key(content::Lang::Fr, k).is_some_and(|s| !s.trim().is_empty())
        })
    }
}

/// Walks every reachable path for a visitor with these parameters.
pub fn walk(p: &Params) -> Walk {
    let p = *p;
    let mut w = Walk::default();
    let mut texts = Texts::default();
    samples::walk(&p, Tier::All, &mut |a, done| {
        let mut fail = |what: String| {
            if w.problems.len() < MAX_PROBLEMS {
                w.problems.push(format!("{what}: {a:?}"));
            }
        };
        let r = assess(a, &p);
        state(a, &r, done, &p, &mut fail);
        if done {
            complete(a, &r, &p, &mut texts, &mut fail);
            w.complete += 1;
        } else {
            w.partial += 1;
        }
    });
    w
}

/// The invariants of any state of the walk.
fn state(a: &Answers, r: &Assessment, done: bool, p: &Params, fail: &mut dyn FnMut(String)) {
    // The missing list is in flow order, relevant and unanswered.
    if !r.missing.windows(2).all(|w| w[0] < w[1]) {
        fail("missing questions out of flow order".into());
    }
    for q in &r.missing {
        if !rules::relevant(*q, a, p) || a.is_answered(*q) {
            fail(format!("{q} missing but irrelevant or answered"));
        }
    }
    let all_known = r.prerequisite.is_some()
        && r.route.is_some()
        && r.interview.is_some()
        && r.funding.is_some();
    if r.missing.is_empty() != all_known {
        fail("missing empty not exactly when complete".into());
    }
    if r.is_complete() != done {
        fail("complete for the engine, not for the walk".into());
    }
    // Every provisional assessment says so, and names its intake: the one
    // the texts follow too.
    let pa = p.for_answers(a);
    if r.intake_year != pa.intake_year || r.provisional != pa.provisional() {
        fail("intake or provisional differs from the texts'".into());
    }
    let unpublished = matches!(
        r.calendar,
        CalendarPhase::NotPublished | CalendarPhase::ProbablyOpen | CalendarPhase::ProbablyClosed
    );
    if unpublished != r.provisional {
        fail("the calendar is not published exactly when provisional".into());
    }
    intakes(a, done, p, r.intake_year, fail);
    // A route left to the admission service is never presented as settled.
    for (_, value, _, certainty) in r.outcomes() {
        if value == Verdict::Route(Route::Contact) && certainty.is_sure() {
            fail("contact is always to_confirm".into());
        }
    }
    // Each conclusion says why, each reason once.
    for (kind, _, reasons) in r.conclusions() {
        if reasons.is_empty() {
            fail(format!("{kind} without a reason"));
        }
        let mut distinct = reasons.to_vec();
        distinct.sort();
        distinct.dedup();
        if distinct.len() != reasons.len() {
            fail(format!("{kind}: a reason twice {reasons:?}"));
        }
    }
}

/// `rentree` is asked exactly when two intakes are open, and the intake
/// assessed is one of those open to the person.
fn intakes(a: &Answers, done: bool, p: &Params, assessed: u16, fail: &mut dyn FnMut(String)) {
    let joinable = rules::joinable(a, p);
    let two = joinable.is_some_and(|j| j.options().len() == 2);
    if rules::relevant(Question::Rentree, a, p) != two {
        fail("rentree asked not exactly when two intakes are open".into());
    }
    if let Some(j) = joinable {
        // One open to them, or the one after (a counsellor's link).
        if !j.accepts(assessed) {
            fail(format!("intake {assessed} not open to them ({j:?})"));
        }
        if a.rentree.is_none() && assessed != j.first {
            fail(format!("intake {assessed} instead of {}", j.first));
        }
        if done && two && a.rentree.map(|y| y.year()) != Some(assessed) {
            fail(format!("intake {assessed} is not the one chosen"));
        }
    }
}

/// The invariants of a complete result: funding, costs, what could change.
fn complete(
    a: &Answers,
    r: &Assessment,
    p: &Params,
    texts: &mut Texts,
    fail: &mut dyn FnMut(String),
) {
    let funding = r.funding.as_ref().map(|o| o.value);
    let signed = matches!(
        a.contrat,
        Some(Contrat::Apprentissage | Contrat::Professionnalisation)
    );
    if (funding == Some(Funding::Employer)) != signed {
        fail("employer not exactly when a contract is signed".into());
    }
    if r.costs.is_empty() || r.dispenses.is_none() {
        fail("a result without costs or dispenses".into());
    }
    for change in rules::changes(a, p) {
        let key = content::change_key(&change);
        if !texts.has(key.clone()) {
            fail(format!("no text for {key}"));
        }
        if !a.is_answered(change.question) {
            fail(format!("{change:?} changes an unanswered question"));
        }
        // Only what a person can still change: never the bac year, past
        // studies, the situation or the diploma held (except, for the
        // prerequisite itself, a diploma still to obtain).
        let changeable = matches!(
            change.question,
            Question::Contrat
                | Question::FranceTravail
                | Question::Heures
                | Question::Blocs
                | Question::Vapp
        ) || (change.question == Question::Diplome
            && change.kind() == OutcomeKind::Prerequisite);
        if !changeable {
            fail(format!("{change:?} is not something one can change"));
        }
    }
}
