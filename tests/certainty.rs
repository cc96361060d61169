//! Never surer than the sources: an outcome the rules leave to confirm is
//! worded as a possibility wherever it is shown (the card's headline, the
//! glance that is also printed, a "what would change this" line), the text
//! chosen from the rules' certainty; and when the Région's funding is to
//! confirm, the costs show both cases. "Tous les cas" is the engine's, for
//! the intake it names.

mod common;
use common::{answers, on, params};
use deass_eligibility::content::{self, text_by_key, Lang, Tr, FACTS};
use deass_eligibility::overview;
use deass_eligibility::rules::{
    self, assess,
    samples::{self, Tier},
    Certainty, Confirm, Cost, Funding, OutcomeKind, Params, Question, Verdict,
};

const BASE: &str = "contrat=aucun&blocs=aucun";
/// A public-law CDI of 20 h, no other criterion of the Région's list: the
/// page's "CDI ≤ 24 h" line does not say whether public law is included.
const PUBLIC_CDI_20: &str =
    "diplome=titre4&annee_bac=aucun&situation=fonction_publique&statut_public=cdi&heures=20&contrat=aucun&blocs=aucun";

/// A public-law CDI of 35 h with a bac ten years old: continuing
/// education, settled (no criterion of the Région's list).
fn public_cdi_35() -> String {
    let old_bac = params().intake_year - 10;
    format!("diplome=bac&annee_bac={old_bac}&situation=fonction_publique&statut_public=cdi&heures=35&france_travail=non&contrat=aucun&blocs=aucun")
}

fn tr(lang: Lang, p: Params) -> Tr {
    Tr::new(lang, p)
}

fn key(tr: &Tr, k: &str) -> String {
    text_by_key(tr, k).unwrap_or_else(|| panic!("no text `{k}`"))
}

#[test]
fn a_region_funding_to_confirm_is_hedged_in_the_headline_and_the_glance() {
    let p = params();
    let r = assess(&answers(PUBLIC_CDI_20), &p);
    let f = r.funding.as_ref().expect("funding known");
    assert_eq!(f.value, Funding::Region);
    assert_eq!(f.certainty, Certainty::ToConfirm(Confirm::FundingPublicCdi));
    for lang in [Lang::Fr, Lang::En] {
        let tr = tr(lang, p);
        let v = Verdict::Funding(Funding::Region);
        let headline = tr.verdict(v, f.certainty);
        assert_eq!(headline, key(&tr, "outcome.funding.hedged.region"));
        assert_ne!(headline, tr.verdict(v, Certainty::Sure), "{lang:?}");
        // The other branch is named, with the page's amount.
        let cost = key(&tr, "cost.continuing_cost.amount");
        assert!(headline.contains(&cost), "{headline}");
        let glance = tr.glance(v, f.certainty);
        assert_eq!(glance, key(&tr, "glance.funding.hedged.region"));
        assert!(glance.contains(&cost), "{glance}");
    }
    // The French wording is a possibility, never the page's statement.
    let fr = tr(Lang::Fr, p);
    let headline = fr.verdict(Verdict::Funding(Funding::Region), f.certainty);
    assert!(!headline.contains("finance votre formation"), "{headline}");
    assert!(headline.contains("à confirmer"), "{headline}");
}

#[test]
fn a_sure_outcome_keeps_its_plain_wording() {
    let p = params();
    let q = format!("diplome=titre4&annee_bac=aucun&situation=cdd&{BASE}");
    // (A CDD is on the Région's list whatever the diploma.)
    let r = assess(&answers(&q), &p);
    let f = r.funding.as_ref().expect("funding known");
    assert!(f.certainty.is_sure());
    let fr = tr(Lang::Fr, p);
    assert_eq!(
        fr.verdict(Verdict::Funding(Funding::Region), f.certainty),
        key(&fr, "outcome.funding.region")
    );
    assert!(r.costs_otherwise.is_empty(), "one case, one table");
}

