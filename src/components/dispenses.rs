//! What the candidate's acquired blocs mean, in the sources' own terms: the
//! DEASS blocs count towards the diploma, other 3-year diplomas' blocs may
//! be among the two common ones (the page does not say which), the DECESF's
//! give the interview exemption. What is dispensed is for the institute.

use crate::components::outcome_card::citation;
use crate::components::{rich, say};
use crate::content::{Cited, Text, Tr};
use crate::rules::{Bloc, DiplomeBloc, Dispenses};
use yew::prelude::*;

fn deass(tr: &Tr, ns: &[u8]) -> String {
    tr.blocs(ns.iter().filter_map(|&n| Bloc::new(DiplomeBloc::Ass, n)))
}

/// The section.
pub fn dispenses_section(tr: &Tr, d: &Dispenses) -> Html {
    let cited = tr.cited(Cited::Dispenses, String::new());
    let hours = tr.number(d.validated_hours);
    html! {
        <section class="dee-section" aria-labelledby="dee-dispenses-title" data-section="dispenses">
            <h2 class="dee-h2" id="dee-dispenses-title">{ say(tr, Text::ResultDispensesHeading) }</h2>
            <ul class="dee-list">
                if d.validated.len() == 4 {
                    <li>{ say(tr, Text::DispensesAllValidated) }</li>
                } else if !d.validated.is_empty() {
                    <li>{ rich(tr, &tr.dispenses_validated(&deass(tr, &d.validated), &hours)) }</li>
                }
                if !d.maybe_common.is_empty() {
                    <li>{ rich(tr, &tr.dispenses_maybe_common(&tr.blocs(d.maybe_common.iter().copied()))) }</li>
                }
                if !d.interview_only.is_empty() {
                    <li>{ rich(tr, &tr.dispenses_interview_only(&tr.blocs(d.interview_only.iter().copied()))) }</li>
                }
            </ul>
            <p class="dee-card__certainty dee-card__certainty--confirm">{ say(tr, Text::DispensesToConfirm) }</p>
            <p class="dee-small">{ say(tr, Text::DispensesHoursNote) }</p>
            { citation(tr, cited.source, cited.section) }
        </section>
    }
}
