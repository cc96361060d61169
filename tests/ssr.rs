//! The pages written into `index.html` at build time (`src/ssr.rs`), rendered
//! natively by the app's own components with Yew's server-side rendering.
//! That the browser shows exactly these is checked end to end
//! (`e2e/ssr.test.mjs`); here, what they say.

use deass_eligibility::content::Lang;
use deass_eligibility::link::Mode;
use deass_eligibility::rules::Date;
use deass_eligibility::ssr;

/// The build does not know when the page will be read: the start page must
/// be the same whatever the date (an intake year in it would be wrong a year
/// later, and hydration would find other text).
#[test]
fn the_start_page_does_not_depend_on_the_date() {
    for l in Lang::ALL {
        let reference = ssr::start_page(l);
        for (y, m, d) in [
            (2025, 11, 23),
            (2026, 1, 19),
            (2026, 4, 29),
            (2026, 11, 23),
            (2027, 11, 23),
            (2031, 6, 1),
        ] {
            assert_eq!(
                ssr::start_page_on(l, Date::new(y, m, d)),
                reference,
                "{l:?}: the start page rendered on {y}-{m}-{d} differs"
            );
        }
    }
}

#[test]
fn the_start_pages_are_complete_and_in_their_language() {
    for l in Lang::ALL {
        let html = ssr::start_page(l);
        assert!(
            html.starts_with("<!--<["),
            "{l:?}: hydration marks first: {html:.60}"
        );
        assert!(html.contains(&format!(
            "<div lang=\"{}\" class=\"dee-app dee-app--standard\">",
            l.id()
        )));
        for part in [
            "<header class=\"dee-header\">",
            "id=\"dee-heading\"",
            "dee-button--start",
            "<footer class=\"dee-footer\">",
            "href=\"tel:",
        ] {
            assert!(html.contains(part), "{l:?}: no {part}");
        }
        assert!(!html.contains('*'), "{l:?}: rich markup left");
        assert!(!html.contains('{'), "{l:?}: unfilled placeholder");
    }
    assert!(ssr::start_page(Lang::Fr).contains("Commencer"));
    assert!(ssr::start_page(Lang::En).contains("href=\"?lang=fr\""));
    assert!(ssr::start_page(Lang::Fr).contains("href=\"?lang=en\""));
    assert!(ssr::start_title(Lang::En).contains("DEASS"));
}

#[test]
fn each_waiting_page_has_the_frame_of_its_mode_and_a_status() {
    for l in Lang::ALL {
        for m in ssr::MODES {
            let html = ssr::waiting_page(m, l);
            assert!(
                !html.contains("<!--"),
                "{m:?} {l:?}: not hydrated, so no marks"
            );
            assert!(
                html.contains(&format!("dee-app--{}", m.id())),
                "{m:?} {l:?}"
            );
            // Embedded, the main region is named (the partner's page has its own).
            let main = match m {
                Mode::Embed => "<main id=\"dee-main\" aria-label=\"",
                _ => "<main id=\"dee-main\" class=\"dee-main\"><p role=\"status\" class=\"dee-loading\">",
            };
            assert!(html.contains(main), "{m:?} {l:?}");
            assert!(html.contains("<template class=\"dee-failed\">"));
            assert!(!html.contains("dee-heading"), "{m:?} {l:?}: no screen yet");
            assert_eq!(
                html.contains("<footer"),
                m != Mode::Embed,
                "{m:?} {l:?}: footer"
            );
            assert_eq!(
                html.contains("dee-header__tools"),
                m == Mode::Presentation,
                "{m:?} {l:?}"
            );
        }
    }
    assert!(ssr::waiting_page(Mode::Standard, Lang::En).contains("Loading"));
    assert!(ssr::waiting_page(Mode::Standard, Lang::Fr).contains("Chargement du simulateur…"));
}

/// The wasm carries only the French texts of the start page (build.rs
/// `START_PAGE_TEXTS`); the others load after it (`texts-fr-….txt`). The
/// start page and its title must need no other text, or they would show
/// blanks before the file is here.
#[test]
fn the_french_start_page_needs_only_the_texts_the_wasm_carries() {
    use deass_eligibility::content::with_start_texts_only;
    let full = (ssr::start_page(Lang::Fr), ssr::start_title(Lang::Fr));
    let start_only =
        with_start_texts_only(|| (ssr::start_page(Lang::Fr), ssr::start_title(Lang::Fr)));
    assert!(
        start_only == full,
        "the French start page renders a text outside build.rs START_PAGE_TEXTS \
         (add its key's prefix there):\nwith every text:\n{full:?}\nwith the start page's only:\n{start_only:?}"
    );
}
