//! One conclusion: the verdict in a line, why (with its source), and what
//! would change it. `data-outcome`/`data-value` are a stable public hook.

use crate::components::{rich, say};
use crate::content::{self, keys, Text, Tr};
use crate::rules::{Certainty, Change, OutcomeView};
use yew::prelude::*;

/// A citation line: the source's short name and its section. Each source's
/// full title is said once per result, in its "Sources" line
/// ([`sources_line`]), not beside every conclusion.
pub fn citation(tr: &Tr, source: content::Source, section: String) -> Html {
    html! {
        <p class="dee-source">
            { say(tr, Text::ResultSource) }{ " " }<cite>{ source.short }</cite>{ ", " }
            { rich(tr, &tr.result_section(&section)) }
        </p>
    }
}

/// The sources in full, once: each short name the citations use, with the
/// document it stands for.
pub fn sources_line(tr: &Tr) -> Html {
    let docs = [content::SourceDoc::Irts, content::SourceDoc::Rncp].map(|d| tr.source(d));
    html! {
        <p class="dee-small dee-sources" data-section="sources">
            <strong>{ say(tr, Text::ResultSourcesHeading) }</strong>{ " " }
            { for docs.iter().enumerate().map(|(i, d)| html! {
                <>
                    if i > 0 { { " ; " } }
                    <cite>{ d.short.clone() }</cite>{ tr.raw(Text::OverviewColon) }{ rich(tr, &d.title) }
                </>
            }) }
            { "." }
        </p>
    }
}

/// The card of the conclusion `kind`: its `value`, why, how sure, and the
/// `changes` that concern it.
pub fn outcome_card(tr: &Tr, outcome: &OutcomeView, changes: &[&Change]) -> Html {
    let &(kind, value, reasons, certainty) = outcome;
    let title_id = format!("dee-card-{}", kind.id());
    let certainty_line = match certainty {
        Certainty::Sure => html! {
            <p class="dee-card__certainty">{ say(tr, Text::ResultSure) }</p>
        },
        Certainty::ToConfirm(c) => html! {
            <p class="dee-card__certainty dee-card__certainty--confirm">
                <strong>{ say(tr, Text::ResultToConfirm) }</strong>{ " " }{ rich(tr, &tr.confirm(c)) }
            </p>
        },
    };
    html! {
        <section class="dee-card" data-outcome={kind.id()} data-value={value.id()}
            data-certainty={certainty.id()} aria-labelledby={title_id.clone()}>
            <h2 class="dee-card__title" id={title_id}>{ say(tr, keys::kind(kind).title) }</h2>
            <p class="dee-card__verdict">{ rich(tr, &tr.verdict(value, certainty)) }</p>
            { certainty_line }
            <h3 class="dee-card__sub">{ say(tr, Text::ResultWhy) }</h3>
            <ul class="dee-card__reasons">
                { for reasons.iter().map(|r| {
                    let c = tr.reason(*r);
                    html! { <li data-reason={r.id()}><p>{ rich(tr, &c.text) }</p>{ citation(tr, c.source, c.section) }</li> }
                }) }
            </ul>
            if !changes.is_empty() {
                <h3 class="dee-card__sub">{ say(tr, Text::ResultChanges) }</h3>
                <ul class="dee-card__changes">
                    { for changes.iter().map(|c| change_line(tr, c)) }
                </ul>
            }
        </section>
    }
}

/// A "what would change this" line: a change whose outcome would itself be
/// left to confirm has its hedged wording, followed by what to ask.
fn change_line(tr: &Tr, c: &Change) -> Html {
    html! {
        <li data-change={content::change_key(c)} data-certainty={c.certainty.id()}>
            { rich(tr, &tr.change(c)) }
            if let Certainty::ToConfirm(what) = c.certainty {
                { " " }<strong>{ say(tr, Text::ResultChangeToConfirm) }</strong>{ " " }{ rich(tr, &tr.confirm(what)) }
            }
        </li>
    }
}
