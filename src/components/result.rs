//! The result page. At the top, what a candidate takes in at a glance on a
//! phone: the four conclusions in a line each with their certainty, and the
//! next step with its button (a prerequisite not met comes first, with what
//! can be done about it). Then the detailed cards (why, source, what would
//! change it), costs, blocs, calendar, how to apply, the answers, and
//! print / copy / restart. The print view keeps the glance (with a one-line
//! reason each), costs, dates, answers, the link and its QR code: one page.
//!
//! The top and the glance are rendered first, the cards in the next task,
//! the costs, dispenses and calendar in the one after, and the rest last
//! ([`use_stage`]): tasks under 50 ms on a slow phone, so the
//! page answers sooner on a slow phone. Each part only adds below what is
//! shown (the glance's printed reasons are hidden on screen), and `main` is
//! at least a screen high, so nothing the reader sees moves. Printing
//! draws everything at once.

use crate::agenda;
use crate::browser;
use crate::components::{
    back_link::back_link,
    calendar::calendar_section,
    costs::cost_table,
    dispenses::dispenses_section,
    next_step::next_step,
    outcome_card::{citation, outcome_card, sources_line},
    summary_list::summary_list,
    training::training_section,
};
use crate::components::{rich, say};
use crate::content::{keys, Cited, List, Text, Tr};
use crate::dom_ids::HEADING_ID;
use crate::flow::Screen;
use crate::link::{Link, Mode, Settings};
use crate::rules::{
    self, Answers, Assessment, Certainty, Interview, OutcomeKind, OutcomeView, Prerequisite, Route,
};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub tr: Tr,
    /// Inside a partner's page, outside links open a new tab.
    pub mode: Mode,
    pub answers: Answers,
    pub check_href: AttrValue,
    /// The intake a link or an earlier answer named can no longer be joined.
    #[prop_or_default]
    pub intake_gone: bool,
    pub on_back: Callback<()>,
    pub on_restart: Callback<()>,
}

/// What the share (or copy) and calendar buttons last did.
#[derive(Clone, Copy, PartialEq)]
enum Copied {
    Not,
    Done,
    Failed,
    /// The calendar file was saved.
    Agenda,
}

/// How much of the page is drawn.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Stage {
    /// The top and the glance.
    Glance,
    /// And the cards.
    Cards,
    /// And the costs, the dispenses and the calendar.
    Details,
    /// Everything.
    All,
}

/// The stage drawn: the glance on the first render, one more part in each
/// task after it, everything as soon as the page is about to be printed.
#[hook]
fn use_stage() -> Stage {
    let stage = use_state_eq(|| Stage::Glance);
    let now = *stage;
    use_effect_with(now, move |now| {
        let next = match now {
            Stage::Glance => Some(Stage::Cards),
            Stage::Cards => Some(Stage::Details),
            Stage::Details => Some(Stage::All),
            Stage::All => None,
        };
        let all = stage.clone();
        let print = browser::on_print(move || all.set(Stage::All));
        let task = next.map(|n| browser::next_task(move || stage.set(n)));
        move || drop((print, task))
    });
    now
}

