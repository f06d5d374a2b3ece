// The editor with a web page, end to end against the release dist/: an .html file dropped or
// chosen, or HTML pasted from a page, fills the form with the article's text and the page's
// metadata, each field showing where the page said it; the user checks, changes one, drafts,
// and the draft records its page. Hostile pages run no script and show no markup. The pages
// are our own (crates/page/tests/pages/).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { launch, openPage } from './browser.mjs';
import { serve } from './server.mjs';
import { DIST } from '../bench/size.mjs';

const PAGES = new URL('../../crates/page/tests/pages/', import.meta.url);
const read = (name) => fs.readFileSync(new URL(name, PAGES), 'utf8');

let browser;
let server;

before(async () => {
  browser = await launch();
  server = await serve({ root: DIST, prefix: '/v/', pages: {} });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

async function openEditor() {
  const page = await openPage(browser, { acceptDownloads: true });
  await page.goto(`${server.url}editor.html`);
  await page.waitForSelector('.ed-start');
  return page;
}

async function drop(page, name, html) {
  const transfer = await page.evaluateHandle(([n, h]) => {
    const t = new DataTransfer();
    t.items.add(new File([h], n, { type: 'text/html' }));
    return t;
  }, [name, html]);
  await page.dispatchEvent('.ed-start', 'drop', { dataTransfer: transfer });
}

async function downloadJson(page) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('.ed-download')]);
  return JSON.parse(fs.readFileSync(await download.path(), 'utf8'));
}

