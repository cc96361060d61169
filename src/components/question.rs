//! One question per screen: a `fieldset` whose `legend` is the page's `h1`,
//! radios, a text field or checkboxes with real labels, a hint, and the error
//! (summary at the top, message beside the field) when there is one. The
//! control is chosen by the question's form (`control`, an exhaustive
//! `match` on [`Form`]): a yes/no or choice question gets radios with
//! nothing to add here, a new form does not compile until it has a control.

use crate::browser;
use crate::components::back_link::back_link;
use crate::components::blocs_input::blocs_input;
use crate::components::error_summary::error_summary;
use crate::components::{rich, say};
use crate::content::keys::{self, Choice};
use crate::content::{self, Part, Text, Tr};
use crate::dom_ids::{ERROR_SUMMARY_ID, HEADING_ID};
use crate::rules::parse::InputError;
use crate::rules::{AnneeBac, Answers, Diplome, Form, Question};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub tr: Tr,
    pub question: Question,
    pub answers: Answers,
    /// 1-based position among the questions asked.
    pub step: usize,
    /// How many questions there are at most, this one included, for the
    /// answers given before it (`Flow::most_questions`): never more later.
    pub most: usize,
    /// The error to show, and whether it came from the link.
    pub error: Option<(InputError, bool)>,
    /// The value that "Continuer" sent and was refused: shown again, in
    /// its field, with the error.
    #[prop_or_default]
    pub refused: Option<AttrValue>,
    pub back_href: AttrValue,
    pub on_back: Callback<()>,
    pub on_submit: Callback<String>,
}

/// The bac question of a level-4 title holder: "do you also hold the bac?",
/// yes (with its year) or no.
fn bac_choice(q: Question, a: &Answers) -> bool {
    q == Question::AnneeBac && a.diplome.is_some_and(Diplome::is_titre4)
}

