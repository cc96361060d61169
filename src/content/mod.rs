//! Texts and facts: what the widget says, compiled in from `content/`.
//!
//! The rules give ids; this module turns them into sentences, source
//! citations, amounts and dates. Facts that change every year (intake year,
//! calendar, fees, phone) live in `content/donnees.toml`, texts in one file
//! per language (`content/fr.toml`, `content/en.toml`), citations in
//! `content/sources.toml`; `build.rs` compiles them into statics.

mod format;
mod lang;

pub use format::{date, euros, number};
pub use lang::{lang, set_lang, Lang};

use crate::rules::{
    self, Answers, Bloc, Calendar, Confirm, Date, OutcomeKind, Params, Question, Reason, Session,
};

/// The intake's facts (see `content/donnees.toml`).
#[derive(Debug)]
pub struct Facts {
    pub intake_year: u16,
    pub intake_start: Date,
    pub page_updated: Date,
    pub places_initial: u32,
    pub calendar: Calendar,
    pub fee_admission: u32,
    pub fee_registration: u32,
    pub fee_tuition: u32,
    pub continuing_cost: u32,
    pub years: u32,
    pub ects: u32,
    pub centre_hours: u32,
    pub accompaniment_hours: u32,
    pub practice_hours: u32,
    pub bloc_hours: [u32; 4],
    pub phone: &'static str,
    pub phone_tel: &'static str,
    pub place: &'static str,
    pub link_parcoursup: &'static str,
    pub link_institute: &'static str,
    pub link_cvec: &'static str,
}

mod generated {
    use super::{Calendar, Date, Facts};
    include!(concat!(env!("OUT_DIR"), "/content.rs"));
}
pub use generated::{FACTS, LANGS, LIST_KEYS, TEXT_KEYS};

/// The last published session, as the content file describes it.
pub fn session() -> Session {
    Session {
        intake_year: FACTS.intake_year,
        calendar: FACTS.calendar,
        bloc_hours: FACTS.bloc_hours,
        centre_hours: FACTS.centre_hours,
    }
}

/// The rules' parameters for a visitor on `today`: the intake they can
/// still join, with the last published session's facts.
pub fn params(today: Date) -> Params {
    Params::new(&session(), today)
}

/// The placeholders that depend on the visitor's date (the intake assessed):
/// `{intake_year}`, `{published_year}`, `{bac_recent_from}`, `{bac_year_max}`.
pub fn intake_vars(p: &Params) -> [(&'static str, String); 4] {
    [
        ("intake_year", p.intake_year.to_string()),
        ("published_year", p.published_year.to_string()),
        ("bac_recent_from", p.bac_recent_from().to_string()),
        ("bac_year_max", p.bac_year_max().to_string()),
    ]
}

/// The text for `key` with the intake's date-dependent values filled in.
pub fn tp(key: &str, p: &Params) -> String {
    tp_with(key, p, &[])
}

/// [`tp`] with more runtime values.
pub fn tp_with(key: &str, p: &Params, more: &[(&str, &str)]) -> String {
    let vars = intake_vars(p);
    let all: Vec<(&str, &str)> = vars
        .iter()
        .map(|(k, v)| (*k, v.as_str()))
        .chain(more.iter().copied())
        .collect();
    tv(key, &all)
}

/// The raw text for `key` in the current language, placeholders unfilled.
pub fn raw(key: &str) -> Option<&'static str> {
    raw_in(lang(), key)
}

/// The raw text for `key` in `l`, or in French if `l` lacks it (a test makes
/// sure no language lacks any).
pub fn raw_in(l: Lang, key: &str) -> Option<&'static str> {
    let i = TEXT_KEYS.binary_search(&key).ok()?;
    let pick = |l: Lang| {
        generated::TEXTS
            .get(l.index())
            .map(|row| row[i])
            .filter(|s| !s.is_empty())
    };
    pick(l).or_else(|| pick(Lang::Fr))
}

