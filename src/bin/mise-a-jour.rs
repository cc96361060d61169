//! The update page's entry point (`mise-a-jour.html`, its own small wasm,
//! built by `scripts/mise-a-jour.mjs`; the candidates' wasm has none of
//! it): a form with the values of `donnees.toml` the guide lists, checked
//! as they are typed with the checks of `scripts/verifier-contenu.sh`
//! (`content::update`, `content::model`'s line-by-line reading), the
//! summary old → new, the preview of five typical candidates on a chosen
//! day, the engine's invariants on the edited facts
//! (`deass_eligibility::invariants`), and the two downloads. No request is
//! ever made: the page only reads its own form.

#[cfg(target_arch = "wasm32")]
#[path = "mise-a-jour/page.rs"]
mod page;

#[cfg(target_arch = "wasm32")]
fn main() {
    page::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("This is the update page's WebAssembly: `trunk build` writes mise-a-jour.html (see docs/mise-a-jour-annuelle.md).");
}
