//! What the candidate will pay in their case. When the Région's funding is
//! to confirm, both cases are shown: the initial-training costs if it funds,
//! the continuing-education cost otherwise. For everyone, what the page asks
//! to plan for: personal resources for the whole training.

use crate::components::outcome_card::citation;
use crate::components::{rich, say};
use crate::content::{keys, Cited, Text, Tr, FACTS};
use crate::link::Mode;
use crate::rules::{Cost, Route};
use std::rc::Rc;
use yew::prelude::*;

#[derive(PartialEq)]
pub struct Props {
    pub costs: Rc<Vec<Cost>>,
    /// The continuing-education lines, when the Région's funding is to
    /// confirm (empty otherwise).
    pub otherwise: Rc<Vec<Cost>>,
    /// The registration route: the admission fee is paid as its procedure says.
    pub route: Route,
    /// Inside a partner's page, outside links open a new tab.
    pub mode: Mode,
    pub tr: Tr,
}

/// One line of the table: what, a note, how much.
fn cost_row(props: &Props, c: Cost) -> Html {
    let tr = &props.tr;
    let new_tab = props.mode == Mode::Embed;
    let note = match c {
        Cost::AdmissionFee => keys::cost_note_for_route(c, props.route),
        c => keys::cost_note(c),
    };
    html! {
        <tr data-cost={c.id()}>
            <th scope="row">
                { say(tr, keys::cost_label(c)) }
                <span class="dee-table__note">
                    { rich(tr, &tr.t_opt(note)) }
                    if c == Cost::Cvec {
                        { " " }<a class="dee-link" href={FACTS.links.cvec.as_ref()}
                            target={new_tab.then_some("_blank")} rel={new_tab.then_some("noopener")}>{ FACTS.links.cvec.as_ref() }</a>
                    }
                </span>
            </th>
            <td class="dee-table__amount">{ say(tr, keys::cost_amount(c)) }</td>
        </tr>
    }
}

/// A group of lines under its heading (one case of the funding).
fn branch(props: &Props, id: &'static str, heading: Text, lines: &[Cost]) -> Html {
    let tr = &props.tr;
    html! {
        <tbody data-cost-branch={id}>
            <tr class="dee-table__group">
                <th scope="rowgroup" colspan="2">{ say(tr, heading) }</th>
            </tr>
            { for lines.iter().map(|c| cost_row(props, *c)) }
        </tbody>
    }
}

/// A plain function rather than a component: it keeps no state, and each
/// component type costs the wasm its own copy of Yew's lifecycle and
/// hydration code (about 0.7 KB gzip).
pub fn cost_table(props: &Props) -> Html {
    let tr = &props.tr;
    let both = !props.otherwise.is_empty();
    // The admission fee comes first and is the same in both cases.
    let (common, region) = props
        .costs
        .split_at(usize::from(both && !props.costs.is_empty()));
    let resources = tr.cited(Cited::Resources, tr.t(Text::ResourcesText));
    html! {
        <section class="dee-section" aria-labelledby="dee-costs-title" data-section="costs"
            data-cost-branches={both.then_some("true")}>
            <h2 class="dee-h2" id="dee-costs-title">{ say(tr, Text::ResultCostsHeading) }</h2>
            // On paper the two groups' headings say it, and the page stays one sheet.
            if both {
                <p class="dee-notice dee-notice--attention dee-notice--compact dee-no-print">{ say(tr, Text::ResultCostsBoth) }</p>
            }
            <div class="dee-table-wrap">
                <table class="dee-table">
                    <thead>
                        <tr>
                            <th scope="col">{ say(tr, Text::ResultCostColItem) }</th>
                            <th scope="col" class="dee-table__amount">{ say(tr, Text::ResultCostColAmount) }</th>
                        </tr>
                    </thead>
                    if both {
                        <tbody>{ for common.iter().map(|c| cost_row(props, *c)) }</tbody>
                        { branch(props, "region", Text::ResultCostsIfRegion, region) }
                        { branch(props, "continuing", Text::ResultCostsOtherwise, &props.otherwise) }
                    } else {
                        <tbody>{ for props.costs.iter().map(|c| cost_row(props, *c)) }</tbody>
                    }
                </table>
            </div>
            // On screen only: the printout must stay one sheet (issue 23's
            // print rework decides what paper carries).
            <div class="dee-costs__resources dee-no-print" data-resources="true">
                <p>{ rich(tr, &resources.text) }</p>
                { citation(tr, resources.source, resources.section) }
            </div>
        </section>
    }
}
