//! The typed accessors of the records files, one per entity: a struct of
//! the texts every record of that kind has, and a function of the rules'
//! enum whose `match` the compiler checks.
//!
//! | file               | accessor                                             |
//! |--------------------|------------------------------------------------------|
//! | `questions.toml`   | `question(q)`, `choices(q)`, `ANNEE_BAC`, `BLOCS`… |
//! | `verdicts.toml`    | `kind(k)`, `verdict(v)`, `overview_<kind>(v)`        |
//! | `costs.toml`       | `cost(c)`, `cost_note(c, route)`                     |
//! | `confirms.toml`    | `confirm(c)`                                         |
//! | `calendrier.toml`  | `phase(p)` (its summary, and `next.of(route)`)       |
//! | `raisons.toml`     | `reason(r)` (and `reason_cited(r)`, build.rs)        |
//!
//! Each is written from the tables of its file as the maintainer reads
//! them (`[route.site.outcome]`), not from key patterns. A text a record
//! lacks stops the build with the file and line of the record; a rules
//! value without a record fails to compile, and the compiler's message
//! shows, in the `match`, where the record goes.

use crate::{camel, model};
use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use std::collections::BTreeMap;

/// The texts of the content and their `Text::…` expressions.
pub struct Records<'a> {
    pub content: &'a model::Texts,
    pub text_of: &'a BTreeMap<String, TokenStream>,
}

/// A path of the rules' types, as tokens.
fn rules(path: &str) -> TokenStream {
    let path: syn::Path = syn::parse_str(&format!("crate::rules::{path}")).expect("a valid path");
    quote!(#path)
}

/// `crate::rules::Enum::Variant` of a record's id (`at_entry` is `AtEntry`).
fn variant(of: &str, id: &str) -> TokenStream {
    rules(&format!("{of}::{}", camel(id)))
}

impl Records<'_> {
    /// The text tables of a records file: `(table split at its dots, key)`.
    fn tables(&self, prefix: &str) -> Vec<(Vec<&str>, &str)> {
        self.content.tables[prefix]
            .iter()
            .map(|(t, k)| (t.split('.').collect(), k.as_str()))
            .collect()
    }

    /// The `Text::…` of a key, or the build stops naming the record's
    /// place and what it lacks.
    fn need(&self, key: &str, record: &str, what: &str) -> TokenStream {
        match self.text_of.get(key) {
            Some(t) => t.clone(),
            None => fail_at(self.content, record, what),
        }
    }

    fn get(&self, key: &str) -> Option<TokenStream> {
        self.text_of.get(key).cloned()
    }
}

/// Stops the build at the first line of the keys under `record`.
fn fail_at(content: &model::Texts, record: &str, what: &str) -> ! {
    let at = content
        .places_under(record)
        .map(|(file, line)| format!("{file}, ligne {line}"))
        .unwrap_or_else(|| "content/".to_owned());
    panic!("\n\nerreur de contenu dans {at} : {what}\n")
}

/// A `match` on `scrutinee` whose compiler error, for a value without its
/// record, shows where the record goes.
fn checked_match(where_: &str, scrutinee: TokenStream, arms: Vec<TokenStream>) -> TokenStream {
    quote! {
        match {
            let _texts = #where_;
            #scrutinee
        } {
            #(#arms)*
        }
    }
}

