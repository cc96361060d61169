//! Entry point: reads the browser once (the link, the day, the language),
//! then hydrates the start page that the build wrote into the host element,
//! or renders the first screen there.

#[cfg(target_arch = "wasm32")]
fn main() {
    use deass_eligibility::browser;
    // The first screen is built in a task of its own, after the one that
    // instantiated the module: shorter tasks, so the page keeps answering
    // while the app starts (on a result link, at a 4x CPU slowdown, long
    // tasks of 215 + 142 ms became 66 + 89 + 87 ms).
    // An English page waits for its texts (their download started with the
    // wasm's): the first render is in the page's language.
    let _ = browser::next_task(|| browser::with_texts(browser::start_lang(), start)).forget();
}

#[cfg(target_arch = "wasm32")]
fn start(texts: bool) {
    use deass_eligibility::{app, browser};
    let props = app::Props {
        query: browser::query().into(),
        today: browser::today(),
        lang: browser::preferred_lang().unwrap_or_default(),
    };
    match browser::host_element() {
        // The server-rendered start page, kept by the guard for this visit:
        // the app adopts its nodes (nothing is replaced, nothing moves).
        // Without its texts, the page is rendered (in French) instead.
        Some(root) if texts && browser::static_start() => {
            yew::Renderer::<app::App>::with_root_and_props(root, props).hydrate();
        }
        // Any other first screen: rendered over the waiting page, which has
        // the same frame.
        Some(root) => {
            yew::Renderer::<app::App>::with_root_and_props(root, props).render();
        }
        None => {
            yew::Renderer::<app::App>::with_props(props).render();
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!(
        "This is a WebAssembly app: build and serve it with `scripts/serve.sh` (see the README)."
    );
}
