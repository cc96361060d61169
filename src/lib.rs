//! DEASS eligibility widget for IRTS Normandie-Caen.
//!
//! `rules` decides (pure), `content` says it in words with sources, `link`
//! reads and writes the URL (answers, screen and how the widget is shown),
//! `flow` sequences the screens, `agenda` writes the person's dates as a
//! calendar file; the rest is the Yew user interface, compiled for the browser (wasm32) and,
//! with `--features ssr`, for the build machine, which renders the start
//! page into `index.html` with it (`ssr`).

pub mod agenda;
pub mod content;
pub mod dom_ids;
pub mod flow;
// The engine's invariants over the sample walks: tests, and the update page
// (feature `mise-a-jour`); never in the candidates' wasm.
#[cfg(any(test, feature = "testing", feature = "mise-a-jour"))]
pub mod invariants;
pub mod link;
pub mod overview;
pub mod rules;
pub mod theme;

#[cfg(any(target_arch = "wasm32", feature = "ssr"))]
pub mod app;
#[cfg(target_arch = "wasm32")]
pub mod browser;
#[cfg(all(not(target_arch = "wasm32"), feature = "ssr"))]
#[path = "browser_build.rs"]
pub mod browser;
#[cfg(any(target_arch = "wasm32", feature = "ssr"))]
pub mod components;
#[cfg(all(not(target_arch = "wasm32"), feature = "ssr"))]
pub mod ssr;
#[cfg(any(target_arch = "wasm32", feature = "ssr"))]
pub mod state;
