//! Texts and facts: what the widget says, compiled in from `content/`.
//!
//! The rules give typed values; this module turns them into sentences,
//! source citations, amounts and dates. Facts that change every year
//! (intake year, calendar, fees, phone) live in `content/donnees.toml`,
//! the interface's flat texts in one file per language (`content/fr.toml`,
//! `content/en.toml`), and one record per question, conclusion, cost,
//! confirm, calendar phase and reason, each with every language and its
//! basis (`content/questions.toml`, `verdicts.toml`, `costs.toml`,
//! `confirms.toml`, `calendrier.toml`, `raisons.toml`); other citations in
//! `content/sources.toml`. `build.rs` reads them into the types of
//! [`model`] and writes them as Rust: a text is a [`Text`] variant, a text
//! that takes values from the code is a method of [`Tr`] with one argument
//! per value, and each kind of record has its typed accessor, a function of
//! the rules' enum ([`keys`]: `keys::question(q)`, `keys::verdict(v)`…). A
//! text the code asks for and a language lacks does not build.
//!
//! The language is a value: [`Tr`] (the language and the intake assessed)
//! is given by the app to every view, and every text goes through it.

// Without the views (a native build without `ssr`), the lookups they use
// look unused.
#![cfg_attr(not(any(target_arch = "wasm32", feature = "ssr")), allow(dead_code))]

mod format;
mod lang;
pub mod model;

pub use lang::Lang;

use crate::rules::{
    self, Answers, Bloc, Certainty, Confirm, Date, Diplome, IntakeChoice, Params, Question, Reason,
    Session, Verdict,
};

/// The compiled content (see `build.rs`). A text no code uses is a
/// warning in the build-time renderer's build (`--features ssr`), the one
/// build that compiles every view (the browser's lacks the waiting page),
/// and `clippy -D warnings` turns it into a failure.
#[cfg_attr(not(feature = "ssr"), allow(dead_code))]
#[allow(clippy::all)]
pub(crate) mod keys {
    // databake writes owned-or-borrowed texts as `alloc::borrow::Cow`.
    extern crate alloc;
    use super::Wording;
    include!(concat!(env!("OUT_DIR"), "/content.rs"));
}

pub(crate) use keys::{Cited, List, SourceDoc, Text};

/// The wordings of a conclusion's value (or of a change leading to it): as
/// a plain statement, hedged for when it is left to confirm, or both. A
/// value has at least one: `keys::verdict` is a `match` on the rules'
/// values, so that a value without a text does not build.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Wording {
    Plain(Text),
    Hedged(Text),
    Both(Text, Text),
}

impl Wording {
    /// The wording for an outcome this sure: a value left to confirm is
    /// never stated as a fact (none then if it has no hedged wording: the
    /// walk of `tests/certainty.rs` finds any such outcome); a sure one
    /// may be worded with caution.
    pub(crate) fn for_certainty(self, c: Certainty) -> Option<Text> {
        match (self, c) {
            (Wording::Plain(t) | Wording::Both(t, _), Certainty::Sure) => Some(t),
            (Wording::Hedged(t) | Wording::Both(_, t), _) => Some(t),
            (Wording::Plain(_), Certainty::ToConfirm(_)) => None,
        }
    }
}

/// A diploma's short name in a bloc (`DEES, bloc 3`): `[blocs.short.<id>]`
/// of `questions.toml`.
pub(crate) fn bloc_short(d: rules::DiplomeBloc) -> Text {
    use rules::DiplomeBloc as D;
    let b = keys::BLOCS;
    match d {
        D::Ass => b.short_ass,
        D::Es => b.short_es,
        D::Ets => b.short_ets,
        D::Eje => b.short_eje,
        D::Cesf => b.short_cesf,
    }
}

/// A diploma's name over its blocs' checkboxes: `[blocs.diploma.<id>]`.
pub(crate) fn bloc_diploma(d: rules::DiplomeBloc) -> Text {
    use rules::DiplomeBloc as D;
    let b = keys::BLOCS;
    match d {
        D::Ass => b.diploma_ass,
        D::Es => b.diploma_es,
        D::Ets => b.diploma_ets,
        D::Eje => b.diploma_eje,
        D::Cesf => b.diploma_cesf,
    }
}