#[test]
fn a_change_leading_to_a_result_to_confirm_says_so() {
    let p = params();
    // 35 h public CDI: continuing education (sure). Fewer hours would make
    // the Région's funding possible, but to confirm, as the rules say for
    // a 20 h public CDI.
    let changes = rules::changes(&answers(&public_cdi_35()), &p);
    let hours = changes
        .iter()
        .find(|c| c.kind() == OutcomeKind::Funding && c.question == Question::Heures)
        .expect("fewer hours is a lever");
    assert_eq!(hours.to, Verdict::Funding(Funding::Region));
    assert_eq!(
        hours.certainty,
        assess(&answers(PUBLIC_CDI_20), &p)
            .funding
            .map(|f| f.certainty)
            .expect("known")
    );
    assert_eq!(
        content::change_key(hours),
        "change.funding.heures.hedged.region"
    );
    for lang in [Lang::Fr, Lang::En] {
        let tr = tr(lang, p);
        assert_eq!(
            tr.change(hours),
            key(&tr, "change.funding.heures.hedged.region")
        );
        assert_ne!(tr.change(hours), key(&tr, "change.funding.heures.region"));
    }
    // A private CDI of 35 h: the same lever is settled by the page.
    let private =
        format!("diplome=titre4&annee_bac=aucun&situation=cdi&heures=35&france_travail=non&{BASE}");
    let sure = rules::changes(&answers(&private), &p)
        .into_iter()
        .find(|c| c.kind() == OutcomeKind::Funding && c.question == Question::Heures)
        .expect("fewer hours is a lever");
    assert_eq!(sure.certainty, Certainty::Sure);
    assert_eq!(content::change_key(&sure), "change.funding.heures.region");
}

#[test]
fn region_to_confirm_shows_both_cost_branches() {
    let p = params();
    let r = assess(&answers(PUBLIC_CDI_20), &p);
    assert_eq!(
        r.costs,
        vec![
            Cost::AdmissionFee,
            Cost::Registration,
            Cost::Tuition,
            Cost::Cvec,
            Cost::Bourse
        ]
    );
    assert_eq!(
        r.costs_otherwise,
        vec![Cost::ContinuingCost, Cost::ContinuingFinancing]
    );
    // A funding that is not the Région's has one case only.
    let continuing = assess(&answers(&public_cdi_35()), &p);
    assert!(continuing.costs_otherwise.is_empty());
    let contract = assess(
        &answers(
            "diplome=titre4&annee_bac=aucun&situation=autre&contrat=apprentissage&blocs=aucun",
        ),
        &p,
    );
    assert!(
        contract.costs_otherwise.is_empty(),
        "{:?}",
        contract.costs_otherwise
    );
}

/// Over dates spread across the year, on every path of the questionnaire:
/// each outcome left to confirm has its hedged headline and glance, each
/// change line is the one its certainty calls for, and the Région's
/// funding to confirm always comes with the other cost branch.
#[test]
fn every_outcome_to_confirm_is_shown_hedged_on_any_date() {
    let y = FACTS.intake.year;
    let dates = [
        on(y, 1, 5),
        on(y, 2, 1),
        on(y, 3, 20),
        on(y, 4, 25),
        on(y, 7, 14),
        on(y, 10, 1),
        on(y + 1, 1, 10),
    ];
    let mut hedged = 0usize;
    for p in dates {
        let trs = [tr(Lang::Fr, p), tr(Lang::En, p)];
        samples::walk(&p, Tier::All, &mut |a, complete| {
            if !complete {
                return;
            }
            let r = assess(a, &p);
            for (kind, v, _, certainty) in r.outcomes() {
                for tr in &trs {
                    let (headline, glance) = (tr.verdict(v, certainty), tr.glance(v, certainty));
                    assert!(
                        !headline.is_empty() && !glance.is_empty(),
                        "{kind}.{v} {a:?}"
                    );
                    if !certainty.is_sure() {
                        assert_eq!(headline, key(tr, &format!("outcome.{kind}.hedged.{v}")));
                        assert_eq!(glance, key(tr, &format!("glance.{kind}.hedged.{v}")));
                    }
                }
                hedged += usize::from(!certainty.is_sure());
            }
            let region_to_confirm = r
                .funding
                .as_ref()
                .is_some_and(|f| f.value == Funding::Region && !f.certainty.is_sure());
            assert_eq!(!r.costs_otherwise.is_empty(), region_to_confirm, "{a:?}");
            for c in rules::changes(a, &p) {
                for tr in &trs {
                    let text = tr.change(&c);
                    assert!(!text.is_empty(), "no text for {}", content::change_key(&c));
                    assert_eq!(text, key(tr, &content::change_key(&c)));
                }
            }
        });
    }
    assert!(
        hedged > 1000,
        "the walk should meet many outcomes to confirm, got {hedged}"
    );
}

