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

    /// The number of days of `month` in `year` (Gregorian leap years), 0
    /// for a month that does not exist: the one month-length table, used by
    /// the day after, the day before and the content's date check.
    pub fn days_in_month(year: u16, month: u8) -> u8 {
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
        match month {
            2 if leap => 29,
            2 => 28,
            4 | 6 | 9 | 11 => 30,
            1..=12 => 31,
            _ => 0,
        }
    }

    /// The day after (across months, years and 29 February): the one
    /// calendar step the calendar file, the invariants' days and the tests
    /// share.
    pub fn next_day(self) -> Date {
        let days = Date::days_in_month(self.year, self.month);
        match (self.day >= days, self.month >= 12) {
            (false, _) => Date::new(self.year, self.month, self.day + 1),
            (true, false) => Date::new(self.year, self.month + 1, 1),
            (true, true) => Date::new(self.year.saturating_add(1), 1, 1),
        }
    }

    /// The day before (across months, years and 29 February).
    pub fn previous_day(self) -> Date {
        match (self.day > 1, self.month > 1) {
            (true, _) => Date::new(self.year, self.month, self.day - 1),
            (false, true) => {
                let month = self.month - 1;
                Date::new(self.year, month, Date::days_in_month(self.year, month))
            }
            (false, false) => Date::new(self.year.saturating_sub(1), 12, 31),
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

#[cfg(test)]
mod tests {
    use super::Date;

    #[test]
    fn the_day_after_crosses_months_years_and_leap_days() {
        let d = Date::new;
        assert_eq!(d(2026, 4, 28).next_day(), d(2026, 4, 29));
        assert_eq!(d(2026, 4, 30).next_day(), d(2026, 5, 1));
        assert_eq!(d(2026, 12, 31).next_day(), d(2027, 1, 1));
        assert_eq!(d(2028, 2, 28).next_day(), d(2028, 2, 29));
        assert_eq!(d(2027, 2, 28).next_day(), d(2027, 3, 1));
        assert_eq!(d(2100, 2, 28).next_day(), d(2100, 3, 1));
    }

    #[test]
    fn the_day_before_crosses_months_years_and_leap_days() {
        let d = Date::new;
        assert_eq!(d(2026, 4, 29).previous_day(), d(2026, 4, 28));
        assert_eq!(d(2026, 5, 1).previous_day(), d(2026, 4, 30));
        assert_eq!(d(2027, 1, 1).previous_day(), d(2026, 12, 31));
        assert_eq!(d(2028, 3, 1).previous_day(), d(2028, 2, 29));
        assert_eq!(d(2027, 3, 1).previous_day(), d(2027, 2, 28));
        assert_eq!(d(2100, 3, 1).previous_day(), d(2100, 2, 28));
        assert_eq!(d(2000, 3, 1).previous_day(), d(2000, 2, 29));
    }

    #[test]
    fn every_day_of_a_leap_year_and_back() {
        let mut day = Date::new(2028, 1, 1);
        let lengths: Vec<u8> = (1..=12).map(|m| Date::days_in_month(2028, m)).collect();
        assert_eq!(lengths, [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]);
        assert_eq!(Date::days_in_month(2028, 13), 0);
        for _ in 0..366 {
            let next = day.next_day();
            assert_eq!(next.previous_day(), day);
            day = next;
        }
        assert_eq!(day, Date::new(2029, 1, 1));
    }
}
