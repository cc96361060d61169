//! The candidate's answers, one typed field per question, and the public ids
//! of questions and values (they double as link parameters: see the README).

use std::fmt;

/// The questions, in the order the flow asks them. A question is only asked
/// when [`super::missing`] says it matters; conditions only ever look at
/// questions that come earlier in this order, so asking in order is enough.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Question {
    Diplome,
    AnneeBac,
    Vapp,
    Situation,
    StatutPublic,
    Heures,
    Interruption,
    Contrat,
    FranceTravail,
    Blocs,
}

impl Question {
    pub const ALL: [Question; 10] = [
        Question::Diplome,
        Question::AnneeBac,
        Question::Vapp,
        Question::Situation,
        Question::StatutPublic,
        Question::Heures,
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
            Question::Interruption => "interruption",
            Question::Contrat => "contrat",
            Question::FranceTravail => "france_travail",
            Question::Blocs => "blocs",
        }
    }

    pub fn from_id(id: &str) -> Option<Question> {
        Question::ALL.into_iter().find(|q| q.id() == id)
    }

    /// The fixed options of a choice question (`None` for free-form ones).
    pub fn options(self) -> Option<&'static [&'static str]> {
        match self {
            Question::Diplome => Some(Diplome::IDS),
            Question::Situation => Some(Situation::IDS),
            Question::Contrat => Some(Contrat::IDS),
            Question::StatutPublic => Some(StatutPublic::IDS),
            Question::Vapp | Question::Interruption | Question::FranceTravail => {
                Some(&["oui", "non"])
            }
            Question::AnneeBac | Question::Heures | Question::Blocs => None,
        }
    }
}

impl fmt::Display for Question {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}

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

/// Everything the candidate has answered so far. `None` is "not answered".
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Answers {
    pub diplome: Option<Diplome>,
    pub annee_bac: Option<AnneeBac>,
    pub vapp: Option<bool>,
    pub situation: Option<Situation>,
    pub statut_public: Option<StatutPublic>,
    pub heures: Option<Hours>,
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
            Question::Interruption => self.interruption.is_some(),
            Question::Contrat => self.contrat.is_some(),
            Question::FranceTravail => self.france_travail.is_some(),
            Question::Blocs => self.blocs.is_some(),
        }
    }

    /// The answer in its link form (`None` when unanswered).
    pub fn value(&self, q: Question) -> Option<String> {
        fn yes_no(b: bool) -> String {
            if b { "oui" } else { "non" }.to_string()
        }
        match q {
            Question::Diplome => self.diplome.map(|v| v.id().to_string()),
            Question::AnneeBac => self.annee_bac.map(|v| v.to_string()),
            Question::Vapp => self.vapp.map(yes_no),
            Question::Situation => self.situation.map(|v| v.id().to_string()),
            Question::StatutPublic => self.statut_public.map(|v| v.id().to_string()),
            Question::Heures => self.heures.map(|v| v.to_string()),
            Question::Interruption => self.interruption.map(yes_no),
            Question::Contrat => self.contrat.map(|v| v.id().to_string()),
            Question::FranceTravail => self.france_travail.map(yes_no),
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
            Question::Interruption => a.interruption = from.interruption,
            Question::Contrat => a.contrat = from.contrat,
            Question::FranceTravail => a.france_travail = from.france_travail,
            Question::Blocs => a.blocs = from.blocs,
        }
        a
    }

    pub fn clear(&mut self, q: Question) {
        match q {
            Question::Diplome => self.diplome = None,
            Question::AnneeBac => self.annee_bac = None,
            Question::Vapp => self.vapp = None,
            Question::Situation => self.situation = None,
            Question::StatutPublic => self.statut_public = None,
            Question::Heures => self.heures = None,
            Question::Interruption => self.interruption = None,
            Question::Contrat => self.contrat = None,
            Question::FranceTravail => self.france_travail = None,
            Question::Blocs => self.blocs = None,
        }
    }
}
