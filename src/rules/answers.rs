//! The types of the candidate's answers and the public ids of their values
//! (they double as link parameters: see the README): each type's link form
//! is its `id()` or its `Display`, and the shapes of link values are
//! [`Form`] (a value read by its form is a [`Value`]). Reading them back
//! is `parse`'s; the questions and the [`Answers`] struct are `questions`'.
//!
//! [`Answers`]: super::Answers

use std::fmt;

/// Highest qualification held (or being prepared).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Diplome {
    Bac,
    Titre4,
    /// A level-4 diploma or title being prepared, to hold by the start
    /// (the page: « justifier de sa possession au moment de l'entrée en
    /// formation »).
    Titre4EnCours,
    Etranger,
    Terminale,
    Aucun,
}

impl Diplome {
    /// Every value, in declaration order (the order the question offers).
    pub const ALL: &'static [Diplome] = &[
        Diplome::Bac,
        Diplome::Titre4,
        Diplome::Titre4EnCours,
        Diplome::Etranger,
        Diplome::Terminale,
        Diplome::Aucun,
    ];
    /// The public ids (link values, content keys), in the order of `ALL`.
    pub const IDS: &'static [&'static str] = &[
        "bac",
        "titre4",
        "titre4_en_cours",
        "etranger",
        "terminale",
        "aucun",
    ];

    pub fn id(self) -> &'static str {
        match self {
            Diplome::Bac => "bac",
            Diplome::Titre4 => "titre4",
            Diplome::Titre4EnCours => "titre4_en_cours",
            Diplome::Etranger => "etranger",
            Diplome::Terminale => "terminale",
            Diplome::Aucun => "aucun",
        }
    }

    pub fn from_id(id: &str) -> Option<Diplome> {
        find(Self::ALL, Self::IDS, id)
    }

    /// A level-4 diploma or title other than the bac, held or being
    /// prepared: its holder is asked whether they also hold the bac.
    pub fn is_titre4(self) -> bool {
        matches!(self, Diplome::Titre4 | Diplome::Titre4EnCours)
    }
}

/// Current situation, as the institute's registration page lists them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Situation {
    Lyceen,
    Etudiant,
    DemandeurEmploi,
    Cdd,
    Cdi,
    FonctionPublique,
    ContratAide,
    Csp,
    ServiceCivique,
    Autre,
}

impl Situation {
    /// Every value, in declaration order (the order the question offers).
    pub const ALL: &'static [Situation] = &[
        Situation::Lyceen,
        Situation::Etudiant,
        Situation::DemandeurEmploi,
        Situation::Cdd,
        Situation::Cdi,
        Situation::FonctionPublique,
        Situation::ContratAide,
        Situation::Csp,
        Situation::ServiceCivique,
        Situation::Autre,
    ];
    /// The public ids (link values, content keys), in the order of `ALL`.
    pub const IDS: &'static [&'static str] = &[
        "lyceen",
        "etudiant",
        "demandeur_emploi",
        "cdd",
        "cdi",
        "fonction_publique",
        "contrat_aide",
        "csp",
        "service_civique",
        "autre",
    ];

    pub fn id(self) -> &'static str {
        match self {
            Situation::Lyceen => "lyceen",
            Situation::Etudiant => "etudiant",
            Situation::DemandeurEmploi => "demandeur_emploi",
            Situation::Cdd => "cdd",
            Situation::Cdi => "cdi",
            Situation::FonctionPublique => "fonction_publique",
            Situation::ContratAide => "contrat_aide",
            Situation::Csp => "csp",
            Situation::ServiceCivique => "service_civique",
            Situation::Autre => "autre",
        }
    }

    pub fn from_id(id: &str) -> Option<Situation> {
        find(Self::ALL, Self::IDS, id)
    }
}

/// A public-sector employee's status (asked of `fonction_publique` only):
/// the page's lists name "agent de la fonction publique" for the route,
/// but "CDD (droit privé ou public)" and "CDI ≤ 24 h" for the funding.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum StatutPublic {
    Titulaire,
    Cdd,
    Cdi,
}

