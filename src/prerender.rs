//! The start page as HTML text, written into `index.html` at build time
//! (`scripts/prerender.mjs`, through `examples/prerender.rs`), so that a
//! phone on a slow connection shows the start screen as soon as the HTML and
//! the CSS arrive, instead of "Chargement…" until the WebAssembly is ready.
//!
//! This is the markup the Yew app renders for a plain visit (standard mode,
//! start screen, no answer): `app.rs`'s frame, `components/start.rs` and
//! `components/lang_switch.rs`. The app replaces it when it starts, in the
//! same task, so nothing moves. A browser test (`tests/web.rs`) compares the
//! two DOM trees node by node: a change to one that is not made to the other
//! fails the tests.
//!
//! No Yew here: it runs natively at build time.

use crate::content::{lang, list, raw_in, set_lang, t, Lang, FACTS};
use crate::link;
use crate::rules::Answers;

/// Text escaped for an HTML text node or a double-quoted attribute.
fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
    out
}

/// `components::rich` as text: `*term*` is a French term, in italics.
fn rich(text: &str) -> String {
    let fr = if lang() == Lang::Fr {
        ""
    } else {
        " lang=\"fr\""
    };
    text.split('*')
        .enumerate()
        .map(|(i, part)| {
            if i % 2 == 1 {
                format!("<em{fr}>{}</em>", esc(part))
            } else {
                esc(part)
            }
        })
        .collect()
}

/// The widget's whole start page in `l`, as the app renders it for a plain
/// visit: the `.dee-app` element, to go inside the host element.
pub fn start_page(l: Lang) -> String {
    let before = lang();
    set_lang(l);
    let other = match l {
        Lang::Fr => Lang::En,
        Lang::En => Lang::Fr,
    };
    let switch_href = link::to_query(
        &Answers::default(),
        None,
        false,
        &[("lang".into(), other.id().into())],
    );
    let switch_name = raw_in(l, "app.switch_to").unwrap_or(other.id());
    let switch_label = raw_in(l, "app.switch_label").unwrap_or(switch_name);
    let points: String = list("start.points")
        .iter()
        .map(|p| format!("<li>{}</li>", rich(p)))
        .collect();
    let html = format!(
        concat!(
            r#"<div class="dee-app dee-app--standard" lang="{lang}">"#,
            r#"<header class="dee-header">"#,
            r#"<p class="dee-header__title">{title}</p>"#,
            r#"<p class="dee-header__institute">{institute}</p>"#,
            r#"<a class="dee-lang" href="{switch_href}" lang="{other}" hreflang="{other}" aria-label="{switch_label}">{switch_name}</a>"#,
            r#"</header>"#,
            r#"<main class="dee-main" id="dee-main"><div class="dee-start">"#,
            r#"<h1 id="dee-heading" tabindex="-1" class="dee-h1">{heading}</h1>"#,
            r#"<p class="dee-lead">{lead}</p>"#,
            r#"<ul class="dee-list">{points}</ul>"#,
            r#"<p>{caution}</p>"#,
            r#"<p class="dee-privacy">{privacy}</p>"#,
            r#"<button type="button" class="dee-button dee-button--start">{button}"#,
            r#"<svg class="dee-button__arrow" aria-hidden="true" focusable="false" width="17" height="19" viewBox="0 0 33 40">"#,
            r#"<path fill="currentColor" d="M0 0h13l20 20-20 20H0l20-20z"></path></svg></button>"#,
            r#"</div></main>"#,
            r#"<footer class="dee-footer"><p>{footer}</p>"#,
            r#"<p>{phone_label} <a href="tel:{phone_tel}">{phone}</a></p></footer>"#,
            r#"</div>"#,
        ),
        lang = l.id(),
        title = rich(&t("app.short_title")),
        institute = rich(&t("app.institute")),
        switch_href = esc(&switch_href),
        other = other.id(),
        switch_label = esc(switch_label),
        switch_name = esc(switch_name),
        heading = rich(&t("start.heading")),
        lead = rich(&t("start.lead")),
        points = points,
        caution = rich(&t("start.caution")),
        privacy = rich(&t("start.privacy")),
        button = rich(&t("start.button")),
        footer = rich(&t("app.footer")),
        phone_label = rich(&t("app.phone_label")),
        phone_tel = esc(FACTS.phone_tel),
        phone = esc(FACTS.phone),
    );
    set_lang(before);
    html
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_start_page_has_the_heading_the_button_and_no_raw_markup() {
        for l in Lang::ALL {
            let html = start_page(l);
            assert!(html.starts_with("<div class=\"dee-app dee-app--standard\""));
            assert!(html.contains("id=\"dee-heading\""));
            assert!(html.contains("dee-button--start"));
            assert!(!html.contains('*'), "rich markup left in {l:?}");
            assert!(!html.contains('{'), "unfilled placeholder in {l:?}");
        }
        assert!(start_page(Lang::Fr).contains("href=\"?lang=en\""));
        assert_eq!(lang(), Lang::Fr, "the current language is restored");
    }

    #[test]
    fn text_is_escaped() {
        assert_eq!(esc("a<b>&\"c\""), "a&lt;b&gt;&amp;&quot;c&quot;");
        assert_eq!(rich("x <y>"), "x &lt;y&gt;");
    }
}
