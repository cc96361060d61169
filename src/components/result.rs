//! The result page: the four conclusions, then costs, bloc dispenses, the
//! calendar, documents, the next step, and print / copy / restart.

use crate::app::HEADING_ID;
use crate::browser;
use crate::components::rich;
use crate::components::{
    back_link::BackLink,
    calendar::CalendarSection,
    costs::CostTable,
    dispenses::DispensesSection,
    next_step::NextStep,
    outcome_card::{citation, OutcomeCard},
    summary_list::SummaryList,
};
use crate::content::{self, list, t, tp, tv};
use crate::rules::{self, Answers, Date, Prerequisite, Route};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub answers: Answers,
    pub today: Date,
    pub check_href: AttrValue,
    pub on_back: Callback<()>,
    pub on_restart: Callback<()>,
}

/// What the copy button last did.
#[derive(Clone, Copy, PartialEq)]
enum Copied {
    Not,
    Done,
    Failed,
}

#[component]
pub fn ResultScreen(props: &Props) -> Html {
    let (assessment, changes) = (*use_memo((props.answers, props.today), |(a, today)| {
        let p = content::params(*today);
        (
            Rc::new(rules::assess(a, &p)),
            Rc::new(rules::changes(a, &p)),
        )
    }))
    .clone();
    let copied = use_state(|| Copied::Not);
    let href = browser::href();

    let on_print = Callback::from(|_: MouseEvent| browser::print());
    let on_copy = {
        let copied = copied.clone();
        let href = href.clone();
        Callback::from(move |_: MouseEvent| {
            let copied = copied.clone();
            let href = href.clone();
            wasm_bindgen_futures::spawn_local(async move {
                copied.set(if browser::copy(&href).await {
                    Copied::Done
                } else {
                    Copied::Failed
                });
            });
        })
    };

    let p = content::params(props.today);
    let cards = assessment.outcomes().into_iter().map(|(kind, value, reasons, certainty)| {
        let mine: Vec<_> = changes.iter().filter(|c| c.kind == kind).copied().collect();
        html! {
            <OutcomeCard {kind} value={value} reasons={Rc::new(reasons.to_vec())} {certainty} changes={Rc::new(mine)} />
        }
    });
    let route = assessment
        .route
        .as_ref()
        .map(|o| o.value)
        .unwrap_or(Route::Contact);
    let not_met = assessment
        .prerequisite
        .as_ref()
        .is_some_and(|o| o.value == Prerequisite::NotMet);
    let docs = content::cited("documents");

    html! {
        <div class="dee-result" data-intake={assessment.intake_year.to_string()}
            data-provisional={assessment.provisional.then_some("true")}>
            <BackLink href={props.check_href.clone()} on_back={props.on_back.clone()} />
            <h1 id={HEADING_ID} tabindex="-1" class="dee-h1">{ rich(&t("result.heading")) }</h1>
            <p class="dee-lead">{ rich(&tp("result.lead", &p)) }</p>
            if assessment.provisional {
                <p class="dee-notice dee-notice--strong" data-provisional-notice="true">{ rich(&tp("result.provisional", &p)) }</p>
            }
            <div class="dee-cards">{ for cards }</div>
            if not_met {
                <p class="dee-notice">{ rich(&t("result.not_met_note")) }</p>
            }
            <NextStep {route} />
            <CostTable costs={Rc::new(assessment.costs.clone())} />
            if let Some(d) = &assessment.dispenses {
                <DispensesSection dispenses={Rc::new(d.clone())} />
            }
            <CalendarSection {route} phase={assessment.calendar} today={props.today} params={p} />
            <section class="dee-section" aria-labelledby="dee-documents-title">
                <h2 class="dee-h2" id="dee-documents-title">{ rich(&t("result.documents_heading")) }</h2>
                <p>{ rich(&t("documents.lead")) }</p>
                <ul class="dee-list">{ for list("documents.items").iter().map(|d| html! { <li>{ rich(d) }</li> }) }</ul>
                <p>{ rich(&t("documents.rules")) }</p>
                { citation(docs.source, docs.section) }
            </section>
            <section class="dee-section" aria-labelledby="dee-answers-title">
                <h2 class="dee-h2" id="dee-answers-title">{ rich(&t("result.answers_heading")) }</h2>
                <SummaryList answers={props.answers} />
                <p class="dee-no-print">
                    <a class="dee-link" href={props.check_href.clone()} onclick={
                        let on_back = props.on_back.clone();
                        Callback::from(move |e: MouseEvent| {
                            if !(e.ctrl_key() || e.meta_key() || e.shift_key()) {
                                e.prevent_default();
                                on_back.emit(());
                            }
                        })
                    }>{ rich(&t("result.edit_answers")) }</a>
                </p>
            </section>
            <div class="dee-actions dee-no-print">
                <button type="button" class="dee-button dee-button--secondary" onclick={on_print}>{ rich(&t("result.print")) }</button>
                <button type="button" class="dee-button dee-button--secondary" onclick={on_copy}>{ rich(&t("result.copy")) }</button>
                <button type="button" class="dee-button dee-button--secondary" onclick={props.on_restart.reform(|_: MouseEvent| ())}>{ rich(&t("nav.restart")) }</button>
            </div>
            <div class="dee-no-print" role="status">
                if *copied == Copied::Done {
                    <p class="dee-notice">{ rich(&t("result.copied")) }</p>
                } else if *copied == Copied::Failed {
                    <div class="dee-notice">
                        <p>{ rich(&t("result.copy_failed")) }</p>
                        <label class="dee-label" for="dee-link-field">{ rich(&t("result.link_label")) }</label>
                        <input class="dee-input" id="dee-link-field" type="text" readonly=true value={href.clone()} />
                    </div>
                }
            </div>
            <div class="dee-print-only">
                <p>{ rich(&tv("result.printed_on", &[("today", &content::date(props.today))])) }</p>
                <p>{ rich(&tp("result.lead", &p)) }</p>
                <p>{ tv("result.link_line", &[("url", &href)]) }</p>
            </div>
            <p class="dee-small">{ rich(&t("result.disclaimer")) }</p>
            <p class="dee-small" data-version={env!("CARGO_PKG_VERSION")}>{ t("result.version") }</p>
        </div>
    }
}
