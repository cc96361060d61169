//! The user interface, one view per file, in one of two forms:
//!
//! - a plain function `fn view(tr: &Tr, …) -> Html`, for every view that
//!   keeps no state of its own: its texts come from `tr`, what it shows
//!   and its `on_*` callbacks follow as arguments. Most views are these:
//!   each component type costs the wasm its own copy of Yew's lifecycle and
//!   hydration code (about 0.7 KB gzip);
//! - a component (`#[component]`, with `Props`), for a view that keeps
//!   state or runs effects (a question's draft, the result's stages and
//!   copy button, the kiosk's countdown, the overview's rows). Its `tr` is
//!   a prop too.
//!
//! Either way a view gets everything from its caller: it reads neither the
//! clock nor the facts (the day and the calendar are in `tr.params`; the
//! phone and the links go through [`contact_phone`], [`phone_href`] and
//! [`links`]), and it reports what the user does through `on_*` callbacks.
//! Browser calls go through `browser`.

pub mod back_link;
pub mod blocs_input;
pub mod calendar;
pub mod check;
pub mod costs;
pub mod dispenses;
pub mod error_summary;
pub mod kiosk;
pub mod lang_switch;
pub mod next_step;
pub mod outcome_card;
pub mod overview_table;
pub mod poster;
pub mod question;
pub mod result;
pub mod start;
pub mod summary_list;
pub mod training;

use crate::content::{Lang, Text, Tr};
use yew::prelude::*;

/// A text with the content files' only markup: `*term*` for a term kept in
/// French (in italics, and marked `lang="fr"` so a screen reader pronounces
/// it right when the page is in another language).
pub fn rich(tr: &Tr, text: &str) -> Html {
    if !text.contains('*') {
        return html! { { text.to_string() } };
    }
    let fr = (tr.lang != Lang::Fr).then_some("fr");
    let parts = text.split('*').enumerate().map(|(i, part)| {
        if i % 2 == 1 {
            html! { <em lang={fr}>{ part.to_string() }</em> }
        } else {
            html! { { part.to_string() } }
        }
    });
    html! { <>{ for parts }</> }
}

/// The institute's addresses (Parcoursup, its site, the CVEC), which no
/// date changes: the one place the views read them.
pub(crate) fn links() -> &'static crate::content::model::Links {
    &crate::content::FACTS.links
}

/// The link that calls the admission service.
pub(crate) fn phone_href() -> String {
    format!("tel:{}", crate::content::FACTS.contact.phone_tel)
}

/// The admission service's phone number, as written.
pub(crate) fn phone() -> &'static str {
    crate::content::FACTS.contact.phone.as_ref()
}

/// The admission service's phone number, as a link that calls it.
pub(crate) fn contact_phone(class: Option<&'static str>) -> Html {
    html! { <a {class} href={phone_href()}>{ phone() }</a> }
}

/// A text of the content files, filled in, with its markup.
pub(crate) fn say(tr: &Tr, k: Text) -> Html {
    rich(tr, &tr.t(k))
}

/// A text without its markup, for attributes and the document title.
pub fn plain(text: &str) -> String {
    text.replace('*', "")
}
