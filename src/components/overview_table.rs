//! "Tous les cas" (presentation mode): every situation with its route,
//! interview and funding, generated from the rules; each cell opens that
//! case's result page.

use crate::components::{
    back_link::{self, back_link},
    rich, say, use_tr,
};
use crate::content::{keys, Text};
use crate::dom_ids::HEADING_ID;
use crate::flow::Screen;
use crate::link::{Link, Settings};
use crate::overview::{self, Variant};
use crate::rules::{Answers, OutcomeKind, Question};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub today: crate::rules::Date,
    /// The link's settings, kept in every cell's link (mode, lang…).
    pub settings: Rc<Settings>,
    pub back_href: AttrValue,
    pub on_back: Callback<()>,
}

#[component]
pub fn OverviewTable(props: &Props) -> Html {
    let tr = use_tr(props.today);
    let tr = &tr;
    let rows = use_memo(props.today, |today| {
        overview::rows(&crate::content::params(*today))
    });
    let href = |a: &Answers| Link::new(*a, Screen::Result, props.settings.clone()).to_query();
    let cell = |kind: OutcomeKind, value: &'static str, a: &Answers| {
        html! {
            <td data-outcome={kind.id()} data-value={value}>
                <a class="dee-link" href={href(a)}>{ rich(tr, &tr.t_opt(keys::overview_value(kind, value))) }</a>
            </td>
        }
    };
    html! {
        <div class="dee-overview">
            { back_link(&back_link::Props { href: props.back_href.clone(), on_back: props.on_back.clone(), tr: *tr }) }
            <h1 id={HEADING_ID} tabindex="-1" class="dee-h1">{ tr.t(Text::OverviewHeading) }</h1>
            <p>{ say(tr, Text::OverviewLead) }</p>
            <div class="dee-table-wrap">
                <table class="dee-table dee-overview__table">
                    <caption class="dee-visually-hidden">{ tr.t(Text::OverviewHeading) }</caption>
                    <thead>
                        <tr>
                            <th scope="col">{ tr.t(Text::OverviewColSituation) }</th>
                            <th scope="col">{ tr.t(Text::OverviewColRoute) }</th>
                            <th scope="col">{ tr.t(Text::OverviewColInterview) }</th>
                            <th scope="col">{ tr.t(Text::OverviewColFunding) }</th>
                            <th scope="col">{ tr.t(Text::OverviewColFundingFt) }</th>
                        </tr>
                    </thead>
                    <tbody>
                        { for rows.iter().map(|r| {
                            let label = tr.option(Question::Situation, r.situation.id());
                            let detail = match r.variant {
                                Variant::None => None,
                                Variant::Hours(h) => Some(tr.hours(h)),
                                Variant::Interrupted(i) => Some(tr.t_opt(keys::overview_interrupted(if i { "true" } else { "false" }))),
                                Variant::Public(status, h) => {
                                    let status = tr.option(Question::StatutPublic, status.id());
                                    Some(match h {
                                        Some(h) => format!("{status}, {}", tr.hours(h)),
                                        None => status,
                                    })
                                }
                            };
                            html! {
                                <tr data-situation={r.situation.id()}>
                                    <th scope="row">
                                        { rich(tr, &label) }
                                        if let Some(d) = detail {
                                            <span class="dee-table__note">{ d }</span>
                                        }
                                    </th>
                                    { cell(OutcomeKind::Route, r.route.id(), &r.answers) }
                                    { cell(OutcomeKind::Interview, r.interview.id(), &r.answers) }
                                    { cell(OutcomeKind::Funding, r.funding.id(), &r.answers) }
                                    { cell(OutcomeKind::Funding, r.funding_ft.id(), &r.answers_ft) }
                                </tr>
                            }
                        }) }
                    </tbody>
                </table>
            </div>
            <p class="dee-small">{ tr.t(Text::OverviewNote) }</p>
        </div>
    }
}
