// The test data every browser suite shares: the personas, the hostile links
// and the entries (the addresses a visitor can land on). Used by the
// Playwright suite (e2e/*.test.mjs, re-exported by lib.mjs), the WebDriver
// suite (e2e/engines/suite.mjs) and the benchmark (bench/bench.mjs,
// bench/lighthouse.mjs). Plain data, no dependency: years come from the
// content's facts (facts.mjs), never from literals.
//
// A persona is one record: its answers in the order the questions come, and
// the four conclusions it must get (`data-outcome` → `data-value`) on the
// day the Playwright suite fixes (AFTER_ORALS), with the outcomes left to the
// admission service (`toConfirm`). Each answer is [question, link value,
// what a candidate picks on the screen]: a label (French), `{ type, value }`
// for a field (its label and what is typed), or [label, group] for a bloc in
// a named group (ticked under "Oui").

import { PUBLISHED } from './facts.mjs';

const BAC = 'Le baccalauréat (général, technologique ou professionnel)';
const TITRE4 = 'Un autre diplôme ou titre de niveau 4 ou plus (BTS, licence, DAEU…), avec ou sans le bac';
const NO_BAC = "Non, je n'ai pas le baccalauréat";
const NO_CONTRACT = 'Non, pas de contrat signé';
const UNINTERRUPTED = "Non, mes études se sont suivies sans interruption de plus d'un an";
// The blocs question asks Non / Oui first (issue 23), its blocs under Oui.
const NO_BLOC = 'Non';
const YEAR = (value) => ({ type: "Année d'obtention", value: String(value) });
const HOURS = (value) => ({ type: 'Heures par semaine', value: String(value) });

/** The French labels the personas pick, for tests that click their own way. */
export const LABELS = { BAC, TITRE4, NO_BAC, NO_CONTRACT, UNINTERRUPTED, NO_BLOC, YEAR, HOURS };

