//! The root component. `main` reads the browser once (the link, the day,
//! the language) and gives them as props; the build-time render (`ssr`)
//! gives its own. `App` holds the one state (`state`), keeps the page in
//! step with it (`hooks`), and shows the frame (header, footer) around the
//! current screen.

mod hooks;

use crate::browser;
use crate::components::lang_switch::lang_switch;
use crate::components::say;
use crate::components::{
    check::check_answers, contact_phone, kiosk::KioskGuard, overview_table::OverviewTable,
    poster::poster, question::QuestionScreen, result::ResultScreen, start::start_screen,
};
use crate::content::{Lang, Text};
use crate::flow::Screen;
use crate::link::{Mode, Settings};
use crate::rules::{Date, Question};
use crate::state::{Action, State};
use std::rc::Rc;
use yew::prelude::*;

/// What the app starts from.
#[derive(Properties, Clone, PartialEq)]
pub struct Props {
    /// The query string opened (with its `?`), or empty.
    pub query: AttrValue,
    /// The visitor's day.
    pub today: Date,
    /// The browser's language: the one shown when the link names none.
    pub lang: Lang,
}

/// The app's state, as its views see it.
pub type Handle = UseReducerHandle<State>;

#[component]
pub fn App(props: &Props) -> Html {
    let state = use_reducer(|| State::new(&props.query, props.today, props.lang));
    hooks::use_startup(&state);
    hooks::use_history(&state);
    hooks::use_document_sync(&state);
    frame(&state, screen(&state))
}

/// A callback that dispatches the action `make` builds from its value.
fn on<T: 'static>(state: &Handle, make: impl Fn(T) -> Action + 'static) -> Callback<T> {
    let d = state.dispatcher();
    Callback::from(move |v: T| d.dispatch(make(v)))
}

/// "Commencer": once the texts are here (the wasm carries only the French
/// texts of the start page; the page started their download with the
/// wasm's). Until then the start page says it is loading, so that a tap is
/// always answered; if they cannot be loaded, it stays, and says so with the
/// phone number, and the next tap tries again.
fn begin(state: &Handle) -> Callback<()> {
    let (d, lang) = (state.dispatcher(), state.lang);
    Callback::from(move |_| {
        let d = d.clone();
        if !crate::content::has_texts(lang) {
            browser::show_start_status(false);
        }
        browser::with_texts(lang, move |ok| match ok {
            true => d.dispatch(Action::Begin),
            false => browser::show_start_status(true),
        })
    })
}

/// The current screen.
fn screen(state: &Handle) -> Html {
    let (tr, p) = (state.tr(), &state.params);
    let back_href = || AttrValue::from(state.href(state.flow.previous(p), false));
    match state.flow.screen {
        _ if state.mode == Mode::Affiche => poster(&tr),
        Screen::Start => start_screen(&tr, &begin(state)),
        Screen::Question(q) => question(state, q),
        Screen::Check => {
            let hrefs = Question::ALL.map(|q| state.href(Screen::Question(q), true));
            check_answers(
                &tr,
                &state.flow.answers,
                &Rc::new(hrefs.to_vec()),
                back_href(),
                on(state, |_| Action::Back),
                on(state, Action::Change),
                on(state, |_| Action::Go(Screen::Result)),
            )
        }
        Screen::Overview => {
            let s = (*state).clone();
            let d = state.dispatcher();
            let on_settings = Callback::from(move |settings: Rc<Settings>| {
                browser::set_query(&s.href_settings(settings.clone()), false);
                d.dispatch(Action::SetSettings(settings));
            });
            html! {
                <OverviewTable {tr} base={state.base} settings={state.settings.clone()}
                    back_href={state.href(Screen::Start, false)}
                    on_back={on(state, |_| Action::Back)} {on_settings} />
            }
        }
        Screen::Result => html! {
            <ResultScreen {tr} mode={state.mode} answers={state.flow.answers}
                check_href={state.href(Screen::Check, false)}
                intake_gone={state.flow.intake_gone()}
                on_back={on(state, |_| Action::Back)}
                on_restart={on(state, |_| Action::Restart)} />
        },
    }
}

