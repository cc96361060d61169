//! Fuzzing the link parser (`Link::parse`, `Link::to_query`) with proptest:
//! random bytes, random text, and valid links mutated (truncated, duplicated
//! keys, percent-encoding garbage, huge values, HTML and script payloads).
//!
//! Properties, for every input:
//! - `parse` never panics;
//! - a refused value never becomes an answer; errors are sorted, one per
//!   question at most;
//! - `to_query` only writes valid answers: parsing its output gives the same
//!   answers, screen, `depuis` and settings (`mode`, `lang`…), with no error, and
//!   writing that again gives the same string (parse -> to_query -> parse is
//!   stable);
//! - the written link is short and carries no raw markup (`<`, `>`, quotes).
//!
//! CI runs the default case count (fast); `scripts/fuzz.sh` runs it with
//! PROPTEST_CASES=1000000 (README "Security").

#![cfg(not(target_arch = "wasm32"))]

use deass_eligibility::content;
use deass_eligibility::link::{self, Link};
use deass_eligibility::rules::parse::MIN_BAC_YEAR;
use deass_eligibility::rules::{samples, Date, DiplomeBloc, Form, Hours, Question};
use proptest::prelude::*;
use proptest::test_runner::Config;

/// Cases per property: PROPTEST_CASES, or 1 500 (about a second in all).
fn config() -> Config {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(1_500);
    Config {
        cases,
        // Inputs are small; shrinking a failure stays quick.
        max_shrink_iters: 10_000,
        ..Config::default()
    }
}

fn year() -> u16 {
    content::FACTS.intake.year
}

/// Every property, on one query string.
fn check(query: &str) -> Result<(), TestCaseError> {
    let y = year();
    let p1 = Link::parse(query, y);

    // Refused values are not answers; errors sorted, one per question.
    for (q, e) in &p1.errors {
        prop_assert!(
            !p1.answers.is_answered(*q),
            "{q:?} refused ({e:?}) but answered: {query:?}"
        );
    }
    prop_assert!(
        p1.errors.windows(2).all(|w| w[0].0 < w[1].0),
        "errors not sorted or repeated: {:?}",
        p1.errors
    );
    // Round trip.
    let q2 = p1.to_query();
    let p2 = Link::parse(&q2, y);
    prop_assert_eq!(
        &p2.errors,
        &Vec::new(),
        "to_query wrote a refused value: {:?}",
        q2
    );
    prop_assert_eq!(p2.answers, p1.answers, "answers changed through {:?}", q2);
    prop_assert_eq!(
        p2.screen.and_then(link::step_value),
        p1.screen.and_then(link::step_value)
    );
    prop_assert_eq!(p2.from_check, p1.from_check);
    prop_assert_eq!(&p2.settings, &p1.settings);
    let q3 = p2.to_query();
    prop_assert_eq!(&q3, &q2, "serialisation is not stable");

    // What is written back is bounded and inert.
    prop_assert!(
        q2.len() <= 1_500,
        "written link too long: {} bytes",
        q2.len()
    );
    prop_assert!(
        !q2.contains(['<', '>', '"', '\'', ' ', '\n']),
        "raw markup or space in {q2:?}"
    );
    Ok(())
}

// ---------------------------------------------------------------- inputs

/// The link's parameters besides the questions' ids (`Question::ALL`).
const LINK_KEYS: &[&str] = &["etape", "depuis", "mode", "lang", "utm_source", ""];

/// Every question's id, then `LINK_KEYS`.
fn keys() -> Vec<&'static str> {
    Question::ALL
        .iter()
        .map(|q| q.id())
        .chain(LINK_KEYS.iter().copied())
        .collect()
}

/// Values valid for some key besides the questions' samples (see `values`),
/// or just out of range, so that a valid value also lands on the wrong key.
const OTHER_VALUES: &[&str] = &[
    "2027",
    "24,01",
    "48.01",
    "ES-BC3,ES-BC3",
    "verification",
    "resultat",
    "debut",
    "tous-les-cas",
    "presentation",
    "borne",
    "fr",
    "en",
];

/// Every question's sample values in link form (every option of a choice
/// question, the years, hours and bloc sets the tests try:
/// `rules::samples::of`), then `OTHER_VALUES`.
fn values() -> Vec<String> {
    let p = content::params(Date::new(year(), 2, 1));
    let mut out: Vec<String> = Question::ALL
        .into_iter()
        .flat_map(|q| {
            samples::values(q, &p)
                .into_iter()
                .filter_map(move |a| a.value(q))
        })
        .chain(OTHER_VALUES.iter().map(|v| v.to_string()))
        .collect();
    out.sort();
    out.dedup();
    out
}

