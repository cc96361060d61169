//! Turning one raw answer (typed in a field or read from a link) into a typed
//! value, with a reason when it is refused. Shared by the form and the link
//! parser so that both accept exactly the same things. A raw answer is read
//! by its question's form ([`Form`]: one of a choice's ids, a year, an
//! intake, hours or blocs) into a [`Value`], which [`Answers::set`] stores:
//! a new question of an existing form needs nothing here. Depends on the
//! answer types and the questions, never the other way round.

use super::answers::{AnneeBac, Bloc, Blocs, Diplome, Form, Hours, Rentree, Value};
use super::questions::{Answers, Question};

/// Why a raw answer was refused; the content layer turns it into French.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum InputError {
    /// Nothing chosen or typed.
    Empty,
    /// Not one of the offered values.
    Unknown,
    /// The hours are not a number (or have more than two decimals).
    NotANumber,
    /// The hours are a number but not in 0 < h ≤ 48.
    HoursOutOfRange,
    /// The year is not four digits.
    YearNotAYear,
    /// The year is outside 1950 ..= this year (a bac not obtained yet is
    /// the "terminale" answer).
    YearOutOfRange,
    /// `annee_bac=aucun` with `diplome=bac`: the two answers contradict.
    NoBacButBac,
    /// A bloc is not of the form `ES-BC3`, or `aucun` is mixed with blocs.
    MalformedBloc,
    /// The link gives the same question two different answers.
    Conflicting,
    /// The link names an intake this person can no longer join.
    IntakeGone,
    /// Longer than any valid answer could be.
    TooLong,
}

impl InputError {
    pub const ALL: [InputError; 11] = [
        InputError::Empty,
        InputError::Unknown,
        InputError::NotANumber,
        InputError::HoursOutOfRange,
        InputError::YearNotAYear,
        InputError::YearOutOfRange,
        InputError::NoBacButBac,
        InputError::MalformedBloc,
        InputError::Conflicting,
        InputError::IntakeGone,
        InputError::TooLong,
    ];

    pub fn id(self) -> &'static str {
        match self {
            InputError::Empty => "empty",
            InputError::Unknown => "unknown",
            InputError::NotANumber => "not_a_number",
            InputError::HoursOutOfRange => "hours_out_of_range",
            InputError::YearNotAYear => "year_not_a_year",
            InputError::YearOutOfRange => "year_out_of_range",
            InputError::NoBacButBac => "no_bac_but_bac",
            InputError::MalformedBloc => "malformed_bloc",
            InputError::Conflicting => "conflicting",
            InputError::IntakeGone => "intake_gone",
            InputError::TooLong => "too_long",
        }
    }
}

/// The earliest bac year accepted.
pub const MIN_BAC_YEAR: u16 = 1950;
/// No valid answer is longer than this (all 20 blocs listed is 159 bytes).
pub const MAX_RAW_LEN: usize = 200;

/// Weekly hours: `35`, `23.5` or `23,5`; at most two decimals; 0 < h ≤ 48.
pub fn parse_hours(raw: &str) -> Result<Hours, InputError> {
    let raw = raw.trim();
    let (whole, frac) = match raw.split_once(['.', ',']) {
        Some((w, f)) => (w, Some(f)),
        None => (raw, None),
    };
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    let frac_ok = frac.is_none_or(|f| digits(f) && f.len() <= 2);
    let frac = frac.unwrap_or("");
    if !digits(whole) || !frac_ok {
        return Err(InputError::NotANumber);
    }
    // Long digit strings are numbers, just absurd ones.
    let whole: u32 = match whole.trim_start_matches('0') {
        w if w.len() > 4 => return Err(InputError::HoursOutOfRange),
        "" => 0,
        w => w.parse().map_err(|_| InputError::NotANumber)?,
    };
    let frac: u32 = match frac.len() {
        0 => 0,
        1 => frac.parse::<u32>().map_err(|_| InputError::NotANumber)? * 10,
        _ => frac.parse().map_err(|_| InputError::NotANumber)?,
    };
    Hours::from_hundredths(whole * 100 + frac).ok_or(InputError::HoursOutOfRange)
}

/// A bac year: four digits, 1950 ..= `max_year` (the current year: a bac
/// not obtained yet is answered "je prépare le bac").
pub fn parse_year(raw: &str, max_year: u16) -> Result<u16, InputError> {
    let raw = raw.trim();
    if raw.len() != 4 || !raw.bytes().all(|b| b.is_ascii_digit()) {
        return Err(InputError::YearNotAYear);
    }
    let y: u16 = raw.parse().map_err(|_| InputError::YearNotAYear)?;
    if (MIN_BAC_YEAR..=max_year).contains(&y) {
        Ok(y)
    } else {
        Err(InputError::YearOutOfRange)
    }
}

/// An intake's year: four digits, from [`MIN_BAC_YEAR`] (which intakes a
/// person can still join is decided by the rules, with the date).
pub fn parse_intake(raw: &str) -> Result<u16, InputError> {
    parse_year(raw, u16::MAX)
}