/// A DEASS bloc's title (`[blocs.bloc.<n>]`); another diploma's blocs have
/// titles of their own, which the sources do not give (`None`).
pub(crate) fn bloc_title(b: rules::Bloc) -> Option<Text> {
    let t = keys::BLOCS;
    match (b.diplome, b.n) {
        (rules::DiplomeBloc::Ass, 1) => Some(t.bloc_1),
        (rules::DiplomeBloc::Ass, 2) => Some(t.bloc_2),
        (rules::DiplomeBloc::Ass, 3) => Some(t.bloc_3),
        (rules::DiplomeBloc::Ass, 4) => Some(t.bloc_4),
        _ => None,
    }
}

/// The message of an answer refused (`errors.input.<id>` of the language
/// files), but "nothing chosen": each question says that in its own words
/// (`error_empty` of its record).
pub(crate) fn input_error(e: rules::parse::InputError) -> Option<Text> {
    use rules::parse::InputError as E;
    Some(match e {
        E::Empty => return None,
        E::Unknown => Text::ErrorsInputUnknown,
        E::NotANumber => Text::ErrorsInputNotANumber,
        E::HoursOutOfRange => Text::ErrorsInputHoursOutOfRange,
        E::YearNotAYear => Text::ErrorsInputYearNotAYear,
        E::NoBacButBac => Text::ErrorsInputNoBacButBac,
        E::MalformedBloc => Text::ErrorsInputMalformedBloc,
        E::Conflicting => Text::ErrorsInputConflicting,
        E::IntakeGone => Text::ErrorsInputIntakeGone,
        E::TooLong => Text::ErrorsInputTooLong,
        E::YearOutOfRange => Text::ErrorsInputYearOutOfRange,
    })
}

/// The content key of a change's text, also its `data-change` hook:
/// `change.<kind>.<question>.<to>`, or `change.<kind>.<question>.hedged.<to>`
/// when the outcome it leads to would itself be left to confirm.
pub fn change_key(c: &rules::Change) -> String {
    let hedged = if c.certainty.is_sure() { "" } else { "hedged." };
    format!("change.{}.{}.{hedged}{}", c.kind().id(), c.question, c.to)
}
pub use keys::{FACTS, KEYS, LIST_KEYS};

/// The last published session, as the content file describes it.
pub fn session() -> Session {
    session_of(&FACTS)
}

/// The session a content folder's facts describe (the yearly update's
/// fixture is read at test time and goes through here too).
pub fn session_of(f: &model::Facts) -> Session {
    Session {
        intake_year: f.intake.year,
        start: f.intake.start,
        calendar: f.calendar,
        bloc_hours: f.training.bloc_hours,
        centre_hours: f.training.centre_hours,
    }
}

/// The rules' parameters for a visitor on `today`: the intake they can
/// still join, with the last published session's facts.
pub fn params(today: Date) -> Params {
    Params::new(&session(), today)
}

/// The texts in one language, for the intake a visitor on a given day is
/// assessed for: every text goes through it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Tr {
    pub lang: Lang,
    pub params: Params,
}

/// A source document: its title, and a short name for the printout.
pub struct Source {
    pub title: String,
    pub short: String,
}

/// A sentence with the source and section it rests on.
pub struct Citation {
    pub text: String,
    pub source: Source,
    pub section: String,
}

/// A part of a question's texts whose wording depends on earlier answers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Part {
    Title,
    Hint,
    ErrorEmpty,
}

impl Tr {
    pub fn new(lang: Lang, params: Params) -> Tr {
        Tr { lang, params }
    }

