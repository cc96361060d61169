//! The questions and the answers: [`Question`] (in the order the flow asks
//! them, with its public id and the [`Form`] of its link values) and
//! [`Answers`] (one field per question). When a question matters is the
//! rules' ([`super::relevant`]); reading a raw answer is `parse::apply`'s,
//! and the values the tests and the advice try are `samples`' and
//! `advice`'s, both by the question's form.
//!
//! This file is the link table: each question's id, form and field, with
//! its arm in `Answers::is_answered`, `value`, `merged` and `set` (a value
//! read by the form, [`Value`], stored in the field). Adding a question: a
//! variant of [`Question`], in flow order, and its `Answers` field (`bool`
//! for yes/no, a choice enum of `answers.rs`, or a type of its own). The
//! compiler then lists what is left: each `match` on [`Question`] (this
//! file's; `rules::relevant`), then its record in `content/questions.toml`.
//! A new [`Form`] is matched in `parse`, `samples`, `advice` and the
//! question's control (`components/question.rs`).

use super::answers::{
    yes_no_id, AnneeBac, Blocs, Contrat, Diplome, Form, Hours, Rentree, Situation, StatutPublic,
    Value, YES_NO,
};
use std::fmt;

/// The questions, in the order the flow asks them. A question is only asked
/// when [`super::missing`] says it matters; conditions only ever look at
/// questions that come earlier in this order, so asking in order is enough.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Question {
    /// Highest qualification held (or being prepared).
    Diplome,
    /// The bac year, or `aucun` for a level-4 title holder without the bac.
    AnneeBac,
    /// Without a level-4 diploma: 20 years old at the intake, initial
    /// studies interrupted for two years (the validation of D. 613-40).
    Vapp,
    /// Current situation, as the institute's registration page lists them.
    Situation,
    /// A public-sector employee's status.
    StatutPublic,
    /// Weekly contract hours of a CDI, private or public.
    Heures,
    /// The intake aimed at, asked only when two are open to this person
    /// (`rules::joinable`): between the Parcoursup close and the orals on
    /// Parcoursup, after the orals off it.
    Rentree,
    /// A pupil's or student's studies interrupted for more than a year.
    Interruption,
    /// Work-study contract already signed with an employer.
    Contrat,
    /// Registered with France Travail as a job seeker.
    FranceTravail,
    /// Blocs of a level-6 social-work State diploma already acquired.
    Blocs,
}

impl Question {
    pub const ALL: [Question; 11] = [
        Question::Diplome,
        Question::AnneeBac,
        Question::Vapp,
        Question::Situation,
        Question::StatutPublic,
        Question::Heures,
        Question::Rentree,
        Question::Interruption,
        Question::Contrat,
        Question::FranceTravail,
        Question::Blocs,
    ];

    /// The public id: link parameter name and content key.
    pub fn id(self) -> &'static str {
        match self {
            Question::Diplome => "diplome",
            Question::AnneeBac => "annee_bac",
            Question::Vapp => "vapp",
            Question::Situation => "situation",
            Question::StatutPublic => "statut_public",
            Question::Heures => "heures",
            Question::Rentree => "rentree",
            Question::Interruption => "interruption",
            Question::Contrat => "contrat",
            Question::FranceTravail => "france_travail",
            Question::Blocs => "blocs",
        }
    }

    pub fn from_id(id: &str) -> Option<Question> {
        Question::ALL.into_iter().find(|q| q.id() == id)
    }

    /// The shape of this question's link values.
    pub fn form(self) -> Form {
        match self {
            Question::Diplome => Form::Choice(Diplome::IDS),
            Question::AnneeBac => Form::Year,
            Question::Vapp => Form::Choice(YES_NO),
            Question::Situation => Form::Choice(Situation::IDS),
            Question::StatutPublic => Form::Choice(StatutPublic::IDS),
            Question::Heures => Form::Hours,
            Question::Rentree => Form::Intake,
            Question::Interruption => Form::Choice(YES_NO),
            Question::Contrat => Form::Choice(Contrat::IDS),
            Question::FranceTravail => Form::Choice(YES_NO),
            Question::Blocs => Form::Blocs,
        }
    }

    /// The fixed options of a choice question (`None` for free-form ones).
    pub fn options(self) -> Option<&'static [&'static str]> {
        match self.form() {
            Form::Choice(options) => Some(options),
            _ => None,
        }
    }
}

impl fmt::Display for Question {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}

