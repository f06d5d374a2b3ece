// The core viewer, end to end: the release dist/ served on 127.0.0.1 under a sub-path with the
// strict CSP, driven in headless Chromium as a reader would.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { launch, openPage, waitReady, waitHash } from './browser.mjs';
import { serve } from './server.mjs';
import { DIST } from '../bench/size.mjs';

let browser, server;
before(async () => {
  browser = await launch();
  server = await serve({ root: DIST, prefix: '/news/viewer/' });
});
after(async () => {
  await browser?.close();
  await server?.close();
});

async function open(hash = '', options = {}) {
  const page = await openPage(browser, options);
  page.requests = [];
  page.on('request', (r) => page.requests.push(r.url()));
  await page.goto(server.url + hash);
  await waitReady(page);
  return page;
}

const marks = (page, voice) =>
  page.$$eval(`.av-passage[data-voice="${voice}"]`, (els) => els.map((e) => e.dataset.match ?? null));

test('loads the article with every paragraph, no console error and nothing from elsewhere', async () => {
  const page = await open();
  assert.equal(await page.textContent('h1'), 'Russia Says U.S. Military Presence in Syria Resembles Occupation');
  assert.equal(await page.locator('.av-paragraph').count(), 6);
  const body = await page.locator('.av-body').innerText();
  assert.match(body, /"It is quite interesting how the U\.S\. justifies its presence there/);
  assert.match(await page.textContent('.av-dateline'), /Moscow, November 24 \(RHC\)--/);
  assert.match(await page.textContent('.av-dateline'), /year inferred/);
  for (const url of page.requests) assert.ok(url.startsWith(server.origin), url);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('the app takes over from the prerendered page without moving anything', async () => {
  const page = await openPage(browser);
  await page.addInitScript(() => {
    window.__shifts = [];
    new PerformanceObserver((list) => window.__shifts.push(...list.getEntries().map((e) => e.value))).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(server.url);
  const before = await page.evaluate(() => document.querySelector('.av-paragraph').getBoundingClientRect().toJSON());
  await waitReady(page);
  // Two frames after ready, any shift from the swap has been reported.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const after = await page.evaluate(() => document.querySelector('.av-paragraph').getBoundingClientRect().toJSON());
  assert.deepEqual(after, before);
  const cls = await page.evaluate(() => window.__shifts.reduce((a, b) => a + b, 0));
  assert.equal(cls, 0);
  await page.context().close();
});

test('the served HTML already holds the article, the voices and the source', async () => {
  const html = await (await fetch(server.url)).text();
  assert.match(html, /Russian Foreign Ministry spokeswoman/);
  assert.match(html, /They are there against the will of the legitimate government of Syria/);
  assert.match(html, /data-voice="maria-zakharova"/);
  assert.match(html, /<aside[^>]*class="av-source"/);
  // Data blocks (JSON-LD, the built-in article's JSON) are not run; the only inline scripts are
  // the two the CSP allows by hash, byte for byte.
  const inline = [...html.matchAll(/<script(?![^>]*(src=|application\/ld\+json|application\/json))[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[2]);
  const allowed = ['reading.js', 'boot.js'].map((f) => fs.readFileSync(new URL(`../../static/${f}`, import.meta.url), 'utf8'));
  assert.deepEqual(inline, allowed);
  assert.match(html, /<script type="application\/json" data-article-viewer-builtin>\{/);
});

test('clicking voices marks their passages, dims the rest, announces and updates the hash', async () => {
  const page = await open();
  await page.click('button[data-voice="maria-zakharova"]');
  assert.deepEqual(await marks(page, 'maria-zakharova'), ['true', 'true']);
  assert.ok((await marks(page, 'radio-habana-cuba')).every((m) => m === 'false'));
  assert.equal(await page.getAttribute('button[data-voice="maria-zakharova"]', 'aria-pressed'), 'true');
  // The live region follows one frame after the marks.
  await page.waitForFunction(() => document.querySelector('.av-status').textContent.includes('Maria Zakharova'));
  assert.match(await page.textContent('.av-status'), /^Showing 2 of \d+ passages: Maria Zakharova\.$/);
  await waitHash(page, '#voices=maria-zakharova');
  // Dimmed text stays in place: the same paragraphs, the same order.
  assert.equal(await page.locator('.av-paragraph:visible').count(), 6);
  const dim = await page.$eval('.av-passage[data-match="false"]', (e) => getComputedStyle(e).color);
  const lit = await page.$eval('.av-passage[data-match="true"]', (e) => getComputedStyle(e).color);
  assert.notEqual(dim, lit);

  await page.click('button[data-voice="sergei-lavrov"]');
  await waitHash(page, '#voices=maria-zakharova,sergei-lavrov');
  await page.click('.av-only');
  assert.equal(await page.locator('.av-paragraph:visible').count(), 3);
  await waitHash(page, '#voices=maria-zakharova,sergei-lavrov&only=true');
  await page.click('.av-all');
  assert.equal(await page.locator('.av-passage[data-match]').count(), 0);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('a deep link restores the filter, and Back and Forward walk through the changes', async () => {
  const page = await open('#voices=james-mattis&only=true');
  assert.equal(await page.getAttribute('button[data-voice="james-mattis"]', 'aria-pressed'), 'true');
  assert.deepEqual(await marks(page, 'james-mattis'), ['true', 'true', 'true']);
  assert.equal(await page.locator('.av-paragraph:visible').count(), 1);

  await page.click('button[data-voice="syria"]');
  await page.click('button[data-voice="james-mattis"]');
  await waitHash(page, '#voices=syria&only=true');
  await page.goBack();
  await page.waitForFunction(() => location.hash === '#voices=james-mattis,syria&only=true');
  await page.waitForSelector('button[data-voice="james-mattis"][aria-pressed="true"]');
  assert.equal(await page.getAttribute('button[data-voice="syria"]', 'aria-pressed'), 'true');
  await page.goBack();
  await page.waitForSelector('button[data-voice="syria"][aria-pressed="false"]');
  await page.goForward();
  await page.waitForSelector('button[data-voice="syria"][aria-pressed="true"]');
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('an unknown voice in a link is dropped and the reader is told', async () => {
  const page = await open('#voices=lavorv,syria');
  assert.match(await page.textContent('.av-notices'), /unknown voice "lavorv" dropped/);
  assert.equal(await page.getAttribute('button[data-voice="syria"]', 'aria-pressed'), 'true');
  assert.equal(new URL(page.url()).hash, '#voices=syria');
  await page.context().close();
});

test('the source panel links to the original safely and to the archive listing', async () => {
  const page = await open();
  const original = page.locator('.av-source a.av-original');
  assert.equal(
    await original.getAttribute('href'),
    'https://www.radiohc.cu/en/noticias/internacionales/148335-russia-says-us-military-presence-in-syria-resembles-occupation',
  );
  assert.equal(await original.getAttribute('rel'), 'noopener noreferrer');
  assert.match(await page.getAttribute('.av-source a.av-archive', 'href'), /^https:\/\/web\.archive\.org\/web\/\*\/https:\/\/www\.radiohc\.cu\//);
  assert.match(await page.textContent('.av-source'), /state-run international broadcaster/);
  await page.click('.av-basis summary');
  assert.match(await page.locator('.av-basis').innerText(), /Cuban Institute of Radio and Television/);
  await page.context().close();
});

test('copying the citation uses the clipboard, or selects the text when refused', async () => {
  const page = await open('', { permissions: ['clipboard-read', 'clipboard-write'] });
  await page.click('.av-source .av-copy-button');
  await page.waitForFunction(() => document.querySelector('.av-source .av-copy-status').textContent.includes('Copied'));
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(copied, await page.textContent('.av-citation'));
  assert.match(copied, /Radio Habana Cuba\. “Russia Says .*” 24 November 2017 \(year inferred\)\. https:\/\/www\.radiohc\.cu\//);
  await page.context().close();

  const refused = await open();
  await refused.evaluate(() => {
    navigator.clipboard.writeText = () => Promise.reject(new DOMException('denied', 'NotAllowedError'));
  });
  await refused.click('.av-source .av-copy-button');
  await refused.waitForFunction(() => document.querySelector('.av-source .av-copy-status').textContent.includes('selected'));
  assert.equal(await refused.evaluate(() => getSelection().toString()), await refused.textContent('.av-citation'));
  await refused.context().close();
});

test('at 320 px nothing scrolls sideways, with a filter on and the source open', async () => {
  const page = await open('#voices=maria-zakharova', { viewport: { width: 320, height: 640 } });
  await page.click('.av-basis summary');
  const overflow = await page.evaluate(() => document.scrollingElement.scrollWidth - document.scrollingElement.clientWidth);
  assert.equal(overflow, 0);
  await page.context().close();
});

test('dark mode follows the system setting', async () => {
  const page = await open('', { colorScheme: 'dark' });
  const bg = await page.$eval('.av', (e) => getComputedStyle(e).backgroundColor);
  assert.equal(bg, 'rgb(18, 18, 18)');
  await page.context().close();
});

test('works from the keyboard: Tab reaches the voices with a visible focus, Space toggles', async () => {
  const page = await open();
  let focused = '';
  for (let i = 0; i < 40 && focused !== 'maria-zakharova'; i++) {
    await page.keyboard.press('Tab');
    focused = await page.evaluate(() => document.activeElement?.dataset?.voice ?? '');
  }
  assert.equal(focused, 'maria-zakharova');
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  assert.equal(outline, 'solid');
  await page.keyboard.press('Space');
  assert.equal(await page.getAttribute('button[data-voice="maria-zakharova"]', 'aria-pressed'), 'true');
  await page.keyboard.press('Enter');
  assert.equal(await page.getAttribute('button[data-voice="maria-zakharova"]', 'aria-pressed'), 'false');
  await page.context().close();
});

test('printing shows the article, the legend and the source, without the controls', async () => {
  const page = await open('#voices=sergei-lavrov');
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('.av-voice').first().isVisible(), false);
  assert.match(await page.locator('.av-print-legend').innerText(), /Filter: Sergei Lavrov/);
  assert.ok(await page.locator('.av-source .av-citation').isVisible());
  assert.equal(await page.locator('.av-paragraph:visible').count(), 6);
  await page.context().close();
});

test('without JavaScript the article, the source link and the citation are still there', async () => {
  const page = await openPage(browser, { javaScriptEnabled: false });
  await page.goto(server.url);
  assert.equal(await page.locator('.av-paragraph').count(), 6);
  assert.ok(await page.locator('.av-source a.av-original').isVisible());
  assert.match(await page.textContent('.av-citation'), /Radio Habana Cuba/);
  await page.context().close();
});