/** The personas, by id (the id also names their artifacts). */
export const PERSONAS = {
  lyceen: {
    id: 'lyceen',
    name: 'a lycéen preparing the bac, studies uninterrupted',
    answers: [
      // On AFTER_ORALS, the bac still to pass is next year's.
      ['diplome', 'terminale', `Je passe le baccalauréat en ${PUBLISHED + 1}`],
      ['situation', 'lyceen', 'Lycéen ou lycéenne'],
      ['interruption', 'non', UNINTERRUPTED],
      ['contrat', 'aucun', NO_CONTRACT],
      ['blocs', 'aucun', NO_BLOC],
    ],
    want: { prerequisite: 'at_entry', route: 'parcoursup', interview: 'required', funding: 'region' },
    toConfirm: [],
  },
  cdi35h: {
    id: 'cdi-35h',
    name: 'a CDI employee working 35 h, not registered with France Travail',
    answers: [
      ['diplome', 'bac', BAC],
      ['annee_bac', String(PUBLISHED - 16), YEAR(PUBLISHED - 16)],
      ['situation', 'cdi', 'Salarié·e en CDI'],
      ['heures', '35', HOURS(35)],
      ['contrat', 'aucun', NO_CONTRACT],
      ['france_travail', 'non', 'Non'],
      ['blocs', 'aucun', NO_BLOC],
    ],
    want: { prerequisite: 'met', route: 'site', interview: 'required', funding: 'continuing' },
    toConfirm: [],
  },
  titulaireDees: {
    id: 'titulaire-dees-bloc',
    name: 'a tenured agent of the fonction publique with a DEES bloc',
    answers: [
      ['diplome', 'titre4', TITRE4],
      ['annee_bac', 'aucun', NO_BAC],
      ['situation', 'fonction_publique', 'Agent de la fonction publique'],
      ['statut_public', 'titulaire', 'Fonctionnaire titulaire (ou stagiaire)'],
      ['contrat', 'aucun', NO_CONTRACT],
      ['france_travail', 'non', 'Non'],
      // Another diploma's blocs are named by their number only.
      ['blocs', 'ES-BC3', ['Bloc 3', "Diplôme d'État d'éducateur spécialisé (DEES)"]],
    ],
    want: { prerequisite: 'met', route: 'site', interview: 'exempt', funding: 'continuing' },
    // A level-4 title without the bac: the page names the bac only.
    toConfirm: ['funding'],
  },
  jobSeeker: {
    id: 'job-seeker',
    name: 'a job seeker not registered with France Travail',
    answers: [
      ['diplome', 'bac', BAC],
      ['annee_bac', String(PUBLISHED - 11), YEAR(PUBLISHED - 11)],
      ['situation', 'demandeur_emploi', "Demandeur ou demandeuse d'emploi"],
      ['contrat', 'aucun', NO_CONTRACT],
      ['france_travail', 'non', 'Non'],
      ['blocs', 'aucun', NO_BLOC],
    ],
    want: { prerequisite: 'met', route: 'parcoursup', interview: 'required', funding: 'continuing' },
    toConfirm: [],
  },
  apprentice: {
    id: 'apprentice',
    name: 'an apprentice with last year\'s bac',
    answers: [
      ['diplome', 'bac', BAC],
      ['annee_bac', String(PUBLISHED - 1), YEAR(PUBLISHED - 1)],
      ['situation', 'etudiant', 'Étudiant ou étudiante'],
      ['interruption', 'non', UNINTERRUPTED],
      ['contrat', 'apprentissage', "Oui, un contrat d'apprentissage"],
      ['blocs', 'aucun', NO_BLOC],
    ],
    want: { prerequisite: 'met', route: 'parcoursup', interview: 'exempt', funding: 'employer' },
    toConfirm: ['funding'],
  },
  cddEsBloc3: {
    id: 'cdd-es-bloc3',
    name: 'a CDD employee with an ES bloc 3',
    answers: [
      ['diplome', 'bac'],
      ['annee_bac', String(PUBLISHED - 21)],
      ['situation', 'cdd'],
      ['contrat', 'aucun'],
      ['blocs', 'ES-BC3'],
    ],
    want: { prerequisite: 'met', route: 'parcoursup', interview: 'exempt', funding: 'region' },
  },
  jobSeekerRegistered: {
    id: 'job-seeker-registered',
    name: 'a job seeker registered with France Travail',
    answers: [
      ['diplome', 'bac'],
      ['annee_bac', String(PUBLISHED - 14)],
      ['situation', 'demandeur_emploi'],
      ['contrat', 'aucun'],
      ['france_travail', 'oui'],
      ['blocs', 'aucun'],
    ],
    want: { prerequisite: 'met', route: 'parcoursup', interview: 'required', funding: 'region' },
  },
  apprenticeWithoutBac: {
    id: 'apprentice-vapp',
    name: 'an apprentice without the bac (D. 613-40)',
    answers: [
      ['diplome', 'aucun'],
      ['vapp', 'oui'],
      ['situation', 'autre'],
      ['contrat', 'apprentissage'],
      ['blocs', 'aucun'],
    ],
    want: { prerequisite: 'vapp', route: 'contact', interview: 'exempt', funding: 'employer' },
  },
  titre4Cdd: {
    id: 'titre4-cdd',
    name: 'a level-4 title holder on a CDD',
    answers: [
      ['diplome', 'titre4'],
      ['annee_bac', 'aucun'],
      ['situation', 'cdd'],
      ['contrat', 'aucun'],
      ['blocs', 'aucun'],
    ],
    want: { prerequisite: 'met', route: 'parcoursup', interview: 'required', funding: 'region' },
  },
  publicCdi28h: {
    id: 'public-cdi-28h',
    name: 'a contract agent of the fonction publique at 28 h',
    answers: [
      ['diplome', 'bac'],
      ['annee_bac', String(PUBLISHED - 20)],
      ['situation', 'fonction_publique'],
      ['statut_public', 'cdi'],
      ['heures', '28'],
      ['contrat', 'aucun'],
      ['france_travail', 'non'],
      ['blocs', 'aucun'],
    ],
  },
};

/** The five personas the Playwright suite clicks through (labels, on AFTER_ORALS). */
export const CLICKED = [PERSONAS.lyceen, PERSONAS.cdi35h, PERSONAS.titulaireDees, PERSONAS.jobSeeker, PERSONAS.apprentice];

/**
 * The personas whose questions and conclusions do not depend on the day, for
 * the WebDriver suite (it cannot set the browser's clock): old bac years, no
 * recent-bac criterion, no titre4 or fonction_publique path (their questions
 * depend on the intake).
 */
