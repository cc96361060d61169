//! The error summary at the top of a page: announced (`role="alert"`),
//! focused, and linking to the field concerned.

use crate::browser;
use crate::content::{Text, Tr};
use crate::dom_ids::ERROR_SUMMARY_ID;
use yew::prelude::*;

/// The summary titled `title`, with one link per (field id, message).
pub(crate) fn error_summary(tr: &Tr, title: Text, items: &[(String, String)]) -> Html {
    html! {
        <div class="dee-error-summary" id={ERROR_SUMMARY_ID} role="alert" tabindex="-1" aria-labelledby="dee-error-summary-title">
            <h2 class="dee-error-summary__title" id="dee-error-summary-title">{ tr.t(title) }</h2>
            <ul class="dee-error-summary__list">
                { for items.iter().map(|(field, message)| {
                    let (href, target) = (format!("#{field}"), field.clone());
                    // Focus the field ourselves: a fragment change would
                    // count as a navigation for the history.
                    let onclick = Callback::from(move |e: MouseEvent| {
                        e.prevent_default();
                        browser::focus(&target);
                    });
                    html! { <li><a {href} {onclick}>{ message.clone() }</a></li> }
                }) }
            </ul>
        </div>
    }
}
