//! Outcome values and reasons: typed, they go to the content layer as they
//! are (its texts are a `match` on them); their ids are the public contract
//! the result page and partner pages (`data-outcome` / `data-value` /
//! `data-reason`) rely on.

use super::Question;
use std::fmt;

/// The four conclusions every complete assessment carries.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum OutcomeKind {
    Prerequisite,
    Route,
    Interview,
    Funding,
}

impl OutcomeKind {
    /// The public id: the `data-*` value and the key of its texts.
    pub fn id(self) -> &'static str {
        match self {
            OutcomeKind::Prerequisite => "prerequisite",
            OutcomeKind::Route => "route",
            OutcomeKind::Interview => "interview",
            OutcomeKind::Funding => "funding",
        }
    }
}

impl fmt::Display for OutcomeKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}

/// Does the candidate meet the entry prerequisite? `to_confirm`: a
/// foreign diploma, whose equivalence the institute decides.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Prerequisite {
    Met,
    AtEntry,
    Vapp,
    ToConfirm,
    NotMet,
}

impl Prerequisite {
    /// The public id: the `data-*` value and the key of its texts.
    pub fn id(self) -> &'static str {
        match self {
            Prerequisite::Met => "met",
            Prerequisite::AtEntry => "at_entry",
            Prerequisite::Vapp => "vapp",
            Prerequisite::ToConfirm => "to_confirm",
            Prerequisite::NotMet => "not_met",
        }
    }
}

impl fmt::Display for Prerequisite {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}

/// Where the candidate registers for the admission process.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Route {
    Parcoursup,
    Site,
    Contact,
}

impl Route {
    /// The public id: the `data-*` value and the key of its texts.
    pub fn id(self) -> &'static str {
        match self {
            Route::Parcoursup => "parcoursup",
            Route::Site => "site",
            Route::Contact => "contact",
        }
    }
}

impl fmt::Display for Route {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}

/// Must the candidate sit the admission interview?
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Interview {
    Exempt,
    Required,
}

impl Interview {
    /// The public id: the `data-*` value and the key of its texts.
    pub fn id(self) -> &'static str {
        match self {
            Interview::Exempt => "exempt",
            Interview::Required => "required",
        }
    }
}

impl fmt::Display for Interview {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}

/// Who pays for the training.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Funding {
    Employer,
    Region,
    Continuing,
}

impl Funding {
    /// The public id: the `data-*` value and the key of its texts.
    pub fn id(self) -> &'static str {
        match self {
            Funding::Employer => "employer",
            Funding::Region => "region",
            Funding::Continuing => "continuing",
        }
    }
}

impl fmt::Display for Funding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}

/// One conclusion's value, with its kind: what the result page shows and
/// the content's texts are keyed by (`outcome.<kind>.<value>`). Its [`id`]
/// is the public `data-value` hook.
///
/// [`id`]: Verdict::id
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Verdict {
    Prerequisite(Prerequisite),
    Route(Route),
    Interview(Interview),
    Funding(Funding),
}

impl Verdict {
    pub fn kind(self) -> OutcomeKind {
        match self {
            Verdict::Prerequisite(_) => OutcomeKind::Prerequisite,
            Verdict::Route(_) => OutcomeKind::Route,
            Verdict::Interview(_) => OutcomeKind::Interview,
            Verdict::Funding(_) => OutcomeKind::Funding,
        }
    }

    /// The value's id (`data-value`, the golden table): `met`, `region`…
    pub fn id(self) -> &'static str {
        match self {
            Verdict::Prerequisite(v) => v.id(),
            Verdict::Route(v) => v.id(),
            Verdict::Interview(v) => v.id(),
            Verdict::Funding(v) => v.id(),
        }
    }
}

impl fmt::Display for Verdict {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}

/// The value of one of the four conclusions: its kind, and how good it is
/// for the candidate (to find the changes "in their favour").
pub trait Ranked: Copy + PartialEq {
    const KIND: OutcomeKind;
    fn rank(self) -> u8;
    fn verdict(self) -> Verdict;
}

