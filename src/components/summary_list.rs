//! The list of answers given, as on the check page and in the result (and
//! its print view); with "Modifier" links when `change_hrefs` is given.

use crate::browser;
use crate::components::{rich, say};
use crate::content::{keys, Text, Tr};
use crate::rules::{Answers, Question};
use std::rc::Rc;
use yew::prelude::*;

/// The list; `change` gives one link per question, in `Question::ALL`
/// order, and what a click on one does.
pub fn summary_list(
    tr: &Tr,
    answers: &Answers,
    change: Option<(&Rc<Vec<String>>, &Callback<Question>)>,
) -> Html {
    html! {
        <dl class="dee-summary">
            { for Question::ALL.iter().enumerate().filter_map(|(i, &q)| {
                let value = tr.answer_text(q, answers)?;
                let change = change.and_then(|(hrefs, on_change)| Some((hrefs.get(i)?.clone(), on_change.clone()))).map(|(href, on_change)| {
                    let onclick = Callback::from(move |e: MouseEvent| {
                        if browser::take_over_click(&e) {
                            on_change.emit(q)
                        }
                    });
                    html! {
                        <dd class="dee-summary__actions">
                            <a class="dee-link" href={href} {onclick}>
                                { say(tr, Text::NavChange) }
                                <span class="dee-visually-hidden">{ tr.nav_change_which(&tr.t(keys::question(q).summary)) }</span>
                            </a>
                        </dd>
                    }
                });
                Some(html! {
                    <div class="dee-summary__row">
                        <dt class="dee-summary__key">{ say(tr, keys::question(q).summary) }</dt>
                        <dd class="dee-summary__value">{ rich(tr, &value) }</dd>
                        { for change }
                    </div>
                })
            }) }
        </dl>
    }
}
