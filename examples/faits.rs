//! The release facts, for `scripts/release.sh`: the crate's version, the
//! intake year and the content's as-of date (`intake.page_updated`), as
//! compiled in from the content folder the crate is built with
//! (`DEASS_CONTENT_DIR`, else `content/`). One `KEY=VALUE` line each, so a
//! shell reads them without parsing TOML or cargo's build folders. Native only.
//!
//!   cargo run --quiet --example faits

use deass_eligibility::content::FACTS;

fn main() {
    let page = FACTS.intake.page_updated;
    println!("version={}", env!("CARGO_PKG_VERSION"));
    println!("intake_year={}", FACTS.intake.year);
    println!(
        "page_updated={:04}-{:02}-{:02}",
        page.year, page.month, page.day
    );
}
