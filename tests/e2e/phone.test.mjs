// The viewer on a phone (320 px) and with many voices: a compact voice list (one line a
// voice, roles on demand), a search box and the most-quoted voices first past 12 voices, and
// labels on quotes and paraphrases only, unless the reader asks for all or none.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { launch, openPage, waitReady } from './browser.mjs';
import { serve } from './server.mjs';
import { DIST } from '../bench/size.mjs';

const PHONE = { viewport: { width: 320, height: 640 } };
let browser, server;
before(async () => {
  const synthetic = execFileSync('cargo', ['run', '-q', '--offline', '--features', 'ssr', '--bin', 'gen-article', '--', '200', '50', '1'], {
    maxBuffer: 64 << 20,
  }).toString();
  browser = await launch();
  server = await serve({ root: DIST, pages: { '/voices-50.json': synthetic } });
});
after(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path, options = PHONE) {
  const page = await openPage(browser, options);
  await page.goto(`${server.url}${path}`);
  await waitReady(page);
  return page;
}

const top = (page, selector) => page.$eval(selector, (e) => e.getBoundingClientRect().top + window.scrollY);
const visibleVoices = (page) => page.$$eval('button[data-voice]', (bs) => bs.filter((b) => b.getClientRects().length > 0).map((b) => b.dataset.voice));

test('at 320 px the seed\'s first paragraph is on the first screen, one line a voice, roles on demand', async () => {
  const page = await open('index.html');
  assert.ok((await top(page, '.av-paragraph')) < 640, 'first paragraph on the first screen');
  const buttons = await page.$$eval('button[data-voice][aria-pressed]', (bs) => bs.map((b) => b.getBoundingClientRect().height));
  assert.equal(buttons.length, 6, 'the DOM contract holds');
  for (const h of buttons) assert.ok(h < 48, `one line a voice (${h} px)`);
  const roleWidth = () => page.$eval('button[data-voice="maria-zakharova"] .av-voice-role', (r) => r.getBoundingClientRect().width);
  assert.ok((await roleWidth()) <= 1, 'the role is there for screen readers, not on screen');
  assert.match(await page.getAttribute('button[data-voice="maria-zakharova"]', 'aria-pressed'), /false/);
  assert.match(await page.textContent('button[data-voice="maria-zakharova"]'), /Russian Foreign Ministry spokeswoman/);
  await page.click('.av-roles');
  assert.equal(await page.getAttribute('.av-roles', 'aria-pressed'), 'true');
  assert.ok((await roleWidth()) > 50, 'roles shown on demand');
  await page.click('button[data-voice="sergei-lavrov"]');
  assert.equal(await page.getAttribute('button[data-voice="sergei-lavrov"]', 'aria-pressed'), 'true');
  assert.ok((await page.locator('.av-passage[data-match="true"]').count()) > 0);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, 'nothing scrolls sideways');
  assert.deepEqual(page.problems, []);
});

test('with 50 voices: the most-quoted first, a search box, all on demand, the text within 1.5 screens', async () => {
  const page = await open('index.html?article=voices-50.json');
  assert.ok((await top(page, '.av-paragraph')) < 960, 'first paragraph within 1.5 screens');
  assert.equal(await page.locator('button[data-voice][aria-pressed]').count(), 50, 'every voice keeps its button');
  const few = await visibleVoices(page);
  assert.ok(few.length <= 10 && few.length >= 8, `${few.length} voices shown`);
  assert.match(await page.textContent('.av-voice-shown'), new RegExp(`Showing ${few.length} of 50 voices`));
  await page.fill('.av-voice-search', 'speaker 4');
  const found = await visibleVoices(page);
  // "Speaker 4" and "Speaker 40" to "Speaker 49", and no one else.
  assert.deepEqual(found, ['voice-4', ...Array.from({ length: 10 }, (_, i) => `voice-${40 + i}`)]);
  await page.fill('.av-voice-search', '');
  await page.click('.av-more');
  assert.equal((await visibleVoices(page)).length, 50);
  assert.equal(await page.getAttribute('.av-more', 'aria-expanded'), 'true');
  assert.deepEqual(page.problems, []);
});

test('a voice chosen by a link shows even when it is not among the most quoted', async () => {
  const page = await open('index.html?article=voices-50.json#voices=voice-1');
  assert.ok((await visibleVoices(page)).includes('voice-1'));
  assert.equal(await page.getAttribute('button[data-voice="voice-1"]', 'aria-pressed'), 'true');
});

test('labels: quotes and paraphrases by default, all or none as the reader sets', async () => {
  const page = await open('index.html', { viewport: { width: 1280, height: 900 } });
  const label = (kind) => page.$eval(`.av-passage[data-kind="${kind}"]`, (p) => getComputedStyle(p, '::before').content);
  assert.equal(await label('narration'), 'none');
  assert.match(await label('direct'), /ZAKHAROVA|Zakharova/i);
  await page.click('.av-reading > summary');
  await page.click('.av-choice[data-choice="all"]');
  assert.match(await label('narration'), /RHC/);
  await page.click('.av-choice[data-choice="none"]');
  assert.equal(await label('direct'), 'none');
  assert.equal(await label('paraphrase'), 'none');
  // The words are the same whatever the labels: they are generated content, not text.
  assert.match(await page.textContent('.av-paragraph'), /^Russia says the U\.S\. military presence/);
});
