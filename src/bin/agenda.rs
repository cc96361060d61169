//! The calendar file's writer ("Ajouter à mon agenda"): its own small wasm,
//! built by `scripts/agenda-asset.mjs` and loaded when the result's button
//! is first used (`browser::agenda`), never on the first screen. The candidates' wasm
//! states the person's steps (`agenda::events`, as `agenda::wire`'s text);
//! this one reads them back, writes the RFC 5545 file (`agenda::file`,
//! stamped now) and saves it (`deass-agenda-<intake>.ics`). No request.

#[cfg(target_arch = "wasm32")]
use deass_eligibility::{agenda, browser};

/// Writes and saves the calendar file of `steps` for `intake`.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen(js_name = deassAgenda)]
pub fn write(steps: &str, intake: u16) {
    let file = agenda::file(&agenda::from_wire(steps), intake, &browser::utc_stamp());
    browser::download(&agenda::file_name(intake), "text/calendar", &file);
}

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("This is the calendar file's WebAssembly: `trunk build` writes it (scripts/agenda-asset.mjs).");
}
