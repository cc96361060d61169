//! The result page. At the top, what a candidate takes in at a glance on a
//! phone: the four conclusions in a line each with their certainty, and the
//! next step with its button (a prerequisite not met comes first, with what
//! can be done about it). Then the detailed cards (why, source, what would
//! change it), costs, blocs, calendar, how to apply, the answers, and
//! print / copy / restart. The print view keeps the glance (with a one-line
//! reason each), costs, dates, answers, the link and its QR code: one page.

use crate::browser;
use crate::components::{
    back_link::{self, back_link},
    calendar::{self, calendar_section},
    costs::{self, cost_table},
    dispenses::{self, dispenses_section},
    next_step::{self, next_step},
    outcome_card::{self, citation, outcome_card, sources_line},
    summary_list::{self, summary_list},
    training::training_section,
};
use crate::components::{rich, say, use_tr};
use crate::content::{self, keys, Cited, List, Text, Tr};
use crate::dom_ids::HEADING_ID;
use crate::flow::Screen;
use crate::link::{Link, Mode, Settings};
use crate::rules::{self, Answers, Date, Interview, OutcomeKind, OutcomeView, Prerequisite, Route};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub answers: Answers,
    pub today: Date,
    pub check_href: AttrValue,
    /// The intake a link or an earlier answer named can no longer be joined.
    #[prop_or_default]
    pub intake_gone: bool,
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
    let tr = use_tr(props.today);
    let tr = &tr;
    // What the printout (and its QR code) links to: the answers and the
    // language, never how this screen is shown (mode, colour, kiosk delay):
    // a candidate's phone opens the standard view.
    let printed_href = browser::address_with(
        &Link::new(
            props.answers,
            Screen::Result,
            Rc::new(Settings::printed(tr.lang)),
        )
        .to_query(),
    );
    // The print view's QR code: its generator is fetched now, off the first
    // screen, so that the browser's own print command finds it ready.
    use_effect_with(printed_href.clone(), |_| browser::fill_qr_codes());
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
        let why = reasons.first().map(|r| tr.reason(*r));
        html! {
            <li class="dee-glance__item" data-summary={kind.id()} data-certainty={certainty.id()}>
                <span class="dee-glance__k">{ say(tr, keys::glance_title(*kind)) }</span>
                <span class="dee-glance__v">
                    { rich(tr, &tr.glance(*value, *certainty)) }
                    if !certainty.is_sure() {
                        { " " }<span class="dee-tag">{ say(tr, Text::ResultTagToConfirm) }</span>
                    }
                </span>
                if let Some(why) = why {
                    <div class="dee-glance__why dee-print-only">
                        <p>{ rich(tr, &why.text) }</p>
                        { citation(tr, why.source, why.section) }
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
            .filter(|c| c.kind() == *kind)
            .copied()
            .collect();
        outcome_card(&outcome_card::Props {
            kind: *kind,
            value: *value,
            reasons: Rc::new(reasons.to_vec()),
            certainty: *certainty,
            changes: Rc::new(mine),
            tr: *tr,
        })
    };
    let exempt = assessment
        .interview
        .as_ref()
        .is_some_and(|o| o.value == Interview::Exempt);
    let has_blocs = assessment.dispenses.as_ref().is_some_and(|d| {
        !(d.validated.is_empty() && d.maybe_common.is_empty() && d.interview_only.is_empty())
    });

    html! {
        <div class="dee-result" data-intake={assessment.intake_year.to_string()}
            data-provisional={assessment.provisional.then_some("true")}>
            { back_link(&back_link::Props { href: props.check_href.clone(), on_back: props.on_back.clone(), tr: *tr }) }
            <h1 id={HEADING_ID} tabindex="-1" class="dee-h1">{ say(tr, Text::ResultHeading) }</h1>
            <p class="dee-lead">{ say(tr, Text::ResultLead) }</p>
            if assessment.provisional {
                <p class="dee-notice dee-notice--attention dee-notice--compact" data-provisional-notice="true">{ say(tr, Text::ResultProvisional) }</p>
            }
            if props.intake_gone {
                <p class="dee-notice dee-notice--attention dee-notice--compact" data-intake-gone="true">{ say(tr, Text::ResultIntakeGone) }</p>
            }
            <section class="dee-glance" aria-labelledby="dee-glance-title">
                <h2 class="dee-visually-hidden" id="dee-glance-title">{ say(tr, Text::ResultGlanceHeading) }</h2>
                if not_met {
                    <div class="dee-notice dee-notice--attention dee-notice--compact" data-not-met="true">
                        <p><strong>{ say(tr, Text::ResultNotMetLead) }</strong></p>
                        <p class="dee-no-print">{ say(tr, Text::ResultNotMetCan) }</p>
                    </div>
                    <ul class="dee-glance__list">{ for first.iter().copied().map(&glance_line) }</ul>
                    <p class="dee-glance__if">{ say(tr, Text::ResultIfMet) }</p>
                }
                <ul class="dee-glance__list">{ for rest.iter().copied().map(&glance_line) }</ul>
                { next_step(&next_step::Props { route, phase: assessment.calendar, tr: *tr, mode }) }
            </section>
            <h2 class="dee-h2 dee-no-print">{ say(tr, Text::ResultDetailsHeading) }</h2>
            <div class="dee-cards dee-no-print">
                { for first.iter().copied().map(&card) }
                if not_met {
                    <p class="dee-glance__if">{ say(tr, Text::ResultIfMet) }</p>
                }
                { for rest.iter().copied().map(&card) }
            </div>
            if not_met {
                <p class="dee-notice dee-no-print">{ say(tr, Text::ResultNotMetNote) }</p>
            }
            { training_section(tr) }
            // Two balanced columns on paper (a plain block on screen).
            <div class="dee-print-flow">
                { cost_table(&costs::Props {
                    costs: Rc::new(assessment.costs.clone()),
                    otherwise: Rc::new(assessment.costs_otherwise.clone()),
                    route,
                    mode,
                    tr: *tr,
                }) }
                if let (true, Some(d)) = (has_blocs, &assessment.dispenses) {
                    { dispenses_section(&dispenses::Props { dispenses: Rc::new(d.clone()), tr: *tr }) }
                }
                { calendar_section(&calendar::Props { route, phase: assessment.calendar, today: props.today, tr: *tr }) }
                { documents_section(tr, route, exempt) }
            <section class="dee-section" aria-labelledby="dee-answers-title" data-section="answers">
                <h2 class="dee-h2" id="dee-answers-title">{ say(tr, Text::ResultAnswersHeading) }</h2>
                { summary_list(&summary_list::Props { answers: props.answers, change_hrefs: None, on_change: None, tr: *tr }) }
                <p class="dee-no-print">
                    <a class="dee-link" href={props.check_href.clone()} onclick={
                        let on_back = props.on_back.clone();
                        Callback::from(move |e: MouseEvent| {
                            if browser::take_over_click(&e) {
                                on_back.emit(());
                            }
                        })
                    }>{ say(tr, Text::ResultEditAnswers) }</a>
                </p>
            </section>
            <div class="dee-actions dee-no-print">
                <button type="button" class="dee-button dee-button--secondary" onclick={on_print}>{ say(tr, Text::ResultPrint) }</button>
                <button type="button" class="dee-button dee-button--secondary" onclick={on_copy}>{ say(tr, Text::ResultCopy) }</button>
                <button type="button" class="dee-button dee-button--secondary" onclick={props.on_restart.reform(|_: MouseEvent| ())}>{ say(tr, Text::NavRestart) }</button>
            </div>
            <div class="dee-no-print" role="status">
                if *copied == Copied::Done {
                    <p class="dee-notice">{ say(tr, Text::ResultCopied) }</p>
                } else if *copied == Copied::Failed {
                    <div class="dee-notice">
                        <p>{ say(tr, Text::ResultCopyFailed) }</p>
                        <label class="dee-label" for="dee-link-field">{ say(tr, Text::ResultLinkLabel) }</label>
                        <input class="dee-input" id="dee-link-field" type="text" readonly=true value={href.clone()} />
                    </div>
                }
            </div>
            <div class="dee-print-only dee-print-footer">
                <div class="dee-qr" key={printed_href.clone()} data-qr={printed_href.clone()} role="img" aria-label={tr.t(Text::ResultQrLabel)}></div>
                <div>
                    <p>{ rich(tr, &tr.result_printed_on(&tr.date(props.today))) }</p>
                    <p>{ tr.result_link_line(&printed_href) }</p>
                </div>
            </div>
            { sources_line(tr) }
            <p class="dee-small">{ say(tr, Text::ResultDisclaimer) }</p>
            <p class="dee-small" data-version={env!("CARGO_PKG_VERSION")}>{ tr.t(Text::ResultVersion) }</p>
            </div>
        </div>
    }
}

