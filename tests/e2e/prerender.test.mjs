// The app takes over the prerendered article (Yew's hydration) instead of painting it again:
// every node a reader sees before the wasm arrives is a node the app keeps, the browser reports
// no new largest paint once the wasm runs, and nothing moves or changes between the first paint
// and ready, on a wide screen and on a phone.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, waitReady } from './browser.mjs';
import { serve } from './server.mjs';
import { DIST } from '../bench/size.mjs';

let browser, server;
before(async () => {
  browser = await launch();
  server = await serve({ root: DIST, prefix: '/v/' });
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens `path` with the wasm held back until `release()`: the page is the prerendered one
 *  until then. Layout shifts are recorded from the start. */
async function openHeld(path, options) {
  const page = await openPage(browser, options);
  let release;
  const held = new Promise((r) => (release = r));
  await page.route('**/article-viewer_bg.wasm', async (route) => {
    await held;
    await route.continue();
  });
  await page.addInitScript(() => {
    window.__shifts = [];
    new PerformanceObserver((list) => window.__shifts.push(...list.getEntries().map((e) => e.value))).observe({
      type: 'layout-shift',
      buffered: true,
    });
    // Every element of the viewer, and every text node of the article's passages.
    window.__viewerNodes = () => {
      const all = [...document.querySelectorAll('.av-root, .av-root *')];
      for (const passage of document.querySelectorAll('.av-passage')) all.push(...passage.childNodes);
      return all;
    };
    window.__lcp = [];
    new PerformanceObserver((list) => window.__lcp.push(...list.getEntries().map((e) => e.startTime))).observe({
      type: 'largest-contentful-paint',
      buffered: true,
    });
  });
  await page.goto(server.url + path, { waitUntil: 'domcontentloaded' });
  await page.waitForSelector('p.av-paragraph');
  assert.equal(await page.evaluate(() => performance.getEntriesByName('article-viewer:ready').length), 0);
  return { page, release };
}

/** What a reader sees: the article's text, the voice list, the title, and where the title,
 *  the voice list and each paragraph are. */
const visible = (page) =>
  page.evaluate(() => {
    const box = (el) => JSON.stringify(el.getBoundingClientRect());
    return {
      text: document.querySelector('.av-body').innerText,
      voices: [...document.querySelectorAll('.av-voices li:not([hidden]) .av-voice')].map((b) => b.innerText),
      title: document.querySelector('h1').innerText,
      boxes: [...document.querySelectorAll('h1, .av-voices, p.av-paragraph')].map(box),
    };
  });

const twoFrames = (page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

for (const [width, height] of [
  [1280, 900],
  [320, 640],
]) {
  test(`at ${width} px the app keeps the prerendered paragraphs, and nothing moves or changes`, async () => {
    const { page, release } = await openHeld('', { viewport: { width, height } });
    const count = await page.evaluate(() => {
      const marked = window.__viewerNodes();
      marked.forEach((node, i) => (node.__prerendered = i));
      return marked.length;
    });
    assert.ok(count > 100, `${count} nodes marked`);
    const shown = await visible(page);
    release();
    await waitReady(page);
    await twoFrames(page);
    const kept = await page.evaluate(() => {
      const now = window.__viewerNodes();
      return { length: now.length, same: now.filter((node, i) => node.__prerendered === i).length };
    });
    assert.deepEqual(kept, { length: count, same: count });
    assert.deepEqual(await visible(page), shown);
    // No largest contentful paint after the wasm started: the reader's first paint stays the
    // page's LCP.
    const { start, late } = await page.evaluate(() => {
      const start = performance.getEntriesByName('article-viewer:start')[0].startTime;
      return { start, late: window.__lcp.filter((t) => t >= start) };
    });
    assert.ok(start > 0);
    assert.deepEqual(late, []);
    const cls = await page.evaluate(() => window.__shifts.reduce((a, b) => a + b, 0));
    assert.equal(cls.toFixed(2), '0.00');
    // Adopted means working: a click filters the kept nodes.
    await page.click('button.av-voice[data-voice="sergei-lavrov"]');
    assert.equal(await page.getAttribute('.av-passage[data-voice="sergei-lavrov"]', 'data-match'), 'true');
    assert.ok(await page.evaluate(() => document.querySelector('.av-passage[data-voice="sergei-lavrov"]').__prerendered >= 0));
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });
}

test('saved reading settings are on the prerendered page before it paints, and the app keeps them', async () => {
  const { page: first, release: go } = await openHeld('');
  go();
  await waitReady(first);
  const storage = await first.context().storageState();
  await first.context().close();
  // A reader who chose large sans-serif text and no labels comes back.
  const origin = storage.origins.find((o) => o.origin === server.origin) ?? { origin: server.origin, localStorage: [] };
  origin.localStorage = [{ name: 'article-viewer:reading', value: 'size=xl&font=sans&measure=wide&theme=dark&labels=none' }];
  const { page, release } = await openHeld('', { storageState: { cookies: [], origins: [origin] } });
  const early = await page.evaluate(() => ({ ...document.querySelector('.av-viewer').dataset }));
  assert.equal(early.textSize, 'xl');
  assert.equal(early.font, 'sans');
  assert.equal(early.theme, 'dark');
  assert.equal(early.labels, 'none');
  const shown = await visible(page);
  release();
  await waitReady(page);
  await twoFrames(page);
  assert.equal(await page.getAttribute('.av-viewer', 'data-text-size'), 'xl');
  assert.deepEqual(await visible(page), shown);
  assert.equal((await page.evaluate(() => window.__shifts.reduce((a, b) => a + b, 0))).toFixed(2), '0.00');
  await page.click('.av-reading > summary');
  assert.equal(await page.getAttribute('.av-choice[data-choice="xl"]', 'aria-pressed'), 'true');
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('a link with a filter and a bad voice keeps the paragraphs too: the filter applies, the notice shows', async () => {
  const { page, release } = await openHeld('#voices=sergei-lavrov,nobody&only=true');
  await page.evaluate(() => document.querySelectorAll('p.av-paragraph').forEach((p, i) => (p.__prerendered = i)));
  release();
  await waitReady(page);
  await page.waitForSelector('.av-notices');
  assert.match(await page.textContent('.av-notices'), /unknown voice "nobody" dropped/);
  assert.equal(await page.getAttribute('button.av-voice[data-voice="sergei-lavrov"]', 'aria-pressed'), 'true');
  assert.equal(await page.getAttribute('.av-viewer', 'data-only'), 'true');
  assert.ok(await page.evaluate(() => [...document.querySelectorAll('p.av-paragraph')].every((p, i) => p.__prerendered === i)));
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('the iframe embed page keeps its own prerendered paragraphs', async () => {
  const { page, release } = await openHeld('embed.html?embed=1&voices=maria-zakharova');
  await page.evaluate(() => document.querySelectorAll('p.av-paragraph').forEach((p, i) => (p.__prerendered = i)));
  release();
  await waitReady(page);
  assert.ok(await page.evaluate(() => [...document.querySelectorAll('p.av-paragraph')].every((p, i) => p.__prerendered === i)));
  assert.equal(await page.getAttribute('button.av-voice[data-voice="maria-zakharova"]', 'aria-pressed'), 'true');
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('a page opened as another mode, or with another article, renders afresh and still works', async () => {
  for (const path of ['?embed=1', '?article=article.json']) {
    const { page, release } = await openHeld(path);
    release();
    await waitReady(page);
    assert.equal(await page.locator('.av-paragraph').count(), 6, path);
    await page.click('button.av-voice[data-voice="sergei-lavrov"]');
    assert.equal(await page.getAttribute('.av-passage[data-voice="sergei-lavrov"]', 'data-match'), 'true', path);
    assert.deepEqual(page.problems, [], path);
    await page.context().close();
  }
});
