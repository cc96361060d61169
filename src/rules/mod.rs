//! The eligibility rules: `Answers -> Assessment`, nothing else.
//!
//! Pure policy. No browser, no text, no I/O: facts that change every year
//! (intake year, calendar, bloc hours) come in through [`Params`], today's date
//! too, and conclusions go out as typed values ([`Verdict`], [`Reason`],
//! [`Change`]…) that `content` turns into sentences and source citations. Sources: the institute's DEASS page (`irts`) and the
//! national certification record RNCP41748 (`rncp`), in `shared/sources/`.

mod answers;
mod date;
mod outcomes;
pub mod parse;
mod questions;
#[cfg(any(test, feature = "testing", feature = "mise-a-jour"))]
pub mod samples;

pub use answers::{
    AnneeBac, Bloc, Blocs, Contrat, Diplome, DiplomeBloc, Form, Hours, Rentree, Situation,
    StatutPublic,
};
pub use date::{Calendar, Date};
pub use outcomes::{
    CalendarPhase, Certainty, Change, Confirm, Cost, Funding, Interview, Outcome, OutcomeKind,
    Prerequisite, Ranked, Reason, Route, Verdict,
};
pub use questions::{Answers, Question};

/// The last session the institute published: its intake year, calendar
/// and training hours (the content file's facts).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Session {
    pub intake_year: u16,
    /// The first day of that intake's training (September).
    pub start: Date,
    pub calendar: Calendar,
    /// Centre hours of BC1..BC4.
    pub bloc_hours: [u32; 4],
    /// All centre hours of the training.
    pub centre_hours: u32,
}

/// Where today falls in the admission year of the *current* intake (the
/// first one whose training has not started): a later intake's calendar is
/// assumed to fall on the same days of the year as the published one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Window {
    /// Up to the Parcoursup closing day: everyone can still aim at it.
    Open,
    /// After the Parcoursup close, up to the last oral day: on Parcoursup,
    /// only those already registered can still join it.
    AfterParcoursup,
    /// After the last oral day, before the training starts: off Parcoursup,
    /// maybe, if places remain (the page gives no date there).
    AfterOrals,
}

/// Why two intakes are open to a person (and the `rentree` question is asked).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum IntakeChoice {
    /// Parcoursup is closed and its orals are ahead: the current intake for
    /// a person already registered there, otherwise the next.
    ParcoursupRegistered,
    /// The orals are over: off Parcoursup, the current intake if places
    /// remain (for the admission service to confirm), otherwise the next.
    PlacesLeft,
}

/// The intakes a person can still join on the visitor's date.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Intakes {
    /// The earliest one.
    pub first: u16,
    /// Set when the one after it is open to them too, with why the first
    /// is only open to some.
    pub choice: Option<IntakeChoice>,
}

impl Intakes {
    /// The intakes to choose from, earliest first (one or two).
    pub fn options(self) -> Vec<u16> {
        match self.choice {
            Some(_) => vec![self.first, self.first.saturating_add(1)],
            None => vec![self.first],
        }
    }

    /// An intake a link may name: one the person can join, or the one
    /// after the last of those (a counsellor showing a later intake).
    pub fn accepts(self, year: u16) -> bool {
        let last = self.first + u16::from(self.choice.is_some());
        (self.first..=last.saturating_add(1)).contains(&year)
    }
}

/// Everything the rules need that is not an answer: the visitor's date, the
/// published session's facts, and the intake assessed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Params {
    /// The intake assessed: from the date alone ([`Params::new`]), then
    /// from the answers too ([`Params::for_answers`]).
    pub intake_year: u16,
    /// The last published session, whose rules and calendar are used.
    pub published_year: u16,
    pub today: Date,
    /// The first day of the published intake's training.
    pub start: Date,
    /// The published session's calendar.
    pub calendar: Calendar,
    /// Centre hours of BC1..BC4.
    pub bloc_hours: [u32; 4],
    /// All centre hours of the training.
    pub centre_hours: u32,
}

/// The Région funds initial training when the weekly hours of a CDI are at
/// most this (the route, by contrast, needs strictly fewer).
const HOURS_24: u32 = 24 * 100;

/// The bac counts as recent when obtained at most this many years before the
/// intake year ("depuis moins de 4 ans"). One year more is the boundary the
/// page leaves open: it does not say from which date the four years count.
const BAC_RECENT_YEARS: u16 = 3;

