//! The app's one state and the actions that change it. The reducer only
//! computes; the URL, title and focus follow in `app`'s effects.

use crate::content::{self, Lang, Tr};
use crate::flow::{Flow, Screen};
use crate::link::{choose_lang, Link, Mode, Settings};
use crate::rules::parse::InputError;
use crate::rules::{Date, Params, Question};
use std::rc::Rc;
use yew::prelude::*;

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
    /// The rules' parameters for the visitor's day alone (the date is read
    /// once, when the app starts): how a link is opened, and the overview.
    pub base: Params,
    /// The same, with the intake the answers lead to: what every text and
    /// conclusion follows. Computed once per state change, here only.
    pub params: Params,
    /// The language shown: the `lang` link parameter, else the browser's.
    pub lang: Lang,
    /// The link's `mode` (from `settings`, which do not change it).
    pub mode: Mode,
    /// The error of the last "Continuer" on the current question.
    pub field_error: Option<(Question, InputError)>,
    /// What that "Continuer" sent, shown again in its field with the error.
    pub refused: Option<Rc<str>>,
    pub sync: UrlSync,
    /// How the widget is shown (`mode`, `lang`, `couleur`, `delai`), kept
    /// across steps.
    pub settings: Rc<Settings>,
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
    /// The overview's baseline or intake: a setting, not a step. The view
    /// has already rewritten the address ([`State::href_settings`]); the
    /// focus stays put.
    SetSettings(Rc<Settings>),
}

impl State {
    /// The state a query string describes for a visitor on `today`;
    /// `fallback` is the language to use when the link names none.
    pub fn new(query: &str, today: Date, fallback: Lang) -> State {
        State::open(query, content::params(today), fallback)
    }

    fn open(query: &str, base: Params, fallback: Lang) -> State {
        let link = Link::parse(query, base.bac_year_max());
        let settings = link.settings.clone();
        let flow = link.open(&base);
        State {
            params: base.for_answers(&flow.answers),
            flow,
            base,
            lang: choose_lang(settings.lang(), Some(fallback)),
            mode: settings.mode(),
            field_error: None,
            refused: None,
            sync: UrlSync::Replace,
            settings,
            left: None,
            nav: 0,
        }
    }

    /// The texts in the language shown, for the intake assessed.
    pub fn tr(&self) -> Tr {
        Tr::new(self.lang, self.params)
    }

    /// The link to `screen` with the current answers and settings.
    fn link(&self, screen: Screen, from_check: bool) -> Link {
        Link {
            from_check,
            ..Link::new(self.flow.answers, screen, self.settings.clone())
        }
    }

    /// The query string for the current state.
    pub fn query(&self) -> String {
        self.link(self.flow.screen, self.flow.from_check).to_query()
    }

    /// The link to `screen` with the current answers (for real `href`s).
    pub fn href(&self, screen: Screen, from_check: bool) -> String {
        let q = self.link(screen, from_check).to_query();
        if q.is_empty() {
            "?".into()
        } else {
            q
        }
    }

    /// The link to this same page in language `l`.
    pub fn href_lang(&self, l: Lang) -> String {
        Link {
            settings: Rc::new(self.settings.with_lang(l)),
            ..self.link(self.flow.screen, self.flow.from_check)
        }
        .to_query()
    }

    /// The link to this same page with other settings (the overview's
    /// baseline or intake).
    pub fn href_settings(&self, settings: Rc<Settings>) -> String {
        Link {
            settings,
            ..self.link(self.flow.screen, self.flow.from_check)
        }
        .to_query()
    }

    fn moved(&self, flow: Flow, sync: UrlSync) -> State {
        // A stand keeps no history: the next visitor must not find the
        // previous one's answers behind the Back button.
        let (sync, left) = match self.mode {
            Mode::Borne => (UrlSync::Replace, None),
            _ => {
                let left = Link {
                    answers: flow.answers,
                    ..self.link(self.flow.screen, self.flow.from_check)
                }
                .to_query();
                (sync, Some(left))
            }
        };
        State {
            params: self.base.for_answers(&flow.answers),
            flow,
            field_error: None,
            refused: None,
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
        let p = self.params;
        let next = match action {
            Action::FromUrl(query) => {
                let fresh = State::open(&query, self.base, self.lang);
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
                    refused: Some(raw.into()),
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
            Action::SetLang(lang) => State {
                lang,
                settings: Rc::new(self.settings.with_lang(lang)),
                sync: UrlSync::Replace,
                left: None,
                nav: self.nav.wrapping_add(1),
                ..(*self).clone()
            },
            Action::SetSettings(settings) => State {
                settings,
                sync: UrlSync::None,
                left: None,
                ..(*self).clone()
            },
        };
        Rc::new(next)
    }
}
