// The content's facts for the end-to-end tests, read from the data of the
// tree under test (content/donnees.toml, or E2E_CONTENT_DIR's): tests derive
// years, dates and amounts from it, never from literals, so that after a
// yearly update the same tests pass on the new data (scripts/test.sh's
// rehearsal stage runs them on an update fixture). No dependency: a tiny
// reader of the file's TOML subset. Re-exported by lib.mjs.

import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * A tiny reader for donnees.toml's subset of TOML: `[section]`, then
 * `key = value` with an integer, a date (kept as its `YYYY-MM-DD` string), a
 * "string" or a [list] of integers; `#` comments.
 */
export function readFactsToml(src) {
  const out = {};
  let section = out;
  for (const raw of src.split('\n')) {
    const line = raw.replace(/("[^"]*")|#.*$/g, (m, quoted) => quoted ?? '').trim();
    if (!line) continue;
    const head = /^\[([^\]]+)\]$/.exec(line);
    if (head) {
      section = out[head[1].trim()] = {};
      continue;
    }
    const kv = /^([A-Za-z0-9_]+)\s*=\s*(.+)$/.exec(line);
    if (!kv) throw new Error(`donnees.toml: unreadable line: ${raw}`);
    const v = kv[2].trim();
    section[kv[1]] = v.startsWith('"') ? v.slice(1, -1)
      : v.startsWith('[') ? v.slice(1, -1).split(',').map((x) => Number(x.trim()))
        : /^\d{4}-\d{2}-\d{2}$/.test(v) ? v
          : Number(v);
  }
  return out;
}

/** The facts the build under test was made from. */
export const FACTS = readFactsToml(readFileSync(
  join(process.env.E2E_CONTENT_DIR ? resolve(process.env.E2E_CONTENT_DIR) : join(ROOT_DIR, 'content'), 'donnees.toml'),
  'utf8',
));

/** The year of the last published intake (`intake.year`). */
export const PUBLISHED = FACTS.intake.year;

/** A fixed clock on a `YYYY-MM-DD` day, at 10:00 local time (for `clock.setFixedTime`). */
export const at = (isoDay) => `${isoDay}T10:00:00`;

/**
 * A day after the published session's last oral, in its year (22 November):
 * the next intake is assessed, provisionally, its calendar not out.
 */
export const AFTER_ORALS = `${PUBLISHED}-11-22`;

const MONTHS = {
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/** `2026-11-27` as the widget writes it: `27 novembre 2026` / `27 November 2026`. */
export function longDate(isoDay, lang = 'fr') {
  const [y, m, d] = isoDay.split('-').map(Number);
  return `${d} ${MONTHS[lang][m - 1]} ${y}`;
}

/** An amount as the widget writes it: `27 666 €` (narrow no-break space) / `€27,666`. */
export function euros(n, lang = 'fr') {
  const digits = String(n).replace(/\B(?=(\d{3})+(?!\d))/g, lang === 'fr' ? '\u202F' : ',');
  return lang === 'fr' ? `${digits}\u00A0€` : `€${digits}`;
}