/// The options in the order shown: a lycéen preparing the bac finds "Je
/// passe le baccalauréat" right under "Le baccalauréat", not below the
/// other diplomas (the rules' order, and the link's values, are unchanged).
fn shown_options(q: Question, options: &'static [&'static str]) -> Vec<(&'static str, Choice)> {
    let ids = options.iter().copied();
    let mut options: Vec<_> = ids.zip(keys::choices(q).iter().copied()).collect();
    if q == Question::Diplome {
        if let Some(i) = options.iter().position(|(o, _)| *o == "terminale") {
            let o = options.remove(i);
            let after_bac = options
                .iter()
                .position(|(o, _)| *o == "bac")
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
    match q.form() {
        Form::Choice(options) => format!("dee-{q}-{}", options.first().copied().unwrap_or("0")),
        Form::Blocs => format!("dee-{q}-aucun"),
        Form::Intake => format!("dee-{q}-0"),
        Form::Year | Form::Hours => format!("dee-{q}-input"),
    }
}

/// The message for an error on `q`.
pub fn error_message(tr: &Tr, q: Question, e: InputError, a: &Answers) -> String {
    match e {
        InputError::Empty => tr.question_text(q, a, Part::ErrorEmpty),
        e => tr.t_opt(content::input_error(e)),
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

/// What the person has chosen or typed so far on this screen.
#[derive(Clone)]
struct Draft {
    /// The value in link form.
    value: UseStateHandle<String>,
    /// The bac question of a title holder: yes/no, the year revealed under "yes".
    has_bac: UseStateHandle<Option<bool>>,
    /// The blocs question: no/yes, the blocs revealed under "yes".
    has_blocs: UseStateHandle<Option<bool>>,
    /// "Oui" sent with no bloc ticked: said here, so that "Oui" stays chosen
    /// (an error from the app would show the question afresh).
    oui_empty: UseStateHandle<bool>,
}

#[hook]
fn use_draft(props: &Props) -> Draft {
    let a = &props.answers;
    // A refused year or number stays as typed (never emptied).
    let refused = props.refused.as_ref().filter(|r| !r.is_empty());
    let value = use_state(|| match refused {
        Some(r) => r.to_string(),
        None => a.value(props.question).unwrap_or_default(),
    });
    let has_bac = use_state(|| match (a.annee_bac, refused) {
        (_, Some(r)) if r.as_str() != "aucun" => Some(true),
        (Some(AnneeBac::Obtenu(_)), _) => Some(true),
        (Some(AnneeBac::Aucun), _) => Some(false),
        (None, _) => None,
    });
    // A malformed bloc list in a link: the blocs are shown, to tick again.
    let has_blocs = use_state(|| {
        let malformed = matches!(props.error, Some((InputError::MalformedBloc, _)));
        a.blocs.map(|b| !b.is_empty()).or(malformed.then_some(true))
    });
    let oui_empty = use_state(|| false);
    use_effect_with(*oui_empty, |on| {
        if *on {
            browser::focus(ERROR_SUMMARY_ID);
        }
    });
    Draft {
        value,
        has_bac,
        has_blocs,
        oui_empty,
    }
}

impl Draft {
    /// The raw answer "Continuer" sends (empty is "no answer"), or `None`
    /// when nothing is sent: "Oui" to the blocs with none ticked.
    fn submitted(&self, q: Question, choice: bool) -> Option<String> {
        let value = &*self.value;
        if q == Question::Blocs {
            let raw = match *self.has_blocs {
                Some(false) => "aucun".to_string(),
                Some(true) if value != "aucun" => value.clone(),
                _ => String::new(),
            };
            let oui_alone = *self.has_blocs == Some(true) && raw.is_empty();
            self.oui_empty.set(oui_alone);
            return (!oui_alone).then_some(raw);
        }
        Some(match (choice, *self.has_bac) {
            (true, None) => String::new(),
            (true, Some(false)) => "aucun".to_string(),
            // "Yes" with the year typed (an empty field is "no answer").
            (true, Some(true)) if value == "aucun" => String::new(),
            _ => value.clone(),
        })
    }
}

/// How the control refers to the hint and the error.
struct Field<'a> {
    described: String,
    message: Option<&'a String>,
}

/// A year's or the hours' text field.
fn year_field(tr: &Tr, q: Question, draft: &Draft, field: &Field) -> Html {
    let d = draft.value.clone();
    let oninput = Callback::from(move |e: InputEvent| d.set(browser::input_value(&e)));
    // The hours are `heures`' texts, the year `annee_bac`'s.
    let (mode, width, label, suffix) = match q.form() {
        Form::Hours => (
            "decimal",
            "dee-input--w5",
            keys::HEURES.label,
            Some(keys::HEURES.suffix),
        ),
        _ => ("numeric", "dee-input--w4", keys::ANNEE_BAC.label, None),
    };
    let value = match draft.value.as_str() {
        "aucun" => String::new(),
        v => v.to_string(),
    };
    let id = format!("dee-{q}-input");
    let invalid = field.message.is_some();
    html! {
        <div class="dee-field">
            <label class="dee-label" for={id.clone()}>{ rich(tr, &tr.t(label)) }</label>
            <div class="dee-input-wrap">
                <input class={classes!("dee-input", width, invalid.then_some("dee-input--error"))}
                    {id} name={q.id()} type="text" inputmode={mode}
                    autocomplete="off" spellcheck="false" {value}
                    aria-describedby={field.described.clone()} aria-invalid={invalid.to_string()}
                    {oninput} />
                if let Some(suffix) = suffix.map(|k| tr.raw(k)) {
                    <span class="dee-input-suffix" aria-hidden="true">{ suffix }</span>
                }
            </div>
        </div>
    }
}

/// The bac question of a title holder: "yes" (revealing the year) or "no".
fn bac_radios(tr: &Tr, q: Question, draft: &Draft, field: &Field) -> Html {
    let radio = |yes: bool| {
        let (o, label) = match yes {
            true => ("obtenu", keys::ANNEE_BAC.option_obtenu),
            false => ("aucun", keys::ANNEE_BAC.option_aucun),
        };
        let id = format!("dee-{q}-{o}");
        let h = draft.has_bac.clone();
        let onchange = Callback::from(move |_: Event| h.set(Some(yes)));
        html! {
            <div class="dee-radio">
                <input class="dee-radio__input" type="radio" id={id.clone()} name={q.id()} value={o}
                    checked={*draft.has_bac == Some(yes)} {onchange} />
                <label class="dee-radio__label" for={id}>{ rich(tr, &tr.t(label)) }</label>
            </div>
        }
    };
    html! {
        <div class="dee-radios">
            { radio(true) }
            if *draft.has_bac == Some(true) {
                <div class="dee-reveal">{ year_field(tr, q, draft, field) }</div>
            }
            { radio(false) }
        </div>
    }
}

/// The radios of a question with options, each with its hint if it has one.
fn option_radios(tr: &Tr, q: Question, options: &'static [&'static str], draft: &Draft) -> Html {
    let radio = |(o, choice): (&'static str, Choice)| {
        let id = format!("dee-{q}-{o}");
        let option_hint = choice.hint;
        let hint_id = format!("{id}-hint");
        let d = draft.value.clone();
        let onchange = Callback::from(move |_: Event| d.set(o.to_string()));
        html! {
            <div class="dee-radio">
                <input class="dee-radio__input" type="radio" id={id.clone()} name={q.id()} value={o}
                    checked={*draft.value == o} {onchange}
                    aria-describedby={option_hint.map(|_| hint_id.clone())} />
                <label class="dee-radio__label" for={id}>{ rich(tr, &tr.t(choice.label)) }</label>
                if let Some(h) = option_hint {
                    <p class="dee-radio__hint" id={hint_id}>{ say(tr, h) }</p>
                }
            </div>
        }
    };
    html! { <div class="dee-radios">{ for shown_options(q, options).into_iter().map(radio) }</div> }
}

/// The question's control, by the form of its answer ([`Question::form`]):
/// an exhaustive match on the form, so that a new form does not compile
/// until it has a control, and a new yes/no or choice question gets radios.
fn control(tr: &Tr, q: Question, a: &Answers, draft: &Draft, field: &Field) -> Html {
    match q.form() {
        Form::Choice(options) => option_radios(tr, q, options, draft),
        Form::Year if bac_choice(q, a) => bac_radios(tr, q, draft, field),
        Form::Year | Form::Hours => year_field(tr, q, draft, field),
        Form::Intake => intake_radios(tr, a, &draft.value),
        Form::Blocs => {
            let (d, h) = (draft.value.clone(), draft.has_blocs.clone());
            blocs_input(
                tr,
                &draft.value,
                *draft.has_blocs,
                field.message.is_some(),
                Callback::from(move |v: String| d.set(v)),
                Callback::from(move |yes: bool| h.set(Some(yes))),
            )
        }
    }
}

#[component]
pub fn QuestionScreen(props: &Props) -> Html {
    let (tr, q, a) = (&props.tr, props.question, &props.answers);
    let draft = use_draft(props);
    let error = props
        .error
        .or(draft.oui_empty.then_some((InputError::Empty, false)));
    let (hint_id, error_id) = (format!("dee-{q}-hint"), format!("dee-{q}-error"));
    let message = error.map(|(e, _)| error_message(tr, q, e, a));
    let field = Field {
        described: match message {
            Some(_) => format!("{hint_id} {error_id}"),
            None => hint_id.clone(),
        },
        message: message.as_ref(),
    };
    let onsubmit = {
        let (draft, on_submit, choice) = (draft.clone(), props.on_submit.clone(), bac_choice(q, a));
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if let Some(raw) = draft.submitted(q, choice) {
                on_submit.emit(raw);
            }
        })
    };
    let summary = |(m, (_, from_link)): (&String, (InputError, bool))| {
        let title = if from_link {
            Text::ErrorsLinkTitle
        } else {
            Text::ErrorsSummaryTitle
        };
        error_summary(tr, title, &[(field_id(q, a), m.clone())])
    };
    html! {
        <div class="dee-question">
            { back_link(tr, props.back_href.clone(), props.on_back.clone()) }
            { for message.as_ref().zip(error).map(summary) }
            <form class="dee-form" novalidate=true {onsubmit}>
                <div class={classes!("dee-form-group", message.as_ref().map(|_| "dee-form-group--error"))}>
                    <fieldset class="dee-fieldset" aria-describedby={field.described.clone()}>
                        <legend class="dee-legend">
                            <span class="dee-caption">{ rich(tr, &tr.nav_step_most(&props.step.to_string(), &props.most.to_string())) }</span>
                            <h1 id={HEADING_ID} tabindex="-1" class="dee-h1">{ rich(tr, &tr.question_text(q, a, Part::Title)) }</h1>
                        </legend>
                        <p class="dee-hint" id={hint_id}>{ rich(tr, &tr.question_text(q, a, Part::Hint)) }</p>
                        if let Some(m) = &message {
                            <p class="dee-error-message" id={error_id}>
                                <span class="dee-visually-hidden">{ say(tr, Text::ErrorsPrefix) }</span>{ m.clone() }
                            </p>
                        }
                        { control(tr, q, a, &draft, &field) }
                    </fieldset>
                </div>
                <button type="submit" class="dee-button">{ say(tr, Text::NavContinue) }</button>
            </form>
        </div>
    }
}
