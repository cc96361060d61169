//! One question per screen: a `fieldset` whose `legend` is the page's `h1`,
//! radios, a text field or checkboxes with real labels, a hint, and the error
//! (summary at the top, message beside the field) when there is one.

use crate::components::back_link::{self, back_link};
use crate::components::blocs_input::{self, blocs_input};
use crate::components::error_summary::{self, error_summary};
use crate::components::{rich, say, use_tr};
use crate::content::{keys, Part, Text, Tr};
use crate::dom_ids::HEADING_ID;
use crate::rules::parse::InputError;
use crate::rules::{AnneeBac, Answers, Diplome, Question};
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub question: Question,
    pub answers: Answers,
    /// 1-based position among the questions asked.
    pub step: usize,
    /// The error to show, and whether it came from the link.
    pub error: Option<(InputError, bool)>,
    pub back_href: AttrValue,
    pub on_back: Callback<()>,
    pub on_submit: Callback<String>,
}

/// The bac question of a level-4 title holder: "do you also hold the bac?",
/// yes (with its year) or no.
fn bac_choice(q: Question, a: &Answers) -> bool {
    q == Question::AnneeBac && a.diplome == Some(Diplome::Titre4)
}

/// The options in the order shown: a lycéen preparing the bac finds "Je
/// passe le baccalauréat" right under "Le baccalauréat", not below the
/// other diplomas (the rules' order, and the link's values, are unchanged).
fn shown_options(q: Question) -> Vec<&'static str> {
    let mut options = q.options().unwrap_or(&[]).to_vec();
    if q == Question::Diplome {
        if let Some(i) = options.iter().position(|o| *o == "terminale") {
            let o = options.remove(i);
            let after_bac = options
                .iter()
                .position(|o| *o == "bac")
                .map_or(0, |b| b + 1);
            options.insert(after_bac, o);
        }
    }
    options
}

/// The id of the control an error links to.
pub fn field_id(q: Question, a: &Answers) -> String {
    if bac_choice(q, a) {
        return "dee-annee_bac-obtenu".into();
    }
    match q.options() {
        Some(options) => format!("dee-{q}-{}", options.first().copied().unwrap_or("0")),
        None if q == Question::Blocs => "dee-blocs-aucun".into(),
        None if q == Question::Rentree => "dee-rentree-0".into(),
        None => format!("dee-{q}-input"),
    }
}

/// The message for an error on `q`.
pub fn error_message(tr: &Tr, q: Question, e: InputError, a: &Answers) -> String {
    match e {
        InputError::Empty => tr.question_text(q, a, Part::ErrorEmpty),
        e => tr.t_opt(keys::input_error(e)),
    }
}

/// The `rentree` question's radios: the intakes open to this person, with
/// what each means for them. Ids are by position (`dee-rentree-0`), values
/// the years.
fn intake_radios(tr: &Tr, a: &Answers, draft: &UseStateHandle<String>) -> Html {
    let q = Question::Rentree;
    let radios = tr.intake_options(a).into_iter().enumerate().map(|(i, (year, label, hint))| {
        let (id, value) = (format!("dee-{q}-{i}"), year.to_string());
        let hint_id = format!("{id}-hint");
        let d = draft.clone();
        let v = value.clone();
        let onchange = Callback::from(move |_: Event| d.set(v.clone()));
        html! {
            <div class="dee-radio">
                <input class="dee-radio__input" type="radio" id={id.clone()} name={q.id()} value={value.clone()}
                    checked={**draft == value} {onchange}
                    aria-describedby={hint.as_ref().map(|_| hint_id.clone())} />
                <label class="dee-radio__label" for={id}>{ rich(tr, &label) }</label>
                if let Some(h) = hint {
                    <p class="dee-radio__hint" id={hint_id}>{ rich(tr, &h) }</p>
                }
            </div>
        }
    });
    html! { <div class="dee-radios">{ for radios }</div> }
}

