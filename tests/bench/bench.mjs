// The benchmark (./dev bench): sizes, paint and ready times against a static-HTML baseline of
// the same article, filter latency at three article sizes, and memory. Loads run under
// Lighthouse's mobile profile (150 ms RTT, 1.6 Mbps down, 750 kbps up, 4x CPU slowdown) with
// gzip, viewer and baseline interleaved on one server. Prints a table, writes
// bench-results/bench.json. Results are ratios within one run: these machines are noisy.
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import zlib from 'node:zlib';
import { launch } from '../e2e/browser.mjs';
import { serve } from '../e2e/server.mjs';
import { DIST, sizes, sizeTable } from './size.mjs';
import { clickLatency, clickTable, CLICK_NOTE, synthetic } from './click.mjs';
import { editorSpeed, editorTable } from './editor.mjs';
import { lighthouseRuns, lighthouseSummary, lighthouseTable, staticPage } from './lighthouse.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const CLICKS = Number(process.env.BENCH_CLICKS ?? 60);
const OUT = path.resolve(DIST, '../bench-results');
fs.mkdirSync(OUT, { recursive: true });

// The baseline: the same prerendered page and CSS, with no script at all.
const baseline = staticPage(fs.readFileSync(path.join(DIST, 'index.html'), 'utf8'));
const server = await serve({
  root: DIST,
  prefix: '/',
  gzip: true,
  pages: {
    '/baseline.html': baseline,
    '/synthetic-2000.json': synthetic(2000),
    '/synthetic-20000.json': synthetic(20000),
  },
});
const browser = await launch();

async function throttledPage() {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 150,
    downloadThroughput: (1.6 * 1024 * 1024) / 8,
    uploadThroughput: (750 * 1024) / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  return page;
}

/** Wraps WebAssembly instantiation so the benchmark can read the wasm memory's size. */
const recordWasmMemory = () => {
  for (const name of ['instantiate', 'instantiateStreaming']) {
    const original = WebAssembly[name];
    WebAssembly[name] = async (...args) => {
      const result = await original.apply(WebAssembly, args);
      window.__wasmMemory = (result.instance ?? result).exports.memory;
      return result;
    };
  }
};

async function load(url, waitForReady) {
  const page = await throttledPage();
  await page.addInitScript(recordWasmMemory);
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
  if (waitForReady) await page.waitForFunction(() => performance.getEntriesByName('article-viewer:ready').length > 0);
  const result = await page.evaluate(() => ({
    fcp: performance.getEntriesByName('first-contentful-paint')[0].startTime,
    ready: performance.getEntriesByName('article-viewer:ready')[0]?.startTime ?? null,
    boot: performance.getEntriesByName('article-viewer:boot')[0]?.startTime ?? null,
    start: performance.getEntriesByName('article-viewer:start')[0]?.startTime ?? null,
    heap: performance.memory.usedJSHeapSize,
    wasm: window.__wasmMemory?.buffer.byteLength ?? 0,
  }));
  await page.context().close();
  return result;
}

/** Per click: `frame`, click → the next frame painted; `work`, click → the app's update done
 *  (its microtasks included, measured at the next task). No throttling: this is the app's cost. */
async function filterLatency(url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('article-viewer:ready').length > 0);
  const times = await page.evaluate(async (clicks) => {
    const buttons = [...document.querySelectorAll('button.av-voice')].slice(0, 4);
    const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    const task = () => new Promise((r) => { const c = new MessageChannel(); c.port1.onmessage = r; c.port2.postMessage(0); });
    const out = { frame: [], work: [] };
    await frame();
    for (let i = 0; i < clicks; i++) {
      const t0 = performance.now();
      buttons[i % buttons.length].click();
      await task();
      out.work.push(performance.now() - t0);
      await frame();
      out.frame.push(performance.now() - t0);
    }
    return out;
  }, CLICKS);
  await context.close();
  return times;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const pct = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)];
const best = (xs) => Math.min(...xs);

const loads = { viewer: [], baseline: [] };
for (let i = 0; i < RUNS; i++) {
  loads.viewer.push(await load(`${server.url}index.html`, true));
  loads.baseline.push(await load(`${server.url}baseline.html`, false));
}
/** Ready time, unthrottled: the one-file viewer from file:// against the served dist/. */
async function readyUnthrottled(url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('article-viewer:ready').length > 0);
  const ready = await page.evaluate(() => performance.getEntriesByName('article-viewer:ready')[0].startTime);
  await context.close();
  return ready;
}
const oneFile = { file: [], served: [] };
for (let i = 0; i < RUNS; i++) {
  oneFile.file.push(await readyUnthrottled(pathToFileURL(path.join(DIST, 'article-viewer.html')).href));
  oneFile.served.push(await readyUnthrottled(`${server.url}index.html`));
}

