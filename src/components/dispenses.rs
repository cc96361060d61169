//! Bloc dispenses and the centre hours left.

use crate::components::outcome_card::citation;
use crate::components::rich;
use crate::content::{self, blocs, t, tv};
use crate::rules::{Bloc, DiplomeBloc, Dispenses};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub dispenses: Rc<Dispenses>,
}

fn deass(ns: &[u8]) -> String {
    blocs(ns.iter().filter_map(|&n| Bloc::new(DiplomeBloc::Ass, n)))
}

#[component]
pub fn DispensesSection(props: &Props) -> Html {
    let d = &*props.dispenses;
    let nothing = d.validated.is_empty() && d.possible.is_empty() && d.interview_only.is_empty();
    let hours_max = content::number(d.hours_max);
    let hours_min = content::number(d.hours_min);
    let cited = content::cited("dispenses");
    html! {
        <section class="dee-section" aria-labelledby="dee-dispenses-title">
            <h2 class="dee-h2" id="dee-dispenses-title">{ rich(&t("result.dispenses_heading")) }</h2>
            if nothing {
                <p>{ rich(&t("dispenses.none")) }</p>
            } else {
                <ul class="dee-list">
                    if d.validated.len() == 4 {
                        <li>{ rich(&t("dispenses.all_validated")) }</li>
                    } else if !d.validated.is_empty() {
                        <li>{ rich(&tv("dispenses.validated", &[("blocs", &deass(&d.validated))])) }</li>
                    }
                    if !d.possible.is_empty() {
                        <li>{ rich(&tv("dispenses.possible", &[("blocs", &deass(&d.possible))])) }</li>
                    }
                    if !d.interview_only.is_empty() {
                        <li>{ rich(&tv("dispenses.interview_only", &[("blocs", &blocs(d.interview_only.iter().copied()))])) }</li>
                    }
                </ul>
                <p class="dee-strong">
                    if d.hours_min == d.hours_max {
                        { rich(&tv("dispenses.hours_exact", &[("hours_max", &hours_max)])) }
                    } else {
                        { rich(&tv("dispenses.hours_range", &[("hours_min", &hours_min), ("hours_max", &hours_max)])) }
                    }
                </p>
                <p class="dee-small">{ rich(&t("dispenses.hours_note")) }</p>
            }
            { citation(cited.source, cited.section) }
        </section>
    }
}