impl Ranked for Prerequisite {
    const KIND: OutcomeKind = OutcomeKind::Prerequisite;
    fn verdict(self) -> Verdict {
        Verdict::Prerequisite(self)
    }
    fn rank(self) -> u8 {
        match self {
            Prerequisite::NotMet => 0,
            Prerequisite::Vapp | Prerequisite::ToConfirm => 1,
            Prerequisite::AtEntry | Prerequisite::Met => 2,
        }
    }
}

impl Ranked for Route {
    const KIND: OutcomeKind = OutcomeKind::Route;
    fn verdict(self) -> Verdict {
        Verdict::Route(self)
    }
    fn rank(self) -> u8 {
        match self {
            Route::Contact => 0,
            Route::Parcoursup | Route::Site => 1,
        }
    }
}

impl Ranked for Interview {
    const KIND: OutcomeKind = OutcomeKind::Interview;
    fn verdict(self) -> Verdict {
        Verdict::Interview(self)
    }
    fn rank(self) -> u8 {
        match self {
            Interview::Required => 0,
            Interview::Exempt => 1,
        }
    }
}

impl Ranked for Funding {
    const KIND: OutcomeKind = OutcomeKind::Funding;
    fn verdict(self) -> Verdict {
        Verdict::Funding(self)
    }
    fn rank(self) -> u8 {
        match self {
            Funding::Continuing => 0,
            Funding::Region => 1,
            Funding::Employer => 2,
        }
    }
}

/// Why an outcome is what it is. Each has its record in
/// `content/raisons.toml` (`[<id>]`: the sentence in each language, the
/// source and section it rests on); the build refuses a reason without one.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Reason {
    PrereqBac,
    PrereqBacPending,
    PrereqTitre4,
    PrereqTitre4Pending,
    PrereqTerminale,
    PrereqEtranger,
    PrereqVapp,
    PrereqNotMet,
    RouteParcoursupSituation,
    RouteParcoursupCdiUnder24,
    RouteSiteCdiOver24,
    RouteSiteFonctionPublique,
    RouteContactCdi24,
    RouteContactAutre,
    RouteContactPublicCdd,
    RouteContactPublicCdiUnder24,
    InterviewExemptContrat,
    InterviewExemptBlocs,
    InterviewRequired,
    FundingEmployerContrat,
    FundingRegionStudies,
    FundingRegionBacRecent,
    FundingRegionBacExpected,
    FundingRegionBacFourYears,
    FundingRegionCdd,
    FundingRegionCdiUpTo24,
    FundingRegionPublicCdiUpTo24,
    FundingRegionContratAide,
    FundingRegionCsp,
    FundingRegionServiceCivique,
    FundingRegionFranceTravail,
    FundingContinuingNoCriterion,
}

