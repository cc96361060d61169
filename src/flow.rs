//! Which screen comes next: the questionnaire's sequencing, apart from the
//! rules (what is decided), the link (how it is written in the URL, `link`)
//! and the UI (how it looks). Works on answers and screens only. Pure,
//! tested natively.

use crate::rules::parse::{self, InputError};
use crate::rules::{self, Answers, Params, Question};

/// The screens of the questionnaire.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Screen {
    Start,
    Question(Question),
    Check,
    Result,
    /// Every situation at a glance (presentation mode).
    Overview,
}

/// The questionnaire's state: answers, refused link values, where we are.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Flow {
    pub answers: Answers,
    /// Link values refused, kept until the question is answered again.
    pub errors: Vec<(Question, InputError)>,
    pub screen: Screen,
    /// An answer is being changed from the check page: go back there after.
    pub from_check: bool,
}

impl Flow {
    pub fn new() -> Flow {
        Flow {
            answers: Answers::default(),
            errors: Vec::new(),
            screen: Screen::Start,
            from_check: false,
        }
    }

    /// The link error on `q`, if it still matters.
    pub fn error(&self, q: Question, p: &Params) -> Option<InputError> {
        if !rules::relevant(q, &self.answers, p) {
            return None;
        }
        self.errors.iter().find(|(eq, _)| *eq == q).map(|(_, e)| *e)
    }

    /// Relevant questions whose link value was refused, in flow order.
    pub fn pending_errors(&self, p: &Params) -> Vec<(Question, InputError)> {
        self.errors
            .iter()
            .copied()
            .filter(|(q, _)| rules::relevant(*q, &self.answers, p))
            .collect()
    }

    /// A result may be shown: every answer needed is there and none was refused.
    pub fn complete(&self, p: &Params) -> bool {
        rules::missing(&self.answers, p).is_empty() && self.pending_errors(p).is_empty()
    }

    /// Where to go when nothing else says: the first refused answer, then
    /// the first missing one, then the check page.
    fn next_screen(&self, p: &Params) -> Screen {
        if let Some((q, _)) = self.pending_errors(p).first() {
            return Screen::Question(*q);
        }
        match rules::missing(&self.answers, p).first() {
            Some(q) => Screen::Question(*q),
            None => Screen::Check,
        }
    }

    /// The state a link opens on: its answers, the values it had refused,
    /// the screen it asks for and whether it was changing an answer from the
    /// check page. A requested screen is honoured when it makes sense; a link
    /// with refused values opens on the first of them.
    pub fn open(
        answers: Answers,
        errors: Vec<(Question, InputError)>,
        screen: Option<Screen>,
        from_check: bool,
        p: &Params,
    ) -> Flow {
        let mut f = Flow {
            answers: rules::pruned(&answers, p),
            errors,
            screen: Screen::Start,
            from_check: false,
        };
        f.note_intake_gone(&answers);
        let empty = f.answers == Answers::default() && f.errors.is_empty();
        let complete = f.complete(p);
        f.screen = match screen {
            _ if !f.pending_errors(p).is_empty() => f.next_screen(p),
            Some(Screen::Start) => Screen::Start,
            Some(Screen::Overview) => Screen::Overview,
            Some(Screen::Question(q)) if rules::relevant(q, &f.answers, p) => {
                f.from_check = from_check && complete;
                Screen::Question(q)
            }
            Some(Screen::Check) if complete => Screen::Check,
            Some(Screen::Result) if complete => Screen::Result,
            _ if empty => Screen::Start,
            _ if complete => Screen::Result,
            _ => f.next_screen(p),
        };
        f
    }

