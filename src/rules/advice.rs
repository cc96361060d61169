//! The "what would change this" advice: the single answers a person can
//! still change that would turn an outcome in their favour ([`changes`]),
//! found by re-running the rules on neighbouring answers. The values tried
//! go by the question's form (every option of a choice, hours and blocs
//! around the thresholds), with the few choices that are history, or only
//! one way a lever, named in `levers`.

use super::intake::joinable;
use super::verdicts::{full_time, in_studies};
use super::{
    assess, pruned, sort_small, Answers, Bloc, Blocs, Change, Diplome, DiplomeBloc, Form, Hours,
    Outcome, OutcomeKind, Params, Question, Ranked, Rentree, Situation, Value,
};

/// Values tried for each answer a person can still change (a contract,
/// France Travail registration, working hours, blocs by VAE, and for the
/// prerequisite a diploma to obtain or the D. 613-40 conditions to come):
/// never the bac year, past studies, the situation or the status held. By
/// the question's form: a choice question tries every option unless
/// [`levers`] says otherwise, so a new yes/no or choice question needs no
/// arm here, and a new form does not compile until it has its values.
fn candidates(q: Question, a: &Answers) -> Vec<Answers> {
    let values = match q.form() {
        Form::Choice(ids) => {
            levers(q, a).unwrap_or_else(|| (0..ids.len()).map(Value::Choice).collect())
        }
        // The bac year is history; the intake follows the others
        // (`at_intake`).
        Form::Year | Form::Intake => Vec::new(),
        Form::Hours => [20, 24, 35]
            .iter()
            .filter_map(|&h| Hours::whole(h))
            .map(Value::Hours)
            .collect(),
        Form::Blocs => [(DiplomeBloc::Ass, 1), (DiplomeBloc::Es, 3)]
            .iter()
            .map(|&(diplome, n)| Value::Blocs(Blocs::NONE.with(Bloc { diplome, n })))
            .collect(),
    };
    values
        .into_iter()
        .map(|v| {
            let mut n = Answers::default();
            n.set(q, v);
            n
        })
        .collect()
}

/// The options of a choice question that are levers, where not every one
/// is (`None`: every option is tried).
fn levers(q: Question, a: &Answers) -> Option<Vec<Value>> {
    let levers = match q {
        // A diploma still to obtain (a foreign one is not a lever).
        // A title being prepared concludes as the bac being taken does.
        Question::Diplome => Diplome::ALL
            .iter()
            .filter(|&&d| !matches!(d, Diplome::Etranger | Diplome::Titre4EnCours))
            .filter_map(|&d| Value::of_choice(Diplome::ALL, d))
            .collect(),
        // The D. 613-40 conditions, still to come.
        Question::Vapp => vec![Value::yes_no(true)],
        // Registering as a job seeker is no advice to someone employed
        // full time, nor to a pupil or student (the sources say nothing of
        // who may register, or when).
        Question::FranceTravail if !full_time(a) && !in_studies(a) => vec![Value::yes_no(true)],
        Question::FranceTravail => Vec::new(),
        // History: the situation, the status held, past studies.
        Question::Situation | Question::StatutPublic | Question::Interruption => Vec::new(),
        _ => return None,
    };
    Some(levers)
}

fn better<T: Ranked>(
    q: Question,
    now: &Option<Outcome<T>>,
    then: &Option<Outcome<T>>,
    out: &mut Vec<Change>,
) {
    let (Some(now), Some(then)) = (now, then) else {
        return;
    };
    let certainty = then.certainty;
    let (now, then) = (now.value, then.value);
    // Which diploma one holds is history, not a lever: it only counts for
    // the prerequisite itself (a diploma one could still obtain).
    if q == Question::Diplome && T::KIND != OutcomeKind::Prerequisite {
        return;
    }
    let helps = then.rank() > now.rank()
        // For the route no channel is better than another, but knowing what
        // the hours threshold would change is useful.
        || (T::KIND == OutcomeKind::Route && q == Question::Heures && then != now);
    if helps {
        let c = Change {
            question: q,
            to: then.verdict(),
            certainty,
        };
        // Two tried values may lead to the same outcome, one settled and one
        // not: the line then says "to confirm" (never surer than the rules).
        let same = |o: &Change| (o.question, o.to) == (c.question, c.to);
        match out.iter_mut().find(|o| same(o)) {
            Some(o) if o.certainty.is_sure() => o.certainty = c.certainty,
            Some(_) => {}
            None => out.push(c),
        }
    }
}

/// The neighbouring answers `n` assessed for `year`, the intake `a` is
/// assessed for, if `n` may name it too (see [`Intakes::accepts`](super::Intakes::accepts)), and,
/// when it is the earlier of two open to `n`, for the same reason as for
/// `a` (already registered on Parcoursup, or places left off it). `None` when `n` could
/// only join another intake (on 1 June, a CDI of 35 h assessed for this
/// September: under 24 h, Parcoursup, closed since March for it).
fn at_intake(a: &Answers, n: Answers, year: u16, p: &Params) -> Option<Answers> {
    // While the route is unknown, both follow the default intake.
    let (Some(ja), Some(jn)) = (joinable(a, p), joinable(&n, p)) else {
        return Some(n);
    };
    let open = match jn.choice {
        Some(_) if year == jn.first => (ja.first, ja.choice) == (jn.first, jn.choice),
        _ => jn.accepts(year),
    };
    open.then_some(Answers {
        rentree: Some(Rentree(year)),
        ..n
    })
}

/// The single answers whose change would turn an outcome in the candidate's
/// favour, found by re-running the rules on neighbouring answers. Only
/// answered, relevant questions a person can still act on are varied; a
/// neighbour that would need a new answer to conclude is skipped.
pub fn changes(answers: &Answers, p: &Params) -> Vec<Change> {
    let a = pruned(answers, p);
    let now = assess(&a, p);
    let mut out = Vec::new();
    for q in Question::ALL.into_iter().filter(|&q| a.is_answered(q)) {
        for cand in candidates(q, &a) {
            let n = a.merged(q, &cand);
            if n == a {
                continue;
            }
            // Within the intake assessed: a change that could only lead to
            // another intake is not offered.
            let Some(n) = at_intake(&a, n, now.intake_year, p) else {
                continue;
            };
            let then = assess(&n, p);
            better(q, &now.prerequisite, &then.prerequisite, &mut out);
            better(q, &now.route, &then.route, &mut out);
            better(q, &now.interview, &then.interview, &mut out);
            better(q, &now.funding, &then.funding, &mut out);
        }
    }
    // The hours texts speak of the private CDI's threshold; a public CDI's
    // route turns on the disagreeing lists instead.
    if a.situation != Some(Situation::Cdi) {
        out.retain(|c| !(c.kind() == OutcomeKind::Route && c.question == Question::Heures));
    }
    sort_small(&mut out);
    out
}