/// A question's screen, keyed by the navigation so that it starts afresh.
fn question(state: &Handle, q: Question) -> Html {
    let p = &state.params;
    let mine = state.field_error.filter(|(fq, _)| *fq == q);
    let refused = mine.and(state.refused.clone()).map(AttrValue::from);
    let error = mine
        .map(|(_, e)| (e, false))
        .or_else(|| state.flow.error(q, p).map(|e| (e, true)));
    html! {
        <QuestionScreen
            key={format!("{q}-{}", state.nav)}
            tr={state.tr()}
            question={q}
            answers={state.flow.answers}
            step={state.flow.step_number(q, p)}
            most={state.flow.most_questions(q, p)}
            {error}
            {refused}
            back_href={state.href(state.flow.previous(p), false)}
            on_back={on(state, |_| Action::Back)}
            on_submit={on(state, move |raw: String| Action::Answer(q, raw))}
        />
    }
}

/// The page around a screen: header (by mode), the kiosk's guard, `main`,
/// footer. The waiting page written at build time (`ssr`) is this same
/// frame, so that nothing painted moves when the app takes over.
pub fn frame(state: &Handle, body: Html) -> Html {
    let tr = state.tr();
    let kiosk = (state.mode == Mode::Borne).then(|| {
        html! {
            <KioskGuard
                delay={state.settings.kiosk_delay()}
                armed={state.flow.screen != Screen::Start || state.flow.answers != Default::default()}
                on_reset={on(state, |_| Action::Reset)}
                {tr}
            />
        }
    });
    html! {
        // Keyed by language: switching remounts every component in the new one.
        <div class={classes!("dee-app", format!("dee-app--{}", state.mode.id()))} lang={state.lang.id()} key={state.lang.id()}>
            { header(state) }
            { for kiosk }
            // Inside a partner's page, named, to tell it from the page's own.
            <main class="dee-main" id="dee-main"
                aria-label={(state.mode == Mode::Embed).then(|| tr.t(Text::AppShortTitle))}>{ body }</main>
            if state.mode != Mode::Embed {
                <footer class="dee-footer">
                    <p>{ say(&tr, Text::AppFooter) }</p>
                    <p>{ say(&tr, Text::AppPhoneLabel) }{ " " }{ contact_phone(None) }</p>
                </footer>
            }
        </div>
    }
}

/// The header: the title and the language switch; presentation mode adds
/// its tools; a partner's page (embed) has its own chrome, so only the switch.
fn header(state: &Handle) -> Html {
    let tr = state.tr();
    // Once its texts are here (loaded on demand: English).
    let d = state.dispatcher();
    let on_switch = Callback::from(move |l| {
        let d = d.clone();
        browser::with_texts(l, move |ok| {
            if ok {
                d.dispatch(Action::SetLang(l))
            }
        })
    });
    // A link to the next language (with two, the other one).
    let other = state.lang.next();
    let switch = lang_switch(state.href_lang(other), other, on_switch);
    let title = html! { <p class="dee-header__title">{ say(&tr, Text::AppShortTitle) }</p> };
    match state.mode {
        // Its own header would repeat the partner's: the language link
        // alone, in a landmark of its own.
        Mode::Embed => html! {
            <nav class="dee-header dee-header--embed" aria-label={tr.t(Text::AppLangNav)}>{ switch }</nav>
        },
        Mode::Presentation => {
            let go = on(state, |_| Action::Go(Screen::Overview));
            let onclick = Callback::from(move |e: MouseEvent| {
                e.prevent_default();
                go.emit(());
            });
            let on_restart = on(state, |_: MouseEvent| Action::Restart);
            html! {
                <header class="dee-header">
                    { title }
                    <nav class="dee-header__tools" aria-label={tr.t(Text::PresentationOverview)}>
                        <a class="dee-link" href={state.href(Screen::Overview, false)} {onclick}>{ tr.t(Text::PresentationOverview) }</a>
                        // The poster of the widget, for the room's notice board.
                        <a class="dee-link" href={format!("?mode=affiche&lang={}", state.lang.id())}>{ tr.t(Text::PresentationPoster) }</a>
                        <button type="button" class="dee-button dee-button--secondary" onclick={on_restart}>
                            { tr.t(Text::PresentationNewPerson) }
                        </button>
                        { switch }
                    </nav>
                </header>
            }
        }
        Mode::Standard | Mode::Borne | Mode::Affiche => html! {
            <header class="dee-header">
                { title }
                <p class="dee-header__institute">{ say(&tr, Text::AppInstitute) }</p>
                { switch }
            </header>
        },
    }
}