/// A plain text and its hedged wording as a `Wording`.
fn wording(plain: Option<TokenStream>, hedged: Option<TokenStream>) -> Option<TokenStream> {
    Some(match (plain, hedged) {
        (Some(p), Some(h)) => quote!(Wording::Both(#p, #h)),
        (Some(p), None) => quote!(Wording::Plain(#p)),
        (None, Some(h)) => quote!(Wording::Hedged(#h)),
        (None, None) => return None,
    })
}

/// The texts every question has.
const QUESTION_FIELDS: [&str; 4] = ["title", "summary", "hint", "error_empty"];

/// `questions.toml`: `question(q)`, the texts every question has;
/// `choices(q)`, a choice question's options in the order of
/// `Question::options()` (the build refuses a record without a label for
/// one of them, or with an option the question does not have); and a
/// question's other texts as a constant of its own (`ANNEE_BAC.label`,
/// `BLOCS.short_ass`: the table `[annee_bac.label]`, `[blocs.short.ASS]`).
pub fn questions(r: &Records) -> TokenStream {
    let mut arms = Vec::new();
    let mut choice_arms = Vec::new();
    let mut own = Vec::new();
    let all = crate::questions::Question::ALL;
    let choices = all.map(|q| (q.id(), q.options().unwrap_or(&[])));
    if let Err(e) = r.content.check_choices(choices) {
        panic!("\n\n{e}\n")
    }
    for q in all {
        let id = q.id();
        let (v, record) = (variant("Question", id), format!("question.{id}."));
        let fields = QUESTION_FIELDS.iter().map(|f| {
            let text = r.need(&format!("{record}{f}"), &record, &format!("la question `{id}` n'a pas de texte `{f}` (une table [{id}.{f}] avec fr et en)"));
            let f = format_ident!("{f}");
            quote!(#f: #text)
        });
        arms.push(quote!(#v => QuestionTexts { #(#fields),* },));
        let options = q.options().unwrap_or(&[]);
        let choices = options.iter().map(|o| {
            let label = r.need(&format!("{record}option.{o}"), &record, &format!("la question `{id}` n'a pas de texte pour sa réponse `{o}` (une table [{id}.option.{o}] avec fr et en)"));
            let hint = match r.get(&format!("{record}option_hint.{o}")) {
                Some(h) => quote!(Some(#h)),
                None => quote!(None),
            };
            quote!(Choice { label: #label, hint: #hint })
        });
        choice_arms.push(quote!(#v => &[#(#choices),*],));
        own.extend(own_texts(r, id, options));
    }
    let question = checked_match(
        "a record [<question id>] in content/questions.toml",
        quote!(q),
        arms,
    );
    let fields = QUESTION_FIELDS.iter().map(|f| format_ident!("{f}"));
    quote! {
        /// The texts every question has (its record of `questions.toml`).
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub(crate) struct QuestionTexts { #(pub(crate) #fields: Text,)* }

        /// The texts every question has (its record of `questions.toml`).
        pub(crate) fn question(q: crate::rules::Question) -> QuestionTexts {
            #question
        }

        /// An option of a choice question: its label (`[<question>.option.<id>]`)
        /// and its hint if it has one (`[<question>.option_hint.<id>]`).
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub(crate) struct Choice {
            pub(crate) label: Text,
            pub(crate) hint: Option<Text>,
        }

        /// A choice question's options, in the order of `Question::options()`
        /// (none for a question answered otherwise).
        pub(crate) fn choices(q: crate::rules::Question) -> &'static [Choice] {
            match q { #(#choice_arms)* }
        }

        #(#own)*
    }
}

/// A question's texts besides those every question has and its choices'
/// (`[annee_bac.title_titre4]`, `[blocs.short.ASS]`), as a constant named
/// after it: `ANNEE_BAC.title_titre4`, `BLOCS.short_ass`. A text that takes
/// values from the code is a method of `Tr` instead.
fn own_texts(r: &Records, id: &str, options: &[&str]) -> Option<TokenStream> {
    let record = format!("question.{id}.");
    let mut fields = Vec::new();
    for (table, key) in r.tables("question") {
        let Some(rest) = key.strip_prefix(&record) else {
            continue;
        };
        if QUESTION_FIELDS.contains(&rest) {
            continue;
        }
        // A choice question's options are its `choices(q)` (checked by
        // `Texts::check_choices`).
        let option = rest.starts_with("option.") || rest.starts_with("option_hint.");
        if option && !options.is_empty() {
            continue;
        }
        let Some(text) = r.get(key) else { continue };
        let field = format_ident!("{}", rest.replace('.', "_").to_lowercase());
        let doc = format!(" `[{}]`", table.join("."));
        fields.push((field, text, doc));
    }
    if fields.is_empty() {
        return None;
    }
    let ty = format_ident!("{}Texts", camel(id));
    let name = format_ident!("{}", id.to_uppercase());
    let doc = format!(" The other texts of the question `{id}` (`questions.toml`).");
    let decl = fields
        .iter()
        .map(|(f, _, d)| quote!(#[doc = #d] pub(crate) #f: Text,));
    let init = fields.iter().map(|(f, t, _)| quote!(#f: #t,));
    Some(quote! {
        #[doc = #doc]
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub(crate) struct #ty { #(#decl)* }

        #[doc = #doc]
        pub(crate) const #name: #ty = #ty { #(#init)* };
    })
}

/// What `verdicts.toml` says of one conclusion's value.
#[derive(Default)]
struct Value {
    outcome: [Option<TokenStream>; 2],
    glance: [Option<TokenStream>; 2],
    overview: Option<TokenStream>,
    /// By question: the plain and the hedged text.
    changes: BTreeMap<String, [Option<TokenStream>; 2]>,
}

/// `verdicts.toml`: `kind(k)`, the titles of a kind of conclusion;
/// `verdict(v)`, a value's verdict, glance and changes (each plain, hedged
/// or both); `overview_<kind>(v)`, the overview's cell of a kind whose
/// every value has one (the overview has no prerequisite column).
pub fn verdicts(r: &Records) -> TokenStream {
    let mut kinds: BTreeMap<&str, [Option<TokenStream>; 2]> = BTreeMap::new();
    let mut values: BTreeMap<(&str, &str), Value> = BTreeMap::new();
    for (t, key) in r.tables("verdict") {
        let text = r.get(key);
        match t.as_slice() {
            [k, "title"] => kinds.entry(k).or_default()[0] = text,
            [k, "glance_title"] => kinds.entry(k).or_default()[1] = text,
            [k, v, field @ ..] => {
                let value = values.entry((k, v)).or_default();
                match field {
                    ["outcome"] => value.outcome[0] = text,
                    ["outcome_hedged"] => value.outcome[1] = text,
                    ["glance"] => value.glance[0] = text,
                    ["glance_hedged"] => value.glance[1] = text,
                    ["overview"] => value.overview = text,
                    ["change", q] => value.changes.entry(q.to_string()).or_default()[0] = text,
                    ["change_hedged", q] => {
                        value.changes.entry(q.to_string()).or_default()[1] = text
                    }
                    _ => fail_at(r.content, key, "table inconnue"),
                }
            }
            _ => fail_at(r.content, key, "table inconnue"),
        }
    }
    let kind_arms = kinds.iter().map(|(k, [title, glance])| {
        let need = |t: &Option<TokenStream>, what: &str| {
            t.clone().unwrap_or_else(|| {
                fail_at(
                    r.content,
                    &format!("outcome.{k}."),
                    &format!("la conclusion `{k}` n'a pas de table [{k}.{what}]"),
                )
            })
        };
        let (title, glance) = (need(title, "title"), need(glance, "glance_title"));
        let v = variant("OutcomeKind", k);
        quote!(#v => KindTexts { title: #title, glance_title: #glance },)
    });
    let value_arms = values
        .iter()
        .map(|((k, v), value)| verdict_arm(r, k, v, value));
    let kind = checked_match(
        "[<kind>.title] and [<kind>.glance_title] in content/verdicts.toml",
        quote!(k),
        kind_arms.collect(),
    );
    let verdict = checked_match(
        "the tables [<kind>.<value>.outcome]… in content/verdicts.toml",
        quote!(v),
        value_arms.collect(),
    );
    let overviews = kinds.keys().filter_map(|k| overview(r, k, &values));
    quote! {
        /// The titles of a kind of conclusion (`verdicts.toml`): its card's
        /// and the glance's.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub(crate) struct KindTexts {
            pub(crate) title: Text,
            pub(crate) glance_title: Text,
        }

        /// The titles of a kind of conclusion (`verdicts.toml`).
        pub(crate) fn kind(k: crate::rules::OutcomeKind) -> KindTexts {
            #kind
        }

        /// What says a conclusion's value (`verdicts.toml`): the verdict,
        /// the glance, and by question the change that leads to it.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub(crate) struct VerdictTexts {
            pub(crate) outcome: Wording,
            pub(crate) glance: Wording,
            pub(crate) changes: &'static [(crate::rules::Question, Wording)],
        }

        /// What says a conclusion's value (`verdicts.toml`).
        pub(crate) fn verdict(v: crate::rules::Verdict) -> VerdictTexts {
            #verdict
        }

        #(#overviews)*
    }
}

/// A value's arm of `verdict(v)`.
fn verdict_arm(r: &Records, k: &str, v: &str, value: &Value) -> TokenStream {
    let record = format!("outcome.{k}.");
    let need = |w: &[Option<TokenStream>; 2], what: &str| {
        wording(w[0].clone(), w[1].clone()).unwrap_or_else(|| {
            fail_at(
                r.content,
                &record,
                &format!("la valeur `{k}.{v}` n'a ni [{k}.{v}.{what}] ni [{k}.{v}.{what}_hedged]"),
            )
        })
    };
    let (outcome, glance) = (
        need(&value.outcome, "outcome"),
        need(&value.glance, "glance"),
    );
    let changes = value.changes.iter().map(|(q, w)| {
        let q = variant("Question", q);
        let w = wording(w[0].clone(), w[1].clone());
        quote!((#q, #w))
    });
    let kind = format_ident!("{}", camel(k));
    let value = variant(&camel(k), v);
    quote! {
        crate::rules::Verdict::#kind(#value) => VerdictTexts {
            outcome: #outcome,
            glance: #glance,
            changes: &[#(#changes),*],
        },
    }
}

/// `overview_<kind>(v)`, if the kind's values have an overview cell: all of
/// them, or the build stops.
fn overview(r: &Records, k: &str, values: &BTreeMap<(&str, &str), Value>) -> Option<TokenStream> {
    let of_kind: Vec<_> = values.iter().filter(|((kind, _), _)| *kind == k).collect();
    if of_kind.iter().all(|(_, v)| v.overview.is_none()) {
        return None;
    }
    let arms = of_kind.iter().map(|((_, v), value)| {
        let cell = value.overview.clone().unwrap_or_else(|| {
            fail_at(r.content, &format!("outcome.{k}."), &format!("la valeur `{k}.{v}` n'a pas de case du tableau « Tous les cas » (une table [{k}.{v}.overview]), comme les autres valeurs de `{k}`"))
        });
        let value = variant(&camel(k), v);
        quote!(#value => #cell,)
    });
    let name = format_ident!("overview_{k}");
    let ty = rules(&camel(k));
    let doc = format!(" The overview's cell of a `{k}` value (`[{k}.<value>.overview]`).");
    let body = checked_match(
        "a table [<kind>.<value>.overview] in content/verdicts.toml",
        quote!(v),
        arms.collect(),
    );
    Some(quote! {
        #[doc = #doc]
        pub(crate) fn #name(v: #ty) -> Text { #body }
    })
}

/// `costs.toml`: `cost(c)`, a line's label and amount; `cost_note(c,
/// route)`, its note, one for every route (`[<line>.note]`) or one per
/// route (`[<line>.note_parcoursup]`…).
pub fn costs(r: &Records) -> TokenStream {
    let mut lines: BTreeMap<&str, BTreeMap<&str, TokenStream>> = BTreeMap::new();
    for (t, key) in r.tables("cost") {
        if let ([c, field], Some(text)) = (t.as_slice(), r.get(key)) {
            lines.entry(c).or_default().insert(field, text);
        }
    }
    let mut arms = Vec::new();
    let mut notes = Vec::new();
    for (c, fields) in &lines {
        let record = format!("cost.{c}.");
        let need = |f: &str| {
            fields.get(f).cloned().unwrap_or_else(|| {
                fail_at(
                    r.content,
                    &record,
                    &format!(
                        "la ligne `{c}` n'a pas de texte `{f}` (une table [{c}.{f}] avec fr et en)"
                    ),
                )
            })
        };
        let v = variant("Cost", c);
        let (label, amount) = (need("label"), need("amount"));
        arms.push(quote!(#v => CostTexts { label: #label, amount: #amount },));
        let by_route: Vec<_> = fields
            .iter()
            .filter_map(|(f, t)| Some((f.strip_prefix("note_")?, t)))
            .collect();
        match (fields.get("note"), by_route.is_empty()) {
            (Some(note), true) => notes.push(quote!((#v, _) => #note,)),
            (None, false) => notes.extend(by_route.iter().map(|(route, t)| {
                let route = variant("Route", route);
                quote!((#v, #route) => #t,)
            })),
            _ => fail_at(r.content, &record, &format!("la ligne `{c}` a une note (une table [{c}.note]), ou une par voie d'inscription ([{c}.note_site]…), pas les deux")),
        }
    }
    let cost = checked_match(
        "a record [<cost id>] in content/costs.toml",
        quote!(c),
        arms,
    );
    let note = checked_match(
        "[<cost id>.note], or [<cost id>.note_<route>] for every route, in content/costs.toml",
        quote!((c, route)),
        notes,
    );
    quote! {
        /// A line of the costs' table (`costs.toml`): what, how much.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub(crate) struct CostTexts {
            pub(crate) label: Text,
            pub(crate) amount: Text,
        }

        /// A line of the costs' table (`costs.toml`).
        pub(crate) fn cost(c: crate::rules::Cost) -> CostTexts {
            #cost
        }

        /// A line's note for a candidate on this registration route.
        pub(crate) fn cost_note(c: crate::rules::Cost, route: crate::rules::Route) -> Text {
            #note
        }
    }
}

/// `confirms.toml`: `confirm(c)`, what to ask the admission service.
pub fn confirms(r: &Records) -> TokenStream {
    let arms = r.tables("confirm").into_iter().filter_map(|(t, key)| {
        let text = r.get(key)?;
        let v = variant("Confirm", t.first()?);
        Some(quote!(#v => #text,))
    });
    let body = checked_match(
        "a record [<confirm id>] with fr and en in content/confirms.toml",
        quote!(c),
        arms.collect(),
    );
    quote! {
        /// What to ask the admission service about a value left to confirm
        /// (`confirms.toml`).
        pub(crate) fn confirm(c: crate::rules::Confirm) -> Text { #body }
    }
}

/// `calendrier.toml`: `phase(p)`, what the calendar says in a phase and the
/// next step on each registration route (`phase(p).next.of(route)`).
pub fn phases(r: &Records) -> TokenStream {
    let mut phases: BTreeMap<&str, (Option<TokenStream>, BTreeMap<&str, TokenStream>)> =
        BTreeMap::new();
    for (t, key) in r.tables("phase") {
        let text = r.get(key);
        match (t.as_slice(), text) {
            ([p, "summary"], text) => phases.entry(p).or_default().0 = text,
            ([p, "next", route], Some(text)) => {
                phases.entry(p).or_default().1.insert(route, text);
            }
            _ => fail_at(
                r.content,
                key,
                "table inconnue, ou texte qui prend une valeur du code",
            ),
        }
    }
    // Every route some phase has a next step for: each phase needs them all.
    let routes: std::collections::BTreeSet<&str> = phases
        .values()
        .flat_map(|(_, n)| n.keys().copied())
        .collect();
    let arms = phases.iter().map(|(p, (summary, next))| {
        let record = format!("calendar.phase.{p}");
        let summary = summary.clone().unwrap_or_else(|| {
            fail_at(r.content, &format!("next.{p}."), &format!("la phase `{p}` n'a pas de table [{p}.summary]"))
        });
        let steps = routes.iter().map(|route| {
            let text = next.get(route).cloned().unwrap_or_else(|| {
                fail_at(r.content, &record, &format!("la phase `{p}` n'a pas de prochaine étape pour la voie `{route}` (une table [{p}.next.{route}])"))
            });
            let f = format_ident!("{route}");
            quote!(#f: #text)
        });
        let v = variant("CalendarPhase", p);
        quote!(#v => PhaseTexts { summary: #summary, next: NextSteps { #(#steps),* } },)
    });
    let fields: Vec<_> = routes.iter().map(|r| format_ident!("{r}")).collect();
    let variants = routes.iter().map(|r| variant("Route", r));
    let body = checked_match(
        "a record [<phase>] in content/calendrier.toml",
        quote!(p),
        arms.collect(),
    );
    quote! {
        /// What the calendar says in a phase (`calendrier.toml`), and the
        /// next step on each registration route.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub(crate) struct PhaseTexts {
            pub(crate) summary: Text,
            pub(crate) next: NextSteps,
        }

        /// The next step of a phase, by registration route (`[<phase>.next.<route>]`).
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub(crate) struct NextSteps { #(pub(crate) #fields: Text,)* }

        impl NextSteps {
            /// The next step on this route.
            pub(crate) fn of(self, route: crate::rules::Route) -> Text {
                match route { #(#variants => self.#fields,)* }
            }
        }

        /// What the calendar says in a phase (`calendrier.toml`).
        pub(crate) fn phase(p: crate::rules::CalendarPhase) -> PhaseTexts { #body }
    }
}

/// `raisons.toml`: `reason(r)`, a reason's sentence (its citation is
/// `reason_cited(r)`).
pub fn reasons(r: &Records) -> TokenStream {
    let arms = r.tables("reason").into_iter().filter_map(|(t, key)| {
        let (id, text) = (t.first()?, r.get(key)?);
        let v = variant("Reason", id);
        Some(quote!(#v => ReasonTexts { text: #text },))
    });
    let body = checked_match(
        "a record [<reason id>] in content/raisons.toml",
        quote!(r),
        arms.collect(),
    );
    quote! {
        /// A reason's texts (`raisons.toml`).
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub(crate) struct ReasonTexts {
            pub(crate) text: Text,
        }

        /// A reason's texts (`raisons.toml`).
        pub(crate) fn reason(r: crate::rules::Reason) -> ReasonTexts { #body }
    }
}
