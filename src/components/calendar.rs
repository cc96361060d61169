//! The admission calendar, and where it stands today.

use crate::components::outcome_card::citation;
use crate::components::rich;
use crate::content::{self, t, tv, FACTS};
use crate::rules::{CalendarPhase, Date, Route};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub route: Route,
    pub phase: CalendarPhase,
    pub today: Date,
}

#[component]
pub fn CalendarSection(props: &Props) -> Html {
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
    html! {
        <section class="dee-section" aria-labelledby="dee-calendar-title" data-phase={props.phase.id()}>
            <h2 class="dee-h2" id="dee-calendar-title">{ rich(&t("result.calendar_heading")) }</h2>
            <div class={classes!("dee-notice", (props.phase == CalendarPhase::Over).then_some("dee-notice--strong"))}>
                <p>{ rich(&tv("calendar.today", &[("today", &content::date(props.today))])) }</p>
                <p>{ rich(&t(&format!("calendar.{}", props.phase.id()))) }</p>
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
