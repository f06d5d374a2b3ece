// Filter-click latency as issue 14 measures it: unthrottled Chromium with vsync and the
// frame-rate limit off; the clock runs from the click until the button's `aria-pressed` has
// flipped (a MutationObserver sees it), then one task later (a MessageChannel message), then a
// forced layout. Cases: the seed on the full page, and synthetic articles in the script embed.
// `node tests/bench/click.mjs` prints the table alone; bench.mjs prints it with the rest.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM } from '../e2e/browser.mjs';
import { serve } from '../e2e/server.mjs';
import { DIST } from './size.mjs';

const CLICKS = Number(process.env.BENCH_CLICKS ?? 60);

export const synthetic = (paragraphs) =>
  execFileSync('cargo', ['run', '-q', '--offline', '--features', 'ssr', '--bin', 'gen-article', '--', String(paragraphs), '50', '1'], {
    maxBuffer: 64 << 20,
  }).toString();

/** A host page with a script embed carrying `json` (escaped for a script element). */
const hostPage = (json) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title></head><body>
<div data-article-viewer id="embedded"><script type="application/json" data-article-viewer-article>${json.replaceAll('<', '\\u003c')}</script></div>
<script type="module" src="/v/embed.js"></script></body></html>`;

/** Milliseconds per click, `clicks` clicks cycling over the first four voice buttons, 50 ms
 *  apart (faster than any reader clicks). With `floor`, nothing is clicked: plain JS makes the
 *  DOM changes the app makes for that click (`aria-pressed`, the root's `data-filtering`, every
 *  `data-match` that changes), timed the same way: what this page costs the browser itself. */
async function measure(page, clicks, floor) {
  await page.waitForFunction(() => performance.getEntriesByName('article-viewer:ready').length > 0);
  return page.evaluate(async ([clicks, floor]) => {
    const host = document.querySelector('[data-article-viewer]');
    const root = host?.shadowRoot ?? document;
    const buttons = [...root.querySelectorAll('button[data-voice][aria-pressed]')].slice(0, 4);
    const viewer = root.querySelector('.av-viewer');
    const passages = [...root.querySelectorAll('.av-passage')];
    const voices = passages.map((p) => p.dataset.voice);
    const marks = passages.map(() => null); // what each passage shows, as the app keeps it
    const selected = new Set();
    const act = (button) => {
      if (!floor) return button.click();
      const voice = button.dataset.voice;
      if (!selected.delete(voice)) selected.add(voice);
      button.setAttribute('aria-pressed', String(selected.has(voice)));
      viewer.setAttribute('data-filtering', String(selected.size > 0));
      for (let i = 0; i < passages.length; i++) {
        const want = selected.size ? (selected.has(voices[i]) ? 'true' : 'false') : null;
        if (marks[i] === want) continue;
        marks[i] = want;
        if (want === null) passages[i].removeAttribute('data-match');
        else passages[i].setAttribute('data-match', want);
      }
    };
    const task = () => new Promise((r) => { const c = new MessageChannel(); c.port1.onmessage = r; c.port2.postMessage(0); });
    const flipped = (button, before) => new Promise((resolve) => {
      const observer = new MutationObserver(() => {
        if (button.getAttribute('aria-pressed') !== before) { observer.disconnect(); resolve(); }
      });
      observer.observe(button, { attributes: true, attributeFilter: ['aria-pressed'] });
    });
    const pause = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50)));
    const times = [];
    await pause();
    for (let i = 0; i < clicks; i++) {
      const button = buttons[i % buttons.length];
      const done = flipped(button, button.getAttribute('aria-pressed'));
      const t0 = performance.now();
      act(button);
      await done;
      await task();
      void document.body.offsetHeight; // forced layout
      times.push(performance.now() - t0);
      await pause();
    }
    return times;
  }, [clicks, floor]);
}

export const pct = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)];

/** Runs every case; returns {case: [ms per click]}. */
export async function clickLatency({ clicks = CLICKS } = {}) {
  const articles = { 2000: synthetic(2000), 20000: synthetic(20000) };
  const server = await serve({
    root: DIST,
    prefix: '/v/',
    pages: { '/host-2000.html': hostPage(articles[2000]), '/host-20000.html': hostPage(articles[20000]) },
  });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-gpu-vsync', '--disable-frame-rate-limit',
    ],
  });
  const cases = {
    'the seed on the full page': `${server.url}index.html`,
    '2,000 paragraphs in the script embed': `${server.origin}/host-2000.html`,
    '20,000 paragraphs in the script embed': `${server.origin}/host-20000.html`,
  };
  const results = {};
  try {
    // Rounds interleave the app and the floor, so both see the same machine.
    for (let round = 0; round < 3; round++) {
      for (const [name, url] of Object.entries(cases)) {
        for (const floor of [false, true]) {
          const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
          const page = await context.newPage();
          await page.goto(url);
          const times = await measure(page, Math.ceil(clicks / 3), floor);
          ((results[name] ??= { app: [], floor: [] })[floor ? 'floor' : 'app']).push(...times);
          await context.close();
        }
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return results;
}

const TARGETS = {
  'the seed on the full page': 'p95 ≤ 4 ms',
  '2,000 paragraphs in the script embed': 'p95 ≤ 16 ms',
  '20,000 paragraphs in the script embed': 'linear: ≈ 10× the 2,000',
};

export function clickTable(results) {
  const ms = (x) => `${x.toFixed(1)} ms`;
  const lines = [
    '| filter click → aria-pressed → next task → layout (unthrottled, no vsync) | app p50 | app p95 | floor p50 | floor p95 | target |',
    '|---|---:|---:|---:|---:|---|',
  ];
  for (const [name, { app, floor }] of Object.entries(results)) {
    lines.push(`| ${name} | ${ms(pct(app, 50))} | ${ms(pct(app, 95))} | ${ms(pct(floor, 50))} | ${ms(pct(floor, 95))} | ${TARGETS[name]} |`);
  }
  const p95 = (name, key) => pct(results[name][key], 95);
  const big = '20,000 paragraphs in the script embed';
  const small = '2,000 paragraphs in the script embed';
  lines.push(`| p95 ratio 20,000 / 2,000 paragraphs | ${(p95(big, 'app') / p95(small, 'app')).toFixed(1)} | | ${(p95(big, 'floor') / p95(small, 'floor')).toFixed(1)} | | ≤ 10 |`);
  return lines.join('\n');
}

export const CLICK_NOTE =
  'floor: the same page and the same DOM changes made by plain JS instead of a click, timed the same way (what the browser itself needs). ' +
  'Clicks 50 ms apart, 3 rounds interleaving app and floor.';

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(clickTable(await clickLatency()));
  console.log(CLICK_NOTE);
}
