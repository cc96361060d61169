//! The few browser calls the app makes (URL, title, focus, clipboard,
//! print), kept in one place so components and state stay free of web-sys.
//! Every call degrades quietly: a missing window or element is not an error
//! the candidate should see.

use crate::content::Lang;
use crate::dom_ids::HOST_ID;
use crate::rules::Date;
use gloo::events::EventListener;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, HtmlInputElement};
use yew::events::{InputEvent, MouseEvent};
use yew::TargetCast;

fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

/// The host element, if the page has one.
pub fn host_element() -> Option<Element> {
    document()?.get_element_by_id(HOST_ID)
}

/// Whether the host element holds the start page written at build time,
/// kept by the page's guard script for this visit (`data-static="start"`:
/// a plain visit, in the language the app will choose): then the app
/// hydrates it instead of rendering its own. What the guard added inside it
/// (the status shown after an early click on "Commencer", `data-guard`) is
/// removed first, so that the nodes are exactly the server-rendered ones.
pub fn static_start() -> bool {
    let Some(host) = host_element() else {
        return false;
    };
    if host.get_attribute("data-static").as_deref() != Some("start") {
        return false;
    }
    if let Ok(added) = host.query_selector_all("[data-guard]") {
        for i in 0..added.length() {
            if let Some(el) = added.get(i).and_then(|n| n.dyn_into::<Element>().ok()) {
                el.remove();
            }
        }
    }
    true
}

/// Whether the guard kept the start page written at build time for this
/// visit (`data-static="start"`), without changing anything.
pub fn is_static_start() -> bool {
    host_element()
        .and_then(|h| h.get_attribute("data-static"))
        .as_deref()
        == Some("start")
}

/// The texts could not be loaded for a first screen other than the start
/// page: the waiting page's status becomes its failure message (as the
/// guard does when the app never starts).
pub fn show_failed() {
    let Some(host) = host_element() else {
        return;
    };
    let status = host.query_selector(".dee-loading").ok().flatten();
    let failed = host.query_selector("template.dee-failed").ok().flatten();
    if let (Some(status), Some(failed)) = (status, failed) {
        // A template's markup: the message and the phone link, in the
        // page's language, written at build time.
        status.set_inner_html(&failed.inner_html());
    }
}

/// "Commencer" waits for the texts it needs (`failed: false`: the page's
/// loading status under the button) or they could not be loaded (`true`:
/// the failure message, with the phone number as a `tel:` link). Drawn by
/// the page's guard (`deeWait`, scripts/guard.js) from the status and
/// message written at build time, so they are the waiting page's own.
pub fn show_start_status(failed: bool) {
    if let Some((window, f)) = page_function("deeWait") {
        let _ = f.call1(&window, &failed.into());
    }
}

/// A function the page's scripts put on `window` (the guard's).
fn page_function(name: &str) -> Option<(web_sys::Window, js_sys::Function)> {
    let window = web_sys::window()?;
    let f = js_sys::Reflect::get(&window, &name.into()).ok()?;
    Some((window, f.dyn_into().ok()?))
}

