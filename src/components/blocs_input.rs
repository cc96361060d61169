//! The blocs question: "Non" or "Oui" first (almost everyone answers Non,
//! in one click), and under "Oui" the blocs' checkboxes, grouped by
//! diploma. Its value is the link form (`aucun` is Non, `ES-BC3,…`).

use crate::components::{rich, say};
use crate::content::{keys, Text, Tr};
use crate::rules::parse::parse_blocs;
use crate::rules::{Bloc, Blocs, DiplomeBloc};
use yew::prelude::*;

#[derive(PartialEq)]
pub struct Props {
    /// Current value in link form; empty when nothing is ticked.
    pub value: AttrValue,
    /// "Oui" (`Some(true)`), "Non", or neither chosen yet.
    pub yes: Option<bool>,
    pub invalid: bool,
    pub on_change: Callback<String>,
    pub on_yes: Callback<bool>,
    pub tr: Tr,
}

/// The DEASS blocs by their titles; another diploma's blocs have titles of
/// their own, which the sources do not give: by number only.
fn bloc_label(tr: &Tr, b: Bloc) -> String {
    match (b.diplome, keys::bloc_of_deass(b.n)) {
        (DiplomeBloc::Ass, Some(k)) => tr.t(k),
        _ => tr.question_blocs_bloc_n(&b.n.to_string()),
    }
}

/// A plain function rather than a component: it keeps no state, and each
/// component type costs the wasm its own copy of Yew's lifecycle and
/// hydration code (about 0.7 KB gzip).
pub fn blocs_input(props: &Props) -> Html {
    let tr = &props.tr;
    let radio = |yes: bool| {
        let (o, label) = if yes {
            ("oui", Text::QuestionBlocsYes)
        } else {
            ("aucun", Text::QuestionBlocsNo)
        };
        let id = format!("dee-blocs-{o}");
        let onchange = props.on_yes.reform(move |_: Event| yes);
        html! {
            <div class="dee-radio">
                <input class="dee-radio__input" type="radio" id={id.clone()} name="blocs" value={o}
                    checked={props.yes == Some(yes)} aria-invalid={props.invalid.to_string()} {onchange} />
                <label class="dee-radio__label" for={id}>{ say(tr, label) }</label>
            </div>
        }
    };
    html! {
        <div class="dee-radios">
            { radio(false) }
            { radio(true) }
            if props.yes == Some(true) {
                <div class="dee-reveal" id="dee-blocs-list">{ checkboxes(props) }</div>
            }
        </div>
    }
}

/// The blocs of each diploma, revealed under "Oui".
fn checkboxes(props: &Props) -> Html {
    let tr = &props.tr;
    let current = parse_blocs(&props.value).unwrap_or(Blocs::NONE);
    let toggle = |b: Bloc| {
        let on_change = props.on_change.clone();
        Callback::from(move |_: Event| {
            let next = if current.contains(b) {
                current.without(b)
            } else {
                current.with(b)
            };
            on_change.emit(if next.is_empty() {
                String::new()
            } else {
                next.to_string()
            });
        })
    };
    html! {
        <div class="dee-checkboxes">
            <p class="dee-hint" id="dee-blocs-which">{ say(tr, Text::QuestionBlocsWhich) }</p>
            { for DiplomeBloc::ALL.iter().map(|&d| html! {
                <fieldset class="dee-subfieldset">
                    <legend class="dee-sublegend">{ say(tr, keys::bloc_diploma(d)) }</legend>
                    <div class="dee-checkboxes__grid">
                        { for (1..=4u8).filter_map(|n| Bloc::new(d, n)).map(|b| {
                            let id = format!("dee-blocs-{b}");
                            html! {
                                <div class="dee-checkbox">
                                    <input class="dee-checkbox__input" type="checkbox" id={id.clone()} name="blocs"
                                        value={b.to_string()} checked={current.contains(b)}
                                        aria-describedby="dee-blocs-which"
                                        aria-invalid={props.invalid.to_string()} onchange={toggle(b)} />
                                    <label class="dee-checkbox__label" for={id}>{ rich(tr, &bloc_label(tr, b)) }</label>
                                </div>
                            }
                        }) }
                    </div>
                </fieldset>
            }) }
        </div>
    }
}