    fn raw_index(&self, i: usize) -> &'static str {
        let pick = |l: Lang| text_at(l, i).filter(|s| !s.is_empty());
        pick(self.lang).or_else(|| pick(Lang::Fr)).unwrap_or("")
    }

    /// The text as written, placeholders unfilled.
    pub(crate) fn raw(&self, k: Text) -> &'static str {
        self.raw_index(k as usize)
    }

    /// The text with the facts and the intake's year filled in.
    pub(crate) fn t(&self, k: Text) -> String {
        self.fill(self.raw(k), &[])
    }

    /// A text that may not be there: empty then (a verdict without the
    /// wording for its certainty, a change without its line: the walks of
    /// `tests/certainty.rs` and `tests/exhaustive.rs` find any).
    pub(crate) fn t_opt(&self, k: Option<Text>) -> String {
        k.map(|k| self.t(k)).unwrap_or_default()
    }

    fn fill_index(&self, i: usize, vars: &[(&str, &str)]) -> String {
        self.fill(self.raw_index(i), vars)
    }

    /// A list of texts (the documents to upload…).
    pub(crate) fn list(&self, l: List) -> &'static [&'static str] {
        let pick = |lang: Lang| list_at(lang, l as usize).filter(|s| !s.is_empty());
        pick(self.lang).or_else(|| pick(Lang::Fr)).unwrap_or(&[])
    }

    /// The placeholders that depend on the visitor's date (the intake
    /// assessed); their names are [`model::INTAKE_VARS`].
    fn intake_var(&self, name: &str) -> Option<u16> {
        let p = &self.params;
        Some(match name {
            "intake_year" => p.intake_year,
            "published_year" => p.published_year(),
            "bac_recent_from" => p.bac_recent_from(),
            "bac_year_max" => p.bac_year_max(),
            "bac_session_year" => p.bac_session_year(),
            _ => return None,
        })
    }

    /// The value of a fact placeholder, formatted for display.
    fn fact(&self, name: &str) -> Option<String> {
        Some(match FACTS.placeholder(name)? {
            model::FactValue::Date(d) => self.date(d),
            model::FactValue::Euros(n) => self.euros(n),
            model::FactValue::Number(n) => self.number(n),
            model::FactValue::Count(n) => n.to_string(),
            model::FactValue::Text(s) => s.to_owned(),
        })
    }

    /// Replaces `{name}` by its value: first `vars`, then the intake's
    /// year, then the facts. The build refuses any other name.
    pub fn fill(&self, template: &str, vars: &[(&str, &str)]) -> String {
        // `split_once`, not byte-index slicing: a slice can panic, and its
        // panic message alone brings ~4 KB of `Debug` formatting into the
        // wasm (docs/performance.md).
        let mut out = String::with_capacity(template.len() + 16);
        let mut rest = template;
        while let Some((before, after)) = rest.split_once('{') {
            out.push_str(before);
            let Some((name, next)) = after.split_once('}') else {
                out.push('{');
                rest = after;
                break;
            };
            if let Some((_, v)) = vars.iter().find(|(k, _)| *k == name) {
                out.push_str(v);
            } else if let Some(y) = self.intake_var(name) {
                out.push_str(&y.to_string());
            } else if let Some(v) = self.fact(name) {
                out.push_str(&v);
            } else {
                out.push('{');
                out.push_str(name);
                out.push('}');
            }
            rest = next;
        }
        out.push_str(rest);
        out
    }

    /// Weekly hours for display: `23,5 h`.
    pub fn hours(&self, h: rules::Hours) -> String {
        self.format_hours(&self.decimal(h.hundredths()))
    }

    /// A source document's title and short name.
    pub(crate) fn source(&self, d: SourceDoc) -> Source {
        Source {
            title: self.t(d.title()),
            short: self.t(d.short()),
        }
    }

    /// A citation of `sources.toml` with the sentence it backs.
    pub(crate) fn cited(&self, c: Cited, text: String) -> Citation {
        Citation {
            text,
            source: self.source(c.source()),
            section: self.t(c.section()),
        }
    }

    /// The sentence and citation of a reason.
    pub fn reason(&self, r: Reason) -> Citation {
        self.cited(keys::reason_cited(r), self.t(keys::reason(r).text))
    }

    /// What to ask the admission service about an outcome left to confirm.
    pub fn confirm(&self, c: Confirm) -> String {
        self.t(keys::confirm(c))
    }

    /// The one-line verdict for an outcome value, as sure as the rules
    /// are: a value left to confirm has its hedged wording
    /// (`outcome.<kind>.hedged.<value>`), never the plain statement.
    pub fn verdict(&self, v: Verdict, certainty: Certainty) -> String {
        self.t_opt(keys::verdict(v).outcome.for_certainty(certainty))
    }

    /// The few words of the glance for an outcome value, hedged the same way
    /// (`glance.<kind>.hedged.<value>` when left to confirm).
    pub fn glance(&self, v: Verdict, certainty: Certainty) -> String {
        self.t_opt(keys::verdict(v).glance.for_certainty(certainty))
    }

    /// What a change of answer would do (`[<kind>.<to>.change.<question>]`
    /// of `verdicts.toml`, or `change_hedged` when the outcome it leads to
    /// is left to confirm). The changes are found by trying answers
    /// (`rules::changes`): that each has its text is walked by
    /// `tests/exhaustive.rs`.
    pub fn change(&self, c: &rules::Change) -> String {
        let changes = keys::verdict(c.to).changes.iter();
        let wording = changes.into_iter().find(|(q, _)| *q == c.question);
        self.t_opt(wording.and_then(|(_, w)| w.for_certainty(c.certainty)))
    }

    /// A bloc for display: `DEES, bloc 3`.
    pub fn bloc(&self, b: Bloc) -> String {
        let diploma = self.t(bloc_short(b.diplome));
        self.question_blocs_item(&diploma, &b.n.to_string())
    }

    /// Blocs for display, comma-separated.
    pub fn blocs(&self, list: impl IntoIterator<Item = Bloc>) -> String {
        list.into_iter()
            .map(|b| self.bloc(b))
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// A question's title, hint or "nothing chosen" message: the bac
    /// question asked of a level-4 title holder has its own wording.
    pub(crate) fn question_text(&self, q: Question, a: &Answers, part: Part) -> String {
        if (q, part) == (Question::Rentree, Part::Hint) {
            if let Some(hint) = self.intake_hint(a) {
                return hint;
            }
        }
        let titre4 = q == Question::AnneeBac && a.diplome.is_some_and(Diplome::is_titre4);
        self.t(match (part, titre4) {
            (Part::Title, true) => keys::ANNEE_BAC.title_titre4,
            (Part::Hint, true) => keys::ANNEE_BAC.hint_titre4,
            (Part::ErrorEmpty, true) => keys::ANNEE_BAC.error_empty_titre4,
            (Part::Title, false) => keys::question(q).title,
            (Part::Hint, false) => keys::question(q).hint,
            (Part::ErrorEmpty, false) => keys::question(q).error_empty,
        })
    }

    /// The `rentree` question's hint: why the earlier intake is open only
    /// to some (`None` when only one intake is open).
    fn intake_hint(&self, a: &Answers) -> Option<String> {
        let j = rules::joinable(a, &self.params)?;
        Some(self.room_intake_hint(j.choice?, j.first))
    }

    /// Why the intake `first` is open only to some (`choice`): the `rentree`
    /// question's hint, and the overview's when it shows that intake.
    pub fn room_intake_hint(&self, choice: IntakeChoice, first: u16) -> String {
        let published = first == self.params.published_year();
        let first = first.to_string();
        match choice {
            IntakeChoice::ParcoursupRegistered if published => {
                self.question_rentree_hint_registered(&first)
            }
            IntakeChoice::ParcoursupRegistered => {
                self.question_rentree_hint_registered_assumed(&first)
            }
            IntakeChoice::PlacesLeft if published => self.question_rentree_hint_places(&first),
            IntakeChoice::PlacesLeft => self.question_rentree_hint_places_assumed(&first),
        }
    }

    /// The `rentree` question's options for these answers: each intake's
    /// year, its label, and a hint for the later one.
    pub fn intake_options(&self, a: &Answers) -> Vec<(u16, String, Option<String>)> {
        let Some(j) = rules::joinable(a, &self.params) else {
            return Vec::new();
        };
        j.options()
            .into_iter()
            .map(|year| {
                let y = year.to_string();
                match j.choice {
                    Some(c) if year == j.first => (
                        year,
                        match c {
                            IntakeChoice::ParcoursupRegistered => {
                                self.question_rentree_registered(&y)
                            }
                            IntakeChoice::PlacesLeft => self.question_rentree_places(&y),
                        },
                        None,
                    ),
                    _ => (
                        year,
                        self.question_rentree_next(&y),
                        (year != self.params.published_year())
                            .then(|| self.t(keys::RENTREE.next_hint)),
                    ),
                }
            })
            .collect()
    }

    /// The label of an option of a choice question, by its id (empty for
    /// an id the question does not offer).
    pub fn option(&self, q: Question, o: &str) -> String {
        let i = q
            .options()
            .and_then(|ids| ids.iter().position(|id| *id == o));
        self.t_opt(i.and_then(|i| keys::choices(q).get(i)).map(|c| c.label))
    }

    /// The answer to `q` as the candidate would read it (`None` if unanswered).
    pub fn answer_text(&self, q: Question, a: &Answers) -> Option<String> {
        Some(match q {
            Question::AnneeBac => match a.annee_bac? {
                rules::AnneeBac::Obtenu(y) => y.to_string(),
                rules::AnneeBac::Aucun => self.t(keys::ANNEE_BAC.option_aucun),
            },
            Question::Heures => self.hours(a.heures?),
            Question::Rentree => self.question_rentree_answer(&a.rentree?.year().to_string()),
            Question::Blocs => match a.blocs? {
                b if b.is_empty() => self.t(keys::BLOCS.none),
                b => self.blocs(b.iter()),
            },
            _ => self.option(q, &a.value(q)?),
        })
    }
}

