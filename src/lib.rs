//! DEASS eligibility widget for IRTS Normandie-Caen.
//!
//! `rules` decides (pure), `content` says it in words with sources, `link`
//! reads and writes answers in the URL, `flow` sequences the screens,
//! `prerender` writes the start page as HTML for `index.html`; the rest (wasm
//! only) is the Yew user interface.

pub mod content;
pub mod flow;
pub mod link;
pub mod overview;
pub mod prerender;
pub mod rules;
pub mod theme;

#[cfg(target_arch = "wasm32")]
pub mod app;
#[cfg(target_arch = "wasm32")]
pub mod browser;
#[cfg(target_arch = "wasm32")]
pub mod components;
#[cfg(target_arch = "wasm32")]
pub mod state;
