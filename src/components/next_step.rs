//! The next step, as the calendar allows it today: a sentence for the phase
//! and the route (registrations open on…, open until…, closed and what is
//! left, not published yet and what to do meanwhile), then the button:
//! Parcoursup, the institute's own registration, or a call.

use crate::components::rich;
use crate::content::{t, tp, FACTS};
use crate::link::Mode;
use crate::rules::{CalendarPhase, Params, Route};
use yew::prelude::*;

#[derive(PartialEq)]
pub struct Props {
    pub route: Route,
    pub phase: CalendarPhase,
    pub params: Params,
    /// Inside a partner's page, leaving the widget opens a new tab.
    pub mode: Mode,
}

/// A plain function rather than a component: it keeps no state, and each
/// component type costs the wasm its own copy of Yew's lifecycle and
/// hydration code (about 0.7 KB gzip).
pub fn next_step(props: &Props) -> Html {
    let p = &props.params;
    let (href, label) = match props.route {
        Route::Parcoursup => (FACTS.link_parcoursup.to_string(), t("next.parcoursup")),
        // Registering on the site only makes sense once it is open.
        Route::Site => match props.phase {
            CalendarPhase::Open | CalendarPhase::Closed => {
                (FACTS.link_institute.to_string(), t("next.site"))
            }
            CalendarPhase::BeforeOpening | CalendarPhase::NotPublished => {
                (FACTS.link_institute.to_string(), t("next.site_page"))
            }
        },
        Route::Contact => (format!("tel:{}", FACTS.phone_tel), t("next.contact")),
    };
    let note = tp(&format!("next.{}.{}", props.phase, props.route), p);
    // Inside a partner's page, leaving the widget opens a new tab.
    let new_tab = props.mode == Mode::Embed && props.route != Route::Contact;
    html! {
        <div class="dee-next" data-next={props.route.id()}>
            <h3 class="dee-h3" id="dee-next-title">{ rich(&t("result.next_heading")) }</h3>
            <p>{ rich(&note) }</p>
            <a class="dee-button dee-button--link" {href}
                target={new_tab.then_some("_blank")} rel={new_tab.then_some("noopener")}>
                { rich(&label) }
                if new_tab {
                    <span class="dee-visually-hidden">{ format!(" {}", t("next.new_tab")) }</span>
                }
            </a>
            if props.route != Route::Contact {
                <p class="dee-small">
                    { rich(&t("next.phone_line_label")) }{ " " }
                    <a class="dee-link" href={format!("tel:{}", FACTS.phone_tel)}>{ FACTS.phone }</a>
                </p>
            }
        </div>
    }
}