/// The text under `key` (a dotted key of the language files), filled in,
/// for the tests that look a text up by the key the admissions team sees.
pub fn text_by_key(tr: &Tr, key: &str) -> Option<String> {
    let i = KEYS.binary_search(&key).ok()?;
    Some(tr.fill_index(i, &[]))
}

/// The text of index `i` in `lang`, as written (empty if the language
/// lacks it; `None` if its texts are neither compiled in nor loaded). The
/// wasm carries the French texts of the start page only: the others come
/// from the loaded file.
fn text_at(lang: Lang, i: usize) -> Option<&'static str> {
    let compiled = compiled_text(lang, i);
    match compiled {
        Some(s) if !s.is_empty() => compiled,
        _ => loaded(lang)
            .and_then(|l| l.texts.get(i).copied())
            .or(compiled),
    }
}

fn compiled_text(lang: Lang, i: usize) -> Option<&'static str> {
    let (blobs, ends): (&[&str], &[[u16; KEYS.len()]]) = match start_only() {
        true => (&keys::START_BLOB, &keys::START_ENDS),
        false => (&keys::TEXT_BLOBS, &keys::TEXT_ENDS),
    };
    let (blob, ends) = (blobs.get(lang.index())?, ends.get(lang.index())?);
    let start = match i.checked_sub(1) {
        Some(before) => *ends.get(before)?,
        None => 0,
    };
    blob.get(usize::from(start)..usize::from(*ends.get(i)?))
}

