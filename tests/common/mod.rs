//! Shared helpers for the native rule tests: cases are written as links,
//! the public format, so a failing case can be pasted into a browser.

#![allow(dead_code)]

use deass_eligibility::content;
use deass_eligibility::link::Link;
use deass_eligibility::rules::{Answers, Date, Params};

/// The published intake's parameters on a fixed day while its registrations
/// are open (1 February of the intake year): never the real clock.
pub fn params() -> Params {
    on(content::FACTS.intake.year, 2, 1)
}

/// The parameters for a visitor on the given day.
pub fn on(year: u16, month: u8, day: u8) -> Params {
    content::params(Date::new(year, month, day))
}

/// A day, for the tests that build dates from the data.
pub fn date(year: u16, month: u8, day: u8) -> Date {
    Date::new(year, month, day)
}

/// The day after `d` (the calendar's days are read from the data, so a
/// test cannot add 1 to the day of the month blindly).
pub fn day_after(d: Date) -> Date {
    d.next_day()
}

/// The day before `d`.
pub fn day_before(d: Date) -> Date {
    d.previous_day()
}

/// Answers from a query string; panics on any refused value (tests only).
pub fn answers(query: &str) -> Answers {
    let p = Link::parse(query, params().bac_year_max());
    assert!(p.errors.is_empty(), "bad test case {query}: {:?}", p.errors);
    p.answers
}
