//! `browser` as the build machine sees it (native, `--features ssr`): the
//! same functions as `browser.rs`, for Yew's server-side rendering of the
//! start page and of the waiting pages (`ssr`).
//!
//! A server render runs the components' view code and nothing else (no
//! effect, no event), so only the three reads that build the first state
//! answer something: the visit `ssr::render` describes (query, language,
//! date). Everything else does nothing.

use crate::content::Lang;
use crate::rules::Date;
use std::cell::RefCell;

/// What the page being rendered at build time stands for.
#[derive(Clone, Debug)]
pub(crate) struct Visit {
    pub query: String,
    pub lang: Lang,
    pub today: Date,
    /// The page that waits for the app: its frame, and a status in `main`.
    pub waiting: bool,
}

thread_local! {
    static VISIT: RefCell<Option<Visit>> = const { RefCell::new(None) };
}

pub(crate) fn set_visit(visit: Option<Visit>) {
    VISIT.with(|v| *v.borrow_mut() = visit);
}

fn visit<T>(f: impl FnOnce(&Visit) -> T, default: T) -> T {
    VISIT.with(|v| v.borrow().as_ref().map(f).unwrap_or(default))
}

pub const HEIGHT_MESSAGE: &str = "deass-eligibility:height";

pub fn today() -> Date {
    visit(|v| v.today, Date::new(2000, 1, 1))
}

pub fn preferred_lang() -> Option<Lang> {
    visit(|v| Some(v.lang), None)
}

pub fn query() -> String {
    visit(|v| v.query.clone(), String::new())
}

/// Whether the page being rendered is a waiting page (never in the browser).
pub fn waiting() -> bool {
    visit(|v| v.waiting, false)
}

pub fn href() -> String {
    String::new()
}

pub fn address_with(query: &str) -> String {
    query.to_string()
}

pub fn take_start_request() -> bool {
    false
}

/// Never called: nothing is clicked at build time.
pub fn take_over_click(_: &yew::events::MouseEvent) -> bool {
    false
}

pub fn set_document_lang(_: Lang) {}
pub fn set_query(_: &str, _: bool) {}
pub fn set_title(_: &str) {}
pub fn set_noindex(_: bool) {}
pub fn focus(_: &str) {}
pub async fn copy(_: &str) -> bool {
    false
}
pub fn print() {}
pub fn warn(_: &str) {}
pub fn set_properties(_: &[(&str, String)]) {}
pub fn set_document_class(_: &str, _: bool) {}
pub fn report_height() {}
pub fn fill_qr_codes() {}
pub fn register_service_worker() {}
/// Every language's texts are compiled in natively: `then` runs at once.
pub fn with_texts(_: Lang, then: impl FnOnce(bool) + 'static) {
    then(true)
}
