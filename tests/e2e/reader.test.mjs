// Reader features end to end: who said how much, quote links and copying, citation styles,
// reading settings in localStorage (and without it), the downloads, and a printed PDF.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { launch, openPage, waitReady, waitHash } from './browser.mjs';
import { serve } from './server.mjs';
import { DIST } from '../bench/size.mjs';

let browser, server;
before(async () => {
  browser = await launch();
  server = await serve({ root: DIST, prefix: '/read/' });
});
after(async () => {
  await browser?.close();
  await server?.close();
});

async function open(suffix = '', options = {}) {
  const page = await openPage(browser, options);
  await page.goto(server.url + suffix);
  await waitReady(page);
  return page;
}

test('who said how much: a row per voice with counts and shares; a name applies its filter', async () => {
  const page = await open();
  const rows = await page.$$eval('.av-summary tbody tr', (trs) => trs.map((tr) => tr.innerText.replace(/\s+/g, ' ').trim()));
  assert.equal(rows.length, 6);
  assert.match(rows[0], /^Maria Zakharova Russian Foreign Ministry spokeswoman, person 2 quotes, 0 paraphrases \d+ words, \d+\.\d%$/);
  assert.match(rows[5], /^Radio Habana Cuba .* the outlet 10 narration passages \d+ words, \d+\.\d%$/);
  const shares = rows.map((r) => Number(r.match(/(\d+\.\d)%$/)[1]));
  const sum = shares.reduce((a, b) => a + b, 0);
  assert.ok(sum > 99.4 && sum <= 100, String(sum));
  await page.click('.av-summary tr[data-voice="james-mattis"] button');
  await waitHash(page, '#voices=james-mattis');
  assert.equal(await page.getAttribute('.av-voice[data-voice="james-mattis"]', 'aria-pressed'), 'true');
  await page.click('.av-summary tr[data-voice="syria"] button');
  await waitHash(page, '#voices=syria');
  await page.context().close();
});

test('a quote link scrolls to the quote, highlights it and applies no filter; also in an iframe', async () => {
  const page = await open('#q-sergei-lavrov-1', { viewport: { width: 800, height: 400 } });
  await page.waitForSelector('#q-sergei-lavrov-1[data-target]');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'q-sergei-lavrov-1');
  const inView = await page.$eval('#q-sergei-lavrov-1', (e) => {
    const r = e.getBoundingClientRect();
    return r.top < innerHeight && r.bottom > 0;
  });
  assert.ok(inView);
  assert.equal(await page.locator('.av-passage[data-match]').count(), 0);
  assert.equal(new URL(page.url()).hash, '#q-sergei-lavrov-1');
  await page.goto(`${server.url}embed.html?id=x#q-maria-zakharova-2`);
  await page.waitForSelector('#q-maria-zakharova-2[data-target]');
  await page.context().close();
});

