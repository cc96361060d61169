//! The link model: everything a URL carries, read once (`Link::parse`) and
//! written once (`Link::to_query`). The query string is the state, so a link
//! can be kept, shared, resumed or printed. Parameter names and values are
//! the public contract documented in the README ("Link format").
//!
//! A link carries the answers, the values refused, the screen (`etape`),
//! whether an answer is being changed from the check page (`depuis`), and
//! how the widget is shown ([`Settings`]: `mode`, `lang`, `couleur`,
//! `delai`, and the overview's baseline `base`).
//!
//! Parsing never fails: a bad answer becomes an error on its question (the
//! other answers are kept), a duplicate key with another value is a
//! conflict, unknown parameters are ignored, and a setting the widget does
//! not understand is carried along unchanged but has no effect.

use crate::content::Lang;
use crate::flow::{Flow, Screen};
use crate::overview::Base;
use crate::rules::parse::{self, InputError, MAX_RAW_LEN};
use crate::rules::{Answers, Params, Question};
use crate::theme::Rgb;
use std::borrow::Cow;
use std::rc::Rc;

/// The screen parameter.
pub const STEP: &str = "etape";
/// Set (to [`CHECK`]) while an answer is being changed from the check page.
pub const FROM: &str = "depuis";
/// The check page, as a value of `etape` and of `depuis`.
const CHECK: &str = "verification";
/// Longest setting value kept, in bytes: a longer one is ignored (not even
/// written back), so that a link cannot grow through its settings.
const MAX_SETTING_LEN: usize = 40;

/// Kiosk inactivity delay, in seconds, when `delai` is absent or invalid.
pub const DEFAULT_KIOSK_DELAY: u32 = 120;

/// The parameters that say how the widget is shown (see [`Settings`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Setting {
    /// `mode`: who the widget is shown to ([`Mode`]).
    Mode,
    /// `lang`: the language, `fr` or `en`.
    Lang,
    /// `couleur`: a partner's brand colour, `#rrggbb` (see `theme`).
    Couleur,
    /// `delai`: the kiosk's inactivity delay, in seconds.
    Delai,
    /// `base`: the case the overview ("Tous les cas") varies ([`Base`]).
    Base,
}

impl Setting {
    pub const ALL: [Setting; 5] = [
        Setting::Mode,
        Setting::Lang,
        Setting::Couleur,
        Setting::Delai,
        Setting::Base,
    ];

    /// The parameter's name in a link.
    pub fn name(self) -> &'static str {
        match self {
            Setting::Mode => "mode",
            Setting::Lang => "lang",
            Setting::Couleur => "couleur",
            Setting::Delai => "delai",
            Setting::Base => "base",
        }
    }
}

/// Who the widget is shown to (`mode` link parameter).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Mode {
    /// A candidate on the institute's site.
    #[default]
    Standard,
    /// Inside a partner's page (`mode=embed`, set by embed.js): no chrome of
    /// its own, reports its height, opens outside links in a new tab.
    Embed,
    /// A counsellor projecting it (`mode=presentation`): large type, "Nouvelle
    /// personne", the "Tous les cas" overview.
    Presentation,
    /// A stand (`mode=borne`): answers cleared after inactivity, no history.
    Borne,
    /// A poster for a notice board or a projector (`mode=affiche`): the
    /// widget's name, what it answers, and a QR code to its start page.
    Affiche,
}

impl Mode {
    /// The mode a `mode` value names; any other value is the standard mode.
    pub fn from_param(v: &str) -> Mode {
        match v {
            "embed" => Mode::Embed,
            "presentation" => Mode::Presentation,
            "borne" => Mode::Borne,
            "affiche" => Mode::Affiche,
            _ => Mode::Standard,
        }
    }

    pub fn id(self) -> &'static str {
        match self {
            Mode::Standard => "standard",
            Mode::Embed => "embed",
            Mode::Presentation => "presentation",
            Mode::Borne => "borne",
            Mode::Affiche => "affiche",
        }
    }
}

/// The language shown: the link's `lang`, else `fallback` (the browser's
/// preferred language at the start, the language already shown when the
/// address changes), else French. The one place it is chosen: the state,
/// the browser's start, `main.rs` and the history hook all ask here.
pub fn choose_lang(link: Option<Lang>, fallback: Option<Lang>) -> Lang {
    link.or(fallback).unwrap_or_default()
}

