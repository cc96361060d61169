//! "Vérifiez vos réponses": every answer given, each with a "Modifier" link.

use crate::components::back_link::{self, back_link};
use crate::components::say;
use crate::components::summary_list::{self, summary_list};
use crate::content::{Text, Tr};
use crate::dom_ids::HEADING_ID;
use crate::rules::{Answers, Question};
use std::rc::Rc;
use yew::prelude::*;

#[derive(PartialEq)]
pub struct Props {
    pub answers: Answers,
    pub change_hrefs: Rc<Vec<String>>,
    pub back_href: AttrValue,
    pub on_back: Callback<()>,
    pub on_change: Callback<Question>,
    pub on_continue: Callback<()>,
    pub tr: Tr,
}

/// A plain function rather than a component: it keeps no state, and each
/// component type costs the wasm its own copy of Yew's lifecycle and
/// hydration code (about 0.7 KB gzip).
pub fn check_answers(props: &Props) -> Html {
    let tr = &props.tr;
    html! {
        <div class="dee-check">
            { back_link(&back_link::Props { href: props.back_href.clone(), on_back: props.on_back.clone(), tr: props.tr }) }
            <h1 id={HEADING_ID} tabindex="-1" class="dee-h1">{ say(tr, Text::NavCheckHeading) }</h1>
            <p>{ say(tr, Text::NavCheckLead) }</p>
            { summary_list(&summary_list::Props { answers: props.answers, change_hrefs: Some(props.change_hrefs.clone()), on_change: Some(props.on_change.clone()), tr: props.tr }) }
            <button type="button" class="dee-button" onclick={props.on_continue.reform(|_: MouseEvent| ())}>
                { say(tr, Text::NavSeeResult) }
            </button>
        </div>
    }
}