test('a dropped .html page fills the form with each field\'s source; a change is the user\'s; the draft records its page', async () => {
  const page = await openEditor();
  await drop(page, 'bridge.html', read('jsonld-cms.html'));
  await page.waitForSelector('.ed-loaded:has-text("bridge.html")');
  const expected = JSON.parse(read('jsonld-cms.expected.json'));
  assert.equal(await page.inputValue('#ed-title'), expected.title);
  assert.equal(await page.inputValue('#ed-authors'), 'Nadia Okafor');
  assert.equal(await page.inputValue('#ed-outlet'), 'The Riverside Courier');
  assert.equal(await page.inputValue('#ed-url'), expected.url);
  assert.equal(await page.inputValue('#ed-date'), '2026-03-04');
  assert.equal(await page.inputValue('#ed-language'), 'en-GB');
  assert.equal(await page.textContent('#ed-title-origin'), 'From the page: JSON-LD headline');
  assert.equal(await page.textContent('#ed-authors-origin'), 'From the page: JSON-LD author');
  assert.equal(await page.textContent('#ed-url-origin'), 'From the page: <link rel=canonical>');
  assert.equal(await page.textContent('#ed-date-origin'), 'From the page: JSON-LD datePublished');
  assert.equal(await page.textContent('#ed-language-origin'), 'From the page: <html lang>');
  assert.equal(await page.getAttribute('#ed-title', 'aria-describedby'), 'ed-title-origin');
  assert.equal(await page.textContent('#ed-description'), expected.description);
  assert.equal(await page.inputValue('#ed-text'), expected.body.join('\n\n'));

  // The user checks and changes the outlet, then drafts.
  await page.fill('#ed-outlet', 'Riverside Courier');
  await page.click('.ed-draft');
  await page.waitForSelector('.ed-preview .av-passage');
  assert.equal(await page.textContent('.ed-preview .av-title'), expected.title);
  const texts = await page.$$eval('.ed-preview .av-paragraph', (ps) => ps.map((p) => p.textContent));
  assert.deepEqual(texts, expected.body);
  const article = await downloadJson(page);
  assert.equal(article.source.outlet, 'Riverside Courier');
  assert.equal(article.source.url, expected.url);
  assert.deepEqual(article.meta.authors, [{ given: 'Nadia', family: 'Okafor' }]);
  const note = article.notes.find((n) => n.id === 'import-page').text;
  assert.match(note, /^Text and metadata taken from a web page \(it names itself https:\/\/riverside-courier\.example\//);
  assert.match(note, /title: JSON-LD headline/);
  assert.match(note, /outlet: given by the user/);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('HTML pasted from a page fills the form; what the page does not state says so', async () => {
  const page = await openEditor();
  await page.focus('#ed-text');
  await page.evaluate((html) => {
    const data = new DataTransfer();
    data.setData('text/html', html);
    data.setData('text/plain', 'plain text of the selection');
    document.querySelector('#ed-text').dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, read('french.html'));
  await page.waitForSelector('.ed-loaded:has-text("The article you pasted")');
  assert.equal(await page.inputValue('#ed-language'), 'fr');
  assert.equal(await page.inputValue('#ed-authors'), 'Élodie Marchand, Karim Benali');
  assert.match(await page.inputValue('#ed-text'), /^Les travaux ont été suspendus/);

  // A fragment copied from a page states nothing: each field says so.
  await page.evaluate(() => {
    const data = new DataTransfer();
    data.setData('text/html', "<meta charset='utf-8'><p>The ferry will run again on Monday, the harbour master said, after two weeks of repairs.</p><p>\"We are ready,\" she said.</p>");
    document.querySelector('#ed-text').dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  });
  await page.waitForFunction(() => document.querySelector('#ed-text').value.startsWith('The ferry'));
  assert.equal(await page.inputValue('#ed-title'), '');
  assert.equal(await page.inputValue('#ed-language'), '');
  assert.equal(await page.textContent('#ed-title-origin'), 'Not stated by the page');
  assert.equal(await page.inputValue('#ed-text'), 'The ferry will run again on Monday, the harbour master said, after two weeks of repairs.\n\n"We are ready," she said.');
  await page.click('.ed-draft');
  await page.waitForSelector('.ed-preview .av-passage');
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('a hostile page runs no script and shows no markup; a page nested too deep says so', async () => {
  const page = await openEditor();
  const hostile = `<!doctype html><html lang="en"><head><title>Hostile</title>
    <script>window.__pwned = 'head'</script><meta http-equiv="refresh" content="0;url=javascript:window.__pwned='refresh'"></head>
    <body onload="window.__pwned='onload'"><article>
    <p onclick="window.__pwned='click'">The council met on Tuesday, as it does every month, and said &lt;script&gt;alert(1)&lt;/script&gt; was only text.</p>
    <p>A link <a href="javascript:window.__pwned='link'">that does nothing</a> and an image <img src=x onerror="window.__pwned='img'"> stay harmless, the clerk said.</p>
    <iframe srcdoc="<script>parent.__pwned='frame'</script>"></iframe><svg><script>window.__pwned='svg'</script></svg>
    </article></body></html>`;
  await drop(page, 'hostile.html', hostile);
  await page.waitForSelector('.ed-loaded:has-text("hostile.html")');
  const text = await page.inputValue('#ed-text');
  assert.equal(text, 'The council met on Tuesday, as it does every month, and said <script>alert(1)</script> was only text.\n\nA link that does nothing and an image stay harmless, the clerk said.');
  await page.click('.ed-draft');
  await page.waitForSelector('.ed-preview .av-passage');
  const shown = await page.$$eval('.ed-preview .av-paragraph', (ps) => ps.map((p) => p.textContent));
  assert.equal(shown[0], 'The council met on Tuesday, as it does every month, and said <script>alert(1)</script> was only text.');
  assert.equal(await page.locator('.ed-preview script, .ed-preview img, .ed-preview iframe').count(), 0);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.deepEqual(page.problems, []);
  await page.context().close();

  const deep = await openEditor();
  await drop(deep, 'deep.html', `<html><body>${'<div>'.repeat(100000)}x</body></html>`);
  await deep.waitForFunction(() => /more than 1000 deep/.test(document.querySelector('.ed-error')?.textContent));
  assert.deepEqual(deep.problems, []);
  await deep.context().close();
});
