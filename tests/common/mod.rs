//! Shared helpers for the native rule tests: cases are written as links,
//! the public format, so a failing case can be pasted into a browser.

#![allow(dead_code)]

use deass_eligibility::content;
use deass_eligibility::link;
use deass_eligibility::rules::{Answers, Date, Params};

/// The current intake's parameters on a day after the session (the date
/// only matters for the calendar phase).
pub fn params() -> Params {
    content::params(Date::new(content::FACTS.intake_year, 11, 22))
}

/// Answers from a query string; panics on any refused value (tests only).
pub fn answers(query: &str) -> Answers {
    let p = link::parse(query, params().intake_year);
    assert!(p.errors.is_empty(), "bad test case {query}: {:?}", p.errors);
    p.answers
}
