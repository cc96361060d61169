//! The widget's poster (`mode=affiche`), for a notice board or a
//! projector: its name, what it answers in one line, and a QR code to its
//! start page (no `mode`: a phone opens the standard view), with the
//! address written out. One A4 page when printed.

use crate::browser;
use crate::components::say;
use crate::content::{Lang, Text, Tr};
use crate::dom_ids::HEADING_ID;
use yew::prelude::*;

/// The poster in `tr`'s language (its QR code opens the start page in it).
pub fn poster(tr: &Tr) -> Html {
    // The default language's start page has no `lang`.
    let query = match tr.lang == Lang::default() {
        true => String::new(),
        false => format!("?lang={}", tr.lang.id()),
    };
    let start = browser::address_with(&query);
    let on_print = Callback::from(|_: MouseEvent| browser::print());
    html! {
        <div class="dee-poster">
            <h1 id={HEADING_ID} tabindex="-1" class="dee-h1 dee-poster__title">{ say(tr, Text::PosterTitle) }</h1>
            <p class="dee-poster__line">{ say(tr, Text::PosterLine) }</p>
            <div class="dee-qr dee-poster__qr" key={start.clone()} data-qr={start.clone()} role="img" aria-label={tr.t(Text::PosterQrLabel)}></div>
            <p class="dee-poster__scan">{ say(tr, Text::PosterScan) }<br /><strong>{ start }</strong></p>
            <p class="dee-no-print">
                <button type="button" class="dee-button" onclick={on_print}>{ say(tr, Text::PosterPrint) }</button>
            </p>
        </div>
    }
}
