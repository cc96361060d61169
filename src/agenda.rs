//! "Ajouter à mon agenda": the person's dated admission steps, for their
//! route and the intake assessed, as an RFC 5545 calendar file (`.ics`)
//! that the browser writes itself (no network). Pure: the steps come from
//! the rules' parameters (`tr.params`: today, the intake, the published
//! calendar) and the texts, the file from the steps; tested natively here
//! and read back by a real parser in the end-to-end suite
//! (`e2e/take-away.test.mjs`, ical.js). None of it is in the candidates'
//! wasm, which only sends a [`request`]: the steps are stated and the file
//! written by a small wasm of its own (`src/bin/agenda.rs`), off the first
//! screen.
//!
//! On Parcoursup the steps are the page's dates: the Parcoursup close, the
//! file deadline, the oral days. Off it the page gives only the opening of
//! registrations and sends everyone to the admission service for the rest:
//! the file says so, on the opening day (or today, once it is past). Steps
//! already past are left out. An intake later than the last published
//! session has no calendar yet: its steps are last year's days a year on,
//! and each event says it is provisional, in its title and its text.

use crate::content::{self, Lang, Text, Tr};
use crate::rules::{Date, Params, Route};

/// One step: an all-day event from `first` to `last` (inclusive).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Event {
    /// Stable within the intake and route (the event's `UID`), so that a
    /// calendar importing the file again updates it instead of doubling it.
    pub id: &'static str,
    pub first: Date,
    pub last: Date,
    pub summary: String,
    pub description: String,
}

/// The steps of a person on `route`, for the intake `tr.params` assesses,
/// from today on; `link` is their result's address, in every event.
pub fn events(tr: &Tr, route: Route, link: &str) -> Vec<Event> {
    let p = &tr.params;
    let c = p.calendar_of(p.intake_year);
    let call = (
        "call",
        p.today,
        p.today,
        Text::AgendaCall,
        Some(Text::CalendarSiteNote),
    );
    let steps = match route {
        Route::Parcoursup => vec![
            (
                "registration",
                c.registration_opens,
                c.registration_opens,
                Text::CalendarRegistrationOpens,
                None,
            ),
            (
                "parcoursup-closes",
                c.parcoursup_closes,
                c.parcoursup_closes,
                Text::CalendarParcoursupCloses,
                None,
            ),
            (
                "file-deadline",
                c.file_deadline,
                c.file_deadline,
                Text::CalendarFileDeadline,
                None,
            ),
            ("oral", c.oral_starts, c.oral_ends, Text::CalendarOral, None),
        ],
        // The page gives the opening day, and for the rest the admission
        // service: said on that day, or today once it is past.
        Route::Site if c.registration_opens >= p.today => vec![(
            "registration",
            c.registration_opens,
            c.registration_opens,
            Text::CalendarRegistrationOpens,
            Some(Text::CalendarSiteNote),
        )],
        Route::Site => vec![call],
        Route::Contact => vec![(call.0, call.1, call.2, call.3, Some(Text::DocumentsContact))],
    };
    let mut ahead: Vec<_> = steps.into_iter().filter(|s| s.2 >= p.today).collect();
    if ahead.is_empty() {
        // Every date of this intake is past (a Parcoursup candidate between
        // the orals and the next session): what is left is a call.
        ahead.push(call);
    }
    let tag = match p.provisional() {
        true => format!(" {}", tr.t(Text::AgendaProvisionalTag)),
        false => String::new(),
    };
    ahead
        .into_iter()
        .map(|(id, first, last, step, detail)| Event {
            id,
            first,
            last,
            summary: plain(&(tr.agenda_summary(&tr.t(step)) + &tag)),
            description: plain(&description(tr, detail, link)),
        })
        .collect()
}

/// An event's text: what the step is about, whether its date is
/// provisional, and the link to the result.
fn description(tr: &Tr, detail: Option<Text>, link: &str) -> String {
    let mut lines: Vec<String> = detail.map(|d| tr.t(d)).into_iter().collect();
    if tr.params.provisional() {
        lines.push(tr.t(Text::AgendaProvisional));
    }
    lines.push(tr.agenda_link(link));
    lines.join("\n")
}

/// The text without the content files' markup (`*term*`).
fn plain(text: &str) -> String {
    text.replace('*', "")
}

/// Separates the fields of [`request`]'s text: a control character no
/// link or language id has.
const FIELD: char = '\u{1f}';

