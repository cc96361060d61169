//! The error summary at the top of a page: announced (`role="alert"`),
//! focused, and linking to the field concerned.

use crate::browser;
use crate::content::{Text, Tr};
use crate::dom_ids::ERROR_SUMMARY_ID;
use yew::prelude::*;

#[derive(PartialEq)]
pub struct Props {
    /// The summary's title.
    pub title: AttrValue,
    /// (field id, message) pairs.
    pub items: Vec<(AttrValue, AttrValue)>,
}

/// A plain function rather than a component: it keeps no state, and each
/// component type costs the wasm its own copy of Yew's lifecycle and
/// hydration code (about 0.7 KB gzip).
pub fn error_summary(props: &Props) -> Html {
    html! {
        <div class="dee-error-summary" id={ERROR_SUMMARY_ID} role="alert" tabindex="-1" aria-labelledby="dee-error-summary-title">
            <h2 class="dee-error-summary__title" id="dee-error-summary-title">{ props.title.clone() }</h2>
            <ul class="dee-error-summary__list">
                { for props.items.iter().map(|(field, message)| {
                    let target = field.clone();
                    // Focus the field ourselves: a fragment change would
                    // count as a navigation for the history.
                    let onclick = Callback::from(move |e: MouseEvent| {
                        e.prevent_default();
                        browser::focus(&target);
                    });
                    html! { <li><a href={format!("#{field}")} {onclick}>{ message.clone() }</a></li> }
                }) }
            </ul>
        </div>
    }
}

/// The generic title, for callers that have no better one.
pub fn default_title(tr: &Tr) -> AttrValue {
    tr.t(Text::ErrorsSummaryTitle).into()
}