/// A list of texts (e.g. the documents to upload) in the current language.
pub fn list(key: &str) -> &'static [&'static str] {
    list_in(lang(), key)
}

/// A list of texts in `l` (French if `l` lacks it).
pub fn list_in(l: Lang, key: &str) -> &'static [&'static str] {
    let Ok(i) = LIST_KEYS.binary_search(&key) else {
        return &[];
    };
    let pick = |l: Lang| {
        generated::LISTS
            .get(l.index())
            .map(|row| row[i])
            .filter(|s| !s.is_empty())
    };
    pick(l).or_else(|| pick(Lang::Fr)).unwrap_or(&[])
}

/// Keys that are missing (empty) in language `l`.
pub fn missing_in(l: Lang) -> Vec<&'static str> {
    let texts = generated::TEXTS.get(l.index()).copied().unwrap_or(&[]);
    let lists = generated::LISTS.get(l.index()).copied().unwrap_or(&[]);
    let text_missing = TEXT_KEYS
        .iter()
        .enumerate()
        .filter(|(i, _)| texts.get(*i).is_none_or(|v| v.is_empty()));
    let list_missing = LIST_KEYS
        .iter()
        .enumerate()
        .filter(|(i, _)| lists.get(*i).is_none_or(|v| v.is_empty()));
    text_missing.chain(list_missing).map(|(_, k)| *k).collect()
}

/// The text for `key` with the intake's facts filled in.
pub fn t(key: &str) -> String {
    tv(key, &[])
}

/// The text for `key` with the facts and the given runtime values filled in.
pub fn tv(key: &str, vars: &[(&str, &str)]) -> String {
    match raw(key) {
        Some(s) => fill(s, vars),
        None => format!("[{key}]"),
    }
}

