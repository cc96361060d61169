//! Compiles the content files into Rust, so that the WebAssembly bundle
//! carries no TOML parser, a content error stops the build with its file,
//! line and key, and a text the code asks for is a Rust item the compiler
//! checks.
//!
//! - The facts (`donnees.toml`) are read into the crate's own types
//!   (`src/content/model.rs`, included below) and written back as a Rust
//!   value by `databake`.
//! - The texts (`fr.toml`, `en.toml`, the language-neutral citations of
//!   `sources.toml`, the reasons of `raisons.toml`, one record each with
//!   both languages and the citation, and the questions of `questions.toml`,
//!   one record each with every text in both languages and its basis) become one `Text` variant per key, one method per text
//!   that takes values from the code (typed placeholders), and one function
//!   per family of keys named after a rules enum (`reason.<Reason>.text`),
//!   whose `match` the compiler checks against the enum. The Rust is
//!   written with `quote` and laid out by `prettyplease`.
//!
//! `DEASS_CONTENT_DIR` points the build at another content folder (the yearly
//! update's fixture does this); by default it is `content/`. Messages are in
//! French: the admissions team reads them when they update the files.

#[path = "src/content/model.rs"]
#[allow(dead_code)]
mod model;
/// The rules' date and calendar, which the facts are read into.
#[path = "src/rules/date.rs"]
#[allow(dead_code)]
mod rules;

use model::{Facts, Located};
use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use std::collections::{BTreeMap, BTreeSet};

use std::path::{Path, PathBuf};

/// Families of keys named after a rules enum. In a pattern, `{Enum}` is a
/// segment that is one of the enum's ids (`prereq_bac` is
/// `Reason::PrereqBac`), `{str}` any id the code has as text (an option
/// value), `{u8}` a number, `{bool}` `true` or `false`; `note_{Route}` is
/// `note_` then a `Route` id. A conclusion's value (`rules::Verdict`) is two
/// segments: `{Verdict:kind}` its kind (`funding`) and `{Verdict}` its value
/// (`region`); `title` is the kind's title, never a value.
///
/// A family of enum segments only is exhaustive: its function returns a
/// `Text` and the compiler refuses a variant without its text. A family with
/// `{str}`/`{u8}`, or marked partial, returns `Option<Text>`. A family with a
/// hedged pattern (the wording of a value left to confirm) returns a
/// `Wording`: the plain text, the hedged one, or both.
struct Family {
    name: &'static str,
    pattern: &'static str,
    hedged: Option<&'static str>,
    partial: bool,
}

const fn fam(name: &'static str, pattern: &'static str) -> Family {
    Family {
        name,
        pattern,
        hedged: None,
        partial: false,
    }
}

const fn partial(name: &'static str, pattern: &'static str) -> Family {
    Family {
        partial: true,
        ..fam(name, pattern)
    }
}

const fn hedged(name: &'static str, pattern: &'static str, hedged: &'static str) -> Family {
    Family {
        hedged: Some(hedged),
        ..fam(name, pattern)
    }
}

const FAMILIES: &[Family] = &[
    partial("question_label", "question.{Question}.label"),
    partial("question_suffix", "question.{Question}.suffix"),
    partial("question_option", "question.{Question}.option.{str}"),
    partial(
        "question_option_hint",
        "question.{Question}.option_hint.{str}",
    ),
    fam("bloc_short", "question.blocs.short.{DiplomeBloc}"),
    fam("bloc_diploma", "question.blocs.diploma.{DiplomeBloc}"),
    partial("bloc_of_deass", "question.blocs.bloc.{u8}"),
    partial("input_error", "errors.input.{InputError}"),
    fam("outcome_title", "outcome.{OutcomeKind}.title"),
    hedged(
        "outcome_value",
        "outcome.{Verdict:kind}.{Verdict}",
        "outcome.{Verdict:kind}.hedged.{Verdict}",
    ),
    fam("glance_title", "glance.{OutcomeKind}.title"),
    hedged(
        "glance_value",
        "glance.{Verdict:kind}.{Verdict}",
        "glance.{Verdict:kind}.hedged.{Verdict}",
    ),
    // The overview has no prerequisite column.
    partial("overview_value", "overview.value.{Verdict:kind}.{Verdict}"),
    fam("overview_interrupted", "overview.interrupted.{bool}"),
    fam("reason_text", "reason.{Reason}.text"),
    // The changes are found by trying answers (`rules::changes`): which
    // (question, value) pairs occur is walked by `tests/exhaustive.rs`.
    Family {
        partial: true,
        ..hedged(
            "change_text",
            "change.{Verdict:kind}.{Question}.{Verdict}",
            "change.{Verdict:kind}.{Question}.hedged.{Verdict}",
        )
    },
    fam("confirm_text", "confirm.{Confirm}"),
    partial("cost_note", "cost.{Cost}.note"),
    partial("cost_note_for_route", "cost.{Cost}.note_{Route}"),
    fam("calendar_phase", "calendar.phase.{CalendarPhase}"),
    fam("next_step", "next.{CalendarPhase}.{Route}"),
];