const latency = {
  seed: await filterLatency(`${server.url}index.html`),
  '2,000 paragraphs': await filterLatency(`${server.url}index.html?article=synthetic-2000.json`),
  '20,000 paragraphs': await filterLatency(`${server.url}index.html?article=synthetic-20000.json`),
};
await browser.close();
await server.close();
// Issue 14's measure, beside the one above: click → aria-pressed → next task → layout, with
// vsync and the frame-rate limit off, against what the same DOM change costs the browser alone.
const clicks = await clickLatency({ clicks: CLICKS });

const vFcp = loads.viewer.map((r) => r.fcp);
const bFcp = loads.baseline.map((r) => r.fcp);
const ready = loads.viewer.map((r) => r.ready);
const memory = loads.viewer.map((r) => r.heap + r.wasm);
const ms = (x) => `${x.toFixed(0)} ms`;
const rows = [
  ['FCP, viewer', ms(median(vFcp)), ms(best(vFcp)), ''],
  ['FCP, static baseline', ms(median(bFcp)), ms(best(bFcp)), ''],
  ['FCP ratio viewer / baseline', (median(vFcp) / median(bFcp)).toFixed(2), (best(vFcp) / best(bFcp)).toFixed(2), '≤ 1.10'],
  ['ready', ms(median(ready)), ms(best(ready)), ''],
  ['wasm download, compile and instantiate (boot.js → start)', ms(median(loads.viewer.map((r) => r.start - r.boot))), ms(best(loads.viewer.map((r) => r.start - r.boot))), ''],
  ['first render and swap (start → ready)', ms(median(loads.viewer.map((r) => r.ready - r.start))), ms(best(loads.viewer.map((r) => r.ready - r.start))), ''],
  ['ready / baseline FCP', (median(ready) / median(bFcp)).toFixed(2), (best(ready) / best(bFcp)).toFixed(2), '≤ 1.5'],
  ['JS heap + wasm memory after load', `${(median(memory) / 1e6).toFixed(1)} MB`, `${(best(memory) / 1e6).toFixed(1)} MB`, '≤ 5 MB'],
];
const targets = { seed: 'p95 ≤ 16 ms', '2,000 paragraphs': 'p95 ≤ 50 ms', '20,000 paragraphs': '≈ 10× the 2,000' };
for (const [name, { frame, work }] of Object.entries(latency)) {
  rows.push([`filter click → next frame, ${name}: p50 / p95`, ms(pct(frame, 50)), ms(pct(frame, 95)), targets[name]]);
  rows.push([`filter update work, ${name}: p50 / p95`, ms(pct(work, 50)), ms(pct(work, 95)), '']);
}
const p95 = (name, key) => pct(latency[name][key], 95);
rows.push(['p95 ratio 20,000 / 2,000 paragraphs: frame, work', (p95('20,000 paragraphs', 'frame') / p95('2,000 paragraphs', 'frame')).toFixed(1), (p95('20,000 paragraphs', 'work') / p95('2,000 paragraphs', 'work')).toFixed(1), '≤ ~10']);

rows.push(['ready, one-file viewer from file:// (unthrottled)', ms(median(oneFile.file)), ms(best(oneFile.file)), '']);

rows.push(['ready, served dist/ (unthrottled)', ms(median(oneFile.served)), ms(best(oneFile.served)), '']);

// The importer drafting a 10,000-word article: natively, and as wasm in headless Chromium
// (a wasm-bindgen test that prints its times). Both print "median_ms=… best_ms=…".
const importSpeed = (args) => {
  const out = execFileSync('cargo', args, { encoding: 'utf8', env: { ...process.env, CHROMEDRIVER: '/usr/bin/chromedriver' } });
  const line = out.split('\n').find((l) => l.includes('import-speed'));
  const num = (key) => Number(line.match(new RegExp(`${key}=([0-9.]+)`))[1]);
  return { words: num('words'), median: num('median_ms'), best: num('best_ms') };
};
// BENCH_VIEWER_ONLY=1 leaves out the importer's and the editor's parts (the viewer's figures
// alone, in less time).
const viewerOnly = Boolean(process.env.BENCH_VIEWER_ONLY);
const imports = viewerOnly ? null : {
  native: importSpeed(['run', '-q', '--release', '--offline', '-p', 'article-cli', '--bin', 'score-import', '--', '--speed']),
  browser: importSpeed(['test', '--release', '--offline', '--target', 'wasm32-unknown-unknown', '--test', 'import_speed', '--', '--nocapture']),
};
if (imports) {
  rows.push([`import: draft ${imports.native.words.toLocaleString('en')} words, native (unthrottled)`, ms(imports.native.median), ms(imports.native.best), '≤ 50 ms']);
  rows.push([`import: draft ${imports.browser.words.toLocaleString('en')} words, wasm in Chromium (unthrottled)`, ms(imports.browser.median), ms(imports.browser.best), '≤ 150 ms']);
}