impl Reason {
    /// The public id: the `data-*` value and the key of its texts.
    pub fn id(self) -> &'static str {
        match self {
            Reason::PrereqBac => "prereq_bac",
            Reason::PrereqBacPending => "prereq_bac_pending",
            Reason::PrereqTitre4 => "prereq_titre4",
            Reason::PrereqTitre4Pending => "prereq_titre4_pending",
            Reason::PrereqTerminale => "prereq_terminale",
            Reason::PrereqEtranger => "prereq_etranger",
            Reason::PrereqVapp => "prereq_vapp",
            Reason::PrereqNotMet => "prereq_not_met",
            Reason::RouteParcoursupSituation => "route_parcoursup_situation",
            Reason::RouteParcoursupCdiUnder24 => "route_parcoursup_cdi_under_24",
            Reason::RouteSiteCdiOver24 => "route_site_cdi_over_24",
            Reason::RouteSiteFonctionPublique => "route_site_fonction_publique",
            Reason::RouteContactCdi24 => "route_contact_cdi_24",
            Reason::RouteContactAutre => "route_contact_autre",
            Reason::RouteContactPublicCdd => "route_contact_public_cdd",
            Reason::RouteContactPublicCdiUnder24 => "route_contact_public_cdi_under_24",
            Reason::InterviewExemptContrat => "interview_exempt_contrat",
            Reason::InterviewExemptBlocs => "interview_exempt_blocs",
            Reason::InterviewRequired => "interview_required",
            Reason::FundingEmployerContrat => "funding_employer_contrat",
            Reason::FundingRegionStudies => "funding_region_studies",
            Reason::FundingRegionBacRecent => "funding_region_bac_recent",
            Reason::FundingRegionBacExpected => "funding_region_bac_expected",
            Reason::FundingRegionBacFourYears => "funding_region_bac_four_years",
            Reason::FundingRegionCdd => "funding_region_cdd",
            Reason::FundingRegionCdiUpTo24 => "funding_region_cdi_up_to_24",
            Reason::FundingRegionPublicCdiUpTo24 => "funding_region_public_cdi_up_to_24",
            Reason::FundingRegionContratAide => "funding_region_contrat_aide",
            Reason::FundingRegionCsp => "funding_region_csp",
            Reason::FundingRegionServiceCivique => "funding_region_service_civique",
            Reason::FundingRegionFranceTravail => "funding_region_france_travail",
            Reason::FundingContinuingNoCriterion => "funding_continuing_no_criterion",
        }
    }
}

impl fmt::Display for Reason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}

/// What to ask the admission service when an outcome is not settled by
/// the sources (`confirm.<id>` in the content).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Confirm {
    PrereqEtranger,
    PrereqVapp,
    RouteCdi24,
    RouteListsDisagree,
    RouteAutre,
    RoutePlaces,
    FundingEmployer,
    FundingFullTime,
    FundingPublicCdi,
    FundingBacFourYears,
    /// The bac-recency boundary, for a person also employed full time:
    /// both questions stand.
    FundingBacFourYearsFullTime,
    FundingTitre4,
    /// A foreign diploma and no other criterion: the page names the bac only.
    FundingEtranger,
}

impl Confirm {
    /// Its id: the key of its text (`confirm.<id>`).
    pub fn id(self) -> &'static str {
        match self {
            Confirm::PrereqEtranger => "prereq_etranger",
            Confirm::PrereqVapp => "prereq_vapp",
            Confirm::RouteCdi24 => "route_cdi_24",
            Confirm::RouteListsDisagree => "route_lists_disagree",
            Confirm::RouteAutre => "route_autre",
            Confirm::RoutePlaces => "route_places",
            Confirm::FundingEmployer => "funding_employer",
            Confirm::FundingFullTime => "funding_full_time",
            Confirm::FundingPublicCdi => "funding_public_cdi",
            Confirm::FundingBacFourYears => "funding_bac_four_years",
            Confirm::FundingBacFourYearsFullTime => "funding_bac_four_years_full_time",
            Confirm::FundingTitre4 => "funding_titre4",
            Confirm::FundingEtranger => "funding_etranger",
        }
    }
}

impl fmt::Display for Confirm {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}

/// How sure an outcome is: settled by the sources for these answers, or
/// left to the admission service (the sources conflict or are silent).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Certainty {
    Sure,
    /// What to ask the admission service.
    ToConfirm(Confirm),
}

impl Certainty {
    /// The `data-certainty` value: `sure` or `to_confirm`.
    pub fn id(self) -> &'static str {
        match self {
            Certainty::Sure => "sure",
            Certainty::ToConfirm(_) => "to_confirm",
        }
    }

    pub fn is_sure(self) -> bool {
        self == Certainty::Sure
    }
}

/// One conclusion, why, and how sure it is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Outcome<T> {
    pub value: T,
    /// Never empty.
    pub reasons: Vec<Reason>,
    pub certainty: Certainty,
}

