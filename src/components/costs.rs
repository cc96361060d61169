//! What the candidate will pay in their case.

use crate::components::rich;
use crate::content::{self, t};
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
}

/// A plain function rather than a component: it keeps no state, and each
/// component type costs the wasm its own copy of Yew's lifecycle and
/// hydration code (about 0.7 KB gzip).
pub fn cost_table(props: &Props) -> Html {
    let new_tab = props.mode == Mode::Embed;
    html! {
        <section class="dee-section" aria-labelledby="dee-costs-title" data-section="costs">
            <h2 class="dee-h2" id="dee-costs-title">{ rich(&t("result.costs_heading")) }</h2>
            <div class="dee-table-wrap">
                <table class="dee-table">
                    <thead>
                        <tr>
                            <th scope="col">{ rich(&t("result.cost_col_item")) }</th>
                            <th scope="col" class="dee-table__amount">{ rich(&t("result.cost_col_amount")) }</th>
                        </tr>
                    </thead>
                    <tbody>
                        { for props.costs.iter().map(|c| html! {
                            <tr data-cost={c.id()}>
                                <th scope="row">
                                    { rich(&t(&format!("cost.{c}.label"))) }
                                    <span class="dee-table__note">
                                        { rich(&t(&match c {
                                            Cost::AdmissionFee => format!("cost.{c}.note_{}", props.route),
                                            c => format!("cost.{c}.note"),
                                        })) }
                                        if *c == Cost::Cvec {
                                            { " " }<a class="dee-link" href={content::FACTS.link_cvec}
                                                target={new_tab.then_some("_blank")} rel={new_tab.then_some("noopener")}>{ content::FACTS.link_cvec }</a>
                                        }
                                    </span>
                                </th>
                                <td class="dee-table__amount">{ rich(&t(&format!("cost.{c}.amount"))) }</td>
                            </tr>
                        }) }
                    </tbody>
                </table>
            </div>
        </section>
    }
}