/// A valid value for a question of this form, generated anew: `whole`
/// leaves out the values that an earlier answer may refuse (`annee_bac=aucun`
/// after `diplome=bac`), for links that must be accepted whole.
fn form_value(form: Form, whole: bool) -> BoxedStrategy<String> {
    match form {
        Form::Choice(options) => prop::sample::select(options)
            .prop_map(str::to_owned)
            .boxed(),
        Form::Year => {
            let years = (MIN_BAC_YEAR..=year()).prop_map(|y| y.to_string());
            if whole {
                years.boxed()
            } else {
                prop_oneof![years, Just("aucun".to_owned())].boxed()
            }
        }
        // Around the intakes open now; which ones a person can join is the
        // rules' to say (a link naming another one is told so).
        Form::Intake => (year() - 1..=year() + 3)
            .prop_map(|y| y.to_string())
            .boxed(),
        Form::Hours => (1..=Hours::MAX_HUNDREDTHS, any::<bool>())
            .prop_map(|(h, comma)| {
                format!("{}{}{:02}", h / 100, if comma { ',' } else { '.' }, h % 100)
            })
            .boxed(),
        Form::Blocs => prop::collection::btree_set((0..DiplomeBloc::IDS.len(), 1u8..=4), 0..6)
            .prop_map(|blocs| {
                if blocs.is_empty() {
                    return "aucun".to_owned();
                }
                blocs
                    .iter()
                    .map(|(d, n)| format!("{}-BC{n}", DiplomeBloc::IDS[*d]))
                    .collect::<Vec<_>>()
                    .join(",")
            })
            .boxed(),
    }
}

/// Hostile or malformed values.
const NASTY: &[&str] = &[
    "<script>alert(1)</script>",
    "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
    "\"><img src=x onerror=alert(1)>",
    "javascript:alert(1)",
    "%",
    "%G1",
    "%0",
    "%00",
    "%FF%FE",
    "%C3%28",
    "%E2%80%AE",
    "+",
    "%20bac%20",
    " ",
    "",
    "=",
    "&",
    "#",
    "?",
    "NaN",
    "-1",
    "1e3",
    "00035",
    "35.000",
    "٣٥",
    "２０２４",
    "ASS-BC0",
    "ASS-BC5",
    "XX-BC1",
    "aucun,ASS-BC1",
    ",",
    "ASS-BC1,",
    "é",
    "\u{0}",
    "\u{FEFF}bac",
];

/// A value: valid, nasty, random text, or huge.
fn value() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => prop::sample::select(values()),
        2 => prop::sample::select(NASTY).prop_map(str::to_owned),
        2 => "[ -~]{0,24}",
        1 => any::<String>().prop_map(|s| s.chars().take(24).collect()),
        1 => (prop::sample::select(values()), 150usize..12_000)
            .prop_map(|(v, n)| v.repeat(n / v.len().max(1) + 1)),
        1 => (any::<char>(), 190usize..260).prop_map(|(c, n)| c.to_string().repeat(n)),
    ]
}

/// A key: known (mostly), or random.
fn key() -> impl Strategy<Value = String> {
    prop_oneof![
        8 => prop::sample::select(keys()).prop_map(str::to_owned),
        1 => "[a-z_%0-9]{0,12}",
        1 => prop::sample::select(keys()).prop_map(|k| k.to_uppercase()),
    ]
}

/// A valid answer for its own question (so that many queries conclude), or
/// a valid link parameter.
fn valid_pair() -> impl Strategy<Value = (String, String)> {
    let pick = |k: &'static str, vs: &'static [&'static str]| {
        prop::sample::select(vs)
            .prop_map(move |v| (k.to_owned(), v.to_owned()))
            .boxed()
    };
    let questions = Question::ALL.into_iter().map(|q| {
        form_value(q.form(), false)
            .prop_map(move |v| (q.id().to_owned(), v))
            .boxed()
    });
    let link = [
        pick(
            "etape",
            &["verification", "resultat", "debut", "blocs", "tous-les-cas"],
        ),
        pick("depuis", &["verification"]),
        pick("mode", &["presentation", "borne", "embed"]),
        pick("lang", &["fr", "en"]),
    ];
    prop::strategy::Union::new(questions.chain(link))
}

/// How a pair is written: plain, percent-encoded, `+` for spaces, or raw junk.
fn encode(s: &str, how: u8) -> String {
    match how % 4 {
        0 => s.to_owned(),
        1 => form_urlencoded::byte_serialize(s.as_bytes()).collect(),
        2 => s.bytes().map(|b| format!("%{b:02X}")).collect(),
        _ => s.replace(' ', "+"),
    }
}

/// A query string from pairs, each written its own way.
fn query() -> impl Strategy<Value = String> {
    (
        prop::collection::vec(
            (
                prop_oneof![(key(), value()), valid_pair(), valid_pair()],
                any::<u8>(),
                any::<u8>(),
            ),
            0..14,
        ),
        any::<bool>(),
    )
        .prop_map(|(pairs, question_mark)| {
            let body = pairs
                .iter()
                .map(|((k, v), hk, hv)| format!("{}={}", encode(k, *hk), encode(v, *hv)))
                .collect::<Vec<_>>()
                .join("&");
            if question_mark {
                format!("?{body}")
            } else {
                body
            }
        })
}