export const ANY_DAY = [PERSONAS.lyceen, PERSONAS.cdi35h, PERSONAS.cddEsBloc3, PERSONAS.jobSeekerRegistered, PERSONAS.apprenticeWithoutBac];

/** A persona's answers as a link (`?q=v&…`), `extra` (e.g. `lang=en`) appended. */
export function link(persona, extra = '') {
  const query = persona.answers.map(([q, v]) => `${q}=${encodeURIComponent(v)}`).join('&');
  return `?${query}${extra ? `&${extra}` : ''}`;
}

/** Every bloc of every diploma, as the `blocs` value. */
const ALL_BLOCS = ['ASS', 'ES', 'ETS', 'EJE', 'CESF'].flatMap((d) => [1, 2, 3, 4].map((n) => `${d}-BC${n}`)).join(',');

/**
 * The longest result one can build: prerequisite not met (its notice first),
 * two lists disagreeing, a contract, every bloc of every diploma, in English.
 */
export const LONGEST = `?lang=en&diplome=aucun&vapp=non&situation=fonction_publique&statut_public=cdi&heures=20&contrat=professionnalisation&blocs=${encodeURIComponent(ALL_BLOCS)}`;

/**
 * Hostile links: each must show the error summary on `question` (its id;
 * `heading`: its French heading matches) and never a result, whatever the day.
 */
export const HOSTILE = [
  { what: 'an unknown value', link: '?diplome=licence&situation=cdd&contrat=aucun&blocs=aucun', question: 'diplome', heading: /diplôme/ },
  {
    what: 'hours that are not a number',
    link: `?diplome=bac&annee_bac=${PUBLISHED - 16}&situation=cdi&heures=abc&contrat=aucun&blocs=aucun`,
    question: 'heures',
    heading: /heures/,
  },
  {
    what: 'a script payload',
    link: `?diplome=bac&annee_bac=${PUBLISHED - 16}&situation=%3Cscript%3Ewindow.__pwned%3D1%3C%2Fscript%3E&contrat=aucun&blocs=aucun`,
    question: 'situation',
    heading: /situation/,
  },
  {
    what: 'a markup payload',
    link: `?diplome=bac&annee_bac=${PUBLISHED - 16}&situation=${encodeURIComponent(
      '"><img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>',
    )}&contrat=aucun&blocs=aucun`,
    question: 'situation',
    heading: /situation/,
  },
  {
    what: 'conflicting duplicates and a huge value',
    link: `?diplome=bac&diplome=aucun&heures=${'9'.repeat(5000)}&situation=cdi`,
    question: 'diplome',
    heading: /diplôme/,
  },
  {
    what: 'a malformed bloc',
    link: `?diplome=bac&annee_bac=${PUBLISHED - 16}&situation=cdd&contrat=aucun&blocs=ES-BC9`,
    question: 'blocs',
    heading: /bloc/,
  },
];

/** Every answer of a complete questionnaire (a CDI employee at 35 h, a recent bac), as a query without `?`. */
export const FULL = `diplome=bac&annee_bac=${PUBLISHED - 2}&situation=cdi&heures=35&contrat=aucun&france_travail=non&blocs=aucun`;

/** How each mode is asked for in a link (kiosk: a delay no test reaches). */
export const MODE = {
  presentation: 'mode=presentation',
  embed: 'mode=embed&couleur=%23aa0000',
  kiosk: 'mode=borne&delai=300',
};

/** The entries a visitor can land on, by kind. */
export const ENTRY = {
  start: '',
  question: '?diplome=bac&etape=annee_bac',
  check: `?${FULL}&etape=verification`,
  result: `?${FULL}&etape=resultat`,
  error: '?diplome=licence&situation=cdi&heures=abc',
  presentation: '?mode=presentation',
  embed: '?mode=embed',
  kiosk: '?mode=borne&delai=60',
};

/** The entries measured for layout shift and by Lighthouse: [name, path]. */
export const ENTRIES = [
  ['start page', ENTRY.start],
  ['question link', ENTRY.question],
  ['result link', ENTRY.result],
  ['error link', ENTRY.error],
  ['presentation', ENTRY.presentation],
  ['embed', ENTRY.embed],
  ['kiosk', ENTRY.kiosk],
];
