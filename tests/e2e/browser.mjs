// Headless Debian Chromium through playwright-core (no downloaded browser), with a page that
// records console errors, CSP violations and dialogs, so that each test can require none.
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

export async function launch() {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
  });
}

/** A fresh context and page; `page.problems` collects console errors, page errors, CSP
 *  violations and dialogs. */
export async function openPage(browser, options = {}) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  page.problems = [];
  page.on('console', (m) => {
    if (m.type() === 'error') page.problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => page.problems.push(`pageerror: ${e.message}`));
  page.on('dialog', async (d) => {
    page.problems.push(`dialog: ${d.message()}`);
    await d.dismiss();
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  return page;
}

/** Waits until the app has taken over from the prerendered page. */
export async function waitReady(page) {
  await page.waitForFunction(() => performance.getEntriesByName('article-viewer:ready').length > 0);
}

/** Waits until the page's hash is `hash`: the viewer writes it just after the frame that shows
 *  the change, so it lands a moment after the click. */
export async function waitHash(page, hash) {
  await page.waitForFunction((h) => location.hash === h, hash, { timeout: 5000 });
}

/** axe-core's WCAG 2.0/2.1 A and AA violations on the page, one line each (none is []). */
export async function axe(page) {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    const r = await window.axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] });
    return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
  });
}
