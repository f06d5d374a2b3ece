// The corpus browser end to end: 1,000 synthetic articles through `corpus add`, `corpus site`
// with the release dist/ as its viewer, served under a sub-path with the viewer's strict CSP,
// then driven in headless Chromium as a reader would: the article list and its filters, a
// voice's page, search, and links into the viewer with the voice selected; axe on every kind
// of page, light and dark, and the Arabic site right to left.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launch, openPage, waitReady, axe } from './browser.mjs';
import { serve } from './server.mjs';
import { DIST } from '../bench/size.mjs';
import { writeCorpus } from './corpus-jsonl.mjs';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const CORPUS = process.env.CORPUS_BIN ?? path.join(ROOT, 'target/debug/corpus');
const ARTICLES = 1000;

let browser, server, arabic, work;
before(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'corpus-site-'));
  const jsonl = path.join(work, 'articles.jsonl');
  writeCorpus(jsonl, ARTICLES);
  const db = path.join(work, 'corpus.db');
  execFileSync(CORPUS, ['add', db, jsonl, '--quiet'], { stdio: ['ignore', 'ignore', 'inherit'] });
  execFileSync(CORPUS, ['site', db, path.join(work, 'site'), '--viewer', DIST, '--quiet'], { stdio: 'inherit' });
  execFileSync(CORPUS, ['site', db, path.join(work, 'site-ar'), '--viewer', DIST, '--locale', 'ar', '--quiet'], { stdio: 'inherit' });
  browser = await launch();
  server = await serve({ root: path.join(work, 'site'), prefix: '/research/corpus/' });
  arabic = await serve({ root: path.join(work, 'site-ar'), prefix: '/ar/' });
});
after(async () => {
  await browser?.close();
  await server?.close();
  await arabic?.close();
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

/** A page that records every request, and fails the test on any console error or CSP report. */
async function open(url, options = {}) {
  const page = await openPage(browser, options);
  page.requests = [];
  page.on('request', (r) => page.requests.push(r.url()));
  await page.goto(url);
  return page;
}

const fetched = (page, part) => page.requests.filter((u) => u.includes(part));

test('the article list holds every article in pages, and filters them by outlet and date', async () => {
  const page = await open(`${server.url}articles/index.html`);
  assert.equal(await page.locator('h1').textContent(), 'Articles');
  assert.match(await page.locator('main > p').first().textContent(), /^1,000 articles, newest first\. Page 1 of 10\.$/);
  assert.equal(await page.locator('[data-article-table] tbody tr').count(), 100);
  assert.deepEqual(fetched(page, '/data/'), [], 'the filter index waits for a filter');
  await page.selectOption('select[name="outlet"]', { label: 'Valley Courier' });
  await page.waitForFunction(() => /match/.test(document.querySelector('[data-list-status]').textContent));
  assert.equal(await page.locator('[data-list-status]').textContent(), '200 articles match.');
  const outlets = await page.$$eval('[data-article-table] tbody tr td:nth-child(2)', (tds) => [...new Set(tds.map((td) => td.textContent))]);
  assert.deepEqual(outlets, ['Valley Courier']);
  await page.fill('input[name="from"]', '2026-01-01');
  await page.locator('input[name="from"]').dispatchEvent('change');
  await page.waitForFunction(() => !/^200 /.test(document.querySelector('[data-list-status]').textContent));
  const n = Number((await page.locator('[data-list-status]').textContent()).match(/^(\d+)/)[1]);
  assert.ok(n > 0 && n < 200, `${n} articles from 2026`);
  await page.selectOption('select[name="sort"]', 'oldest');
  await page.waitForFunction(() => document.querySelector('[data-article-table] tbody td:nth-child(3)').textContent.endsWith('2026'));
  assert.match(await page.locator('[data-article-table] tbody tr td:nth-child(3)').first().textContent(), /^\d+ January 2026$/);
  assert.equal(fetched(page, '/data/articles.json').length, 1);
  assert.deepEqual(page.problems, []);
  // Without JavaScript, the outlet's own pages list the same articles.
  const html = await (await fetch(`${server.url}articles/index.html`)).text();
  assert.match(html, /<a href="o-valley-courier\.html">Valley Courier<\/a> \(200\)/);
  await page.context().close();
});

test('a voice: its page lists its quotes across articles, and each opens the viewer with the voice selected', async () => {
  const page = await open(`${server.url}voices/index.html`);
  const first = page.locator('tbody tr').first();
  const name = await first.locator('th a').textContent();
  const count = Number((await first.locator('td').nth(1).textContent()).replace(/,/g, ''));
  assert.ok(count > 50, `${name} has ${count} quotes`);
  await first.locator('th a').click();
  await page.waitForURL(/\/v\/[^/]+\.html$/);
  assert.equal(await page.locator('h1').textContent(), name);
  assert.match(await page.locator('.cs-meta').first().textContent(), new RegExp(`${count.toLocaleString('en')} quotes`));
  assert.equal(await page.locator('.cs-quotes > li').count(), Math.min(count, 100), 'a page of its quotes');
  const quote = (await page.locator('.cs-quote mark').first().textContent()).trim();
  const link = page.locator('.cs-quotes > li a', { hasText: 'Read it in the article' }).first();
  const voice = decodeURIComponent((await link.getAttribute('href')).split('#voices=')[1]);
  await link.click();
  await waitReady(page);
  assert.match(page.url(), /\/viewer\/index\.html\?article=\.\.\/a\/[^&]+\.json&locale=en#voices=/);
  assert.equal(await page.getAttribute(`button[data-voice="${voice}"]`, 'aria-pressed'), 'true');
  const matched = await page.$$eval(`.av-passage[data-voice="${voice}"]`, (els) => els.map((e) => [e.dataset.match, e.textContent]));
  assert.ok(matched.length > 0 && matched.every(([m]) => m === 'true'), 'its passages are marked');
  assert.ok(matched.some(([, text]) => text.includes(quote)), `the quote "${quote}" is in the article`);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('search fetches only the shards it needs, finds quotes, and leads into the article with the voice selected', async () => {
  const page = await open(`${server.url}search.html`);
  assert.deepEqual(fetched(page, '/search/'), [], 'nothing of the index on start');
  const manifest = JSON.parse(fs.readFileSync(path.join(work, 'site/search/manifest.json'), 'utf8'));
  await page.fill('#search-q', 'bridge reb');
  await page.waitForFunction(() => /match/.test(document.querySelector('[data-search-status]').textContent));
  const status = await page.locator('[data-search-status]').textContent();
  const hits = Number(status.match(/^([\d,]+) quotes? match/)[1].replace(/,/g, ''));
  assert.ok(hits > 0, status);
  const shards = fetched(page, '/search/s/');
  assert.ok(shards.length >= 2 && shards.length < manifest.shards.length / 4, `${shards.length} of ${manifest.shards.length} shards`);
  const results = page.locator('[data-search-results] > li');
  assert.equal(await results.count(), Math.min(hits, 20));
  for (const text of await results.locator('blockquote').allTextContents()) {
    assert.match(text.toLowerCase(), /bridge/);
    assert.match(text.toLowerCase(), /\breb/);
  }
  const marks = (await results.first().locator('mark').allTextContents()).map((x) => x.toLowerCase());
  assert.ok(marks.includes('bridge') && marks.some((m) => m.startsWith('reb')), `marked: ${marks}`);
  if (hits > 20) {
    await page.click('[data-search-more]');
    await page.waitForFunction(() => document.querySelectorAll('[data-search-results] > li').length > 20);
  }
  const link = results.first().locator('a', { hasText: 'Read it in the article' });
  const voice = decodeURIComponent((await link.getAttribute('href')).split('#voices=')[1]);
  const quote = await results.first().locator('blockquote').textContent();
  await link.click();
  await waitReady(page);
  assert.equal(await page.getAttribute(`button[data-voice="${voice}"]`, 'aria-pressed'), 'true');
  const texts = await page.$$eval(`.av-passage[data-voice="${voice}"][data-match="true"]`, (els) => els.map((e) => e.textContent));
  assert.ok(texts.some((t) => t.includes(quote.trim())), 'the quote found is marked in the article');
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('an article page opens the viewer and gives an embed code with absolute addresses', async () => {
  const page = await open(`${server.url}articles/index.html`);
  await page.locator('[data-article-table] tbody a').first().click();
  await page.waitForURL(/\/a\/[^/]+\.html$/);
  const code = await page.locator('[data-embed-snippet]').textContent();
  assert.match(code, new RegExp(`^<iframe data-article-viewer src="${server.url}viewer/embed\\.html\\?id=article-viewer&article=\\.\\./a/[^"]+\\.json"`));
  assert.match(code, new RegExp(`<script type="module" src="${server.url}viewer/embed\\.js"></script>$`));
  const title = await page.locator('h1').textContent();
  await page.click('text=Read it in the viewer');
  await waitReady(page);
  assert.equal(await page.locator('.av-title').textContent(), title);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('the statistics draw each chart with patterns and a table beside it', async () => {
  const page = await open(`${server.url}stats.html`);
  assert.equal(await page.locator('svg.cs-svg').count(), 3);
  assert.equal(await page.locator('.cs-chart table').count(), 3);
  const rows = await page.$$eval('.cs-chart table', (tables) => tables.map((t) => t.tBodies[0].rows.length));
  assert.equal(rows[0], 15, 'the 15 most quoted voices');
  assert.equal(rows[1], 5, 'five outlets');
  assert.equal(rows[2], 18, 'eighteen months');
  assert.ok(await page.locator('svg rect[fill^="url(#outlet-hatch)"]').count() > 0, 'collective voices hatched');
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('axe finds nothing on every kind of page, light and dark, and in Arabic', async () => {
  const voice = fs.readdirSync(path.join(work, 'site/v'))[0];
  const article = fs.readdirSync(path.join(work, 'site/a')).find((f) => f.endsWith('.html'));
  const pages = ['index.html', 'articles/index.html', 'articles/o-valley-courier.html', `a/${article}`, 'voices/index.html', `v/${voice}`, 'search.html', 'stats.html'];
  const results = {};
  for (const colorScheme of ['light', 'dark']) {
    for (const [base, list] of [[server.url, pages], [arabic.url, ['index.html', 'voices/index.html', `v/${voice}`, 'stats.html', 'search.html']]]) {
      for (const p of list) {
        const page = await open(base + p, { colorScheme, bypassCSP: true }); // axe is an inline script
        if (p === 'search.html') {
          await page.fill('#search-q', 'bridge');
          await page.waitForSelector('[data-search-results] > li');
        }
        if (p === 'articles/index.html') {
          await page.selectOption('select[name="language"]', { index: 1 });
          await page.waitForFunction(() => /match/.test(document.querySelector('[data-list-status]').textContent));
        }
        results[`${colorScheme} ${base === arabic.url ? 'ar ' : ''}${p}`] = await axe(page);
        await page.context().close();
      }
    }
  }
  const failing = Object.entries(results).filter(([, v]) => v.length);
  assert.deepEqual(failing, []);
});

test('the Arabic site reads right to left, with its own words and digits', async () => {
  const page = await open(`${arabic.url}voices/index.html`);
  assert.equal(await page.getAttribute('html', 'lang'), 'ar');
  assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
  assert.equal(await page.locator('h1').textContent(), 'الأصوات');
  assert.match(await page.locator('tbody td.cs-num').first().textContent(), /^[٠-٩٬]+$/);
  await page.locator('tbody th a').first().click();
  await page.locator('.cs-quotes a').first().waitFor();
  await page.locator('.cs-quotes a', { hasText: 'اقرأه في المقالة' }).first().click();
  await waitReady(page);
  assert.equal(await page.getAttribute('html', 'dir'), 'rtl', 'the viewer follows the site into Arabic');
  assert.deepEqual(page.problems, []);
  await page.context().close();
});
