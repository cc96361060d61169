//! Compiles the content files into Rust, so that the WebAssembly bundle
//! carries no TOML parser, a content error stops the build with its file,
//! line and key, and a text the code asks for is a Rust item the compiler
//! checks.
//!
//! - The facts (`donnees.toml`) are read into the crate's own types
//!   (`src/content/model.rs`, included below) and written back as a Rust
//!   value by `databake`.
//! - The texts become one `Text` variant per key and one `Tr` method per
//!   text that takes values from the code (typed placeholders). They are
//!   the flat interface texts of `fr.toml` and `en.toml`, the
//!   language-neutral citations of `sources.toml`, and the records files:
//!   one record per question, conclusion, cost, confirm, calendar phase and
//!   reason, each with every language and its basis. From each records
//!   file, `build/records.rs` writes its typed accessor (`question(q)`,
//!   `verdict(v)`…), whose `match` the compiler checks against the rules'
//!   enum. The Rust is written with `quote` and laid out by `prettyplease`.
//!
//! `DEASS_CONTENT_DIR` points the build at another content folder (the yearly
//! update's fixture does this); by default it is `content/`. Messages are in
//! French: the admissions team reads them when they update the files.

/// The questions and their answers' forms, to check each question's record
/// (a label for each of its options).
#[path = "src/rules/answers.rs"]
#[allow(dead_code)]
mod answers;
#[path = "src/content/model.rs"]
#[allow(dead_code)]
mod model;
#[path = "src/rules/questions.rs"]
#[allow(dead_code)]
mod questions;
/// The typed accessors of the records files.
#[path = "build/records.rs"]
mod records;
/// The rules' date and calendar, which the facts are read into.
#[path = "src/rules/date.rs"]
#[allow(dead_code)]
mod rules;

use model::{Facts, Located};
use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use std::collections::{BTreeMap, BTreeSet};

use std::path::{Path, PathBuf};

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

fn main() {
    println!("cargo:rerun-if-env-changed=DEASS_CONTENT_DIR");
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=src/content/model.rs");
    println!("cargo:rerun-if-changed=src/rules/date.rs");
    println!("cargo:rerun-if-changed=src/rules/answers.rs");
    println!("cargo:rerun-if-changed=src/rules/questions.rs");
    println!("cargo:rerun-if-changed=build/records.rs");
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
    let codes = languages();
    let langs: Vec<(&str, model::Source)> = codes
        .iter()
        .map(|code| (code.as_str(), file(&format!("{code}.toml"))))
        .collect();
    let neutral = file("sources.toml");
    let tables: Vec<(&str, model::Source)> = model::RECORD_FILES
        .iter()
        .map(|(prefix, name)| (*prefix, file(name)))
        .collect();
    let content = model::Texts::read(&langs, &neutral, &tables, &facts).unwrap_or_else(|e| fail(e));

    let code = generate(&facts, &content);
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    std::fs::write(out.join("content.rs"), code).expect("OUT_DIR is writable");
    std::fs::write(out.join("lang.rs"), lang_enum(&codes, &content.names))
        .expect("OUT_DIR is writable");
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

/// The languages: one per language file of `content/`, named by its code
/// (`fr.toml`, `en.toml`: two lowercase letters, ISO 639-1), French first
/// (the sources' language, the default), then in the codes' order.
fn languages() -> Vec<String> {
    println!("cargo:rerun-if-changed=content");
    let entries = std::fs::read_dir("content").expect("content/ is readable");
    let mut codes: Vec<String> = entries
        .filter_map(|e| {
            let name = e.ok()?.file_name().into_string().ok()?;
            let code = name.strip_suffix(".toml")?;
            let is_lang = code.len() == 2 && code.bytes().all(|b| b.is_ascii_lowercase());
            is_lang.then(|| code.to_owned())
        })
        .collect();
    codes.sort_by_key(|c| (c != "fr", c.clone()));
    if codes.first().map(String::as_str) != Some("fr") {
        panic!(
            "\n\nerreur de contenu : content/fr.toml, les textes en français, est introuvable\n"
        );
    }
    codes
}

/// The generated `lang.rs` (included by `src/content/lang.rs`): the `Lang`
/// enum, one variant per language file, with its id, its row in the text
/// tables, its own name and invitation, and its on-demand texts file.
fn lang_enum(codes: &[String], names: &[model::LangName]) -> String {
    let variants: Vec<_> = codes
        .iter()
        .map(|c| format_ident!("{}", camel(c)))
        .collect();
    let n = codes.len();
    let index = 0..n;
    let name = names.iter().map(|l| &l.name);
    let invite = names.iter().map(|l| &l.invite);
    let files = codes.iter().map(|c| format!("/texts-{c}.txt"));
    // The language after each, the first after the last.
    let next = variants.iter().cycle().skip(1).take(n);
    let file: syn::File = syn::parse2(quote! {
        /// A language of the widget: one per language file of `content/`
        /// (build.rs `languages`); French is the default.
        #[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
        pub enum Lang {
            #[default]
            #(#variants,)*
        }

        impl Lang {
            pub const ALL: [Lang; #n] = [#(Lang::#variants),*];

            /// The `lang` link value and the `<html lang>` value.
            pub fn id(self) -> &'static str {
                match self { #(Lang::#variants => #codes,)* }
            }

            /// Row of this language in the generated text tables.
            pub(crate) fn index(self) -> usize {
                match self { #(Lang::#variants => #index,)* }
            }

            /// The language after this one, in the order of [`Lang::ALL`]
            /// (the first after the last): the language switch offers it,
            /// so that with two languages it is the other one, and with
            /// more, each in turn.
            pub fn next(self) -> Lang {
                match self { #(Lang::#variants => Lang::#next,)* }
            }

            /// The language's name, written in it (`[lang] name`).
            pub fn name(self) -> &'static str {
                match self { #(Lang::#variants => #name,)* }
            }

            /// "Read this page in …", written in the language (`[lang] invite`).
            pub fn invite(self) -> &'static str {
                match self { #(Lang::#variants => #invite,)* }
            }
        }

        /// The texts file the browser loads on demand, by language (build.rs
        /// writes them; French: the texts the start page does not show).
        pub(crate) static LOADABLE_TEXTS: [&str; #n] =
            [#(include_str!(concat!(env!("OUT_DIR"), #files))),*];
    })
    .expect("the generated Lang parses");
    format!(
        "// Generated by build.rs from the language files of content/: do not edit.\n{}",
        prettyplease::unparse(&file)
    )
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
    let r = records::Records {
        content,
        text_of: &items.text_of,
    };
    let records = [
        records::questions(&r),
        records::verdicts(&r),
        records::costs(&r),
        records::confirms(&r),
        records::phases(&r),
        records::reasons(&r),
    ];
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
