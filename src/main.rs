//! Entry point: reads the browser once (the link, the day, the language),
//! then hydrates the start page that the build wrote into the host element,
//! or renders the first screen there.

// Talc instead of std's dlmalloc: the same job for a single-threaded page
// in fewer bytes (−3 052 gzip: docs/performance.md, "Profil de taille").
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOC: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

#[cfg(target_arch = "wasm32")]
fn main() {
    use deass_eligibility::browser;
    // The first screen is built in a task of its own, after the one that
    // instantiated the module: shorter tasks, so the page keeps answering
    // while the app starts (on a result link, at a 4x CPU slowdown, long
    // tasks of 215 + 142 ms became 66 + 89 + 87 ms).
    // The wasm carries only the French texts of the start page. Any other
    // first screen, and an English page, waits for its texts; the French
    // start page takes in the rest once they are here (the page's guard
    // started their download with the wasm's, scripts/guard.js).
    let _ = browser::next_task(first_screen).forget();
}

#[cfg(target_arch = "wasm32")]
fn first_screen() {
    use deass_eligibility::browser;
    use deass_eligibility::content::Lang;
    match browser::start_lang() {
        Lang::Fr if browser::is_static_start() => {
            start(true);
            browser::with_texts(Lang::Fr, |_| ());
        }
        // Without the English texts, the page is in French (the start
        // page's texts are here; any other screen needs the rest).
        l if l != Lang::Fr && !browser::is_static_start() => browser::with_texts(l, |ok| {
            if ok {
                start(true)
            } else {
                browser::with_texts(Lang::Fr, after_french)
            }
        }),
        l => browser::with_texts(l, after_french),
    }
}

/// Without the French texts, the page says the simulator did not load.
#[cfg(target_arch = "wasm32")]
fn after_french(texts: bool) {
    use deass_eligibility::browser;
    match texts || browser::is_static_start() {
        true => start(texts),
        false => browser::show_failed(),
    }
}

#[cfg(target_arch = "wasm32")]
fn start(texts: bool) {
    use deass_eligibility::{app, browser};
    let props = app::Props {
        query: browser::query().into(),
        today: browser::today(),
        lang: deass_eligibility::link::choose_lang(None, browser::preferred_lang()),
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
