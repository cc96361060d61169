//! Representative values of every question (each option; bac years, hours
//! and bloc sets at and around each threshold), shared by the exhaustive
//! tests and the engine benchmark so that both walk the same cases.

use super::{
    AnneeBac, Answers, Bloc, Blocs, Contrat, Diplome, DiplomeBloc, Hours, Params, Question,
    Situation, StatutPublic,
};

/// Every value tried for question `q`, each as answers with only `q` set.
pub fn values(q: Question, p: &Params) -> Vec<Answers> {
    let y = p.intake_year;
    let b =
        |s: &[(DiplomeBloc, u8)]| Blocs::from_iter(s.iter().filter_map(|&(d, n)| Bloc::new(d, n)));
    let one = |f: &dyn Fn(&mut Answers)| {
        let mut a = Answers::default();
        f(&mut a);
        a
    };
    use DiplomeBloc::*;
    match q {
        Question::Diplome => Diplome::ALL
            .iter()
            .map(|&d| one(&|a| a.diplome = Some(d)))
            .collect(),
        // Around the bac-recency boundary, this year's bac (the latest
        // accepted), and none (a level-4 title alone; refused for a bac).
        Question::AnneeBac => [1950, y - 4, y - 3, p.bac_year_max()]
            .iter()
            .map(|&v| AnneeBac::Obtenu(v))
            .chain([AnneeBac::Aucun])
            .map(|v| one(&|a| a.annee_bac = Some(v)))
            .collect(),
        Question::StatutPublic => StatutPublic::ALL
            .iter()
            .map(|&s| one(&|a| a.statut_public = Some(s)))
            .collect(),
        Question::Situation => Situation::ALL
            .iter()
            .map(|&s| one(&|a| a.situation = Some(s)))
            .collect(),
        Question::Heures => [1, 1000, 2399, 2400, 2401, 3500, 4800]
            .iter()
            .filter_map(|&h| Hours::from_hundredths(h))
            .map(|h| one(&|a| a.heures = Some(h)))
            .collect(),
        Question::Contrat => Contrat::ALL
            .iter()
            .map(|&c| one(&|a| a.contrat = Some(c)))
            .collect(),
        Question::Vapp => [true, false]
            .iter()
            .map(|&v| one(&|a| a.vapp = Some(v)))
            .collect(),
        Question::Interruption => [true, false]
            .iter()
            .map(|&v| one(&|a| a.interruption = Some(v)))
            .collect(),
        Question::FranceTravail => [true, false]
            .iter()
            .map(|&v| one(&|a| a.france_travail = Some(v)))
            .collect(),
        Question::Blocs => [
            b(&[]),
            b(&[(Ass, 1)]),
            b(&[(Es, 1)]),
            b(&[(Ets, 2)]),
            b(&[(Eje, 3)]),
            b(&[(Ass, 3), (Es, 3)]),
            b(&[(Eje, 4), (Cesf, 3)]),
            b(&[(Ass, 1), (Ass, 2), (Ass, 3), (Ass, 4)]),
            Blocs::from_iter(Bloc::all()),
        ]
        .iter()
        .map(|&v| one(&|a| a.blocs = Some(v)))
        .collect(),
    }
}
