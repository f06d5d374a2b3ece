// Hardening, end to end: script injection through every untrusted input, the strict CSP,
// accessibility (axe-core) in each state, and a keyboard-only walk.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { launch, openPage, waitReady, axe } from './browser.mjs';
import { serve, CSP } from './server.mjs';
import { DIST } from '../bench/size.mjs';
import { PAYLOADS } from './xss-payloads.mjs';

const seed = JSON.parse(fs.readFileSync(path.join(DIST, 'article.json'), 'utf8'));
const json = (v) => JSON.stringify(v).replace(/</g, '\\u003c');

/** An article whose every text field holds the payload. */
function poisoned(p) {
  return {
    meta: { title: p, dateline: p, date: { value: '2017-11-24', printed: p, year_inferred: true, reason: p }, language: 'en' },
    source: { outlet: p, outlet_abbreviation: p, description: p, description_basis: p, url: 'https://example.org/a' },
    voices: [
      { id: 'someone', name: p, short_name: p, role: p, kind: 'person' },
      { id: 'outlet', name: p, short_name: p, role: p, kind: 'outlet' },
    ],
    paragraphs: [
      { passages: [{ voice: 'outlet', kind: 'narration', text: p }, { voice: 'someone', kind: 'direct', text: p }], notes: ['n'] },
    ],
    notes: [{ id: 'n', kind: 'editorial', text: p }],
  };
}

let browser, server, strict, open;
before(async () => {
  browser = await launch();
  const hostPage = (items) => `<!doctype html><html><head><link rel="icon" href="data:,"></head><body>${items}
    <script type="module" src="/viewer/embed.js"></script></body></html>`;
  const valid = PAYLOADS.map(
    (p, i) => `<div data-article-viewer id="v${i}"><script type="application/json" data-article-viewer-article>${json(poisoned(p))}</script></div>`,
  ).join('\n');
  const badUrl = PAYLOADS.map((p, i) => {
    const a = poisoned('Safe');
    a.source.url = p;
    a.source.archive_url = p;
    return `<div data-article-viewer id="u${i}"><script type="application/json" data-article-viewer-article>${json(a)}</script></div>`;
  }).join('\n');
  const attr = (s) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  const options = PAYLOADS.map((p, i) => `<div data-article-viewer id="o${i}" data-theme="${attr(p)}" data-voices="${attr(p)}" data-only="${attr(p)}"></div>`).join('\n');
  // No CSP here: these pages prove the escaping itself, not the policy, stops the payloads.
  server = await serve({
    root: DIST,
    prefix: '/viewer/',
    csp: null,
    pages: { '/articles.html': hostPage(valid + badUrl), '/options.html': hostPage(options) },
  });
  strict = await serve({ root: DIST, prefix: '/viewer/' });
  open = async (url, options = {}) => {
    const page = await openPage(browser, options);
    await page.goto(url.replace('STRICT/', strict.url));
    return page;
  };
});
after(async () => {
  await browser?.close();
  await server?.close();
  await strict?.close();
});

