//! The language switcher: a real link to the same page in the other
//! language, handled in place so that no answer is lost.

use crate::browser;
use crate::content::{Lang, Text, Tr};
use yew::prelude::*;

/// The link to `href`, the same page in language `to`.
pub fn lang_switch(tr: &Tr, href: String, to: Lang, on_switch: Callback<Lang>) -> Html {
    let onclick = Callback::from(move |e: MouseEvent| {
        if browser::take_over_click(&e) {
            on_switch.emit(to);
        }
    });
    // The link names the other language in that language (so its own
    // speakers recognise it), marked with its `lang` for screen readers.
    let other = match to {
        Lang::En => Lang::Fr,
        Lang::Fr => Lang::En,
    };
    let tr = tr.with_lang(other);
    let name = tr.raw(Text::AppSwitchTo);
    let label = tr.raw(Text::AppSwitchLabel);
    html! {
        <a class="dee-lang" {href} lang={to.id()} hreflang={to.id()} aria-label={label} {onclick}>
            { name }
        </a>
    }
}
