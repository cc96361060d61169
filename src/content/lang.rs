//! The language the texts are shown in. The widget renders one language at
//! a time, so the current one is a per-thread setting (WebAssembly has one
//! thread) rather than a parameter threaded through every text lookup.

use std::cell::Cell;

/// A language of the widget; French is the default.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    #[default]
    Fr,
    En,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::Fr, Lang::En];

    /// The `lang` link value and the `<html lang>` value.
    pub fn id(self) -> &'static str {
        match self {
            Lang::Fr => "fr",
            Lang::En => "en",
        }
    }

    pub fn from_id(id: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.id() == id)
    }

    /// From a browser language tag such as `en-GB` or `fr`.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag
            .split(['-', '_'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        Lang::from_id(&primary)
    }

    /// Row of this language in the generated text tables.
    pub(crate) fn index(self) -> usize {
        super::LANGS
            .iter()
            .position(|l| *l == self.id())
            .unwrap_or(0)
    }
}

thread_local! {
    static CURRENT: Cell<Lang> = const { Cell::new(Lang::Fr) };
}

/// The current language.
pub fn lang() -> Lang {
    CURRENT.with(Cell::get)
}

/// Sets the current language (the app does it before rendering).
pub fn set_lang(l: Lang) {
    CURRENT.with(|c| c.set(l));
}