const editor = viewerOnly ? null : await editorSpeed();
// Lighthouse last: it builds the reference builds on first use.
const lighthouse = lighthouseSummary(await lighthouseRuns());
const sizeRows = sizes();
// What the one-file viewer's wasm would weigh as plain base64, against gzip inside base64.
const wasm = fs.readFileSync(path.join(DIST, 'article-viewer_bg.wasm'));
const plain64 = Buffer.from(wasm.toString('base64'));
const packed64 = Buffer.from(zlib.gzipSync(wasm, { level: 9 }).toString('base64'));
const gz = (b) => zlib.gzipSync(b, { level: 9 }).length;
const oneFileNote = `one-file wasm payload: plain base64 ${(plain64.length / 1e3).toFixed(1)} KB (${(gz(plain64) / 1e3).toFixed(1)} KB gzip), gzip inside base64 ${(packed64.length / 1e3).toFixed(1)} KB (${(gz(packed64) / 1e3).toFixed(1)} KB gzip)`;
const timing = [
  `| measure (${RUNS} loads each, mobile profile) | median | best | target |`,
  '|---|---:|---:|---|',
  ...rows.map((r) => `| ${r.join(' | ')} |`),
].join('\n');
const latencyNote = `filter rows: ${CLICKS} clicks each, unthrottled; their two columns are p50 and p95.`;
console.log(sizeTable(sizeRows));
console.log();
console.log(timing);
console.log(latencyNote);
console.log();
console.log(clickTable(clicks));
console.log(CLICK_NOTE);
console.log(oneFileNote);
console.log();
if (editor) console.log(editorTable(editor));
console.log();
console.log(lighthouseTable(lighthouse));
console.log();
console.log(targetTable());
fs.writeFileSync(
  path.join(OUT, 'bench.json'),
  JSON.stringify({ date: new Date().toISOString(), runs: RUNS, sizes: sizeRows, loads, latency, clicks, oneFile, imports, editor, lighthouse }, null, 1),
);

/** Issue 23's targets, each measured in this run. */
function targetTable() {
  const lh = (how) => lighthouse.find((s) => s.name === `viewer, ${how}`);
  const [gz, plain] = [lh('gzip'), lh('uncompressed')];
  const first = sizeRows.find((r) => r.file === 'first load');
  const ratio = (name) => pct(clicks[name].app, 95) / pct(clicks[name].floor, 95);
  const rows = [
    ['Lighthouse performance, gzip / uncompressed', `${gz.score} / ${plain.score}`, '≥ 95', gz.score >= 95 && plain.score >= 95],
    ['LCP ÷ static page LCP, gzip / uncompressed', `${gz.lcpRatio.toFixed(2)} / ${plain.lcpRatio.toFixed(2)}`, '≤ 1.10', Math.max(gz.lcpRatio, plain.lcpRatio) <= 1.1],
    ['FCP ÷ static page FCP, gzip / uncompressed', `${gz.fcpRatio.toFixed(2)} / ${plain.fcpRatio.toFixed(2)}`, '≤ 1.10', Math.max(gz.fcpRatio, plain.fcpRatio) <= 1.1],
    ['cumulative layout shift, gzip / uncompressed', `${gz.cls.toFixed(2)} / ${plain.cls.toFixed(2)}`, '0.00', gz.cls.toFixed(2) === '0.00' && plain.cls.toFixed(2) === '0.00'],
    ['total blocking time, gzip / uncompressed', `${Math.round(gz.tbt)} / ${Math.round(plain.tbt)} ms`, '≤ 200 ms', Math.max(gz.tbt, plain.tbt) <= 200],
    ['ready ÷ static page FCP (throttled loads, median)', (median(ready) / median(bFcp)).toFixed(2), '≤ 1.5', median(ready) / median(bFcp) <= 1.5],
    ['filter click p95 ÷ floor p95, seed', ratio('the seed on the full page').toFixed(2), '≤ 1.3', ratio('the seed on the full page') <= 1.3],
    ['filter click p95 ÷ floor p95, 2,000 paragraphs', ratio('2,000 paragraphs in the script embed').toFixed(2), 'at the floor (≤ 1.05)', ratio('2,000 paragraphs in the script embed') <= 1.05],
    ['first load, gzip / brotli', `${(first.gzip / 1e3).toFixed(1)} / ${(first.brotli / 1e3).toFixed(1)} KB`, '≤ 161 KB gzip', first.gzip <= 161_000],
  ];
  return [
    '| issue 23 target | measured | target | met |',
    '|---|---:|---|---|',
    ...rows.map(([name, value, target, met]) => `| ${name} | ${value} | ${target} | ${met ? 'yes' : 'no'} |`),
  ].join('\n');
}
console.log(`\nwrote ${path.join(OUT, 'bench.json')}`);
