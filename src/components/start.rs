//! The start screen: what the tool tells, how long it takes, that it is only
//! an indication, and that nothing leaves the browser.

use crate::components::{rich, say};
use crate::content::{List, Text, Tr};
use crate::dom_ids::HEADING_ID;
use crate::flow::Screen;
use crate::link::{step_value, Setting, STEP};
use crate::rules::Question;
use yew::prelude::*;

/// The start screen; `on_start` is "Commencer".
pub fn start_screen(tr: &Tr, on_start: &Callback<()>) -> Html {
    let on_click = on_start.reform(|e: MouseEvent| e.prevent_default());
    // "Commencer" submits a form to the first question's link, so that a
    // tap before any script has run (the page painted while its guard
    // script still downloads, on a slow phone) opens the question by a
    // page load instead of doing nothing; the guard and the app stop the
    // submission and answer the tap themselves.
    let first = step_value(Screen::Question(Question::ALL[0])).unwrap_or_default();
    html! {
        <div class="dee-start">
            <h1 id={HEADING_ID} tabindex="-1" class="dee-h1">{ say(tr, Text::StartHeading) }</h1>
            <p class="dee-lead">{ say(tr, Text::StartLead) }</p>
            <ul class="dee-list">
                { for tr.list(List::StartPoints).iter().map(|p| html! { <li>{ rich(tr, p) }</li> }) }
            </ul>
            // The button right after the lead, in the first phone screen
            // (as GOV.UK's start pages): what a visitor must know before
            // relying on the result follows it.
            <form method="get">
                <input type="hidden" name={STEP} value={first} />
                <input type="hidden" name={Setting::Lang.name()} value={tr.lang.id()} />
                <button class="dee-button dee-button--start" onclick={on_click}>
                    { say(tr, Text::StartButton) }
                    <svg class="dee-button__arrow" aria-hidden="true" focusable="false" width="17" height="19" viewBox="0 0 33 40">
                        <path fill="currentColor" d="M0 0h13l20 20-20 20H0l20-20z" />
                    </svg>
                </button>
            </form>
            <p>{ say(tr, Text::StartCaution) }</p>
            <p class="dee-privacy">{ say(tr, Text::StartPrivacy) }</p>
        </div>
    }
}
