//! The user interface, one component per file. Components read their texts
//! through the `content::Tr` they are given (a context, or a prop of the
//! plain-function views) and report user actions through `on_*` callbacks.

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

/// The texts the app provides (`Tr` context); a component rendered on its
/// own (a component test) gets French for a visitor on `today`.
#[hook]
pub fn use_tr(today: crate::rules::Date) -> Tr {
    use_context::<Tr>().unwrap_or_else(|| Tr::new(Lang::Fr, crate::content::params(today)))
}

/// A text of the content files, filled in, with its markup.
pub(crate) fn say(tr: &Tr, k: Text) -> Html {
    rich(tr, &tr.t(k))
}

/// A text without its markup, for attributes and the document title.
pub fn plain(text: &str) -> String {
    text.replace('*', "")
}