/// Once the app has hydrated or rendered its first screen: clears the
/// host's marks (`data-static`, and `data-start`, set by the guard when
/// "Commencer" was clicked before the app was ready) and tells whether that
/// click happened, so the app acts on it. Acts only once.
pub fn take_start_request() -> bool {
    let Some(host) = host_element() else {
        return false;
    };
    let started = host.has_attribute("data-start");
    for a in ["data-static", "data-start"] {
        let _ = host.remove_attribute(a);
    }
    started
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

/// The time, in milliseconds (to measure a pause).
pub fn now_ms() -> f64 {
    js_sys::Date::now()
}

/// Calls `f` on Back and Forward, as long as the returned listener lives.
pub fn on_popstate(f: impl Fn() + 'static) -> Option<EventListener> {
    let w = web_sys::window()?;
    Some(EventListener::new(&w, "popstate", move |_| f()))
}

/// Calls `f` just before the page is printed, as long as the returned
/// listener lives.
pub fn on_print(f: impl Fn() + 'static) -> Option<EventListener> {
    let w = web_sys::window()?;
    Some(EventListener::new(&w, "beforeprint", move |_| f()))
}

/// Calls `f` in a task of its own, after the current one (unless the
/// returned timeout is dropped first).
pub fn next_task(f: impl FnOnce() + 'static) -> gloo::timers::callback::Timeout {
    gloo::timers::callback::Timeout::new(0, f)
}

/// Calls `f` every `ms` milliseconds, as long as the returned interval lives.
pub fn every(ms: u32, f: impl FnMut() + 'static) -> gloo::timers::callback::Interval {
    gloo::timers::callback::Interval::new(ms, f)
}

/// Calls `f` on any touch, key, input or scroll in the document, as long as
/// the returned listeners live.
pub fn on_activity(f: impl Fn() + Clone + 'static) -> Vec<EventListener> {
    let Some(doc) = document() else {
        return Vec::new();
    };
    ["pointerdown", "keydown", "input", "touchstart", "wheel"]
        .into_iter()
        .map(|ev| {
            let f = f.clone();
            EventListener::new(&doc, ev, move |_| f())
        })
        .collect()
}

/// The value of the text field an input event comes from.
pub fn input_value(e: &InputEvent) -> String {
    e.target_unchecked_into::<HtmlInputElement>().value()
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

/// The language the app opens in: the link's `lang`, else the browser's
/// (as [`crate::state::State::new`] chooses it).
pub fn start_lang() -> Lang {
    crate::link::lang_of(&query(), preferred_lang())
}

/// Calls `then` once the texts of `lang` are here: at once if the wasm
/// carries them, else when the page has loaded them (`texts-LANG-….txt`,
/// fetched with its SRI hash by the guard's `deeTexts`, see
/// scripts/guard.js; the guard starts this visit's download as the page is
/// parsed, beside the wasm's; a failed download is tried again at the next
/// call). `then(false)`: they could not be loaded.
pub fn with_texts(lang: Lang, then: impl FnOnce(bool) + 'static) {
    with_texts_boxed(lang, Box::new(then))
}

// One copy of the download's state machine in the wasm, not one per caller.
fn with_texts_boxed(lang: Lang, then: Box<dyn FnOnce(bool)>) {
    if crate::content::has_texts(lang) {
        return then(true);
    }
    wasm_bindgen_futures::spawn_local(async move {
        let loaded = load_texts(lang).await;
        if !loaded {
            warn("deass-eligibility: the texts of this language could not be loaded");
        }
        then(loaded)
    });
}

async fn load_texts(lang: Lang) -> bool {
    let Some(promise) = page_function("deeTexts")
        .and_then(|(window, f)| f.call1(&window, &lang.id().into()).ok())
        .and_then(|p| p.dyn_into::<js_sys::Promise>().ok())
    else {
        return false;
    };
    match wasm_bindgen_futures::JsFuture::from(promise).await {
        Ok(text) => text
            .as_string()
            .is_some_and(|t| crate::content::install_texts(lang, t)),
        Err(_) => false,
    }
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

/// This page's address with another query string: the link a printout
/// carries (its QR code too), which opens the standard view.
pub fn address_with(query: &str) -> String {
    let origin = web_sys::window()
        .and_then(|w| w.location().origin().ok())
        .unwrap_or_default();
    format!("{origin}{}{query}", path())
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

/// A new screen: the focus on its heading `id`, and the widget's top in
/// view (not the heading at the very top of the window): the header (with
/// presentation mode's tools), "Retour" and the place in the questions
/// stay visible above it.
pub fn focus_screen(id: &str) {
    let Some(el) = document()
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<HtmlElement>().ok())
    else {
        return;
    };
    let options = web_sys::FocusOptions::new();
    options.set_prevent_scroll(true);
    let _ = el.focus_with_options(&options);
    if let Some(host) = host_element() {
        host.scroll_into_view();
    }
}

/// Where the keyboard focus is, to give it back later ([`Focus::restore`]).
pub struct Focus(Option<HtmlElement>);

impl Focus {
    /// The element that has the focus now (none if it is the page itself).
    pub fn current() -> Focus {
        Focus(
            document()
                .and_then(|d| d.active_element())
                .and_then(|e| e.dyn_into::<HtmlElement>().ok()),
        )
    }

    /// Puts the focus back, if that element is still in the page.
    pub fn restore(&self) {
        if let Some(el) = self.0.as_ref().filter(|e| e.is_connected()) {
            let _ = el.focus();
        }
    }
}

/// On a click on one of the app's links (a real link, which can be opened
/// or copied): whether the app handles it in place, and if so, stops the
/// browser following it. Only a plain click: with Ctrl, Shift or Meta
/// (Cmd), the browser opens the link in a new tab or window, as asked.
pub fn take_over_click(e: &MouseEvent) -> bool {
    let plain = !(e.ctrl_key() || e.meta_key() || e.shift_key());
    if plain {
        e.prevent_default();
    }
    plain
}

/// Copies `text` to the clipboard, then calls `done` with whether it worked.
pub fn copy(text: String, done: impl FnOnce(bool) + 'static) {
    let Some(clipboard) = web_sys::window().map(|w| w.navigator().clipboard()) else {
        return done(false);
    };
    let written = wasm_bindgen_futures::JsFuture::from(clipboard.write_text(&text));
    wasm_bindgen_futures::spawn_local(async move { done(written.await.is_ok()) });
}

/// Whether the browser has a share sheet (the Web Share API: phones,
/// some desktops).
pub fn can_share() -> bool {
    web_sys::window()
        .is_some_and(|w| js_sys::Reflect::has(&w.navigator(), &"share".into()).unwrap_or(false))
}

/// Opens the share sheet with `url` and `title`, then calls `done` with
/// whether it may have worked: `false` when it could not open at all (not
/// when the person closed it), so that the caller can copy instead.
pub fn share(url: &str, title: &str, done: impl FnOnce(bool) + 'static) {
    let navigator = match web_sys::window() {
        Some(w) => w.navigator(),
        None => return done(false),
    };
    let data = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&data, &"url".into(), &url.into());
    let _ = js_sys::Reflect::set(&data, &"title".into(), &title.into());
    let promise = js_sys::Reflect::get(&navigator, &"share".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
        .and_then(|f| f.call1(&navigator, &data).ok())
        .and_then(|p| p.dyn_into::<js_sys::Promise>().ok());
    let Some(promise) = promise else {
        return done(false);
    };
    wasm_bindgen_futures::spawn_local(async move {
        let shared = match wasm_bindgen_futures::JsFuture::from(promise).await {
            Ok(_) => true,
            // Closed by the person: nothing to fall back to.
            Err(e) => js_sys::Reflect::get(&e, &"name".into())
                .ok()
                .and_then(|n| n.as_string())
                .is_some_and(|n| n == "AbortError"),
        };
        done(shared)
    });
}

/// Saves `text` as a file named `name` (a `data:` link with `download`,
/// clicked: no network, no blob to revoke).
pub fn download(name: &str, mime: &str, text: &str) {
    let Some(host) = host_element() else {
        return;
    };
    let Some(doc) = document() else {
        return;
    };
    let Ok(link) = doc.create_element("a") else {
        return;
    };
    let href = format!(
        "data:{mime};charset=utf-8,{}",
        js_sys::encode_uri_component(text)
    );
    let _ = link.set_attribute("href", &href);
    let _ = link.set_attribute("download", name);
    let _ = link.set_attribute("hidden", "");
    if host.append_child(&link).is_ok() {
        if let Ok(link) = link.dyn_into::<HtmlElement>() {
            link.click();
            link.remove();
        }
    }
}

/// Now, in UTC, as a calendar file's `DTSTAMP` (`20261206T203000Z`).
pub fn utc_stamp() -> String {
    let iso: String = js_sys::Date::new_0().to_iso_string().into();
    // 2026-12-06T20:30:00.000Z
    let digits: String = iso
        .chars()
        .take(19)
        .filter(|c| *c != '-' && *c != ':')
        .collect();
    format!("{digits}Z")
}

/// Opens the browser's print dialog.
pub fn print() {
    if let Some(w) = web_sys::window() {
        let _ = w.print();
    }
}

/// Says something to the page's developer (never to the candidate).
pub fn warn(message: &str) {
    web_sys::console::warn_1(&message.into());
}

/// Sets CSS custom properties on the widget's root (through the CSSOM, which
/// a strict Content-Security-Policy allows, unlike `style` attributes).
pub fn set_properties(properties: &[(&str, String)]) {
    let Some(root) = host_element().and_then(|e| e.dyn_into::<HtmlElement>().ok()) else {
        return;
    };
    let style = root.style();
    for (name, value) in properties {
        let _ = style.set_property(name, value);
    }
}

/// Adds or removes a class on `<html>` (the widget's own document).
pub fn set_document_class(class: &str, on: bool) {
    if let Some(root) = document().and_then(|d| d.document_element()) {
        let _ = if on {
            root.class_list().add_1(class)
        } else {
            root.class_list().remove_1(class)
        };
    }
}

/// The message type a host page's embed.js listens to.
pub const HEIGHT_MESSAGE: &str = "deass-eligibility:height";

/// In an iframe, tells the parent page the widget's height whenever it
/// changes, and nothing else (never an answer). The height is the widget's
/// own (its host element's bottom edge, in the document): the document's
/// `scrollHeight` is never less than the iframe's viewport, so the frame
/// could grow and never shrink back.
pub fn report_height() {
    use wasm_bindgen::closure::Closure;
    let Some(window) = web_sys::window() else {
        return;
    };
    let Some(parent) = window.parent().ok().flatten() else {
        return;
    };
    let Some(host) = host_element() else {
        return;
    };
    let measured = host.clone();
    let send = move || {
        let scrolled = web_sys::window().and_then(|w| w.scroll_y().ok());
        let bottom = measured.get_bounding_client_rect().bottom() + scrolled.unwrap_or(0.0);
        let height = bottom.ceil().max(0.0) as i32;
        let message = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&message, &"type".into(), &HEIGHT_MESSAGE.into());
        let _ = js_sys::Reflect::set(&message, &"height".into(), &height.into());
        // Any origin may read a height: it says nothing about the candidate.
        let _ = parent.post_message(&message, "*");
    };
    send();
    let callback = Closure::<dyn FnMut()>::new(send);
    if let Ok(observer) = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()) {
        observer.observe(&host);
    }
    // Lives as long as the page.
    callback.forget();
}

/// Registers the service worker that keeps the widget usable offline. Its
/// scope is the widget's own folder, so a partner site's workers are untouched.
pub fn register_service_worker() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let navigator = window.navigator();
    // Absent outside secure contexts and in some embedded browsers.
    if !js_sys::Reflect::has(&navigator, &"serviceWorker".into()).unwrap_or(false) {
        return;
    }
    let promise = navigator.service_worker().register("./sw.js");
    wasm_bindgen_futures::spawn_local(async move {
        // Without a worker the widget still works online: nothing to say.
        let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
    });
}

