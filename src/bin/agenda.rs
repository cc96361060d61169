//! The calendar file's writer ("Ajouter à mon agenda"): its own small wasm,
//! built by `scripts/agenda-asset.mjs` and loaded when the result's button
//! is first used (`browser::agenda`), never on the first screen. The
//! candidates' wasm sends `agenda::request`'s text; this one reads it back,
//! waits for the texts of its language (the page's, as the widget loads
//! them), states the steps (`agenda::events`), writes the RFC 5545 file
//! (`agenda::file`, stamped now) and saves it (`deass-agenda-<intake>.ics`).

#[cfg(target_arch = "wasm32")]
use deass_eligibility::{agenda, browser};

/// Writes and saves the calendar file `request` describes.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen(js_name = deassAgenda)]
pub fn write(request: &str) {
    let Some((tr, route, link)) = agenda::from_request(request) else {
        return;
    };
    browser::with_texts(tr.lang, move |loaded| {
        if loaded {
            let intake = tr.params.intake_year;
            let events = agenda::events(&tr, route, &link);
            let file = agenda::file(&events, intake, &browser::utc_stamp());
            browser::download(&agenda::file_name(intake), "text/calendar", &file);
        }
    });
}

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("This is the calendar file's WebAssembly: `trunk build` writes it (scripts/agenda-asset.mjs).");
}
