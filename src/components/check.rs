//! "Vérifiez vos réponses": every answer given, each with a "Modifier" link.

use crate::app::HEADING_ID;
use crate::components::back_link::BackLink;
use crate::components::rich;
use crate::components::summary_list::SummaryList;
use crate::content::t;
use crate::rules::{Answers, Question};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub answers: Answers,
    pub change_hrefs: Rc<Vec<String>>,
    pub back_href: AttrValue,
    pub on_back: Callback<()>,
    pub on_change: Callback<Question>,
    pub on_continue: Callback<()>,
}

#[component]
pub fn CheckAnswers(props: &Props) -> Html {
    html! {
        <div class="dee-check">
            <BackLink href={props.back_href.clone()} on_back={props.on_back.clone()} />
            <h1 id={HEADING_ID} tabindex="-1" class="dee-h1">{ rich(&t("nav.check_heading")) }</h1>
            <p>{ rich(&t("nav.check_lead")) }</p>
            <SummaryList answers={props.answers} change_hrefs={props.change_hrefs.clone()} on_change={props.on_change.clone()} />
            <button type="button" class="dee-button" onclick={props.on_continue.reform(|_: MouseEvent| ())}>
                { rich(&t("nav.see_result")) }
            </button>
        </div>
    }
}