/// A mutation of a string.
#[derive(Clone, Debug)]
enum Mutation {
    Truncate(usize),
    Insert(usize, String),
    Delete(usize, usize),
    DuplicatePair(usize),
    Replace(usize, u8),
    Separators,
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        (0usize..2000).prop_map(Mutation::Truncate),
        (
            0usize..2000,
            prop_oneof![
                prop::sample::select(NASTY).prop_map(str::to_owned),
                "[&=%?#+;]{1,4}",
                "%[0-9A-Fa-fG-Z]{0,2}",
            ]
        )
            .prop_map(|(i, s)| Mutation::Insert(i, s)),
        (0usize..2000, 1usize..30).prop_map(|(i, n)| Mutation::Delete(i, n)),
        (0usize..20).prop_map(Mutation::DuplicatePair),
        (0usize..2000, any::<u8>()).prop_map(|(i, b)| Mutation::Replace(i, b)),
        Just(Mutation::Separators),
    ]
}

fn char_floor(s: &str, i: usize) -> usize {
    let mut i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn mutate(mut s: String, m: &Mutation) -> String {
    match m {
        Mutation::Truncate(i) => {
            let i = char_floor(&s, *i);
            s.truncate(i);
            s
        }
        Mutation::Insert(i, t) => {
            let i = char_floor(&s, *i);
            s.insert_str(i, t);
            s
        }
        Mutation::Delete(i, n) => {
            let a = char_floor(&s, *i);
            let b = char_floor(&s, a + n);
            s.replace_range(a..b, "");
            s
        }
        Mutation::DuplicatePair(i) => {
            let pairs: Vec<&str> = s.trim_start_matches('?').split('&').collect();
            let dup = pairs[i % pairs.len()].to_owned();
            format!("{s}&{dup}")
        }
        Mutation::Replace(i, b) => {
            // As bytes, then back to text the way a browser would see it.
            let mut bytes = s.into_bytes();
            if !bytes.is_empty() {
                let i = i % bytes.len();
                bytes[i] = *b;
            }
            String::from_utf8_lossy(&bytes).into_owned()
        }
        Mutation::Separators => s.replace('&', ";").replace('=', "&"),
    }
}

/// A valid link: the answers of a random (parsed) query, written back.
fn valid_link() -> impl Strategy<Value = String> {
    query().prop_map(|q| Link::parse(&q, year()).to_query())
}

/// A full, valid link with every answer (a real result link), for mutation.
fn full_link() -> impl Strategy<Value = String> {
    Question::ALL
        .into_iter()
        .map(|q| form_value(q.form(), true).prop_map(move |v| (q, v)))
        .collect::<Vec<_>>()
        .prop_map(|answers| {
            let pairs: String = answers
                .iter()
                .map(|(q, v)| {
                    let v: String = form_urlencoded::byte_serialize(v.as_bytes()).collect();
                    format!("{}={v}&", q.id())
                })
                .collect();
            format!("?{pairs}etape=resultat")
        })
}

// ------------------------------------------------------------ properties

proptest! {
    #![proptest_config(config())]

    #[test]
    fn random_bytes(bytes in prop::collection::vec(any::<u8>(), 0..600)) {
        // A browser hands the page text; invalid UTF-8 arrives replaced.
        check(&String::from_utf8_lossy(&bytes))?;
    }

    #[test]
    fn random_text(s in any::<String>()) {
        check(&s)?;
    }

    #[test]
    fn structured_queries(q in query()) {
        check(&q)?;
    }

    #[test]
    fn mutated_valid_links(
        base in prop_oneof![valid_link(), full_link()],
        ms in prop::collection::vec(mutation(), 1..5),
    ) {
        let q = ms.iter().fold(base, mutate);
        check(&q)?;
    }

    #[test]
    fn full_links_are_accepted_whole(q in full_link()) {
        let p = Link::parse(&q, year());
        prop_assert_eq!(&p.errors, &Vec::new(), "valid link refused: {}", q);
        for question in Question::ALL {
            prop_assert!(p.answers.is_answered(question), "{question:?} lost from {q}");
        }
        check(&q)?;
    }
}

#[test]
fn known_nasty_inputs() {
    for q in [
        "",
        "?",
        "&&&",
        "===",
        "%",
        "%%%&&&==&=x&diplome",
        "diplome",
        "diplome=",
        "diplome=bac&diplome=bac&diplome=titre4",
        "heures=%FF%FE",
        "blocs=ASS-BC1%2C%2C",
        "etape=%3Cscript%3E",
        "mode=presentation&mode=kiosque&lang=fr&lang=en",
    ] {
        check(q).unwrap_or_else(|e| panic!("{q:?}: {e}"));
    }
    let huge = format!("situation={}", "a".repeat(1_000_000));
    check(&huge).unwrap();
}
