//! The question table: every question once, in the order the flow asks
//! them, with all that is particular to it. The `questions!` macro
//! (`answers.rs`) turns it into [`Question`] (ids, options), [`Answers`] (one
//! field per question, and its accessors), the parser's dispatch
//! (`parse::apply`), the relevance rule (`rules::relevant`) and the sample
//! values (`samples`), which the exhaustive test, the golden table and the
//! engine benchmark walk. The link parser's fuzz test generates each
//! question's values from its answer type's [`AnswerValue::FORM`].
//!
//! Adding a question is one entry here (README, "Adding a question"): the
//! compiler then lists what is left, each `match` on [`Question`] that
//! needs a decision about it.
//!
//! - `id`: the link parameter and the content key (`question.<id>.…`);
//! - `answer`: the `Answers` field and its type, any [`AnswerValue`] (a
//!   choice enum made with `id_enum!`, `bool` for yes/no, or a type of its
//!   own that implements the trait);
//! - `relevant`: when the question matters, given the earlier answers only;
//! - `samples`: the values the tests try: `golden(..)` the few the golden
//!   table walks (every option of a choice, one value each side of each
//!   threshold), `.and(..)` more for the exhaustive walk and the benchmark.
//!
//! [`AnswerValue`]: super::AnswerValue
//! [`AnswerValue::FORM`]: super::AnswerValue::FORM

use super::answers::{
    questions, AnneeBac, Blocs, Contrat, Diplome, Hours, Rentree, Situation, StatutPublic,
};
use super::parse::MIN_BAC_YEAR;
use super::samples::{blocs, golden, hours, HOURS_AROUND_24};
use super::DiplomeBloc::{Ass, Cesf, Eje, Es, Ets};

questions! {
    /// Highest qualification held (or being prepared).
    Diplome {
        id: "diplome",
        answer: diplome: Diplome,
        relevant: |_, _| true,
        samples: |_| golden(Diplome::ALL),
    }

    /// The bac year, or `aucun` for a level-4 title holder without the bac.
    AnneeBac {
        id: "annee_bac",
        answer: annee_bac: AnneeBac,
        // A level-4 title holder may also hold the bac, which counts for
        // the Région's bac-recency criterion.
        relevant: |a, _| matches!(a.diplome, Some(Diplome::Bac | Diplome::Titre4)),
        // Either side of the bac-recency boundary and on it (four years
        // before the intake: the page leaves it open), and none (a level-4
        // title alone; refused for a bac holder); then the earliest year
        // accepted and this year's bac (the latest).
        samples: |p| {
            let y = p.intake_year;
            golden(&[
                AnneeBac::Obtenu(y - 3),
                AnneeBac::Obtenu(y - 4),
                AnneeBac::Obtenu(y - 5),
                AnneeBac::Aucun,
            ])
                .and(&[AnneeBac::Obtenu(MIN_BAC_YEAR), AnneeBac::Obtenu(p.bac_year_max())])
        },
    }

    /// Without a level-4 diploma: 20 years old at the intake, initial
    /// studies interrupted for two years (the validation of D. 613-40).
    Vapp {
        id: "vapp",
        answer: vapp: bool,
        relevant: |a, _| a.diplome == Some(Diplome::Aucun),
        samples: |_| golden(&[true, false]),
    }

    /// Current situation, as the institute's registration page lists them.
    Situation {
        id: "situation",
        answer: situation: Situation,
        relevant: |_, _| true,
        samples: |_| golden(Situation::ALL),
    }

    /// A public-sector employee's status.
    StatutPublic {
        id: "statut_public",
        answer: statut_public: StatutPublic,
        relevant: |a, _| a.situation == Some(Situation::FonctionPublique),
        samples: |_| golden(StatutPublic::ALL),
    }

    /// Weekly contract hours of a CDI, private or public.
    Heures {
        id: "heures",
        answer: heures: Hours,
        relevant: |a, _| {
            a.situation == Some(Situation::Cdi)
                || (a.situation == Some(Situation::FonctionPublique)
                    && a.statut_public == Some(StatutPublic::Cdi))
        },
        // Either side of the 24 h threshold and on it; then the bounds, a
        // hundredth either side of the threshold, and the overview's public
        // CDI hours (20 and 35).
        samples: |_| {
            golden(&hours(&HOURS_AROUND_24)).and(&hours(&[1, 2000, 2399, 2401, 3500, 4800]))
        },
    }

    /// The intake aimed at, asked only when two are open to this person
    /// (`rules::joinable`): between the Parcoursup close and the orals on
    /// Parcoursup, after the orals off it.
    Rentree {
        id: "rentree",
        answer: rentree: Rentree,
        relevant: super::intake_choice,
        // The current intake and the two after it.
        samples: |p| {
            let (t, _) = p.timing();
            golden(&[Rentree(t), Rentree(t + 1)]).and(&[Rentree(t + 2)])
        },
    }

    /// A pupil's or student's studies interrupted for more than a year.
    Interruption {
        id: "interruption",
        answer: interruption: bool,
        relevant: |a, _| matches!(a.situation, Some(Situation::Lyceen | Situation::Etudiant)),
        samples: |_| golden(&[true, false]),
    }

    /// Work-study contract already signed with an employer.
    Contrat {
        id: "contrat",
        answer: contrat: Contrat,
        relevant: |_, _| true,
        // The two contracts conclude alike: the golden table walks one.
        samples: |_| {
            golden(&[Contrat::Apprentissage, Contrat::Aucun]).and(&[Contrat::Professionnalisation])
        },
    }

    /// Registered with France Travail as a job seeker.
    FranceTravail {
        id: "france_travail",
        answer: france_travail: bool,
        // Only when nothing else decides the funding.
        relevant: |a, p| a.contrat == Some(Contrat::Aucun) && super::no_region_criterion(a, p),
        samples: |_| golden(&[true, false]),
    }

    /// Blocs of a level-6 social-work State diploma already acquired.
    Blocs {
        id: "blocs",
        answer: blocs: Blocs,
        relevant: |_, _| true,
        // None, and one of another diploma (the interview exemption); then
        // a bloc of each diploma, several, and all of them.
        samples: |_| {
            golden(&[Blocs::NONE, blocs(&[(Es, 3)])]).and(&[
                blocs(&[(Ass, 1)]),
                blocs(&[(Es, 1)]),
                blocs(&[(Ets, 2)]),
                blocs(&[(Eje, 3)]),
                blocs(&[(Ass, 3), (Es, 3)]),
                blocs(&[(Eje, 4), (Cesf, 3)]),
                blocs(&[(Ass, 1), (Ass, 2), (Ass, 3), (Ass, 4)]),
                Blocs::from_iter(super::Bloc::all()),
            ])
        },
    }
}
