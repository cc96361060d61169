//! The app's one state and the actions that change it. The reducer only
//! computes; the URL, title and focus follow in `app`'s effects.

use crate::content::{self, Lang};
use crate::flow::{Flow, Screen};
use crate::link;
use crate::rules::parse::InputError;
use crate::rules::{Date, Params, Question};
use std::rc::Rc;
use yew::prelude::*;

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
}

impl Mode {
    pub fn from_param(v: &str) -> Mode {
        match v {
            "embed" => Mode::Embed,
            "presentation" => Mode::Presentation,
            "borne" => Mode::Borne,
            _ => Mode::Standard,
        }
    }

    pub fn id(self) -> &'static str {
        match self {
            Mode::Standard => "standard",
            Mode::Embed => "embed",
            Mode::Presentation => "presentation",
            Mode::Borne => "borne",
        }
    }
}

/// Kiosk inactivity delay, in seconds, when `delai` is absent or invalid.
pub const DEFAULT_KIOSK_DELAY: u32 = 120;

/// `delai`: whole seconds, 2 to 3600.
pub fn kiosk_delay(v: Option<&str>) -> u32 {
    v.and_then(|v| v.parse::<u32>().ok())
        .filter(|d| (2..=3600).contains(d))
        .unwrap_or(DEFAULT_KIOSK_DELAY)
}

/// How the address bar should follow a state change.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UrlSync {
    /// A new history entry (a step forward or a chosen move).
    Push,
    /// Rewrite the current entry (normalising the link we opened).
    Replace,
    /// The change came from the address bar itself (Back/Forward).
    None,
}

#[derive(Clone, Debug, PartialEq)]
pub struct State {
    pub flow: Flow,
    pub today: Date,
    /// The language shown: the `lang` link parameter, else the browser's.
    pub lang: Lang,
    pub mode: Mode,
    /// The error of the last "Continuer" on the current question.
    pub field_error: Option<(Question, InputError)>,
    pub sync: UrlSync,
    /// Parameters kept across steps (`mode`, `lang`).
    pub passthrough: Rc<Vec<(String, String)>>,
    /// With a push: the page we leave, rewritten with the new answers, so
    /// that Back returns to it with its answer filled in.
    pub left: Option<String>,
    /// Bumped on every navigation, so effects run even when the screen is the same.
    pub nav: u32,
}

pub enum Action {
    /// The address bar changed (initial load, Back, Forward).
    FromUrl(String),
    /// "Continuer" on question `q` with this raw value.
    Answer(Question, String),
    /// "Commencer".
    Begin,
    /// "Modifier" on the check page.
    Change(Question),
    /// Go to a screen (start, check, result, or "Retour").
    Go(Screen),
    /// "Retour".
    Back,
    /// "Recommencer" / "Nouvelle personne".
    Restart,
    /// The kiosk's inactivity reset: like Restart, without a history entry.
    Reset,
    /// The language switcher.
    SetLang(Lang),
}

impl State {
    /// The state a query string describes; `fallback` is the language to
    /// use when the link names none.
    pub fn new(query: &str, today: Date, fallback: Lang) -> State {
        let params = content::params(today);
        let parsed = link::parse(query, params.bac_year_max());
        let passthrough = Rc::new(parsed.passthrough.clone());
        let lang = passthrough
            .iter()
            .find(|(k, _)| k == "lang")
            .and_then(|(_, v)| Lang::from_id(v))
            .unwrap_or(fallback);
        let mode = Mode::from_param(State::param_in(&passthrough, "mode").unwrap_or(""));
        State {
            flow: Flow::from_link(parsed, &params),
            today,
            lang,
            mode,
            field_error: None,
            sync: UrlSync::Replace,
            passthrough,
            left: None,
            nav: 0,
        }
    }

