//! A partner's brand colour (`couleur`), made safe: validated, with the text
//! colour on it and a variant dark enough for links on white, all at WCAG AA
//! contrast (4.5:1). Pure, tested natively.

/// A colour in sRGB.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    /// `#0055a4`, `0055a4`, `#05a` (case-insensitive); anything else is `None`.
    pub fn parse(s: &str) -> Option<Rgb> {
        let hex = s.trim().strip_prefix('#').unwrap_or(s.trim());
        if !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        let digit = |i: usize| u8::from_str_radix(hex.get(i..i + 1)?, 16).ok();
        let pair = |i: usize| u8::from_str_radix(hex.get(i..i + 2)?, 16).ok();
        match hex.len() {
            3 => Some(Rgb(digit(0)? * 17, digit(1)? * 17, digit(2)? * 17)),
            6 => Some(Rgb(pair(0)?, pair(2)?, pair(4)?)),
            _ => None,
        }
    }

    pub fn hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }

    /// WCAG relative luminance.
    pub fn luminance(self) -> f64 {
        let channel = |c: u8| {
            let c = f64::from(c) / 255.0;
            if c <= 0.039_28 {
                c / 12.92
            } else {
                pow_2_4((c + 0.055) / 1.055)
            }
        };
        0.2126 * channel(self.0) + 0.7152 * channel(self.1) + 0.0722 * channel(self.2)
    }

    /// WCAG contrast ratio between two colours (1 to 21).
    pub fn contrast(self, other: Rgb) -> f64 {
        let (a, b) = (self.luminance(), other.luminance());
        (a.max(b) + 0.05) / (a.min(b) + 0.05)
    }

    fn scaled(self, k: f64) -> Rgb {
        let s = |c: u8| (f64::from(c) * k).round().clamp(0.0, 255.0) as u8;
        Rgb(s(self.0), s(self.1), s(self.2))
    }
}

/// `x^2.4` for `x` in [0.08, 1], as `x² · (x²)^(1/5)`, the fifth root by
/// Newton's method from 1 (from above it only decreases; 12 steps reach f64
/// precision on that range): `f64::powf` would bring libm's `pow` into the
/// wasm (1.4 KB) for this one call.
fn pow_2_4(x: f64) -> f64 {
    let a = x * x;
    let mut y = 1.0;
    for _ in 0..12 {
        y = (4.0 * y + a / (y * y * y * y)) / 5.0;
    }
    a * y
}

pub const WHITE: Rgb = Rgb(255, 255, 255);
/// Pure black: with white, one of the two always reaches 4.5:1 on any colour.
pub const INK: Rgb = Rgb(0, 0, 0);
const AA: f64 = 4.5;

/// The custom properties a brand colour sets.
#[derive(Clone, Debug, PartialEq)]
pub struct Theme {
    /// Buttons and accents.
    pub accent: Rgb,
    /// Text on `accent`: white or ink, whichever contrasts more.
    pub on_accent: Rgb,
    /// `accent`, darkened if needed to read as text on white (links).
    pub accent_text: Rgb,
    /// A darker shade for hover.
    pub accent_dark: Rgb,
}

impl Theme {
    pub fn from_hex(s: &str) -> Option<Theme> {
        Rgb::parse(s).map(Theme::new)
    }

    /// The theme of a brand colour.
    pub fn new(accent: Rgb) -> Theme {
        let on_accent = if accent.contrast(WHITE) >= accent.contrast(INK) {
            WHITE
        } else {
            INK
        };
        let mut accent_text = accent;
        let mut k = 1.0;
        while accent_text.contrast(WHITE) < AA && k > 0.0 {
            k -= 0.05;
            accent_text = accent.scaled(k);
        }
        Theme {
            accent,
            on_accent,
            accent_text,
            accent_dark: accent_text.scaled(0.75),
        }
    }

    /// `(custom property, value)` pairs for the widget's root element.
    pub fn properties(&self) -> [(&'static str, String); 4] {
        [
            ("--dee-couleur", self.accent.hex()),
            ("--dee-couleur-texte", self.on_accent.hex()),
            ("--dee-couleur-lien", self.accent_text.hex()),
            ("--dee-couleur-sombre", self.accent_dark.hex()),
        ]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pow_2_4_is_powf_on_every_channel_value() {
        for c in 11..=255u8 {
            let x = (f64::from(c) / 255.0 + 0.055) / 1.055;
            let (ours, std) = (pow_2_4(x), x.powf(2.4));
            assert!((ours - std).abs() <= 1e-15, "{c}: {ours} != {std}");
        }
    }

    #[test]
    fn parses_hex_colours_and_refuses_the_rest() {
        assert_eq!(Rgb::parse("#0055a4"), Some(Rgb(0, 0x55, 0xa4)));
        assert_eq!(Rgb::parse("0055A4"), Some(Rgb(0, 0x55, 0xa4)));
        assert_eq!(Rgb::parse("#fff"), Some(WHITE));
        for bad in [
            "",
            "#",
            "red",
            "#12345",
            "#1234567",
            "#ggg",
            "url(x)",
            "#ff0000;x",
            "#+1+2+3",
        ] {
            assert_eq!(Rgb::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn every_colour_gets_text_and_links_at_aa_contrast() {
        for s in [
            "#0055a4", "#ffdd00", "#ffffff", "#000000", "#777777", "#e30613", "#00a19a", "#f0f",
        ] {
            let t = Theme::from_hex(s).unwrap_or_else(|| panic!("{s}"));
            assert!(t.accent.contrast(t.on_accent) >= AA, "{s}: text on accent");
            assert!(t.accent_text.contrast(WHITE) >= AA, "{s}: link on white");
        }
        assert_eq!(
            Theme::from_hex("#ffdd00").map(|t| t.on_accent),
            Some(INK),
            "dark text on yellow"
        );
        assert_eq!(Theme::from_hex("#0055a4").map(|t| t.on_accent), Some(WHITE));
    }
}