/// The list of index `i` in `lang`.
fn list_at(lang: Lang, i: usize) -> Option<&'static [&'static str]> {
    let rows: &[[&[&str]; LIST_KEYS.len()]] = match start_only() {
        true => &keys::START_LISTS,
        false => &keys::LISTS,
    };
    let compiled = rows.get(lang.index()).and_then(|r| r.get(i).copied());
    match compiled {
        Some(l) if !l.is_empty() => compiled,
        _ => loaded(lang)
            .and_then(|l| l.lists.get(i).copied())
            .or(compiled),
    }
}

#[cfg(not(target_arch = "wasm32"))]
thread_local! {
    static START_ONLY: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Whether the texts are the wasm's (natively, only while a test renders
/// with [`with_start_texts_only`]).
fn start_only() -> bool {
    #[cfg(not(target_arch = "wasm32"))]
    return START_ONLY.with(|s| s.get());
    #[cfg(target_arch = "wasm32")]
    false
}

/// Runs `f` with the texts the wasm carries before the rest is loaded: the
/// French texts of the start page only, no other language (native, for
/// the test that the start page needs no other text).
#[cfg(not(target_arch = "wasm32"))]
pub fn with_start_texts_only<R>(f: impl FnOnce() -> R) -> R {
    START_ONLY.with(|s| s.set(true));
    let r = f();
    START_ONLY.with(|s| s.set(false));
    r
}

/// A language's texts loaded at run time (the browser build carries French
/// only): by text index, and the lists by list index.
struct Loaded {
    texts: Vec<&'static str>,
    lists: Vec<&'static [&'static str]>,
}

static LOADED: [std::sync::OnceLock<Loaded>; Lang::ALL.len()] =
    [const { std::sync::OnceLock::new() }; Lang::ALL.len()];

fn loaded(lang: Lang) -> Option<&'static Loaded> {
    LOADED.get(lang.index())?.get()
}

/// Whether all the texts of `lang` are here: compiled in (natively), or
/// loaded (the wasm carries only the French texts of the start page).
pub fn has_texts(lang: Lang) -> bool {
    (cfg!(not(target_arch = "wasm32")) && !start_only() && lang.index() < keys::TEXT_BLOBS.len())
        || loaded(lang).is_some()
}