test(`${PAYLOADS.length} payloads in every text field of host articles run nothing and show as text`, async () => {
  const page = await open(`${server.origin}/articles.html`);
  await page.waitForFunction((n) => document.querySelectorAll('[data-article-viewer]').length === n && [...document.querySelectorAll('[data-article-viewer]')].every((e) => e.shadowRoot?.querySelector('h1, .av-error')), PAYLOADS.length * 2);
  for (const [i, p] of PAYLOADS.entries()) {
    const root = `#v${i}`;
    assert.equal(await page.textContent(`${root} h1`), p);
    assert.equal(await page.textContent(`${root} .av-passage[data-kind="direct"]`), p);
    assert.equal(await page.getAttribute(`${root} .av-passage[data-kind="direct"]`, 'data-label'), `${p} · quote`);
    assert.match(await page.textContent(`#u${i} .av-error`), /source\.url: .* is not an absolute http\(s\) URL/);
  }
  const injected = await page.evaluate(() =>
    [...document.querySelectorAll('[data-article-viewer]')].flatMap((e) =>
      [...e.shadowRoot.querySelectorAll('script, img, svg:not(.av-bar), iframe, object, embed, form, input, video, math, base, style, marquee, noscript, [onerror], [onload], a[href^="javascript" i], a[href^="data" i]')].map((x) => x.outerHTML),
    ),
  );
  assert.deepEqual(injected, []);
  assert.equal(await page.evaluate(() => window.__xss), undefined);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('payloads in data-* options and in the URL hash are refused, named and shown as text', async () => {
  const page = await open(`${server.origin}/options.html`);
  await page.waitForFunction((n) => [...document.querySelectorAll('[data-article-viewer]')].filter((e) => e.shadowRoot?.querySelector('.av-paragraph')).length === n, PAYLOADS.length);
  for (const i of [0, 1, 7, 20]) {
    const text = await page.textContent(`#o${i} .av-notices`);
    assert.match(text, /theme: .* is not one of auto, light, dark, sepia; using auto/);
    assert.equal(await page.getAttribute(`#o${i} .av`, 'data-theme'), 'auto');
  }
  assert.equal(await page.evaluate(() => window.__xss), undefined);
  await page.context().close();

  for (const p of PAYLOADS.slice(0, 12)) {
    const hashPage = await open(`${server.url}#voices=${encodeURIComponent(p)}&theme=${encodeURIComponent(p)}`);
    await waitReady(hashPage);
    assert.match(await hashPage.textContent('.av-notices'), /is not a voice id; ignored/);
    assert.equal(await hashPage.locator('.av-passage[data-match]').count(), 0);
    assert.equal(await hashPage.evaluate(() => window.__xss), undefined);
    assert.deepEqual(hashPage.problems, []);
    await hashPage.context().close();
  }
});

test("the README's Content-Security-Policy is the one these tests serve (the inline script's hash included)", () => {
  const readme = fs.readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const block = readme.match(/```\nContent-Security-Policy: ([^`]*)```/);
  assert.ok(block, 'the README shows the policy');
  assert.equal(block[1].replace(/\s+/g, ' ').trim(), CSP);
});

test('under the strict CSP: loading, filtering, every panel, copying and embedding break no rule', async () => {
  const page = await open('STRICT/', { permissions: ['clipboard-read', 'clipboard-write'] });
  await waitReady(page);
  await page.click('button[data-voice="maria-zakharova"]');
  await page.click('.av-only');
  // Open every disclosure (outer ones first, so inner ones become visible).
  for (let round = 0; round < 3; round++) {
    for (const summary of await page.$$('details:not([open]) > summary')) {
      if (await summary.isVisible()) await summary.click();
    }
  }
  assert.equal(await page.locator('details:not([open])').count(), 0);
  await page.click('.av-style >> text=BibTeX');
  await page.click('.av-source .av-copy-button');
  await page.waitForFunction(() => document.querySelector('.av-source .av-copy-status').textContent.includes('Copied'));
  await page.click('.av-embed-panel .av-copy-button');
  await page.goto(page.url().replace(/\/viewer\/.*/, '/viewer/embed.html?id=x&theme=dark'));
  await waitReady(page);
  await page.click('button[data-voice="syria"]');
  assert.deepEqual(page.problems, []);
  // The listener does catch a violation: an inline style attribute is refused.
  const reported = page.waitForEvent('console', (m) => m.text().startsWith('CSP violation: style-src'));
  await page.evaluate(() => document.body.setAttribute('style', 'color: red'));
  await reported;
  assert.ok(page.problems.some((p) => p.includes('CSP violation')), JSON.stringify(page.problems));
  await page.context().close();
});

test('axe-core finds no WCAG 2.1 AA violation in any state', async () => {
  const states = [
    ['light', '', { colorScheme: 'light' }],
    ['dark', '', { colorScheme: 'dark' }],
    ['filter and only matching', '#voices=james-mattis,syria&only=true', {}],
    ['filter, dark', '#voices=maria-zakharova', { colorScheme: 'dark' }],
    ['sepia', '?theme=sepia', {}],
    ['320 px', '#voices=sergei-lavrov', { viewport: { width: 320, height: 640 } }],
    ['iframe embed', 'embed.html?id=a#voices=russia', {}],
    ['error panel', 'embed.html?article=nope.json', {}],
  ];
  const results = {};
  for (const [name, suffix, options] of states) {
    const page = await open(`STRICT/${suffix}`, { bypassCSP: true, ...options });
    await waitReady(page);
    results[name] = await axe(page);
    await page.context().close();
  }
  assert.deepEqual(results, Object.fromEntries(states.map(([n]) => [n, []])));
});

test('keyboard only: sensible order, visible focus, Space and Enter toggle, Escape closes', async () => {
  const page = await open('STRICT/');
  await waitReady(page);
  const stops = [];
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement === document.body)) break;
    const stop = await page.evaluate(() => {
      const e = document.activeElement;
      const style = getComputedStyle(e);
      return { what: e.dataset.voice ?? e.className ?? e.tagName, tag: e.tagName, outline: style.outlineStyle };
    });
    stops.push(stop);
  }
  for (const s of stops) assert.equal(s.outline, 'solid', JSON.stringify(s));
  const order = stops.map((s) => s.what);
  const idx = (w) => order.indexOf(w);
  assert.ok(idx('maria-zakharova') < idx('radio-habana-cuba'), order.join());
  assert.ok(idx('radio-habana-cuba') < idx('av-all') && idx('av-all') < idx('av-only'), order.join());
  assert.ok(idx('av-only') < idx('av-original'), order.join());

  await page.focus('button[data-voice="syria"]');
  await page.keyboard.press('Space');
  await page.waitForFunction(() => document.querySelector('.av-status').textContent.includes('Syria'));
  assert.match(await page.textContent('[role=status][aria-live=polite]'), /^Showing 2 of \d+ passages: Syria\.$/);
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('.av-status').textContent.startsWith('Showing all'));

  await page.focus('.av-basis summary');
  await page.keyboard.press('Enter');
  assert.equal(await page.$eval('.av-basis', (d) => d.open), true);
  await page.keyboard.press('Escape');
  assert.equal(await page.$eval('.av-basis', (d) => d.open), false);
  await page.keyboard.press('Escape');
  assert.equal(await page.$eval('.av-source-details', (d) => d.open), false);
  assert.equal(await page.evaluate(() => document.activeElement.closest('summary') !== null), true);
  await page.context().close();
});

test('text zoomed to 200% loses nothing: no sideways scroll, every paragraph and control there', async () => {
  // A 1280 px window at 200% zoom is a 640 px viewport; on top of that, the text itself doubles.
  const page = await open('STRICT/#voices=syria', { viewport: { width: 640, height: 800 } });
  await waitReady(page);
  await page.evaluate(() => {
    document.documentElement.style.fontSize = '200%';
  });
  const overflow = await page.evaluate(() => document.scrollingElement.scrollWidth - document.scrollingElement.clientWidth);
  assert.equal(overflow, 0);
  assert.equal(await page.locator('.av-paragraph:visible').count(), 6);
  for (const sel of ['.av-voice[data-voice="syria"]', '.av-all', '.av-only', '.av-source-details > summary']) {
    await page.locator(sel).scrollIntoViewIfNeeded();
    assert.ok(await page.locator(sel).isVisible(), sel);
  }
  await page.context().close();
});

