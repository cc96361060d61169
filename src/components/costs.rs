//! What the candidate will pay in their case.

use crate::components::say;
use crate::content::{keys, Text, Tr, FACTS};
use crate::link::Mode;
use crate::rules::{Cost, Route};
use std::rc::Rc;
use yew::prelude::*;

#[derive(PartialEq)]
pub struct Props {
    pub costs: Rc<Vec<Cost>>,
    /// The registration route: the admission fee is paid as its procedure says.
    pub route: Route,
    /// Inside a partner's page, outside links open a new tab.
    pub mode: Mode,
    pub tr: Tr,
}

/// A plain function rather than a component: it keeps no state, and each
/// component type costs the wasm its own copy of Yew's lifecycle and
/// hydration code (about 0.7 KB gzip).
pub fn cost_table(props: &Props) -> Html {
    let new_tab = props.mode == Mode::Embed;
    let tr = &props.tr;
    html! {
        <section class="dee-section" aria-labelledby="dee-costs-title" data-section="costs">
            <h2 class="dee-h2" id="dee-costs-title">{ say(tr, Text::ResultCostsHeading) }</h2>
            <div class="dee-table-wrap">
                <table class="dee-table">
                    <thead>
                        <tr>
                            <th scope="col">{ say(tr, Text::ResultCostColItem) }</th>
                            <th scope="col" class="dee-table__amount">{ say(tr, Text::ResultCostColAmount) }</th>
                        </tr>
                    </thead>
                    <tbody>
                        { for props.costs.iter().map(|c| html! {
                            <tr data-cost={c.id()}>
                                <th scope="row">
                                    { say(tr, keys::cost_label(*c)) }
                                    <span class="dee-table__note">
                                        { crate::components::rich(tr, &tr.t_opt(match c {
                                            Cost::AdmissionFee => keys::cost_note_for_route(*c, props.route),
                                            c => keys::cost_note(*c),
                                        })) }
                                        if *c == Cost::Cvec {
                                            { " " }<a class="dee-link" href={FACTS.links.cvec.as_ref()}
                                                target={new_tab.then_some("_blank")} rel={new_tab.then_some("noopener")}>{ FACTS.links.cvec.as_ref() }</a>
                                        }
                                    </span>
                                </th>
                                <td class="dee-table__amount">{ say(tr, keys::cost_amount(*c)) }</td>
                            </tr>
                        }) }
                    </tbody>
                </table>
            </div>
        </section>
    }
}
