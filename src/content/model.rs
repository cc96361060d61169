//! The content files' model, in one place: the types the facts
//! (`donnees.toml`) are read into with serde, the checks they must pass, and
//! the texts' tree with the TOML parser's positions.
//!
//! Shared: `build.rs` includes this file (`#[path]`) to read and check the
//! content folder and to write the crate's statics; the crate uses the same
//! types for the facts it carries ([`super::FACTS`]) and, natively, to read
//! another content folder at test time (the yearly update's fixture). The
//! parsing half is native only: the WebAssembly bundle carries no TOML
//! parser, only the values.
//!
//! Messages are in French: the admissions team reads them when they update
//! the files (see `docs/mise-a-jour-annuelle.md`).

use crate::rules::{Calendar, Date};
use std::borrow::Cow;

// Every part of the facts has the same derives: read with serde (unknown
// keys refused) and written back as Rust by databake, natively only (the
// WebAssembly has neither).

/// The facts of one published session (`donnees.toml`).
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(serde::Deserialize, databake::Bake),
    serde(deny_unknown_fields),
    databake(path = crate::content::model)
)]
pub struct Facts {
    pub intake: Intake,
    pub calendar: Calendar,
    pub fees: Fees,
    pub training: Training,
    pub contact: Contact,
    pub links: Links,
}

/// The intake the page describes.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(serde::Deserialize, databake::Bake),
    serde(deny_unknown_fields),
    databake(path = crate::content::model)
)]
pub struct Intake {
    pub year: u16,
    pub start: Date,
    pub page_updated: Date,
    pub places_initial: u32,
}

/// Amounts in euros.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(serde::Deserialize, databake::Bake),
    serde(deny_unknown_fields),
    databake(path = crate::content::model)
)]
pub struct Fees {
    pub admission: u32,
    pub registration: u32,
    pub tuition: u32,
    pub continuing_cost: u32,
}

/// The training's length and hours.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(serde::Deserialize, databake::Bake),
    serde(deny_unknown_fields),
    databake(path = crate::content::model)
)]
pub struct Training {
    pub years: u32,
    pub ects: u32,
    pub centre_hours: u32,
    pub accompaniment_hours: u32,
    pub practice_hours: u32,
    /// Centre hours of BC1..BC4.
    pub bloc_hours: [u32; 4],
}

/// Whom to call.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(serde::Deserialize, databake::Bake),
    serde(deny_unknown_fields),
    databake(path = crate::content::model)
)]
pub struct Contact {
    pub phone: Cow<'static, str>,
    pub phone_tel: Cow<'static, str>,
    pub place: Cow<'static, str>,
}

/// Pages the result links to.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(serde::Deserialize, databake::Bake),
    serde(deny_unknown_fields),
    databake(path = crate::content::model)
)]
pub struct Links {
    pub parcoursup: Cow<'static, str>,
    pub institute: Cow<'static, str>,
    pub cvec: Cow<'static, str>,
}

/// A date of the facts file: a TOML date alone (`2026-01-19`).
#[cfg(not(target_arch = "wasm32"))]
impl<'de> serde::Deserialize<'de> for Date {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Date, D::Error> {
        let v = toml::value::Datetime::deserialize(d)?;
        match (v.date, v.time, v.offset) {
            (Some(day), None, None) => Ok(Date::new(day.year, day.month, day.day)),
            _ => Err(serde::de::Error::custom(
                "il faut une date seule, de la forme 2026-01-19",
            )),
        }
    }
}

/// How a fact placeholder is shown: `{fee_admission}` is an amount,
/// `{oral_ends}` a date…
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FactValue<'a> {
    Date(Date),
    Euros(u32),
    /// A whole number with thousands separators (hours).
    Number(u32),
    /// A small count, shown as digits.
    Count(u32),
    Text(&'a str),
}

/// Placeholders filled from the visitor's date at run time (the intake they
/// can still join), not from the file.
pub const INTAKE_VARS: [&str; 5] = [
    "intake_year",
    "published_year",
    "bac_recent_from",
    "bac_year_max",
    "bac_session_year",
];

/// A fact that breaks a rule, with the key it is under.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub key: &'static str,
    pub message: String,
}

