//! Numbers, amounts and dates in the current language: `27 666 €` /
//! `€27,666`, `12 mars 2026` / `12 March 2026`.
//!
//! The separators, the currency pattern and the month names are texts of
//! each language (`[format]` in `content/*.toml`), so the same code runs in
//! the browser and in the native tests. The browser's `Intl` is not used:
//! its first call in a page loads locale data, which cost about 40 ms of the
//! first paint on the benchmark machine, for strings that never change.

use super::{fill, list, raw};
use crate::rules::Date;

fn text(key: &str) -> &'static str {
    raw(key).unwrap_or_default()
}

/// Digits of `n` with the language's thousands separator (`27 666`).
fn group(n: u32) -> String {
    let digits = n.to_string();
    let sep = text("format.group");
    let mut out = String::with_capacity(digits.len() + 2 * sep.len());
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push_str(sep);
        }
        out.push(ch);
    }
    out
}

/// A whole number with the language's thousands separator.
pub fn number(n: u32) -> String {
    group(n)
}

/// A decimal given in hundredths (`2350` → `23,5` / `23.5`).
pub fn decimal(hundredths: u32) -> String {
    let mut s = group(hundredths / 100);
    let cents = hundredths % 100;
    if cents > 0 {
        s.push_str(text("format.decimal"));
        s.push(char::from(b'0' + (cents / 10) as u8));
        if cents % 10 > 0 {
            s.push(char::from(b'0' + (cents % 10) as u8));
        }
    }
    s
}

/// An amount in euros, without cents.
pub fn euros(n: u32) -> String {
    fill(text("format.euros"), &[("n", &group(n))])
}

/// A calendar day in words.
pub fn date(d: Date) -> String {
    let months = list("format.months");
    let Some(month) = usize::from(d.month)
        .checked_sub(1)
        .and_then(|m| months.get(m))
    else {
        return format!("{}-{:02}-{:02}", d.year, d.month, d.day);
    };
    fill(
        text("format.date"),
        &[
            ("day", &d.day.to_string()),
            ("month", month),
            ("year", &d.year.to_string()),
        ],
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::{set_lang, Lang};

    #[test]
    fn amounts_dates_and_decimals_per_language() {
        set_lang(Lang::Fr);
        assert_eq!(euros(27666), "27\u{202F}666\u{A0}€");
        assert_eq!(euros(158), "158\u{A0}€");
        assert_eq!(date(Date::new(2026, 3, 12)), "12 mars 2026");
        assert_eq!(date(Date::new(2026, 8, 1)), "1 août 2026");
        assert_eq!(decimal(2350), "23,5");
        assert_eq!(decimal(2399), "23,99");
        assert_eq!(decimal(2405), "24,05");
        assert_eq!(decimal(2400), "24");
        assert_eq!(number(1517), "1\u{202F}517");
        assert_eq!(number(0), "0");
        assert_eq!(number(1_234_567), "1\u{202F}234\u{202F}567");
        set_lang(Lang::En);
        assert_eq!(euros(27666), "€27,666");
        assert_eq!(date(Date::new(2026, 3, 12)), "12 March 2026");
        assert_eq!(decimal(2350), "23.5");
        assert_eq!(number(1517), "1,517");
        assert_eq!(number(999), "999");
        set_lang(Lang::Fr);
    }

    #[test]
    fn an_impossible_month_falls_back_to_iso() {
        set_lang(Lang::Fr);
        assert_eq!(date(Date::new(2026, 13, 2)), "2026-13-02");
    }
}
