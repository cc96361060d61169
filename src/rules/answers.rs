//! The types of the candidate's answers and the public ids of their values
//! (they double as link parameters: see the README); how each type is read
//! from and written to a link ([`AnswerValue`]); and the `questions!` macro
//! that turns the question table (`questions.rs`) into [`Question`] and
//! [`Answers`].
//!
//! [`Question`]: super::Question
//! [`Answers`]: super::Answers

use super::parse::{self, InputError};
use super::Answers;
use std::fmt;

macro_rules! id_enum {
    ($(#[$m:meta])* $name:ident { $($variant:ident => $id:literal),+ $(,)? }) => {
        $(#[$m])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum $name { $($variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];
            pub const IDS: &'static [&'static str] = &[$($id),+];

            pub fn id(self) -> &'static str {
                match self { $($name::$variant => $id),+ }
            }

            pub fn from_id(id: &str) -> Option<$name> {
                match id { $($id => Some($name::$variant),)+ _ => None }
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.id())
            }
        }
    };
}
pub(crate) use id_enum;

id_enum!(
    /// Highest qualification held (or being prepared).
    Diplome {
        Bac => "bac",
        Titre4 => "titre4",
        Etranger => "etranger",
        Terminale => "terminale",
        Aucun => "aucun",
    }
);

id_enum!(
    /// Current situation, as the institute's registration page lists them.
    Situation {
        Lyceen => "lyceen",
        Etudiant => "etudiant",
        DemandeurEmploi => "demandeur_emploi",
        Cdd => "cdd",
        Cdi => "cdi",
        FonctionPublique => "fonction_publique",
        ContratAide => "contrat_aide",
        Csp => "csp",
        ServiceCivique => "service_civique",
        Autre => "autre",
    }
);

id_enum!(
    /// A public-sector employee's status (asked of `fonction_publique` only):
    /// the page's lists name "agent de la fonction publique" for the route,
    /// but "CDD (droit privé ou public)" and "CDI ≤ 24 h" for the funding.
    StatutPublic {
        Titulaire => "titulaire",
        Cdd => "cdd",
        Cdi => "cdi",
    }
);

id_enum!(
    /// Work-study contract already signed with an employer for this training.
    Contrat {
        Apprentissage => "apprentissage",
        Professionnalisation => "professionnalisation",
        Aucun => "aucun",
    }
);

id_enum!(
    /// Level-6 social-work State diplomas whose blocs count (ASS is the DEASS itself).
    DiplomeBloc {
        Ass => "ASS",
        Es => "ES",
        Ets => "ETS",
        Eje => "EJE",
        Cesf => "CESF",
    }
);

/// The bac year, or `aucun` for a level-4 title holder without the bac.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum AnneeBac {
    Obtenu(u16),
    Aucun,
}

impl AnneeBac {
    /// The year, if the bac was obtained.
    pub fn year(self) -> Option<u16> {
        match self {
            AnneeBac::Obtenu(y) => Some(y),
            AnneeBac::Aucun => None,
        }
    }
}

impl fmt::Display for AnneeBac {
    /// Link form: `2023` or `aucun`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            AnneeBac::Obtenu(y) => write!(f, "{y}"),
            AnneeBac::Aucun => f.write_str("aucun"),
        }
    }
}

/// The intake chosen (`rentree`): the year of its September start. Whether
/// the person can join it is for the rules to say, not the parser.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Rentree(pub u16);

impl Rentree {
    pub fn year(self) -> u16 {
        self.0
    }
}

/// Weekly contract hours, kept in hundredths so that comparisons with the
/// 24 h threshold are exact (23.5 h is 2350).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Hours(u32);

impl Hours {
    pub const MAX_HUNDREDTHS: u32 = 48 * 100;

    /// `None` unless 0 < h ≤ 48.
    pub fn from_hundredths(h: u32) -> Option<Hours> {
        (h > 0 && h <= Self::MAX_HUNDREDTHS).then_some(Hours(h))
    }

    pub fn whole(h: u32) -> Option<Hours> {
        Self::from_hundredths(h.checked_mul(100)?)
    }

    pub fn hundredths(self) -> u32 {
        self.0
    }
}

impl fmt::Display for Hours {
    /// Canonical link form: `35`, `23.5`, `17.25`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (whole, frac) = (self.0 / 100, self.0 % 100);
        match frac {
            0 => write!(f, "{whole}"),
            n if n % 10 == 0 => write!(f, "{whole}.{}", n / 10),
            n => write!(f, "{whole}.{n:02}"),
        }
    }
}

/// One bloc of one diploma, e.g. `ES-BC3`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Bloc {
    pub diplome: DiplomeBloc,
    /// 1 to 4.
    pub n: u8,
}

impl Bloc {
    pub fn new(diplome: DiplomeBloc, n: u8) -> Option<Bloc> {
        (1..=4).contains(&n).then_some(Bloc { diplome, n })
    }

    fn bit(self) -> u32 {
        1 << (self.diplome as u32 * 4 + u32::from(self.n) - 1)
    }

