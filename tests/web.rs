//! Component tests in a real headless browser (wasm-bindgen-test, Chromium
//! and Firefox): mount the app, answer like a person would, and read the
//! DOM. The app is mounted on a day taken from the data (the day the
//! published session's registrations open, or a day after its training
//! started), never on the device's clock, and the expected values are
//! stated, derived from the data's dates and facts: not asked of the engine.
#![cfg(target_arch = "wasm32")]

use deass_eligibility::app::{self, App};
use deass_eligibility::content::FACTS;
use deass_eligibility::rules::Date;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlInputElement};
use yew::scheduler::flush;

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window()
        .and_then(|w| w.document())
        .expect("a document")
}

/// Lets the app finish: what is rendered now, then what it renders in the
/// next tasks (the result page draws its glance first, the rest after).
async fn settle() {
    flush().await;
    for _ in 0..3 {
        let next_task = js_sys::Promise::new(&mut |resolve, _| {
            let _ = web_sys::window()
                .expect("window")
                .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0);
        });
        let _ = wasm_bindgen_futures::JsFuture::from(next_task).await;
        flush().await;
    }
}

/// The app of one test, removed from the page when the test ends so that
/// ids never repeat across tests.
struct Mounted {
    handle: Option<yew::AppHandle<App>>,
    host: Element,
}

impl std::ops::Deref for Mounted {
    type Target = Element;
    fn deref(&self) -> &Element {
        &self.host
    }
}

impl Drop for Mounted {
    fn drop(&mut self) {
        if let Some(h) = self.handle.take() {
            h.destroy();
        }
        self.host.remove();
    }
}

/// The day the published session's registrations open: its intake is the
/// one assessed, its calendar published and open, and one intake only is
/// open to anyone.
fn opening_day() -> Date {
    FACTS.calendar.registration_opens
}

/// 22 November of the published intake's year, after its training started
/// (as `AFTER_ORALS` in e2e/facts.mjs): the next intake is assessed,
/// provisionally, its calendar not published.
fn after_the_start() -> Date {
    Date::new(FACTS.intake.year, 11, 22)
}

/// An amount as the French texts write it: `27 666 €` (narrow no-break
/// space between thousands, no-break space before the sign).
fn euros_fr(n: u32) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push('\u{202F}');
        }
        out.push(c);
    }
    format!("{out}\u{A0}€")
}

/// Mounts the app on a fresh host, as if `query` had been opened on the
/// day registrations open (see [`mount_on`]).
async fn mount(query: &str) -> Mounted {
    mount_on(query, opening_day()).await
}

/// Mounts the app on a fresh host, as if `query` had been opened on `today`
/// (in French unless the query says otherwise: the test browser's own
/// language is English).
async fn mount_on(query: &str, today: Date) -> Mounted {
    let query = match query {
        q if q.contains("lang=") => q.to_string(),
        "" => "?lang=fr".to_string(),
        q => format!("{q}&lang=fr"),
    };
    // The page's guard fetches the texts the wasm does not carry (the
    // French texts beyond the start page's, English: `deeTexts`) and the app
    // waits for them; this test page has no guard, so they are handed over
    // as it would.
    for (lang, texts) in deass_eligibility::content::loadable_texts() {
        assert!(deass_eligibility::content::install_texts(
            lang,
            texts.to_string()
        ));
    }
    let w = web_sys::window().expect("window");
    let path = w.location().pathname().unwrap_or_default();
    w.history()
        .expect("history")
        .replace_state_with_url(
            &wasm_bindgen::JsValue::NULL,
            "",
            Some(&format!("{path}{query}")),
        )
        .expect("replaceState");
    let host = document().create_element("div").expect("div");
    document()
        .body()
        .expect("body")
        .append_child(&host)
        .expect("append");
    let props = app::Props {
        query: query.into(),
        today,
        // The test browser's own language is English: French unless the
        // query says otherwise.
        lang: deass_eligibility::content::Lang::Fr,
    };
    let handle = yew::Renderer::<App>::with_root_and_props(host.clone(), props).render();
    settle().await;
    Mounted {
        handle: Some(handle),
        host,
    }
}

fn find(host: &Element, selector: &str) -> Option<Element> {
    host.query_selector(selector).ok().flatten()
}

fn text(host: &Element, selector: &str) -> String {
    find(host, selector)
        .and_then(|e| e.text_content())
        .unwrap_or_default()
}

async fn click(host: &Element, selector: &str) {
    let el: HtmlElement = find(host, selector)
        .unwrap_or_else(|| panic!("no {selector}"))
        .dyn_into()
        .expect("an HTML element");
    el.click();
    settle().await;
}

async fn choose(host: &Element, id: &str) {
    click(host, &format!("#{id}")).await;
    click(host, "button[type=submit]").await;
}

async fn type_in(host: &Element, id: &str, value: &str) {
    let input: HtmlInputElement = find(host, &format!("#{id}"))
        .expect("input")
        .dyn_into()
        .expect("input");
    input.set_value(value);
    let ev = web_sys::InputEvent::new("input").expect("event");
    input.dispatch_event(&ev).expect("dispatch");
    flush().await;
    click(host, "button[type=submit]").await;
}

