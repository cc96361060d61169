//! The one date type and the admission calendar, shared by the rules (today
//! is an input), the content (the facts of `donnees.toml` are read into
//! these types) and the build script, which includes this file
//! (`#[path]`) to read the facts.
//!
//! Natively, the types can be written back as Rust (`databake`) and the
//! calendar read with serde; a date's own reading, from a TOML date, is the
//! content's (`content/model.rs`). The WebAssembly carries neither.

/// A calendar day, written `2026-01-19` in the content files. Ordering is
/// chronological.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(databake::Bake),
    databake(path = crate::rules)
)]
pub struct Date {
    pub year: u16,
    pub month: u8,
    pub day: u8,
}

impl Date {
    pub const fn new(year: u16, month: u8, day: u8) -> Date {
        Date { year, month, day }
    }

    /// The same day `years` later (29 February becomes the 28th).
    pub fn years_later(self, years: u16) -> Date {
        let day = if (self.month, self.day) == (2, 29) && years % 4 != 0 {
            28
        } else {
            self.day
        };
        Date::new(self.year.saturating_add(years), self.month, day)
    }

    /// The day after (across months, years and 29 February): the one
    /// calendar step the calendar file, the invariants' days and the tests
    /// share.
    pub fn next_day(self) -> Date {
        let leap = self.year % 4 == 0 && (self.year % 100 != 0 || self.year % 400 == 0);
        let days = match self.month {
            2 if leap => 29,
            2 => 28,
            4 | 6 | 9 | 11 => 30,
            _ => 31,
        };
        match (self.day >= days, self.month >= 12) {
            (false, _) => Date::new(self.year, self.month, self.day + 1),
            (true, false) => Date::new(self.year, self.month + 1, 1),
            (true, true) => Date::new(self.year.saturating_add(1), 1, 1),
        }
    }
}

/// The admission calendar of one intake, in chronological order (the
/// `[calendar]` table of `donnees.toml`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(serde::Deserialize, databake::Bake),
    serde(deny_unknown_fields),
    databake(path = crate::rules)
)]
pub struct Calendar {
    pub registration_opens: Date,
    pub parcoursup_closes: Date,
    pub file_deadline: Date,
    pub oral_starts: Date,
    pub oral_ends: Date,
}

impl Calendar {
    /// The same calendar `years` later: what a later, unpublished intake's
    /// calendar is assumed to be.
    pub fn years_later(self, years: u16) -> Calendar {
        Calendar {
            registration_opens: self.registration_opens.years_later(years),
            parcoursup_closes: self.parcoursup_closes.years_later(years),
            file_deadline: self.file_deadline.years_later(years),
            oral_starts: self.oral_starts.years_later(years),
            oral_ends: self.oral_ends.years_later(years),
        }
    }
}