#[component]
pub fn QuestionScreen(props: &Props) -> Html {
    let q = props.question;
    let tr = use_tr(crate::browser::today());
    let tr = &tr;
    let a = &props.answers;
    let draft = use_state(|| props.answers.value(q).unwrap_or_default());
    // The bac question of a title holder: yes/no, the year revealed under "yes".
    let has_bac = use_state(|| match props.answers.annee_bac {
        Some(AnneeBac::Obtenu(_)) => Some(true),
        Some(AnneeBac::Aucun) => Some(false),
        None => None,
    });
    // The blocs question: no/yes, the blocs revealed under "yes".
    // A malformed bloc list in a link: the blocs are shown, to tick again.
    let has_blocs = use_state(|| {
        let malformed = matches!(props.error, Some((InputError::MalformedBloc, _)));
        props
            .answers
            .blocs
            .map(|b| !b.is_empty())
            .or(malformed.then_some(true))
    });
    // "Oui" sent with no bloc ticked: said here, so that "Oui" stays chosen
    // (an error from the app would show the question afresh).
    let oui_empty = use_state(|| false);
    use_effect_with(*oui_empty, |on| {
        if *on {
            crate::browser::focus(crate::dom_ids::ERROR_SUMMARY_ID);
        }
    });
    let error = props
        .error
        .or(oui_empty.then_some((InputError::Empty, false)));
    let hint_id = format!("dee-{q}-hint");
    let error_id = format!("dee-{q}-error");
    let message = error.map(|(e, _)| error_message(tr, q, e, a));
    let described = match message {
        Some(_) => format!("{hint_id} {error_id}"),
        None => hint_id.clone(),
    };

    let choice = bac_choice(q, a);
    let onsubmit = {
        let draft = draft.clone();
        let has_bac = has_bac.clone();
        let has_blocs = has_blocs.clone();
        let oui_empty = oui_empty.clone();
        let on_submit = props.on_submit.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if q == Question::Blocs {
                let raw = match *has_blocs {
                    Some(false) => "aucun".to_string(),
                    Some(true) if *draft != "aucun" => (*draft).clone(),
                    _ => String::new(),
                };
                // "Oui" with nothing ticked is no answer yet.
                let oui_alone = *has_blocs == Some(true) && raw.is_empty();
                oui_empty.set(oui_alone);
                if !oui_alone {
                    on_submit.emit(raw);
                }
                return;
            }
            let raw = match (choice, *has_bac) {
                (true, None) => String::new(),
                (true, Some(false)) => "aucun".to_string(),
                // "Yes" with the year typed (an empty field is "no answer").
                (true, Some(true)) if *draft == "aucun" => String::new(),
                _ => (*draft).clone(),
            };
            on_submit.emit(raw);
        })
    };

    let year_field = |q: Question, described: String| {
        let d = draft.clone();
        let oninput = Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            d.set(input.value());
        });
        let (mode, width) = match q {
            Question::Heures => ("decimal", "dee-input--w5"),
            _ => ("numeric", "dee-input--w4"),
        };
        let value = if *draft == "aucun" {
            String::new()
        } else {
            (*draft).clone()
        };
        let id = format!("dee-{q}-input");
        html! {
            <div class="dee-field">
                <label class="dee-label" for={id.clone()}>{ rich(tr, &tr.t_opt(keys::question_label(q))) }</label>
                <div class="dee-input-wrap">
                    <input class={classes!("dee-input", width, message.as_ref().map(|_| "dee-input--error"))}
                        {id} name={q.id()} type="text" inputmode={mode}
                        autocomplete="off" spellcheck="false" {value}
                        aria-describedby={described} aria-invalid={message.is_some().to_string()}
                        {oninput} />
                    if let Some(suffix) = keys::question_suffix(q).map(|k| tr.raw(k)) {
                        <span class="dee-input-suffix" aria-hidden="true">{ suffix }</span>
                    }
                </div>
            </div>
        }
    };

    let control = match q {
        Question::AnneeBac if choice => {
            let radio = |yes: bool| {
                let o = if yes { "obtenu" } else { "aucun" };
                let id = format!("dee-{q}-{o}");
                let h = has_bac.clone();
                let onchange = Callback::from(move |_: Event| h.set(Some(yes)));
                html! {
                    <div class="dee-radio">
                        <input class="dee-radio__input" type="radio" id={id.clone()} name={q.id()} value={o}
                            checked={*has_bac == Some(yes)} {onchange} />
                        <label class="dee-radio__label" for={id}>{ rich(tr, &tr.option(q, o)) }</label>
                    </div>
                }
            };
            html! {
                <div class="dee-radios">
                    { radio(true) }
                    if *has_bac == Some(true) {
                        <div class="dee-reveal">{ year_field(q, described.clone()) }</div>
                    }
                    { radio(false) }
                </div>
            }
        }
        Question::Blocs => {
            let (d, h) = (draft.clone(), has_blocs.clone());
            blocs_input(&blocs_input::Props {
                value: AttrValue::from((*draft).clone()),
                yes: *has_blocs,
                invalid: message.is_some(),
                on_change: Callback::from(move |v: String| d.set(v)),
                on_yes: Callback::from(move |yes: bool| h.set(Some(yes))),
                tr: *tr,
            })
        }
        Question::AnneeBac | Question::Heures => year_field(q, described.clone()),
        Question::Rentree => intake_radios(tr, a, &draft),
        _ => {
            let options = shown_options(q);
            html! {
                <div class="dee-radios">
                    { for options.iter().map(|&o| {
                        let id = format!("dee-{q}-{o}");
                        let option_hint = keys::question_option_hint(q, o);
                        let hint_id = format!("{id}-hint");
                        let d = draft.clone();
                        let onchange = Callback::from(move |_: Event| d.set(o.to_string()));
                        html! {
                            <div class="dee-radio">
                                <input class="dee-radio__input" type="radio" id={id.clone()} name={q.id()} value={o}
                                    checked={*draft == o} {onchange}
                                    aria-describedby={option_hint.map(|_| hint_id.clone())} />
                                <label class="dee-radio__label" for={id}>{ rich(tr, &tr.option(q, o)) }</label>
                                if let Some(h) = option_hint {
                                    <p class="dee-radio__hint" id={hint_id}>{ say(tr, h) }</p>
                                }
                            </div>
                        }
                    }) }
                </div>
            }
        }
    };

    html! {
        <div class="dee-question">
            { back_link(&back_link::Props { href: props.back_href.clone(), on_back: props.on_back.clone(), tr: *tr }) }
            if let (Some(m), Some((_, from_link))) = (&message, error) {
                { error_summary(&error_summary::Props {
                    title: tr.t(if from_link { Text::ErrorsLinkTitle } else { Text::ErrorsSummaryTitle }).into(),
                    items: vec![(AttrValue::from(field_id(q, a)), AttrValue::from(m.clone()))],
                }) }
            }
            <form class="dee-form" novalidate=true {onsubmit}>
                <div class={classes!("dee-form-group", message.as_ref().map(|_| "dee-form-group--error"))}>
                    <fieldset class="dee-fieldset" aria-describedby={described.clone()}>
                        <legend class="dee-legend">
                            <span class="dee-caption">{ rich(tr, &tr.nav_step(&props.step.to_string())) }</span>
                            <h1 id={HEADING_ID} tabindex="-1" class="dee-h1">{ rich(tr, &tr.question_text(q, a, Part::Title)) }</h1>
                        </legend>
                        <p class="dee-hint" id={hint_id}>{ rich(tr, &tr.question_text(q, a, Part::Hint)) }</p>
                        if let Some(m) = &message {
                            <p class="dee-error-message" id={error_id}>
                                <span class="dee-visually-hidden">{ say(tr, Text::ErrorsPrefix) }</span>{ m.clone() }
                            </p>
                        }
                        { control }
                    </fieldset>
                </div>
                <button type="submit" class="dee-button">{ say(tr, Text::NavContinue) }</button>
            </form>
        </div>
    }
}