impl StatutPublic {
    /// Every value, in declaration order (the order the question offers).
    pub const ALL: &'static [StatutPublic] = &[
        StatutPublic::Titulaire,
        StatutPublic::Cdd,
        StatutPublic::Cdi,
    ];
    /// The public ids (link values, content keys), in the order of `ALL`.
    pub const IDS: &'static [&'static str] = &["titulaire", "cdd", "cdi"];

    pub fn id(self) -> &'static str {
        match self {
            StatutPublic::Titulaire => "titulaire",
            StatutPublic::Cdd => "cdd",
            StatutPublic::Cdi => "cdi",
        }
    }

    pub fn from_id(id: &str) -> Option<StatutPublic> {
        find(Self::ALL, Self::IDS, id)
    }
}

/// Work-study contract already signed with an employer for this training.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Contrat {
    Apprentissage,
    Professionnalisation,
    Aucun,
}

impl Contrat {
    /// Every value, in declaration order (the order the question offers).
    pub const ALL: &'static [Contrat] = &[
        Contrat::Apprentissage,
        Contrat::Professionnalisation,
        Contrat::Aucun,
    ];
    /// The public ids (link values, content keys), in the order of `ALL`.
    pub const IDS: &'static [&'static str] = &["apprentissage", "professionnalisation", "aucun"];

    pub fn id(self) -> &'static str {
        match self {
            Contrat::Apprentissage => "apprentissage",
            Contrat::Professionnalisation => "professionnalisation",
            Contrat::Aucun => "aucun",
        }
    }

    pub fn from_id(id: &str) -> Option<Contrat> {
        find(Self::ALL, Self::IDS, id)
    }
}

/// Level-6 social-work State diplomas whose blocs count (ASS is the DEASS itself).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum DiplomeBloc {
    Ass,
    Es,
    Ets,
    Eje,
    Cesf,
}

impl DiplomeBloc {
    /// Every value, in declaration order.
    pub const ALL: &'static [DiplomeBloc] = &[
        DiplomeBloc::Ass,
        DiplomeBloc::Es,
        DiplomeBloc::Ets,
        DiplomeBloc::Eje,
        DiplomeBloc::Cesf,
    ];
    /// The public ids (in bloc ids: `ES-BC3`), in the order of `ALL`.
    pub const IDS: &'static [&'static str] = &["ASS", "ES", "ETS", "EJE", "CESF"];

    pub fn id(self) -> &'static str {
        match self {
            DiplomeBloc::Ass => "ASS",
            DiplomeBloc::Es => "ES",
            DiplomeBloc::Ets => "ETS",
            DiplomeBloc::Eje => "EJE",
            DiplomeBloc::Cesf => "CESF",
        }
    }

    pub fn from_id(id: &str) -> Option<DiplomeBloc> {
        find(Self::ALL, Self::IDS, id)
    }
}

/// The value of a choice enum whose id is `id`: `ids[i]` is the id of
/// `all[i]` (checked by the tests below).
pub(crate) fn find<T: Copy>(all: &[T], ids: &[&str], id: &str) -> Option<T> {
    let i = ids.iter().position(|&known| known == id)?;
    all.get(i).copied()
}

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

    /// Either side of the 24 h threshold and on it (23.5, 24, 24.5): the
    /// overview's private-CDI rows ("Tous les cas") and the golden table's
    /// hours.
    pub const AROUND_24: [Hours; 3] = [Hours(2350), Hours(2400), Hours(2450)];

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
        write!(f, "{}-BC{}", self.diplome.id(), self.n)
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

/// The shapes a link value takes: a choice question's options, and how the
/// link parser's fuzz test (`tests/link_fuzz.rs`) generates values.
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