    fn param_in<'a>(passthrough: &'a [(String, String)], key: &str) -> Option<&'a str> {
        passthrough
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }

    /// A kept link parameter (`mode`, `lang`, `couleur`, `delai`).
    pub fn param(&self, key: &str) -> Option<&str> {
        State::param_in(&self.passthrough, key)
    }

    pub fn params(&self) -> Params {
        content::params(self.today)
    }

    /// The query string for the current state.
    pub fn query(&self) -> String {
        let screen = match self.flow.screen {
            Screen::Start if self.flow.answers == Default::default() => None,
            s => Some(s),
        };
        link::to_query(
            &self.flow.answers,
            screen,
            self.flow.from_check,
            &self.passthrough,
        )
    }

    /// The link to `screen` with the current answers (for real `href`s).
    pub fn href(&self, screen: Screen, from_check: bool) -> String {
        let q = link::to_query(
            &self.flow.answers,
            screen.to_param().map(|_| screen),
            from_check,
            &self.passthrough,
        );
        if q.is_empty() {
            "?".into()
        } else {
            q
        }
    }

    /// The kept parameters, with `lang` set to `l`.
    fn passthrough_with_lang(&self, l: Lang) -> Vec<(String, String)> {
        let mut out: Vec<_> = self
            .passthrough
            .iter()
            .filter(|(k, _)| k != "lang")
            .cloned()
            .collect();
        out.push(("lang".into(), l.id().into()));
        out
    }

    /// The link to this same page in language `l`.
    pub fn href_lang(&self, l: Lang) -> String {
        let passthrough = self.passthrough_with_lang(l);
        let screen = Some(self.flow.screen).filter(|s| *s != Screen::Start);
        link::to_query(
            &self.flow.answers,
            screen,
            self.flow.from_check,
            &passthrough,
        )
    }

    fn moved(&self, flow: Flow, sync: UrlSync) -> State {
        // A stand keeps no history: the next visitor must not find the
        // previous one's answers behind the Back button.
        let (sync, left) = match self.mode {
            Mode::Borne => (UrlSync::Replace, None),
            _ => {
                let left = link::to_query(
                    &flow.answers,
                    Some(self.flow.screen),
                    self.flow.from_check,
                    &self.passthrough,
                );
                (sync, Some(left))
            }
        };
        State {
            flow,
            field_error: None,
            sync,
            left,
            nav: self.nav.wrapping_add(1),
            ..self.clone()
        }
    }
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let p = self.params();
        let next = match action {
            Action::FromUrl(query) => {
                let fresh = State::new(&query, self.today, self.lang);
                State {
                    sync: UrlSync::None,
                    nav: self.nav.wrapping_add(1),
                    ..fresh
                }
            }
            Action::Answer(q, raw) => match self.flow.answer(q, &raw, &p) {
                Ok(flow) => self.moved(flow, UrlSync::Push),
                Err(e) => State {
                    field_error: Some((q, e)),
                    nav: self.nav.wrapping_add(1),
                    sync: UrlSync::None,
                    left: None,
                    ..(*self).clone()
                },
            },
            Action::Begin => self.moved(self.flow.begin(&p), UrlSync::Push),
            Action::Change(q) => self.moved(self.flow.change(q), UrlSync::Push),
            Action::Go(screen) => self.moved(self.flow.go(screen, &p), UrlSync::Push),
            Action::Back => {
                let prev = self.flow.previous(&p);
                let flow = match prev {
                    Screen::Question(q) if self.flow.from_check => Flow {
                        screen: Screen::Question(q),
                        ..self.flow.clone()
                    },
                    s => Flow {
                        screen: s,
                        from_check: false,
                        ..self.flow.clone()
                    },
                };
                self.moved(flow, UrlSync::Push)
            }
            Action::Restart => self.moved(self.flow.restart(), UrlSync::Push),
            Action::Reset => State {
                left: None,
                sync: UrlSync::Replace,
                ..self.moved(self.flow.restart(), UrlSync::Replace)
            },
            // Not a step: the same page in another language, answers kept.
            Action::SetLang(lang) => {
                let passthrough = self.passthrough_with_lang(lang);
                State {
                    lang,
                    passthrough: Rc::new(passthrough),
                    sync: UrlSync::Replace,
                    left: None,
                    nav: self.nav.wrapping_add(1),
                    ..(*self).clone()
                }
            }
        };
        Rc::new(next)
    }
}
