//! Numbers, amounts and dates in the texts' language: `27 666 €` /
//! `€27,666`, `12 mars 2026` / `12 March 2026`, `1er avril` / `1 April`.
//!
//! The separators, the currency pattern and the month names are texts of
//! each language (`[format]` in `content/*.toml`), so the same code runs in
//! the browser and in the native tests. The browser's `Intl` is not used:
//! its first call in a page loads locale data, which cost about 40 ms of the
//! first paint on the benchmark machine, for strings that never change.

use super::{List, Text, Tr};
use crate::rules::Date;

impl Tr {
    /// Digits of `n` with the language's thousands separator (`27 666`).
    pub fn number(&self, n: u32) -> String {
        let digits = n.to_string();
        let sep = self.raw(Text::FormatGroup);
        let mut out = String::with_capacity(digits.len() + 2 * sep.len());
        for (i, ch) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i) % 3 == 0 {
                out.push_str(sep);
            }
            out.push(ch);
        }
        out
    }

    /// A decimal given in hundredths (`2350` → `23,5` / `23.5`).
    pub fn decimal(&self, hundredths: u32) -> String {
        let mut s = self.number(hundredths / 100);
        let cents = hundredths % 100;
        if cents > 0 {
            s.push_str(self.raw(Text::FormatDecimal));
            s.push(char::from(b'0' + (cents / 10) as u8));
            if cents % 10 > 0 {
                s.push(char::from(b'0' + (cents % 10) as u8));
            }
        }
        s
    }

    /// An amount in euros, without cents.
    pub fn euros(&self, n: u32) -> String {
        self.format_euros(&self.number(n))
    }

    /// A calendar day in words.
    pub fn date(&self, d: Date) -> String {
        let months = self.list(List::FormatMonths);
        let Some(month) = usize::from(d.month)
            .checked_sub(1)
            .and_then(|m| months.get(m))
        else {
            return format!("{}-{:02}-{:02}", d.year, d.month, d.day);
        };
        // French writes the first of the month as an ordinal (« 1er avril »).
        let day = match d.day {
            1 => self.raw(Text::FormatFirstDay).to_string(),
            n => n.to_string(),
        };
        self.format_date(&day, month, &d.year.to_string())
    }
}

#[cfg(test)]
mod tests {
    use crate::content::{params, Lang, Tr, FACTS};
    use crate::rules::Date;

    fn tr(lang: Lang) -> Tr {
        Tr::new(lang, params(Date::new(FACTS.intake.year, 2, 1)))
    }

    #[test]
    fn amounts_dates_and_decimals_per_language() {
        let fr = tr(Lang::Fr);
        assert_eq!(fr.euros(27666), "27\u{202F}666\u{A0}€");
        assert_eq!(fr.euros(158), "158\u{A0}€");
        assert_eq!(fr.date(Date::new(2026, 3, 12)), "12 mars 2026");
        assert_eq!(fr.date(Date::new(2026, 8, 1)), "1er août 2026");
        assert_eq!(fr.date(Date::new(2026, 4, 2)), "2 avril 2026");
        assert_eq!(fr.decimal(2350), "23,5");
        assert_eq!(fr.decimal(2399), "23,99");
        assert_eq!(fr.decimal(2405), "24,05");
        assert_eq!(fr.decimal(2400), "24");
        assert_eq!(fr.number(1517), "1\u{202F}517");
        assert_eq!(fr.number(0), "0");
        assert_eq!(fr.number(1_234_567), "1\u{202F}234\u{202F}567");
        let en = tr(Lang::En);
        assert_eq!(en.euros(27666), "€27,666");
        assert_eq!(en.date(Date::new(2026, 3, 12)), "12 March 2026");
        assert_eq!(en.date(Date::new(2026, 4, 1)), "1 April 2026");
        assert_eq!(en.decimal(2350), "23.5");
        assert_eq!(en.number(1517), "1,517");
        assert_eq!(en.number(999), "999");
    }

    #[test]
    fn an_impossible_month_falls_back_to_iso() {
        assert_eq!(tr(Lang::Fr).date(Date::new(2026, 13, 2)), "2026-13-02");
    }
}
