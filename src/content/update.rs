//! The yearly update, shared by the terminal tools and the update page:
//! the values the guide lists (`docs/mise-a-jour-annuelle.md`) with their
//! labels as the institute's page words them, the check of an edited
//! `donnees.toml` (the same checks as `scripts/verifier-contenu.sh`: each
//! value's form, the facts' rules, the changes to double-check and the
//! refusals), the summary old → new, and what five typical candidates are
//! told on a given day with the edited facts. Pure: the update page's wasm
//! (`src/bin/mise-a-jour.rs`) and the examples `resume_contenu` and
//! `apercu` call it; the candidates' wasm does not.

use super::model::{self, changes, FactValue, Facts, Located};
use super::{raw_by_key, Lang, Tr};
use crate::link::Link;
use crate::rules::{self, assess, Date, Params};

/// The facts file the crate was built with, as written (comments and
/// layout; a leading BOM left out): what the update page starts from.
pub const SOURCE: &str = include_str!(concat!(env!("OUT_DIR"), "/donnees-source.toml"));

/// A value of the form: the key's last part (the input's `name`), its
/// dotted key, what it is called on the institute's page, and where it is.
pub struct Field {
    pub name: &'static str,
    pub key: &'static str,
    pub label: &'static str,
    pub hint: &'static str,
}

const fn field(
    name: &'static str,
    key: &'static str,
    label: &'static str,
    hint: &'static str,
) -> Field {
    Field {
        name,
        key,
        label,
        hint,
    }
}

/// The values the guide lists, in its order (the others, such as the
/// training's hours and the links, stay as they are in the file).
pub const FIELDS: [Field; 15] = [
    field("year", "intake.year", "Rentrée : année", "L'année de la rentrée de septembre."),
    field("start", "intake.start", "Rentrée : en septembre (jour)", "La page dit « Rentrée : en septembre » : le jour annoncé par l'IRTS, sinon le 1er septembre."),
    field("page_updated", "intake.page_updated", "Dernière mise à jour le", "En bas de la page de l'IRTS : « Dernière mise à jour le … »."),
    field("places_initial", "intake.places_initial", "Nombre de places : sous statut formation initiale", "Le nombre seul."),
    field("registration_opens", "calendar.registration_opens", "Ouverture des inscriptions : sur Parcoursup", "Calendrier des épreuves d'admission."),
    field("parcoursup_closes", "calendar.parcoursup_closes", "Clôture des inscriptions : Parcoursup", "Calendrier des épreuves d'admission."),
    field("file_deadline", "calendar.file_deadline", "Date limite de retour du dossier de candidature : candidats Parcoursup", "Calendrier des épreuves d'admission."),
    field("oral_starts", "calendar.oral_starts", "Épreuve orale : candidats Parcoursup (premier jour)", "« Épreuve orale » : le premier jour de la période."),
    field("oral_ends", "calendar.oral_ends", "Épreuve orale : candidats Parcoursup (dernier jour)", "« Épreuve orale » : le dernier jour de la période."),
    field("admission", "fees.admission", "Frais d'admission", "En euros entiers, chiffres seuls."),
    field("registration", "fees.registration", "Frais d'inscription", "« Frais d'inscription et de scolarité annuels »."),
    field("tuition", "fees.tuition", "Frais de scolarité", "« Frais d'inscription et de scolarité annuels »."),
    field("continuing_cost", "fees.continuing_cost", "Formation continue : coût de la formation", "En euros entiers, chiffres seuls."),
    field("phone", "contact.phone", "Contactez le service admission au (téléphone)", "Tel qu'affiché sur la page."),
    field("phone_tel", "contact.phone_tel", "Le même numéro pour l'appel direct (+33…)", "Sans le 0 du début, sans espaces : +33 puis les 9 chiffres."),
];

/// Whether a field's value is a text (typed without its quotes).
pub fn is_text(key: &str) -> bool {
    model::FACT_KEYS
        .iter()
        .any(|(k, kind)| *k == key && *kind == model::Kind::Text)
}

/// A field's value as the form shows it: as written in the file, a text
/// without its quotes.
pub fn shown_value(src: &str, f: &Field) -> String {
    let raw = model::value_of(src, f.key).unwrap_or_default();
    match is_text(f.key) {
        true => model::unquoted(&raw).unwrap_or(raw),
        false => raw,
    }
}

/// The file with the form's values written in (`(name, value)` pairs; a
/// text is quoted, anything else written as typed, trimmed).
pub fn edited(src: &str, values: &[(&str, String)]) -> String {
    let mut out = src.to_owned();
    for f in &FIELDS {
        let Some((_, v)) = values.iter().find(|(n, _)| *n == f.name) else {
            continue;
        };
        let v = v.trim();
        let raw = match is_text(f.key) {
            true => model::quoted(v),
            false => v.to_owned(),
        };
        out = model::set_value(&out, f.key, &raw);
    }
    out
}

