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
use crate::overview::{self, Base, Cells, Row, Variant};
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
    /// Another baseline or intake chosen (the page stays, the focus too).
    pub on_settings: Callback<Rc<Settings>>,
}

/// One column: its heading, and each row's value, certainty and link.
struct Column {
    kind: OutcomeKind,
    title: Text,
    cell: fn(&Cells) -> (Verdict, Certainty, Answers),
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

/// Whether every row that joins the intake has the same value and
/// certainty in column `c`.
fn constant(rows: &[&Cells], c: &Column) -> bool {
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

/// A value's cell (`[<kind>.<value>.overview]` of `verdicts.toml`): the
/// table has no column for the entry requirement.
fn cell_text(v: Verdict) -> Option<Text> {
    match v {
        Verdict::Prerequisite(_) => None,
        Verdict::Route(v) => Some(keys::overview_route(v)),
        Verdict::Interview(v) => Some(keys::overview_interview(v)),
        Verdict::Funding(v) => Some(keys::overview_funding(v)),
    }
}

/// A value with its certainty.
fn value_with_certainty(tr: &Tr, value: Verdict, c: Certainty) -> Html {
    html! {
        <>
            { rich(tr, &tr.t_opt(cell_text(value))) }
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
        Variant::Interrupted(i) => Some(tr.t(match i {
            true => Text::OverviewInterruptedTrue,
            false => Text::OverviewInterruptedFalse,
        })),
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
                <span class="dee-table__note">{ rich(tr, &d) }</span>
            }
        </th>
    }
}

/// A control of the overview: one radio group named `name`, each option
/// (its value, label, whether chosen) emitting the settings it leads to.
/// `data_base`: the baseline control's hook, the one chosen (README).
fn radios(
    tr: &Tr,
    (name, data_base): (&'static str, Option<&'static str>),
    legend: Text,
    options: Vec<(String, String, bool, Rc<Settings>)>,
    on: &Callback<Rc<Settings>>,
    hint: String,
) -> Html {
    html! {
        <fieldset class="dee-fieldset dee-overview__base" data-base={data_base}>
            <legend class="dee-sublegend">{ say(tr, legend) }</legend>
            <div class="dee-overview__bases">
                { for options.into_iter().map(|(value, label, checked, s)| {
                    let id = format!("dee-{name}-{value}");
                    let onchange = on.reform(move |_: Event| s.clone());
                    html! {
                        <div class="dee-radio">
                            <input class="dee-radio__input" type="radio" id={id.clone()} {name}
                                {value} {checked} {onchange} />
                            <label class="dee-radio__label" for={id}>{ label }</label>
                        </div>
                    }
                }) }
            </div>
            <p class="dee-small">{ hint }</p>
        </fieldset>
    }
}

/// The baseline control (`base`): each label names its bac years for the
/// table's intake (`tt`), and the year between them is said below.
fn base_choice(tt: &Tr, settings: &Rc<Settings>, on: &Callback<Rc<Settings>>) -> Html {
    let boundary = overview::boundary_year(&tt.params);
    let options = Base::ALL
        .into_iter()
        .map(|b| {
            let label = match b {
                Base::BacRecent => tt.t(Text::OverviewBaseBacRecent),
                Base::BacAncien => tt.overview_base_bac_ancien(&(boundary - 1).to_string()),
                Base::Titre4 => tt.t(Text::OverviewBaseTitre4),
            };
            let s = Rc::new(settings.with_base(b));
            (b.id().to_string(), label, b == settings.base(), s)
        })
        .collect();
    let hint = tt.overview_boundary(&boundary.to_string());
    let hook = ("base", Some(settings.base().id()));
    radios(tt, hook, Text::OverviewBaseLegend, options, on, hint)
}

/// The intake control (`rentree`), in the windows where two are possible:
/// the later by default, the earlier on request, with why only some can
/// still join it.
fn intake_choice(
    tr: &Tr,
    room: overview::Intakes,
    intake: u16,
    settings: &Rc<Settings>,
    on: &Callback<Rc<Settings>>,
) -> Html {
    let Some((earlier, why)) = room.earlier else {
        return Html::default();
    };
    let options = [earlier, room.later]
        .into_iter()
        .map(|y| {
            let s = Rc::new(settings.with_intake(y));
            let v = y.to_string();
            (v.clone(), tr.question_rentree_answer(&v), y == intake, s)
        })
        .collect();
    // Why only some can still join the earlier one, when it is shown.
    let hint = match intake == earlier {
        true => tr.room_intake_hint(why, earlier),
        false => String::new(),
    };
    radios(
        tr,
        ("rentree", None),
        Text::OverviewIntakeLegend,
        options,
        on,
        hint,
    )
}

/// A row: its heading, then its outcomes for the table's intake, each
/// linking to that case's result; or, when it can no longer join that
/// intake (`tt`'s), one cell that says so.
fn table_row(tr: &Tr, tt: &Tr, r: &Row, shown: &[&Column], settings: &Rc<Settings>) -> Html {
    let cells = match &r.cells {
        Some(cells) => html! {
            <>{ for shown.iter().map(|&c| {
                let (v, certainty, a) = (c.cell)(cells);
                let href = Link::new(a, Screen::Result, settings.clone()).to_query();
                html! {
                    <td data-outcome={c.kind.id()} data-value={v.id()} data-certainty={certainty.id()}>
                        <a class="dee-link" {href}>{ rich(tr, &tr.t_opt(cell_text(v))) }</a>
                        { tag(tr, certainty) }
                    </td>
                }
            }) }</>
        },
        None => html! {
            <td colspan={shown.len().to_string()} data-intake-gone="true">{ say(tt, Text::OverviewGone) }</td>
        },
    };
    html! {
        <tr data-situation={r.situation.id()}>
            { row_heading(tr, r) }
            { cells }
        </tr>
    }
}

#[component]
pub fn OverviewTable(props: &Props) -> Html {
    let (tr, settings) = (&props.tr, &props.settings);
    let base = settings.base();
    let room = overview::intakes(&props.base);
    let intake = room.pick(settings.overview_intake());
    // The texts that name the intake or its bac years are the table's.
    let tt = &Tr::new(tr.lang, overview::table_params(&props.base, intake));
    let rows = use_memo((props.base, base, intake), |(p, base, intake)| {
        overview::rows(p, *base, *intake)
    });
    let joined: Vec<&Cells> = rows.iter().filter_map(|r| r.cells.as_ref()).collect();
    let (same, shown): (Vec<&Column>, Vec<&Column>) =
        COLUMNS.iter().partition(|c| constant(&joined, c));
    let said_once = same.iter().filter_map(|c| {
        let (v, certainty, _) = (c.cell)(joined.first()?);
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
            <h1 id={HEADING_ID} tabindex="-1" class="dee-h1">{ tt.t(Text::OverviewHeading) }</h1>
            { intake_choice(tr, room, intake, settings, &props.on_settings) }
            { base_choice(tt, settings, &props.on_settings) }
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
                <table class="dee-table dee-overview__table" data-intake={intake.to_string()}>
                    <caption class="dee-visually-hidden">{ tt.t(Text::OverviewHeading) }</caption>
                    <thead>
                        <tr>
                            <th scope="col">{ tr.t(Text::OverviewColSituation) }</th>
                            { for shown.iter().map(|c| html! { <th scope="col">{ tr.t(c.title) }</th> }) }
                        </tr>
                    </thead>
                    <tbody>{ for rows.iter().map(|r| table_row(tr, tt, r, &shown, settings)) }</tbody>
                </table>
            </div>
            <p>{ say(tr, Text::OverviewLead) }</p>
            <p class="dee-small">{ tr.t(Text::OverviewNote) }</p>
        </div>
    }
}
