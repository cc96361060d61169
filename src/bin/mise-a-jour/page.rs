//! The update page in the browser: builds the form once, then, on every
//! change, checks the edited file and shows the messages, the summary, the
//! preview and, a moment later, the engine's invariants. HTML is written
//! as text with every value escaped; no inline script or style (the strict
//! CSP), no request.

use deass_eligibility::browser;
use deass_eligibility::content::model::Facts;
use deass_eligibility::content::update::{self, Checked, FIELDS};
use deass_eligibility::content::{self, Lang, Tr, FACTS};
use deass_eligibility::invariants;
use deass_eligibility::rules::{Date, Params};
use std::cell::RefCell;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// The groups of the form, as the institute's page groups the values.
const GROUPS: [(&str, &[&str]); 4] = [
    (
        "Rentrée et page de l'IRTS",
        &["year", "start", "page_updated", "places_initial"],
    ),
    (
        "Calendrier des épreuves d'admission",
        &[
            "registration_opens",
            "parcoursup_closes",
            "file_deadline",
            "oral_starts",
            "oral_ends",
        ],
    ),
    (
        "Frais",
        &["admission", "registration", "tuition", "continuing_cost"],
    ),
    ("Contact", &["phone", "phone_tel"]),
];

/// What the page keeps between two changes.
struct State {
    /// The file being edited, with the form's values in it.
    text: String,
    checked: Option<Checked>,
}

thread_local! {
    static STATE: RefCell<State> = const { RefCell::new(State { text: String::new(), checked: None }) };
}

fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

fn by_id(id: &str) -> Option<web_sys::Element> {
    document()?.get_element_by_id(id)
}

/// `&`, `<`, `>` and `"` escaped, for text and attribute values.
fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

fn iso(d: Date) -> String {
    format!("{:04}-{:02}-{:02}", d.year, d.month, d.day)
}

fn parse_iso(s: &str) -> Option<Date> {
    let mut it = s.split('-').map(|p| p.parse::<u16>().ok());
    let (y, m, d) = (it.next()??, it.next()??, it.next()??);
    let (m, d) = (u8::try_from(m).ok()?, u8::try_from(d).ok()?);
    ((1..=12).contains(&m) && (1..=31).contains(&d) && it.next().is_none())
        .then(|| Date::new(y, m, d))
}

/// Starts the page: the texts, the form, the listeners, the first check.
pub fn start() {
    // The French texts the engine's conclusions need (compiled into this
    // wasm: the page makes no request).
    for (lang, file) in content::loadable_texts() {
        if lang == Lang::Fr {
            content::install_texts(lang, file.to_owned());
        }
    }
    let Some(root) = by_id("maj") else { return };
    root.set_inner_html(&form_html());
    if let Some(doc) = document() {
        let on_input = Closure::<dyn FnMut(web_sys::Event)>::new(|_| refresh());
        let _ = doc.add_event_listener_with_callback("input", on_input.as_ref().unchecked_ref());
        let _ = doc.add_event_listener_with_callback("change", on_input.as_ref().unchecked_ref());
        on_input.forget();
        let on_click = Closure::<dyn FnMut(web_sys::Event)>::new(clicked);
        let _ = doc.add_event_listener_with_callback("click", on_click.as_ref().unchecked_ref());
        on_click.forget();
    }
    refresh();
}

