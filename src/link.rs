//! Answers in the URL: the query string is the state, so a link can be kept,
//! shared, resumed or printed. Parameter names and values are the public
//! contract documented in the README.
//!
//! Parsing never fails: a bad value becomes an error on its question (the
//! other answers are kept), a duplicate key with another value is a conflict,
//! unknown parameters are ignored.

use crate::flow::Screen;
use crate::rules::parse::{self, InputError, MAX_RAW_LEN};
use crate::rules::{Answers, Question};

/// Parameters that are not answers but are kept across steps.
pub const PASSTHROUGH: &[&str] = &["mode", "lang", "couleur", "delai"];
/// The screen parameter.
pub const STEP: &str = "etape";
/// Set while an answer is being changed from the check page.
pub const FROM: &str = "depuis";

/// What a query string says.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Parsed {
    pub answers: Answers,
    /// Questions whose link value was refused, in flow order.
    pub errors: Vec<(Question, InputError)>,
    pub screen: Option<Screen>,
    pub from_check: bool,
    pub passthrough: Vec<(String, String)>,
}

/// Reads a query string (with or without its leading `?`); `max_bac_year`
/// is the latest bac year accepted (this year).
pub fn parse(query: &str, max_bac_year: u16) -> Parsed {
    let query = query.strip_prefix('?').unwrap_or(query);
    let mut raw: Vec<(Question, Vec<String>)> = Vec::new();
    let mut out = Parsed::default();
    for (k, v) in form_urlencoded::parse(query.as_bytes()) {
        if let Some(q) = Question::from_id(&k) {
            // Keep at most a little over the limit: enough to say "too long".
            let v: String = v.chars().take(MAX_RAW_LEN + 1).collect();
            match raw.iter_mut().find(|(rq, _)| *rq == q) {
                Some((_, vals)) => vals.push(v),
                None => raw.push((q, vec![v])),
            }
        } else if k == STEP {
            out.screen = Screen::from_param(&v);
        } else if k == FROM {
            out.from_check = v == "verification";
        } else if PASSTHROUGH.contains(&k.as_ref())
            && v.len() <= 40
            && !out.passthrough.iter().any(|(pk, _)| *pk == k)
        {
            out.passthrough.push((k.into_owned(), v.into_owned()));
        }
    }
    // In question order, whatever the link's order: an answer is checked
    // against the earlier ones (`annee_bac=aucun` after `diplome=bac`).
    crate::rules::sort_small(&mut raw);
    for (q, vals) in raw {
        let first = &vals[0];
        let result = if vals.iter().any(|v| v != first) {
            Err(InputError::Conflicting)
        } else {
            parse::apply(&mut out.answers, q, first, max_bac_year)
        };
        if let Err(e) = result {
            out.errors.push((q, e));
        }
    }
    crate::rules::sort_small(&mut out.errors);
    out
}

/// Writes answers (and the screen) as a query string starting with `?`.
pub fn to_query(
    answers: &Answers,
    screen: Option<Screen>,
    from_check: bool,
    passthrough: &[(String, String)],
) -> String {
    let mut s = form_urlencoded::Serializer::new(String::new());
    for q in Question::ALL {
        if let Some(v) = answers.value(q) {
            s.append_pair(q.id(), &v);
        }
    }
    if let Some(p) = screen.and_then(Screen::to_param) {
        s.append_pair(STEP, &p);
    }
    if from_check {
        s.append_pair(FROM, "verification");
    }
    for (k, v) in passthrough {
        s.append_pair(k, v);
    }
    let q = s.finish();
    if q.is_empty() {
        String::new()
    } else {
        format!("?{q}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::{Blocs, Diplome, Situation};

    #[test]
    fn a_complete_link_round_trips() {
        let p = parse("?diplome=bac&annee_bac=2024&situation=cdi&heures=23.5&contrat=aucun&france_travail=non&blocs=ES-BC3,ASS-BC1", 2026);
        assert!(p.errors.is_empty(), "{:?}", p.errors);
        assert_eq!(p.answers.diplome, Some(Diplome::Bac));
        assert_eq!(p.answers.situation, Some(Situation::Cdi));
        let q = to_query(&p.answers, None, false, &[]);
        assert_eq!(parse(&q, 2026).answers, p.answers);
        assert!(q.contains("blocs=ASS-BC1%2CES-BC3"), "{q}");
    }

    #[test]
    fn bad_values_become_errors_and_the_rest_is_kept() {
        let p = parse(
            "diplome=licence&situation=cdi&heures=abc&blocs=ES-BC9",
            2026,
        );
        assert_eq!(p.answers.situation, Some(Situation::Cdi));
        assert_eq!(p.answers.diplome, None);
        assert_eq!(
            p.errors,
            vec![
                (Question::Diplome, InputError::Unknown),
                (Question::Heures, InputError::NotANumber),
                (Question::Blocs, InputError::MalformedBloc),
            ]
        );
    }

    #[test]
    fn duplicates_agreeing_are_fine_and_conflicting_are_errors() {
        let p = parse(
            "situation=cdd&situation=cdd&contrat=aucun&contrat=apprentissage",
            2026,
        );
        assert_eq!(p.answers.situation, Some(Situation::Cdd));
        assert_eq!(p.errors, vec![(Question::Contrat, InputError::Conflicting)]);
    }

    #[test]
    fn hostile_values_are_refused_not_echoed() {
        let p = parse("situation=%3Cscript%3Ealert(1)%3C%2Fscript%3E&blocs=", 2026);
        assert_eq!(
            p.errors,
            vec![
                (Question::Situation, InputError::Unknown),
                (Question::Blocs, InputError::Empty)
            ]
        );
        let huge = format!("heures={}", "9".repeat(100_000));
        assert_eq!(
            parse(&huge, 2026).errors,
            vec![(Question::Heures, InputError::TooLong)]
        );
        let _ = parse("%%%&&&==&=x&diplome", 2026);
        assert_eq!(parse("blocs=aucun", 2026).answers.blocs, Some(Blocs::NONE));
    }

    #[test]
    fn a_bac_holder_without_a_bac_year_is_a_contradiction_in_any_order() {
        for q in ["diplome=bac&annee_bac=aucun", "annee_bac=aucun&diplome=bac"] {
            let p = parse(q, 2026);
            assert_eq!(p.answers.diplome, Some(Diplome::Bac), "{q}");
            assert_eq!(p.answers.annee_bac, None, "{q}");
            assert_eq!(
                p.errors,
                vec![(Question::AnneeBac, InputError::NoBacButBac)],
                "{q}"
            );
        }
        let p = parse("diplome=titre4&annee_bac=aucun", 2026);
        assert!(p.errors.is_empty());
        assert_eq!(
            to_query(&p.answers, None, false, &[]),
            "?diplome=titre4&annee_bac=aucun"
        );
    }

    #[test]
    fn passthrough_parameters_survive_and_unknown_ones_do_not() {
        let p = parse("mode=presentation&utm=x&lang=fr", 2026);
        assert_eq!(
            to_query(&p.answers, None, false, &p.passthrough),
            "?mode=presentation&lang=fr"
        );
    }
}
