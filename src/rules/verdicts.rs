//! The four verdicts, each from the answers: the prerequisite, the
//! registration route (Parcoursup, the institute's site, or the admission
//! service), the interview exemption and the funding (the Région, continuing
//! education, or an employer), each with its reasons and certainty.

use super::intake::{bac_pending, intake, Window};
use super::{
    sort_small, AnneeBac, Answers, Certainty, Confirm, Contrat, Diplome, Funding, Interview,
    Outcome, Params, Prerequisite, Reason, Route, Situation, StatutPublic,
};

/// The Région funds initial training when the weekly hours of a CDI are at
/// most this (the route, by contrast, needs strictly fewer).
const HOURS_24: u32 = 24 * 100;

/// No criterion of the Région's list but France Travail registration holds,
/// and none is still unknown: the registration alone would decide the
/// funding (when France Travail matters).
pub(super) fn no_region_criterion(a: &Answers, p: &Params) -> bool {
    matches!(region_criteria(a, p), K(ref v) if v.iter().all(|r| *r == Reason::FundingRegionBacFourYears))
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

pub(super) fn prerequisite(a: &Answers, p: &Params) -> Option<Outcome<Prerequisite>> {
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
pub(super) fn route(a: &Answers, p: &Params) -> Option<Outcome<Route>> {
    let mut o = route_by_situation(a)?;
    let (current, window) = p.timing();
    let late = window == Window::AfterOrals && intake(a, p) == current;
    if late && o.certainty.is_sure() {
        o.certainty = Certainty::ToConfirm(Confirm::RoutePlaces);
    }
    Some(o)
}

pub(super) fn route_by_situation(a: &Answers) -> Option<Outcome<Route>> {
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

pub(super) fn interview(a: &Answers) -> Option<Outcome<Interview>> {
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
pub(super) fn full_time(a: &Answers) -> bool {
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
pub(super) fn in_studies(a: &Answers) -> bool {
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

pub(super) fn funding(a: &Answers, p: &Params) -> Option<Outcome<Funding>> {
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
