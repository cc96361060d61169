//! "Tous les cas" (presentation mode): every situation with its route,
//! interview and funding, generated from the rules for the baseline the
//! counsellor picks (`base`); each cell says how sure it is and opens that
//! case's result page. A column that is the same in every row is said once,
//! above the table, instead.

use crate::components::{back_link::back_link, rich, say};
use crate::content::{keys, Text, Tr};
use crate::dom_ids::HEADING_ID;
use crate::flow::Screen;
use crate::link::{Link, Settings};
use crate::overview::{self, Base, Row, Variant};
use crate::rules::{Answers, Certainty, OutcomeKind, Params, Question, Ranked, Verdict};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub tr: Tr,
    /// The rules' parameters for the visitor's day, before any answer.
    pub base: Params,
    /// The link's settings, kept in every cell's link (mode, lang, base…).
    pub settings: Rc<Settings>,
    pub back_href: AttrValue,
    pub on_back: Callback<()>,
    /// Another baseline chosen (the page stays, the focus too).
    pub on_base: Callback<Base>,
}

/// One column: its heading, and each row's value, certainty and link.
struct Column {
    kind: OutcomeKind,
    title: Text,
    cell: fn(&Row) -> (Verdict, Certainty, Answers),
}

const COLUMNS: [Column; 4] = [
    Column {
        kind: OutcomeKind::Route,
        title: Text::OverviewColRoute,
        cell: |r| (r.route.verdict(), r.certainty[0], r.answers),
    },
    Column {
        kind: OutcomeKind::Interview,
        title: Text::OverviewColInterview,
        cell: |r| (r.interview.verdict(), r.certainty[1], r.answers),
    },
    Column {
        kind: OutcomeKind::Funding,
        title: Text::OverviewColFunding,
        cell: |r| (r.funding.verdict(), r.certainty[2], r.answers),
    },
    Column {
        kind: OutcomeKind::Funding,
        title: Text::OverviewColFundingFt,
        cell: |r| (r.funding_ft.verdict(), r.certainty[3], r.answers_ft),
    },
];

/// Whether every row has the same value and certainty in column `c`.
fn constant(rows: &[Row], c: &Column) -> bool {
    let mut values = rows.iter().map(|r| {
        let (v, certainty, _) = (c.cell)(r);
        (v, certainty.id())
    });
    let first = values.next();
    values.all(|v| Some(v) == first)
}

/// A value's certainty: "à confirmer" in words, beside it (nothing when sure).
fn tag(tr: &Tr, c: Certainty) -> Html {
    html! {
        if !c.is_sure() {
            { " " }<span class="dee-tag dee-tag--cell">{ say(tr, Text::ResultTagToConfirm) }</span>
        }
    }
}

/// A value with its certainty.
fn value_with_certainty(tr: &Tr, value: Verdict, c: Certainty) -> Html {
    html! {
        <>
            { rich(tr, &tr.t_opt(keys::overview_value(value))) }
            { tag(tr, c) }
        </>
    }
}

/// The row's heading: the situation and what distinguishes it.
fn row_heading(tr: &Tr, r: &Row) -> Html {
    let label = tr.option(Question::Situation, r.situation.id());
    let detail = match r.variant {
        Variant::None => None,
        Variant::Hours(h) => Some(tr.hours(h)),
        Variant::Interrupted(i) => Some(tr.t(keys::overview_interrupted(i))),
        Variant::Public(status, h) => {
            let status = tr.option(Question::StatutPublic, status.id());
            Some(match h {
                Some(h) => format!("{status}, {}", tr.hours(h)),
                None => status,
            })
        }
    };
    html! {
        <th scope="row">
            { rich(tr, &label) }
            if let Some(d) = detail {
                <span class="dee-table__note">{ d }</span>
            }
        </th>
    }
}