impl Facts {
    /// The value of the placeholder `{name}`, if it is a fact.
    pub fn placeholder(&self, name: &str) -> Option<FactValue<'_>> {
        let (c, t) = (&self.calendar, &self.training);
        Some(match name {
            "page_updated" => FactValue::Date(self.intake.page_updated),
            "version" => FactValue::Text(env!("CARGO_PKG_VERSION")),
            "places_initial" => FactValue::Count(self.intake.places_initial),
            "fee_admission" => FactValue::Euros(self.fees.admission),
            "fee_registration" => FactValue::Euros(self.fees.registration),
            "fee_tuition" => FactValue::Euros(self.fees.tuition),
            "continuing_cost" => FactValue::Euros(self.fees.continuing_cost),
            "years" => FactValue::Count(t.years),
            "ects" => FactValue::Count(t.ects),
            "centre_hours" => FactValue::Number(t.centre_hours),
            "accompaniment_hours" => FactValue::Number(t.accompaniment_hours),
            "practice_hours" => FactValue::Number(t.practice_hours),
            "bc1_hours" => FactValue::Number(t.bloc_hours[0]),
            "bc2_hours" => FactValue::Number(t.bloc_hours[1]),
            "bc3_hours" => FactValue::Number(t.bloc_hours[2]),
            "bc4_hours" => FactValue::Number(t.bloc_hours[3]),
            "bloc_total_hours" => FactValue::Number(t.bloc_hours.iter().sum()),
            "phone" => FactValue::Text(&self.contact.phone),
            "place" => FactValue::Text(&self.contact.place),
            "registration_opens" => FactValue::Date(c.registration_opens),
            "parcoursup_closes" => FactValue::Date(c.parcoursup_closes),
            "file_deadline" => FactValue::Date(c.file_deadline),
            "oral_starts" => FactValue::Date(c.oral_starts),
            "oral_ends" => FactValue::Date(c.oral_ends),
            _ => return None,
        })
    }

    /// Is `{name}` a placeholder the texts may use (a fact or the
    /// intake's)? Any other name is a value the code passes.
    pub fn is_placeholder(&self, name: &str) -> bool {
        self.placeholder(name).is_some() || INTAKE_VARS.contains(&name)
    }

    /// Checks what the types cannot say: dates in order and in the intake's
    /// year, amounts above zero, hours that add up, a phone and links that
    /// work. The first problem found, with its key.
    pub fn check(&self) -> Result<(), Problem> {
        match self.problems().into_iter().next() {
            Some(p) => Err(p),
            None => Ok(()),
        }
    }

    /// Every problem [`Facts::check`] looks for, in the file's order.
    pub fn problems(&self) -> Vec<Problem> {
        let mut out = self.date_problems();
        out.extend(self.other_problems());
        out
    }

    /// The calendar's year, order and place before the training.
    fn date_problems(&self) -> Vec<Problem> {
        let mut out = Vec::new();
        let mut fail = |key, message: String| out.push(Problem { key, message });
        let (year, c) = (self.intake.year, &self.calendar);
        let page = self.intake.page_updated.year;
        if page + 1 != year && page != year {
            fail(
                "intake.page_updated",
                format!("la page de l'IRTS est datée ici de {page} : reportez la date « Dernière mise à jour le … » de la page d'où viennent les nouvelles valeurs (pour la rentrée {year}, elle est de {} ou {year})", year - 1),
            );
        }
        if self.intake.start.year != year {
            fail(
                "intake.start",
                format!("le début de la formation est en {} : il doit être dans l'année de la rentrée (intake.year = {year})", self.intake.start.year),
            );
        }
        let order = [
            ("calendar.registration_opens", c.registration_opens),
            ("calendar.parcoursup_closes", c.parcoursup_closes),
            ("calendar.file_deadline", c.file_deadline),
            ("calendar.oral_starts", c.oral_starts),
            ("calendar.oral_ends", c.oral_ends),
        ];
        let mut wrong_year = false;
        for (key, d) in order {
            if d.year != year {
                wrong_year = true;
                let stale = if d.year + 1 == year {
                    " (valeur laissée à celle de l'an dernier ?)"
                } else {
                    ""
                };
                fail(
                    key,
                    format!("cette date est en {}{stale}. Les dates du calendrier sont dans l'année de la rentrée (intake.year = {year})", d.year),
                );
            }
        }
        // Out of the intake's year, the order would only repeat it.
        if !wrong_year {
            for w in order.windows(2) {
                if w[0].1 > w[1].1 {
                    fail(
                        w[1].0,
                        format!(
                            "cette date est antérieure à `{}` : les dates du calendrier doivent se suivre",
                            w[0].0
                        ),
                    );
                }
            }
        }
        if c.oral_ends >= self.intake.start {
            fail(
                "calendar.oral_ends",
                "l'épreuve orale doit se terminer avant le début de la formation".to_owned(),
            );
        }
        out
    }

    /// Amounts, hours, phone and links.
    fn other_problems(&self) -> Vec<Problem> {
        let mut out = Vec::new();
        let mut fail = |key, message: &str| {
            out.push(Problem {
                key,
                message: message.to_owned(),
            })
        };
        for (key, v) in [
            ("fees.admission", self.fees.admission),
            ("fees.registration", self.fees.registration),
            ("fees.tuition", self.fees.tuition),
            ("fees.continuing_cost", self.fees.continuing_cost),
            ("training.centre_hours", self.training.centre_hours),
        ] {
            if v == 0 {
                fail(key, "la valeur doit être supérieure à 0");
            }
        }
        if self.training.bloc_hours.iter().sum::<u32>() > self.training.centre_hours {
            fail(
                "training.bloc_hours",
                "les heures des blocs dépassent le total des heures en centre",
            );
        }
        if self.contact.phone.trim().is_empty() {
            fail("contact.phone", "donnez le numéro de téléphone");
        }
        if !self.contact.phone_tel.starts_with('+') {
            fail(
                "contact.phone_tel",
                "donnez le numéro sous la forme internationale +33…",
            );
        }
        for (key, url) in [
            ("links.parcoursup", &self.links.parcoursup),
            ("links.institute", &self.links.institute),
            ("links.cvec", &self.links.cvec),
        ] {
            if !url.starts_with("https://") {
                fail(key, "un lien doit commencer par https://");
            }
        }
        out
    }
}

#[cfg(not(target_arch = "wasm32"))]
pub use parse::*;

// The line-by-line check of `donnees.toml` and the update's summary: also
// in the update page's wasm (src/bin/mise-a-jour.rs, feature `mise-a-jour`),
// which reads the file without a TOML parser (`read_plain`). The
// candidates' wasm is built without them.
#[cfg(any(not(target_arch = "wasm32"), feature = "mise-a-jour"))]
#[path = "lint.rs"]
mod lint;
#[cfg(any(not(target_arch = "wasm32"), feature = "mise-a-jour"))]
#[allow(unused_imports)] // build.rs uses only lint_facts
pub use lint::{
    lint_and_repair, lint_facts, quoted, read_plain, set_value, unquoted, value_of, Kind, FACT_KEYS,
};