/// A link value read by its question's [`Form`]: what
/// [`Answers::set`](super::Answers::set) stores in the question's field.
/// Reading one (`parse::apply`), and the values the tests and the advice
/// try (`samples::of`, `advice`), go by the form, not by the question, so
/// that a new yes/no or choice question needs no arm there.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Value {
    /// A choice question's option, by its position in the form's ids
    /// (which is its position in the enum's `ALL`; for yes/no, in `YES_NO`).
    Choice(usize),
    Year(AnneeBac),
    Intake(Rentree),
    Hours(Hours),
    Blocs(Blocs),
}

impl Value {
    /// A yes/no question's answer (`oui` is the first of `YES_NO`).
    pub fn yes_no(answer: bool) -> Value {
        Value::Choice(usize::from(!answer))
    }

    /// The option `v` of a choice among `all` (the enum's `ALL`).
    pub fn of_choice<T: PartialEq>(all: &[T], v: T) -> Option<Value> {
        all.iter().position(|o| *o == v).map(Value::Choice)
    }

    /// The chosen value among `all` (the enum's `ALL`, or `[true, false]`
    /// for yes/no); `None` if this is not a choice, or not one of them.
    pub fn choice<T: Copy>(self, all: &[T]) -> Option<T> {
        match self {
            Value::Choice(i) => all.get(i).copied(),
            _ => None,
        }
    }

    /// A yes/no question's answer.
    pub fn as_bool(self) -> Option<bool> {
        self.choice(&[true, false])
    }

    pub fn year(self) -> Option<AnneeBac> {
        match self {
            Value::Year(v) => Some(v),
            _ => None,
        }
    }

    pub fn intake(self) -> Option<Rentree> {
        match self {
            Value::Intake(v) => Some(v),
            _ => None,
        }
    }

    pub fn hours(self) -> Option<Hours> {
        match self {
            Value::Hours(v) => Some(v),
            _ => None,
        }
    }

    pub fn blocs(self) -> Option<Blocs> {
        match self {
            Value::Blocs(v) => Some(v),
            _ => None,
        }
    }
}

/// A yes/no answer's link value: `oui` or `non`.
pub fn yes_no_id(answer: bool) -> &'static str {
    if answer {
        "oui"
    } else {
        "non"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `ALL` lists every value once, in declaration order, and `IDS` their
    /// ids in the same order, all different.
    fn check<T: Copy + PartialEq + fmt::Debug>(
        all: &[T],
        ids: &[&str],
        index: impl Fn(T) -> usize,
        id: impl Fn(T) -> &'static str,
    ) {
        assert_eq!(all.len(), ids.len(), "{all:?}: one id per value");
        for (i, &v) in all.iter().enumerate() {
            assert_eq!(index(v), i, "{v:?} out of declaration order in ALL");
            assert_eq!(id(v), ids[i], "{v:?}: id() and IDS disagree");
            assert_eq!(
                find(all, ids, ids[i]),
                Some(v),
                "{} names two values",
                ids[i]
            );
        }
    }

    #[test]
    fn choice_ids_follow_the_declaration_order() {
        check(Diplome::ALL, Diplome::IDS, |v| v as usize, Diplome::id);
        check(
            Situation::ALL,
            Situation::IDS,
            |v| v as usize,
            Situation::id,
        );
        check(
            StatutPublic::ALL,
            StatutPublic::IDS,
            |v| v as usize,
            StatutPublic::id,
        );
        check(Contrat::ALL, Contrat::IDS, |v| v as usize, Contrat::id);
        check(
            DiplomeBloc::ALL,
            DiplomeBloc::IDS,
            |v| v as usize,
            DiplomeBloc::id,
        );
    }

    #[test]
    fn choice_ids_are_the_link_values() {
        assert_eq!(Diplome::Titre4.id(), "titre4");
        assert_eq!(Situation::DemandeurEmploi.id(), "demandeur_emploi");
        assert_eq!(StatutPublic::from_id("cdi"), Some(StatutPublic::Cdi));
        assert_eq!(Contrat::from_id("Aucun"), None);
        let bloc = Bloc::new(DiplomeBloc::Cesf, 2).map(|b| b.to_string());
        assert_eq!(bloc.as_deref(), Some("CESF-BC2"));
    }
}
