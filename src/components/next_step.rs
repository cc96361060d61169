//! The next step as a button-like link: Parcoursup, the institute's own
//! registration, or a call to the admission service.

use crate::components::rich;
use crate::content::{t, FACTS};
use crate::rules::Route;
use crate::state::Mode;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub route: Route,
}

#[component]
pub fn NextStep(props: &Props) -> Html {
    let (href, label, note) = match props.route {
        Route::Parcoursup => (
            FACTS.link_parcoursup.to_string(),
            t("next.parcoursup"),
            t("next.parcoursup_note"),
        ),
        Route::Site => (
            FACTS.link_institute.to_string(),
            t("next.site"),
            t("next.site_note"),
        ),
        Route::Contact => (
            format!("tel:{}", FACTS.phone_tel),
            t("next.contact"),
            t("next.contact_note"),
        ),
    };
    // Inside a partner's page, leaving the widget opens a new tab.
    let new_tab = use_context::<Mode>() == Some(Mode::Embed) && props.route != Route::Contact;
    html! {
        <section class="dee-section dee-next" aria-labelledby="dee-next-title" data-next={props.route.id()}>
            <h2 class="dee-h2" id="dee-next-title">{ rich(&t("result.next_heading")) }</h2>
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
        </section>
    }
}