/// The yearly update's summary (not used by build.rs).
#[cfg(any(not(target_arch = "wasm32"), feature = "mise-a-jour"))]
#[path = "changes.rs"]
pub mod changes;

/// Reading the files: native only (the build script, the tests).
#[cfg(not(target_arch = "wasm32"))]
mod parse {
    use super::{Facts, Problem};
    use std::collections::BTreeMap;
    use toml::de::{DeTable, DeValue};
    use toml::Spanned;

    pub use super::Located;

    /// The 1-based line of a byte offset.
    pub fn line_of(src: &str, offset: usize) -> usize {
        src.get(..offset).unwrap_or(src).matches('\n').count() + 1
    }

    /// A value of a content file: a text, a list of texts, or anything
    /// else (a number, a date: only `donnees.toml` has those).
    #[derive(Clone, Debug, PartialEq)]
    pub enum Node {
        Text(String),
        List(Vec<String>),
        Other,
    }

    /// Every leaf of a file by dotted key, with its byte span.
    pub type Leaves = BTreeMap<String, Spanned<Node>>;

    /// Reads a file into its leaves (texts, lists, other values) with the
    /// positions the TOML parser gives, or the parser's error with its line.
    pub fn leaves(file: &str, src: &str) -> Result<Leaves, Located> {
        let doc = DeTable::parse(src).map_err(|e| toml_error(file, src, &e))?;
        let mut out = Leaves::new();
        flatten("", doc.get_ref(), &mut out);
        Ok(out)
    }

    fn flatten(prefix: &str, table: &DeTable<'_>, out: &mut Leaves) {
        for (k, v) in table.iter() {
            let key = if prefix.is_empty() {
                k.get_ref().to_string()
            } else {
                format!("{prefix}.{}", k.get_ref())
            };
            let node = match v.get_ref() {
                DeValue::Table(t) => {
                    flatten(&key, t, out);
                    continue;
                }
                DeValue::String(s) => Node::Text(s.to_string()),
                DeValue::Array(items) => {
                    let texts: Option<Vec<String>> = items
                        .iter()
                        .map(|i| i.get_ref().as_str().map(str::to_owned))
                        .collect();
                    texts.map(Node::List).unwrap_or(Node::Other)
                }
                _ => Node::Other,
            };
            out.insert(key, Spanned::new(v.span(), node));
        }
    }

    /// The parser's error as a located one.
    /// The line is shown, and the parser's message starts a line of its
    /// own (`scripts/verifier-contenu.sh` adds a plain-French hint to it).
    pub fn toml_error(file: &str, src: &str, e: &toml::de::Error) -> Located {
        let line = e.span().map(|s| line_of(src, s.start));
        let shown = line
            .and_then(|l| Some((l, src.lines().nth(l.checked_sub(1)?)?)))
            .map(|(l, text)| format!("\n  {l} | {text}"))
            .unwrap_or_default();
        Located {
            file: file.to_owned(),
            line,
            key: None,
            message: format!(
                "{shown}\nle fichier ne se lit pas à cette ligne : vérifiez la forme `clé = valeur`, \
                 les guillemets droits \"…\" autour des textes, et qu'un commentaire commence par #.\n\
                 (message du lecteur TOML, en anglais : {})",
                e.message().trim_end()
            ),
        }
    }

    /// The line of `key` in a file read with [`leaves`].
    pub fn line_of_key(src: &str, leaves: &Leaves, key: &str) -> Option<usize> {
        leaves.get(key).map(|v| line_of(src, v.span().start))
    }

    impl Facts {
        /// Reads and checks `donnees.toml`: the first problem (see
        /// [`Facts::read`]), with its file, line and key.
        pub fn from_toml(file: &str, src: &str) -> Result<Facts, Located> {
            Facts::read(file, src).map_err(|mut all| all.remove(0))
        }

        /// Reads and checks `donnees.toml`, and gives every problem at
        /// once (never an empty list): first each value whose form is wrong
        /// for its key ([`super::lint_facts`]), then, if the parser still
        /// refuses the file, its message; then every broken rule.
        pub fn read(file: &str, src: &str) -> Result<Facts, Vec<Located>> {
            // A file saved as « UTF-8 avec BOM » (Notepad) reads as UTF-8.
            let src = src.strip_prefix('\u{feff}').unwrap_or(src);
            let (mut lint, repaired) = super::lint_and_repair(file, src);
            if !lint.is_empty() {
                // With each value written as suggested, the file's other
                // problems (a date in last year, out of order) in the same round.
                if let Some(Err(more)) = repaired.map(|r| Facts::check_all(file, &r)) {
                    let named: Vec<Option<String>> = lint.iter().map(|e| e.key.clone()).collect();
                    lint.extend(more.into_iter().filter(|e| !named.contains(&e.key)));
                }
                return Err(lint);
            }
            Facts::check_all(file, src)
        }

        /// Parses a file whose values are well formed, and checks its rules.
        fn check_all(file: &str, src: &str) -> Result<Facts, Vec<Located>> {
            let facts: Facts = toml::from_str(src).map_err(|e| vec![toml_error(file, src, &e)])?;
            let problems = facts.problems();
            if problems.is_empty() {
                return Ok(facts);
            }
            let places = leaves(file, src).ok();
            Err(problems
                .into_iter()
                .map(|Problem { key, message }| Located {
                    file: file.to_owned(),
                    line: places.as_ref().and_then(|l| line_of_key(src, l, key)),
                    key: Some(key.to_owned()),
                    message,
                })
                .collect())
        }
    }

