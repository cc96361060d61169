//! One question per screen: a `fieldset` whose `legend` is the page's `h1`,
//! radios, a text field or checkboxes with real labels, a hint, and the error
//! (summary at the top, message beside the field) when there is one.

use crate::app::HEADING_ID;
use crate::components::back_link::BackLink;
use crate::components::blocs_input::BlocsInput;
use crate::components::error_summary::ErrorSummary;
use crate::components::rich;
use crate::content::{raw, t, tv};
use crate::rules::parse::InputError;
use crate::rules::{Answers, Question};
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

/// The id of the control an error links to.
pub fn field_id(q: Question) -> String {
    match q.options() {
        Some(options) => format!("dee-{q}-{}", options.first().copied().unwrap_or("0")),
        None if q == Question::Blocs => "dee-blocs-aucun".into(),
        None => format!("dee-{q}-input"),
    }
}

/// The message for an error on `q`.
pub fn error_message(q: Question, e: InputError) -> String {
    match e {
        InputError::Empty => t(&format!("question.{q}.error_empty")),
        e => t(&format!("errors.{}", e.id())),
    }
}

#[component]
pub fn QuestionScreen(props: &Props) -> Html {
    let q = props.question;
    let draft = use_state(|| props.answers.value(q).unwrap_or_default());
    let hint_id = format!("dee-{q}-hint");
    let error_id = format!("dee-{q}-error");
    let message = props.error.map(|(e, _)| error_message(q, e));
    let described = match message {
        Some(_) => format!("{hint_id} {error_id}"),
        None => hint_id.clone(),
    };

    let onsubmit = {
        let draft = draft.clone();
        let on_submit = props.on_submit.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            on_submit.emit((*draft).clone());
        })
    };

    let control = match q {
        Question::Blocs => {
            let d = draft.clone();
            html! {
                <BlocsInput value={AttrValue::from((*draft).clone())} invalid={message.is_some()}
                    on_change={Callback::from(move |v: String| d.set(v))} />
            }
        }
        Question::AnneeBac | Question::Heures => {
            let d = draft.clone();
            let oninput = Callback::from(move |e: InputEvent| {
                let input: HtmlInputElement = e.target_unchecked_into();
                d.set(input.value());
            });
            let (mode, width) = match q {
                Question::Heures => ("decimal", "dee-input--w5"),
                _ => ("numeric", "dee-input--w4"),
            };
            html! {
                <div class="dee-field">
                    <label class="dee-label" for={field_id(q)}>{ rich(&t(&format!("question.{q}.label"))) }</label>
                    <div class="dee-input-wrap">
                        <input class={classes!("dee-input", width, message.as_ref().map(|_| "dee-input--error"))}
                            id={field_id(q)} name={q.id()} type="text" inputmode={mode}
                            autocomplete="off" spellcheck="false" value={(*draft).clone()}
                            aria-describedby={described.clone()} aria-invalid={message.is_some().to_string()}
                            {oninput} />
                        if let Some(suffix) = raw(&format!("question.{q}.suffix")) {
                            <span class="dee-input-suffix" aria-hidden="true">{ suffix }</span>
                        }
                    </div>
                </div>
            }
        }
        _ => {
            let options = q.options().unwrap_or(&[]);
            html! {
                <div class="dee-radios">
                    { for options.iter().map(|&o| {
                        let id = format!("dee-{q}-{o}");
                        let option_hint = raw(&format!("question.{q}.option_hint.{o}"));
                        let hint_id = format!("{id}-hint");
                        let d = draft.clone();
                        let onchange = Callback::from(move |_: Event| d.set(o.to_string()));
                        html! {
                            <div class="dee-radio">
                                <input class="dee-radio__input" type="radio" id={id.clone()} name={q.id()} value={o}
                                    checked={*draft == o} {onchange}
                                    aria-describedby={option_hint.map(|_| hint_id.clone())} />
                                <label class="dee-radio__label" for={id}>{ rich(&t(&format!("question.{q}.option.{o}"))) }</label>
                                if let Some(h) = option_hint {
                                    <p class="dee-radio__hint" id={hint_id}>{ rich(&crate::content::fill(h, &[])) }</p>
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
            <BackLink href={props.back_href.clone()} on_back={props.on_back.clone()} />
            if let (Some(m), Some((_, from_link))) = (&message, props.error) {
                <ErrorSummary
                    title={if from_link { t("errors.link_title") } else { t("errors.summary_title") }}
                    items={vec![(AttrValue::from(field_id(q)), AttrValue::from(m.clone()))]} />
            }
            <form class="dee-form" novalidate=true {onsubmit}>
                <div class={classes!("dee-form-group", message.as_ref().map(|_| "dee-form-group--error"))}>
                    <fieldset class="dee-fieldset" aria-describedby={described.clone()}>
                        <legend class="dee-legend">
                            <span class="dee-caption">{ rich(&tv("nav.step", &[("n", &props.step.to_string())])) }</span>
                            <h1 id={HEADING_ID} tabindex="-1" class="dee-h1">{ rich(&t(&format!("question.{q}.title"))) }</h1>
                        </legend>
                        <p class="dee-hint" id={hint_id}>{ rich(&t(&format!("question.{q}.hint"))) }</p>
                        if let Some(m) = &message {
                            <p class="dee-error-message" id={error_id}>
                                <span class="dee-visually-hidden">{ rich(&t("errors.prefix")) }</span>{ m.clone() }
                            </p>
                        }
                        { control }
                    </fieldset>
                </div>
                <button type="submit" class="dee-button">{ rich(&t("nav.continue")) }</button>
            </form>
        </div>
    }
}
