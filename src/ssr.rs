//! The pages written into `index.html` at build time, rendered by the app's
//! own components with Yew's server-side rendering (native, `--features
//! ssr`; `examples/ssr.rs` prints them for `scripts/ssr.mjs`).
//!
//! - The start page, in each language, as the app renders it for a plain
//!   visit. It is hydratable: the app, once loaded, adopts these nodes
//!   (`Renderer::hydrate`) instead of building its own, so nothing is
//!   replaced and nothing moves.
//! - The waiting page of each mode and language: the app's frame (header,
//!   main, footer: `app::frame`) with a status in `main`. It
//!   stands for every first screen that cannot be written in advance (a
//!   question or a result depends on the link), and the app renders over it
//!   with the same frame, so nothing that was painted moves.
//!
//! Nothing here depends on the date: the build does not know when the page
//! will be read (`tests/ssr.rs` renders with dates a year apart).

use crate::app::{frame, App, Props};
use crate::components::{contact_phone, say};
use crate::content::{self, Lang, Text, Tr};
use crate::link::{Mode, Setting};
use crate::rules::Date;
use crate::state::State;
use yew::prelude::*;

/// The date the build renders with. Nothing rendered may depend on it.
pub const RENDER_DATE: Date = Date {
    year: 2000,
    month: 1,
    day: 1,
};

/// The modes that have a waiting page of their own.
pub const MODES: [Mode; 4] = [Mode::Standard, Mode::Embed, Mode::Presentation, Mode::Borne];

fn render<C: BaseComponent<Properties = Props>>(props: Props, hydratable: bool) -> String {
    futures::executor::block_on(
        yew::LocalServerRenderer::<C>::with_props(props)
            .hydratable(hydratable)
            .render(),
    )
}

/// The page that waits for the app: the app's frame for the visit, with a
/// status where the screen will be.
#[component]
fn Waiting(props: &Props) -> Html {
    let state = use_reducer(|| State::new(&props.query, props.today, props.lang));
    frame(&state, waiting_body(&state.tr()))
}

/// The main region of the waiting page: a status, and what to say if the
/// app never starts (the page's guard shows it after 30 s).
fn waiting_body(tr: &Tr) -> Html {
    html! {
        <>
            <p class="dee-loading" role="status">{ tr.t(Text::AppLoading) }</p>
            <template class="dee-failed">
                { say(tr, Text::AppFailed) }{ " " }{ contact_phone(None) }{ "." }
            </template>
        </>
    }
}

/// The start page in `lang` (a plain visit from a browser in that language),
/// hydratable, on `today`.
pub fn start_page_on(lang: Lang, today: Date) -> String {
    let query = AttrValue::default();
    render::<App>(Props { query, today, lang }, true)
}

/// The start page in `lang`, hydratable.
pub fn start_page(lang: Lang) -> String {
    start_page_on(lang, RENDER_DATE)
}

/// The page that waits for the app in `mode` and `lang` (not hydrated: the
/// app renders over it).
pub fn waiting_page(mode: Mode, lang: Lang) -> String {
    let query = match mode {
        Mode::Standard => String::new(),
        m => format!("?{}={}", Setting::Mode.name(), m.id()),
    };
    let (query, today) = (query.into(), RENDER_DATE);
    render::<Waiting>(Props { query, today, lang }, false)
}

/// The document title of the start page in `lang`, as the app sets it.
pub fn start_title(lang: Lang) -> String {
    let tr = Tr::new(lang, content::params(RENDER_DATE));
    tr.app_doc_title(&tr.t(Text::StartDocTitle))
}