/// The baseline control: one radio group, kept in the link as `base`.
fn base_choice(tr: &Tr, current: Base, on_base: &Callback<Base>) -> Html {
    html! {
        <fieldset class="dee-fieldset dee-overview__base" data-base={current.id()}>
            <legend class="dee-sublegend">{ say(tr, Text::OverviewBaseLegend) }</legend>
            <div class="dee-overview__bases">
                { for Base::ALL.into_iter().map(|b| {
                    let id = format!("dee-base-{}", b.id());
                    let onchange = on_base.reform(move |_: Event| b);
                    html! {
                        <div class="dee-radio">
                            <input class="dee-radio__input" type="radio" id={id.clone()} name="base"
                                value={b.id()} checked={b == current} {onchange} />
                            <label class="dee-radio__label" for={id}>{ say(tr, base_text(b)) }</label>
                        </div>
                    }
                }) }
            </div>
        </fieldset>
    }
}

fn base_text(b: Base) -> Text {
    match b {
        Base::BacRecent => Text::OverviewBaseBacRecent,
        Base::BacAncien => Text::OverviewBaseBacAncien,
        Base::Titre4 => Text::OverviewBaseTitre4,
    }
}

#[component]
pub fn OverviewTable(props: &Props) -> Html {
    let tr = &props.tr;
    let base = props.settings.base();
    let rows = use_memo((props.base, base), |(p, base)| overview::rows(p, *base));
    let href = |a: &Answers| Link::new(*a, Screen::Result, props.settings.clone()).to_query();
    let (same, shown): (Vec<&Column>, Vec<&Column>) =
        COLUMNS.iter().partition(|c| constant(&rows, c));
    let said_once = same.iter().filter_map(|c| {
        let (v, certainty, _) = (c.cell)(rows.first()?);
        Some(html! {
            <li data-outcome={c.kind.id()} data-value={v.id()} data-certainty={certainty.id()}>
                <strong>{ tr.t(c.title) }{ tr.raw(Text::OverviewColon) }</strong>
                { value_with_certainty(tr, v, certainty) }
            </li>
        })
    });
    html! {
        <div class="dee-overview">
            { back_link(tr, props.back_href.clone(), props.on_back.clone()) }
            <h1 id={HEADING_ID} tabindex="-1" class="dee-h1">{ tr.t(Text::OverviewHeading) }</h1>
            { base_choice(tr, base, &props.on_base) }
            <div class="dee-overview__same">
                if !same.is_empty() {
                    <p><strong>{ say(tr, Text::OverviewSameLead) }</strong></p>
                    <ul class="dee-overview__same-list">{ for said_once }</ul>
                }
                <p class="dee-overview__legend">
                    <span class="dee-tag dee-tag--cell">{ say(tr, Text::ResultTagToConfirm) }</span>{ " " }
                    { say(tr, Text::OverviewLegend) }
                </p>
            </div>
            <div class="dee-table-wrap dee-overview__wrap">
                <table class="dee-table dee-overview__table">
                    <caption class="dee-visually-hidden">{ tr.t(Text::OverviewHeading) }</caption>
                    <thead>
                        <tr>
                            <th scope="col">{ tr.t(Text::OverviewColSituation) }</th>
                            { for shown.iter().map(|c| html! { <th scope="col">{ tr.t(c.title) }</th> }) }
                        </tr>
                    </thead>
                    <tbody>
                        { for rows.iter().map(|r| html! {
                            <tr data-situation={r.situation.id()}>
                                { row_heading(tr, r) }
                                { for shown.iter().map(|c| {
                                    let (v, certainty, a) = (c.cell)(r);
                                    html! {
                                        <td data-outcome={c.kind.id()} data-value={v.id()} data-certainty={certainty.id()}>
                                            <a class="dee-link" href={href(&a)}>{ rich(tr, &tr.t_opt(keys::overview_value(v))) }</a>
                                            { tag(tr, certainty) }
                                        </td>
                                    }
                                }) }
                            </tr>
                        }) }
                    </tbody>
                </table>
            </div>
            <p>{ say(tr, Text::OverviewLead) }</p>
            <p class="dee-small">{ tr.t(Text::OverviewNote) }</p>
        </div>
    }
}
