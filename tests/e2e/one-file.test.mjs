// The one-file viewer (dist/article-viewer.html) opened from disk: file:// URL, no server,
// every network request refused. It must work in full and ask for nothing.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { launch, openPage, waitReady, waitHash } from './browser.mjs';
import { DIST } from '../bench/size.mjs';

const FILE = pathToFileURL(path.join(DIST, 'article-viewer.html')).href;
let browser;
before(async () => {
  browser = await launch();
});
after(async () => browser?.close());

async function openOffline(hash = '', options = {}) {
  const page = await openPage(browser, { offline: true, ...options });
  page.requests = [];
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('file:')) return route.continue();
    page.requests.push(url);
    return route.abort();
  });
  await page.goto(FILE + hash);
  await waitReady(page);
  return page;
}

test('opened from disk it filters, updates the hash and makes no request', async () => {
  const page = await openOffline();
  assert.equal(await page.locator('.av-paragraph').count(), 6);
  await page.click('button[data-voice="sergei-lavrov"]');
  assert.deepEqual(
    await page.$$eval('.av-passage[data-voice="sergei-lavrov"]', (els) => els.map((e) => e.dataset.match)),
    ['true', 'true'],
  );
  await waitHash(page, '#voices=sergei-lavrov');
  assert.match(await page.textContent('.av-status'), /Sergei Lavrov/);
  await page.goBack();
  await page.waitForSelector('button[data-voice="sergei-lavrov"][aria-pressed="false"]');
  assert.deepEqual(page.requests, []);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('a #voices= deep link applies on load, in dark mode, and the source panel works', async () => {
  const page = await openOffline('#voices=maria-zakharova&only=true', { colorScheme: 'dark' });
  assert.equal(await page.getAttribute('button[data-voice="maria-zakharova"]', 'aria-pressed'), 'true');
  assert.equal(await page.locator('.av-paragraph:visible').count(), 2);
  assert.equal(await page.$eval('.av', (e) => getComputedStyle(e).backgroundColor), 'rgb(18, 18, 18)');
  assert.match(await page.getAttribute('.av-source a.av-original', 'href'), /^https:\/\/www\.radiohc\.cu\//);
  await page.evaluate(() => {
    navigator.clipboard.writeText = () => Promise.reject(new DOMException('denied', 'NotAllowedError'));
  });
  await page.click('.av-source .av-copy-button');
  await page.waitForFunction(() => getSelection().toString().includes('Radio Habana Cuba'));
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('.av-voice').first().isVisible(), false);
  assert.deepEqual(page.requests, []);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});
