//! The root component: holds the state, keeps the address bar, the title
//! and the keyboard focus in step with it, and shows the current screen.

use crate::browser;
use crate::components::lang_switch::lang_switch;
use crate::components::plain;
use crate::components::say;
use crate::components::{
    kiosk::KioskGuard, overview_table::OverviewTable, question::QuestionScreen,
    result::ResultScreen, start::start_screen,
};
use crate::content::{Lang, Part, Text, Tr, FACTS};
use crate::dom_ids::{ERROR_SUMMARY_ID, HEADING_ID};
use crate::flow::Screen;
use crate::link::Mode;
use crate::state::{Action, State, UrlSync};
use crate::theme::Theme;
use gloo::events::EventListener;
use yew::prelude::*;

#[component]
pub fn App() -> Html {
    let state = use_reducer(|| {
        let fallback = browser::preferred_lang().unwrap_or_default();
        State::new(&browser::query(), browser::today(), fallback)
    });
    // Every text below is looked up in this language, for this intake.
    let tr = Tr::new(state.lang, state.params());

    // Once: the partner's colour, the embedding, the offline worker.
    {
        let (mode, settings) = (state.mode, state.settings.clone());
        let begin = state.dispatcher();
        use_effect_with((), move |_| {
            match settings.colour() {
                Some(Ok(colour)) => browser::set_properties(&Theme::new(colour).properties()),
                Some(Err(c)) => browser::warn(&format!(
                    "deass-eligibility: couleur {c:?} is not a hex colour such as #0055a4; the default is used"
                )),
                None => {}
            }
            browser::set_document_class(&format!("dee-mode-{}", mode.id()), true);
            // The start page was already on screen (written at build time):
            // a click on "Commencer" made before we were ready still counts.
            if browser::take_start_request() {
                begin.dispatch(Action::Begin);
            }
            if mode == Mode::Embed {
                browser::report_height();
            } else {
                browser::register_service_worker();
            }
        });
    }

    // Back/Forward: the address bar is the source of truth.
    {
        let dispatcher = state.dispatcher();
        use_effect_with((), move |_| {
            let listener = web_sys::window().map(|w| {
                EventListener::new(&w, "popstate", move |_| {
                    let (d, query) = (dispatcher.clone(), browser::query());
                    let lang = crate::link::Link::parse(&query, u16::MAX).settings.lang();
                    browser::with_texts(lang.unwrap_or_default(), move |_| {
                        d.dispatch(Action::FromUrl(query))
                    })
                })
            });
            move || drop(listener)
        });
    }

    // After every move: address bar, title, robots meta, focus.
    {
        let state = state.clone();
        use_effect_with(state.nav, move |_| {
            match state.sync {
                UrlSync::Push => {
                    if let Some(left) = &state.left {
                        browser::set_query(left, false);
                    }
                    browser::set_query(&state.query(), true)
                }
                UrlSync::Replace => browser::set_query(&state.query(), false),
                UrlSync::None => {}
            }
            let p = state.params();
            let tr = Tr::new(state.lang, p);
            let step = match state.flow.screen {
                Screen::Start => tr.t(Text::StartDocTitle),
                Screen::Question(q) => {
                    let n = state.flow.step_number(q, &p).to_string();
                    let step = tr.nav_step(&n);
                    let question = plain(&tr.question_text(q, &state.flow.answers, Part::Title));
                    tr.nav_step_title(&step, &question)
                }
                Screen::Check => tr.t(Text::NavCheckDocTitle),
                Screen::Result => tr.t(Text::ResultDocTitle),
                Screen::Overview => tr.t(Text::OverviewDocTitle),
            };
            let has_error = state.field_error.is_some()
                || matches!(state.flow.screen, Screen::Question(q) if state.flow.error(q, &p).is_some());
            let step = if has_error {
                format!("{} — {step}", tr.t(Text::ErrorsSummaryTitle))
            } else {
                step
            };
            browser::set_title(&tr.app_doc_title(&step));
            browser::set_noindex(state.flow.screen == Screen::Result);
            browser::set_document_lang(state.lang);
            // The very first render keeps the page's natural focus, unless
            // the link we opened has a problem to show.
            if state.nav > 0 || has_error {
                browser::focus(if has_error {
                    ERROR_SUMMARY_ID
                } else {
                    HEADING_ID
                });
            }
        });
    }

    let p = state.params();
    let other = match state.lang {
        Lang::Fr => Lang::En,
        Lang::En => Lang::Fr,
    };
    let dispatch = |make: fn() -> Action| {
        let d = state.dispatcher();
        Callback::from(move |_: ()| d.dispatch(make()))
    };
    let on_back = dispatch(|| Action::Back);
    let on_restart = dispatch(|| Action::Restart);
    let body = match state.flow.screen {
        Screen::Start => html! {
            { start_screen(&tr, &dispatch(|| Action::Begin)) }
        },
        Screen::Question(q) => {
            let d = state.dispatcher();
            let error = state
                .field_error
                .filter(|(fq, _)| *fq == q)
                .map(|(_, e)| (e, false))
                .or_else(|| state.flow.error(q, &p).map(|e| (e, true)));
            html! {
                <QuestionScreen
                    key={format!("{q}-{}", state.nav)}
                    question={q}
                    answers={state.flow.answers}
                    step={state.flow.step_number(q, &p)}
                    {error}
                    back_href={state.href(state.flow.previous(&p), false)}
                    on_back={on_back.clone()}
                    on_submit={Callback::from(move |raw: String| d.dispatch(Action::Answer(q, raw)))}
                />
            }
        }
        Screen::Check => {
            let d = state.dispatcher();
            let hrefs = crate::rules::Question::ALL
                .iter()
                .map(|q| state.href(Screen::Question(*q), true))
                .collect::<Vec<_>>();
            crate::components::check::check_answers(&crate::components::check::Props {
                answers: state.flow.answers,
                change_hrefs: std::rc::Rc::new(hrefs),
                back_href: state.href(state.flow.previous(&p), false).into(),
                on_back: on_back.clone(),
                on_change: Callback::from(move |q| d.dispatch(Action::Change(q))),
                on_continue: dispatch(|| Action::Go(Screen::Result)),
                tr,
            })
        }
        Screen::Overview => {
            let (d, s) = (state.dispatcher(), state.clone());
            let on_base = Callback::from(move |b| {
                browser::set_query(&s.href_base(b), false);
                d.dispatch(Action::SetBase(b));
            });
            html! {
                <OverviewTable
                    today={state.today}
                    settings={state.settings.clone()}
                    back_href={state.href(Screen::Start, false)}
                    on_back={on_back.clone()}
                    {on_base}
                />
            }
        }
        Screen::Result => html! {
            <ResultScreen
                answers={state.flow.answers}
                today={state.today}
                check_href={state.href(Screen::Check, false)}
                intake_gone={state.flow.intake_gone()}
                on_back={on_back.clone()}
                on_restart={on_restart.clone()}
            />
        },
    };

    // At build time, the page that waits for the app: the same frame, and a
    // status where the screen will be (`ssr`).
    #[cfg(not(target_arch = "wasm32"))]
    let body = if browser::waiting() {
        waiting_body(&tr)
    } else {
        body
    };

    let lang_switch = {
        let d = state.dispatcher();
        lang_switch(
            &tr,
            state.href_lang(other),
            other,
            // Once its texts are here (loaded on demand: English).
            Callback::from(move |l| {
                let d = d.clone();
                browser::with_texts(l, move |ok| {
                    if ok {
                        d.dispatch(Action::SetLang(l))
                    }
                })
            }),
        )
    };
    let header = match state.mode {
        // A partner's page has its own chrome: only the language switch.
        Mode::Embed => html! { <div class="dee-header dee-header--embed">{ lang_switch }</div> },
        Mode::Presentation => html! {
            <header class="dee-header">
                <p class="dee-header__title">{ say(&tr, Text::AppShortTitle) }</p>
                <nav class="dee-header__tools" aria-label={tr.t(Text::PresentationOverview)}>
                    <a class="dee-link" href={state.href(Screen::Overview, false)} onclick={
                        let d = state.dispatcher();
                        Callback::from(move |e: MouseEvent| {
                            e.prevent_default();
                            d.dispatch(Action::Go(Screen::Overview));
                        })
                    }>{ tr.t(Text::PresentationOverview) }</a>
                    <button type="button" class="dee-button dee-button--secondary" onclick={on_restart.reform(|_: MouseEvent| ())}>
                        { tr.t(Text::PresentationNewPerson) }
                    </button>
                    { lang_switch }
                </nav>
            </header>
        },
        Mode::Standard | Mode::Borne => html! {
            <header class="dee-header">
                <p class="dee-header__title">{ say(&tr, Text::AppShortTitle) }</p>
                <p class="dee-header__institute">{ say(&tr, Text::AppInstitute) }</p>
                { lang_switch }
            </header>
        },
    };
    let kiosk = (state.mode == Mode::Borne).then(|| {
        let d = state.dispatcher();
        html! {
            <KioskGuard
                delay={state.settings.kiosk_delay()}
                armed={state.flow.screen != Screen::Start || state.flow.answers != Default::default()}
                on_reset={Callback::from(move |_| d.dispatch(Action::Reset))}
                {tr}
            />
        }
    });

    html! {
        // Keyed by language: switching remounts every component in the new one.
        <ContextProvider<Mode> context={state.mode}>
        <ContextProvider<Tr> context={tr}>
        <div class={classes!("dee-app", format!("dee-app--{}", state.mode.id()))} lang={state.lang.id()} key={state.lang.id()}>
            { header }
            { for kiosk }
            <main class="dee-main" id="dee-main">{ body }</main>
            if state.mode != Mode::Embed {
                <footer class="dee-footer">
                    <p>{ say(&tr, Text::AppFooter) }</p>
                    <p>
                        { say(&tr, Text::AppPhoneLabel) }{ " " }
                        <a href={format!("tel:{}", FACTS.contact.phone_tel)}>{ FACTS.contact.phone.as_ref() }</a>
                    </p>
                </footer>
            }
        </div>
        </ContextProvider<Tr>>
        </ContextProvider<Mode>>
    }
}

/// The main region of the page that waits for the app (build time only):
/// a status, and what to say if the app never starts (the page's guard
/// shows it after 30 s).
#[cfg(not(target_arch = "wasm32"))]
fn waiting_body(tr: &Tr) -> Html {
    html! {
        <>
            <p class="dee-loading" role="status">{ tr.t(Text::AppLoading) }</p>
            <template class="dee-failed">
                { say(tr, Text::AppFailed) }{ " " }
                <a href={format!("tel:{}", FACTS.contact.phone_tel)}>{ FACTS.contact.phone.as_ref() }</a>{ "." }
            </template>
        </>
    }
}
