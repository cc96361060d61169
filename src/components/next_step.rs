//! The next step, as the calendar allows it today: a sentence for the phase
//! and the route (registrations open on…, open until…, closed and what is
//! left, not published yet and what to do meanwhile), then the button:
//! Parcoursup, the institute's own registration, or a call.

use crate::components::say;
use crate::content::{keys, Text, Tr, FACTS};
use crate::link::Mode;
use crate::rules::{CalendarPhase, Route};
use yew::prelude::*;

#[derive(PartialEq)]
pub struct Props {
    pub route: Route,
    pub phase: CalendarPhase,
    pub tr: Tr,
    /// Inside a partner's page, leaving the widget opens a new tab.
    pub mode: Mode,
}

/// A plain function rather than a component: it keeps no state, and each
/// component type costs the wasm its own copy of Yew's lifecycle and
/// hydration code (about 0.7 KB gzip).
pub fn next_step(props: &Props) -> Html {
    let tr = &props.tr;
    let (links, contact) = (&FACTS.links, &FACTS.contact);
    let (href, label) = match props.route {
        Route::Parcoursup => (links.parcoursup.to_string(), Text::NextParcoursup),
        // Registering on the site only makes sense once it is open.
        Route::Site => match props.phase {
            CalendarPhase::Open
            | CalendarPhase::Closed
            | CalendarPhase::ProbablyOpen
            | CalendarPhase::ProbablyClosed => (links.institute.to_string(), Text::NextSite),
            CalendarPhase::BeforeOpening | CalendarPhase::NotPublished => {
                (links.institute.to_string(), Text::NextSitePage)
            }
        },
        Route::Contact => (format!("tel:{}", contact.phone_tel), Text::NextContact),
    };
    let note = keys::next_step(props.phase, props.route);
    // Inside a partner's page, leaving the widget opens a new tab.
    let new_tab = props.mode == Mode::Embed && props.route != Route::Contact;
    // Dates carried over from the last published session are a guess.
    let guessed = matches!(
        props.phase,
        CalendarPhase::ProbablyOpen | CalendarPhase::ProbablyClosed
    );
    let certainty = if guessed { "to_confirm" } else { "sure" };
    html! {
        <div class="dee-next" data-next={props.route.id()} data-certainty={certainty}>
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
            if props.route != Route::Contact {
                <p class="dee-small">
                    { say(tr, Text::NextPhoneLineLabel) }{ " " }
                    <a class="dee-link" href={format!("tel:{}", contact.phone_tel)}>{ contact.phone.as_ref() }</a>
                </p>
            }
        </div>
    }
}