#[test]
fn the_texts_say_no_more_than_the_sources() {
    // Sentences the issue found unsupported, in both languages.
    let banned = [
        "temps plein",
        "suit en général",
        "n'est pas.",
        "préparé en 3 ans",
        "préparées en 3 ans",
        "procédure Parcoursup",
        "Montant national",
        "full-time",
        "usually trains",
        "taken over 3 years:",
        "which the *DECESF* is not",
        "Parcoursup procedure.",
        "National amount",
        "Civil servant",
        "“civil servant”",
    ];
    let p = params();
    for lang in [Lang::Fr, Lang::En] {
        let tr = tr(lang, p);
        for k in content::KEYS {
            let Some(t) = text_by_key(&tr, k) else {
                continue;
            };
            for b in banned {
                assert!(!t.contains(b), "{lang:?} `{k}` still says {b:?}: {t}");
            }
        }
    }
    // The continuing-education financing line points to the guide, with
    // no bare dash for an amount.
    for lang in [Lang::Fr, Lang::En] {
        let amount = key(&tr(lang, p), "cost.continuing_financing.amount");
        assert!(amount.contains("Transition"), "{amount}");
    }
}

/// "Tous les cas" on the same dates: each table is for one intake, the one
/// it names (the later by default, the earlier on request), every cell is
/// the engine's outcome for that case and that intake with its certainty
/// (never surer), and each cell's link opens that result, with no question
/// left (not « À quelle rentrée ? »).
#[test]
fn the_overview_is_never_surer_than_the_engine_for_its_intake() {
    let y = FACTS.intake.year;
    let dates = [
        on(y, 1, 5),
        on(y, 3, 20),
        on(y, 4, 25),
        on(y, 6, 1),
        on(y, 7, 14),
        on(y, 11, 23),
        on(y + 1, 1, 10),
    ];
    let mut two = 0;
    for p in dates {
        let room = overview::intakes(&p);
        let shown: Vec<u16> = [room.earlier.map(|(e, _)| e), Some(room.later)]
            .into_iter()
            .flatten()
            .collect();
        two += usize::from(shown.len() == 2);
        for &intake in &shown {
            for b in overview::Base::ALL {
                for row in overview::rows(&p, b, intake) {
                    let Some(c) = row.cells else {
                        assert_ne!(intake, room.later, "everyone can join the default intake");
                        continue;
                    };
                    let values = [
                        Verdict::Route(c.route),
                        Verdict::Interview(c.interview),
                        Verdict::Funding(c.funding),
                    ];
                    for (a, cells) in [
                        (
                            c.answers,
                            values.iter().zip(&c.certainty[..3]).collect::<Vec<_>>(),
                        ),
                        (
                            c.answers_ft,
                            vec![(&Verdict::Funding(c.funding_ft), &c.certainty[3])],
                        ),
                    ] {
                        assert!(rules::missing(&a, &p).is_empty(), "{:?} {a:?}", p.today);
                        let r = assess(&a, &p);
                        assert_eq!(r.intake_year, intake, "{:?} {a:?}", p.today);
                        for (v, certainty) in cells {
                            let kind = v.kind();
                            let (_, ev, _, ec) = r
                                .outcomes()
                                .into_iter()
                                .find(|o| o.0 == kind)
                                .expect("complete");
                            assert_eq!((*v, certainty.id()), (ev, ec.id()), "{:?} {a:?}", p.today);
                        }
                    }
                }
            }
        }
    }
    assert_eq!(
        two, 4,
        "two intakes on 20 March, 25 April, 1 June and 14 July"
    );
}