/// The print view's QR codes: every `[data-qr]` element gets the SVG code
/// of its attribute's text. The generator (`qr-….js`, named with its SRI
/// hash by the page's `<meta name="dee-qr">`, see `scripts/qr-asset.mjs`) is
/// loaded the first time a result asks for it, never on the first screen.
pub fn fill_qr_codes() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let generator = js_sys::Reflect::get(&window, &"deassQrSvg".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    if let Some(generator) = generator {
        fill_qr_with(&generator);
        return;
    }
    // Not again while it loads. Once it is in, the codes are drawn in a
    // task of their own, after the generator's (set before the script can
    // run: its fetch has only started).
    if let Some(script) = add_named_script("meta[name=dee-qr]", "dee-qr-script") {
        let onload = wasm_bindgen::closure::Closure::once_into_js(|| {
            let _ = next_task(fill_qr_codes).forget();
        });
        let _ = js_sys::Reflect::set(&script, &"onload".into(), &onload);
    }
}

/// Adds the script the page's `meta` names with its SRI hash (its
/// `data-type`, if any, the script's `type`) as `id`, unless it is there
/// already: the script added.
fn add_named_script(meta: &str, id: &str) -> Option<Element> {
    let doc = document()?;
    if doc.get_element_by_id(id).is_some() {
        return None;
    }
    let meta = doc.query_selector(meta).ok().flatten()?;
    let (src, script) = (
        meta.get_attribute("content")?,
        doc.create_element("script").ok()?,
    );
    let _ = script.set_attribute("id", id);
    if let Some(integrity) = meta.get_attribute("data-integrity") {
        let _ = script.set_attribute("integrity", &integrity);
        let _ = script.set_attribute("crossorigin", "anonymous");
    }
    if let Some(kind) = meta.get_attribute("data-type") {
        let _ = script.set_attribute("type", &kind);
    }
    let _ = script.set_attribute("src", &src);
    doc.head()?.append_child(&script).ok()?;
    Some(script)
}

