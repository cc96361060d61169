//! Prints, as JSON, the pages that `scripts/ssr.mjs` writes into
//! `index.html` at build time (trunk's post-build hook): the start page in
//! each language (hydratable), its document title, and the page that waits
//! for the app in each mode and language, and the texts of the languages
//! the browser loads on demand. The pages are rendered by the app's own
//! components with Yew's server-side rendering (`src/ssr.rs`). Last, the
//! tables of the page's guard (`scripts/guard.js`): the `lang` and `mode`
//! parameters' names and values, the default of each first, so the guard
//! chooses the page as the app chooses its language and mode. Native only:
//!
//!   cargo run --quiet --features ssr --example ssr

use deass_eligibility::content::Lang;
use deass_eligibility::link::{Mode, Setting};
use deass_eligibility::ssr;

fn json(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn main() {
    let mut pages = Vec::new();
    for l in Lang::ALL {
        pages.push(format!(
            "{{\"kind\":\"start\",\"lang\":\"{}\",\"title\":{},\"html\":{}}}",
            l.id(),
            json(&ssr::start_title(l)),
            json(&ssr::start_page(l))
        ));
        for m in ssr::MODES {
            pages.push(format!(
                "{{\"kind\":\"waiting\",\"mode\":\"{}\",\"lang\":\"{}\",\"html\":{}}}",
                m.id(),
                l.id(),
                json(&ssr::waiting_page(m, l))
            ));
        }
    }
    // The texts the browser loads on demand (English; French but the start page's).
    for (l, text) in deass_eligibility::content::loadable_texts() {
        pages.push(format!(
            "{{\"kind\":\"texts\",\"lang\":\"{}\",\"text\":{}}}",
            l.id(),
            json(text)
        ));
    }
    pages.push(guard_tables());
    println!("[{}]", pages.join(",\n"));
}

/// The guard's tables: each list starts with its default value.
fn guard_tables() -> String {
    let list = |ids: Vec<&str>| {
        let quoted: Vec<String> = ids.into_iter().map(json).collect();
        format!("[{}]", quoted.join(","))
    };
    let langs = std::iter::once(Lang::default())
        .chain(Lang::ALL.into_iter().filter(|l| *l != Lang::default()))
        .map(Lang::id)
        .collect();
    let modes = std::iter::once(Mode::default())
        .chain(ssr::MODES.into_iter().filter(|m| *m != Mode::default()))
        .map(Mode::id)
        .collect();
    format!(
        "{{\"kind\":\"guard\",\"lang\":{},\"langs\":{},\"mode\":{},\"modes\":{}}}",
        json(Setting::Lang.name()),
        list(langs),
        json(Setting::Mode.name()),
        list(modes)
    )
}