/// The language a query string opens in ([`choose_lang`]).
pub fn lang_of(query: &str, fallback: Option<Lang>) -> Lang {
    choose_lang(Link::parse(query, u16::MAX).settings.lang(), fallback)
}

/// The `etape` value of a screen (`None` for the start screen, where a link
/// without `etape` opens anyway).
pub fn step_value(screen: Screen) -> Option<&'static str> {
    match screen {
        Screen::Start => None,
        Screen::Question(q) => Some(q.id()),
        Screen::Check => Some(CHECK),
        Screen::Result => Some("resultat"),
        Screen::Overview => Some("tous-les-cas"),
    }
}

/// The screen an `etape` value names.
fn step_screen(v: &str) -> Option<Screen> {
    match v {
        "debut" => Some(Screen::Start),
        CHECK => Some(Screen::Check),
        "resultat" => Some(Screen::Result),
        "tous-les-cas" => Some(Screen::Overview),
        _ => Question::from_id(v).map(Screen::Question),
    }
}

/// How the widget is shown, as the link says: `mode`, `lang`, `couleur` and
/// `delai`, carried along unchanged from step to step.
///
/// Each is read once, here, into its type. The link's own text of each is
/// kept too, in the link's order, and written back as it came, understood or
/// not (the README's "carried along unchanged"): every link the app writes
/// during a visit keeps the partner's or counsellor's settings as they were
/// written, byte for byte.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Settings {
    mode: Mode,
    lang: Option<Lang>,
    colour: Option<Rgb>,
    kiosk_delay: Option<u32>,
    base: Option<Base>,
    /// The overview's intake: `rentree` on the overview's links only,
    /// where it is not an answer (see [`Link::parse`]).
    intake: Option<u16>,
    /// `(parameter, value)` as the link gave them (see `Link::parse`).
    given: Vec<(Setting, String)>,
}

impl Settings {
    /// Takes in a setting given by the link: its first value short enough
    /// counts, the others are ignored.
    fn read(&mut self, key: Setting, v: Cow<str>) {
        if v.len() > MAX_SETTING_LEN || self.given.iter().any(|(k, _)| *k == key) {
            return;
        }
        match key {
            Setting::Mode => self.mode = Mode::from_param(&v),
            Setting::Lang => self.lang = Lang::from_id(&v),
            Setting::Couleur => self.colour = Rgb::parse(&v),
            // Whole seconds, 2 to 3600.
            Setting::Delai => self.kiosk_delay = v.parse().ok().filter(|d| (2..=3600).contains(d)),
            Setting::Base => self.base = Base::from_param(&v),
        }
        self.given.push((key, v.into_owned()));
    }

    /// `mode`: the standard mode when absent or unknown.
    pub fn mode(&self) -> Mode {
        self.mode
    }

    /// `lang`, if it names a language the widget speaks (else the caller
    /// falls back on the browser's).
    pub fn lang(&self) -> Option<Lang> {
        self.lang
    }

    /// `couleur`: absent, a colour, or (`Err`) the text given, which is not one.
    pub fn colour(&self) -> Option<Result<Rgb, &str>> {
        self.given
            .iter()
            .find(|(k, _)| *k == Setting::Couleur)
            .map(|(_, v)| self.colour.ok_or(v.as_str()))
    }

    /// `delai`: the kiosk's inactivity delay in seconds, whole, 2 to 3600;
    /// [`DEFAULT_KIOSK_DELAY`] when absent or anything else.
    pub fn kiosk_delay(&self) -> u32 {
        self.kiosk_delay.unwrap_or(DEFAULT_KIOSK_DELAY)
    }

    /// `base`: the overview's baseline; [`Base::default`] when absent or
    /// unknown.
    pub fn base(&self) -> Base {
        self.base.unwrap_or_default()
    }

    /// The overview's intake (`rentree` on its links), if one was chosen.
    pub fn overview_intake(&self) -> Option<u16> {
        self.intake
    }

    /// The same settings with the overview's intake `y`.
    pub fn with_intake(&self, y: u16) -> Settings {
        Settings {
            intake: Some(y),
            ..self.clone()
        }
    }

    /// The same settings with `key` set to `v`, moved to the end of the link.
    fn with(&self, key: Setting, v: &str) -> Settings {
        let mut out = Settings {
            intake: self.intake,
            ..Settings::default()
        };
        for (k, given) in &self.given {
            if *k != key {
                out.read(*k, Cow::Borrowed(given));
            }
        }
        out.read(key, Cow::Borrowed(v));
        out
    }

