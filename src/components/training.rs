//! "La formation en bref": what candidates ask next and the institute's page
//! answers (length, hours at the centre and in placements, where, mobility
//! for placements, places), each group of lines with its citation. The
//! figures are facts of `content/donnees.toml`.

use crate::components::outcome_card::citation;
use crate::components::say;
use crate::content::{Cited, Text, Tr};
use yew::prelude::*;

/// The section, with its citations.
pub fn training_section(tr: &Tr) -> Html {
    let group = |lines: &[Text], cited: Cited| {
        let c = tr.cited(cited, String::new());
        html! {
            <>
                <ul class="dee-list dee-training__list">
                    { for lines.iter().map(|t| html! { <li>{ say(tr, *t) }</li> }) }
                </ul>
                { citation(tr, c.source, c.section) }
            </>
        }
    };
    html! {
        <section class="dee-section dee-training" aria-labelledby="dee-training-title" data-section="training">
            <h2 class="dee-h2" id="dee-training-title">{ say(tr, Text::TrainingHeading) }</h2>
            { group(&[Text::TrainingYears, Text::TrainingHours, Text::TrainingMobility, Text::TrainingPlace], Cited::Training) }
            { group(&[Text::TrainingPlaces], Cited::Places) }
        </section>
    }
}
