//! Entry point: hydrates the start page that the build wrote into the host
//! element, or renders the first screen there.

// Talc instead of std's dlmalloc: the same job for a single-threaded page
// in fewer bytes (−3 052 gzip: docs/performance.md, "Profil de taille").
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOC: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

#[cfg(target_arch = "wasm32")]
fn main() {
    // The first screen is built in a task of its own, after the one that
    // instantiated the module: shorter tasks, so the page keeps answering
    // while the app starts (on a result link, at a 4x CPU slowdown, long
    // tasks of 215 + 142 ms became 66 + 89 + 87 ms).
    // An English page waits for its texts (their download started with the
    // wasm's): the first render is in the page's language.
    gloo::timers::callback::Timeout::new(0, || {
        deass_eligibility::browser::with_texts(deass_eligibility::browser::start_lang(), start)
    })
    .forget();
}

#[cfg(target_arch = "wasm32")]
fn start(texts: bool) {
    use deass_eligibility::{app::App, browser};
    match browser::host_element() {
        // The server-rendered start page, kept by the guard for this visit:
        // the app adopts its nodes (nothing is replaced, nothing moves).
        // Without its texts, the page is rendered (in French) instead.
        Some(root) if texts && browser::static_start() => {
            yew::Renderer::<App>::with_root(root).hydrate();
        }
        // Any other first screen: rendered over the waiting page, which has
        // the same frame.
        Some(root) => {
            yew::Renderer::<App>::with_root(root).render();
        }
        None => {
            yew::Renderer::<App>::new().render();
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!(
        "This is a WebAssembly app: build and serve it with `scripts/serve.sh` (see the README)."
    );
}
