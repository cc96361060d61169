//! What the candidate will pay in their case. When the Région's funding is
//! to confirm, both cases are shown: the initial-training costs if it funds,
//! the continuing-education cost otherwise. For everyone, what the page asks
//! to plan for: personal resources for the whole training.

use crate::components::outcome_card::citation;
use crate::components::{links, rich, say};
use crate::content::{keys, Cited, Text, Tr};
use crate::link::Mode;
use crate::rules::{Cost, Route};
use yew::prelude::*;

/// What the table's lines depend on besides the costs: the registration
/// route (the admission fee is paid as its procedure says), and the mode
/// (inside a partner's page, outside links open a new tab).
#[derive(Clone, Copy)]
struct Case {
    route: Route,
    mode: Mode,
}

/// One line of the table: what, a note, how much.
fn cost_row(tr: &Tr, case: Case, c: Cost) -> Html {
    let new_tab = case.mode == Mode::Embed;
    let cvec = links().cvec.as_ref();
    let note = keys::cost_note(c, case.route);
    html! {
        <tr data-cost={c.id()}>
            <th scope="row">
                { say(tr, keys::cost(c).label) }
                <span class="dee-table__note">
                    { rich(tr, &tr.t(note)) }
                    if c == Cost::Cvec {
                        { " " }<a class="dee-link" href={cvec}
                            target={new_tab.then_some("_blank")} rel={new_tab.then_some("noopener")}>{ cvec }</a>
                    }
                </span>
            </th>
            <td class="dee-table__amount">{ say(tr, keys::cost(c).amount) }</td>
        </tr>
    }
}

/// A group of lines under its heading (one case of the funding).
fn branch(tr: &Tr, case: Case, id: &'static str, heading: Text, lines: &[Cost]) -> Html {
    html! {
        <tbody data-cost-branch={id}>
            <tr class="dee-table__group">
                <th scope="rowgroup" colspan="2">{ say(tr, heading) }</th>
            </tr>
            { for lines.iter().map(|c| cost_row(tr, case, *c)) }
        </tbody>
    }
}

/// The section: `costs` in the person's case, and `otherwise` the
/// continuing-education lines when the Région's funding is to confirm
/// (empty otherwise).
pub fn cost_table(tr: &Tr, costs: &[Cost], otherwise: &[Cost], route: Route, mode: Mode) -> Html {
    let case = Case { route, mode };
    let both = !otherwise.is_empty();
    // The admission fee comes first and is the same in both cases.
    let (common, region) = costs.split_at(usize::from(both && !costs.is_empty()));
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
                        <tbody>{ for common.iter().map(|c| cost_row(tr, case, *c)) }</tbody>
                        { branch(tr, case, "region", Text::ResultCostsIfRegion, region) }
                        { branch(tr, case, "continuing", Text::ResultCostsOtherwise, otherwise) }
                    } else {
                        <tbody>{ for costs.iter().map(|c| cost_row(tr, case, *c)) }</tbody>
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
