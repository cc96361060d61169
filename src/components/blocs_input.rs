//! The blocs question: "Non" or "Oui" first (almost everyone answers Non,
//! in one click), and under "Oui" the blocs' checkboxes, grouped by
//! diploma. Its value is the link form (`aucun` is Non, `ES-BC3,…`).

use crate::components::{rich, say};
use crate::content::{self, keys, Tr};
use crate::rules::parse::parse_blocs;
use crate::rules::{Bloc, Blocs, DiplomeBloc};
use yew::prelude::*;

/// The DEASS blocs by their titles; another diploma's blocs have titles of
/// their own, which the sources do not give: by number only.
fn bloc_label(tr: &Tr, b: Bloc) -> String {
    match content::bloc_title(b) {
        Some(k) => tr.t(k),
        None => tr.question_blocs_bloc_n(&b.n.to_string()),
    }
}

/// The question's control: `value` is the current one in link form (empty
/// when nothing is ticked), `yes` is "Oui" (`Some(true)`), "Non", or
/// neither chosen yet.
pub fn blocs_input(
    tr: &Tr,
    value: &str,
    yes: Option<bool>,
    invalid: bool,
    on_change: Callback<String>,
    on_yes: Callback<bool>,
) -> Html {
    let radio = |this: bool| {
        let (o, label) = if this {
            ("oui", keys::BLOCS.yes)
        } else {
            ("aucun", keys::BLOCS.no)
        };
        let id = format!("dee-blocs-{o}");
        let onchange = on_yes.reform(move |_: Event| this);
        html! {
            <div class="dee-radio">
                <input class="dee-radio__input" type="radio" id={id.clone()} name="blocs" value={o}
                    checked={yes == Some(this)} aria-invalid={invalid.to_string()} {onchange} />
                <label class="dee-radio__label" for={id}>{ say(tr, label) }</label>
            </div>
        }
    };
    html! {
        <div class="dee-radios">
            { radio(false) }
            { radio(true) }
            if yes == Some(true) {
                <div class="dee-reveal" id="dee-blocs-list">{ checkboxes(tr, value, invalid, &on_change) }</div>
            }
        </div>
    }
}

/// The blocs of each diploma, revealed under "Oui".
fn checkboxes(tr: &Tr, value: &str, invalid: bool, on_change: &Callback<String>) -> Html {
    let current = parse_blocs(value).unwrap_or(Blocs::NONE);
    let toggle = |b: Bloc| {
        let on_change = on_change.clone();
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
            <p class="dee-hint" id="dee-blocs-which">{ say(tr, keys::BLOCS.which) }</p>
            { for DiplomeBloc::ALL.iter().map(|&d| html! {
                <fieldset class="dee-subfieldset">
                    <legend class="dee-sublegend">{ say(tr, content::bloc_diploma(d)) }</legend>
                    <div class="dee-checkboxes__grid">
                        { for (1..=4u8).filter_map(|n| Bloc::new(d, n)).map(|b| {
                            let id = format!("dee-blocs-{b}");
                            html! {
                                <div class="dee-checkbox">
                                    <input class="dee-checkbox__input" type="checkbox" id={id.clone()} name="blocs"
                                        value={b.to_string()} checked={current.contains(b)}
                                        aria-describedby="dee-blocs-which"
                                        aria-invalid={invalid.to_string()} onchange={toggle(b)} />
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
