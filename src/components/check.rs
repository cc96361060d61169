//! "Vérifiez vos réponses": every answer given, each with a "Modifier" link.

use crate::components::back_link::back_link;
use crate::components::say;
use crate::components::summary_list::summary_list;
use crate::content::{Text, Tr};
use crate::dom_ids::HEADING_ID;
use crate::rules::{Answers, Question};
use std::rc::Rc;
use yew::prelude::*;

/// The page: `change_hrefs` has one link per question, in
/// `Question::ALL` order.
pub fn check_answers(
    tr: &Tr,
    answers: &Answers,
    change_hrefs: &Rc<Vec<String>>,
    back_href: AttrValue,
    on_back: Callback<()>,
    on_change: Callback<Question>,
    on_continue: Callback<()>,
) -> Html {
    html! {
        <div class="dee-check">
            { back_link(tr, back_href, on_back) }
            <h1 id={HEADING_ID} tabindex="-1" class="dee-h1">{ say(tr, Text::NavCheckHeading) }</h1>
            <p>{ say(tr, Text::NavCheckLead) }</p>
            { summary_list(tr, answers, Some((change_hrefs, &on_change))) }
            <button type="button" class="dee-button" onclick={on_continue.reform(|_: MouseEvent| ())}>
                { say(tr, Text::NavSeeResult) }
            </button>
        </div>
    }
}
