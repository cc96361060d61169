//! The languages of the widget. The language is a value passed down with
//! the texts ([`super::Tr`]), never a global switched during rendering.
//! `Lang` itself is written by build.rs, one variant per language file of
//! `content/` (`fr.toml`, `en.toml`), with its id, its name and its texts.

include!(concat!(env!("OUT_DIR"), "/lang.rs"));

impl Lang {
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
}
