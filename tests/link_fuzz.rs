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
use deass_eligibility::rules::{DiplomeBloc, Question};
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
    content::FACTS.intake_year
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

const KEYS: &[&str] = &[
    "diplome",
    "annee_bac",
    "vapp",
    "situation",
    "statut_public",
    "heures",
    "interruption",
    "contrat",
    "france_travail",
    "blocs",
    "etape",
    "depuis",
    "mode",
    "lang",
    "utm_source",
    "",
];

/// Values valid for some key, besides every choice question's options (see
/// `values`), so that a valid value also lands on the wrong key.
const OTHER_VALUES: &[&str] = &[
    "1950",
    "2023",
    "2026",
    "2027",
    "24",
    "23.99",
    "24,01",
    "0.01",
    "48",
    "48.01",
    "35",
    "ASS-BC1",
    "ASS-BC1,ES-BC3",
    "ES-BC3,ES-BC3",
    "ETS-BC4,EJE-BC2,CESF-BC1",
    "ASS-BC1,ASS-BC2,ASS-BC3,ASS-BC4,ES-BC1,ES-BC2,ES-BC3,ES-BC4,ETS-BC1,ETS-BC2,ETS-BC3,ETS-BC4,EJE-BC1,EJE-BC2,EJE-BC3,EJE-BC4,CESF-BC1,CESF-BC2,CESF-BC3,CESF-BC4",
    "verification",
    "resultat",
    "debut",
    "tous-les-cas",
    "presentation",
    "borne",
    "fr",
    "en",
];

/// Every choice question's options (the public contract), then `OTHER_VALUES`.
fn values() -> Vec<&'static str> {
    Question::ALL
        .iter()
        .flat_map(|q| q.options().unwrap_or_default())
        .chain(OTHER_VALUES)
        .copied()
        .collect()
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
        4 => prop::sample::select(values()).prop_map(str::to_owned),
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
        8 => prop::sample::select(KEYS).prop_map(str::to_owned),
        1 => "[a-z_%0-9]{0,12}",
        1 => prop::sample::select(KEYS).prop_map(|k| k.to_uppercase()),
    ]
}

/// The offered values of a choice question, from the public contract.
fn opts(q: Question) -> &'static [&'static str] {
    q.options().unwrap_or(&["oui"])
}

/// A valid answer for its own question (so that many queries conclude).
fn valid_pair() -> impl Strategy<Value = (String, String)> {
    let pick = |k: &'static str, vs: &'static [&'static str]| {
        prop::sample::select(vs).prop_map(move |v| (k.to_owned(), v.to_owned()))
    };
    prop_oneof![
        pick("diplome", opts(Question::Diplome)),
        (1950u16..=2026).prop_map(|y| ("annee_bac".to_owned(), y.to_string())),
        Just(("annee_bac".to_owned(), "aucun".to_owned())),
        pick("statut_public", opts(Question::StatutPublic)),
        pick("vapp", opts(Question::Vapp)),
        pick("situation", opts(Question::Situation)),
        (1u32..=4800, any::<bool>()).prop_map(|(h, comma)| (
            "heures".to_owned(),
            format!("{}{}{:02}", h / 100, if comma { ',' } else { '.' }, h % 100)
        )),
        pick("interruption", opts(Question::Interruption)),
        pick("contrat", opts(Question::Contrat)),
        pick("france_travail", opts(Question::FranceTravail)),
        pick(
            "blocs",
            &["aucun", "ASS-BC1", "ES-BC3,EJE-BC4", "CESF-BC2,ASS-BC4"]
        ),
        pick(
            "etape",
            &["verification", "resultat", "debut", "blocs", "tous-les-cas"]
        ),
        pick("depuis", &["verification"]),
        pick("mode", &["presentation", "borne", "embed"]),
        pick("lang", &["fr", "en"]),
    ]
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
    (
        prop::sample::select(opts(Question::Diplome)),
        1950u16..=2026,
        (
            prop::sample::select(opts(Question::Situation)),
            prop::sample::select(opts(Question::StatutPublic)),
        ),
        1u32..=4800,
        prop::sample::select(opts(Question::Contrat)),
        any::<(bool, bool, bool)>(),
        prop::collection::btree_set((0..DiplomeBloc::IDS.len(), 1u8..=4), 0..6),
    )
        .prop_map(|(d, y, (s, sp), h, c, (v, i, f), blocs)| {
            let yn = |b: bool| if b { "oui" } else { "non" };
            let blocs = if blocs.is_empty() {
                "aucun".to_owned()
            } else {
                blocs
                    .iter()
                    .map(|(d, n)| format!("{}-BC{n}", DiplomeBloc::IDS[*d]))
                    .collect::<Vec<_>>()
                    .join(",")
            };
            format!(
                "?diplome={d}&annee_bac={y}&vapp={}&situation={s}&statut_public={sp}&heures={}.{:02}&interruption={}&contrat={c}&france_travail={}&blocs={}&etape=resultat",
                yn(v),
                h / 100,
                h % 100,
                yn(i),
                yn(f),
                form_urlencoded::byte_serialize(blocs.as_bytes()).collect::<String>()
            )
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
