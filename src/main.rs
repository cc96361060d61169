//! Entry point: mounts the widget into its host element.

#[cfg(target_arch = "wasm32")]
fn main() {
    use deass_eligibility::{app::App, browser};
    // Yew empties the host element when it mounts: note first where the
    // keyboard was on the prerendered start page.
    browser::note_prerender_focus();
    match browser::host_element() {
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