/// The path of an enum of the patterns, as tokens.
fn enum_path(name: &str) -> TokenStream {
    let path = match name {
        "InputError" => "crate::rules::parse::InputError",
        "Question" => "crate::rules::Question",
        "DiplomeBloc" => "crate::rules::DiplomeBloc",
        "OutcomeKind" => "crate::rules::OutcomeKind",
        "Reason" => "crate::rules::Reason",
        "Confirm" => "crate::rules::Confirm",
        "Cost" => "crate::rules::Cost",
        "Route" => "crate::rules::Route",
        "CalendarPhase" => "crate::rules::CalendarPhase",
        "Verdict" => "crate::rules::Verdict",
        other => panic!("build.rs : famille de clés sur un type inconnu `{other}`"),
    };
    let path: syn::Path = syn::parse_str(path).expect("a valid path");
    quote!(#path)
}

/// Stops the build with a located message.
fn fail(e: Located) -> ! {
    panic!("\n\n{e}\n")
}

/// Stops the build with every problem of a file, each with its place.
fn fail_all(all: &[Located]) -> ! {
    let each: Vec<String> = all.iter().map(ToString::to_string).collect();
    panic!("\n\n{} problème(s) :\n\n{}\n", all.len(), each.join("\n\n"))
}

fn read(path: &Path) -> String {
    println!("cargo:rerun-if-changed={}", path.display());
    let bytes = std::fs::read(path).unwrap_or_else(|e| {
        panic!(
            "\n\nimpossible de lire le fichier de contenu {} : {e}\n",
            path.display()
        )
    });
    match String::from_utf8(bytes) {
        // A leading BOM (« UTF-8 avec BOM ») is not part of the text.
        Ok(s) => s.strip_prefix('\u{feff}').map(str::to_owned).unwrap_or(s),
        Err(e) => {
            let bad = e.utf8_error().valid_up_to();
            let line = e.as_bytes()[..bad].iter().filter(|&&b| b == b'\n').count() + 1;
            panic!(
                "\n\nimpossible de lire le fichier de contenu {}, ligne {line} : il n'est pas \
                 enregistré en UTF-8 (un caractère accentué, « € » ou une apostrophe typographique \
                 y est codé autrement, par exemple en « ANSI »). Ouvrez-le dans le Bloc-notes, \
                 « Fichier > Enregistrer sous », choisissez « Encodage : UTF-8 » et \
                 enregistrez en UTF-8.\n",
                path.display()
            )
        }
    }
}

/// `nav.continue` → `NavContinue`; `question.blocs.short.ASS` → `QuestionBlocsShortAss`.
fn camel(id: &str) -> String {
    id.split(['.', '_'])
        .filter(|p| !p.is_empty())
        .map(|p| {
            let mut c = p.chars();
            match c.next() {
                Some(f) => f
                    .to_uppercase()
                    .chain(c.flat_map(char::to_lowercase))
                    .collect(),
                None => String::new(),
            }
        })
        .collect()
}

/// A segment of a family pattern.
enum Seg<'a> {
    Lit(&'a str),
    /// A literal prefix and an enum, a string or a number.
    Typed(&'a str, &'a str),
}

fn segments(pattern: &str) -> Vec<Seg<'_>> {
    pattern
        .split('.')
        .map(|s| match s.split_once('{') {
            Some((pre, rest)) => Seg::Typed(pre, rest.trim_end_matches('}')),
            None => Seg::Lit(s),
        })
        .collect()
}