    /// A content file as read from disk: its name (for messages) and text.
    pub struct Source {
        pub name: String,
        pub src: String,
    }

    /// One language's texts and lists, typeset, by dotted key.
    #[derive(Clone, Debug, Default)]
    pub struct LangTexts {
        pub texts: BTreeMap<String, String>,
        pub lists: BTreeMap<String, Vec<String>>,
        /// `<prefix>.source` of the citations: which document a citation names.
        pub sources: BTreeMap<String, String>,
    }

    /// The texts of every language, checked.
    #[derive(Clone, Debug)]
    pub struct Texts {
        /// In the order given (French first).
        pub langs: Vec<LangTexts>,
        /// The placeholders of a text that the code fills (not facts, not
        /// the intake's year), in the order of the French text.
        pub args: BTreeMap<String, Vec<String>>,
        /// Where each key is: file and line (in the first file that has it).
        places: BTreeMap<String, (String, usize)>,
        /// The text tables of each records file, by its prefix
        /// ([`RECORD_FILES`]): the table as written (`route.site.outcome`)
        /// and the key its text is read under (`outcome.route.site`), in
        /// the tables' order. What `build.rs` writes the accessors from.
        pub tables: BTreeMap<String, Vec<(String, String)>>,
        /// Each language's name and its invitation to read the page in it,
        /// written in it (`[lang]` of its file), in the order of `langs`:
        /// the link to a language shows them on the others' pages, which
        /// do not have its texts (not texts of the tables, then).
        pub names: Vec<LangName>,
    }

    /// A language as its own file names it (`[lang]`).
    #[derive(Clone, Debug)]
    pub struct LangName {
        pub name: String,
        pub invite: String,
    }