#[wasm_bindgen_test]
async fn start_screen_then_first_question_in_a_fieldset_with_focus_on_its_heading() {
    let host = mount("").await;
    assert!(text(&host, "h1").contains("assistant de service social"));
    click(&host, ".dee-button--start").await;
    let legend_h1 = find(&host, "fieldset legend h1").expect("the question is the legend's h1");
    assert!(legend_h1
        .text_content()
        .unwrap_or_default()
        .contains("diplôme"));
    assert_eq!(
        document().active_element().map(|e| e.id()),
        Some("dee-heading".into()),
        "focus moved to the heading"
    );
    assert!(
        document().title().starts_with("Question 1"),
        "title names the step: {}",
        document().title()
    );
    let w = web_sys::window().expect("window");
    assert!(w
        .location()
        .search()
        .unwrap_or_default()
        .contains("etape=diplome"));
    // Every radio has a real label.
    let radios = host
        .query_selector_all("input[type=radio]")
        .expect("radios");
    for i in 0..radios.length() {
        let r: Element = radios.item(i).expect("radio").dyn_into().expect("element");
        assert!(
            find(&host, &format!("label[for='{}']", r.id())).is_some(),
            "label for {}",
            r.id()
        );
    }
}

#[wasm_bindgen_test]
async fn continuing_without_an_answer_shows_an_alert_and_keeps_the_page() {
    let host = mount("?etape=diplome").await;
    click(&host, "button[type=submit]").await;
    let summary = find(&host, "[role=alert]").expect("error summary");
    assert!(summary
        .text_content()
        .unwrap_or_default()
        .contains("Indiquez votre diplôme"));
    assert!(
        find(&host, ".dee-error-message").is_some(),
        "message beside the field"
    );
    assert_eq!(
        document().active_element().map(|e| e.id()),
        Some("dee-error-summary".into())
    );
    assert!(document().title().starts_with("Il y a un problème"));
}

#[wasm_bindgen_test]
async fn a_cdi_of_35_hours_reaches_a_result_with_stable_hooks() {
    let host = mount("").await;
    click(&host, ".dee-button--start").await;
    choose(&host, "dee-diplome-titre4").await;
    assert!(
        text(&host, "h1").contains("aussi le baccalauréat"),
        "{}",
        text(&host, "h1")
    );
    choose(&host, "dee-annee_bac-aucun").await;
    choose(&host, "dee-situation-cdi").await;
    type_in(&host, "dee-heures-input", "abc").await;
    assert!(
        text(&host, "[role=alert]").contains("en chiffres"),
        "hours must be a number"
    );
    type_in(&host, "dee-heures-input", "35").await;
    choose(&host, "dee-contrat-aucun").await;
    choose(&host, "dee-france_travail-non").await;
    choose(&host, "dee-blocs-aucun").await;
    assert!(text(&host, "h1").contains("Vérifiez"), "check page");
    click(&host, ".dee-check .dee-button").await;
    let value = |kind: &str| {
        find(&host, &format!("[data-outcome={kind}]"))
            .and_then(|e| e.get_attribute("data-value"))
            .unwrap_or_default()
    };
    assert_eq!(value("prerequisite"), "met");
    assert_eq!(value("route"), "site");
    assert_eq!(value("interview"), "required");
    assert_eq!(value("funding"), "continuing");
    let certainty = |kind: &str| {
        find(&host, &format!("[data-outcome={kind}]"))
            .and_then(|e| e.get_attribute("data-certainty"))
            .unwrap_or_default()
    };
    assert_eq!(certainty("route"), "sure");
    // A level-4 title without the bac: the page names the bac only.
    assert_eq!(certainty("funding"), "to_confirm");
    // On the day registrations open, the published intake, its calendar open.
    let root = find(&host, ".dee-result").expect("result root");
    assert_eq!(
        root.get_attribute("data-intake"),
        Some(FACTS.intake.year.to_string())
    );
    assert_eq!(root.get_attribute("data-provisional"), None);
    assert_eq!(
        find(&host, "[data-section=calendar]").and_then(|e| e.get_attribute("data-phase")),
        Some("open".to_string())
    );
    let cost = euros_fr(FACTS.fees.continuing_cost);
    assert!(
        text(&host, "[data-outcome=funding]").contains(&cost),
        "{cost} in {}",
        text(&host, "[data-outcome=funding]")
    );
    assert!(
        find(&host, "meta[name=robots][content=noindex]").is_none(),
        "meta is in the document head, not the host"
    );
    assert!(document()
        .query_selector("meta[name=robots][content=noindex]")
        .ok()
        .flatten()
        .is_some());
}

#[wasm_bindgen_test]
async fn a_title_holder_who_also_has_the_bac_gives_its_year_under_yes() {
    let host = mount("?diplome=titre4").await;
    assert!(text(&host, "h1").contains("aussi le baccalauréat"));
    assert!(
        find(&host, "#dee-annee_bac-input").is_none(),
        "the year is revealed under yes"
    );
    // Neither chosen: the error names the question.
    click(&host, "button[type=submit]").await;
    assert!(text(&host, "[role=alert]").contains("baccalauréat"));
    click(&host, "#dee-annee_bac-obtenu").await;
    let year = (FACTS.intake.year - 7).to_string();
    type_in(&host, "dee-annee_bac-input", &year).await;
    assert!(
        text(&host, "h1").contains("situation"),
        "{}",
        text(&host, "h1")
    );
    let search = web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default();
    assert!(search.contains(&format!("annee_bac={year}")), "{search}");
}