/// The arm pattern of `key` in a family, if the key belongs to it.
fn arm(pattern: &[Seg], key: &str) -> Option<Vec<TokenStream>> {
    let parts: Vec<&str> = key.split('.').collect();
    if parts.len() != pattern.len() {
        return None;
    }
    let mut out = Vec::new();
    let mut kind = None;
    for (seg, part) in pattern.iter().zip(parts) {
        match seg {
            Seg::Lit(l) if *l == part => {}
            Seg::Lit(_) => return None,
            Seg::Typed(pre, ty) => {
                let id = part.strip_prefix(pre)?;
                out.push(match *ty {
                    "str" => quote!(#id),
                    "u8" => {
                        let n: u8 = id.parse().ok()?;
                        quote!(#n)
                    }
                    "bool" => {
                        let b: bool = id.parse().ok()?;
                        quote!(#b)
                    }
                    "Verdict:kind" => {
                        kind = Some(format_ident!("{}", camel(id)));
                        continue;
                    }
                    "Verdict" if id == "title" => return None,
                    "Verdict" => {
                        let k = kind.as_ref().expect("`{Verdict:kind}` before `{Verdict}`");
                        let v = format_ident!("{}", camel(id));
                        quote!(crate::rules::Verdict::#k(crate::rules::#k::#v))
                    }
                    e => {
                        let path = enum_path(e);
                        let v = format_ident!("{}", camel(id));
                        quote!(#path::#v)
                    }
                });
            }
        }
    }
    Some(out)
}

/// The arms of a family: each key's pattern (as written, to merge a
/// value's plain and hedged texts) and text.
fn arms(
    pattern: &str,
    keys: &BTreeMap<String, TokenStream>,
) -> BTreeMap<String, (TokenStream, TokenStream)> {
    let segs = segments(pattern);
    let found: BTreeMap<_, _> = keys
        .iter()
        .filter_map(|(key, variant)| {
            let pats = arm(&segs, key)?;
            let pat = quote!( (#(#pats,)*) );
            Some((pat.to_string(), (pat, variant.clone())))
        })
        .collect();
    if found.is_empty() {
        panic!("\n\nerreur de contenu : aucune clé de la forme `{pattern}`\n");
    }
    found
}

/// Where the texts of a family are written, for the compiler's error.
fn written_in(pattern: &str) -> String {
    for (prefix, file) in [
        ("question.{Question}.", "questions.toml"),
        ("cost.{Cost}.", "costs.toml"),
    ] {
        if let Some(rest) = pattern.strip_prefix(prefix) {
            return format!("a table [<id>.{rest}] with fr and en in content/{file}");
        }
    }
    if ["outcome.", "glance.", "overview.value.", "change."]
        .iter()
        .any(|p| pattern.starts_with(p))
    {
        return format!(
            "{pattern}: a table of content/verdicts.toml ([<kind>.title], [<kind>.<value>.outcome]…)"
        );
    }
    if pattern == "confirm.{Confirm}" {
        return "a record [<confirm id>] with fr and en in content/confirms.toml".to_owned();
    }
    match pattern.strip_prefix("reason.") {
        Some(_) => "a record [<reason id>] in content/raisons.toml".to_owned(),
        None => format!("{pattern} in content/"),
    }
}

fn family(f: &Family, keys: &BTreeMap<String, TokenStream>) -> TokenStream {
    let mut args = Vec::new();
    let mut loose = f.partial;
    for (i, s) in segments(f.pattern).iter().enumerate() {
        if let Seg::Typed(_, ty) = s {
            let a = format_ident!("a{}", i);
            let t: TokenStream = match *ty {
                "str" => {
                    loose = true;
                    quote!(&str)
                }
                "u8" => {
                    loose = true;
                    quote!(u8)
                }
                "bool" => quote!(bool),
                "Verdict:kind" => continue,
                e => enum_path(e),
            };
            args.push((a, t));
        }
    }
    let plain = arms(f.pattern, keys);
    let (ret, arms): (TokenStream, Vec<(TokenStream, TokenStream)>) = match f.hedged {
        None => (quote!(Text), plain.into_values().collect()),
        Some(h) => {
            let mut hedged = arms(h, keys);
            let mut all: Vec<_> = plain
                .into_iter()
                .map(|(k, (pat, p))| match hedged.remove(&k) {
                    Some((_, h)) => (pat, quote!(Wording::Both(#p, #h))),
                    None => (pat, quote!(Wording::Plain(#p))),
                })
                .collect();
            all.extend(
                hedged
                    .into_values()
                    .map(|(pat, h)| (pat, quote!(Wording::Hedged(#h)))),
            );
            (quote!(Wording), all)
        }
    };
    let arms: Vec<TokenStream> = arms
        .into_iter()
        .map(|(pat, body)| match loose {
            true => quote!( #pat => Some(#body), ),
            false => quote!( #pat => #body, ),
        })
        .collect();
    let name = format_ident!("{}", f.name);
    let names: Vec<_> = args.iter().map(|(a, _)| a).collect();
    let params: Vec<_> = args.iter().map(|(a, t)| quote!(#a: #t)).collect();
    let pattern = f.pattern;
    let doc = format!(" The texts `{pattern}`.");
    if loose {
        quote! {
            #[doc = #doc]
            pub(crate) fn #name(#(#params),*) -> Option<#ret> {
                match (#(#names,)*) { #(#arms)* _ => None }
            }
        }
    } else {
        // The key's pattern is part of the scrutinee, so that the
        // compiler's "pattern not covered" error shows which texts it is
        // about, next to the rules value that has none.
        let keys = written_in(pattern);
        quote! {
            #[doc = #doc]
            pub(crate) fn #name(#(#params),*) -> #ret {
                match {
                    let _texts = #keys;
                    (#(#names,)*)
                } {
                    #(#arms)*
                }
            }
        }
    }
}

fn main() {
    println!("cargo:rerun-if-env-changed=DEASS_CONTENT_DIR");
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=src/content/model.rs");
    println!("cargo:rerun-if-changed=src/rules/date.rs");
    println!("cargo:rerun-if-changed=src/content/lint.rs");
    let dir = std::env::var_os("DEASS_CONTENT_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("content"));
    // A content folder may hold only the facts (a next-year fixture): the
    // texts then come from `content/`.
    let path = |name: &str| {
        Some(dir.join(name))
            .filter(|f| f.exists())
            .unwrap_or_else(|| Path::new("content").join(name))
    };

    // The facts.
    let facts_file = path("donnees.toml");
    let facts_src = read(&facts_file);
    let facts = Facts::read(&facts_file.display().to_string(), &facts_src)
        .unwrap_or_else(|all| fail_all(&all));
    // The file as written (comments and layout), for the update page, which
    // edits its values in place (src/content/update.rs).
    let out_dir = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    std::fs::write(out_dir.join("donnees-source.toml"), &facts_src).expect("OUT_DIR is writable");

    // The texts: each language, plus the neutral citations in each,
    // checked (a key missing from a language, an unknown placeholder, a
    // citation without its document…) by the model.
    let file = |name: &str| {
        let p = path(name);
        model::Source {
            name: p.display().to_string(),
            src: read(&p),
        }
    };
    let langs = [("fr", file("fr.toml")), ("en", file("en.toml"))];
    let neutral = file("sources.toml");
    let records = file("raisons.toml");
    let tables: Vec<(&str, model::Source)> = model::RECORD_FILES
        .iter()
        .map(|(prefix, name)| (*prefix, file(name)))
        .collect();
    let content =
        model::Texts::read(&langs, &neutral, &records, &tables, &facts).unwrap_or_else(|e| fail(e));

    let code = generate(&facts, &content);
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    std::fs::write(out.join("content.rs"), code).expect("OUT_DIR is writable");
    // The texts the browser loads on demand: every language but French
    // whole, and the French texts the start page does not show.
    for ((id, _), t) in langs.iter().zip(&content.langs) {
        let fr = &content.langs[0];
        let asset = if std::ptr::eq(t, fr) {
            loadable_texts(fr, t, |k| !on_start_page(k))
        } else {
            loadable_texts(fr, t, |_| true)
        };
        std::fs::write(out.join(format!("texts-{id}.txt")), asset).expect("OUT_DIR is writable");
    }
}

/// Where a key is, for the generated item's documentation.
fn place(content: &model::Texts, key: &str) -> String {
    let at = content
        .place(key)
        .map(|(file, line)| format!(" ({file}:{line})"))
        .unwrap_or_default();
    format!(" `{key}`{at}")
}

/// Separators of the on-demand texts file: between two texts (and two
/// items of a list), between the texts and the lists, between two lists.
/// `src/content/mod.rs` (`install_texts`) reads it; no text holds them.
const UNIT: char = '\u{1f}';
const RECORD: char = '\u{1e}';
const GROUP: char = '\u{1d}';

/// The French texts compiled into the wasm: those of the start page (and of
/// the frame around it: header, language switch, footer, title, the
/// waiting page's status and failure message, the formats), by key prefix.
/// The other French texts are `texts-fr-<hash>.txt`, loaded on demand.
/// `tests/ssr.rs` fails if the start page renders a text outside this set.
const START_PAGE_TEXTS: [&str; 3] = ["format.", "app.", "start."];

fn on_start_page(key: &str) -> bool {
    START_PAGE_TEXTS.iter().any(|p| key.starts_with(p))
}

/// A language's texts as the browser loads them: the texts in the order of
/// the generated tables (French keys), then the lists likewise, joined by
/// the separators above; a text or list not `wanted` is left empty.
fn loadable_texts(
    fr: &model::LangTexts,
    t: &model::LangTexts,
    wanted: impl Fn(&str) -> bool,
) -> String {
    fn clean(s: &str) -> &str {
        assert!(
            !s.contains([UNIT, RECORD, GROUP]),
            "a text holds a control character (U+001D-U+001F): {s:?}"
        );
        s
    }
    let texts: Vec<&str> = fr
        .texts
        .keys()
        .map(|k| if wanted(k) { clean(&t.texts[k]) } else { "" })
        .collect();
    let lists: Vec<String> = fr
        .lists
        .keys()
        .map(|k| {
            let all: &[String] = if wanted(k) { &t.lists[k] } else { &[] };
            all.iter()
                .map(|s| clean(s))
                .collect::<Vec<_>>()
                .join(&UNIT.to_string())
        })
        .collect();
    format!(
        "{}{RECORD}{}",
        texts.join(&UNIT.to_string()),
        lists.join(&GROUP.to_string())
    )
}

/// The generated `content.rs`: the facts, the texts' enums and tables, the
/// citations, the text families and the texts that take values.
fn generate(facts: &Facts, content: &model::Texts) -> String {
    let facts_value = databake::Bake::bake(facts, &databake::CrateEnv::default());
    let items = TextItems::new(content);
    let text_tables = text_tables(content, &items);
    let list_tables = list_tables(content);
    let citations = citations(content, &items.text_of);
    let families: Vec<TokenStream> = FAMILIES.iter().map(|f| family(f, &items.text_of)).collect();
    let records: Vec<TokenStream> = RECORDS
        .iter()
        .map(|r| record_texts(r, content, &items.text_of))
        .collect();
    let (variants, methods) = (&items.variants, &items.methods);
    let file: syn::File = syn::parse2(quote! {
        /// The facts of the last published session (`donnees.toml`).
        pub static FACTS: super::model::Facts = #facts_value;

        /// A text of the widget without values from the code: one variant
        /// per key of the language files (the facts and the intake's year
        /// are filled in when it is shown).
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        #[repr(u16)]
        pub(crate) enum Text { #(#variants)* }

        #text_tables
        #list_tables
        #citations
        #(#records)*
        #(#families)*

        /// The texts that take values from the code, one method each.
        impl super::Tr {
            #(#methods)*
        }
    })
    .expect("the generated content code parses");
    format!(
        "// Generated by build.rs from the content files: do not edit.\n{}",
        prettyplease::unparse(&file)
    )
}

/// The records whose every entry has the same texts, each a struct of the
/// texts and a function of a rules enum: the key prefix, the enum, the
/// function, the struct, the texts each entry has, and its file.
struct Record {
    prefix: &'static str,
    of: &'static str,
    name: &'static str,
    ty: &'static str,
    fields: &'static [&'static str],
    file: &'static str,
}

const RECORDS: [Record; 2] = [
    Record {
        prefix: "question",
        of: "Question",
        name: "question",
        ty: "QuestionTexts",
        fields: &["title", "summary", "hint", "error_empty"],
        file: "questions.toml",
    },
    Record {
        prefix: "cost",
        of: "Cost",
        name: "cost",
        ty: "CostTexts",
        fields: &["label", "amount"],
        file: "costs.toml",
    },
];

/// A record's struct of texts and its function, whose `match` on the rules
/// enum the compiler checks (an entry without its record does not build;
/// a record without one of its texts stops the build with its file and
/// line).
fn record_texts(
    r: &Record,
    content: &model::Texts,
    text_of: &BTreeMap<String, TokenStream>,
) -> TokenStream {
    let prefix = format!("{}.", r.prefix);
    let ids: BTreeSet<&str> = text_of
        .keys()
        .filter_map(|k| k.strip_prefix(&prefix)?.split('.').next())
        .collect();
    let (ty, of) = (format_ident!("{}", r.ty), format_ident!("{}", r.of));
    let arms = ids.iter().map(|id| {
        let v = format_ident!("{}", camel(id));
        let fields = r.fields.iter().map(|f| {
            let key = format!("{prefix}{id}.{f}");
            let Some(text) = text_of.get(&key) else {
                let at = content
                    .places_under(&format!("{prefix}{id}."))
                    .map(|(file, line)| format!("{file}, ligne {line}"))
                    .unwrap_or_else(|| format!("content/{}", r.file));
                panic!("\n\nerreur de contenu dans {at} : `{id}` n'a pas de texte `{f}` (une table [{id}.{f}] avec fr et en), ou ce texte prend une valeur du code\n");
            };
            let name = format_ident!("{}", f);
            quote!(#name: #text)
        });
        quote!(crate::rules::#of::#v => #ty { #(#fields),* },)
    });
    let fields = r.fields.iter().map(|f| format_ident!("{}", f));
    let (name, file) = (format_ident!("{}", r.name), r.file);
    let doc = format!(" The texts every `{}` has (its record of `{file}`).", r.of);
    let where_ = format!("a record [<{} id>] in content/{file}", r.prefix);
    quote! {
        #[doc = #doc]
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub(crate) struct #ty { #(pub(crate) #fields: Text,)* }

        #[doc = #doc]
        pub(crate) fn #name(v: crate::rules::#of) -> #ty {
            match {
                let _texts = #where_;
                v
            } {
                #(#arms)*
            }
        }
    }
}

/// One item per text key, in key order: a `Text` variant (whose index is
/// the key's), or, for a text with placeholders, a `Tr` method.
struct TextItems<'a> {
    keys: Vec<&'a String>,
    variants: Vec<TokenStream>,
    methods: Vec<TokenStream>,
    /// The `Text::…` expression of each plain text, by key.
    text_of: BTreeMap<String, TokenStream>,
}

impl<'a> TextItems<'a> {
    fn new(content: &'a model::Texts) -> TextItems<'a> {
        let keys: Vec<&String> = content.langs[0].texts.keys().collect();
        let mut items = TextItems {
            keys: keys.clone(),
            variants: Vec::new(),
            methods: Vec::new(),
            text_of: BTreeMap::new(),
        };
        let mut idents = BTreeSet::new();
        for (i, key) in keys.into_iter().enumerate() {
            let doc = place(content, key);
            let name = camel(key);
            if !idents.insert(name.clone()) {
                panic!("\n\nerreur de contenu, clé `{key}` : deux clés donnent le même nom Rust `{name}` (changez-en une)\n");
            }
            match content.args.get(key) {
                None => {
                    let (v, index) = (format_ident!("{}", name), i as u16);
                    items.variants.push(quote!( #[doc = #doc] #v = #index, ));
                    items.text_of.insert(key.clone(), quote!(Text::#v));
                }
                Some(names) => items.methods.push(filler(key, i, names, &doc)),
            }
        }
        items
    }
}

/// The `Tr` method of a text with placeholders: one `&str` per name.
fn filler(key: &str, index: usize, names: &[String], doc: &str) -> TokenStream {
    let f = format_ident!("{}", key.replace('.', "_").to_lowercase());
    let args: Vec<_> = names.iter().map(|n| format_ident!("{}", n)).collect();
    quote! {
        #[doc = #doc]
        pub(crate) fn #f(&self, #(#args: &str),*) -> String {
            self.fill_index(#index, &[#((#names, #args)),*])
        }
    }
}

/// Each language's texts as one string and the end offset of each text in
/// it: a table of two-byte offsets instead of one of pointers and lengths
/// (eight bytes a text, in the wasm's data). The `START_*` row is French
/// with only the start page's texts (the wasm's).
fn text_tables(content: &model::Texts, items: &TextItems) -> TokenStream {
    let keys = &items.keys;
    let row = |t: &model::LangTexts, start_only: bool| {
        let mut blob = String::new();
        let mut ends = Vec::new();
        for k in keys {
            if !start_only || on_start_page(k) {
                blob.push_str(&t.texts[*k]);
            }
            let end = u16::try_from(blob.len())
                .expect("one language's texts fit in 64 KiB (else: u32 offsets)");
            ends.push(end);
        }
        (blob, quote!([#(#ends),*]))
    };
    let (blobs, ends): (Vec<_>, Vec<_>) = content.langs.iter().map(|t| row(t, false)).unzip();
    let (start_blob, start_ends) = row(&content.langs[0], true);
    let (n, langs) = (keys.len(), content.langs.len());
    quote! {
        /// Every text key, in the order of the tables (for the tests).
        pub static KEYS: [&str; #n] = [#(#keys),*];

        /// The texts of each language compiled in (`Lang::index`), one
        /// after the other; an empty text falls back to French. Natively
        /// (tests, build-time render) every language; in the browser French
        /// only: the page loads another language's texts when it needs
        /// them (`texts-<lang>.txt`, `super::install_texts`).
        #[cfg(not(target_arch = "wasm32"))]
        pub(crate) static TEXT_BLOBS: [&str; #langs] = [#(#blobs),*];
        #[cfg(target_arch = "wasm32")]
        pub(crate) static TEXT_BLOBS: [&str; 1] = START_BLOB;
        /// Where each text ends in its language's string, by text index.
        #[cfg(not(target_arch = "wasm32"))]
        pub(crate) static TEXT_ENDS: [[u16; #n]; #langs] = [#(#ends),*];
        #[cfg(target_arch = "wasm32")]
        pub(crate) static TEXT_ENDS: [[u16; #n]; 1] = START_ENDS;
        /// The French texts of the start page only (build.rs
        /// `START_PAGE_TEXTS`), the others empty: the tables the wasm
        /// carries; natively, for the test that the start page needs no other.
        pub(crate) const START_BLOB: [&str; 1] = [#start_blob];
        pub(crate) const START_ENDS: [[u16; #n]; 1] = [#start_ends];
    }
}

/// The lists of texts: their enum and each language's table, plus the
/// start page's French row, as for the texts.
fn list_tables(content: &model::Texts) -> TokenStream {
    let list_keys: Vec<&String> = content.langs[0].lists.keys().collect();
    let list_variants = list_keys.iter().enumerate().map(|(i, k)| {
        let doc = place(content, k);
        let v = format_ident!("{}", camel(k));
        let i = i as u16;
        quote!( #[doc = #doc] #v = #i, )
    });
    let row = |t: &model::LangTexts, start_only: bool| {
        let cells = list_keys.iter().map(|k| {
            let none = &Vec::new();
            let all = if start_only && !on_start_page(k) {
                none
            } else {
                &t.lists[*k]
            };
            let items = all.iter();
            quote!(&[#(#items),*])
        });
        quote!([#(#cells),*])
    };
    let rows = content.langs.iter().map(|t| row(t, false));
    let start_row = row(&content.langs[0], true);
    let (m, langs) = (list_keys.len(), content.langs.len());
    quote! {
        /// A list of texts.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        #[repr(u16)]
        pub(crate) enum List { #(#list_variants)* }

        /// Every list key, in the order of the tables (for the tests).
        pub static LIST_KEYS: [&str; #m] = [#(#list_keys),*];

        /// The lists of each language compiled in.
        #[cfg(not(target_arch = "wasm32"))]
        pub(crate) static LISTS: [[&[&str]; #m]; #langs] = [#(#rows),*];
        #[cfg(target_arch = "wasm32")]
        pub(crate) static LISTS: [[&[&str]; #m]; 1] = START_LISTS;
        pub(crate) const START_LISTS: [[&[&str]; #m]; 1] = [#start_row];
    }
}

/// The source documents (`source.<id>.title`/`.short`), the citations of
/// `sources.toml` and `raisons.toml` (a document and its section), and the
/// citation of each reason.
fn citations(content: &model::Texts, text_of: &BTreeMap<String, TokenStream>) -> TokenStream {
    let fr = &content.langs[0];
    let source_ids: Vec<&str> = fr
        .texts
        .keys()
        .filter_map(|k| k.strip_prefix("source.")?.strip_suffix(".title"))
        .collect();
    let doc_variants: Vec<_> = source_ids
        .iter()
        .map(|s| format_ident!("{}", camel(s)))
        .collect();
    let doc_titles = source_ids
        .iter()
        .map(|s| &text_of[&format!("source.{s}.title")]);
    let doc_shorts = source_ids
        .iter()
        .map(|s| &text_of[&format!("source.{s}.short")]);
    let (mut variants, mut source, mut section, mut by_reason) = (vec![], vec![], vec![], vec![]);
    for (key, id) in &fr.sources {
        let prefix = key.trim_end_matches(".source");
        let v = format_ident!("{}", camel(prefix));
        let doc = place(content, key);
        variants.push(quote!( #[doc = #doc] #v, ));
        let d = format_ident!("{}", camel(id));
        source.push(quote!( Cited::#v => SourceDoc::#d, ));
        let text = &text_of[&format!("{prefix}.section")];
        section.push(quote!( Cited::#v => #text, ));
        if let Some(r) = prefix.strip_prefix("reason.") {
            let rv = format_ident!("{}", camel(r));
            by_reason.push(quote!( crate::rules::Reason::#rv => Cited::#v, ));
        }
    }
    quote! {
        /// A source document a conclusion rests on.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub(crate) enum SourceDoc { #(#doc_variants,)* }

        impl SourceDoc {
            pub(crate) fn title(self) -> Text {
                match self { #(SourceDoc::#doc_variants => #doc_titles,)* }
            }
            pub(crate) fn short(self) -> Text {
                match self { #(SourceDoc::#doc_variants => #doc_shorts,)* }
            }
        }

        /// A citation of `sources.toml`: a document and its section.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub(crate) enum Cited { #(#variants)* }

        impl Cited {
            pub(crate) fn source(self) -> SourceDoc {
                match self { #(#source)* }
            }
            pub(crate) fn section(self) -> Text {
                match self { #(#section)* }
            }
        }

        /// The citation of a reason.
        pub(crate) fn reason_cited(r: crate::rules::Reason) -> Cited {
            match {
                let _citations = "source and section of a record [<reason id>] in content/raisons.toml";
                r
            } {
                #(#by_reason)*
            }
        }
    }
}