#[component]
pub fn ResultScreen(props: &Props) -> Html {
    let tr = &props.tr;
    let stage = use_stage();
    let assessment = use_memo((props.answers, tr.params), |(a, p)| rules::assess(a, p));
    // What would change each conclusion: for the cards, under the glance.
    let changes = use_memo(
        (props.answers, tr.params, stage > Stage::Glance),
        |(a, p, cards)| cards.then(|| rules::changes(a, p)).unwrap_or_default(),
    );
    let copied = use_state(|| Copied::Not);
    // What the printout (and its QR code) links to: the answers and the
    // language, never how this screen is shown (mode, colour, kiosk delay):
    // a candidate's phone opens the standard view.
    let settings = Rc::new(Settings::printed(tr.lang));
    let printed_href =
        browser::address_with(&Link::new(props.answers, Screen::Result, settings).to_query());
    // The print view's QR code: its generator is fetched once the code's
    // place is there, off the first screen, so that the browser's own print
    // command finds it ready.
    use_effect_with((printed_href.clone(), stage), |(_, stage)| {
        let task = (*stage == Stage::All).then(|| browser::next_task(browser::fill_qr_codes));
        move || drop(task)
    });
    let outcomes = Outcomes::of(&assessment);
    html! {
        <div class="dee-result" data-intake={assessment.intake_year.to_string()}
            data-provisional={assessment.provisional.then_some("true")}>
            { back_link(tr, props.check_href.clone(), props.on_back.clone()) }
            <h1 id={HEADING_ID} tabindex="-1" class="dee-h1">{ say(tr, Text::ResultHeading) }</h1>
            <p class="dee-lead">{ say(tr, Text::ResultLead) }</p>
            if assessment.provisional {
                <p class="dee-notice dee-notice--attention dee-notice--compact" data-provisional-notice="true">{ say(tr, Text::ResultProvisional) }</p>
            }
            if props.intake_gone {
                <p class="dee-notice dee-notice--attention dee-notice--compact" data-intake-gone="true">{ say(tr, Text::ResultIntakeGone) }</p>
            }
            { glance(tr, &outcomes, &assessment, props.mode, stage == Stage::All) }
            if stage > Stage::Glance {
                { cards(tr, &outcomes, &changes) }
                { training_section(tr) }
            }
            if stage >= Stage::Details {
                { print_flow(props, &assessment, &copied, &printed_href, stage == Stage::All) }
            }
        </div>
    }
}

/// The conclusions in the order shown: a prerequisite not met first
/// (`first`), then the others.
struct Outcomes<'a> {
    not_met: bool,
    first: Vec<OutcomeView<'a>>,
    rest: Vec<OutcomeView<'a>>,
}

impl<'a> Outcomes<'a> {
    fn of(assessment: &'a Assessment) -> Outcomes<'a> {
        let not_met = assessment
            .prerequisite
            .as_ref()
            .is_some_and(|o| o.value == Prerequisite::NotMet);
        let (first, rest) = assessment
            .outcomes()
            .into_iter()
            .partition(|(kind, ..)| not_met && *kind == OutcomeKind::Prerequisite);
        Outcomes {
            not_met,
            first,
            rest,
        }
    }
}

fn route(assessment: &Assessment) -> Route {
    assessment
        .route
        .as_ref()
        .map(|o| o.value)
        .unwrap_or(Route::Contact)
}

/// One line per conclusion: what it is, how sure, and (printed, once
/// everything is drawn) why.
fn glance_line(tr: &Tr, (kind, value, reasons, certainty): &OutcomeView, why: bool) -> Html {
    let why = reasons.first().filter(|_| why).map(|r| tr.reason(*r));
    html! {
        <li class="dee-glance__item" data-summary={kind.id()} data-certainty={certainty.id()}>
            <span class="dee-glance__k">{ say(tr, keys::kind(*kind).glance_title) }</span>
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
                    // On paper as on screen: why it is to confirm, and what to ask.
                    if let Certainty::ToConfirm(c) = certainty {
                        <p class="dee-glance__confirm">
                            <strong>{ say(tr, Text::ResultToConfirm) }</strong>{ " " }{ rich(tr, &tr.confirm(*c)) }
                        </p>
                    }
                </div>
            }
        </li>
    }
}

