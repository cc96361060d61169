//! The next step, as the calendar allows it today: a sentence for the phase
//! and the route (registrations open on…, open until…, closed and what is
//! left, not published yet and what to do meanwhile), then the button:
//! Parcoursup, the institute's own registration, or a call.

use crate::components::{contact_phone, links, phone_href, say};
use crate::content::{keys, Text, Tr};
use crate::link::Mode;
use crate::rules::{CalendarPhase, Route};
use yew::prelude::*;

/// The next step on `route` in `phase`; `mode` says whether we are inside
/// a partner's page.
pub fn next_step(tr: &Tr, route: Route, phase: CalendarPhase, mode: Mode) -> Html {
    let links = links();
    let (href, label) = match route {
        Route::Parcoursup => (links.parcoursup.to_string(), Text::NextParcoursup),
        // Registering on the site only makes sense once it is open.
        Route::Site if phase.has_opened() => (links.institute.to_string(), Text::NextSite),
        Route::Site => (links.institute.to_string(), Text::NextSitePage),
        Route::Contact => (phone_href(), Text::NextContact),
    };
    let note = keys::phase(phase).next.of(route);
    // Inside a partner's page, leaving the widget opens a new tab.
    let new_tab = mode == Mode::Embed && route != Route::Contact;
    // Dates carried over from the last published session are a guess.
    let guessed = phase.is_guessed();
    let certainty = if guessed { "to_confirm" } else { "sure" };
    html! {
        <div class="dee-next" data-next={route.id()} data-certainty={certainty}>
            <h3 class="dee-h3" id="dee-next-title">{ say(tr, Text::ResultNextHeading) }</h3>
            <p>{ say(tr, note) }</p>
            if guessed {
                <p class="dee-card__certainty dee-card__certainty--confirm">{ say(tr, Text::NextProbablyNote) }</p>
            }
            <a class="dee-button dee-button--link" {href}
                target={new_tab.then_some("_blank")} rel={new_tab.then_some("noopener")}>
                { say(tr, label) }
                if new_tab {
                    <span class="dee-visually-hidden">{ format!(" {}", tr.t(Text::NextNewTab)) }</span>
                }
            </a>
            if route != Route::Contact {
                <p class="dee-small">
                    { say(tr, Text::NextPhoneLineLabel) }{ " " }{ contact_phone(Some("dee-link")) }
                </p>
            }
        </div>
    }
}
