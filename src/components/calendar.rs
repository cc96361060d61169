//! The admission calendar, and where it stands today (the day and the
//! published calendar come with the texts' parameters, `tr.params`).

use crate::components::outcome_card::citation;
use crate::components::{rich, say};
use crate::content::{keys, Cited, Text, Tr};
use crate::rules::{self, CalendarPhase, Route};
use yew::prelude::*;

/// The section, for `route` in `phase`.
pub fn calendar_section(tr: &Tr, route: Route, phase: CalendarPhase) -> Html {
    let (c, today) = (tr.params.session.calendar, tr.params.today);
    let rows = [
        (
            Text::CalendarRegistrationOpens,
            tr.date(c.registration_opens),
        ),
        (Text::CalendarParcoursupCloses, tr.date(c.parcoursup_closes)),
        (Text::CalendarFileDeadline, tr.date(c.file_deadline)),
        (Text::CalendarOral, tr.t(Text::CalendarOralDates)),
    ];
    let cited = tr.cited(Cited::Calendar, String::new());
    let provisional = phase.is_provisional();
    let heading = if provisional {
        Text::ResultCalendarHeadingProvisional
    } else {
        Text::ResultCalendarHeading
    };
    let site_places = rules::site_places_may_remain(&tr.params, route, phase);
    html! {
        <section class="dee-section" aria-labelledby="dee-calendar-title" data-section="calendar" data-phase={phase.id()}>
            <h2 class="dee-h2" id="dee-calendar-title">{ say(tr, heading) }</h2>
            <div class={classes!("dee-notice", provisional.then_some("dee-notice--strong"))}>
                <p>{ rich(tr, &tr.calendar_today(&tr.date(today))) }</p>
                <p>{ say(tr, keys::phase(phase).summary) }</p>
                if phase == CalendarPhase::Closed && route != Route::Parcoursup {
                    <p>{ say(tr, Text::CalendarClosedSite) }</p>
                }
                if site_places {
                    <p data-site-places="true">{ say(tr, Text::CalendarSitePlaces) }</p>
                }
            </div>
            <dl class="dee-dates">
                { for rows.into_iter().map(|(key, when)| html! {
                    <div class="dee-dates__row">
                        <dt>{ say(tr, key) }</dt>
                        <dd>{ when }</dd>
                    </div>
                }) }
            </dl>
            if route != Route::Parcoursup {
                <p>{ say(tr, Text::CalendarSiteNote) }</p>
            }
            { citation(tr, cited.source, cited.section) }
        </section>
    }
}
