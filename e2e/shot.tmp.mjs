import { chromium } from 'playwright-core';
import { serveDist } from './lib.mjs';
const server = await serveDist();
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const shots = JSON.parse(process.argv[2]);
for (const [name, path, width, day, action] of shots) {
  const ctx = await browser.newContext({ viewport: { width, height: 844 }, locale: 'fr-FR' });
  const page = await ctx.newPage();
  await page.clock.setFixedTime(new Date(day || '2026-11-23T10:00:00'));
  await page.goto(server.url + path);
  await page.locator('h1').first().waitFor();
  if (action === 'reveal') { await page.locator('#dee-annee_bac-obtenu').check(); }
  if (action === 'print') { await page.emulateMedia({ media: 'print' }); }
  await page.screenshot({ path: `/tmp/shots/${name}.png`, fullPage: action === "full" });
  await ctx.close();
}
await browser.close();
await server.close();
