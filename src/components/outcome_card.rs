//! One conclusion: the verdict in a line, why (with its source), and what
//! would change it. `data-outcome`/`data-value` are a stable public hook.

use crate::components::rich;
use crate::content::{self, reason, t, tp, tv};
use crate::rules::{Certainty, Change, OutcomeKind, Params, Reason};
use std::rc::Rc;
use yew::prelude::*;

#[derive(PartialEq)]
pub struct Props {
    pub kind: OutcomeKind,
    pub value: AttrValue,
    pub reasons: Rc<Vec<Reason>>,
    pub certainty: Certainty,
    /// Changes for this outcome only.
    pub changes: Rc<Vec<Change>>,
    pub params: Params,
}

/// A citation line: source title and section (printed with the source's
/// short name, the footer of the printout naming the documents in full).
pub fn citation(source: content::Source, section: String) -> Html {
    html! {
        <p class="dee-source">
            { rich(&t("result.source")) }{ " " }<cite class="dee-screen-only">{ source.title }</cite>
            <cite class="dee-print-inline">{ source.short }</cite>{ ", " }
            { rich(&tv("result.section", &[("section", &section)])) }
        </p>
    }
}

/// A plain function rather than a component: it keeps no state, and each
/// component type costs the wasm its own copy of Yew's lifecycle and
/// hydration code (about 0.7 KB gzip).
pub fn outcome_card(props: &Props) -> Html {
    let kind = props.kind;
    let p = props.params;
    let title_id = format!("dee-card-{kind}");
    let certainty = match props.certainty {
        Certainty::Sure => html! {
            <p class="dee-card__certainty">{ rich(&t("result.sure")) }</p>
        },
        Certainty::ToConfirm(c) => html! {
            <p class="dee-card__certainty dee-card__certainty--confirm">
                <strong>{ rich(&t("result.to_confirm")) }</strong>{ " " }{ rich(&content::confirm(c, &p)) }
            </p>
        },
    };
    html! {
        <section class="dee-card" data-outcome={kind.id()} data-value={props.value.clone()}
            data-certainty={props.certainty.id()} aria-labelledby={title_id.clone()}>
            <h2 class="dee-card__title" id={title_id}>{ rich(&t(&format!("outcome.{kind}.title"))) }</h2>
            <p class="dee-card__verdict">{ rich(&content::verdict(kind, &props.value, &p)) }</p>
            { certainty }
            <h3 class="dee-card__sub">{ rich(&t("result.why")) }</h3>
            <ul class="dee-card__reasons">
                { for props.reasons.iter().map(|r| {
                    let c = reason(*r, &p);
                    html! { <li data-reason={r.id()}><p>{ rich(&c.text) }</p>{ citation(c.source, c.section) }</li> }
                }) }
            </ul>
            if !props.changes.is_empty() {
                <h3 class="dee-card__sub">{ rich(&t("result.changes")) }</h3>
                <ul class="dee-card__changes">
                    { for props.changes.iter().map(|c| html! { <li>{ rich(&tp(&c.content_key(), &p)) }</li> }) }
                </ul>
            }
        </section>
    }
}