#[wasm_bindgen_test]
async fn a_public_sector_employee_is_asked_their_status() {
    let old_bac = FACTS.intake.year - 26;
    let host = mount(&format!(
        "?diplome=bac&annee_bac={old_bac}&situation=fonction_publique"
    ))
    .await;
    assert!(
        text(&host, "h1").contains("statut"),
        "{}",
        text(&host, "h1")
    );
    choose(&host, "dee-statut_public-cdd").await;
    choose(&host, "dee-contrat-aucun").await;
    choose(&host, "dee-blocs-aucun").await;
    click(&host, ".dee-check .dee-button").await;
    let route = find(&host, "[data-outcome=route]").expect("route card");
    assert_eq!(
        route.get_attribute("data-value").as_deref(),
        Some("contact")
    );
    assert_eq!(
        route.get_attribute("data-certainty").as_deref(),
        Some("to_confirm")
    );
    assert!(route
        .text_content()
        .unwrap_or_default()
        .contains("À confirmer"));
}

#[wasm_bindgen_test]
async fn a_hostile_link_shows_the_error_without_rendering_markup() {
    let bac = FACTS.intake.year - 2;
    let host = mount(&format!("?diplome=bac&annee_bac={bac}&situation=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&contrat=aucun&blocs=aucun")).await;
    assert!(find(&host, "img").is_none(), "no markup from the link");
    assert!(text(&host, "[role=alert]").contains("lien"));
    assert!(
        find(&host, "#dee-situation-lyceen").is_some(),
        "asks the situation again"
    );
    // The valid answers were kept: the bac year is still there after fixing.
    choose(&host, "dee-situation-cdd").await;
    assert!(text(&host, "h1").contains("Vérifiez"));
    assert!(text(&host, ".dee-summary").contains(&bac.to_string()));
}

#[wasm_bindgen_test]
async fn a_complete_link_opens_the_result_and_change_returns_to_check() {
    let host =
        mount("?diplome=titre4&annee_bac=aucun&situation=cdd&contrat=aucun&blocs=ES-BC3").await;
    assert!(find(&host, "[data-outcome=interview][data-value=exempt]").is_some());
    click(&host, ".dee-result .dee-back").await;
    assert!(text(&host, "h1").contains("Vérifiez"));
    click(&host, ".dee-summary__row:nth-child(3) a").await;
    choose(&host, "dee-situation-autre").await;
    // "autre" needs France Travail now, then back to the check page.
    choose(&host, "dee-france_travail-oui").await;
    assert!(text(&host, "h1").contains("Vérifiez"));
    assert!(
        text(&host, ".dee-summary").contains("DEES bloc 3"),
        "later answers kept"
    );
}

#[wasm_bindgen_test]
async fn the_switcher_changes_the_language_and_keeps_the_answers() {
    let host = mount("?diplome=titre4&annee_bac=aucun&situation=cdd&etape=contrat").await;
    assert!(text(&host, "h1").contains("signé un contrat"));
    click(&host, "a.dee-lang").await;
    assert!(
        text(&host, "h1").contains("signed a contract"),
        "{}",
        text(&host, "h1")
    );
    let html_lang = document()
        .document_element()
        .and_then(|e| e.get_attribute("lang"));
    assert_eq!(html_lang.as_deref(), Some("en"));
    choose(&host, "dee-contrat-aucun").await;
    choose(&host, "dee-blocs-aucun").await;
    assert!(
        text(&host, ".dee-summary").contains("fixed-term contract"),
        "answers kept"
    );
    let search = web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default();
    assert!(
        search.contains("lang=en") && search.contains("situation=cdd"),
        "{search}"
    );
}

#[wasm_bindgen_test]
async fn after_the_training_started_the_next_intake_is_assessed_provisionally() {
    let old_bac = FACTS.intake.year - 16;
    let host = mount_on(
        &format!("?diplome=bac&annee_bac={old_bac}&situation=cdi&heures=35&contrat=aucun&france_travail=non&blocs=aucun"),
        after_the_start(),
    )
    .await;
    let root = find(&host, ".dee-result").expect("the link opens the result");
    assert_eq!(
        root.get_attribute("data-intake"),
        Some((FACTS.intake.year + 1).to_string())
    );
    assert_eq!(
        root.get_attribute("data-provisional").as_deref(),
        Some("true")
    );
    assert!(
        find(&host, "[data-provisional-notice]").is_some(),
        "the page says the facts are last session's"
    );
    assert_eq!(
        find(&host, "[data-section=calendar]").and_then(|e| e.get_attribute("data-phase")),
        Some("not_published".to_string())
    );
    assert!(find(&host, "[data-outcome=route][data-value=site]").is_some());
}
