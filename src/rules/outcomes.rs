//! Outcome values and reasons: typed, they go to the content layer as they
//! are (its texts are a `match` on them); their ids are the public contract
//! the result page and partner pages (`data-outcome` / `data-value` /
//! `data-reason`) rely on.

use super::answers::id_enum;
use super::Question;
use std::fmt;

id_enum!(
    /// The four conclusions every complete assessment carries.
    OutcomeKind {
        Prerequisite => "prerequisite",
        Route => "route",
        Interview => "interview",
        Funding => "funding",
    }
);

id_enum!(
    /// Does the candidate meet the entry prerequisite? `to_confirm`: a
    /// foreign diploma, whose equivalence the institute decides.
    Prerequisite {
        Met => "met",
        AtEntry => "at_entry",
        Vapp => "vapp",
        ToConfirm => "to_confirm",
        NotMet => "not_met",
    }
);

id_enum!(
    /// Where the candidate registers for the admission process.
    Route {
        Parcoursup => "parcoursup",
        Site => "site",
        Contact => "contact",
    }
);

id_enum!(
    /// Must the candidate sit the admission interview?
    Interview {
        Exempt => "exempt",
        Required => "required",
    }
);

id_enum!(
    /// Who pays for the training.
    Funding {
        Employer => "employer",
        Region => "region",
        Continuing => "continuing",
    }
);

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

id_enum!(
    /// Why an outcome is what it is. Each has its record in
    /// `content/raisons.toml` (`[<id>]`: the sentence in each language, the
    /// source and section it rests on); the build refuses a reason without one.
    Reason {
        PrereqBac => "prereq_bac",
        PrereqBacPending => "prereq_bac_pending",
        PrereqTitre4 => "prereq_titre4",
        PrereqTerminale => "prereq_terminale",
        PrereqEtranger => "prereq_etranger",
        PrereqVapp => "prereq_vapp",
        PrereqNotMet => "prereq_not_met",
        RouteParcoursupSituation => "route_parcoursup_situation",
        RouteParcoursupCdiUnder24 => "route_parcoursup_cdi_under_24",
        RouteSiteCdiOver24 => "route_site_cdi_over_24",
        RouteSiteFonctionPublique => "route_site_fonction_publique",
        RouteContactCdi24 => "route_contact_cdi_24",
        RouteContactAutre => "route_contact_autre",
        RouteContactPublicCdd => "route_contact_public_cdd",
        RouteContactPublicCdiUnder24 => "route_contact_public_cdi_under_24",
        InterviewExemptContrat => "interview_exempt_contrat",
        InterviewExemptBlocs => "interview_exempt_blocs",
        InterviewRequired => "interview_required",
        FundingEmployerContrat => "funding_employer_contrat",
        FundingRegionStudies => "funding_region_studies",
        FundingRegionBacRecent => "funding_region_bac_recent",
        FundingRegionBacExpected => "funding_region_bac_expected",
        FundingRegionBacFourYears => "funding_region_bac_four_years",
        FundingRegionCdd => "funding_region_cdd",
        FundingRegionCdiUpTo24 => "funding_region_cdi_up_to_24",
        FundingRegionPublicCdiUpTo24 => "funding_region_public_cdi_up_to_24",
        FundingRegionContratAide => "funding_region_contrat_aide",
        FundingRegionCsp => "funding_region_csp",
        FundingRegionServiceCivique => "funding_region_service_civique",
        FundingRegionFranceTravail => "funding_region_france_travail",
        FundingContinuingNoCriterion => "funding_continuing_no_criterion",
    }
);

id_enum!(
    /// What to ask the admission service when an outcome is not settled by
    /// the sources (`confirm.<id>` in the content).
    Confirm {
        PrereqEtranger => "prereq_etranger",
        PrereqVapp => "prereq_vapp",
        RouteCdi24 => "route_cdi_24",
        RouteListsDisagree => "route_lists_disagree",
        RouteAutre => "route_autre",
        RoutePlaces => "route_places",
        FundingEmployer => "funding_employer",
        FundingFullTime => "funding_full_time",
        FundingPublicCdi => "funding_public_cdi",
        FundingBacFourYears => "funding_bac_four_years",
        FundingTitre4 => "funding_titre4",
    }
);

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

id_enum!(
    /// Lines of the cost table; amounts and labels are in the content.
    Cost {
        AdmissionFee => "admission_fee",
        AdmissionFeeExempt => "admission_fee_exempt",
        Registration => "registration",
        Tuition => "tuition",
        Cvec => "cvec",
        CvecContract => "cvec_contract",
        Bourse => "bourse",
        ContinuingCost => "continuing_cost",
        ContinuingFinancing => "continuing_financing",
        EmployerCovered => "employer_covered",
    }
);

id_enum!(
    /// Where the admission calendar of the intake assessed stands on the
    /// given day. For an intake later than the published session, assessed
    /// with its rules, the calendar is not in the data: before the days its
    /// registrations opened last time, `not_published`; then, on the same
    /// days of the year, `probably_open`, then `probably_closed`.
    CalendarPhase {
        BeforeOpening => "before_opening",
        Open => "open",
        Closed => "closed",
        NotPublished => "not_published",
        ProbablyOpen => "probably_open",
        ProbablyClosed => "probably_closed",
    }
);
