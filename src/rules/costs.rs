//! What a case costs and what the acquired blocs save: the cost lines of
//! the interview and funding verdicts, and the [`Dispenses`].

use super::{Bloc, Blocs, Certainty, Cost, DiplomeBloc, Funding, Interview, Outcome, Params};

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

impl Dispenses {
    /// No bloc acquired counts for anything beyond the interview: nothing
    /// to show.
    pub fn is_empty(&self) -> bool {
        self.validated.is_empty() && self.maybe_common.is_empty() && self.interview_only.is_empty()
    }
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
pub(super) fn costs(
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

pub(super) fn dispenses(blocs: Blocs, p: &Params) -> Dispenses {
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
        .map(|&n| {
            p.session
                .bloc_hours
                .get(usize::from(n) - 1)
                .copied()
                .unwrap_or(0)
        })
        .sum();
    Dispenses {
        validated,
        maybe_common,
        interview_only,
        validated_hours,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::{Confirm, Reason};

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
