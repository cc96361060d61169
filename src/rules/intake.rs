//! Intake and calendar: the published session's facts ([`Session`]), the
//! rules' parameters ([`Params`]: today, the session, the intake assessed),
//! where today falls in an admission year ([`Window`]), which intakes a
//! person can still join ([`joinable`], [`intake`]) and the calendar phase
//! of the intake assessed ([`calendar_phase`]).

use super::verdicts::route_by_situation;
use super::{AnneeBac, Answers, Calendar, CalendarPhase, Date, Diplome, Route};

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
    pub today: Date,
    /// The last published session, whose rules, calendar and hours are
    /// used (stored once: its intake year is [`Params::published_year`]).
    pub session: Session,
}

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
            today,
            session: *session,
        };
        p.intake_year = p.default_intake();
        p
    }

    /// The intake year of the last published session.
    pub fn published_year(&self) -> u16 {
        self.session.intake_year
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
        let (t, s) = (self.today, self.session.start);
        // The training of intake T starts in year T (the content check
        // enforces it for the published one).
        let year = if (t.month, t.day) < (s.month, s.day) {
            t.year
        } else {
            t.year.saturating_add(1)
        };
        let current = year.max(self.published_year());
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
        self.session
            .calendar
            .years_later(intake.saturating_sub(self.published_year()))
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
        self.intake_year != self.published_year()
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
pub(super) fn bac_pending(a: &Answers, p: &Params) -> bool {
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
pub(super) fn intake_choice(a: &Answers, p: &Params) -> bool {
    joinable(a, p).is_some_and(|j| j.choice.is_some())
}

/// `year` is an intake these answers may name (any of the next three while
/// the route is still unknown).
pub(super) fn accepted_intake(a: &Answers, p: &Params, year: u16) -> bool {
    match joinable(a, p) {
        Some(j) => j.accepts(year),
        None => {
            let (current, _) = p.timing();
            (current..=current.saturating_add(2)).contains(&year)
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

/// Off Parcoursup the page gives no closing date: while the calendar of
/// the intake assessed is not published (`phase`), and until the published
/// session's intake starts, that session's places may not all be taken.
pub fn site_places_may_remain(p: &Params, route: Route, phase: CalendarPhase) -> bool {
    phase.is_provisional() && route != Route::Parcoursup && p.today < p.session.start
}