    /// The same settings in language `l`: the language switch. `lang` moves
    /// to the end of the link.
    pub fn with_lang(&self, l: Lang) -> Settings {
        self.with(Setting::Lang, l.id())
    }

    /// The same settings with the overview's baseline `b`.
    pub fn with_base(&self, b: Base) -> Settings {
        self.with(Setting::Base, b.id())
    }

    /// What a printed or shared result carries: its language only. Whoever
    /// opens it gets the standard view, whatever the mode it was printed
    /// from (no `mode`, `couleur`, `delai` or `base`).
    pub fn printed(l: Lang) -> Settings {
        Settings::default().with_lang(l)
    }
}

/// What a link says.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Link {
    pub answers: Answers,
    /// Questions whose link value was refused, in flow order. Never written:
    /// the app's own links carry only answers it accepted.
    pub errors: Vec<(Question, InputError)>,
    /// `etape`, if it names a screen.
    pub screen: Option<Screen>,
    /// `depuis=verification`: an answer is being changed from the check page.
    pub from_check: bool,
    /// Shared, not copied, by every link the app writes in a visit.
    pub settings: Rc<Settings>,
}

impl Link {
    /// The link to `screen` with these answers and settings.
    pub fn new(answers: Answers, screen: Screen, settings: Rc<Settings>) -> Link {
        Link {
            answers,
            errors: Vec::new(),
            screen: Some(screen),
            from_check: false,
            settings,
        }
    }

    /// Reads a query string (with or without its leading `?`); `max_bac_year`
    /// is the latest bac year accepted (this year).
    pub fn parse(query: &str, max_bac_year: u16) -> Link {
        let query = query.strip_prefix('?').unwrap_or(query);
        let mut raw: Vec<(Question, Vec<String>)> = Vec::new();
        let mut settings = Settings::default();
        let mut answers = Answers::default();
        let mut errors = Vec::new();
        let (mut screen, mut from_check) = (None, false);
        for (k, v) in form_urlencoded::parse(query.as_bytes()) {
            if let Some(q) = Question::from_id(&k) {
                // Keep at most a little over the limit: enough to say "too long".
                let v: String = v.chars().take(MAX_RAW_LEN + 1).collect();
                match raw.iter_mut().find(|(rq, _)| *rq == q) {
                    Some((_, vals)) => vals.push(v),
                    None => raw.push((q, vec![v])),
                }
            } else if k == STEP {
                screen = step_screen(&v);
            } else if k == FROM {
                from_check = v == CHECK;
            } else if let Some(key) = Setting::ALL.into_iter().find(|s| s.name() == k) {
                settings.read(key, v);
            }
        }
        // In question order, whatever the link's order: an answer is checked
        // against the earlier ones (`annee_bac=aucun` after `diplome=bac`).
        crate::rules::sort_small(&mut raw);
        for (q, vals) in raw {
            let first = &vals[0];
            let result = if vals.iter().any(|v| v != first) {
                Err(InputError::Conflicting)
            } else {
                parse::apply(&mut answers, q, first, max_bac_year)
            };
            if let Err(e) = result {
                errors.push((q, e));
            }
        }
        crate::rules::sort_small(&mut errors);
        // On the overview, `rentree` is the table's intake, not an answer.
        if screen == Some(Screen::Overview) {
            settings.intake = answers.rentree.take().map(|r| r.year());
            errors.retain(|(q, _)| *q != Question::Rentree);
        }
        Link {
            answers,
            errors,
            screen,
            from_check,
            settings: Rc::new(settings),
        }
    }

    /// Writes the link as a query string starting with `?` (empty when it
    /// says nothing): answers in question order, `etape`, `depuis`, then the
    /// settings in the order they came.
    pub fn to_query(&self) -> String {
        let mut s = form_urlencoded::Serializer::new(String::new());
        let overview = self.screen == Some(Screen::Overview);
        for q in Question::ALL {
            let v = match q {
                Question::Rentree if overview => self.settings.intake.map(|y| y.to_string()),
                _ => self.answers.value(q),
            };
            if let Some(v) = v {
                s.append_pair(q.id(), &v);
            }
        }
        if let Some(step) = self.screen.and_then(step_value) {
            s.append_pair(STEP, step);
        }
        if self.from_check {
            s.append_pair(FROM, CHECK);
        }
        for (k, v) in &self.settings.given {
            s.append_pair(k.name(), v);
        }
        let q = s.finish();
        if q.is_empty() {
            String::new()
        } else {
            format!("?{q}")
        }
    }

