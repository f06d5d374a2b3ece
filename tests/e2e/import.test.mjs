// From plain text to the reader: the `import` command drafts an article, and the built viewer
// shows the draft (through ?article=, under the strict CSP): every word, the voices the
// importer found, and what the text did not give said in words, not invented.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { launch, openPage, waitReady } from './browser.mjs';
import { serve } from './server.mjs';
import { DIST } from '../bench/size.mjs';

const TEXT = [
  'Port strike ends after pay deal',
  'HARBOUR CITY (HCW) - Dockworkers voted on Sunday to end an 11-day strike, after the union said the operator had agreed to raise wages by 7 percent.',
  '\u201cThis is a victory for every family that stood on the picket line,\u201d Grace Okafor, general secretary of the Coastal Dockworkers Union, told reporters.',
  '\u201cWe did not ask for charity,\u201d she added. \u201cWe asked for what we are owed.\u201d',
  'According to a person familiar with the talks, the final obstacle was a dispute over night-shift bonuses.',
].join('\n\n');

let browser, server, draft;
before(async () => {
  draft = execFileSync('cargo', ['run', '-q', '--offline', '-p', 'article-cli', '--bin', 'import', '--', '--title-line', '--outlet', 'Harbour City Wire', '-'], {
    input: TEXT,
    encoding: 'utf8',
  });
  browser = await launch();
  server = await serve({ root: DIST, pages: { '/draft.json': draft } });
});
after(async () => {
  await browser?.close();
  await server?.close();
});

test('a draft from the importer opens in the viewer with every word and its voices', async () => {
  const page = await openPage(browser);
  await page.goto(`${server.url}index.html?article=draft.json`);
  await waitReady(page);
  const article = JSON.parse(draft);
  assert.equal(await page.textContent('.av-title'), 'Port strike ends after pay deal');
  const paragraphs = await page.$$eval('.av-paragraph', (ps) => ps.map((p) => p.textContent));
  assert.deepEqual(paragraphs, TEXT.split('\n\n').slice(1));
  const voices = await page.$$eval('button[data-voice]', (bs) => bs.map((b) => b.dataset.voice));
  assert.deepEqual(voices, article.voices.map((v) => v.id));
  assert.ok(voices.includes('grace-okafor'));
  // Okafor's quotes, the pronoun's included, light up with her button.
  await page.click('button[data-voice="grace-okafor"]');
  const matched = await page.$$eval('.av-passage[data-match="true"]', (ps) => ps.map((p) => p.textContent));
  assert.ok(matched.some((t) => t.includes('This is a victory')));
  assert.ok(matched.some((t) => t.includes('We did not ask for charity')));
  // Not given, and said so.
  await page.click('.av-source-details > summary');
  const source = await page.textContent('.av-source');
  assert.match(source, /no original link given/);
  assert.match(source, /no description of the outlet given/);
  assert.match(source, /date not given/);
  assert.match(source, /This article cannot be cited yet: its date and original link are not given\./);
  assert.equal(await page.locator('.av-original').count(), 0);
  assert.deepEqual(page.problems, []);
});
