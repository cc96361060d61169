//! What keeps the page in step with the app's state: the settings applied
//! once, Back/Forward, and after every move the address bar, the title,
//! the robots meta and the keyboard focus. Every call goes through `browser`.

use super::Handle;
use crate::browser;
use crate::components::plain;
use crate::content::{Part, Text};
use crate::dom_ids::{ERROR_SUMMARY_ID, HEADING_ID};
use crate::flow::Screen;
use crate::link::Mode;
use crate::state::{Action, State, UrlSync};
use crate::theme::Theme;
use yew::prelude::*;

/// Once: the partner's colour, the mode's class, a click on "Commencer"
/// made before the app was ready, the embedding or the offline worker.
#[hook]
pub fn use_startup(state: &Handle) {
    let (mode, settings) = (state.mode, state.settings.clone());
    let begin = super::begin(state);
    use_effect_with((), move |_| {
        match settings.colour() {
            Some(Ok(colour)) => browser::set_properties(&Theme::new(colour).properties()),
            Some(Err(c)) => browser::warn(&format!(
                "deass-eligibility: couleur \"{c}\" is not a hex colour such as #0055a4; the default is used"
            )),
            None => {}
        }
        browser::set_document_class(&format!("dee-mode-{}", mode.id()), true);
        // The start page was already on screen (written at build time):
        // a click on "Commencer" made before we were ready still counts.
        if browser::take_start_request() {
            begin.emit(());
        }
        if mode == Mode::Affiche {
            browser::fill_qr_codes();
        }
        if mode == Mode::Embed {
            browser::report_height();
        } else {
            browser::register_service_worker();
        }
    });
}

/// Back/Forward: the address bar is the source of truth (once the texts
/// of its language are here: English is loaded on demand).
#[hook]
pub fn use_history(state: &Handle) {
    let dispatcher = state.dispatcher();
    use_effect_with((), move |_| {
        let listener = browser::on_popstate(move || {
            let (d, query) = (dispatcher.clone(), browser::query());
            let lang = crate::link::lang_of(&query, None);
            browser::with_texts(lang, move |_| d.dispatch(Action::FromUrl(query)))
        });
        move || drop(listener)
    });
}

/// After every move: the address bar, the title, the robots meta, the
/// language of the document and the focus.
#[hook]
pub fn use_document_sync(state: &Handle) {
    let state = state.clone();
    use_effect_with(state.nav, move |_| {
        match state.sync {
            UrlSync::Push => {
                if let Some(left) = &state.left {
                    browser::set_query(left, false);
                }
                browser::set_query(&state.query(), true)
            }
            UrlSync::Replace => browser::set_query(&state.query(), false),
            UrlSync::None => {}
        }
        let has_error = has_error(&state);
        browser::set_title(&title(&state, has_error));
        browser::set_noindex(state.flow.screen == Screen::Result);
        browser::set_document_lang(state.lang);
        // The very first render keeps the page's natural focus, unless
        // the link we opened has a problem to show.
        if has_error {
            browser::focus(ERROR_SUMMARY_ID);
        } else if state.nav > 0 {
            browser::focus_screen(HEADING_ID);
        }
    });
}

/// Whether the screen shows an error (an answer refused, here or in the link).
fn has_error(state: &State) -> bool {
    state.field_error.is_some()
        || matches!(state.flow.screen, Screen::Question(q) if state.flow.error(q, &state.params).is_some())
}

/// The document title: the screen's, after the error's when there is one.
fn title(state: &State, has_error: bool) -> String {
    let (tr, p) = (state.tr(), &state.params);
    let step = match state.flow.screen {
        Screen::Start => tr.t(Text::StartDocTitle),
        Screen::Question(q) => {
            let n = state.flow.step_number(q, p).to_string();
            let step = tr.nav_step(&n);
            let question = plain(&tr.question_text(q, &state.flow.answers, Part::Title));
            tr.nav_step_title(&step, &question)
        }
        Screen::Check => tr.t(Text::NavCheckDocTitle),
        Screen::Result => tr.t(Text::ResultDocTitle),
        Screen::Overview => tr.t(Text::OverviewDocTitle),
    };
    let step = if has_error {
        format!("{} — {step}", tr.t(Text::ErrorsSummaryTitle))
    } else {
        step
    };
    tr.app_doc_title(&step)
}