    /// The questionnaire's state this link opens on (see `Flow::open`).
    pub fn open(self, p: &Params) -> Flow {
        Flow::open(self.answers, self.errors, self.screen, self.from_check, p)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::{Blocs, Date, Diplome, Situation};

    fn parse(q: &str) -> Link {
        Link::parse(q, 2026)
    }

    /// The query string written back for a link as it was read.
    fn rewritten(q: &str) -> String {
        parse(q).to_query()
    }

    #[test]
    fn a_complete_link_round_trips() {
        let p = parse("?diplome=bac&annee_bac=2024&situation=cdi&heures=23.5&contrat=aucun&france_travail=non&blocs=ES-BC3,ASS-BC1");
        assert!(p.errors.is_empty(), "{:?}", p.errors);
        assert_eq!(p.answers.diplome, Some(Diplome::Bac));
        assert_eq!(p.answers.situation, Some(Situation::Cdi));
        let q = p.to_query();
        assert_eq!(parse(&q), p);
        assert!(q.contains("blocs=ASS-BC1%2CES-BC3"), "{q}");
    }

    #[test]
    fn bad_values_become_errors_and_the_rest_is_kept() {
        let p = parse("diplome=licence&situation=cdi&heures=abc&blocs=ES-BC9");
        assert_eq!(p.answers.situation, Some(Situation::Cdi));
        assert_eq!(p.answers.diplome, None);
        assert_eq!(
            p.errors,
            vec![
                (Question::Diplome, InputError::Unknown),
                (Question::Heures, InputError::NotANumber),
                (Question::Blocs, InputError::MalformedBloc),
            ]
        );
        // Refused values are not written back.
        assert_eq!(p.to_query(), "?situation=cdi");
    }

    #[test]
    fn duplicates_agreeing_are_fine_and_conflicting_are_errors() {
        let p = parse("situation=cdd&situation=cdd&contrat=aucun&contrat=apprentissage");
        assert_eq!(p.answers.situation, Some(Situation::Cdd));
        assert_eq!(p.errors, vec![(Question::Contrat, InputError::Conflicting)]);
    }

    #[test]
    fn hostile_values_are_refused_not_echoed() {
        let p = parse("situation=%3Cscript%3Ealert(1)%3C%2Fscript%3E&blocs=");
        assert_eq!(
            p.errors,
            vec![
                (Question::Situation, InputError::Unknown),
                (Question::Blocs, InputError::Empty)
            ]
        );
        let huge = format!("heures={}", "9".repeat(100_000));
        assert_eq!(
            parse(&huge).errors,
            vec![(Question::Heures, InputError::TooLong)]
        );
        let _ = parse("%%%&&&==&=x&diplome");
        assert_eq!(parse("blocs=aucun").answers.blocs, Some(Blocs::NONE));
    }

    #[test]
    fn a_bac_holder_without_a_bac_year_is_a_contradiction_in_any_order() {
        for q in ["diplome=bac&annee_bac=aucun", "annee_bac=aucun&diplome=bac"] {
            let p = parse(q);
            assert_eq!(p.answers.diplome, Some(Diplome::Bac), "{q}");
            assert_eq!(p.answers.annee_bac, None, "{q}");
            assert_eq!(
                p.errors,
                vec![(Question::AnneeBac, InputError::NoBacButBac)],
                "{q}"
            );
        }
        let p = parse("diplome=titre4&annee_bac=aucun");
        assert!(p.errors.is_empty());
        assert_eq!(p.to_query(), "?diplome=titre4&annee_bac=aucun");
    }

    #[test]
    fn screens_and_depuis_are_read_and_written() {
        for (q, screen) in [
            ("etape=debut", Some(Screen::Start)),
            ("etape=heures", Some(Screen::Question(Question::Heures))),
            ("etape=verification", Some(Screen::Check)),
            ("etape=resultat", Some(Screen::Result)),
            ("etape=tous-les-cas", Some(Screen::Overview)),
            ("etape=ailleurs", None),
            // The last one counts, as before.
            ("etape=resultat&etape=verification", Some(Screen::Check)),
            ("etape=resultat&etape=x", None),
        ] {
            assert_eq!(parse(q).screen, screen, "{q}");
        }
        // The start screen needs no `etape`.
        assert_eq!(rewritten("etape=debut"), "");
        assert_eq!(
            rewritten("etape=resultat&diplome=bac"),
            "?diplome=bac&etape=resultat"
        );
        assert!(parse("depuis=verification").from_check);
        assert!(!parse("depuis=verification&depuis=x").from_check);
        assert!(!parse("depuis=resultat").from_check);
        assert_eq!(
            rewritten("depuis=verification&etape=situation"),
            "?etape=situation&depuis=verification"
        );
    }

    #[test]
    fn settings_are_typed_and_written_back_as_given() {
        let s = parse("mode=presentation&lang=en&couleur=%230055a4&delai=30").settings;
        assert_eq!(s.mode(), Mode::Presentation);
        assert_eq!(s.lang(), Some(Lang::En));
        assert_eq!(s.colour(), Some(Ok(Rgb(0, 0x55, 0xa4))));
        assert_eq!(s.kiosk_delay(), 30);
        for (id, mode) in [
            ("embed", Mode::Embed),
            ("presentation", Mode::Presentation),
            ("borne", Mode::Borne),
            ("affiche", Mode::Affiche),
            ("standard", Mode::Standard),
        ] {
            assert_eq!(parse(&format!("mode={id}")).settings.mode(), mode);
            assert_eq!(Mode::from_param(mode.id()), mode);
        }
        // Absent: the defaults.
        let none = parse("diplome=bac").settings;
        assert_eq!(*none, Settings::default());
        assert_eq!(none.mode(), Mode::Standard);
        assert_eq!(none.lang(), None);
        assert_eq!(none.colour(), None);
        assert_eq!(none.kiosk_delay(), DEFAULT_KIOSK_DELAY);
        // Written back byte for byte, in the link's order, after the answers
        // and the screen, whatever the link's order.
        for q in [
            "?mode=borne&delai=45",
            "?delai=45&mode=borne",
            "?lang=en&mode=presentation&couleur=%23e30613",
            "?couleur=0055A4&lang=fr",
            "?couleur=+%23fff+",
            "?mode=embed&lang=en&couleur=%23aa0000&delai=0120",
        ] {
            assert_eq!(rewritten(q), q);
        }
        assert_eq!(
            rewritten("lang=en&blocs=aucun&mode=embed&etape=resultat&diplome=bac"),
            "?diplome=bac&blocs=aucun&etape=resultat&lang=en&mode=embed"
        );
    }

    #[test]
    fn settings_not_understood_have_no_effect_but_are_kept() {
        let s = parse("mode=Borne&lang=de&couleur=red&delai=1").settings;
        assert_eq!(s.mode(), Mode::Standard);
        assert_eq!(s.lang(), None);
        assert_eq!(s.colour(), Some(Err("red")));
        assert_eq!(s.kiosk_delay(), DEFAULT_KIOSK_DELAY);
        assert_eq!(
            rewritten("mode=Borne&lang=de&couleur=red&delai=1"),
            "?mode=Borne&lang=de&couleur=red&delai=1"
        );
        for (delai, seconds) in [
            ("2", 2),
            ("3600", 3600),
            ("+30", 30),
            ("1", DEFAULT_KIOSK_DELAY),
            ("3601", DEFAULT_KIOSK_DELAY),
            ("-5", DEFAULT_KIOSK_DELAY),
            ("2.5", DEFAULT_KIOSK_DELAY),
            ("", DEFAULT_KIOSK_DELAY),
            ("99999999999", DEFAULT_KIOSK_DELAY),
        ] {
            let s = parse(&format!("delai={}", delai.replace('+', "%2B"))).settings;
            assert_eq!(s.kiosk_delay(), seconds, "{delai}");
        }
        for bad in ["", "#12345", "url(x)", "%23ff0000%3Bx"] {
            let s = parse(&format!("couleur={bad}")).settings;
            assert!(matches!(s.colour(), Some(Err(_))), "{bad}");
        }
        assert_eq!(parse("mode=").settings.mode(), Mode::Standard);
        assert_eq!(parse("lang=FR").settings.lang(), None);
    }

    #[test]
    fn the_first_setting_short_enough_counts_and_others_are_dropped() {
        let long = "a".repeat(41);
        let just = "b".repeat(40);
        // Over 40 bytes: ignored, not written back; a later value counts.
        assert_eq!(rewritten(&format!("mode={long}")), "");
        assert_eq!(
            rewritten(&format!("mode={long}&mode=borne&mode=embed")),
            "?mode=borne"
        );
        assert_eq!(
            parse(&format!("mode={long}&mode=borne")).settings.mode(),
            Mode::Borne
        );
        assert_eq!(
            rewritten(&format!("couleur={just}")),
            format!("?couleur={just}")
        );
        // Bytes, not characters: 20 two-byte letters fit, 21 do not.
        assert_eq!(parse("couleur=%C3%A9").settings.colour(), Some(Err("é")));
        let e20 = "%C3%A9".repeat(20);
        let e21 = "%C3%A9".repeat(21);
        assert_eq!(rewritten(&format!("lang={e20}")), format!("?lang={e20}"));
        assert_eq!(rewritten(&format!("lang={e21}")), "");
        // Duplicates: the first counts.
        assert_eq!(rewritten("lang=en&lang=fr"), "?lang=en");
        assert_eq!(parse("lang=en&lang=fr").settings.lang(), Some(Lang::En));
        assert_eq!(parse("lang=de&lang=fr").settings.lang(), None);
        // Unknown parameters are dropped.
        assert_eq!(
            rewritten("mode=presentation&utm=x&lang=fr&Mode=borne"),
            "?mode=presentation&lang=fr"
        );
    }

    #[test]
    fn the_overview_baseline_is_a_setting_and_printed_links_keep_only_lang() {
        for b in Base::ALL {
            let s = parse(&format!("base={}", b.id())).settings;
            assert_eq!(s.base(), b);
            assert_eq!(Base::from_param(b.id()), Some(b));
        }
        assert_eq!(parse("").settings.base(), Base::default());
        assert_eq!(parse("base=xyz").settings.base(), Base::default());
        assert_eq!(
            rewritten("base=xyz&mode=presentation"),
            "?base=xyz&mode=presentation"
        );
        let s = parse("base=titre4&mode=presentation&lang=fr").settings;
        let moved = s.with_base(Base::BacRecent);
        assert_eq!(moved.base(), Base::BacRecent);
        assert_eq!(moved.mode(), Mode::Presentation);
        let link = Link::new(Answers::default(), Screen::Overview, Rc::new(moved));
        assert_eq!(
            link.to_query(),
            "?etape=tous-les-cas&mode=presentation&lang=fr&base=bac-recent"
        );
        // Printed: the answers and the language, never mode, couleur, delai or base.
        let a = parse("diplome=bac&annee_bac=2010&mode=presentation&couleur=%23aa0000&delai=30&base=bac-ancien&lang=en");
        let printed = Link::new(
            a.answers,
            Screen::Result,
            Rc::new(Settings::printed(Lang::En)),
        );
        assert_eq!(
            printed.to_query(),
            "?diplome=bac&annee_bac=2010&etape=resultat&lang=en"
        );
    }

    #[test]
    fn the_overview_intake_is_rentree_on_its_links_only() {
        let l = parse("rentree=2026&etape=tous-les-cas&mode=presentation&base=bac-recent");
        assert_eq!(l.settings.overview_intake(), Some(2026));
        assert_eq!(l.answers.rentree, None, "not an answer there");
        assert_eq!(
            l.to_query(),
            "?rentree=2026&etape=tous-les-cas&mode=presentation&base=bac-recent"
        );
        // Kept by the base and language switches, and on the overview only.
        let s = l.settings.with_base(Base::Titre4).with_lang(Lang::En);
        assert_eq!(s.overview_intake(), Some(2026));
        let back = Link::new(Answers::default(), Screen::Start, Rc::new(s.clone()));
        assert_eq!(back.to_query(), "?mode=presentation&base=titre4&lang=en");
        // A candidate's own `rentree` is not written on the overview's link.
        let a = Answers {
            rentree: Some(crate::rules::Rentree(2027)),
            ..Answers::default()
        };
        let o = Link::new(a, Screen::Overview, Rc::new(s.with_intake(2026)));
        assert_eq!(
            o.to_query(),
            "?rentree=2026&etape=tous-les-cas&mode=presentation&base=titre4&lang=en"
        );
        // Never printed; a bad value there is no error, just the default.
        assert_eq!(Settings::printed(Lang::Fr).overview_intake(), None);
        let bad = parse("rentree=abc&etape=tous-les-cas");
        assert_eq!(
            (bad.settings.overview_intake(), bad.errors.len()),
            (None, 0)
        );
    }

    #[test]
    fn switching_language_moves_lang_to_the_end() {
        let s = parse("lang=fr&mode=borne&delai=60").settings;
        let en = s.with_lang(Lang::En);
        assert_eq!(en.lang(), Some(Lang::En));
        assert_eq!(en.mode(), Mode::Borne);
        assert_eq!(en.kiosk_delay(), 60);
        let link = Link::new(Answers::default(), Screen::Start, Rc::new(en));
        assert_eq!(link.to_query(), "?mode=borne&delai=60&lang=en");
        let unknown = parse("lang=de").settings.with_lang(Lang::Fr);
        assert_eq!(
            Link::new(Answers::default(), Screen::Start, Rc::new(unknown)).to_query(),
            "?lang=fr"
        );
    }

    #[test]
    fn a_written_link_reads_back_as_the_same_link() {
        for q in [
            "",
            "?mode=presentation",
            "?lang=en",
            "?couleur=%23ffdd00",
            "?mode=borne&delai=30",
            "?mode=xyz&lang=de&couleur=red&delai=abc",
            "?diplome=titre4&annee_bac=aucun&situation=cdd&contrat=aucun&blocs=aucun&etape=verification&lang=en",
            "?diplome=bac&annee_bac=2010&situation=fonction_publique&etape=statut_public&depuis=verification&mode=embed&couleur=%23aa0000",
            "?etape=tous-les-cas&mode=presentation&lang=fr",
        ] {
            let link = parse(q);
            assert!(link.errors.is_empty(), "{q}");
            let written = link.to_query();
            assert_eq!(written, q);
            assert_eq!(parse(&written), link, "{q}");
        }
        // Built by the app rather than read.
        let settings = parse("lang=fr&mode=presentation")
            .settings
            .with_lang(Lang::En);
        let mut answers = Answers::default();
        assert_eq!(
            parse::apply(&mut answers, Question::Diplome, "titre4", 2026),
            Ok(())
        );
        let link = Link {
            from_check: true,
            ..Link::new(
                answers,
                Screen::Question(Question::AnneeBac),
                Rc::new(settings),
            )
        };
        assert_eq!(parse(&link.to_query()), link);
        assert_eq!(
            link.to_query(),
            "?diplome=titre4&etape=annee_bac&depuis=verification&mode=presentation&lang=en"
        );
    }

    fn p() -> Params {
        crate::content::params(Date::new(2026, 11, 22))
    }

    fn open(q: &str) -> Flow {
        parse(q).open(&p())
    }

    #[test]
    fn links_open_on_the_right_screen() {
        assert_eq!(open("").screen, Screen::Start);
        assert_eq!(
            open("?diplome=bac").screen,
            Screen::Question(Question::AnneeBac)
        );
        let full = "?diplome=titre4&annee_bac=aucun&situation=cdd&contrat=aucun&blocs=aucun";
        // An old-style link (before the bac question for title holders)
        // asks the one new question it needs, the rest kept.
        let old = open("?diplome=titre4&situation=cdd&contrat=aucun&blocs=aucun&etape=resultat");
        assert_eq!(old.screen, Screen::Question(Question::AnneeBac));
        assert_eq!(old.answers.blocs, Some(Blocs::NONE));
        assert_eq!(open(full).screen, Screen::Result);
        assert_eq!(
            open(&format!("{full}&etape=verification")).screen,
            Screen::Check
        );
        // A bad value wins over everything and never yields a result.
        assert_eq!(
            open(&format!("{full}&heures=abc")).screen,
            Screen::Result,
            "irrelevant: ignored"
        );
        assert_eq!(
            open("?diplome=titre4&annee_bac=aucun&situation=zzz&contrat=aucun&blocs=aucun&etape=resultat").screen,
            Screen::Question(Question::Situation)
        );
        // Asking for the result of an incomplete case resumes instead.
        assert_eq!(
            open("?diplome=titre4&annee_bac=2019&etape=resultat").screen,
            Screen::Question(Question::Situation)
        );
        // `depuis` counts only on a question, once every answer is there.
        let changing = open(&format!("{full}&etape=situation&depuis=verification"));
        assert_eq!(changing.screen, Screen::Question(Question::Situation));
        assert!(changing.from_check);
        assert!(!open("?diplome=bac&etape=diplome&depuis=verification").from_check);
    }
}
