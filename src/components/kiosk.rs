//! Kiosk mode's guard: after a period without any touch or key, a visible
//! and announced countdown offers to continue; then every answer is cleared
//! so the next visitor starts afresh.

use crate::browser::{self, now_ms as now};
use crate::content::{Text, Tr};
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    /// Seconds without activity before the countdown.
    pub delay: u32,
    /// Whether there is anything to clear (not on an untouched start screen).
    pub armed: bool,
    pub on_reset: Callback<()>,
    pub tr: Tr,
}

/// Seconds the countdown lasts for a given inactivity delay.
pub fn countdown(delay: u32) -> u32 {
    (delay / 4).clamp(3, 30)
}

/// Moves the focus to the offer when it appears, so it is heard and
/// reachable; gives it back where it was (`was`) when the person continues
/// (a reset starts afresh: the app then focuses the new screen's heading).
#[hook]
fn use_offer_focus(shown: bool, was: Rc<RefCell<Option<browser::Focus>>>) {
    use_effect_with(shown, move |shown| {
        let mut task = None;
        if *shown {
            *was.borrow_mut() = Some(browser::Focus::current());
            browser::focus("dee-kiosk-continue");
        } else if let Some(was) = was.borrow_mut().take() {
            // After the touch or key that closed the offer is done
            // (a press on a spot where the button was blurs it).
            task = Some(browser::next_task(move || was.restore()));
        }
        move || drop(task)
    });
}

#[component]
pub fn KioskGuard(props: &Props) -> Html {
    // Set to now() by the effect below, which runs once mounted (never at
    // build time, when the page is rendered natively).
    let last = use_mut_ref(|| 0.0_f64);
    let left = use_state_eq(|| None::<u32>);
    // Where the focus was when the offer appeared.
    let was = use_mut_ref(|| None::<browser::Focus>);

    {
        let (last, left, on_reset) = (last.clone(), left.clone(), props.on_reset.clone());
        let was = was.clone();
        let (delay, armed) = (props.delay, props.armed);
        use_effect_with((delay, armed), move |_| {
            *last.borrow_mut() = now();
            left.set(None);
            let listeners = {
                let (last, left) = (last.clone(), left.clone());
                browser::on_activity(move || {
                    *last.borrow_mut() = now();
                    left.set(None);
                })
            };
            let total = delay + countdown(delay);
            let interval = armed.then(|| {
                browser::every(1_000, move || {
                    let idle = ((now() - *last.borrow()) / 1000.0).max(0.0) as u32;
                    if idle >= total {
                        *last.borrow_mut() = now();
                        *was.borrow_mut() = None;
                        left.set(None);
                        on_reset.emit(());
                    } else if idle >= delay {
                        left.set(Some(total - idle));
                    }
                })
            });
            move || {
                drop(listeners);
                drop(interval);
            }
        });
    }

    use_offer_focus(left.is_some(), was.clone());

    let tr = &props.tr;
    let Some(seconds) = *left else {
        return html! {};
    };
    let on_continue = {
        let (last, left) = (last.clone(), left.clone());
        Callback::from(move |_: MouseEvent| {
            *last.borrow_mut() = now();
            left.set(None);
        })
    };
    html! {
        <div class="dee-kiosk" role="alertdialog" aria-labelledby="dee-kiosk-title" aria-describedby="dee-kiosk-body">
            <h2 class="dee-h2" id="dee-kiosk-title">{ tr.t(Text::KioskTitle) }</h2>
            <p id="dee-kiosk-body">{ tr.kiosk_body(&seconds.to_string()) }</p>
            <button type="button" class="dee-button" id="dee-kiosk-continue" onclick={on_continue}>{ tr.t(Text::KioskContinue) }</button>
        </div>
    }
}