    /// Records the raw answer to `q` and moves on, or says why it cannot.
    /// Answers that no longer matter are dropped; later ones that still
    /// matter are kept.
    pub fn answer(&self, q: Question, raw: &str, p: &Params) -> Result<Flow, InputError> {
        let mut answers = self.answers;
        parse::apply(&mut answers, q, raw, p.bac_year_max())?;
        let mut f = Flow {
            answers: rules::pruned(&answers, p),
            errors: self
                .errors
                .iter()
                .copied()
                .filter(|(eq, _)| *eq != q)
                .collect(),
            screen: Screen::Start,
            from_check: false,
        };
        f.note_intake_gone(&self.answers);
        if q == Question::Rentree && f.answers.rentree.is_none() {
            return Err(InputError::IntakeGone);
        }
        f.screen = if self.from_check && f.complete(p) {
            Screen::Check
        } else {
            f.next_screen(p)
        };
        // Still changing answers from the check page while new questions come up.
        f.from_check = self.from_check && f.screen != Screen::Check;
        Ok(f)
    }

    /// An intake named (by a link, or before an answer changed) that the
    /// person can no longer join is never dropped silently: it becomes an
    /// error on the `rentree` question, shown there if it is asked, and on
    /// the result otherwise.
    fn note_intake_gone(&mut self, before: &Answers) {
        let gone = before.rentree.is_some() && self.answers.rentree.is_none();
        if gone && !self.errors.iter().any(|(q, _)| *q == Question::Rentree) {
            self.errors
                .push((Question::Rentree, InputError::IntakeGone));
            rules::sort_small(&mut self.errors);
        }
    }

    /// The intake a link or an earlier answer named can no longer be joined
    /// (see [`Flow::note_intake_gone`]).
    pub fn intake_gone(&self) -> bool {
        self.errors
            .contains(&(Question::Rentree, InputError::IntakeGone))
    }

    /// "Commencer": the first question still to answer (or the check page).
    pub fn begin(&self, p: &Params) -> Flow {
        Flow {
            screen: self.next_screen(p),
            from_check: false,
            ..self.clone()
        }
    }

    /// Opens question `q` to change its answer from the check page.
    pub fn change(&self, q: Question) -> Flow {
        Flow {
            screen: Screen::Question(q),
            from_check: true,
            ..self.clone()
        }
    }

    /// Moves to `screen` (start, check or result), keeping the answers.
    pub fn go(&self, screen: Screen, p: &Params) -> Flow {
        let screen = match screen {
            Screen::Check | Screen::Result if !self.complete(p) => self.next_screen(p),
            Screen::Start => Screen::Start,
            s => s,
        };
        Flow {
            screen,
            from_check: false,
            ..self.clone()
        }
    }

    /// The screen the "Retour" link leads to.
    pub fn previous(&self, p: &Params) -> Screen {
        let asked = |q: Question| rules::relevant(q, &self.answers, p);
        match self.screen {
            Screen::Start => Screen::Start,
            Screen::Question(_) if self.from_check => Screen::Check,
            Screen::Question(q) => Question::ALL
                .into_iter()
                .rfind(|&o| o < q && asked(o))
                .map_or(Screen::Start, Screen::Question),
            Screen::Check => Question::ALL
                .into_iter()
                .rfind(|&o| asked(o))
                .map_or(Screen::Start, Screen::Question),
            Screen::Result => Screen::Check,
            Screen::Overview => Screen::Start,
        }
    }

    /// Every answer dropped, back to the start.
    pub fn restart(&self) -> Flow {
        Flow::new()
    }

    /// How many questions the person is asked at most, `q` included, for
    /// the answers given before it: its place ([`Flow::step_number`]) and
    /// the longest path the flow can still take from there
    /// ([`most_left`]). Answering only removes paths, so the number never
    /// grows from one question to the next (`tests/exhaustive.rs` walks
    /// every path to check it).
    pub fn most_questions(&self, q: Question, p: &Params) -> usize {
        let before = Question::ALL
            .into_iter()
            .filter(|o| *o < q)
            .fold(Answers::default(), |b, o| b.merged(o, &self.answers));
        let before = rules::pruned(&before, p);
        let left = most_left(&before, p).max(1);
        self.step_number(q, p) - 1 + left
    }