/// Everything the candidate has answered so far, one field per question
/// (see [`Question`]). `None` is "not answered".
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Answers {
    pub diplome: Option<Diplome>,
    pub annee_bac: Option<AnneeBac>,
    pub vapp: Option<bool>,
    pub situation: Option<Situation>,
    pub statut_public: Option<StatutPublic>,
    pub heures: Option<Hours>,
    pub rentree: Option<Rentree>,
    pub interruption: Option<bool>,
    pub contrat: Option<Contrat>,
    pub france_travail: Option<bool>,
    pub blocs: Option<Blocs>,
}

impl Answers {
    pub fn is_answered(&self, q: Question) -> bool {
        match q {
            Question::Diplome => self.diplome.is_some(),
            Question::AnneeBac => self.annee_bac.is_some(),
            Question::Vapp => self.vapp.is_some(),
            Question::Situation => self.situation.is_some(),
            Question::StatutPublic => self.statut_public.is_some(),
            Question::Heures => self.heures.is_some(),
            Question::Rentree => self.rentree.is_some(),
            Question::Interruption => self.interruption.is_some(),
            Question::Contrat => self.contrat.is_some(),
            Question::FranceTravail => self.france_travail.is_some(),
            Question::Blocs => self.blocs.is_some(),
        }
    }

    /// The answer in its link form (`None` when unanswered): `bac`, `oui`,
    /// `2023`, `23.5`, `ASS-BC1,ES-BC3`.
    pub fn value(&self, q: Question) -> Option<String> {
        let yes_no = |b: Option<bool>| b.map(|b| yes_no_id(b).to_string());
        match q {
            Question::Diplome => self.diplome.map(|v| v.id().to_string()),
            Question::AnneeBac => self.annee_bac.map(|v| v.to_string()),
            Question::Vapp => yes_no(self.vapp),
            Question::Situation => self.situation.map(|v| v.id().to_string()),
            Question::StatutPublic => self.statut_public.map(|v| v.id().to_string()),
            Question::Heures => self.heures.map(|v| v.to_string()),
            Question::Rentree => self.rentree.map(|v| v.year().to_string()),
            Question::Interruption => yes_no(self.interruption),
            Question::Contrat => self.contrat.map(|v| v.id().to_string()),
            Question::FranceTravail => yes_no(self.france_travail),
            Question::Blocs => self.blocs.map(|v| v.to_string()),
        }
    }

    /// These answers with question `q` answered as in `from`.
    pub fn merged(&self, q: Question, from: &Answers) -> Answers {
        let mut a = *self;
        match q {
            Question::Diplome => a.diplome = from.diplome,
            Question::AnneeBac => a.annee_bac = from.annee_bac,
            Question::Vapp => a.vapp = from.vapp,
            Question::Situation => a.situation = from.situation,
            Question::StatutPublic => a.statut_public = from.statut_public,
            Question::Heures => a.heures = from.heures,
            Question::Rentree => a.rentree = from.rentree,
            Question::Interruption => a.interruption = from.interruption,
            Question::Contrat => a.contrat = from.contrat,
            Question::FranceTravail => a.france_travail = from.france_travail,
            Question::Blocs => a.blocs = from.blocs,
        }
        a
    }

    /// Sets question `q` to `v`, a value read by its form ([`Question::form`]):
    /// `parse::apply` reads a link value into one, `samples` and `advice` try
    /// the values of the form. A value of another form leaves `q` unanswered
    /// (none is made: each is made from `q.form()`).
    pub fn set(&mut self, q: Question, v: Value) {
        match q {
            Question::Diplome => self.diplome = v.choice(Diplome::ALL),
            Question::AnneeBac => self.annee_bac = v.year(),
            Question::Vapp => self.vapp = v.as_bool(),
            Question::Situation => self.situation = v.choice(Situation::ALL),
            Question::StatutPublic => self.statut_public = v.choice(StatutPublic::ALL),
            Question::Heures => self.heures = v.hours(),
            Question::Rentree => self.rentree = v.intake(),
            Question::Interruption => self.interruption = v.as_bool(),
            Question::Contrat => self.contrat = v.choice(Contrat::ALL),
            Question::FranceTravail => self.france_travail = v.as_bool(),
            Question::Blocs => self.blocs = v.blocs(),
        }
    }

    pub fn clear(&mut self, q: Question) {
        *self = self.merged(q, &Answers::default());
    }
}
