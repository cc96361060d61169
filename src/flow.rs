//! Which screen comes next: the questionnaire's sequencing, apart from the
//! rules (what is decided) and the UI (how it looks). Pure, tested natively.

use crate::link::Parsed;
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

impl Screen {
    /// The `etape` link value (`None` for the start screen).
    pub fn to_param(self) -> Option<String> {
        match self {
            Screen::Start => None,
            Screen::Question(q) => Some(q.id().to_string()),
            Screen::Check => Some("verification".into()),
            Screen::Result => Some("resultat".into()),
            Screen::Overview => Some("tous-les-cas".into()),
        }
    }

    pub fn from_param(s: &str) -> Option<Screen> {
        match s {
            "debut" => Some(Screen::Start),
            "verification" => Some(Screen::Check),
            "resultat" => Some(Screen::Result),
            "tous-les-cas" => Some(Screen::Overview),
            _ => Question::from_id(s).map(Screen::Question),
        }
    }
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

    /// The state a link opens on. A requested screen is honoured when it
    /// makes sense; a link with refused values opens on the first of them.
    pub fn from_link(parsed: Parsed, p: &Params) -> Flow {
        let mut f = Flow {
            answers: rules::pruned(&parsed.answers, p),
            errors: parsed.errors,
            screen: Screen::Start,
            from_check: false,
        };
        let empty = f.answers == Answers::default() && f.errors.is_empty();
        let complete = f.complete(p);
        f.screen = match parsed.screen {
            _ if !f.pending_errors(p).is_empty() => f.next_screen(p),
            Some(Screen::Start) => Screen::Start,
            Some(Screen::Overview) => Screen::Overview,
            Some(Screen::Question(q)) if rules::relevant(q, &f.answers, p) => {
                f.from_check = parsed.from_check && complete;
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
        f.screen = if self.from_check && f.complete(p) {
            Screen::Check
        } else {
            f.next_screen(p)
        };
        // Still changing answers from the check page while new questions come up.
        f.from_check = self.from_check && f.screen != Screen::Check;
        Ok(f)
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

    /// Numbered position of a question among those asked (1-based).
    pub fn step_number(&self, q: Question, p: &Params) -> usize {
        Question::ALL
            .into_iter()
            .filter(|&o| o <= q && rules::relevant(o, &self.answers, p))
            .count()
            .max(1)
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
    use crate::link;
    use crate::rules::Date;

    fn p() -> Params {
        crate::content::params(Date::new(2026, 11, 22))
    }

    fn open(q: &str) -> Flow {
        Flow::from_link(link::parse(q, 2026), &p())
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
        assert_eq!(old.answers.blocs, Some(crate::rules::Blocs::NONE));
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
        let f = open("?diplome=bac&annee_bac=2010&situation=fonction_publique");
        assert_eq!(f.screen, Screen::Question(Question::StatutPublic));
        let f = f.answer(Question::StatutPublic, "cdi", &p()).unwrap();
        assert_eq!(f.screen, Screen::Question(Question::Heures));
        let f = f.answer(Question::StatutPublic, "titulaire", &p()).unwrap();
        assert_eq!(f.screen, Screen::Question(Question::Contrat));
    }

    #[test]
    fn switching_to_the_bac_asks_its_year_again_when_it_was_none() {
        let f = open("?diplome=titre4&annee_bac=aucun&situation=cdd&contrat=aucun&blocs=aucun&etape=verification");
        let f = f.change(Question::Diplome);
        let f = f.answer(Question::Diplome, "bac", &p()).unwrap();
        assert_eq!(f.screen, Screen::Question(Question::AnneeBac));
        assert_eq!(f.answers.annee_bac, None);
    }

    #[test]
    fn changing_from_the_check_page_returns_there_and_keeps_what_still_matters() {
        let f = open("?diplome=titre4&annee_bac=aucun&situation=cdd&contrat=aucun&blocs=ES-BC3&etape=verification");
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
