//! `browser` as the build machine sees it (native, `--features ssr`): the
//! same functions as `browser.rs`, for Yew's server-side rendering of the
//! start page and of the waiting pages (`ssr`). A server render runs the
//! components' view code and nothing else (no effect, no event), and the
//! visit it stands for comes in the app's props: nothing here answers
//! anything.

use crate::content::Lang;
use yew::events::{InputEvent, MouseEvent};

/// What the browser's listeners and timers return: here, nothing to hold.
pub struct Guard;

impl Drop for Guard {
    fn drop(&mut self) {}
}

pub const HEIGHT_MESSAGE: &str = "deass-eligibility:height";

pub fn query() -> String {
    String::new()
}

pub fn now_ms() -> f64 {
    0.0
}

pub fn on_popstate(_: impl Fn() + 'static) -> Option<Guard> {
    None
}

pub fn on_print(_: impl Fn() + 'static) -> Option<Guard> {
    None
}

pub fn next_task(_: impl FnOnce() + 'static) -> Guard {
    Guard
}

pub fn every(_: u32, _: impl FnMut() + 'static) -> Guard {
    Guard
}

pub fn on_activity(_: impl Fn() + Clone + 'static) -> Vec<Guard> {
    Vec::new()
}

pub fn input_value(_: &InputEvent) -> String {
    String::new()
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
pub fn take_over_click(_: &MouseEvent) -> bool {
    false
}

pub fn show_start_status(_: bool) {}
pub fn set_document_lang(_: Lang) {}
pub fn set_query(_: &str, _: bool) {}
pub fn set_title(_: &str) {}
pub fn set_noindex(_: bool) {}
pub fn focus(_: &str) {}
pub fn focus_screen(_: &str) {}
pub fn can_share() -> bool {
    false
}
pub fn share(_: &str, _: &str, _: impl FnOnce(bool) + 'static) {}
pub fn agenda(_: String) {}

/// Where the focus is: nowhere, at build time.
pub struct Focus;

impl Focus {
    pub fn current() -> Focus {
        Focus
    }
    pub fn restore(&self) {}
}
pub fn copy(_: String, _: impl FnOnce(bool) + 'static) {}
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