/// What the calendar file's own small wasm (`src/bin/agenda.rs`, loaded
/// off the first screen, see `scripts/agenda-asset.mjs`) needs to state
/// the steps ([`events`]) and write the file, as one text: the language,
/// today, the intake assessed, the route and the result's link. The
/// candidates' wasm only sends it; [`from_request`] reads it back.
pub fn request(tr: &Tr, route: Route, link: &str) -> String {
    let p = &tr.params;
    let t = p.today;
    let today = u32::from(t.year) * 10_000 + u32::from(t.month) * 100 + u32::from(t.day);
    [
        tr.lang.id(),
        &today.to_string(),
        &p.intake_year.to_string(),
        route.id(),
        link,
    ]
    .join("\u{1f}")
}

/// The texts' language and parameters, the route and the link that
/// [`request`] wrote (`None` if it does not read).
pub fn from_request(text: &str) -> Option<(Tr, Route, String)> {
    let mut f = text.splitn(5, FIELD);
    let lang = Lang::from_id(f.next()?)?;
    let n: u32 = f.next()?.parse().ok()?;
    let today = Date::new(
        u16::try_from(n / 10_000).ok()?,
        (n / 100 % 100) as u8,
        (n % 100) as u8,
    );
    let intake_year = f.next()?.parse().ok()?;
    let route = f.next()?;
    let route = [Route::Parcoursup, Route::Site, Route::Contact]
        .into_iter()
        .find(|r| r.id() == route)?;
    let params = Params {
        intake_year,
        ..content::params(today)
    };
    Some((Tr::new(lang, params), route, f.next()?.to_string()))
}

/// The calendar file of `events` for `intake`: CRLF lines of at most 75
/// octets; `stamp` is the moment it is written, in UTC
/// (`20261206T203000Z`: the events' `DTSTAMP`).
pub fn file(events: &[Event], intake: u16, stamp: &str) -> String {
    let mut out = String::new();
    let year = intake.to_string();
    let mut put = |parts: &[&str]| fold(&parts.concat(), &mut out);
    put(&["BEGIN:VCALENDAR"]);
    put(&["VERSION:2.0"]);
    put(&["PRODID:-//IRTS Normandie-Caen//Simulateur DEASS//FR"]);
    put(&["CALSCALE:GREGORIAN"]);
    put(&["METHOD:PUBLISH"]);
    for e in events {
        put(&["BEGIN:VEVENT"]);
        put(&[
            "UID:deass-",
            &year,
            "-",
            e.id,
            "@simulateur-deass.irtsnormandiecaen.fr",
        ]);
        put(&["DTSTAMP:", stamp]);
        put(&["DTSTART;VALUE=DATE:", &day(e.first)]);
        // All-day: the end is the day after the last, not included.
        put(&["DTEND;VALUE=DATE:", &day(e.last.next_day())]);
        put(&["SUMMARY:", &escape(&e.summary)]);
        put(&["DESCRIPTION:", &escape(&e.description)]);
        put(&["TRANSP:TRANSPARENT"]);
        put(&["END:VEVENT"]);
    }
    put(&["END:VCALENDAR"]);
    out
}

/// The file's name: `deass-agenda-2027.ics`.
pub fn file_name(intake: u16) -> String {
    format!("deass-agenda-{intake}.ics")
}

/// A date as the calendar writes it: `20260312`.
fn day(d: Date) -> String {
    format!("{:04}{:02}{:02}", d.year, d.month, d.day)
}

