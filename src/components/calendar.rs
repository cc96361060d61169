//! The admission calendar, and where it stands today.

use crate::components::outcome_card::citation;
use crate::components::rich;
use crate::content::{self, t, tp, tp_with, FACTS};
use crate::rules::{CalendarPhase, Date, Params, Route};
use yew::prelude::*;

#[derive(PartialEq)]
pub struct Props {
    pub route: Route,
    pub phase: CalendarPhase,
    pub today: Date,
    pub params: Params,
}

/// A plain function rather than a component: it keeps no state, and each
/// component type costs the wasm its own copy of Yew's lifecycle and
/// hydration code (about 0.7 KB gzip).
pub fn calendar_section(props: &Props) -> Html {
    let c = &FACTS.calendar;
    let rows = [
        (
            "calendar.registration_opens",
            content::date(c.registration_opens),
        ),
        (
            "calendar.parcoursup_closes",
            content::date(c.parcoursup_closes),
        ),
        ("calendar.file_deadline", content::date(c.file_deadline)),
        ("calendar.oral", t("calendar.oral_dates")),
    ];
    let cited = content::cited("calendar");
    let p = &props.params;
    let provisional = props.phase == CalendarPhase::NotPublished;
    let heading = if provisional {
        "result.calendar_heading_provisional"
    } else {
        "result.calendar_heading"
    };
    // Off Parcoursup the page gives no closing date: until the published
    // session's intake starts, its places may not all be taken.
    let site_places =
        provisional && props.route != Route::Parcoursup && props.today < FACTS.intake_start;
    html! {
        <section class="dee-section" aria-labelledby="dee-calendar-title" data-section="calendar" data-phase={props.phase.id()}>
            <h2 class="dee-h2" id="dee-calendar-title">{ rich(&tp(heading, p)) }</h2>
            <div class={classes!("dee-notice", provisional.then_some("dee-notice--strong"))}>
                <p>{ rich(&tp_with("calendar.today", p, &[("today", &content::date(props.today))])) }</p>
                <p>{ rich(&tp(&format!("calendar.{}", props.phase.id()), p)) }</p>
                if props.phase == CalendarPhase::Closed && props.route != Route::Parcoursup {
                    <p>{ rich(&tp("calendar.closed_site", p)) }</p>
                }
                if site_places {
                    <p data-site-places="true">{ rich(&tp("calendar.site_places", p)) }</p>
                }
            </div>
            <dl class="dee-dates">
                { for rows.into_iter().map(|(key, when)| html! {
                    <div class="dee-dates__row">
                        <dt>{ rich(&t(key)) }</dt>
                        <dd>{ when }</dd>
                    </div>
                }) }
            </dl>
            if props.route != Route::Parcoursup {
                <p>{ rich(&t("calendar.site_note")) }</p>
            }
            { citation(cited.source, cited.section) }
        </section>
    }
}