/// The form, the check's region and the preview's, prefilled.
fn form_html() -> String {
    let mut h = String::new();
    h.push_str("<div id=\"maj-form\" class=\"maj-form\">");
    for (legend, names) in GROUPS {
        h.push_str(&format!(
            "<fieldset class=\"maj-group\"><legend>{}</legend>",
            esc(legend)
        ));
        for f in FIELDS.iter().filter(|f| names.contains(&f.name)) {
            h.push_str(&field_html(f));
        }
        h.push_str("</fieldset>");
    }
    h.push_str("</div>");
    let year = FACTS.intake.year;
    h.push_str(&format!(
        "<section class=\"maj-check\" aria-labelledby=\"maj-check-h\">\
         <h2 id=\"maj-check-h\">2. Vérification et fichier à envoyer</h2>\
         <div id=\"maj-status\" class=\"maj-status\" role=\"status\" aria-live=\"polite\"></div>\
         <p id=\"maj-confirm-p\" class=\"maj-confirm\" hidden><input type=\"checkbox\" id=\"maj-confirm\" name=\"confirme\">\
         <label for=\"maj-confirm\">J'ai relu sur la page de l'IRTS les valeurs marquées « À VÉRIFIER » : elles sont justes.</label></p>\
         <h3>Résumé : ancienne valeur → nouvelle valeur</h3>\
         <pre id=\"maj-summary\" class=\"maj-summary\" data-summary tabindex=\"0\"></pre>\
         <p class=\"maj-actions\"><button type=\"button\" class=\"maj-button\" data-action=\"download-data\" disabled>Télécharger le fichier donnees.toml</button> \
         <button type=\"button\" class=\"maj-button\" data-action=\"download-summary\" disabled>Télécharger le résumé (texte)</button></p>\
         <p class=\"maj-hint\">Les deux fichiers restent sur cet ordinateur (dossier Téléchargements) : la page n'envoie rien. \
         Envoyez-les à l'équipe technique (étape 4 du guide).</p></section>\
         <section class=\"maj-preview\" data-preview aria-labelledby=\"maj-preview-h\">\
         <h2 id=\"maj-preview-h\">3. Aperçu : ce que verront les candidats</h2>\
         <p><label for=\"maj-day\">Date de l'aperçu</label> \
         <input type=\"date\" id=\"maj-day\" name=\"apercu_date\" value=\"{}\"></p>\
         <p class=\"maj-hint\">Essayez le jour de l'ouverture des inscriptions, un jour de l'oral, et le lendemain de la fin de l'oral.</p>\
         <div id=\"maj-preview\" aria-live=\"polite\"></div>\
         <h3>Contrôles du moteur</h3>\
         <p id=\"maj-invariants\" class=\"maj-invariants\" data-invariants=\"pending\" role=\"status\"></p></section>",
        esc(&iso(default_day(year)))
    ));
    h
}

/// The preview's first day: today, or 1 February of the session's year if
/// today is before the data's year.
fn default_day(year: u16) -> Date {
    let today = browser::today();
    if today.year < year.saturating_sub(1) {
        Date::new(year, 2, 1)
    } else {
        today
    }
}

fn field_html(f: &update::Field) -> String {
    let value = update::shown_value(update::SOURCE, f);
    let kind = deass_eligibility::content::model::FACT_KEYS
        .iter()
        .find(|(k, _)| *k == f.key)
        .map(|(_, k)| *k);
    let (form, mode) = match kind {
        Some(content::model::Kind::Date) => ("année-mois-jour, par exemple 2030-02-15", "text"),
        Some(content::model::Kind::Euros) => ("chiffres seuls, par exemple 250", "numeric"),
        Some(content::model::Kind::Count) => ("chiffres seuls", "numeric"),
        _ => ("texte, sans guillemets", "text"),
    };
    let n = f.name;
    format!(
        "<div class=\"maj-field\" data-field=\"{n}\">\
         <label for=\"f-{n}\">{label}</label>\
         <p class=\"maj-hint\" id=\"h-{n}\">{hint} Forme : {form}. <span class=\"maj-key\">({key})</span></p>\
         <input id=\"f-{n}\" name=\"{n}\" value=\"{value}\" inputmode=\"{mode}\" autocomplete=\"off\" spellcheck=\"false\" aria-describedby=\"h-{n} e-{n}\">\
         <p class=\"maj-error\" id=\"e-{n}\" data-error-for=\"{n}\" hidden></p></div>",
        label = esc(f.label),
        hint = esc(f.hint),
        key = esc(f.key),
        value = esc(&value),
    )
}

fn input(name: &str) -> Option<web_sys::HtmlInputElement> {
    document()?
        .query_selector(&format!("input[name=\"{name}\"]"))
        .ok()
        .flatten()?
        .dyn_into()
        .ok()
}

fn confirmed() -> bool {
    input("confirme").is_some_and(|i| i.checked())
}