/// Replaces `{name}` by its value: first `vars`, then the intake's facts.
/// An unknown name is left as it is (a test checks there is none).
pub fn fill(template: &str, vars: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close) => {
                let name = &after[..close];
                match vars.iter().find(|(k, _)| *k == name) {
                    Some((_, v)) => out.push_str(v),
                    None => match fact(name) {
                        Some(v) => out.push_str(&v),
                        None => out.push_str(&rest[open..open + close + 2]),
                    },
                }
                rest = &after[close + 1..];
            }
            None => {
                out.push_str(&rest[open..]);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

/// The value of a fact placeholder, formatted for display.
pub fn fact(name: &str) -> Option<String> {
    let f = &FACTS;
    let c = &f.calendar;
    Some(match name {
        "page_updated" => date(f.page_updated),
        "version" => env!("CARGO_PKG_VERSION").to_string(),
        "places_initial" => f.places_initial.to_string(),
        "fee_admission" => euros(f.fee_admission),
        "fee_registration" => euros(f.fee_registration),
        "fee_tuition" => euros(f.fee_tuition),
        "continuing_cost" => euros(f.continuing_cost),
        "years" => f.years.to_string(),
        "ects" => f.ects.to_string(),
        "centre_hours" => number(f.centre_hours),
        "accompaniment_hours" => number(f.accompaniment_hours),
        "practice_hours" => number(f.practice_hours),
        "bc1_hours" => number(f.bloc_hours[0]),
        "bc2_hours" => number(f.bloc_hours[1]),
        "bc3_hours" => number(f.bloc_hours[2]),
        "bc4_hours" => number(f.bloc_hours[3]),
        "bloc_total_hours" => number(f.bloc_hours.iter().sum()),
        "phone" => f.phone.to_string(),
        "place" => f.place.to_string(),
        "registration_opens" => date(c.registration_opens),
        "parcoursup_closes" => date(c.parcoursup_closes),
        "file_deadline" => date(c.file_deadline),
        "oral_starts" => date(c.oral_starts),
        "oral_ends" => date(c.oral_ends),
        _ => return None,
    })
}

/// Weekly hours for display: `23,5 h`.
pub fn hours(h: rules::Hours) -> String {
    let n = format::decimal(h.hundredths());
    tv("format.hours", &[("n", &n)])
}

/// A source document: its title, and a short name for the printout.
pub struct Source {
    pub title: String,
    pub short: String,
}

/// A reason's sentence, source and section.
pub struct Cited {
    pub text: String,
    pub source: Source,
    pub section: String,
}

/// The sentence and citation of a reason id, for the intake assessed.
pub fn reason(r: Reason, p: &Params) -> Cited {
    let prefix = format!("reason.{}", r.id());
    Cited {
        text: tp(&format!("{prefix}.text"), p),
        ..cited(&prefix)
    }
}

/// What to ask the admission service about an outcome left to confirm.
pub fn confirm(c: Confirm, p: &Params) -> String {
    tp(&format!("confirm.{}", c.id()), p)
}

/// The `text`/`source`/`section` triple under `prefix` (`source` names a
/// `[source.<id>]` table).
pub fn cited(prefix: &str) -> Cited {
    let source_id = raw(&format!("{prefix}.source")).unwrap_or("irts");
    Cited {
        text: t(&format!("{prefix}.text")),
        source: Source {
            title: t(&format!("source.{source_id}.title")),
            short: t(&format!("source.{source_id}.short")),
        },
        section: t(&format!("{prefix}.section")),
    }
}

/// The one-line verdict for an outcome value.
pub fn verdict(kind: OutcomeKind, value: &str, p: &Params) -> String {
    tp(&format!("outcome.{kind}.{value}"), p)
}

/// A bloc for display: `DEES, bloc 3`.
pub fn bloc(b: Bloc) -> String {
    let diploma = t(&format!("question.blocs.short.{}", b.diplome));
    tv(
        "question.blocs.item",
        &[("diploma", &diploma), ("n", &b.n.to_string())],
    )
}

/// Blocs for display, comma-separated.
pub fn blocs(list: impl IntoIterator<Item = Bloc>) -> String {
    list.into_iter().map(bloc).collect::<Vec<_>>().join(", ")
}

/// The content key of a question's part (`title`, `hint`, `error_empty`):
/// the bac question asked of a level-4 title holder has its own wording.
pub fn question_key(q: Question, a: &Answers, part: &str) -> String {
    let variant = q == Question::AnneeBac && a.diplome == Some(rules::Diplome::Titre4);
    match (variant, part) {
        (true, "title" | "hint" | "error_empty") => format!("question.{q}.{part}_titre4"),
        _ => format!("question.{q}.{part}"),
    }
}

/// The answer to `q` as the candidate would read it (`None` if unanswered).
pub fn answer_text(q: Question, a: &Answers, p: &Params) -> Option<String> {
    Some(match q {
        Question::AnneeBac => match a.annee_bac? {
            rules::AnneeBac::Obtenu(y) => y.to_string(),
            rules::AnneeBac::Aucun => t("question.annee_bac.option.aucun"),
        },
        Question::Heures => hours(a.heures?),
        Question::Blocs => match a.blocs? {
            b if b.is_empty() => t("question.blocs.none"),
            b => blocs(b.iter()),
        },
        _ => tp(&format!("question.{q}.option.{}", a.value(q)?), p),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_are_filled_from_vars_then_facts() {
        assert_eq!(fill("{n} / {years}", &[("n", "3")]), "3 / 3");
        assert_eq!(fill("{unknown} {", &[]), "{unknown} {");
    }

    #[test]
    fn lookups_follow_the_language() {
        set_lang(Lang::En);
        assert_eq!(t("nav.continue"), "Continue");
        set_lang(Lang::Fr);
        assert_eq!(t("nav.continue"), "Continuer");
        assert_eq!(
            raw_in(Lang::En, "reason.prereq_bac.section"),
            raw_in(Lang::Fr, "reason.prereq_bac.section")
        );
    }
}