/// A single answer whose change would turn an outcome for the better
/// (or, for the route, to another registration channel).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Change {
    pub question: Question,
    /// The outcome the change leads to.
    pub to: Verdict,
    /// How sure that outcome would be: a change is never promised surer
    /// than the rules would then conclude.
    pub certainty: Certainty,
}

impl Change {
    /// The conclusion it changes.
    pub fn kind(&self) -> OutcomeKind {
        self.to.kind()
    }

    /// The order the result page lists changes in: by conclusion, question,
    /// then the id of the value it leads to.
    fn order(&self) -> (OutcomeKind, Question, &'static str, Certainty) {
        (self.kind(), self.question, self.to.id(), self.certainty)
    }
}

impl Ord for Change {
    fn cmp(&self, other: &Change) -> std::cmp::Ordering {
        self.order().cmp(&other.order())
    }
}

impl PartialOrd for Change {
    fn partial_cmp(&self, other: &Change) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

/// Lines of the cost table; amounts and labels are in the content.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Cost {
    AdmissionFee,
    AdmissionFeeExempt,
    Registration,
    Tuition,
    Cvec,
    CvecContract,
    Bourse,
    ContinuingCost,
    ContinuingFinancing,
    EmployerCovered,
}

impl Cost {
    /// The public id: the `data-*` value and the key of its texts.
    pub fn id(self) -> &'static str {
        match self {
            Cost::AdmissionFee => "admission_fee",
            Cost::AdmissionFeeExempt => "admission_fee_exempt",
            Cost::Registration => "registration",
            Cost::Tuition => "tuition",
            Cost::Cvec => "cvec",
            Cost::CvecContract => "cvec_contract",
            Cost::Bourse => "bourse",
            Cost::ContinuingCost => "continuing_cost",
            Cost::ContinuingFinancing => "continuing_financing",
            Cost::EmployerCovered => "employer_covered",
        }
    }
}

impl fmt::Display for Cost {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}

/// Where the admission calendar of the intake assessed stands on the
/// given day. For an intake later than the published session, assessed
/// with its rules, the calendar is not in the data: before the days its
/// registrations opened last time, `not_published`; then, on the same
/// days of the year, `probably_open`, then `probably_closed`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum CalendarPhase {
    BeforeOpening,
    Open,
    Closed,
    NotPublished,
    ProbablyOpen,
    ProbablyClosed,
}

impl CalendarPhase {
    /// The public id: the `data-*` value and the key of its texts.
    pub fn id(self) -> &'static str {
        match self {
            CalendarPhase::BeforeOpening => "before_opening",
            CalendarPhase::Open => "open",
            CalendarPhase::Closed => "closed",
            CalendarPhase::NotPublished => "not_published",
            CalendarPhase::ProbablyOpen => "probably_open",
            CalendarPhase::ProbablyClosed => "probably_closed",
        }
    }

    /// The calendar of the intake assessed is not published: it is assumed
    /// from the last published session's (the three later phases).
    pub fn is_provisional(self) -> bool {
        matches!(
            self,
            CalendarPhase::NotPublished
                | CalendarPhase::ProbablyOpen
                | CalendarPhase::ProbablyClosed
        )
    }

    /// The dates are a guess carried over from the last published session,
    /// and registrations have (probably) opened on them.
    pub fn is_guessed(self) -> bool {
        matches!(
            self,
            CalendarPhase::ProbablyOpen | CalendarPhase::ProbablyClosed
        )
    }

    /// Registrations have opened (or probably have): registering on the
    /// institute's site makes sense, not only reading its page.
    pub fn has_opened(self) -> bool {
        match self {
            CalendarPhase::Open
            | CalendarPhase::Closed
            | CalendarPhase::ProbablyOpen
            | CalendarPhase::ProbablyClosed => true,
            CalendarPhase::BeforeOpening | CalendarPhase::NotPublished => false,
        }
    }
}

impl fmt::Display for CalendarPhase {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}