/// `aucun`, or a comma list of `DIPLOME-BCn` (duplicates are harmless).
pub fn parse_blocs(raw: &str) -> Result<Blocs, InputError> {
    let raw = raw.trim();
    if raw == "aucun" {
        return Ok(Blocs::NONE);
    }
    if raw.is_empty() {
        return Err(InputError::Empty);
    }
    raw.split(',')
        .map(|part| Bloc::parse(part.trim()).ok_or(InputError::MalformedBloc))
        .try_fold(Blocs::NONE, |acc, b| Ok(acc.with(b?)))
}

/// The bac question's answer: a year, or `aucun` (a level-4 title without
/// the bac), which contradicts a `diplome=bac` already given.
pub fn parse_annee_bac(
    raw: &str,
    diplome: Option<Diplome>,
    max_year: u16,
) -> Result<AnneeBac, InputError> {
    match raw.trim() {
        "aucun" if diplome == Some(Diplome::Bac) => Err(InputError::NoBacButBac),
        "aucun" => Ok(AnneeBac::Aucun),
        y => parse_year(y, max_year).map(AnneeBac::Obtenu),
    }
}

/// Sets question `q` in `answers` from its raw text, or says why it cannot.
/// `max_year` is the latest bac year accepted (this year). Answers that an
/// earlier one contradicts are refused, so apply in question order.
pub fn apply(
    answers: &mut Answers,
    q: Question,
    raw: &str,
    max_year: u16,
) -> Result<(), InputError> {
    if raw.len() > MAX_RAW_LEN {
        return Err(InputError::TooLong);
    }
    if raw.trim().is_empty() {
        return Err(InputError::Empty);
    }
    read(answers, q, raw.trim(), max_year)
}

/// Sets question `q` from its raw text, already trimmed and not empty, read
/// by the question's form ([`Question::form`]): a choice's option among its
/// ids, a year, an intake, hours or blocs. `a` holds the answers given so
/// far: a bac holder cannot answer "no bac".
fn read(a: &mut Answers, q: Question, raw: &str, max_year: u16) -> Result<(), InputError> {
    let v = match q.form() {
        Form::Choice(ids) => Value::Choice(
            ids.iter()
                .position(|&id| id == raw)
                .ok_or(InputError::Unknown)?,
        ),
        Form::Year => Value::Year(parse_annee_bac(raw, a.diplome, max_year)?),
        Form::Intake => Value::Intake(Rentree(parse_intake(raw)?)),
        Form::Hours => Value::Hours(parse_hours(raw)?),
        Form::Blocs => Value::Blocs(parse_blocs(raw)?),
    };
    a.set(q, v);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hours_accept_french_and_english_decimals() {
        assert_eq!(parse_hours("23,5").map(Hours::hundredths), Ok(2350));
        assert_eq!(parse_hours("23.5").map(Hours::hundredths), Ok(2350));
        assert_eq!(parse_hours(" 35 ").map(Hours::hundredths), Ok(3500));
        assert_eq!(parse_hours("17.25").map(Hours::hundredths), Ok(1725));
        assert_eq!(parse_hours("48").map(Hours::hundredths), Ok(4800));
    }

    #[test]
    fn hours_refuse_nonsense_with_the_right_reason() {
        for bad in [
            "abc", "", "-3", "1e3", "2.345", "12,", ".5", "NaN", "inf", "3 5",
        ] {
            assert_eq!(parse_hours(bad), Err(InputError::NotANumber), "{bad:?}");
        }
        for absurd in ["0", "0.00", "48.01", "49", "99999999999999999999999"] {
            assert_eq!(
                parse_hours(absurd),
                Err(InputError::HoursOutOfRange),
                "{absurd:?}"
            );
        }
    }

    #[test]
    fn years_are_four_digits_within_range() {
        assert_eq!(parse_year("2023", 2026), Ok(2023));
        assert_eq!(parse_year("1950", 2026), Ok(1950));
        assert_eq!(parse_year("2026", 2026), Ok(2026));
        assert_eq!(parse_year("2027", 2026), Err(InputError::YearOutOfRange));
        assert_eq!(parse_year("1949", 2026), Err(InputError::YearOutOfRange));
        assert_eq!(parse_year("23", 2026), Err(InputError::YearNotAYear));
        assert_eq!(parse_year("２０２３", 2026), Err(InputError::YearNotAYear));
    }

    #[test]
    fn the_bac_question_takes_a_year_or_none_unless_the_bac_was_answered() {
        assert_eq!(
            parse_annee_bac("aucun", Some(Diplome::Titre4), 2026),
            Ok(AnneeBac::Aucun)
        );
        assert_eq!(
            parse_annee_bac("2019", Some(Diplome::Titre4), 2026),
            Ok(AnneeBac::Obtenu(2019))
        );
        assert_eq!(
            parse_annee_bac("aucun", Some(Diplome::Bac), 2026),
            Err(InputError::NoBacButBac)
        );
    }

    #[test]
    fn blocs_round_trip_and_reject_malformed() {
        let b = parse_blocs("ES-BC3,ASS-BC1").unwrap();
        assert_eq!(b.to_string(), "ASS-BC1,ES-BC3");
        assert_eq!(parse_blocs("aucun"), Ok(Blocs::NONE));
        for bad in [
            "ES-BC5",
            "XX-BC1",
            "es-bc1",
            "ES-BC1,",
            "aucun,ES-BC1",
            "ES_BC1",
        ] {
            assert_eq!(parse_blocs(bad), Err(InputError::MalformedBloc), "{bad:?}");
        }
    }
}
