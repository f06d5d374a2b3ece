// The editor page, first part, end to end against the release dist/: paste an article, draft
// who says what in the browser, review it in the viewer's components, download article.json
// and open it in the viewer; the strict CSP, no console error, axe, and the interface's
// language. The article below was written for this test.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { launch, openPage, axe } from './browser.mjs';
import { serve } from './server.mjs';
import { DIST } from '../bench/size.mjs';

const PARAGRAPHS = [
  'LISBON, May 4 (Harbour Wire) - The port authority on Tuesday reopened the northern terminal after a week of repairs.',
  '"The cranes are safe again and the ships can come back," said Rita Moreira, the authority\'s director.',
  'Dock workers said the repairs had come too late for the spring season.',
  'The terminal handles a third of the country\'s container traffic.',
];

let browser;
let server;
const pages = {};

before(async () => {
  browser = await launch();
  server = await serve({ root: DIST, prefix: '/v/', pages });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

async function openEditor(query = '', options = {}) {
  const page = await openPage(browser, { acceptDownloads: true, ...options });
  await page.goto(`${server.url}editor.html${query}`);
  await page.waitForSelector('.ed-start');
  return page;
}

test('paste, draft, review in the viewer, download article.json and open it in the viewer', async () => {
  const page = await openEditor();
  assert.equal(await page.textContent('h1'), 'Annotate an article');
  await page.fill('#ed-text', PARAGRAPHS.join('\n\n'));
  await page.fill('#ed-title', 'Lisbon reopens its northern terminal');
  await page.fill('#ed-outlet', 'Harbour Wire');
  await page.fill('#ed-date', '2031-05-04');
  await page.click('.ed-draft');
  await page.waitForSelector('.av-passage');
  // The draft in the viewer's own components: the speaker found, every word kept, in order.
  assert.ok(await page.locator('button[data-voice="rita-moreira"]').count(), 'the speaker has a voice');
  const texts = await page.$$eval('.av-paragraph', (ps) => ps.map((p) => p.textContent));
  assert.deepEqual(texts, PARAGRAPHS);
  assert.match(await page.textContent('.ed-status'), /^A draft: check every attribution before you publish it\. The importer was unsure of \d+ passages?\.$/);
  assert.equal(await page.textContent('.av-title'), 'Lisbon reopens its northern terminal');

  const [download] = await Promise.all([page.waitForEvent('download'), page.click('.ed-download')]);
  assert.equal(download.suggestedFilename(), 'article.json');
  const json = fs.readFileSync(await download.path(), 'utf8');
  const article = JSON.parse(json);
  assert.equal(article.meta.language, 'en');
  assert.equal(article.source.outlet, 'Harbour Wire');
  assert.deepEqual(article.paragraphs.map((p) => p.passages.map((x) => x.text).join('')), PARAGRAPHS);
  assert.deepEqual(page.problems, []);
  await page.context().close();

  // The downloaded file is valid article data: the viewer shows it.
  pages['/v/draft.json'] = json;
  const viewer = await openPage(browser);
  await viewer.goto(`${server.url}index.html?article=draft.json`);
  await viewer.waitForFunction(() => performance.getEntriesByName('article-viewer:ready').length > 0);
  assert.equal(await viewer.locator('.av-error').count(), 0);
  assert.equal(await viewer.textContent('.av-title'), 'Lisbon reopens its northern terminal');
  assert.equal(await viewer.locator('button[data-voice="rita-moreira"]').count(), 1);
  assert.deepEqual(viewer.problems, []);
  await viewer.context().close();
});

test('"Next passage to check" walks to what the importer was unsure of, with its reason', async () => {
  const page = await openEditor();
  const quote = '"We will not give up on the bridge."';
  await page.fill('#ed-text', ['The council met on Monday.', quote, 'The vote is expected next week.'].join('\n\n'));
  await page.click('.ed-draft');
  await page.waitForSelector('.av-passage');
  assert.match(await page.textContent('.ed-status'), /The importer was unsure of 1 passage\.$/);
  await page.focus('.ed-next');
  await page.keyboard.press('Enter');
  await page.waitForSelector('.av-passage[data-doubt="current"]');
  assert.equal(await page.textContent('.av-passage[data-doubt="current"]'), quote);
  assert.equal(await page.evaluate(() => document.activeElement.dataset.doubt), 'current');
  assert.match(await page.textContent('.ed-doubt'), /^Passage 1 of 1 to check: .+/);
  // The correction panel has it in hand: its paragraph, the passage selected.
  assert.equal(await page.textContent('.ed-para-at'), 'Paragraph 2 of 3');
  assert.equal(await page.evaluate(() => {
    const area = document.getElementById('ed-para');
    return area.value.slice(area.selectionStart, area.selectionEnd);
  }), quote);
  assert.match(await page.textContent('.ed-pick[aria-pressed="true"] .ed-pick-doubt'), /^The importer was unsure: .+/);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('the built-in article opens for review; Start again asks, then goes back to the form and forgets the work', async () => {
  const page = await openEditor();
  await page.click('.ed-builtin');
  await page.waitForSelector('button[data-voice="maria-zakharova"]');
  await page.click('.ed-again');
  assert.match(await page.textContent('.ed-confirm'), /Discard this draft\?/);
  await page.click('.ed-keep');
  assert.equal(await page.locator('.ed-correct').count(), 1, 'kept');
  await page.click('.ed-again');
  await page.click('.ed-discard');
  await page.waitForSelector('#ed-text');
  await page.reload();
  await page.waitForSelector('#ed-text');
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('no text, or markup and script-like text: a clear message, or text shown as text', async () => {
  const page = await openEditor();
  await page.click('.ed-draft');
  assert.equal(await page.textContent('.ed-error'), 'There is no text to draft: paste an article first.');
  const hostile = '<img src=x onerror="window.__xss=1"> "<script>window.__xss=2</script>," said Eve Doe.';
  await page.fill('#ed-text', hostile);
  await page.click('.ed-draft');
  await page.waitForSelector('.av-passage');
  assert.equal(await page.textContent('.av-paragraph'), hostile);
  assert.equal(await page.evaluate(() => window.__xss), undefined);
  assert.equal(await page.locator('.av-body img, .av-body script').count(), 0);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('the editor speaks the locale asked for, and axe finds nothing on the form or the draft', async () => {
  const page = await openEditor('?locale=fr', { bypassCSP: true }); // axe is an inline script
  assert.equal(await page.textContent('h1'), 'Annoter un article');
  assert.equal(await page.getAttribute('html', 'lang'), 'fr');
  const form = await axe(page);
  await page.click('.ed-builtin');
  await page.waitForSelector('.av-passage');
  assert.equal(await page.textContent('#av-filter-heading'), 'Qui dit quoi');
  assert.deepEqual({ form, draft: await axe(page) }, { form: [], draft: [] });
  await page.context().close();
});