    pub fn parse(s: &str) -> Option<Bloc> {
        let (d, n) = s.split_once("-BC")?;
        let n: u8 = match n {
            "1" => 1,
            "2" => 2,
            "3" => 3,
            "4" => 4,
            _ => return None,
        };
        Bloc::new(DiplomeBloc::from_id(d)?, n)
    }

    /// Every bloc, grouped by diploma then number.
    pub fn all() -> impl Iterator<Item = Bloc> {
        DiplomeBloc::ALL
            .iter()
            .flat_map(|&d| (1..=4).map(move |n| Bloc { diplome: d, n }))
    }
}

impl fmt::Display for Bloc {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}-BC{}", self.diplome, self.n)
    }
}

/// A set of acquired blocs (possibly empty: the answer `aucun`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Blocs(u32);

impl Blocs {
    pub const NONE: Blocs = Blocs(0);

    pub fn with(self, b: Bloc) -> Blocs {
        Blocs(self.0 | b.bit())
    }

    pub fn without(self, b: Bloc) -> Blocs {
        Blocs(self.0 & !b.bit())
    }

    pub fn contains(self, b: Bloc) -> bool {
        self.0 & b.bit() != 0
    }

    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    pub fn iter(self) -> impl Iterator<Item = Bloc> {
        Bloc::all().filter(move |b| self.contains(*b))
    }
}

impl FromIterator<Bloc> for Blocs {
    fn from_iter<I: IntoIterator<Item = Bloc>>(it: I) -> Blocs {
        it.into_iter().fold(Blocs::NONE, Blocs::with)
    }
}

impl fmt::Display for Blocs {
    /// Link form: `aucun` or `ASS-BC1,ES-BC3`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.is_empty() {
            return f.write_str("aucun");
        }
        for (i, b) in self.iter().enumerate() {
            if i > 0 {
                f.write_str(",")?;
            }
            write!(f, "{b}")?;
        }
        Ok(())
    }
}

/// How one type of answer is written in a link and read back. Every
/// question whose answer has this type is parsed, written and fuzzed the
/// same way, so a question of an existing type needs nothing more; a new
/// type implements this trait (the question table does not compile until
/// it does).
pub trait AnswerValue: Copy {
    /// The shape of its link values: a choice question's options, and how
    /// the link parser's fuzz test (`tests/link_fuzz.rs`) generates them.
    const FORM: Form;

    /// The link form: `bac`, `oui`, `2023`, `23.5`, `ASS-BC1,ES-BC3`.
    fn write(self) -> String;

    /// Reads a raw answer already trimmed and not empty (see
    /// [`parse::apply`]). `earlier` holds the answers given so far: a bac
    /// holder cannot answer "no bac".
    fn read(raw: &str, earlier: &Answers, max_year: u16) -> Result<Self, InputError>;
}

/// The shapes a link value takes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Form {
    /// One of these ids: a choice question's options.
    Choice(&'static [&'static str]),
    /// A bac year (`parse::MIN_BAC_YEAR` ..= this year), or `aucun`.
    Year,
    /// An intake's year: four digits (which ones are open is the rules').
    Intake,
    /// Weekly hours: `35`, `23.5` or `23,5`, 0 < h ≤ 48.
    Hours,
    /// `aucun`, or a comma list of blocs: `ASS-BC1,ES-BC3`.
    Blocs,
}

/// The options of a yes/no question.
pub const YES_NO: &[&str] = &["oui", "non"];

macro_rules! choice_value {
    ($($t:ident),+) => {$(
        impl AnswerValue for $t {
            const FORM: Form = Form::Choice($t::IDS);

            fn write(self) -> String {
                self.id().to_string()
            }

            fn read(raw: &str, _: &Answers, _: u16) -> Result<$t, InputError> {
                $t::from_id(raw).ok_or(InputError::Unknown)
            }
        }
    )+};
}
choice_value!(Diplome, Situation, StatutPublic, Contrat);

impl AnswerValue for bool {
    const FORM: Form = Form::Choice(YES_NO);

    fn write(self) -> String {
        if self { "oui" } else { "non" }.to_string()
    }

    fn read(raw: &str, _: &Answers, _: u16) -> Result<bool, InputError> {
        parse::yes_no(raw)
    }
}

impl AnswerValue for AnneeBac {
    const FORM: Form = Form::Year;

    fn write(self) -> String {
        self.to_string()
    }

    fn read(raw: &str, earlier: &Answers, max_year: u16) -> Result<AnneeBac, InputError> {
        parse::parse_annee_bac(raw, earlier.diplome, max_year)
    }
}

impl AnswerValue for Rentree {
    const FORM: Form = Form::Intake;

    fn write(self) -> String {
        self.0.to_string()
    }

    fn read(raw: &str, _: &Answers, _: u16) -> Result<Rentree, InputError> {
        parse::parse_intake(raw).map(Rentree)
    }
}

impl AnswerValue for Hours {
    const FORM: Form = Form::Hours;

    fn write(self) -> String {
        self.to_string()
    }

    fn read(raw: &str, _: &Answers, _: u16) -> Result<Hours, InputError> {
        parse::parse_hours(raw)
    }
}