/// Takes in the texts of `lang` as the page loaded them (the file build.rs
/// writes, `texts-<lang>.txt`: texts joined by U+001F, U+001E, then the
/// lists, items joined by U+001F and lists by U+001D). Kept for the
/// page's lifetime. False if the file does not fit this build's tables.
pub fn install_texts(lang: Lang, file: String) -> bool {
    let Some(texts) = parse_texts(Box::leak(file.into_boxed_str())) else {
        return false;
    };
    let Some(slot) = LOADED.get(lang.index()) else {
        return false;
    };
    let _ = slot.set(texts);
    true
}

fn parse_texts(file: &'static str) -> Option<Loaded> {
    let (texts, lists) = file.split_once('\u{1e}')?;
    let texts: Vec<&'static str> = texts.split('\u{1f}').collect();
    let lists: Vec<&'static [&'static str]> = lists
        .split('\u{1d}')
        .map(|l| -> &'static [&'static str] {
            match l {
                "" => &[],
                l => Box::leak(l.split('\u{1f}').collect::<Box<[_]>>()),
            }
        })
        .collect();
    (texts.len() == KEYS.len() && lists.len() == LIST_KEYS.len()).then_some(Loaded { texts, lists })
}

/// The texts files the browser loads on demand, by language: written by
/// build.rs, served as `texts-<lang>-<hash>.txt` (scripts/ssr.mjs).
/// French: the texts the start page does not show (the others are empty).
pub fn loadable_texts() -> [(Lang, &'static str); Lang::ALL.len()] {
    Lang::ALL.map(|l| (l, lang::LOADABLE_TEXTS[l.index()]))
}

/// The text under `key` in `lang`, as written (placeholders unfilled).
pub fn raw_by_key(lang: Lang, key: &str) -> Option<&'static str> {
    let i = KEYS.binary_search(&key).ok()?;
    text_at(lang, i)
}

/// The list under `key` in `lang`.
pub fn list_by_key(lang: Lang, key: &str) -> Option<&'static [&'static str]> {
    let i = LIST_KEYS.binary_search(&key).ok()?;
    list_at(lang, i)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tr(lang: Lang) -> Tr {
        Tr::new(lang, params(Date::new(FACTS.intake.year, 2, 1)))
    }

    #[test]
    fn placeholders_are_filled_from_vars_then_the_intake_then_facts() {
        let fr = tr(Lang::Fr);
        assert_eq!(fr.fill("{n} / {years}", &[("n", "3")]), "3 / 3");
        assert_eq!(fr.fill("{unknown} {", &[]), "{unknown} {");
        assert_eq!(fr.fill("{intake_year}", &[]), FACTS.intake.year.to_string());
    }

    #[test]
    fn lookups_follow_the_language() {
        assert_eq!(tr(Lang::En).t(Text::NavContinue), "Continue");
        assert_eq!(tr(Lang::Fr).t(Text::NavContinue), "Continuer");
        assert_eq!(
            raw_by_key(Lang::En, "reason.prereq_bac.section"),
            raw_by_key(Lang::Fr, "reason.prereq_bac.section")
        );
    }

    #[test]
    fn the_texts_loaded_on_demand_are_the_compiled_ones() {
        // What the wasm carries (French: the start page's texts), then the
        // file: together, every text of the language.
        let compiled = |lang: Lang, i| with_start_texts_only(|| compiled_text(lang, i));
        let compiled_list = |lang: Lang, i| {
            with_start_texts_only(|| keys::START_LISTS.get(lang.index()).map(|r| r[i]))
        };
        for (lang, file) in loadable_texts() {
            let loaded = parse_texts(file).expect("the file fits the tables");
            for (i, text) in loaded.texts.iter().enumerate() {
                let both = compiled(lang, i).filter(|s| !s.is_empty()).unwrap_or(text);
                assert_eq!(Some(both), text_at(lang, i), "{}", KEYS[i]);
            }
            for (i, list) in loaded.lists.iter().enumerate() {
                let both = compiled_list(lang, i)
                    .filter(|l| !l.is_empty())
                    .unwrap_or(list);
                assert_eq!(Some(both), list_at(lang, i), "{}", LIST_KEYS[i]);
            }
        }
        assert!(parse_texts("a\u{1f}b").is_none(), "not a texts file");
    }
}

/// The yearly update: the form's values, the check, the summary, the preview.
/// Natively, and in the update page's wasm (feature `mise-a-jour`); the
/// candidates' wasm is built without it.
#[cfg(any(not(target_arch = "wasm32"), feature = "mise-a-jour"))]
pub mod update;