/// Reads the form, checks, and shows everything again.
fn refresh() {
    let values: Vec<(&str, String)> = FIELDS
        .iter()
        .filter_map(|f| Some((f.name, input(f.name)?.value())))
        .collect();
    let text = update::edited(update::SOURCE, &values);
    let checked = update::check(&text, Some(&FACTS));
    show_errors(&checked);
    show_status(&checked);
    let day = input("apercu_date").and_then(|i| parse_iso(&i.value()));
    show_preview(checked.facts.as_ref(), day);
    GENERATION.with(|g| g.set(g.get().wrapping_add(1)));
    STATE.with(|s| {
        let mut s = s.borrow_mut();
        s.text = text;
        if let (Some(facts), Some(day)) = (checked.facts.as_ref(), day) {
            set_invariants("pending", "Contrôles du moteur en cours…");
            start_invariants(facts, day);
        } else {
            set_invariants(
                "pending",
                "Les contrôles du moteur seront lancés dès que les valeurs seront correctes.",
            );
        }
        s.checked = Some(checked);
    });
}

/// Each field's message: its error, or why it is to double-check.
fn show_errors(c: &Checked) {
    for f in &FIELDS {
        let mut msgs: Vec<(String, bool)> = c
            .errors
            .iter()
            .filter(|e| e.key.as_deref() == Some(f.key))
            .map(|e| (located(e), true))
            .collect();
        msgs.extend(
            c.refusals
                .iter()
                .filter(|(k, _)| *k == f.key)
                .map(|(k, why)| (format!("REFUSÉ, clé {k} : {why}"), true)),
        );
        msgs.extend(
            c.lines
                .iter()
                .filter(|l| l.key == f.key)
                .filter_map(|l| l.check.as_ref())
                .map(|why| (format!("⚠ À VÉRIFIER (clé {}) : {why}", f.key), false)),
        );
        let (Some(p), Some(i)) = (by_id(&format!("e-{}", f.name)), input(f.name)) else {
            continue;
        };
        let error = msgs.iter().any(|(_, e)| *e);
        if msgs.is_empty() {
            let _ = p.set_attribute("hidden", "");
            p.set_text_content(None);
        } else {
            let _ = p.remove_attribute("hidden");
            let text: Vec<&str> = msgs.iter().map(|(m, _)| m.as_str()).collect();
            p.set_text_content(Some(&text.join("\n")));
        }
        let _ = p.set_attribute("data-kind", if error { "error" } else { "to-check" });
        if error {
            let _ = i.set_attribute("aria-invalid", "true");
        } else {
            let _ = i.remove_attribute("aria-invalid");
        }
    }
}

/// A problem as the page says it: the key and line, then the message (the
/// line as written, which the terminal shows, left out: the field is here).
fn located(e: &content::model::Located) -> String {
    let message = e
        .message
        .strip_prefix('\n')
        .and_then(|m| m.split_once('\n').map(|(_, rest)| rest))
        .unwrap_or(&e.message);
    match (e.key.as_deref(), e.line) {
        (Some(k), Some(l)) => format!("Clé {k}, ligne {l} du fichier : {message}"),
        (Some(k), None) => format!("Clé {k} : {message}"),
        _ => message.to_owned(),
    }
}

fn show_status(c: &Checked) {
    let confirmed = confirmed();
    let (state, text) = if !c.errors.is_empty() {
        let keyless: Vec<String> = c
            .errors
            .iter()
            .filter(|e| !FIELDS.iter().any(|f| e.key.as_deref() == Some(f.key)))
            .map(located)
            .collect();
        (
            "refused",
            format!(
                "CONTENU REFUSÉ : {} valeur(s) à corriger : le message est sous chaque champ concerné.{}",
                c.errors.len() - keyless.len(),
                keyless.iter().map(|k| format!("\n{k}")).collect::<String>()
            ),
        )
    } else if !c.refusals.is_empty() {
        (
            "refused",
            "CONTENU REFUSÉ : voir le message sous « Dernière mise à jour le ».".to_owned(),
        )
    } else if c.to_check() > 0 && !confirmed {
        (
            "to-check",
            format!(
                "À VÉRIFIER : le fichier est correct, mais {} valeur(s) surprennent (⚠ sous le champ). \
                 Relisez-les sur la page de l'IRTS : justes, cochez la case ci-dessous ; fausses, corrigez-les.",
                c.to_check()
            ),
        )
    } else {
        (
            "ok",
            "CONTENU OK : relisez le résumé avec la page de l'IRTS, regardez l'aperçu, puis téléchargez les deux fichiers."
                .to_owned(),
        )
    };
    if let Some(s) = by_id("maj-status") {
        let _ = s.set_attribute("data-status", state);
        s.set_text_content(Some(&text));
    }
    if let Some(p) = by_id("maj-confirm-p") {
        if c.to_check() > 0 && c.errors.is_empty() {
            let _ = p.remove_attribute("hidden");
        } else {
            let _ = p.set_attribute("hidden", "");
        }
    }
    let summary = c
        .facts
        .as_ref()
        .map(|f| update::summary(f, &c.lines).join("\n"))
        .unwrap_or_else(|| {
            "(le résumé s'affiche quand toutes les valeurs sont correctes)".to_owned()
        });
    if let Some(s) = by_id("maj-summary") {
        s.set_text_content(Some(&summary));
    }
    let ready = c.ready(confirmed);
    if let Some(doc) = document() {
        if let Ok(buttons) = doc.query_selector_all("button[data-action^=\"download-\"]") {
            for i in 0..buttons.length() {
                if let Some(b) = buttons
                    .item(i)
                    .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
                {
                    if ready {
                        let _ = b.remove_attribute("disabled");
                    } else {
                        let _ = b.set_attribute("disabled", "");
                    }
                }
            }
        }
    }
}

