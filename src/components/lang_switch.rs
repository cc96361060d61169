//! The language switcher: a real link to the same page in the other
//! language, handled in place so that no answer is lost.

use crate::content::{raw_in, Lang};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub href: AttrValue,
    /// The language the link switches to.
    pub lang: Lang,
    pub on_switch: Callback<Lang>,
}

#[component]
pub fn LangSwitch(props: &Props) -> Html {
    let (to, on_switch) = (props.lang, props.on_switch.clone());
    let onclick = Callback::from(move |e: MouseEvent| {
        if !(e.ctrl_key() || e.meta_key() || e.shift_key()) {
            e.prevent_default();
            on_switch.emit(to);
        }
    });
    // The link names the other language in that language (so its own
    // speakers recognise it), marked with its `lang` for screen readers.
    let other = match to {
        Lang::En => Lang::Fr,
        Lang::Fr => Lang::En,
    };
    let name = raw_in(other, "app.switch_to").unwrap_or(to.id());
    let label = raw_in(other, "app.switch_label").unwrap_or(name);
    html! {
        <a class="dee-lang" href={props.href.clone()} lang={to.id()} hreflang={to.id()} aria-label={label} {onclick}>
            { name }
        </a>
    }
}