impl AnswerValue for Blocs {
    const FORM: Form = Form::Blocs;

    fn write(self) -> String {
        self.to_string()
    }

    fn read(raw: &str, _: &Answers, _: u16) -> Result<Blocs, InputError> {
        parse::parse_blocs(raw)
    }
}

/// Expands the question table (`questions.rs`): one entry per question,
///
/// ```text
/// /// Doc of the question (and of its `Answers` field).
/// Variant {
///     id: "link_id",                    // link parameter and content key
///     answer: field: Type,              // `Answers::field: Option<Type>`; Type: AnswerValue
///     relevant: |a, p| ...,             // fn(&Answers, &Params) -> bool
///     samples: |p| golden(...).and(...), // fn(&Params) -> Samples<Type>
/// }
/// ```
///
/// into the `Question` enum (in table order, the flow's order), its ids and
/// options, the `Answers` struct with one field per question, and every
/// per-question match: `is_answered`, `value`, `merged`, `clear`, reading a
/// raw answer (`parse::apply`), the relevance rule (`rules::relevant`) and
/// the sample values (`samples`).
macro_rules! questions {
    ($(
        $(#[doc = $doc:literal])*
        $variant:ident {
            id: $id:literal,
            answer: $field:ident: $ty:ty,
            relevant: $relevant:expr,
            samples: $samples:expr $(,)?
        }
    )+) => {
        /// The questions, in the order the flow asks them. A question is
        /// only asked when [`super::missing`] says it matters; conditions
        /// only ever look at questions that come earlier in this order, so
        /// asking in order is enough.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Question {
            $($(#[doc = $doc])* $variant,)+
        }

        impl Question {
            pub const ALL: [Question; [$(Question::$variant),+].len()] =
                [$(Question::$variant),+];

            /// The public id: link parameter name and content key.
            pub fn id(self) -> &'static str {
                match self {
                    $(Question::$variant => $id,)+
                }
            }

            pub fn from_id(id: &str) -> Option<Question> {
                Question::ALL.into_iter().find(|q| q.id() == id)
            }

            /// The shape of this question's link values.
            pub fn form(self) -> $crate::rules::answers::Form {
                match self {
                    $(Question::$variant => {
                        <$ty as $crate::rules::answers::AnswerValue>::FORM
                    })+
                }
            }

            /// The fixed options of a choice question (`None` for free-form ones).
            pub fn options(self) -> Option<&'static [&'static str]> {
                match self.form() {
                    $crate::rules::answers::Form::Choice(options) => Some(options),
                    _ => None,
                }
            }

            /// The question's relevance rule, as the table gives it.
            pub(super) fn relevant(
                self,
                a: &Answers,
                p: &$crate::rules::Params,
            ) -> bool {
                match self {
                    $(Question::$variant => {
                        let rule: fn(&Answers, &$crate::rules::Params) -> bool = $relevant;
                        rule(a, p)
                    })+
                }
            }

            /// The question's sample values, each as answers with only
            /// this question set.
            pub(super) fn samples(
                self,
                p: &$crate::rules::Params,
            ) -> $crate::rules::samples::Samples<Answers> {
                match self {
                    $(Question::$variant => {
                        let samples: fn(&$crate::rules::Params)
                            -> $crate::rules::samples::Samples<$ty> = $samples;
                        samples(p).map(|v| Answers {
                            $field: Some(v),
                            ..Answers::default()
                        })
                    })+
                }
            }
        }

        impl std::fmt::Display for Question {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.id())
            }
        }

        /// Everything the candidate has answered so far, one field per
        /// question. `None` is "not answered".
        #[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
        pub struct Answers {
            $($(#[doc = $doc])* pub $field: Option<$ty>,)+
        }

        impl Answers {
            pub fn is_answered(&self, q: Question) -> bool {
                match q {
                    $(Question::$variant => self.$field.is_some(),)+
                }
            }

            /// The answer in its link form (`None` when unanswered).
            pub fn value(&self, q: Question) -> Option<String> {
                match q {
                    $(Question::$variant => {
                        self.$field.map($crate::rules::answers::AnswerValue::write)
                    })+
                }
            }

            /// These answers with question `q` answered as in `from`.
            pub fn merged(&self, q: Question, from: &Answers) -> Answers {
                let mut a = *self;
                match q {
                    $(Question::$variant => a.$field = from.$field,)+
                }
                a
            }

            pub fn clear(&mut self, q: Question) {
                match q {
                    $(Question::$variant => self.$field = None,)+
                }
            }

            /// Sets question `q` from its raw text, already trimmed and not
            /// empty ([`super::parse::apply`] checks that first).
            pub(super) fn read(
                &mut self,
                q: Question,
                raw: &str,
                max_year: u16,
            ) -> Result<(), $crate::rules::parse::InputError> {
                match q {
                    $(Question::$variant => {
                        let value = <$ty as $crate::rules::answers::AnswerValue>::read(
                            raw, self, max_year,
                        )?;
                        self.$field = Some(value);
                    })+
                }
                Ok(())
            }
        }
    };
}
pub(crate) use questions;