/// The five candidates on `day`, with the edited facts.
fn show_preview(facts: Option<&Facts>, day: Option<Date>) {
    let Some(el) = by_id("maj-preview") else {
        return;
    };
    let (Some(facts), Some(day)) = (facts, day) else {
        el.set_inner_html(if facts.is_none() {
            "<p class=\"maj-hint\">L'aperçu s'affiche quand toutes les valeurs sont correctes.</p>"
        } else {
            "<p class=\"maj-hint\">Choisissez une date.</p>"
        });
        return;
    };
    let p = update::preview(facts, day);
    let tr = Tr::new(Lang::Fr, Params::new(&content::session_of(facts), day));
    let mut h = format!(
        "<p class=\"maj-preview-head\" data-preview-day=\"{}\">Aperçu au {} : rentrée évaluée {}{} (données : session {}).</p>",
        iso(day),
        esc(&tr.date(day)),
        p.intake_year,
        if p.provisional { ", à titre provisoire" } else { "" },
        p.published_year
    );
    for (i, c) in p.candidates.iter().enumerate() {
        h.push_str(&format!(
            "<article class=\"maj-candidate\" data-candidate=\"{i}\"><h3>{}</h3>",
            esc(c.who)
        ));
        for t in &c.told {
            if let Some(year) = t.choice {
                h.push_str(&format!(
                    "<p class=\"maj-choice\" data-choice=\"{year}\">S'il ou elle choisit la rentrée {year} :</p>"
                ));
            }
            h.push_str("<dl class=\"maj-conclusions\">");
            for (kind, value, title, verdict) in &t.conclusions {
                h.push_str(&format!(
                    "<div data-outcome=\"{}\" data-value=\"{}\"><dt>{}</dt><dd>{}</dd></div>",
                    esc(kind),
                    esc(value),
                    esc(title),
                    esc(verdict)
                ));
            }
            h.push_str("</dl>");
            if !t.missing.is_empty() {
                h.push_str(&format!(
                    "<p class=\"maj-hint\">(questions encore posées : {})</p>",
                    esc(&t.missing.join(", "))
                ));
            }
            if let Some(next) = &t.next {
                h.push_str(&format!(
                    "<p class=\"maj-next\" data-next><strong>Prochaine étape :</strong> {}</p>",
                    esc(next)
                ));
            }
        }
        h.push_str("</article>");
    }
    el.set_inner_html(&h);
}

fn set_invariants(state: &str, text: &str) {
    if let Some(p) = by_id("maj-invariants") {
        let _ = p.set_attribute("data-invariants", state);
        p.set_text_content(Some(text));
    }
}

/// A run of the invariants under way: the days still to walk and what the
/// walked ones found.
struct Run {
    generation: u32,
    session: deass_eligibility::rules::Session,
    days: Vec<Date>,
    next: usize,
    complete: usize,
    all: usize,
    problems: Vec<String>,
}

thread_local! {
    /// Bumped by every change: a run of an older generation stops.
    static GENERATION: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
}