/// The day (month, day) from which this year's bac counts as held: the
/// results, second round included, are out by then (product decision: the
/// sources give no date). Before it, this year's bac is still being taken.
pub const BAC_HELD_FROM: (u8, u8) = (7, 15);

impl Params {
    /// The parameters for a visitor on `today`, from the last published
    /// session, before any answer: the intake most people can still join.
    pub fn new(session: &Session, today: Date) -> Params {
        let mut p = Params {
            intake_year: session.intake_year,
            published_year: session.intake_year,
            today,
            start: session.start,
            calendar: session.calendar,
            bloc_hours: session.bloc_hours,
            centre_hours: session.centre_hours,
        };
        p.intake_year = p.default_intake();
        p
    }

    /// The same parameters, with the intake these answers lead to (see
    /// [`intake`]): what every text and conclusion follows.
    pub fn for_answers(&self, a: &Answers) -> Params {
        Params {
            intake_year: intake(a, self),
            ..*self
        }
    }

    /// The current intake, the first whose training has not started, and
    /// where today falls in its admission year.
    pub fn timing(&self) -> (u16, Window) {
        let (t, s) = (self.today, self.start);
        // The training of intake T starts in year T (the content check
        // enforces it for the published one).
        let year = if (t.month, t.day) < (s.month, s.day) {
            t.year
        } else {
            t.year.saturating_add(1)
        };
        let current = year.max(self.published_year);
        let c = self.calendar_of(current);
        let window = if t <= c.parcoursup_closes {
            Window::Open
        } else if t <= c.oral_ends {
            Window::AfterParcoursup
        } else {
            Window::AfterOrals
        };
        (current, window)
    }

    /// The intake assessed before the answers say otherwise: the current
    /// one, or the next once its orals are over.
    pub fn default_intake(&self) -> u16 {
        match self.timing() {
            (current, Window::AfterOrals) => current.saturating_add(1),
            (current, _) => current,
        }
    }

    /// The calendar of `intake`: the published one, or for a later intake
    /// the same days of the year (assumed, not published).
    pub fn calendar_of(&self, intake: u16) -> Calendar {
        self.calendar
            .years_later(intake.saturating_sub(self.published_year))
    }

    /// The year of the bac being taken now: this year's until its results
    /// are out ([`BAC_HELD_FROM`]), next year's after.
    pub fn bac_session_year(&self) -> u16 {
        let t = self.today;
        if (t.month, t.day) < BAC_HELD_FROM {
            t.year
        } else {
            t.year.saturating_add(1)
        }
    }

    /// The intake assessed is later than the last published session: its
    /// calendar is not out, and the rules and amounts are carried over.
    pub fn provisional(&self) -> bool {
        self.intake_year != self.published_year
    }

    /// First bac year that meets the "bac obtained less than 4 years ago"
    /// criterion for the intake assessed.
    pub fn bac_recent_from(&self) -> u16 {
        self.intake_year.saturating_sub(BAC_RECENT_YEARS)
    }

    /// The latest bac year a candidate can already hold: this year's (a bac
    /// still to pass is the "je prépare le bac" answer).
    pub fn bac_year_max(&self) -> u16 {
        self.today.year
    }
}

/// What the candidate's acquired blocs mean beyond the interview exemption.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Dispenses {
    /// DEASS blocs (1..=4) already acquired: the diploma is obtained by
    /// capitalising its four blocs, each validated separately (RNCP).
    pub validated: Vec<u8>,
    /// Blocs of another level-6 DE of the educators (ES, ETS, EJE): the
    /// page says two of the DEASS's four blocs are common to the level-6
    /// trainings "réalisées sur 3 ans", without naming them, so whether
    /// these are is to confirm.
    pub maybe_common: Vec<Bloc>,
    /// Blocs of the DECESF: the interview exemption is sure; whether it is
    /// one of the trainings "réalisées sur 3 ans" no source says (to confirm).
    pub interview_only: Vec<Bloc>,
    /// Centre hours of the DEASS blocs already acquired.
    pub validated_hours: u32,
}

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

