//! "Tous les cas" (presentation mode): every situation with its route,
//! interview and funding, generated from the rules; each cell opens that
//! case's result page.

use crate::components::{
    back_link::{self, back_link},
    rich,
};
use crate::content::{self, t, tv};
use crate::dom_ids::HEADING_ID;
use crate::flow::Screen;
use crate::link::{Link, Settings};
use crate::overview::{self, Variant};
use crate::rules::{Answers, OutcomeKind};
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
    let rows = use_memo(props.today, |today| {
        overview::rows(&content::params(*today))
    });
    let href = |a: &Answers| Link::new(*a, Screen::Result, props.settings.clone()).to_query();
    let cell = |kind: OutcomeKind, value: &'static str, a: &Answers| {
        html! {
            <td data-outcome={kind.id()} data-value={value}>
                <a class="dee-link" href={href(a)}>{ rich(&t(&format!("overview.value.{kind}.{value}"))) }</a>
            </td>
        }
    };
    html! {
        <div class="dee-overview">
            { back_link(&back_link::Props { href: props.back_href.clone(), on_back: props.on_back.clone() }) }
            <h1 id={HEADING_ID} tabindex="-1" class="dee-h1">{ t("overview.heading") }</h1>
            <p>{ rich(&t("overview.lead")) }</p>
            <div class="dee-table-wrap">
                <table class="dee-table dee-overview__table">
                    <caption class="dee-visually-hidden">{ t("overview.heading") }</caption>
                    <thead>
                        <tr>
                            <th scope="col">{ t("overview.col.situation") }</th>
                            <th scope="col">{ t("overview.col.route") }</th>
                            <th scope="col">{ t("overview.col.interview") }</th>
                            <th scope="col">{ t("overview.col.funding") }</th>
                            <th scope="col">{ t("overview.col.funding_ft") }</th>
                        </tr>
                    </thead>
                    <tbody>
                        { for rows.iter().map(|r| {
                            let label = t(&format!("question.situation.option.{}", r.situation));
                            let detail = match r.variant {
                                Variant::None => None,
                                Variant::Hours(h) => Some(content::hours(h)),
                                Variant::Interrupted(i) => Some(t(&format!("overview.interrupted.{i}"))),
                                Variant::Public(status, h) => {
                                    let status = t(&format!("question.statut_public.option.{status}"));
                                    Some(match h {
                                        Some(h) => format!("{status}, {}", content::hours(h)),
                                        None => status,
                                    })
                                }
                            };
                            html! {
                                <tr data-situation={r.situation.id()}>
                                    <th scope="row">
                                        { rich(&label) }
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
            <p class="dee-small">{ tv("overview.note", &[]) }</p>
        </div>
    }
}