/// The exhaustive walk's checks on the edited facts, on the days the
/// native test uses and on the day previewed: one day per task, so that
/// the page keeps answering (a day takes about a second); a change made
/// meanwhile stops the run and starts another.
fn start_invariants(facts: &Facts, day: Date) {
    let generation = GENERATION.with(|g| g.get());
    let mut days = invariants::days(facts);
    if !days.contains(&day) {
        days.push(day);
    }
    let run = Run {
        generation,
        session: content::session_of(facts),
        days,
        next: 0,
        complete: 0,
        all: 0,
        problems: Vec::new(),
    };
    gloo::timers::callback::Timeout::new(500, move || walk_next(run)).forget();
}

fn walk_next(mut run: Run) {
    if GENERATION.with(|g| g.get()) != run.generation {
        return;
    }
    let Some(day) = run.days.get(run.next).copied() else {
        return verdict(&run);
    };
    let w = invariants::walk(&Params::new(&run.session, day));
    run.complete += w.complete;
    run.all += w.complete + w.partial;
    run.problems.extend(
        w.problems
            .into_iter()
            .map(|p| format!("au {} : {p}", iso(day))),
    );
    run.next += 1;
    set_invariants(
        "pending",
        &format!(
            "Contrôles du moteur en cours : {} dates sur {}…",
            run.next,
            run.days.len()
        ),
    );
    gloo::timers::callback::Timeout::new(0, move || walk_next(run)).forget();
}

fn verdict(run: &Run) {
    if run.problems.is_empty() {
        set_invariants(
            "ok",
            &format!(
                "Aucune anomalie : avec ces valeurs, le moteur tient toutes ses garanties \
                 ({} situations vérifiées à {} dates, dont {} résultats complets).",
                run.all,
                run.days.len(),
                run.complete
            ),
        );
    } else {
        set_invariants(
            "fail",
            &format!(
                "ANOMALIE : avec ces valeurs, le moteur ne tient pas une de ses garanties ({} cas). \
                 Ne publiez pas : envoyez ce message et le fichier à l'équipe technique. Premier cas : {}",
                run.problems.len(),
                run.problems[0]
            ),
        );
    }
}

/// The download buttons.
fn clicked(e: web_sys::Event) {
    let Some(target) = e
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
    else {
        return;
    };
    let Some(button) = target.closest("button[data-action]").ok().flatten() else {
        return;
    };
    if button.has_attribute("disabled") {
        return;
    }
    let action = button.get_attribute("data-action").unwrap_or_default();
    STATE.with(|s| {
        let s = s.borrow();
        let Some(c) = &s.checked else { return };
        if !c.ready(confirmed()) {
            return;
        }
        let Some(facts) = &c.facts else { return };
        let (name, mime, text) = match action.as_str() {
            "download-data" => (
                "donnees.toml".to_owned(),
                "application/toml",
                s.text.clone(),
            ),
            "download-summary" => (
                format!("resume-mise-a-jour-{}.txt", facts.intake.year),
                "text/plain",
                summary_file(facts, c),
            ),
            _ => return,
        };
        // In a task of its own: the link's click must not run inside this
        // listener (which it reaches too).
        gloo::timers::callback::Timeout::new(0, move || download(&name, mime, &text)).forget();
    });
}

/// The summary as a text file: what `release/….resume.txt` holds.
fn summary_file(facts: &Facts, c: &Checked) -> String {
    let mut out = format!(
        "Mise à jour du simulateur DEASS : rentrée {}\n\
         Résumé préparé sur la page de mise à jour le {} (valeur : ancienne → nouvelle)\n",
        facts.intake.year,
        iso(browser::today())
    );
    for line in update::summary(facts, &c.lines) {
        out.push_str(&line);
        out.push('\n');
    }
    if c.to_check() > 0 {
        out.push_str("(valeurs à vérifier confirmées sur la page de mise à jour)\n");
    }
    out
}

/// Saves `text` (UTF-8, no BOM) as a file named `name`: a link to the
/// text itself (`data:`), clicked; nothing leaves the computer.
fn download(name: &str, mime: &str, text: &str) {
    let Some(doc) = document() else { return };
    let Ok(a) = doc.create_element("a") else {
        return;
    };
    let href = format!(
        "data:{mime};charset=utf-8,{}",
        String::from(js_sys::encode_uri_component(text))
    );
    let _ = a.set_attribute("href", &href);
    let _ = a.set_attribute("download", name);
    let Some(body) = doc.body() else { return };
    let _ = body.append_child(&a);
    if let Ok(a) = a.dyn_into::<web_sys::HtmlElement>() {
        a.click();
        let _ = body.remove_child(&a);
    }
}
