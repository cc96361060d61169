//! The "Retour" link above a question: a real link (it can be opened or
//! copied) that the app handles itself on a plain click.

use crate::browser;
use crate::components::say;
use crate::content::{Text, Tr};
use yew::prelude::*;

#[derive(PartialEq)]
pub struct Props {
    pub href: AttrValue,
    pub on_back: Callback<()>,
    pub tr: Tr,
}

/// A plain function rather than a component: it keeps no state, and each
/// component type costs the wasm its own copy of Yew's lifecycle and
/// hydration code (about 0.7 KB gzip).
pub fn back_link(props: &Props) -> Html {
    let on_back = props.on_back.clone();
    let onclick = Callback::from(move |e: MouseEvent| {
        if browser::take_over_click(&e) {
            on_back.emit(());
        }
    });
    html! {
        <a class="dee-back" href={props.href.clone()} {onclick}>{ say(&props.tr, Text::NavBack) }</a>
    }
}