/// "Ajouter à mon agenda": `request` (`agenda::request`'s text) given to
/// the calendar file's writer, its own small wasm (`ics-….js`, named with
/// its SRI hash by the page's `<meta name="dee-agenda">`, see
/// `scripts/agenda-asset.mjs`), which states the steps, writes the `.ics`
/// and saves it. The writer is loaded the first time it is asked for, never
/// on the first screen; the request is sent once it is in (its
/// `deass-agenda` event).
pub fn agenda(request: String) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let writer = js_sys::Reflect::get(&window, &"deassAgenda".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    if let Some(w) = writer {
        let _ = w.call1(&wasm_bindgen::JsValue::NULL, &request.into());
        return;
    }
    let then = wasm_bindgen::closure::Closure::once_into_js(move || agenda(request));
    let _ = window.add_event_listener_with_callback("deass-agenda", then.unchecked_ref());
    add_named_script("meta[name=dee-agenda]", "dee-agenda-script");
}

fn fill_qr_with(generator: &js_sys::Function) {
    let Some(all) = document().and_then(|d| d.query_selector_all("[data-qr]").ok()) else {
        return;
    };
    for i in 0..all.length() {
        let Some(el) = all.get(i).and_then(|n| n.dyn_into::<Element>().ok()) else {
            continue;
        };
        let Some(text) = el.get_attribute("data-qr") else {
            continue;
        };
        if el.get_attribute("data-qr-done").as_deref() == Some(text.as_str()) {
            continue;
        }
        // Only squares: the generator is given no title or text to echo.
        if let Some(svg) = generator
            .call1(&wasm_bindgen::JsValue::NULL, &text.as_str().into())
            .ok()
            .and_then(|v| v.as_string())
        {
            el.set_inner_html(&svg);
            let _ = el.set_attribute("data-qr-done", &text);
        }
    }
}