test('the copy control of a quote copies it with its attribution', async () => {
  const page = await open('', { permissions: ['clipboard-read', 'clipboard-write'] });
  await page.hover('#q-maria-zakharova-1');
  await page.click('#q-maria-zakharova-1 + .av-quote-copy');
  await page.waitForFunction(() => document.querySelector('.av-copy-announce').textContent.startsWith('Copied'));
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(copied, /^"From the standpoint of international law, .*Damascus," Maria Zakharova, Russian Foreign Ministry spokeswoman, quoted by Radio Habana Cuba, 24 November 2017 \(year inferred\), https:\/\/www\.radiohc\.cu\//);
  // The control has no text of its own: the paragraph's text is still exactly its passages.
  const [text, passages] = await page.$eval('.av-paragraph', (p) => [p.textContent, [...p.querySelectorAll('.av-passage')].map((x) => x.textContent).join('')]);
  assert.equal(text, passages);
  await page.context().close();
});

test('the source panel offers every citation style', async () => {
  const page = await open();
  const expected = {
    'APA 7': /^Russia says U\.S\. military presence in Syria resembles occupation\. \(\[2017\], November 24\)\. Radio Habana Cuba\. https:/,
    'MLA 9': /^“Russia Says .*\.” Radio Habana Cuba, \[24 Nov\. 2017\], www\.radiohc\.cu\/.*\. Accessed \d+ \w+\.? \d{4}\.$/,
    'Chicago (note)': /^“Russia Says .*,” Radio Habana Cuba, November 24, \[2017\], https:.*\.$/,
    'Chicago (bibliography)': /^Radio Habana Cuba\. “Russia Says .*\.” November 24, \[2017\]\. https:/,
    'Wikipedia {{cite news}}': /^\{\{cite news \|url=https:.*\|access-date=\d+ \w+ \d{4}.*\|archive-url=https:\/\/web\.archive\.org\/.*\|url-status=live\}\}$/,
    BibTeX: /^@online\{rhc2017,/,
    RIS: /^TY {2}- NEWS\n/,
  };
  for (const [label, pattern] of Object.entries(expected)) {
    await page.click(`.av-style:text-is("${label}")`);
    assert.match(await page.textContent('.av-citation'), pattern, label);
  }
  await page.context().close();
});

test('reading settings apply at once and are kept across visits', async () => {
  const page = await open();
  const size = () => page.$eval('.av-article', (e) => parseFloat(getComputedStyle(e).fontSize));
  const before = await size();
  await page.click('.av-reading summary');
  await page.click('.av-reading [data-choice="xl"]');
  await page.click('.av-reading [data-choice="sans"]');
  await page.click('.av-reading [data-choice="sepia"]');
  await page.click('.av-reading [data-choice="narrow"]');
  assert.ok((await size()) > before * 1.3);
  assert.equal(await page.$eval('.av-viewer', (e) => getComputedStyle(e).backgroundColor), 'rgb(246, 239, 223)');
  assert.match(await page.textContent('.av-reading'), /kept in this browser/);
  await page.reload();
  await waitReady(page);
  assert.equal(await page.getAttribute('.av-viewer', 'data-text-size'), 'xl');
  assert.equal(await page.getAttribute('.av-viewer', 'data-font'), 'sans');
  assert.equal(await page.getAttribute('.av-viewer', 'data-theme'), 'sepia');
  // The settings' buttons are made when the panel opens.
  await page.click('.av-reading summary');
  assert.equal(await page.getAttribute('.av-reading [data-choice="narrow"]', 'aria-pressed'), 'true');
  assert.match(await page.textContent('.av-reading-time'), /^\d+(–\d+)? min read$/);
  await page.context().close();
});

test('where storage is blocked, settings still apply for the visit and the reader is told', async () => {
  const page = await openPage(browser);
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('blocked', 'SecurityError'); } });
  });
  await page.goto(server.url);
  await waitReady(page);
  await page.click('.av-reading summary');
  await page.click('.av-reading [data-choice="dark"]');
  assert.equal(await page.getAttribute('.av-viewer', 'data-theme'), 'dark');
  assert.match(await page.textContent('.av-reading'), /does not let the viewer keep settings/);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('the downloads are the annotations as JSON and the quotes as CSV', async () => {
  const page = await open();
  const links = await page.$$eval('.av-download', (as) => as.map((a) => a.href));
  assert.equal(links.length, 2);
  const article = await (await fetch(links[0])).json();
  assert.equal(article.voices.length, 6);
  const csv = await (await fetch(links[1])).text();
  assert.equal(csv.split('\n')[0], 'voice,role,kind,text,paragraph');
  assert.match(csv, /\nSergei Lavrov,Russian Foreign Minister,direct,"""It is quite interesting how/);
  const ld = JSON.parse(await page.textContent('script[type="application/ld+json"]'));
  assert.equal(ld['@type'], 'NewsArticle');
  assert.equal(ld.isBasedOn, ld.url);
  await page.context().close();
});

test('a filtered view prints the whole article with its marks, the legend, the source and the citation', async () => {
  const page = await open('#voices=maria-zakharova&only=true');
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'av-print-')), 'print.pdf');
  await page.pdf({ path: file, format: 'A4' });
  const text = execFileSync('pdftotext', ['-layout', file, '-']).toString().replace(/\s+/g, ' ');
  assert.match(text, /Filter: Maria Zakharova\. Their passages are underlined/);
  assert.match(text, /On the contrary, the U\.S\. and its allies back militants/, 'paragraphs without a match are printed too');
  assert.match(text, /ZAKHAROVA · QUOTE/);
  assert.match(text, /Source/);
  assert.match(text, /Cite this article/);
  assert.match(text, /Radio Habana Cuba\. “Russia Says U\.S\. Military Presence in Syria Resembles Occupation\.” 24 November 2017 \(year inferred\)/);
  assert.doesNotMatch(text, /All voices|Only paragraphs with a match|Copy citation|Reading settings/);
  await page.context().close();
});