/// An edited file, checked as `scripts/verifier-contenu.sh` checks it.
pub struct Checked {
    /// The problems, each with its key and line: what must be corrected.
    pub errors: Vec<Located>,
    /// The facts, when every value is right.
    pub facts: Option<Facts>,
    /// The summary old → new, with what is to double-check.
    pub lines: Vec<changes::Line>,
    /// Why it is refused although each value is right.
    pub refusals: Vec<(&'static str, String)>,
}

impl Checked {
    /// How many values are « à vérifier ».
    pub fn to_check(&self) -> usize {
        self.lines.iter().filter(|l| l.check.is_some()).count()
    }

    /// Whether the file may be sent (to double-check values confirmed).
    pub fn ready(&self, confirmed: bool) -> bool {
        self.facts.is_some()
            && self.errors.is_empty()
            && self.refusals.is_empty()
            && (confirmed || self.to_check() == 0)
    }
}

/// Checks `src` (a whole `donnees.toml`) against the last published facts.
pub fn check(src: &str, old: Option<&Facts>) -> Checked {
    match model::read_plain("donnees.toml", src) {
        Err(errors) => Checked {
            errors,
            facts: None,
            lines: Vec::new(),
            refusals: Vec::new(),
        },
        Ok(facts) => {
            let lines = changes::review(old, &facts);
            let refusals = changes::refusals(&lines);
            Checked {
                errors: Vec::new(),
                facts: Some(facts),
                lines,
                refusals,
            }
        }
    }
}

/// Texts in French for the summary (dates and amounts as the widget shows them).
fn french(f: &Facts) -> Tr {
    Tr::new(
        Lang::Fr,
        Params::new(&super::session_of(f), Date::new(f.intake.year, 2, 1)),
    )
}

fn shown(tr: &Tr, v: &changes::Value) -> String {
    match v {
        changes::Value::Date(d) => tr.date(*d),
        changes::Value::Euros(n) => tr.euros(*n),
        changes::Value::Other(s) => s.clone(),
    }
    // Plain spaces: read in a terminal or a text file, not typeset.
    .replace(['\u{202F}', '\u{A0}'], " ")
}

/// The summary, one line per value (`  label  old → new`), each value to
/// double-check followed by its `⚠ À VÉRIFIER` line; then the refusals.
/// As `scripts/verifier-contenu.sh` prints it.
pub fn summary(facts: &Facts, lines: &[changes::Line]) -> Vec<String> {
    let tr = french(facts);
    let width = lines
        .iter()
        .map(|l| l.label.chars().count())
        .max()
        .unwrap_or(0);
    let mut out = Vec::new();
    for l in lines {
        let pad = " ".repeat(width - l.label.chars().count());
        let value = match &l.old {
            Some(o) if l.changed() => format!("{} → {}", shown(&tr, o), shown(&tr, &l.new)),
            Some(_) => format!("{} (inchangé)", shown(&tr, &l.new)),
            None => shown(&tr, &l.new),
        };
        out.push(format!("  {}{pad}  {value}", l.label));
        if let Some(why) = &l.check {
            out.push(format!(
                "  {}  ⚠ À VÉRIFIER ({}) : {why}",
                " ".repeat(width),
                l.key
            ));
        }
    }
    out
}

/// One of the five typical candidates of the preview: who, and the
/// widget's own link (`N` is the year of the day previewed).
pub const CANDIDATES: [(&str, &str); 5] = [
    (
        "Lycéen·ne en terminale",
        "diplome=terminale&situation=lyceen&interruption=non&contrat=aucun&blocs=aucun",
    ),
    (
        "Étudiant·e, bac obtenu l'an dernier",
        "diplome=bac&annee_bac=N-1&situation=etudiant&interruption=non&contrat=aucun&blocs=aucun",
    ),
    (
        "Salarié·e en CDI à temps plein, bac ancien",
        "diplome=bac&annee_bac=N-12&situation=cdi&heures=35&contrat=aucun&france_travail=non&blocs=aucun",
    ),
    (
        "Futur·e apprenti·e, bac récent",
        "diplome=bac&annee_bac=N-2&situation=etudiant&interruption=oui&contrat=apprentissage&blocs=aucun",
    ),
    (
        "Demandeur·se d'emploi sans bac (validation à demander)",
        "diplome=aucun&vapp=oui&situation=demandeur_emploi&contrat=aucun&france_travail=oui&blocs=aucun",
    ),
];

/// What a candidate is told for one intake.
pub struct Told {
    /// The intake chosen, when two are open to them.
    pub choice: Option<u16>,
    /// (outcome kind id, value id, title, verdict in words).
    pub conclusions: Vec<(&'static str, String, String, String)>,
    /// Questions still asked (ids), if any.
    pub missing: Vec<String>,
    /// The next step, in words.
    pub next: Option<String>,
}

/// One candidate of the preview.
pub struct Candidate {
    pub who: &'static str,
    pub query: String,
    /// One entry, or one per intake when two are open to them.
    pub told: Vec<Told>,
}

/// The preview on `today`, with these facts.
pub struct Preview {
    pub today: Date,
    pub intake_year: u16,
    pub published_year: u16,
    pub provisional: bool,
    pub candidates: Vec<Candidate>,
}

/// What the five candidates are told on `today` if the facts are `facts`:
/// the engine's conclusions, in the widget's French texts, with the facts'
/// values in them.
pub fn preview(facts: &Facts, today: Date) -> Preview {
    let p = Params::new(&super::session_of(facts), today);
    let candidates = CANDIDATES
        .iter()
        .map(|(who, link)| {
            let query = relative_years(link, today.year);
            let parsed = Link::parse(&query, p.bac_year_max());
            let told = match rules::joinable(&parsed.answers, &p).filter(|j| j.choice.is_some()) {
                Some(j) => j
                    .options()
                    .into_iter()
                    .map(|year| {
                        let mut a = parsed.answers;
                        a.rentree = Some(rules::Rentree(year));
                        told(facts, &a, &p, Some(year))
                    })
                    .collect(),
                None => vec![told(facts, &parsed.answers, &p, None)],
            };
            Candidate { who, query, told }
        })
        .collect();
    Preview {
        today,
        intake_year: p.intake_year,
        published_year: p.published_year(),
        provisional: p.provisional(),
        candidates,
    }
}

/// The four conclusions and the next step for these answers, in the texts
/// of the intake they lead to.
fn told(facts: &Facts, answers: &rules::Answers, p: &Params, choice: Option<u16>) -> Told {
    let a = assess(answers, p);
    let tr = Tr::new(Lang::Fr, p.for_answers(answers));
    let conclusions = a
        .outcomes()
        .into_iter()
        .map(|(kind, value, _, certainty)| {
            let title = text(&tr, facts, &format!("outcome.{}.title", kind.id()));
            let verdict = super::keys::verdict(value)
                .outcome
                .for_certainty(certainty)
                .map(|t| filled(&tr, facts, tr.raw(t)))
                .unwrap_or_default();
            (kind.id(), value.to_string(), title, verdict)
        })
        .collect();
    let next = a.route.as_ref().map(|route| {
        let key = format!("next.{}.{}", a.calendar.id(), route.value.id());
        text(&tr, facts, &key)
    });
    Told {
        choice,
        conclusions,
        missing: a.missing.iter().map(ToString::to_string).collect(),
        next,
    }
}

/// The French text under `key`, filled in with `facts`.
fn text(tr: &Tr, facts: &Facts, key: &str) -> String {
    filled(tr, facts, raw_by_key(Lang::Fr, key).unwrap_or(""))
}

/// A template filled in: the facts' placeholders from `facts` (not the
/// facts compiled in), the others as [`Tr::fill`] does. Plain spaces.
fn filled(tr: &Tr, facts: &Facts, template: &str) -> String {
    let mut vars: Vec<(&str, String)> = Vec::new();
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        let Some(close) = after.find('}') else { break };
        let name = &after[..close];
        let value = facts.placeholder(name).map(|v| match v {
            FactValue::Date(d) => tr.date(d),
            FactValue::Euros(n) => tr.euros(n),
            FactValue::Number(n) => tr.number(n),
            FactValue::Count(n) => n.to_string(),
            FactValue::Text(s) => s.to_owned(),
        });
        if let Some(v) = value {
            vars.push((name, v));
        }
        rest = &after[close + 1..];
    }
    let vars: Vec<(&str, &str)> = vars.iter().map(|(k, v)| (*k, v.as_str())).collect();
    tr.fill(template, &vars)
        .replace(['\u{202F}', '\u{A0}'], " ")
}

/// `annee_bac=N-k` written as the year `N - k`.
fn relative_years(query: &str, year: u16) -> String {
    query
        .split('&')
        .map(|pair| match pair.strip_prefix("annee_bac=N-") {
            Some(k) => format!("annee_bac={}", year.saturating_sub(k.parse().unwrap_or(0))),
            None => pair.to_owned(),
        })
        .collect::<Vec<_>>()
        .join("&")
}
