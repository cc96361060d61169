//! The list of answers given, as on the check page and in the result (and
//! its print view); with "Modifier" links when `change_hrefs` is given.

use crate::browser;
use crate::components::{rich, say};
use crate::content::{keys, Text, Tr};
use crate::rules::{Answers, Question};
use std::rc::Rc;
use yew::prelude::*;

#[derive(PartialEq)]
pub struct Props {
    pub answers: Answers,
    /// One link per question, in `Question::ALL` order.
    pub change_hrefs: Option<Rc<Vec<String>>>,
    pub on_change: Option<Callback<Question>>,
    pub tr: Tr,
}

/// A plain function rather than a component: it keeps no state, and each
/// component type costs the wasm its own copy of Yew's lifecycle and
/// hydration code (about 0.7 KB gzip).
pub fn summary_list(props: &Props) -> Html {
    let tr = &props.tr;
    html! {
        <dl class="dee-summary">
            { for Question::ALL.iter().enumerate().filter_map(|(i, &q)| {
                let value = tr.answer_text(q, &props.answers)?;
                let change = props.change_hrefs.as_ref().and_then(|h| h.get(i).cloned()).map(|href| {
                    let on_change = props.on_change.clone();
                    let onclick = Callback::from(move |e: MouseEvent| {
                        if browser::take_over_click(&e) {
                            if let Some(cb) = &on_change { cb.emit(q) }
                        }
                    });
                    html! {
                        <dd class="dee-summary__actions">
                            <a class="dee-link" href={href} {onclick}>
                                { say(tr, Text::NavChange) }
                                <span class="dee-visually-hidden">{ tr.nav_change_which(&tr.t(keys::question_summary(q))) }</span>
                            </a>
                        </dd>
                    }
                });
                Some(html! {
                    <div class="dee-summary__row">
                        <dt class="dee-summary__key">{ say(tr, keys::question_summary(q)) }</dt>
                        <dd class="dee-summary__value">{ rich(tr, &value) }</dd>
                        { for change }
                    </div>
                })
            }) }
        </dl>
    }
}