/// The intakes a person with these answers can still join on `p.today`, or
/// `None` while their registration route is unknown. Off Parcoursup the page
/// gives no dates (« contactez le service admission »): until the orals are
/// over, the current intake; after them, it too if places remain. Someone
/// still taking the bac cannot start before the September after it.
pub fn joinable(a: &Answers, p: &Params) -> Option<Intakes> {
    let parcoursup = route_by_situation(a)?.value == Route::Parcoursup;
    let (current, window) = p.timing();
    let (first, choice) = match (window, parcoursup) {
        (Window::Open, _) | (Window::AfterParcoursup, false) => (current, None),
        (Window::AfterParcoursup, true) => (current, Some(IntakeChoice::ParcoursupRegistered)),
        (Window::AfterOrals, true) => (current.saturating_add(1), None),
        (Window::AfterOrals, false) => (current, Some(IntakeChoice::PlacesLeft)),
    };
    let entry = match taking_bac(a, p) {
        true => p.bac_session_year(),
        false => first,
    };
    Some(if entry > first {
        Intakes {
            first: entry,
            choice: None,
        }
    } else {
        Intakes { first, choice }
    })
}

/// The bac is still being taken: « je passe le baccalauréat », or a bac of
/// this year given before its results are out ([`BAC_HELD_FROM`]).
fn taking_bac(a: &Answers, p: &Params) -> bool {
    match a.diplome {
        Some(Diplome::Terminale) => true,
        Some(Diplome::Bac) => bac_pending(a, p),
        _ => false,
    }
}

/// A bac of this year, answered before its results are out.
fn bac_pending(a: &Answers, p: &Params) -> bool {
    a.annee_bac == Some(AnneeBac::Obtenu(p.today.year)) && p.bac_session_year() == p.today.year
}

/// The intake these answers are assessed for: the one chosen (`rentree`)
/// if the person can join it, else the earliest they can join; while the
/// route is unknown, the chosen one if it may be open, else the default.
pub fn intake(a: &Answers, p: &Params) -> u16 {
    a.rentree
        .map(|r| r.year())
        .filter(|&y| accepted_intake(a, p, y))
        .unwrap_or_else(|| joinable(a, p).map_or_else(|| p.default_intake(), |j| j.first))
}

/// The `rentree` question matters: two intakes are open to this person.
fn intake_choice(a: &Answers, p: &Params) -> bool {
    joinable(a, p).is_some_and(|j| j.choice.is_some())
}