/// How to apply on the route, printed too: the to-do list the person takes
/// home (the page's documents to upload, for the institute's site).
fn documents_section(tr: &Tr, route: Route, exempt: bool) -> Html {
    let docs = tr.cited(Cited::Documents, String::new());
    html! {
        <section class="dee-section" aria-labelledby="dee-documents-title" data-section="documents">
            <h2 class="dee-h2" id="dee-documents-title">{ say(tr, Text::ResultDocumentsHeading) }</h2>
            {
                match route {
                    Route::Site => html! {
                        <>
                            <p>{ say(tr, Text::DocumentsLead) }</p>
                            <ul class="dee-list">{ for tr.list(List::DocumentsItems).iter().map(|d| html! { <li>{ rich(tr, d) }</li> }) }</ul>
                            // Said on paper by the costs' admission fee line. The fee
                            // pays for the oral: whether one exempt from it pays is to confirm.
                            <p class="dee-no-print">{ say(tr, if exempt { Text::DocumentsPaymentExempt } else { Text::DocumentsPayment }) }</p>
                        </>
                    },
                    Route::Parcoursup => html! { <p>{ say(tr, Text::DocumentsParcoursup) }</p> },
                    Route::Contact => html! { <p>{ say(tr, Text::DocumentsContact) }</p> },
                }
            }
            <p class="dee-no-print">{ say(tr, Text::DocumentsRules) }</p>
            { citation(tr, docs.source, docs.section) }
        </section>
    }
}