    /// Numbered position of a question among those asked (1-based).
    pub fn step_number(&self, q: Question, p: &Params) -> usize {
        Question::ALL
            .into_iter()
            .filter(|&o| o <= q && rules::relevant(o, &self.answers, p))
            .count()
            .max(1)
    }
}

/// The most questions the flow can still ask after `a`: the longest path
/// from its first missing question on, answering each with every value
/// that can lead somewhere different ([`probes`]). A search of more than
/// [`SEARCH_LIMIT`] states gives up on the bound of every question not yet
/// ruled out (never less than the longest path, so never a number that
/// grows later: a later search looks at a part of this one's paths).
pub fn most_left(a: &Answers, p: &Params) -> usize {
    let mut budget = SEARCH_LIMIT;
    longest(a, p, &mut budget).unwrap_or_else(|| {
        let first = rules::missing(a, p).first().copied();
        first.map_or(0, |m| Question::ALL.iter().filter(|o| **o >= m).count())
    })
}

/// The states [`most_left`] looks at before it gives up.
pub const SEARCH_LIMIT: u32 = 6000;

fn longest(a: &Answers, p: &Params, budget: &mut u32) -> Option<usize> {
    *budget = budget.checked_sub(1)?;
    let Some(&q) = rules::missing(a, p).first() else {
        return Some(0);
    };
    // Nothing comes after the last question: any answer ends the path.
    if q == Question::ALL[Question::ALL.len() - 1] {
        return Some(1);
    }
    let mut most = 0;
    for raw in probes(q, p) {
        let mut next = *a;
        if parse::apply(&mut next, q, &raw, p.bac_year_max()).is_err() {
            continue;
        }
        let next = rules::pruned(&next, p);
        if next.is_answered(q) {
            most = most.max(longest(&next, p, budget)?);
        }
    }
    Some(most + 1)
}

/// The answers to `q` that can change what comes next, in link form: each
/// option; for the bac year, none and every year the rules tell apart
/// (this year's, possibly still being taken, and either side of the
/// recency limit of every intake open); for the hours, either side of 24;
/// for the intake, the ones open.
fn probes(q: Question, p: &Params) -> Vec<String> {
    if let Some(options) = q.options() {
        return options.iter().map(|o| o.to_string()).collect();
    }
    let (t, _) = p.timing();
    match q {
        Question::AnneeBac => {
            let max = p.bac_year_max();
            let from = t.saturating_sub(6).min(max);
            let mut years: Vec<String> = (from..=max).map(|y| y.to_string()).collect();
            years.push("aucun".into());
            years
        }
        Question::Heures => ["1", "23.99", "24", "24.01", "48"]
            .map(String::from)
            .to_vec(),
        Question::Rentree => (t..=t + 2).map(|y| y.to_string()).collect(),
        _ => vec!["aucun".into()],
    }
}

