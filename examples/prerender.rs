//! Prints the start page as the app renders it for a plain visit in French,
//! for `scripts/prerender.mjs` to write into `index.html` at build time
//! (trunk's post-build hook). Native only.
//!
//!   cargo run --quiet --example prerender

use deass_eligibility::{content::Lang, prerender};

fn main() {
    print!("{}", prerender::start_page(Lang::Fr));
}