/// A TEXT value escaped (RFC 5545, 3.3.11).
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' | ';' | ',' => {
                out.push('\\');
                out.push(c);
            }
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// Appends `line` folded at 75 octets (never inside a character), each
/// part ended by CRLF, each continuation starting with a space.
fn fold(line: &str, out: &mut String) {
    let mut width = 0;
    for c in line.chars() {
        if width + c.len_utf8() > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += c.len_utf8();
    }
    out.push_str("\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::{self, Lang};

    fn tr(today: Date, lang: Lang) -> Tr {
        Tr::new(lang, content::params(today))
    }

    #[test]
    fn lines_are_crlf_folded_at_75_octets_and_text_is_escaped() {
        let e = Event {
            id: "oral",
            first: Date::new(2026, 4, 22),
            last: Date::new(2026, 4, 28),
            summary: "Épreuve orale; ici, là\\".into(),
            description: "é".repeat(100) + "\nfin",
        };
        let f = file(&[e], 2026, "20261206T203000Z");
        assert!(f.ends_with("END:VCALENDAR\r\n"));
        assert!(!f.replace("\r\n", "").contains('\n'), "no bare LF");
        for line in f.split("\r\n") {
            assert!(line.len() <= 75, "{line:?} is {} octets", line.len());
        }
        let unfolded = f.replace("\r\n ", "");
        assert!(unfolded.contains("SUMMARY:Épreuve orale\\; ici\\, là\\\\\r\n"));
        assert!(unfolded.contains(&format!("DESCRIPTION:{}\\nfin\r\n", "é".repeat(100))));
        assert!(unfolded.contains("DTSTART;VALUE=DATE:20260422\r\nDTEND;VALUE=DATE:20260429\r\n"));
        assert!(unfolded.contains("UID:deass-2026-oral@"));
        assert!(unfolded.contains("DTSTAMP:20261206T203000Z\r\n"));
    }

    #[test]
    fn the_request_reads_back_as_it_was_written() {
        let s = content::session();
        for lang in Lang::ALL {
            for route in [Route::Parcoursup, Route::Site, Route::Contact] {
                for today in [
                    Date::new(s.intake_year - 1, 11, 2),
                    Date::new(s.intake_year, 12, 31),
                ] {
                    let mut t = tr(today, lang);
                    t.params.intake_year += 1;
                    let link = "https://x/?a=1&b=2,3";
                    let back = from_request(&request(&t, route, link));
                    assert_eq!(back, Some((t, route, link.to_string())));
                }
            }
        }
        assert_eq!(from_request("xx\u{1f}1"), None);
    }

    #[test]
    fn a_parcoursup_candidate_gets_the_data_dates_still_ahead() {
        let s = content::session();
        let c = s.calendar;
        // Registrations open: the opening is past, the rest is ahead.
        let t = tr(c.registration_opens.next_day(), Lang::Fr);
        let ev = events(&t, Route::Parcoursup, "https://x/?a");
        let ids: Vec<_> = ev.iter().map(|e| e.id).collect();
        assert_eq!(ids, ["parcoursup-closes", "file-deadline", "oral"]);
        assert_eq!(
            (ev[0].first, ev[0].last),
            (c.parcoursup_closes, c.parcoursup_closes)
        );
        assert_eq!(
            (ev[1].first, ev[1].last),
            (c.file_deadline, c.file_deadline)
        );
        assert_eq!((ev[2].first, ev[2].last), (c.oral_starts, c.oral_ends));
        assert!(ev.iter().all(|e| e.description.contains("https://x/?a")));
        assert!(ev.iter().all(|e| !e.summary.contains('*')));
    }

    #[test]
    fn a_later_intake_is_provisional_in_every_event_in_both_languages() {
        let s = content::session();
        // After the training started: the next intake, not published yet.
        let today = Date::new(s.start.year, 11, 23);
        for lang in Lang::ALL {
            let t = tr(today, lang);
            assert!(t.params.provisional());
            let ev = events(&t, Route::Parcoursup, "https://x/");
            assert_eq!(ev.len(), 4, "{lang:?}: every step of next year is ahead");
            let tag = plain(&t.t(Text::AgendaProvisionalTag));
            let note = plain(&t.t(Text::AgendaProvisional));
            for e in &ev {
                assert!(e.summary.ends_with(&tag), "{e:?}");
                assert!(e.description.contains(&note), "{e:?}");
                assert_eq!(e.first.year, s.intake_year + 1, "a year on: {e:?}");
            }
        }
    }

    #[test]
    fn off_parcoursup_the_file_says_to_call_the_admission_service() {
        let s = content::session();
        let c = s.calendar;
        let before = tr(Date::new(c.registration_opens.year, 1, 2), Lang::Fr);
        let ev = events(&before, Route::Site, "l");
        assert_eq!(ev.len(), 1);
        assert_eq!(
            (ev[0].id, ev[0].first),
            ("registration", c.registration_opens)
        );
        assert!(ev[0]
            .description
            .contains(content::FACTS.contact.phone.as_ref()));
        let after = tr(c.parcoursup_closes, Lang::Fr);
        for route in [Route::Site, Route::Contact] {
            let ev = events(&after, route, "l");
            assert_eq!(ev.len(), 1, "{route:?}");
            assert_eq!((ev[0].id, ev[0].first), ("call", c.parcoursup_closes));
            assert!(ev[0]
                .summary
                .contains(content::FACTS.contact.phone.as_ref()));
        }
    }
}
