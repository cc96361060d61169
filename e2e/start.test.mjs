// The start page's "Commencer" button is within the first screen of a
// 390 × 844 phone, in both languages, before and after the app takes over
// the page written at build time (issue 20).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { servedApp, newPage } from './lib.mjs';

const app = servedApp();

for (const [lang, locale, name] of [['fr', 'fr-FR', 'Commencer'], ['en', 'en-GB', 'Start']]) {
  test(`"${name}" is in the first 390 × 844 screen (${lang})`, async () => {
    const rec = await newPage(app.browser, { viewport: { width: 390, height: 844 }, locale });
    await rec.page.goto(`${app.server.url}?lang=${lang}`);
    const button = rec.page.getByRole('button', { name: new RegExp(`^${name}`) });
    await button.waitFor();
    // As written at build time, then once the app has taken the page over.
    const bottom = async () => {
      const box = await button.boundingBox();
      assert.ok(box, 'the button is laid out');
      return box.y + box.height;
    };
    assert.ok((await bottom()) <= 844, `before the app: ends at ${Math.round(await bottom())} px`);
    await rec.page.waitForFunction(
      () => window.wasmBindings && !document.getElementById('deass-eligibility').hasAttribute('data-static'),
    );
    const box = await button.boundingBox();
    assert.ok(box, 'the button is laid out');
    assert.ok(box.y + box.height <= 844, `the button ends at ${Math.round(box.y + box.height)} px, below the first screen`);
    assert.deepEqual(rec.pageErrors, []);
    await rec.close();
  });
}
