//! Numbers, amounts and dates in the current language: `27 666 €` /
//! `€27,666`, `12 mars 2026` / `12 March 2026`. In the browser this is the
//! platform's `Intl` (the locale comes from the texts' `format.locale`);
//! natively, where tests run, a minimal equivalent for the two languages.

#[cfg(any(test, not(target_arch = "wasm32")))]
use super::Lang;
use crate::rules::Date;

#[cfg(target_arch = "wasm32")]
mod imp {
    use super::super::raw;
    use super::Date;
    use js_sys::{Array, Function, Intl, Object, Reflect};
    use wasm_bindgen::JsValue;

    fn locale() -> &'static str {
        raw("format.locale").unwrap_or("fr-FR")
    }

    fn options(pairs: &[(&str, JsValue)]) -> Object {
        let o = Object::new();
        for (k, v) in pairs {
            let _ = Reflect::set(&o, &JsValue::from_str(k), v);
        }
        o
    }

    fn call(format: Function, value: &JsValue) -> Option<String> {
        format.call1(&JsValue::NULL, value).ok()?.as_string()
    }

    fn locales() -> Array {
        Array::of1(&JsValue::from_str(locale()))
    }

    pub fn number(n: f64, max_fraction: u32) -> Option<String> {
        let o = options(&[("maximumFractionDigits", max_fraction.into())]);
        call(Intl::NumberFormat::new(&locales(), &o).format(), &n.into())
    }

    pub fn euros(n: u32) -> Option<String> {
        let o = options(&[
            ("style", "currency".into()),
            ("currency", "EUR".into()),
            ("maximumFractionDigits", 0.into()),
        ]);
        call(
            Intl::NumberFormat::new(&locales(), &o).format(),
            &f64::from(n).into(),
        )
    }

    pub fn date(d: Date) -> Option<String> {
        let o = options(&[
            ("day", "numeric".into()),
            ("month", "long".into()),
            ("year", "numeric".into()),
            ("timeZone", "UTC".into()),
        ]);
        let ms = js_sys::Date::utc(f64::from(d.year), f64::from(d.month) - 1.0)
            + (f64::from(d.day) - 1.0) * 86_400_000.0;
        let js = js_sys::Date::new(&ms.into());
        call(
            Intl::DateTimeFormat::new(&locales(), &o).format(),
            &js.into(),
        )
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod imp {
    //! Native stand-in for `Intl`, for tests only: the same output for the
    //! values the widget shows.
    use super::{super::lang, Date, Lang};

    fn group(n: u64, sep: &str) -> String {
        let digits = n.to_string();
        let mut out = String::new();
        for (i, ch) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i) % 3 == 0 {
                out.push_str(sep);
            }
            out.push(ch);
        }
        out
    }

    pub fn number(n: f64, max_fraction: u32) -> Option<String> {
        let scale = 10f64.powi(max_fraction as i32);
        let scaled = (n * scale).round() as u64;
        let (whole, frac) = (scaled / scale as u64, scaled % scale as u64);
        let (sep, point) = match lang() {
            Lang::Fr => ("\u{202F}", ","),
            Lang::En => (",", "."),
        };
        let mut s = group(whole, sep);
        if frac > 0 {
            let f = format!("{frac:0width$}", width = max_fraction as usize);
            s.push_str(point);
            s.push_str(f.trim_end_matches('0'));
        }
        Some(s)
    }

    pub fn euros(n: u32) -> Option<String> {
        Some(match lang() {
            Lang::Fr => format!("{}\u{A0}€", group(n.into(), "\u{202F}")),
            Lang::En => format!("€{}", group(n.into(), ",")),
        })
    }

    pub fn date(d: Date) -> Option<String> {
        const FR: [&str; 12] = [
            "janvier",
            "février",
            "mars",
            "avril",
            "mai",
            "juin",
            "juillet",
            "août",
            "septembre",
            "octobre",
            "novembre",
            "décembre",
        ];
        const EN: [&str; 12] = [
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
        ];
        let months = if lang() == Lang::En { EN } else { FR };
        let month = months.get(usize::from(d.month).checked_sub(1)?)?;
        Some(format!("{} {month} {}", d.day, d.year))
    }
}

/// A whole number with the language's thousands separator.
pub fn number(n: u32) -> String {
    imp::number(f64::from(n), 0).unwrap_or_else(|| n.to_string())
}

/// A decimal given in hundredths (`2350` → `23,5` / `23.5`).
pub fn decimal(hundredths: u32) -> String {
    imp::number(f64::from(hundredths) / 100.0, 2).unwrap_or_else(|| hundredths.to_string())
}

/// An amount in euros, without cents.
pub fn euros(n: u32) -> String {
    imp::euros(n).unwrap_or_else(|| format!("{n} €"))
}

/// A calendar day in words.
pub fn date(d: Date) -> String {
    imp::date(d).unwrap_or_else(|| format!("{}-{:02}-{:02}", d.year, d.month, d.day))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::set_lang;

    #[test]
    fn amounts_dates_and_decimals_per_language() {
        set_lang(Lang::Fr);
        assert_eq!(euros(27666), "27\u{202F}666\u{A0}€");
        assert_eq!(date(Date::new(2026, 3, 12)), "12 mars 2026");
        assert_eq!(decimal(2350), "23,5");
        set_lang(Lang::En);
        assert_eq!(euros(27666), "€27,666");
        assert_eq!(date(Date::new(2026, 3, 12)), "12 March 2026");
        assert_eq!(decimal(2350), "23.5");
        assert_eq!(number(1517), "1,517");
        set_lang(Lang::Fr);
    }
}
