//! The result page. At the top, what a candidate takes in at a glance on a
//! phone: the four conclusions in a line each with their certainty, and the
//! next step with its button (a prerequisite not met comes first, with what
//! can be done about it). Then the detailed cards (why, source, what would
//! change it), costs, blocs, calendar, how to apply, the answers, and
//! print / copy / restart. The print view keeps the glance (with a one-line
//! reason each), costs, dates, answers, the link and its QR code: one page.

use crate::browser;
use crate::components::rich;
use crate::components::{
    back_link::{self, back_link},
    calendar::{self, calendar_section},
    costs::{self, cost_table},
    dispenses::{self, dispenses_section},
    next_step::{self, next_step},
    outcome_card::{self, citation, outcome_card},
    summary_list::{self, summary_list},
};
use crate::content::{self, list, reason, t, tp, tv};
use crate::dom_ids::HEADING_ID;
use crate::link::Mode;
use crate::rules::{self, Answers, Date, OutcomeKind, OutcomeView, Prerequisite, Route};
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
    // The print view's QR code: its generator is fetched now, off the first
    // screen, so that the browser's own print command finds it ready.
    use_effect_with(href.clone(), |_| browser::fill_qr_codes());
    let p = content::params(props.today);
    let mode = use_context::<Mode>().unwrap_or_default();

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

    let outcomes = assessment.outcomes();
    let not_met = assessment
        .prerequisite
        .as_ref()
        .is_some_and(|o| o.value == Prerequisite::NotMet);
    let route = assessment
        .route
        .as_ref()
        .map(|o| o.value)
        .unwrap_or(Route::Contact);

    // One line per conclusion: what it is, how sure, and (printed) why.
    let glance_line = |(kind, value, reasons, certainty): &OutcomeView| {
        let why = reasons.first().map(|r| reason(*r, &p));
        html! {
            <li class="dee-glance__item" data-summary={kind.id()} data-certainty={certainty.id()}>
                <span class="dee-glance__k">{ rich(&t(&format!("glance.title.{kind}"))) }</span>
                <span class="dee-glance__v">
                    { rich(&tp(&format!("glance.{kind}.{value}"), &p)) }
                    if !certainty.is_sure() {
                        { " " }<span class="dee-tag">{ rich(&t("result.tag_to_confirm")) }</span>
                    }
                </span>
                if let Some(why) = why {
                    <div class="dee-glance__why dee-print-only">
                        <p>{ rich(&why.text) }</p>
                        { citation(why.source, why.section) }
                    </div>
                }
            </li>
        }
    };
    let (first, rest): (Vec<_>, Vec<_>) = outcomes
        .iter()
        .partition(|(kind, ..)| not_met && *kind == OutcomeKind::Prerequisite);
    let card = |(kind, value, reasons, certainty): &OutcomeView| {
        let mine: Vec<_> = changes
            .iter()
            .filter(|c| c.kind == *kind)
            .copied()
            .collect();
        outcome_card(&outcome_card::Props {
            kind: *kind,
            value: (*value).into(),
            reasons: Rc::new(reasons.to_vec()),
            certainty: *certainty,
            changes: Rc::new(mine),
            params: p,
        })
    };
    let docs = content::cited("documents");
    let has_blocs = assessment.dispenses.as_ref().is_some_and(|d| {
        !(d.validated.is_empty() && d.maybe_common.is_empty() && d.interview_only.is_empty())
    });

    html! {
        <div class="dee-result" data-intake={assessment.intake_year.to_string()}
            data-provisional={assessment.provisional.then_some("true")}>
            { back_link(&back_link::Props { href: props.check_href.clone(), on_back: props.on_back.clone() }) }
            <h1 id={HEADING_ID} tabindex="-1" class="dee-h1">{ rich(&t("result.heading")) }</h1>
            <p class="dee-lead">{ rich(&tp("result.lead", &p)) }</p>
            if assessment.provisional {
                <p class="dee-notice dee-notice--attention dee-notice--compact" data-provisional-notice="true">{ rich(&tp("result.provisional", &p)) }</p>
            }
            <section class="dee-glance" aria-labelledby="dee-glance-title">
                <h2 class="dee-visually-hidden" id="dee-glance-title">{ rich(&t("result.glance_heading")) }</h2>
                if not_met {
                    <div class="dee-notice dee-notice--attention dee-notice--compact" data-not-met="true">
                        <p><strong>{ rich(&t("result.not_met_lead")) }</strong></p>
                        <p class="dee-no-print">{ rich(&tp("result.not_met_can", &p)) }</p>
                    </div>
                    <ul class="dee-glance__list">{ for first.iter().copied().map(&glance_line) }</ul>
                    <p class="dee-glance__if">{ rich(&t("result.if_met")) }</p>
                }
                <ul class="dee-glance__list">{ for rest.iter().copied().map(&glance_line) }</ul>
                { next_step(&next_step::Props { route, phase: assessment.calendar, params: p, mode }) }
            </section>
            <h2 class="dee-h2 dee-no-print">{ rich(&t("result.details_heading")) }</h2>
            <div class="dee-cards dee-no-print">
                { for first.iter().copied().map(&card) }
                if not_met {
                    <p class="dee-glance__if">{ rich(&t("result.if_met")) }</p>
                }
                { for rest.iter().copied().map(&card) }
            </div>
            if not_met {
                <p class="dee-notice dee-no-print">{ rich(&t("result.not_met_note")) }</p>
            }
            // Two columns on paper (`display: contents` on screen).
            <div class="dee-print-cols">
                <div class="dee-print-col">
                    { cost_table(&costs::Props { costs: Rc::new(assessment.costs.clone()), route, mode }) }
                    if let (true, Some(d)) = (has_blocs, &assessment.dispenses) {
                        { dispenses_section(&dispenses::Props { dispenses: Rc::new(d.clone()) }) }
                    }
                </div>
                <div class="dee-print-col">
                    { calendar_section(&calendar::Props { route, phase: assessment.calendar, today: props.today, params: p }) }
                </div>
            </div>
            <section class="dee-section dee-no-print" aria-labelledby="dee-documents-title" data-section="documents">
                <h2 class="dee-h2" id="dee-documents-title">{ rich(&t("result.documents_heading")) }</h2>
                {
                    match route {
                        Route::Site => html! {
                            <>
                                <p>{ rich(&t("documents.lead")) }</p>
                                <ul class="dee-list">{ for list("documents.items").iter().map(|d| html! { <li>{ rich(d) }</li> }) }</ul>
                                <p>{ rich(&t("documents.payment")) }</p>
                            </>
                        },
                        Route::Parcoursup => html! { <p>{ rich(&t("documents.parcoursup")) }</p> },
                        Route::Contact => html! { <p>{ rich(&t("documents.contact")) }</p> },
                    }
                }
                <p>{ rich(&t("documents.rules")) }</p>
                { citation(docs.source, docs.section) }
            </section>
            <div class="dee-print-cols">
            <div class="dee-print-col">
            <section class="dee-section" aria-labelledby="dee-answers-title" data-section="answers">
                <h2 class="dee-h2" id="dee-answers-title">{ rich(&t("result.answers_heading")) }</h2>
                { summary_list(&summary_list::Props { answers: props.answers, change_hrefs: None, on_change: None, params: p }) }
                <p class="dee-no-print">
                    <a class="dee-link" href={props.check_href.clone()} onclick={
                        let on_back = props.on_back.clone();
                        Callback::from(move |e: MouseEvent| {
                            if browser::take_over_click(&e) {
                                on_back.emit(());
                            }
                        })
                    }>{ rich(&t("result.edit_answers")) }</a>
                </p>
            </section>
            </div>
            <div class="dee-print-col">
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
            <div class="dee-print-only dee-print-footer">
                <div class="dee-qr" key={href.clone()} data-qr={href.clone()} role="img" aria-label={t("result.qr_label")}></div>
                <div>
                    <p>{ rich(&tv("result.printed_on", &[("today", &content::date(props.today))])) }</p>
                    <p>{ tv("result.link_line", &[("url", &href)]) }</p>
                </div>
            </div>
            <p class="dee-small">{ rich(&t("result.disclaimer")) }</p>
            <p class="dee-small" data-version={env!("CARGO_PKG_VERSION")}>{ t("result.version") }</p>
            </div>
            </div>
        </div>
    }
}