impl Default for Flow {
    fn default() -> Self {
        Flow::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::Date;

    fn p() -> Params {
        crate::content::params(Date::new(2026, 11, 22))
    }

    /// The state opened on `screen` with these raw answers, given in this
    /// order. (How a link is read is tested in `link`.)
    fn open(raw: &[(Question, &str)], screen: Option<Screen>) -> Flow {
        let mut answers = Answers::default();
        for (q, v) in raw {
            assert_eq!(parse::apply(&mut answers, *q, v, 2026), Ok(()), "{q:?}={v}");
        }
        Flow::open(answers, Vec::new(), screen, false, &p())
    }

    /// A title holder without a bac, in a CDD, no contract signed.
    fn titre4_cdd(blocs: &str) -> Vec<(Question, &str)> {
        vec![
            (Question::Diplome, "titre4"),
            (Question::AnneeBac, "aucun"),
            (Question::Situation, "cdd"),
            (Question::Contrat, "aucun"),
            (Question::Blocs, blocs),
        ]
    }

    #[test]
    fn a_refused_value_is_asked_again_first_unless_it_no_longer_matters() {
        let full = titre4_cdd("aucun");
        let mut a = Answers::default();
        for (q, v) in &full {
            assert_eq!(parse::apply(&mut a, *q, v, 2026), Ok(()));
        }
        let refused = |q| vec![(q, InputError::Unknown)];
        let f = Flow::open(
            a,
            refused(Question::Heures),
            Some(Screen::Result),
            false,
            &p(),
        );
        assert_eq!(f.screen, Screen::Result, "irrelevant: ignored");
        let f = Flow::open(
            a,
            refused(Question::Vapp),
            Some(Screen::Result),
            false,
            &p(),
        );
        assert_eq!(f.screen, Screen::Result, "irrelevant: ignored");
        a.situation = None;
        let f = Flow::open(
            a,
            refused(Question::Situation),
            Some(Screen::Result),
            true,
            &p(),
        );
        assert_eq!(f.screen, Screen::Question(Question::Situation));
        assert!(!f.complete(&p()));
        assert!(!f.from_check);
    }

    #[test]
    fn answering_moves_to_the_next_question_that_matters() {
        let f = Flow::new().go(Screen::Question(Question::Diplome), &p());
        let f = f.answer(Question::Diplome, "titre4", &p()).unwrap();
        assert_eq!(f.screen, Screen::Question(Question::AnneeBac));
        let f = f.answer(Question::AnneeBac, "aucun", &p()).unwrap();
        assert_eq!(f.screen, Screen::Question(Question::Situation));
        let f = f.answer(Question::Situation, "cdi", &p()).unwrap();
        assert_eq!(f.screen, Screen::Question(Question::Heures));
        assert_eq!(
            f.answer(Question::Heures, "abc", &p()),
            Err(InputError::NotANumber)
        );
        assert_eq!(f.previous(&p()), Screen::Question(Question::Situation));
    }

    #[test]
    fn a_public_sector_employee_is_asked_their_status_then_hours_for_a_cdi() {
        let f = open(
            &[
                (Question::Diplome, "bac"),
                (Question::AnneeBac, "2010"),
                (Question::Situation, "fonction_publique"),
            ],
            None,
        );
        assert_eq!(f.screen, Screen::Question(Question::StatutPublic));
        let f = f.answer(Question::StatutPublic, "cdi", &p()).unwrap();
        assert_eq!(f.screen, Screen::Question(Question::Heures));
        let f = f.answer(Question::StatutPublic, "titulaire", &p()).unwrap();
        assert_eq!(f.screen, Screen::Question(Question::Contrat));
    }

    #[test]
    fn switching_to_the_bac_asks_its_year_again_when_it_was_none() {
        let f = open(&titre4_cdd("aucun"), Some(Screen::Check));
        assert_eq!(f.screen, Screen::Check);
        let f = f.change(Question::Diplome);
        let f = f.answer(Question::Diplome, "bac", &p()).unwrap();
        assert_eq!(f.screen, Screen::Question(Question::AnneeBac));
        assert_eq!(f.answers.annee_bac, None);
    }

    #[test]
    fn changing_from_the_check_page_returns_there_and_keeps_what_still_matters() {
        let f = open(&titre4_cdd("ES-BC3"), Some(Screen::Check));
        let f = f.change(Question::Situation);
        // Switching to CDI needs the hours first, then returns to the check page.
        let f = f.answer(Question::Situation, "cdi", &p()).unwrap();
        assert_eq!(f.screen, Screen::Question(Question::Heures));
        let f = f.answer(Question::Heures, "35", &p()).unwrap();
        assert_eq!(f.screen, Screen::Question(Question::FranceTravail));
        let f = f.answer(Question::FranceTravail, "non", &p()).unwrap();
        assert_eq!(f.screen, Screen::Check);
        assert_eq!(
            f.answers.blocs.map(|b| b.to_string()),
            Some("ES-BC3".into())
        );
    }
}
