// Probe: LCP entries (time, size, element) per build, throttled like the bench, beside the static page.
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { serve } from '../e2e/server.mjs';
import { staticPage } from './lighthouse.mjs';

const dists = process.argv.slice(2);
const runs = Number(process.env.RUNS ?? 3);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
const servers = [];
for (const d of dists) {
  const baseline = staticPage(fs.readFileSync(path.join(d, 'index.html'), 'utf8'));
  servers.push({ d, s: await serve({ root: d, prefix: '/', gzip: true, pages: { '/baseline.html': baseline } }) });
}
async function one(url, ready) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.addInitScript(() => {
    window.__lcp = [];
    new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__lcp.push({ t: Math.round(e.startTime), size: e.size, el: e.element ? e.element.tagName + '.' + e.element.className : '?' }); }).observe({ type: 'largest-contentful-paint', buffered: true });
  });
  await page.goto(url, { waitUntil: 'load' });
  if (ready) await page.waitForFunction(() => performance.getEntriesByName('article-viewer:ready').length > 0, null, { timeout: 60000 });
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 300)))));
  const r = await page.evaluate(() => ({ lcp: window.__lcp, fcp: Math.round(performance.getEntriesByName('first-contentful-paint')[0]?.startTime), start: Math.round(performance.getEntriesByName('article-viewer:start')[0]?.startTime ?? -1), ready: Math.round(performance.getEntriesByName('article-viewer:ready')[0]?.startTime ?? -1) }));
  await context.close();
  return r;
}
for (let i = 0; i < runs; i++) {
  for (const { d, s } of servers) {
    const v = await one(`${s.url}index.html`, true);
    const b = await one(`${s.url}baseline.html`, false);
    console.log(`${d}: viewer fcp ${v.fcp} start ${v.start} ready ${v.ready} lcp ${JSON.stringify(v.lcp)} | static fcp ${b.fcp} lcp ${JSON.stringify(b.lcp.map((e) => e.t))}`);
  }
}
await browser.close();
for (const { s } of servers) await s.close();
