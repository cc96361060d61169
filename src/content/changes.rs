//! What a yearly update changes, compared with the last published facts:
//! each value old → new for the summary the admission service re-reads,
//! the changes to double-check (« à vérifier »: an amount that moves by
//! more than a fifth, a date more than two weeks from its usual day of the
//! year), and the ones refused (new calendar dates under the old page's
//! date). Native only: `scripts/verifier-contenu.sh` prints it through
//! `examples/resume_contenu.rs`.

use super::Facts;
use crate::rules::Date;

/// How far an amount may move before it is to double-check.
pub const AMOUNT_TOLERANCE_PERCENT: u64 = 20;
/// How far (in days) a date may move from its usual day of the year.
pub const DATE_TOLERANCE_DAYS: i32 = 14;

/// A value of the facts, as compared.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Value {
    Date(Date),
    Euros(u32),
    Other(String),
}

/// One line of the summary.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Line {
    pub key: &'static str,
    /// What it is, in French.
    pub label: &'static str,
    pub old: Option<Value>,
    pub new: Value,
    /// Why it is to double-check, if it is.
    pub check: Option<String>,
}

impl Line {
    pub fn changed(&self) -> bool {
        self.old.as_ref().is_some_and(|o| *o != self.new)
    }
}

/// The values the summary shows, with their labels.
pub fn values(f: &Facts) -> Vec<(&'static str, &'static str, Value)> {
    use Value::{Date, Euros, Other};
    let (i, c, fees) = (&f.intake, &f.calendar, &f.fees);
    vec![
        ("intake.year", "rentrée", Other(i.year.to_string())),
        ("intake.start", "début de la formation", Date(i.start)),
        (
            "intake.page_updated",
            "mise à jour de la page de l'IRTS",
            Date(i.page_updated),
        ),
        (
            "intake.places_initial",
            "places en formation initiale",
            Other(i.places_initial.to_string()),
        ),
        (
            "calendar.registration_opens",
            "ouverture des inscriptions",
            Date(c.registration_opens),
        ),
        (
            "calendar.parcoursup_closes",
            "fermeture de Parcoursup",
            Date(c.parcoursup_closes),
        ),
        (
            "calendar.file_deadline",
            "date limite du dossier",
            Date(c.file_deadline),
        ),
        (
            "calendar.oral_starts",
            "début de l'oral",
            Date(c.oral_starts),
        ),
        ("calendar.oral_ends", "fin de l'oral", Date(c.oral_ends)),
        ("fees.admission", "frais d'admission", Euros(fees.admission)),
        (
            "fees.registration",
            "frais d'inscription",
            Euros(fees.registration),
        ),
        ("fees.tuition", "frais de scolarité", Euros(fees.tuition)),
        (
            "fees.continuing_cost",
            "coût en formation continue",
            Euros(fees.continuing_cost),
        ),
        (
            "contact.phone",
            "téléphone",
            Other(f.contact.phone.to_string()),
        ),
        (
            "contact.phone_tel",
            "téléphone (appel direct)",
            Other(f.contact.phone_tel.to_string()),
        ),
        ("contact.place", "lieu", Other(f.contact.place.to_string())),
        (
            "links.parcoursup",
            "lien Parcoursup",
            Other(f.links.parcoursup.to_string()),
        ),
        (
            "links.institute",
            "lien de la page de l'IRTS",
            Other(f.links.institute.to_string()),
        ),
        ("links.cvec", "lien CVEC", Other(f.links.cvec.to_string())),
    ]
}

/// The day of the year (1 = 1 January), leap days ignored: the months
/// before `d`'s are counted in a common year.
fn day_of_year(d: Date) -> i32 {
    const COMMON_YEAR: u16 = 2027;
    let before: i32 = (1..d.month.clamp(1, 12))
        .map(|m| i32::from(Date::days_in_month(COMMON_YEAR, m)))
        .sum();
    before + i32::from(d.day)
}

/// Why a change is to double-check, if it is.
fn to_check(key: &str, old: &Value, new: &Value) -> Option<String> {
    match (old, new) {
        (Value::Euros(o), Value::Euros(n)) if o != n => {
            let (o64, n64) = (u64::from(*o), u64::from(*n));
            let moved = o64.abs_diff(n64) * 100;
            (moved > o64 * AMOUNT_TOLERANCE_PERCENT).then(|| {
                let pct = moved / o64.max(1);
                let way = if n64 > o64 { "hausse" } else { "baisse" };
                format!("{way} de {pct} % (plus de {AMOUNT_TOLERANCE_PERCENT} %) : un zéro en trop ou en moins ?")
            })
        }
        (Value::Date(o), Value::Date(n)) if key != "intake.page_updated" => {
            let shift = day_of_year(*n) - day_of_year(*o);
            (shift.abs() > DATE_TOLERANCE_DAYS).then(|| {
                let way = if shift > 0 { "plus tard" } else { "plus tôt" };
                format!(
                    "{} jours {way} dans l'année que la dernière date publiée (plus de {DATE_TOLERANCE_DAYS} jours) : jour et mois inversés ?",
                    shift.abs()
                )
            })
        }
        _ => None,
    }
}

/// The summary of `new` against the last published facts (`old`, if known).
pub fn review(old: Option<&Facts>, new: &Facts) -> Vec<Line> {
    let before = old.map(values);
    values(new)
        .into_iter()
        .enumerate()
        .map(|(i, (key, label, value))| {
            let old = before.as_ref().map(|b| b[i].2.clone());
            let check = old.as_ref().and_then(|o| to_check(key, o, &value));
            Line {
                key,
                label,
                old,
                new: value,
                check,
            }
        })
        .collect()
}

/// Why the update is refused although each value is well formed: the
/// calendar changed while the page's date did not (the dates would be shown
/// under the old page's date, and the release would take last year's name).
pub fn refusals(lines: &[Line]) -> Vec<(&'static str, String)> {
    let changed = |key: &str| lines.iter().any(|l| l.key == key && l.changed());
    let calendar = lines
        .iter()
        .any(|l| l.key.starts_with("calendar.") && l.changed());
    if calendar && !changed("intake.page_updated") {
        return vec![(
            "intake.page_updated",
            "les dates du calendrier ont changé, mais pas `intake.page_updated` : reportez la date \
             « Dernière mise à jour » de la page de l'IRTS d'où viennent les nouvelles dates \
             (elle date le résultat imprimé et donne son nom à la version)"
                .to_owned(),
        )];
    }
    Vec::new()
}
