//! The few browser calls the app makes (URL, title, focus, clipboard,
//! print), kept in one place so components and state stay free of web-sys.
//! Every call degrades quietly: a missing window or element is not an error
//! the candidate should see.

use crate::content::Lang;
use crate::rules::Date;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

/// The id of the element the widget mounts into (a host page may provide it).
pub const HOST_ID: &str = "deass-eligibility";

fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

/// The host element, if the page has one.
pub fn host_element() -> Option<Element> {
    document()?.get_element_by_id(HOST_ID)
}

/// Today's date on the candidate's device.
pub fn today() -> Date {
    let d = js_sys::Date::new_0();
    // Years, months and days from a JS Date always fit these types.
    Date::new(
        d.get_full_year() as u16,
        (d.get_month() + 1) as u8,
        d.get_date() as u8,
    )
}

/// The first of the browser's preferred languages that the widget speaks.
pub fn preferred_lang() -> Option<Lang> {
    let nav = web_sys::window()?.navigator();
    let tags: Vec<String> = nav
        .languages()
        .iter()
        .filter_map(|v| v.as_string())
        .collect();
    tags.iter()
        .chain(nav.language().as_ref())
        .find_map(|t| Lang::from_tag(t))
}

/// Sets `<html lang>` (the widget's own document; a host page keeps its own).
pub fn set_document_lang(l: Lang) {
    if let Some(root) = document().and_then(|d| d.document_element()) {
        let _ = root.set_attribute("lang", l.id());
    }
}

/// The current query string (with its `?`), or an empty string.
pub fn query() -> String {
    web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default()
}

/// The page's address without its query string or fragment.
fn path() -> String {
    web_sys::window()
        .and_then(|w| w.location().pathname().ok())
        .unwrap_or_else(|| "/".into())
}

/// The full address of the current page (for "copy the link" and print).
pub fn href() -> String {
    web_sys::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default()
}

/// Puts `query` in the address bar: a new history entry when `push`.
pub fn set_query(query: &str, push: bool) {
    let Some(history) = web_sys::window().and_then(|w| w.history().ok()) else {
        return;
    };
    let url = format!("{}{}", path(), query);
    // Re-pushing the address we are at would make Back a no-op.
    if push && query == self::query() {
        return;
    }
    let _ = if push {
        history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
    } else {
        history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
    };
}

pub fn set_title(title: &str) {
    if let Some(d) = document() {
        d.set_title(title);
    }
}

/// Adds or removes `<meta name="robots" content="noindex">`.
pub fn set_noindex(on: bool) {
    let Some(d) = document() else { return };
    let existing = d.query_selector("meta[name=robots]").ok().flatten();
    match (on, existing) {
        (true, None) => {
            if let (Ok(meta), Some(head)) = (d.create_element("meta"), d.head()) {
                let _ = meta.set_attribute("name", "robots");
                let _ = meta.set_attribute("content", "noindex");
                let _ = head.append_child(&meta);
            }
        }
        (false, Some(meta)) => meta.remove(),
        _ => {}
    }
}

/// Moves keyboard focus to the element with `id` (it needs `tabindex="-1"`
/// if it is not focusable by nature) and scrolls it into view.
pub fn focus(id: &str) {
    if let Some(el) = document()
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<HtmlElement>().ok())
    {
        let _ = el.focus();
        el.scroll_into_view();
    }
}

/// Copies `text` to the clipboard; the returned promise tells whether it worked.
pub async fn copy(text: &str) -> bool {
    let Some(clipboard) = web_sys::window().map(|w| w.navigator().clipboard()) else {
        return false;
    };
    wasm_bindgen_futures::JsFuture::from(clipboard.write_text(text))
        .await
        .is_ok()
}

/// Opens the browser's print dialog.
pub fn print() {
    if let Some(w) = web_sys::window() {
        let _ = w.print();
    }
}