/// No criterion of the Région's list but France Travail registration holds,
/// and none is still unknown: the registration alone would decide the
/// funding (when France Travail matters).
fn no_region_criterion(a: &Answers, p: &Params) -> bool {
    matches!(region_criteria(a, p), K(ref v) if v.iter().all(|r| *r == Reason::FundingRegionBacFourYears))
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

/// `year` is an intake these answers may name (any of the next three while
/// the route is still unknown).
fn accepted_intake(a: &Answers, p: &Params, year: u16) -> bool {
    match joinable(a, p) {
        Some(j) => j.accepts(year),
        None => {
            let (current, _) = p.timing();
            (current..=current.saturating_add(2)).contains(&year)
        }
    }
}

/// Questions that matter and are not answered yet, in flow order.
pub fn missing(a: &Answers, p: &Params) -> Vec<Question> {
    let a = pruned(a, p);
    Question::ALL
        .into_iter()
        .filter(|&q| relevant(q, &a, p) && !a.is_answered(q))
        .collect()
}

/// A three-valued result: known, or not yet (an answer it rests on is missing).
#[derive(Clone, Debug, PartialEq, Eq)]
enum Known<T> {
    Known(T),
    Unknown,
}
use Known::{Known as K, Unknown as U};

fn outcome<T>(value: T, reason: Reason, certainty: Certainty) -> Option<Outcome<T>> {
    Some(Outcome {
        value,
        reasons: vec![reason],
        certainty,
    })
}

fn prerequisite(a: &Answers, p: &Params) -> Option<Outcome<Prerequisite>> {
    use Certainty::{Sure, ToConfirm};
    let (value, reason, certainty) = match a.diplome? {
        // This year's bac before its results: still to obtain by the start.
        Diplome::Bac if bac_pending(a, p) => {
            (Prerequisite::AtEntry, Reason::PrereqBacPending, Sure)
        }
        Diplome::Bac => (Prerequisite::Met, Reason::PrereqBac, Sure),
        Diplome::Titre4 => (Prerequisite::Met, Reason::PrereqTitre4, Sure),
        // Any diploma or title counts if held « au moment de l'entrée en
        // formation »: one being prepared is to obtain by the start.
        Diplome::Titre4EnCours => (Prerequisite::AtEntry, Reason::PrereqTitre4Pending, Sure),
        // Neither source says how a foreign diploma is assessed: the
        // institute decides whether it stands for a level-4 title.
        Diplome::Etranger => (
            Prerequisite::ToConfirm,
            Reason::PrereqEtranger,
            ToConfirm(Confirm::PrereqEtranger),
        ),
        Diplome::Terminale => (Prerequisite::AtEntry, Reason::PrereqTerminale, Sure),
        Diplome::Aucun => match a.vapp? {
            // The validation itself is the institution's decision.
            true => (
                Prerequisite::Vapp,
                Reason::PrereqVapp,
                ToConfirm(Confirm::PrereqVapp),
            ),
            false => (Prerequisite::NotMet, Reason::PrereqNotMet, Sure),
        },
    };
    outcome(value, reason, certainty)
}

/// The route, and whether its timing is for the admission service to
/// confirm: the current intake chosen after its orals (places left?).
fn route(a: &Answers, p: &Params) -> Option<Outcome<Route>> {
    let mut o = route_by_situation(a)?;
    let (current, window) = p.timing();
    let late = window == Window::AfterOrals && intake(a, p) == current;
    if late && o.certainty.is_sure() {
        o.certainty = Certainty::ToConfirm(Confirm::RoutePlaces);
    }
    Some(o)
}

fn route_by_situation(a: &Answers) -> Option<Outcome<Route>> {
    use std::cmp::Ordering::{Equal, Greater, Less};
    use Situation::*;
    let sure = Certainty::Sure;
    let disagree = Certainty::ToConfirm(Confirm::RouteListsDisagree);
    let (value, reason, certainty) = match a.situation? {
        Lyceen | Etudiant | DemandeurEmploi | Cdd | ContratAide | Csp | ServiceCivique => {
            (Route::Parcoursup, Reason::RouteParcoursupSituation, sure)
        }
        // The page says "< 24h" for Parcoursup and "> 24h" for the site:
        // exactly 24 h is covered by neither, so the admission service decides.
        Cdi => match a.heures?.hundredths().cmp(&HOURS_24) {
            Less => (Route::Parcoursup, Reason::RouteParcoursupCdiUnder24, sure),
            Equal => (
                Route::Contact,
                Reason::RouteContactCdi24,
                Certainty::ToConfirm(Confirm::RouteCdi24),
            ),
            Greater => (Route::Site, Reason::RouteSiteCdiOver24, sure),
        },
        // Every agent is on the site's list; a contract employee may also
        // be on the Parcoursup list (CDD, CDI under 24 h): when the two
        // lists a person is on point different ways, the page does not say
        // which wins.
        FonctionPublique => match a.statut_public? {
            StatutPublic::Titulaire => (Route::Site, Reason::RouteSiteFonctionPublique, sure),
            StatutPublic::Cdd => (Route::Contact, Reason::RouteContactPublicCdd, disagree),
            StatutPublic::Cdi => match a.heures?.hundredths().cmp(&HOURS_24) {
                Less => (
                    Route::Contact,
                    Reason::RouteContactPublicCdiUnder24,
                    disagree,
                ),
                Equal | Greater => (Route::Site, Reason::RouteSiteFonctionPublique, sure),
            },
        },
        Autre => (
            Route::Contact,
            Reason::RouteContactAutre,
            Certainty::ToConfirm(Confirm::RouteAutre),
        ),
    };
    outcome(value, reason, certainty)
}

fn interview(a: &Answers) -> Option<Outcome<Interview>> {
    let contrat = a.contrat?;
    let blocs = a.blocs?;
    let mut reasons = Vec::new();
    if contrat != Contrat::Aucun {
        reasons.push(Reason::InterviewExemptContrat);
    }
    // Any bloc of the DEASS or of another level-6 DE counts: all five
    // diplomas the question offers are on the page's list.
    if !blocs.is_empty() {
        reasons.push(Reason::InterviewExemptBlocs);
    }
    Some(if reasons.is_empty() {
        Outcome {
            value: Interview::Required,
            reasons: vec![Reason::InterviewRequired],
            certainty: Certainty::Sure,
        }
    } else {
        Outcome {
            value: Interview::Exempt,
            reasons,
            certainty: Certainty::Sure,
        }
    })
}

/// In work beyond the Région's hours line (a CDI over 24 h, private or
/// public, or a titulaire): the page announces only 35 places under
/// initial-training status ("Autres statuts, nous consulter") and does not
/// say whether such a person has one, whatever other criterion of the
/// Région's list they meet.
fn full_time(a: &Answers) -> bool {
    let over_24 = a.heures.is_some_and(|h| h.hundredths() > HOURS_24);
    match a.situation {
        Some(Situation::Cdi) => over_24,
        Some(Situation::FonctionPublique) => match a.statut_public {
            Some(StatutPublic::Titulaire) => true,
            Some(StatutPublic::Cdi) => over_24,
            _ => false,
        },
        _ => false,
    }
}

/// A pupil or a student.
fn in_studies(a: &Answers) -> bool {
    matches!(a.situation, Some(Situation::Lyceen | Situation::Etudiant))
}

/// The Région Normandie criteria other than France Travail registration,
/// each that holds as its reason; unknown while an answer they need is missing.
fn region_criteria(a: &Answers, p: &Params) -> Known<Vec<Reason>> {
    use Situation::*;
    let mut held = Vec::new();
    let recent_from = p.for_answers(a).bac_recent_from();
    match a.diplome {
        None => return U,
        // A level-4 title holder's bac counts too, if they have one.
        Some(Diplome::Bac | Diplome::Titre4 | Diplome::Titre4EnCours) => match a.annee_bac {
            None => return U,
            Some(AnneeBac::Obtenu(y)) if y >= recent_from => {
                held.push(Reason::FundingRegionBacRecent)
            }
            // Four years before the intake: « depuis moins de 4 ans » at
            // registration, not at the start. The page does not say which.
            Some(AnneeBac::Obtenu(y)) if y.saturating_add(1) == recent_from => {
                held.push(Reason::FundingRegionBacFourYears)
            }
            Some(_) => {}
        },
        // Product decision: the bac of the intake's year is by definition
        // less than 4 years old at that intake.
        Some(Diplome::Terminale) => held.push(Reason::FundingRegionBacExpected),
        // A foreign diploma is not the baccalauréat the page names: with no
        // other criterion, whether it counts is to confirm (`funding`).
        Some(Diplome::Etranger | Diplome::Aucun) => {}
    }
    match a.situation {
        None => return U,
        Some(Lyceen | Etudiant) => match a.interruption {
            None => return U,
            Some(false) => held.push(Reason::FundingRegionStudies),
            Some(true) => {}
        },
        Some(Cdd) => held.push(Reason::FundingRegionCdd),
        Some(Cdi) => match a.heures {
            None => return U,
            Some(h) if h.hundredths() <= HOURS_24 => held.push(Reason::FundingRegionCdiUpTo24),
            Some(_) => {}
        },
        Some(FonctionPublique) => match a.statut_public {
            None => return U,
            // "Salarié en CDD (droit privé ou public)".
            Some(StatutPublic::Cdd) => held.push(Reason::FundingRegionCdd),
            Some(StatutPublic::Cdi) => match a.heures {
                None => return U,
                Some(h) if h.hundredths() <= HOURS_24 => {
                    held.push(Reason::FundingRegionPublicCdiUpTo24)
                }
                Some(_) => {}
            },
            Some(StatutPublic::Titulaire) => {}
        },
        Some(ContratAide) => held.push(Reason::FundingRegionContratAide),
        Some(Csp) => held.push(Reason::FundingRegionCsp),
        Some(ServiceCivique) => held.push(Reason::FundingRegionServiceCivique),
        Some(DemandeurEmploi | Autre) => {}
    }
    sort_small(&mut held);
    K(held)
}

fn funding(a: &Answers, p: &Params) -> Option<Outcome<Funding>> {
    match a.contrat? {
        // The sources name the contracts only for the interview exemption:
        // who pays, and what, is for the institute and the employer to say.
        Contrat::Apprentissage | Contrat::Professionnalisation => {
            return outcome(
                Funding::Employer,
                Reason::FundingEmployerContrat,
                Certainty::ToConfirm(Confirm::FundingEmployer),
            )
        }
        Contrat::Aucun => {}
    }
    let K(mut held) = region_criteria(a, p) else {
        return None;
    };
    let boundary = held.contains(&Reason::FundingRegionBacFourYears);
    if held.iter().all(|r| *r == Reason::FundingRegionBacFourYears) {
        match a.france_travail? {
            true => held = vec![Reason::FundingRegionFranceTravail],
            false if boundary => {
                // In work full time, the bac would still not settle it
                // (see `settles` below): both questions are asked.
                let confirm = match full_time(a) {
                    true => Confirm::FundingBacFourYearsFullTime,
                    false => Confirm::FundingBacFourYears,
                };
                return outcome(
                    Funding::Region,
                    Reason::FundingRegionBacFourYears,
                    Certainty::ToConfirm(confirm),
                );
            }
            false => {
                // The page names the bac only: whether a title such as the
                // DAEU, or a foreign diploma, counts like it is for the
                // institute to say (decision: both to confirm, docs/regles.md).
                let certainty = match (a.diplome, a.annee_bac) {
                    (Some(Diplome::Etranger), _) => Certainty::ToConfirm(Confirm::FundingEtranger),
                    (_, Some(AnneeBac::Aucun)) => Certainty::ToConfirm(Confirm::FundingTitre4),
                    _ => Certainty::Sure,
                };
                return outcome(
                    Funding::Continuing,
                    Reason::FundingContinuingNoCriterion,
                    certainty,
                );
            }
        }
    }
    held.retain(|r| *r != Reason::FundingRegionBacFourYears);
    // A criterion settles the funding when the page states it for this
    // person without a doubt. The page lists its criteria as alternatives,
    // but announces only 35 places under initial-training status and does
    // not say whether a person employed full time has one: their bac or a
    // France Travail registration alone is for the institute to confirm.
    // A public CDI is not named by the "CDI ≤ 24 h" line, unlike the CDD
    // line's "droit privé ou public".
    let settles = |r: &Reason| match r {
        Reason::FundingRegionPublicCdiUpTo24 => false,
        Reason::FundingRegionBacRecent
        | Reason::FundingRegionBacExpected
        | Reason::FundingRegionFranceTravail => !full_time(a),
        _ => true,
    };
    let certainty = if held.iter().any(settles) {
        Certainty::Sure
    } else if held.contains(&Reason::FundingRegionPublicCdiUpTo24) {
        Certainty::ToConfirm(Confirm::FundingPublicCdi)
    } else {
        Certainty::ToConfirm(Confirm::FundingFullTime)
    };
    Some(Outcome {
        value: Funding::Region,
        reasons: held,
        certainty,
    })
}

/// The cost lines of one funding outcome.
fn funding_costs(funding: Funding) -> &'static [Cost] {
    match funding {
        Funding::Region => &[Cost::Registration, Cost::Tuition, Cost::Cvec, Cost::Bourse],
        Funding::Continuing => &[Cost::ContinuingCost, Cost::ContinuingFinancing],
        // The page ties the CVEC to initial training: whether a contract
        // comes under it is for the institute to say.
        Funding::Employer => &[Cost::EmployerCovered, Cost::CvecContract],
    }
}

