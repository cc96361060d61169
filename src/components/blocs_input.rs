//! The blocs question's checkboxes, grouped by diploma, with an exclusive
//! "Aucun bloc" choice. Its value is the link form (`aucun`, `ES-BC3,…`).

use crate::components::{rich, say};
use crate::content::{keys, Text, Tr};
use crate::rules::parse::parse_blocs;
use crate::rules::{Bloc, Blocs, DiplomeBloc};
use yew::prelude::*;

#[derive(PartialEq)]
pub struct Props {
    /// Current value in link form; empty when nothing is ticked.
    pub value: AttrValue,
    pub invalid: bool,
    pub on_change: Callback<String>,
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
    let none = props.value.as_str() == "aucun";
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
    let on_none = {
        let on_change = props.on_change.clone();
        Callback::from(move |_: Event| {
            on_change.emit(if none { String::new() } else { "aucun".into() })
        })
    };
    html! {
        <div class="dee-checkboxes">
            { for DiplomeBloc::ALL.iter().map(|&d| html! {
                <fieldset class="dee-subfieldset">
                    <legend class="dee-sublegend">{ say(tr, keys::bloc_diploma(d)) }</legend>
                    <div class="dee-checkboxes__grid">
                        { for (1..=4u8).filter_map(|n| Bloc::new(d, n)).map(|b| {
                            let id = format!("dee-blocs-{b}");
                            html! {
                                <div class="dee-checkbox">
                                    <input class="dee-checkbox__input" type="checkbox" id={id.clone()} name="blocs"
                                        value={b.to_string()} checked={!none && current.contains(b)}
                                        aria-invalid={props.invalid.to_string()} onchange={toggle(b)} />
                                    <label class="dee-checkbox__label" for={id}>{ rich(tr, &bloc_label(tr, b)) }</label>
                                </div>
                            }
                        }) }
                    </div>
                </fieldset>
            }) }
            <p class="dee-checkboxes__divider">{ say(tr, Text::QuestionBlocsOr) }</p>
            <div class="dee-checkbox">
                <input class="dee-checkbox__input" type="checkbox" id="dee-blocs-aucun" name="blocs" value="aucun"
                    checked={none} aria-invalid={props.invalid.to_string()} onchange={on_none} />
                <label class="dee-checkbox__label" for="dee-blocs-aucun">{ say(tr, Text::QuestionBlocsNone) }</label>
            </div>
        </div>
    }
}
