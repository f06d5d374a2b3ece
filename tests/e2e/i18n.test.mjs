// The interface in the article's language, end to end: four test articles of our own (French,
// German, Russian, Arabic) through the host-supplied path on another origin; the locale option;
// no English left in the rendered interface (checked against the catalogues, generically); axe
// in Arabic and French, light and dark; the Arabic layout mirrored at 320 and 1280 px.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { launch, openPage, waitReady, waitHash, axe } from './browser.mjs';
import { serve, CSP } from './server.mjs';
import { DIST } from '../bench/size.mjs';

const FIXTURES = path.resolve(DIST, '../tests/fixtures/i18n');
const fixture = (tag) => fs.readFileSync(path.join(FIXTURES, `${tag}.json`), 'utf8');
const catalogue = (tag) => JSON.parse(fs.readFileSync(path.join(DIST, 'locales', `${tag}.json`), 'utf8'));

let browser;
let viewer;
let host;

before(async () => {
  browser = await launch();
  viewer = await serve({
    root: DIST,
    prefix: '/v/',
    cors: true,
    pages: Object.fromEntries(['fr', 'de', 'ru', 'ar'].map((t) => [`/v/${t}.json`, fixture(t)])),
  });
  const hostCsp = CSP.replace("script-src 'self'", `script-src 'self' ${viewer.origin}`)
    .replace("style-src 'self'", `style-src 'self' ${viewer.origin}`)
    .replace("connect-src 'self'", `connect-src 'self' ${viewer.origin}`);
  const page = (tag, attributes = '') => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title><link rel="icon" href="data:,"></head><body>
<p>An English host page.</p>
<div data-article-viewer ${attributes}><script type="application/json" data-article-viewer-article>${fixture(tag).replaceAll('<', '\\u003c')}</script></div>
<script type="module" src="${viewer.url}embed.js"></script></body></html>`;
  const pages = {};
  for (const tag of ['fr', 'de', 'ru', 'ar']) {
    pages[`/${tag}.html`] = page(tag);
    pages[`/${tag}-dark.html`] = page(tag, 'data-theme="dark"');
  }
  pages['/fr-en.html'] = page('fr', 'data-locale="en"');
  host = await serve({ root: DIST, prefix: '/nothing/', csp: hostCsp, pages });
});

after(async () => {
  await browser?.close();
  await viewer?.close();
  await host?.close();
});

async function openEmbed(file, options = {}) {
  const page = await openPage(browser, options);
  await page.goto(`${host.origin}/${file}`);
  await waitReady(page);
  return page;
}

/** The viewer's root in a script embed (shadow DOM) or on the page. */
const rootOf = `(document.querySelector('[data-article-viewer]')?.shadowRoot ?? document)`;

/**
 * Every visible text of the interface, outside the article's own words and the code snippets,
 * that is not the locale's: a text passes when it is one of the catalogue's templates (with
 * words of its own, its arguments matching anything), or when nothing with letters is left once
 * the catalogue's words (month names, kinds, "mots" in "{n} mots"…) and the article's data are
 * taken out.
 * Disclosures are opened first, so that the source panel, the reading settings and the embed
 * panel are read too.
 */
async function untranslated(page, tag, article) {
  const values = Object.entries(catalogue(tag))
    .filter(([k]) => !k.startsWith('number.'))
    .map(([, v]) => v);
  const hasWords = (template) => /\p{L}/u.test(template.replace(/\{[a-z_]+\}/g, ''));
  const templates = values.filter((v) => /\{[a-z_]+\}/.test(v) && hasWords(v)).map((v) => {
    const parts = v.split(/\{[a-z_]+\}/).map((p) => p.replace(/[.*+?^$(){}|[\]\\]/g, '\\$&'));
    return new RegExp(`^${parts.join('[\\s\\S]*')}$`, 'u');
  });
  // Plain strings, and the words around a template's arguments ("mots" in "{n} mots").
  const plain = values.flatMap((v) => v.split(/\{[a-z_]+\}/)).map((p) => p.trim()).filter((p) => /\p{L}/u.test(p));
  const data = [
    article.meta.title, article.meta.dateline, article.meta.date.reason ?? '', article.source.outlet,
    article.source.url, article.source.description ?? '', article.source.description_basis ?? '',
    ...article.voices.flatMap((v) => [v.name, v.role, v.short_name]),
  ].filter(Boolean);
  const known = [...data, ...plain].sort((a, b) => b.length - a.length);
  return page.evaluate(
    ([root, templates, known]) => {
      const scope = eval(root);
      for (const d of scope.querySelectorAll('details')) d.open = true;
      const skip = '.av-body, .av-snippet, .av-title, .av-citation';
      const patterns = templates.map(([src, flags]) => new RegExp(src, flags));
      const walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT);
      const bad = [];
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent.trim();
        const el = node.parentElement;
        if (!text || el.closest(skip) || el.closest('style, script')) continue;
        if (!el.getClientRects().length) continue; // not rendered
        if (/^[\p{N}\p{P}\p{S}\s]*$/u.test(text)) continue; // numbers and punctuation
        if (patterns.some((p) => p.test(text))) continue;
        let rest = text;
        for (const k of known) rest = rest.split(k).join(' ');
        if (!/\p{L}/u.test(rest)) continue;
        bad.push(text);
      }
      return bad;
    },
    [rootOf, templates.map((r) => [r.source, r.flags]), known],
  );
}

const expectations = {
  fr: { heading: 'Qui dit quoi', date: '3 mars 2031', count: '2 passages', dir: 'ltr' },
  de: { heading: 'Wer sagt was', date: '24. November 2029', count: '1 Passage', dir: 'ltr' },
  ru: { heading: 'Кто что говорит', date: '24 ноября 2017', count: '21 фрагмент', dir: 'ltr' },
  ar: { heading: 'من يقول ماذا', date: '١٥ يونيو ٢٠٣٠', count: 'مقطعان', dir: 'rtl' },
};

for (const [tag, want] of Object.entries(expectations)) {
  test(`a ${tag} article on an English host page speaks ${tag}: language, direction, date, counts, nothing English`, async () => {
    const page = await openEmbed(`${tag}.html`);
    const seen = await page.evaluate((root) => {
      const scope = eval(root);
      const av = scope.querySelector('.av');
      return {
        lang: av.getAttribute('lang'),
        dir: av.getAttribute('dir'),
        heading: scope.querySelector('#av-filter-heading').textContent,
        dates: [...scope.querySelectorAll('time')].map((t) => t.textContent),
        counts: [...scope.querySelectorAll('.av-count-full')].map((c) => c.textContent),
        articleDir: scope.querySelector('.av-article').getAttribute('dir'),
        hostLang: document.documentElement.lang,
      };
    }, rootOf);
    assert.equal(seen.lang, tag);
    assert.equal(seen.dir, want.dir);
    assert.equal(seen.articleDir, want.dir);
    assert.equal(seen.heading, want.heading);
    assert.ok(seen.dates.includes(want.date), JSON.stringify(seen.dates));
    assert.ok(seen.counts.includes(want.count), JSON.stringify(seen.counts));
    assert.equal(seen.hostLang, 'en', 'the host page is untouched');
    // A filter click announces in the same language.
    await page.locator('[data-article-viewer] button[data-voice]').first().click();
    assert.deepEqual(await untranslated(page, tag, JSON.parse(fixture(tag))), []);
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });
}

test('the check can fail: a French article with locale=en shows English the French catalogue lacks', async () => {
  const page = await openEmbed('fr-en.html');
  const english = await untranslated(page, 'fr', JSON.parse(fixture('fr')));
  assert.ok(english.includes('Who says what') && english.includes('Reading settings'), JSON.stringify(english));
  await page.context().close();
});

test('Russian plurals: 1, 2, 5 and 21 passages, in the list and in the live region', async () => {
  const page = await openEmbed('ru.html');
  const counts = await page.evaluate((root) => Object.fromEntries(
    [...eval(root).querySelectorAll('button[data-voice]')].map((b) => [b.dataset.voice, b.querySelector('.av-count-full').textContent]),
  ), rootOf);
  assert.deepEqual(counts, {
    'irina-volkova': '2 фрагмента',
    'oleg-smirnov': '1 фрагмент',
    meriya: '5 фрагментов',
    agentstvo: '21 фрагмент',
  });
  await page.locator('[data-article-viewer] button[data-voice="meriya"]').click();
  // The live region follows one frame after the marks.
  await page.waitForFunction((root) => eval(root).querySelector('.av-status').textContent.includes('мэрия'), rootOf);
  const status = await page.evaluate((root) => eval(root).querySelector('.av-status').textContent, rootOf);
  assert.match(status, /^Выделено фрагментов: 5 из 29\. мэрия Казани\.$/);
  await page.context().close();
});

test('axe-core: no violation in Arabic and French, light and dark', async () => {
  const results = {};
  for (const file of ['ar.html', 'ar-dark.html', 'fr.html', 'fr-dark.html']) {
    const page = await openEmbed(file, { bypassCSP: true });
    results[file] = await axe(page);
    await page.context().close();
  }
  assert.deepEqual(results, { 'ar.html': [], 'ar-dark.html': [], 'fr.html': [], 'fr-dark.html': [] });
});

/** Boxes of the voice list, the text column and the first voice button, in page mode. */
async function boxes(query, width) {
  const page = await openPage(browser, { viewport: { width, height: 900 } });
  await page.goto(`${viewer.url}index.html${query}`);
  await waitReady(page);
  const result = await page.evaluate(() => {
    const box = (el) => { const r = el.getBoundingClientRect(); return { left: r.left, right: r.right, top: r.top, width: r.width }; };
    return {
      filter: box(document.querySelector('.av-filter')),
      text: box(document.querySelector('.av-body')),
      first: box(document.querySelector('button[data-voice]')),
      width: document.documentElement.clientWidth,
    };
  });
  await page.screenshot({ path: path.join(process.env.TMPDIR ?? '/tmp', `article-viewer-ar${query.includes('locale=en') ? '-en' : ''}-${width}.png`) });
  assert.deepEqual(page.problems, []);
  await page.context().close();
  return result;
}

const near = (a, b, what) => assert.ok(Math.abs(a - b) <= 2, `${what}: ${a} vs ${b}`);

test('Arabic mirrors the layout at 1280 and 320 px; an English interface on it does not', async () => {
  for (const width of [1280, 320]) {
    const rtl = await boxes('?article=ar.json', width);
    const ltr = await boxes('?article=ar.json&locale=en', width);
    // Mirrored: each box's left edge in Arabic is the other's right edge, seen from the right.
    for (const name of ['filter', 'text']) {
      near(rtl[name].left, rtl.width - ltr[name].right, `${name} at ${width}px`);
      near(rtl[name].width, ltr[name].width, `${name} width at ${width}px`);
      near(rtl[name].top, ltr[name].top, `${name} top at ${width}px`);
    }
    // The voice list starts at the right in Arabic, at the left in English.
    near(rtl.first.right, rtl.filter.right, `first voice at the right at ${width}px`);
    near(ltr.first.left, ltr.filter.left, `first voice at the left at ${width}px`);
  }
  // At 1280 px the side column is beside the text: on its left in Arabic.
  const wide = await boxes('?article=ar.json', 1280);
  assert.ok(wide.filter.right <= wide.text.left + 1, JSON.stringify(wide));
});

test('an English article with locale=ar: Arabic interface, right to left, the text left to right', async () => {
  const page = await openPage(browser);
  await page.goto(`${viewer.url}index.html?locale=ar`);
  await waitReady(page);
  const seen = await page.evaluate(() => ({
    dir: document.querySelector('.av').getAttribute('dir'),
    heading: document.querySelector('#av-filter-heading').textContent,
    article: [document.querySelector('.av-article').getAttribute('lang'), document.querySelector('.av-article').getAttribute('dir')],
    direction: getComputedStyle(document.querySelector('.av-body')).direction,
  }));
  assert.deepEqual(seen, { dir: 'rtl', heading: 'من يقول ماذا', article: ['en', 'ltr'], direction: 'ltr' });
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('an unknown locale shows English with a notice; the hash can ask for a locale, and keeps it', async () => {
  const page = await openPage(browser);
  await page.goto(`${viewer.url}index.html?locale=xx`);
  await waitReady(page);
  assert.equal(await page.textContent('#av-filter-heading'), 'Who says what');
  assert.match(await page.textContent('.av-notices'), /locale: "xx" is not one of en, fr, de, es, ru, ar; showing English/);
  await page.goto(`${viewer.url}index.html#locale=de`);
  await page.waitForFunction(() => document.querySelector('#av-filter-heading')?.textContent === 'Wer sagt was');
  // A filter change keeps the link's language in the hash, so the link still says German.
  await page.click('button[data-voice="syria"]');
  await waitHash(page, '#voices=syria&locale=de');
  await page.context().close();
});

test('the one-file viewer carries the catalogues: French from file:// with no network', async () => {
  const context = await browser.newContext({ offline: true });
  await context.route(/^(?!file:)/, (route) => route.abort());
  const page = await context.newPage();
  await page.goto(`${pathToFileURL(path.join(DIST, 'article-viewer.html')).href}#locale=fr`);
  await waitReady(page);
  assert.equal(await page.textContent('#av-filter-heading'), 'Qui dit quoi');
  assert.equal(await page.getAttribute('.av', 'lang'), 'fr');
  await context.close();
});
