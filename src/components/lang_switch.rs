//! The language switcher: a real link to the same page in another
//! language, handled in place so that no answer is lost.

use crate::browser;
use crate::content::Lang;
use yew::prelude::*;

/// The link to `href`, the same page in language `to`.
pub fn lang_switch(href: String, to: Lang, on_switch: Callback<Lang>) -> Html {
    let onclick = Callback::from(move |e: MouseEvent| {
        if browser::take_over_click(&e) {
            on_switch.emit(to);
        }
    });
    // The link names the language in that language (so its own speakers
    // recognise it), marked with its `lang` for screen readers.
    html! {
        <a class="dee-lang" {href} lang={to.id()} hreflang={to.id()} aria-label={to.invite()} {onclick}>
            { to.name() }
        </a>
    }
}