/// The glance: the conclusions in a line each, and the next step.
fn glance(tr: &Tr, o: &Outcomes, assessment: &Assessment, mode: Mode, why: bool) -> Html {
    let lines = |list: &[OutcomeView]| {
        html! {
            <ul class="dee-glance__list">{ for list.iter().map(|v| glance_line(tr, v, why)) }</ul>
        }
    };
    html! {
        <section class="dee-glance" aria-labelledby="dee-glance-title">
            <h2 class="dee-visually-hidden" id="dee-glance-title">{ say(tr, Text::ResultGlanceHeading) }</h2>
            if o.not_met {
                <div class="dee-notice dee-notice--attention dee-notice--compact" data-not-met="true">
                    <p><strong>{ say(tr, Text::ResultNotMetLead) }</strong></p>
                    <p class="dee-no-print">{ say(tr, Text::ResultNotMetCan) }</p>
                </div>
                { lines(&o.first) }
                <p class="dee-glance__if">{ say(tr, Text::ResultIfMet) }</p>
            }
            { lines(&o.rest) }
            { next_step(tr, route(assessment), assessment.calendar, mode) }
        </section>
    }
}

/// The rest of the page, in two balanced columns on paper (a plain block
/// on screen): the costs, dispenses and calendar, and then (`all`) the
/// documents, the answers, the actions and the footer.
fn print_flow(
    props: &Props,
    assessment: &Assessment,
    copied: &UseStateHandle<Copied>,
    printed_href: &str,
    all: bool,
) -> Html {
    let tr = &props.tr;
    let route = route(assessment);
    let exempt = assessment
        .interview
        .as_ref()
        .is_some_and(|o| o.value == Interview::Exempt);
    let dispenses = assessment.dispenses.as_ref().filter(|d| !d.is_empty());
    html! {
        <div class="dee-print-flow">
            { cost_table(tr, &assessment.costs, &assessment.costs_otherwise, route, props.mode) }
            { for dispenses.map(|d| dispenses_section(tr, d)) }
            { calendar_section(tr, route, assessment.calendar) }
            if all {
                { documents_section(tr, route, exempt) }
                { answers_section(tr, &props.answers, &props.check_href, &props.on_back) }
                { actions(tr, &props.on_restart, copied, printed_href, route) }
                { print_footer(tr, printed_href) }
                { sources_line(tr) }
                <p class="dee-small">{ say(tr, Text::ResultDisclaimer) }</p>
                <p class="dee-small" data-version={env!("CARGO_PKG_VERSION")}>{ tr.t(Text::ResultVersion) }</p>
            }
        </div>
    }
}

/// The detailed cards, each with the changes that concern it.
fn cards(tr: &Tr, o: &Outcomes, changes: &[rules::Change]) -> Html {
    let card = |v: &OutcomeView| {
        let mine: Vec<_> = changes.iter().filter(|c| c.kind() == v.0).collect();
        outcome_card(tr, v, &mine)
    };
    html! {
        <>
            <h2 class="dee-h2 dee-no-print">{ say(tr, Text::ResultDetailsHeading) }</h2>
            <div class="dee-cards dee-no-print">
                { for o.first.iter().map(card) }
                if o.not_met {
                    <p class="dee-glance__if">{ say(tr, Text::ResultIfMet) }</p>
                }
                { for o.rest.iter().map(card) }
            </div>
            if o.not_met {
                <p class="dee-notice dee-no-print">{ say(tr, Text::ResultNotMetNote) }</p>
            }
        </>
    }
}

/// The answers given, and the link to change them.
fn answers_section(
    tr: &Tr,
    answers: &Answers,
    check_href: &AttrValue,
    on_back: &Callback<()>,
) -> Html {
    let on_back = on_back.clone();
    let onclick = Callback::from(move |e: MouseEvent| {
        if browser::take_over_click(&e) {
            on_back.emit(());
        }
    });
    html! {
        <section class="dee-section" aria-labelledby="dee-answers-title" data-section="answers">
            <h2 class="dee-h2" id="dee-answers-title">{ say(tr, Text::ResultAnswersHeading) }</h2>
            { summary_list(tr, answers, None) }
            <p class="dee-no-print">
                <a class="dee-link" href={check_href.clone()} {onclick}>{ say(tr, Text::ResultEditAnswers) }</a>
            </p>
        </section>
    }
}

