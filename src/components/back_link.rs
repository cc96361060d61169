//! The "Retour" link above a question: a real link (it can be opened or
//! copied) that the app handles itself on a plain click.

use crate::browser;
use crate::components::say;
use crate::content::{Text, Tr};
use yew::prelude::*;

/// "Retour", to `href`.
pub fn back_link(tr: &Tr, href: AttrValue, on_back: Callback<()>) -> Html {
    let onclick = Callback::from(move |e: MouseEvent| {
        if browser::take_over_click(&e) {
            on_back.emit(());
        }
    });
    html! {
        <a class="dee-back" {href} {onclick}>{ say(tr, Text::NavBack) }</a>
    }
}