    impl Read<'_> {
        /// Takes the language's `[lang]` table out of its texts.
        fn lang_name(&self, t: &mut LangTexts) -> Result<LangName, Located> {
            let mut take = |field: &str| {
                t.texts.remove(&format!("lang.{field}")).ok_or_else(|| Located {
                    file: self.source.name.clone(),
                    line: None,
                    key: Some(format!("lang.{field}")),
                    message: "un fichier de langue commence par sa table [lang] : name (le nom de la langue, écrit dans cette langue) et invite (« Lire cette page en … », dans cette langue)".to_owned(),
                })
            };
            Ok(LangName {
                name: take("name")?,
                invite: take("invite")?,
            })
        }
    }

    struct Read<'a> {
        source: &'a Source,
        leaves: Leaves,
    }

    impl Read<'_> {
        fn error(&self, key: &str, message: impl Into<String>) -> Located {
            Located {
                file: self.source.name.clone(),
                line: line_of_key(&self.source.src, &self.leaves, key),
                key: Some(key.to_owned()),
                message: message.into(),
            }
        }

        /// Adds this file's leaves to `out`: each must be a non-empty text
        /// or list of texts; in the citations' file, `<prefix>.source`
        /// names a document.
        fn add_to(&self, lang: &str, citations: bool, out: &mut LangTexts) -> Result<(), Located> {
            for (key, v) in &self.leaves {
                let taken = out.texts.contains_key(key)
                    || out.lists.contains_key(key)
                    || out.sources.contains_key(key);
                if taken {
                    return Err(
                        self.error(key, "cette clé est déjà dans un autre fichier de contenu")
                    );
                }
                match v.get_ref() {
                    Node::Text(s) if citations && key.ends_with(".source") => {
                        out.sources.insert(key.clone(), s.clone());
                    }
                    // A separator may be a (no-break) space; any other text may not be blank.
                    Node::Text(s)
                        if s.is_empty() || (s.trim().is_empty() && key != "format.group") =>
                    {
                        return Err(self.error(key, "texte vide"));
                    }
                    Node::Text(s) => {
                        out.texts.insert(key.clone(), typeset(lang, s));
                    }
                    Node::List(items)
                        if items.is_empty() || items.iter().any(|s| s.trim().is_empty()) =>
                    {
                        return Err(self.error(key, "une liste doit contenir des textes non vides"));
                    }
                    Node::List(items) => {
                        let items = items.iter().map(|s| typeset(lang, s)).collect();
                        out.lists.insert(key.clone(), items);
                    }
                    Node::Other => {
                        return Err(self.error(
                            key,
                            "les textes doivent être entre guillemets (les nombres et les dates vont dans donnees.toml)",
                        ))
                    }
                }
            }
            Ok(())
        }
    }

    /// The records file whose records carry the citation shown beside
    /// their text (`source`, `section`): the reasons'.
    const CITED: &str = "reason";

    impl Read<'_> {
        /// Adds the citation of each reason (`[<id>]`'s `source` and
        /// `section`) under `reason.<id>.source` (the document) and
        /// `reason.<id>.section` (a text, in French: the documents are).
        /// A reason without one is named with its record's line.
        fn add_citations(&self, langs: &[&str], out: &mut LangTexts) -> Result<(), Located> {
            for id in self.text_tables(langs)? {
                let cite = |field: &str| match self.leaves.get(&format!("{id}.{field}")) {
                    Some(v) => match v.get_ref() {
                        Node::Text(t) if !t.trim().is_empty() => Ok(t.clone()),
                        _ => Err(self.record_error(id, field)),
                    },
                    None => Err(self.record_error(id, field)),
                };
                let (source, section) = (cite("source")?, cite("section")?);
                out.sources.insert(format!("reason.{id}.source"), source);
                // The citations are French section titles: French typography.
                out.texts
                    .insert(format!("reason.{id}.section"), typeset("fr", &section));
            }
            Ok(())
        }

        /// The key written first in the table `table` (its line is the
        /// table's first), or `table` itself if it has none.
        fn first_key_under<'k>(&'k self, table: &'k str) -> &'k str {
            let prefix = format!("{table}.");
            self.leaves
                .iter()
                .filter(|(k, _)| k.starts_with(&prefix))
                .min_by_key(|(_, v)| v.span().start)
                .map_or(table, |(k, _)| k.as_str())
        }

        /// "The record `id` has no `field`", at the record's first line.
        fn record_error(&self, id: &str, field: &str) -> Located {
            let at = self.first_key_under(id);
            Located {
                key: Some(format!("{id}.{field}")),
                ..self.error(at, format!("la raison `{id}` n'a pas de texte `{field}`"))
            }
        }
    }

    /// The files of records (one table per reason, question, cost,
    /// confirm…), each with the key prefix its texts are read under:
    /// `[diplome.title]` of `questions.toml` is the text
    /// `question.diplome.title`.
    pub const RECORD_FILES: [(&str, &str); 6] = [
        ("reason", "raisons.toml"),
        ("question", "questions.toml"),
        ("cost", "costs.toml"),
        ("confirm", "confirms.toml"),
        ("verdict", "verdicts.toml"),
        ("phase", "calendrier.toml"),
    ];

    /// The key a text table of a records file is read under: `<prefix>.<table>`,
    /// but for the conclusions (`verdicts.toml`, one record per kind and
    /// value), the keys of the texts that say them: `[route.site.outcome]`
    /// is `outcome.route.site`, `[route.site.glance_hedged]`
    /// `glance.route.hedged.site`, `[route.site.change.heures]`
    /// `change.route.heures.site`; for the calendar's phases
    /// (`calendrier.toml`), `[open.summary]` is `calendar.phase.open` and
    /// `[open.next.site]` `next.open.site`; a reason (`raisons.toml`,
    /// one table each) `reason.<id>.text`. `None` for a table no text is
    /// read from.
    pub fn record_key(prefix: &str, table: &str) -> Option<String> {
        let parts: Vec<&str> = table.split('.').collect();
        if prefix == CITED {
            // A reason is one table: `[prereq_bac]` is `reason.prereq_bac.text`.
            return match parts.as_slice() {
                [id] => Some(format!("reason.{id}.text")),
                _ => None,
            };
        }
        if prefix == "phase" {
            return match parts.as_slice() {
                [phase, "summary"] => Some(format!("calendar.phase.{phase}")),
                [phase, "next", route] => Some(format!("next.{phase}.{route}")),
                _ => None,
            };
        }
        if prefix != "verdict" {
            return Some(format!("{prefix}.{table}"));
        }
        Some(match parts.as_slice() {
            [kind, "title"] => format!("outcome.{kind}.title"),
            [kind, "glance_title"] => format!("glance.{kind}.title"),
            [kind, v, "outcome"] => format!("outcome.{kind}.{v}"),
            [kind, v, "outcome_hedged"] => format!("outcome.{kind}.hedged.{v}"),
            [kind, v, "glance"] => format!("glance.{kind}.{v}"),
            [kind, v, "glance_hedged"] => format!("glance.{kind}.hedged.{v}"),
            [kind, v, "overview"] => format!("overview.value.{kind}.{v}"),
            [kind, v, "change", q] => format!("change.{kind}.{q}.{v}"),
            [kind, v, "change_hedged", q] => format!("change.{kind}.{q}.hedged.{v}"),
            _ => return None,
        })
    }

    /// The fields of a table of a records file besides one text per
    /// language: its basis (read by the audit's tests, not by the build).
    pub const BASIS_FIELDS: [&str; 5] = ["source", "section", "excerpt", "excerpts", "why"];

    impl Read<'_> {
        /// The text tables of a records file: each table that holds a
        /// language (`[diplome.title]`, `[diplome.option.bac]`), in order.
        fn text_tables(&self, langs: &[&str]) -> Result<Vec<&str>, Located> {
            let mut tables: Vec<&str> = Vec::new();
            for key in self.leaves.keys() {
                let Some((table, field)) = key.rsplit_once('.') else {
                    return Err(self.error(
                        key,
                        "un enregistrement est une table [identifiant] ; chacun de ses textes, une table [identifiant.texte] (ou la table elle-même) avec fr et en",
                    ));
                };
                if langs.contains(&field) {
                    if !tables.contains(&table) {
                        tables.push(table);
                    }
                } else if !BASIS_FIELDS.contains(&field) {
                    return Err(self.error(key, format!("champ inconnu `{field}` : un texte a {} ; un fondement, source, section, excerpts, why", langs.join(", "))));
                }
            }
            Ok(tables)
        }

        /// Adds the texts of a records file (`[<id>.<text>]` with `fr`,
        /// `en`) to one language's texts under the keys the code uses:
        /// `<prefix>.<id>.<text>`. A text without every language is named
        /// with its table's line.
        fn add_tables(
            &self,
            prefix: &str,
            lang: &str,
            langs: &[&str],
            out: &mut LangTexts,
        ) -> Result<(), Located> {
            for table in self.text_tables(langs)? {
                for l in langs {
                    let key = format!("{table}.{l}");
                    if !self.leaves.contains_key(&key) {
                        let first = self.first_key_under(table);
                        return Err(Located {
                            key: Some(key.clone()),
                            ..self.error(
                                first,
                                format!("le texte `{table}` n'a pas de version `{l}`"),
                            )
                        });
                    }
                }
                let key = format!("{table}.{lang}");
                let text = match self.leaves[&key].get_ref() {
                    Node::Text(t) if !t.trim().is_empty() => t,
                    Node::Text(_) => return Err(self.error(&key, "texte vide")),
                    _ => return Err(self.error(&key, "les textes doivent être entre guillemets")),
                };
                let Some(k) = record_key(prefix, table) else {
                    return Err(self.error(
                        &key,
                        "table inconnue : voyez en tête du fichier les tables qu'il peut avoir",
                    ));
                };
                if out.texts.contains_key(&k) {
                    return Err(
                        self.error(&key, "ce texte est aussi dans un autre fichier de contenu")
                    );
                }
                out.texts.insert(k, typeset(lang, text));
            }
            Ok(())
        }
        /// The table of this records file whose text is read under `key`.
        fn table_of(&self, prefix: &str, key: &str) -> Option<&str> {
            self.leaves.keys().find_map(|k| {
                let (table, _) = k.rsplit_once('.')?;
                (record_key(prefix, table).as_deref() == Some(key)).then_some(table)
            })
        }

        /// Where each text of a records file is (its first language's
        /// line), under the key it is read into.
        fn table_places<'a>(
            &'a self,
            prefix: &'a str,
            first: &str,
        ) -> impl Iterator<Item = (String, usize)> + 'a {
            let suffix = format!(".{first}");
            self.leaves.iter().filter_map(move |(key, v)| {
                let table = key.strip_suffix(&suffix)?;
                Some((
                    record_key(prefix, table)?,
                    line_of(&self.source.src, v.span().start),
                ))
            })
        }
    }

    /// The basis of each table of a records file that has one (`source`,
    /// `section`, `excerpt(s)`, `why`), as entries of the texts' audit
    /// named after the keys they cover (`question.<question>`, which holds
    /// for every text under it, `question.<question>.<text>`…): what
    /// `tests/content.rs` and `tests/audit.rs` check with `audit.toml`'s.
    /// A table whose texts are read under keys of no common prefix (a
    /// calendar phase: `calendar.phase.<phase>`, `next.<phase>.<route>`)
    /// gives its basis to each of its texts that has none of its own.
    pub fn table_basis(prefix: &str, src: &str) -> Result<toml::Table, String> {
        /// Each table's own basis, and the text tables under a table
        /// whose texts have no common key, with the basis they inherit.
        fn walk(
            prefix: &str,
            path: &str,
            t: &toml::Table,
            inherited: Option<&toml::Table>,
            out: &mut Vec<(String, toml::Table)>,
        ) {
            let own: toml::Table = t
                .iter()
                .filter(|(k, _)| BASIS_FIELDS.contains(&k.as_str()))
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect();
            let is_text = t.values().any(|v| v.is_str());
            let keyed = record_key(prefix, path).is_some();
            let basis = if own.is_empty() {
                inherited
            } else {
                Some(&own)
            };
            // A table's own basis, or the one a text inherits.
            if let Some(b) = basis.filter(|_| keyed && (is_text || !own.is_empty())) {
                out.push((path.to_owned(), b.clone()));
            }
            // Below a table with a key of its own, its entry (a prefix)
            // already covers the texts.
            let pass = if keyed { None } else { basis };
            for (k, v) in t {
                if let toml::Value::Table(sub) = v {
                    walk(prefix, &format!("{path}.{k}"), sub, pass, out);
                }
            }
        }
        let doc: toml::Table = toml::from_str(src).map_err(|e| e.to_string())?;
        let mut found = Vec::new();
        for (id, v) in &doc {
            if let toml::Value::Table(t) = v {
                walk(prefix, id, t, None, &mut found);
            }
        }
        let mut out = toml::Table::new();
        for (path, basis) in found {
            let key = record_key(prefix, &path)
                .ok_or_else(|| format!("[{path}] : un fondement va dans la table d'un texte"))?;
            out.insert(key, toml::Value::Table(basis));
        }
        Ok(out)
    }

    /// The files of the texts, open.
    struct Files<'a> {
        /// `(lang, file)`, French first.
        langs: Vec<(&'a str, Read<'a>)>,
        neutral: Read<'a>,
        /// The records files, each with its prefix.
        tables: Vec<(&'a str, Read<'a>)>,
    }

    impl Files<'_> {
        /// An error about `key` as the language `i` has it: in the records
        /// file a record's text is in (a reason's citation: its record),
        /// else in that language's file (the citations' file for a
        /// citation).
        fn error(&self, i: usize, key: &str, message: impl Into<String>) -> Located {
            for (prefix, file) in &self.tables {
                if let Some(table) = file.table_of(prefix, key) {
                    return file.error(&format!("{table}.{}", self.langs[i].0), message);
                }
                let cited = key.strip_prefix("reason.").and_then(|k| k.rsplit_once('.'));
                if let (CITED, Some((id, field))) = (*prefix, cited) {
                    return file.error(&format!("{id}.{field}"), message);
                }
            }
            match key.ends_with(".source") {
                true => self.neutral.error(key, message),
                false => self.langs[i].1.error(key, message),
            }
        }

        /// Where each key is: file and line, in the first file that has it.
        fn places(&self) -> BTreeMap<String, (String, usize)> {
            let mut places = BTreeMap::new();
            for (prefix, file) in &self.tables {
                let name = &file.source.name;
                for (key, line) in file.table_places(prefix, self.langs[0].0) {
                    places.insert(key, (name.clone(), line));
                }
                if *prefix != CITED {
                    continue;
                }
                // A reason's citation, at its `source` and `section`.
                for (key, v) in &file.leaves {
                    if let Some((id, f @ ("source" | "section"))) = key.split_once('.') {
                        let line = line_of(&file.source.src, v.span().start);
                        places.insert(format!("reason.{id}.{f}"), (name.clone(), line));
                    }
                }
            }
            for f in self.langs.iter().map(|(_, f)| f).chain([&self.neutral]) {
                for (key, v) in &f.leaves {
                    places.entry(key.clone()).or_insert_with(|| {
                        (
                            f.source.name.clone(),
                            line_of(&f.source.src, v.span().start),
                        )
                    });
                }
            }
            places
        }

        /// Every key in every language: a key missing from one file is
        /// named, with where it is in another.
        fn check_every_language(
            &self,
            texts: &[LangTexts],
            places: &BTreeMap<String, (String, usize)>,
        ) -> Result<(), Located> {
            let all: std::collections::BTreeSet<&String> = texts
                .iter()
                .flat_map(|t| t.texts.keys().chain(t.lists.keys()))
                .collect();
            for key in all {
                for (i, t) in texts.iter().enumerate() {
                    if t.texts.contains_key(key) || t.lists.contains_key(key) {
                        continue;
                    }
                    let elsewhere = places
                        .get(key)
                        .map(|(f, l)| format!(" (elle est dans {f}, ligne {l})"))
                        .unwrap_or_default();
                    return Err(Located {
                        file: self.langs[i].1.source.name.clone(),
                        line: None,
                        key: Some(key.clone()),
                        message: format!("cette clé manque dans ce fichier{elsewhere}"),
                    });
                }
            }
            Ok(())
        }

        /// Citations name a document that exists, and a section.
        fn check_citations(&self, first: &LangTexts) -> Result<(), Located> {
            for (key, id) in &first.sources {
                if !first.texts.contains_key(&format!("source.{id}.title")) {
                    return Err(self.error(
                        0,
                        key,
                        format!("source `{id}` inconnue : il faut une table [source.{id}] (title, short) dans les fichiers de langue"),
                    ));
                }
                if !first
                    .texts
                    .contains_key(&key.replace(".source", ".section"))
                {
                    return Err(self.error(0, key, "une citation a aussi sa `section`"));
                }
            }
            Ok(())
        }

        /// Placeholders: a fact, the intake's year, or a value the code
        /// passes; the same in every language. The values the code passes,
        /// by key.
        fn placeholder_args(
            &self,
            texts: &[LangTexts],
            facts: &Facts,
        ) -> Result<BTreeMap<String, Vec<String>>, Located> {
            let mut args = BTreeMap::new();
            for (key, fr_text) in &texts[0].texts {
                let mut names = placeholders(fr_text);
                names.sort_unstable();
                for (i, t) in texts.iter().enumerate().skip(1) {
                    let mut other = placeholders(&t.texts[key]);
                    other.sort_unstable();
                    if other != names {
                        return Err(self.error(
                            i,
                            key,
                            format!(
                                "les valeurs entre accolades diffèrent d'une langue à l'autre : {names:?} en {}, {other:?} ici (une faute de frappe ?)",
                                self.langs[0].0
                            ),
                        ));
                    }
                }
                let runtime: Vec<String> = placeholders(fr_text)
                    .into_iter()
                    .filter(|n| !facts.is_placeholder(n))
                    .map(str::to_owned)
                    .collect();
                for n in &runtime {
                    let ok = !n.is_empty() && n.chars().all(|c| c.is_ascii_lowercase() || c == '_');
                    if !ok {
                        return Err(self.error(
                            0,
                            key,
                            format!("valeur entre accolades illisible : {{{n}}}"),
                        ));
                    }
                }
                if !runtime.is_empty() {
                    args.insert(key.clone(), runtime);
                }
            }
            Ok(args)
        }
    }

    impl Texts {
        /// Reads the language files (`(lang, file)`, French first), the
        /// language-neutral citations and the records files (`tables`,
        /// with their prefix: [`RECORD_FILES`]), and checks them
        /// together: every key
        /// in every language, each placeholder a fact, the intake's year or
        /// a value the code passes, the same ones in every language, each
        /// citation naming a document and a section. The first problem,
        /// with its file, line and key.
        pub fn read(
            langs: &[(&str, Source)],
            neutral: &Source,
            tables: &[(&str, Source)],
            facts: &Facts,
        ) -> Result<Texts, Located> {
            fn open(s: &Source) -> Result<Read<'_>, Located> {
                Ok(Read {
                    leaves: leaves(&s.name, &s.src)?,
                    source: s,
                })
            }
            let files = Files {
                langs: langs
                    .iter()
                    .map(|(l, s)| Ok((*l, open(s)?)))
                    .collect::<Result<Vec<_>, Located>>()?,
                neutral: open(neutral)?,
                tables: tables
                    .iter()
                    .map(|(p, s)| Ok((*p, open(s)?)))
                    .collect::<Result<Vec<_>, Located>>()?,
            };
            let codes: Vec<&str> = langs.iter().map(|(l, _)| *l).collect();
            let mut texts = Vec::new();
            let mut names = Vec::new();
            for (lang, file) in &files.langs {
                let mut t = LangTexts::default();
                file.add_to(lang, false, &mut t)?;
                names.push(file.lang_name(&mut t)?);
                // The citations are French section titles: French typography.
                files.neutral.add_to("fr", true, &mut t)?;
                for (prefix, file) in &files.tables {
                    file.add_tables(prefix, lang, &codes, &mut t)?;
                    if *prefix == CITED {
                        file.add_citations(&codes, &mut t)?;
                    }
                }
                texts.push(t);
            }
            let places = files.places();
            files.check_every_language(&texts, &places)?;
            files.check_citations(&texts[0])?;
            let args = files.placeholder_args(&texts, facts)?;
            let mut tables = BTreeMap::new();
            for (prefix, file) in &files.tables {
                let found: Vec<(String, String)> = file
                    .text_tables(&codes)?
                    .into_iter()
                    .filter_map(|t| Some((t.to_owned(), record_key(prefix, t)?)))
                    .collect();
                tables.insert((*prefix).to_owned(), found);
            }
            Ok(Texts {
                langs: texts,
                args,
                places,
                tables,
                names,
            })
        }

        /// The file and line of a key.
        pub fn place(&self, key: &str) -> Option<(&str, usize)> {
            self.places.get(key).map(|(f, l)| (f.as_str(), *l))
        }

        /// The file and first line of the keys under `prefix`.
        pub fn places_under(&self, prefix: &str) -> Option<(&str, usize)> {
            self.places
                .iter()
                .filter(|(k, _)| k.starts_with(prefix))
                .map(|(_, (f, l))| (f.as_str(), *l))
                .min_by_key(|(_, l)| *l)
        }

        /// Each choice question's record has a label for each of its
        /// answers (`[<question>.option.<answer>]`), and none for an answer
        /// it does not have. `questions`: each question's id and its
        /// answers' ids (`Question::options()`, empty for a question
        /// answered otherwise). The first problem, at the record's line
        /// (a missing label) or the label's (an unknown answer): the build
        /// stops there (`build/records.rs`).
        pub fn check_choices<'a>(
            &self,
            questions: impl IntoIterator<Item = (&'a str, &'a [&'a str])>,
        ) -> Result<(), Located> {
            let at = |key: &str, record: &str, message: String| {
                let place = self.place(key).or_else(|| self.places_under(record));
                Located {
                    file: place
                        .map_or_else(|| "content/questions.toml".to_owned(), |p| p.0.to_owned()),
                    line: place.map(|p| p.1),
                    key: Some(key.to_owned()),
                    message,
                }
            };
            for (id, options) in questions {
                let record = format!("question.{id}.");
                for o in options {
                    let key = format!("{record}option.{o}");
                    if !self.langs[0].texts.contains_key(&key) {
                        let m = format!("la question `{id}` n'a pas de texte pour sa réponse `{o}` (une table [{id}.option.{o}] avec fr et en)");
                        return Err(at(&key, &record, m));
                    }
                }
                if options.is_empty() {
                    continue;
                }
                let prefix = format!("{record}option");
                let texts = self.langs[0].texts.keys();
                for key in texts.filter(|k| k.starts_with(&prefix)) {
                    let answer = key.rsplit('.').next().unwrap_or_default();
                    if !options.contains(&answer) {
                        let m = format!("la question `{id}` n'a pas de réponse `{answer}` (voyez Question::form, src/rules/questions.rs)");
                        return Err(at(key, &record, m));
                    }
                }
            }
            Ok(())
        }
    }

    /// A text as shown: an article number never breaks across lines
    /// ("D. 613-40"), and French typography keeps `? ! ; :` and `« »` with
    /// their word, so that a lone "?" never starts a line on a phone.
    pub fn typeset(lang: &str, s: &str) -> String {
        let s = s.replace("D. 613-", "D.\u{A0}613\u{2011}");
        if lang != "fr" {
            return s;
        }
        s.replace(" ?", "\u{202F}?")
            .replace(" !", "\u{202F}!")
            .replace(" ;", "\u{202F};")
            .replace(" :", "\u{A0}:")
            .replace("« ", "«\u{A0}")
            .replace(" »", "\u{A0}»")
    }

    /// The `{name}` placeholders of a text, in order, without repeats.
    pub fn placeholders(text: &str) -> Vec<&str> {
        let mut out: Vec<&str> = Vec::new();
        let mut rest = text;
        while let Some(open) = rest.find('{') {
            let after = &rest[open + 1..];
            let Some(close) = after.find('}') else { break };
            let name = &after[..close];
            if !out.contains(&name) {
                out.push(name);
            }
            rest = &after[close + 1..];
        }
        out
    }
}

/// A content error, with where it is: file, line, key.
#[cfg(any(not(target_arch = "wasm32"), feature = "mise-a-jour"))]
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Located {
    pub file: String,
    pub line: Option<usize>,
    pub key: Option<String>,
    pub message: String,
}

#[cfg(any(not(target_arch = "wasm32"), feature = "mise-a-jour"))]
impl std::fmt::Display for Located {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "erreur de contenu dans {}", self.file)?;
        match (self.line, &self.key) {
            (Some(l), Some(k)) => write!(f, ", ligne {l}, clé `{k}`")?,
            (Some(l), None) => write!(f, ", ligne {l}")?,
            (None, Some(k)) => write!(f, ", clé `{k}`")?,
            (None, None) => {}
        }
        write!(f, " : {}", self.message)
    }
}