/// The cost lines of the case (the admission fee, then the funding's), and
/// when the Région's funding is to confirm, the lines that apply if it does
/// not fund: continuing education, whose cost the page gives (the admission
/// fee stays the same). A continuing education to confirm keeps its own
/// lines only: the Région's case is named by its card and glance.
fn costs(
    interview: Option<Interview>,
    funding: Option<&Outcome<Funding>>,
) -> (Vec<Cost>, Vec<Cost>) {
    let (Some(interview), Some(funding)) = (interview, funding) else {
        return (Vec::new(), Vec::new());
    };
    let mut out = vec![match interview {
        Interview::Required => Cost::AdmissionFee,
        Interview::Exempt => Cost::AdmissionFeeExempt,
    }];
    out.extend_from_slice(funding_costs(funding.value));
    let otherwise = match (funding.value, funding.certainty) {
        (Funding::Region, Certainty::ToConfirm(_)) => funding_costs(Funding::Continuing).to_vec(),
        _ => Vec::new(),
    };
    (out, otherwise)
}

fn dispenses(blocs: Blocs, p: &Params) -> Dispenses {
    let mut validated = Vec::new();
    let mut maybe_common = Vec::new();
    let mut interview_only = Vec::new();
    for b in blocs.iter() {
        match b.diplome {
            DiplomeBloc::Ass => validated.push(b.n),
            // "Communs à toutes les formations de niveau 6 du travail social
            // réalisées sur 3 ans": no source gives the DECESF's length, so
            // its blocs are shown apart, the common blocs to confirm.
            DiplomeBloc::Cesf => interview_only.push(b),
            DiplomeBloc::Es | DiplomeBloc::Ets | DiplomeBloc::Eje => maybe_common.push(b),
        }
    }
    let validated_hours = validated
        .iter()
        .map(|&n| p.bloc_hours.get(usize::from(n) - 1).copied().unwrap_or(0))
        .sum();
    Dispenses {
        validated,
        maybe_common,
        interview_only,
        validated_hours,
    }
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

/// Where the calendar of the intake assessed (`p.intake_year`) stands on
/// `p.today`. For a later intake than the published one, its calendar is
/// assumed on the same days of the year: registrations there are probably
/// open, or probably closed.
pub fn calendar_phase(p: &Params) -> CalendarPhase {
    let (t, c) = (p.today, p.calendar_of(p.intake_year));
    let provisional = p.provisional();
    if t < c.registration_opens {
        match provisional {
            true => CalendarPhase::NotPublished,
            false => CalendarPhase::BeforeOpening,
        }
    } else if t <= c.parcoursup_closes {
        match provisional {
            true => CalendarPhase::ProbablyOpen,
            false => CalendarPhase::Open,
        }
    } else {
        match provisional {
            true => CalendarPhase::ProbablyClosed,
            false => CalendarPhase::Closed,
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

/// Values tried for each answer a person can still change (a contract,
/// France Travail registration, working hours, blocs by VAE, and for the
/// prerequisite a diploma to obtain or the D. 613-40 conditions to come):
/// never the bac year, past studies, the situation or the status held.
fn candidates(q: Question, a: &Answers) -> Vec<Answers> {
    let base = Answers::default();
    let set = |f: &dyn Fn(&mut Answers)| {
        let mut a = base;
        f(&mut a);
        a
    };
    match q {
        // A diploma still to obtain (a foreign one is not a lever).
        // A title being prepared concludes as the bac being taken does.
        Question::Diplome => Diplome::ALL
            .iter()
            .filter(|&&d| !matches!(d, Diplome::Etranger | Diplome::Titre4EnCours))
            .map(|&d| set(&|a| a.diplome = Some(d)))
            .collect(),
        Question::Heures => [20, 24, 35]
            .iter()
            .filter_map(|&h| Hours::whole(h))
            .map(|h| set(&|a| a.heures = Some(h)))
            .collect(),
        Question::Contrat => Contrat::ALL
            .iter()
            .map(|&c| set(&|a| a.contrat = Some(c)))
            .collect(),
        Question::Vapp => vec![set(&|a| a.vapp = Some(true))],
        // Registering as a job seeker is no advice to someone employed
        // full time, nor to a pupil or student (the sources say nothing of
        // who may register, or when).
        Question::FranceTravail if !full_time(a) && !in_studies(a) => {
            vec![set(&|a| a.france_travail = Some(true))]
        }
        Question::Blocs => [
            Blocs::NONE.with(Bloc {
                diplome: DiplomeBloc::Ass,
                n: 1,
            }),
            Blocs::NONE.with(Bloc {
                diplome: DiplomeBloc::Es,
                n: 3,
            }),
        ]
        .iter()
        .map(|&b| set(&|a| a.blocs = Some(b)))
        .collect(),
        Question::FranceTravail
        | Question::Rentree
        | Question::AnneeBac
        | Question::Situation
        | Question::StatutPublic
        | Question::Interruption => Vec::new(),
    }
}

fn better<T: Ranked>(
    q: Question,
    now: &Option<Outcome<T>>,
    then: &Option<Outcome<T>>,
    out: &mut Vec<Change>,
) {
    let (Some(now), Some(then)) = (now, then) else {
        return;
    };
    let certainty = then.certainty;
    let (now, then) = (now.value, then.value);
    // Which diploma one holds is history, not a lever: it only counts for
    // the prerequisite itself (a diploma one could still obtain).
    if q == Question::Diplome && T::KIND != OutcomeKind::Prerequisite {
        return;
    }
    let helps = then.rank() > now.rank()
        // For the route no channel is better than another, but knowing what
        // the hours threshold would change is useful.
        || (T::KIND == OutcomeKind::Route && q == Question::Heures && then != now);
    if helps {
        let c = Change {
            question: q,
            to: then.verdict(),
            certainty,
        };
        // Two tried values may lead to the same outcome, one settled and one
        // not: the line then says "to confirm" (never surer than the rules).
        let same = |o: &Change| (o.question, o.to) == (c.question, c.to);
        match out.iter_mut().find(|o| same(o)) {
            Some(o) if o.certainty.is_sure() => o.certainty = c.certainty,
            Some(_) => {}
            None => out.push(c),
        }
    }
}

/// The neighbouring answers `n` assessed for `year`, the intake `a` is
/// assessed for, if `n` may name it too (see [`Intakes::accepts`]), and,
/// when it is the earlier of two open to `n`, for the same reason as for
/// `a` (already registered on Parcoursup, or places left off it). `None` when `n` could
/// only join another intake (on 1 June, a CDI of 35 h assessed for this
/// September: under 24 h, Parcoursup, closed since March for it).
fn at_intake(a: &Answers, n: Answers, year: u16, p: &Params) -> Option<Answers> {
    // While the route is unknown, both follow the default intake.
    let (Some(ja), Some(jn)) = (joinable(a, p), joinable(&n, p)) else {
        return Some(n);
    };
    let open = match jn.choice {
        Some(_) if year == jn.first => (ja.first, ja.choice) == (jn.first, jn.choice),
        _ => jn.accepts(year),
    };
    open.then_some(Answers {
        rentree: Some(Rentree(year)),
        ..n
    })
}

/// The single answers whose change would turn an outcome in the candidate's
/// favour, found by re-running the rules on neighbouring answers. Only
/// answered, relevant questions a person can still act on are varied; a
/// neighbour that would need a new answer to conclude is skipped.
pub fn changes(answers: &Answers, p: &Params) -> Vec<Change> {
    let a = pruned(answers, p);
    let now = assess(&a, p);
    let mut out = Vec::new();
    for q in Question::ALL.into_iter().filter(|&q| a.is_answered(q)) {
        for cand in candidates(q, &a) {
            let n = a.merged(q, &cand);
            if n == a {
                continue;
            }
            // Within the intake assessed: a change that could only lead to
            // another intake is not offered.
            let Some(n) = at_intake(&a, n, now.intake_year, p) else {
                continue;
            };
            let then = assess(&n, p);
            better(q, &now.prerequisite, &then.prerequisite, &mut out);
            better(q, &now.route, &then.route, &mut out);
            better(q, &now.interview, &then.interview, &mut out);
            better(q, &now.funding, &then.funding, &mut out);
        }
    }
    // The hours texts speak of the private CDI's threshold; a public CDI's
    // route turns on the disagreeing lists instead.
    if a.situation != Some(Situation::Cdi) {
        out.retain(|c| !(c.kind() == OutcomeKind::Route && c.question == Question::Heures));
    }
    sort_small(&mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn funding(value: Funding, certainty: Certainty) -> Outcome<Funding> {
        Outcome {
            value,
            reasons: vec![Reason::FundingRegionCdd],
            certainty,
        }
    }

    /// The Région's funding to confirm shows the continuing case too; a
    /// settled funding, a contract's, or continuing education to confirm
    /// (its own lines; the printout stays one sheet) does not.
    #[test]
    fn a_region_funding_to_confirm_has_the_continuing_costs_too() {
        let confirm = Certainty::ToConfirm(Confirm::FundingFullTime);
        let req = Some(Interview::Required);
        let (stated, other) = costs(req, Some(&funding(Funding::Region, confirm)));
        assert_eq!(stated[0], Cost::AdmissionFee);
        assert_eq!(other, funding_costs(Funding::Continuing));
        let (stated, other) = costs(req, Some(&funding(Funding::Continuing, confirm)));
        assert_eq!(&stated[1..], funding_costs(Funding::Continuing));
        assert!(other.is_empty());
        for f in [Funding::Region, Funding::Continuing, Funding::Employer] {
            assert!(costs(req, Some(&funding(f, Certainty::Sure))).1.is_empty());
        }
        let employer = Certainty::ToConfirm(Confirm::FundingEmployer);
        assert!(costs(req, Some(&funding(Funding::Employer, employer)))
            .1
            .is_empty());
    }
}