/// Print, share (or copy) the link, restart; and what the copy did. The
/// link shared or copied is the printed one (the answers and the language,
/// as the QR code): it opens the standard view, whatever the mode here.
fn actions(
    tr: &Tr,
    on_restart: &Callback<()>,
    copied: &UseStateHandle<Copied>,
    printed_href: &str,
    route: Route,
) -> Html {
    let href = printed_href.to_string();
    let on_print = Callback::from(|_: MouseEvent| browser::print());
    // A phone's share sheet where there is one, else the clipboard (and
    // the clipboard too if the sheet cannot open).
    let share = browser::can_share();
    let on_copy = {
        let (copied, href, title) = (copied.clone(), href.clone(), tr.t(Text::ResultShareTitle));
        Callback::from(move |_: MouseEvent| {
            let (copied, link) = (copied.clone(), href.clone());
            let copy = move || {
                browser::copy(link, move |ok| {
                    copied.set(if ok { Copied::Done } else { Copied::Failed })
                })
            };
            match share {
                true => browser::share(&href, &title, move |ok| {
                    if !ok {
                        copy()
                    }
                }),
                false => copy(),
            }
        })
    };
    let share_label = if share {
        Text::ResultShare
    } else {
        Text::ResultCopy
    };
    html! {
        <>
            <div class="dee-actions dee-no-print">
                <button type="button" class="dee-button dee-button--secondary" onclick={on_print}>{ say(tr, Text::ResultPrint) }</button>
                <button type="button" class="dee-button dee-button--secondary" data-action="share" onclick={on_copy}>{ say(tr, share_label) }</button>
                { agenda_button(tr, route, copied, printed_href) }
                <button type="button" class="dee-button dee-button--secondary" onclick={on_restart.reform(|_: MouseEvent| ())}>{ say(tr, Text::NavRestart) }</button>
            </div>
            <div class="dee-no-print" role="status">
                if **copied == Copied::Done {
                    <p class="dee-notice">{ say(tr, Text::ResultCopied) }</p>
                } else if **copied == Copied::Agenda {
                    <p class="dee-notice">{ say(tr, Text::ResultCalendarDone) }</p>
                } else if **copied == Copied::Failed {
                    <div class="dee-notice">
                        <p>{ say(tr, Text::ResultCopyFailed) }</p>
                        <label class="dee-label" for="dee-link-field">{ say(tr, Text::ResultLinkLabel) }</label>
                        <input class="dee-input" id="dee-link-field" type="text" readonly=true value={href} />
                    </div>
                }
            </div>
        </>
    }
}

/// "Ajouter à mon agenda": the person's dated steps as a calendar file
/// (see [`crate::agenda`]), written by its own small wasm
/// ([`browser::agenda`]), said done in the actions' status.
fn agenda_button(tr: &Tr, route: Route, done: &UseStateHandle<Copied>, link: &str) -> Html {
    let (tr_, done, link) = (*tr, done.clone(), link.to_string());
    let onclick = Callback::from(move |_: MouseEvent| {
        browser::agenda(agenda::request(&tr_, route, &link));
        done.set(Copied::Agenda);
    });
    html! {
        <button type="button" class="dee-button dee-button--secondary" data-action="calendar" {onclick}>{ say(tr, Text::ResultCalendarAdd) }</button>
    }
}

/// On paper: the QR code and the link of this result, and the day printed.
fn print_footer(tr: &Tr, printed_href: &str) -> Html {
    html! {
        <div class="dee-print-only dee-print-footer">
            <div class="dee-qr" key={printed_href} data-qr={printed_href.to_string()} role="img" aria-label={tr.t(Text::ResultQrLabel)}></div>
            <div>
                <p>{ rich(tr, &tr.result_printed_on(&tr.date(tr.params.today))) }</p>
                <p>{ tr.result_link_line(printed_href) }</p>
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
            <p>{ say(tr, Text::DocumentsRules) }</p>
            { citation(tr, docs.source, docs.section) }
        </section>
    }
}
