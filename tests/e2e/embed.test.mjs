// Embedding, end to end, across two origins: a host page on origin A embeds dist/ served from
// origin B under a sub-path, by iframe and by script (shadow DOM).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { launch, openPage, waitReady } from './browser.mjs';
import { serve, CSP } from './server.mjs';
import { DIST } from '../bench/size.mjs';

const seed = JSON.parse(fs.readFileSync(path.join(DIST, 'article.json'), 'utf8'));
const hostArticle = {
  ...seed,
  meta: { ...seed.meta, title: 'A host-supplied article' },
  voices: [seed.voices[0], seed.voices[5]],
  paragraphs: [seed.paragraphs[1]],
  notes: [],
};
const brokenArticle = { ...hostArticle, paragraphs: [{ passages: [{ voice: 'lavorv', kind: 'direct', text: '"Hi"' }] }] };
const json = (v) => JSON.stringify(v).replace(/</g, '\\u003c');

let browser, viewer, host;
before(async () => {
  browser = await launch();
  viewer = await serve({
    root: DIST,
    prefix: '/assets/viewer/',
    cors: true,
    pages: { '/assets/viewer/host-article.json': json(hostArticle) },
  });
  const v = viewer.url;
  const hostCsp = CSP.replace("script-src 'self'", `script-src 'self' ${viewer.origin}`)
    .replace("style-src 'self'", `style-src 'self' ${viewer.origin}`)
    .replace("connect-src 'self'", `connect-src 'self' ${viewer.origin}`) + `; frame-src ${viewer.origin}`;
  const hostCss = 'p { color: rgb(255, 0, 0); font-size: 40px; } iframe { border: 0; width: 100%; }';
  host = await serve({
    root: DIST,
    prefix: '/nothing-here/',
    csp: hostCsp,
    pages: {
      '/host.css': hostCss,
      '/iframe.html': `<!doctype html><html><head><link rel="icon" href="data:,"><link rel="stylesheet" href="/host.css"></head><body>
        <p id="host-text">Host paragraph</p>
        <iframe data-article-viewer id="viewer" title="Article" src="${v}embed.html?id=one#voices=james-mattis"></iframe>
        <iframe id="other" title="Other" src="${v}embed.html?id=two"></iframe>
        <script type="module" src="${v}embed.js"></script></body></html>`,
      '/script.html': `<!doctype html><html><head><link rel="icon" href="data:,"><link rel="stylesheet" href="/host.css"></head><body>
        <p id="host-text">Host paragraph</p>
        <div data-article-viewer id="first" data-voices="james-mattis" data-theme="dark"></div>
        <div data-article-viewer id="second" data-voices="syria"></div>
        <div data-article-viewer id="custom"><script type="application/json" data-article-viewer-article>${json(hostArticle)}</script></div>
        <div data-article-viewer id="broken"><script type="application/json" data-article-viewer-article>${json(brokenArticle)}</script></div>
        <script type="module" src="${v}embed.js"></script></body></html>`,
    },
  });
});
after(async () => {
  await browser?.close();
  await viewer?.close();
  await host?.close();
});

/** The iframe's height against the height of the viewer inside it. */
async function heights(page) {
  const frame = page.frameLocator('#viewer');
  const inner = await frame.locator('.av').evaluate((e) => Math.ceil(e.getBoundingClientRect().bottom + scrollY));
  const outer = await page.$eval('#viewer', (e) => e.clientHeight);
  return { inner, outer };
}

/** Waits until the host has sized the iframe to the viewer's current height. */
async function settledHeight(page) {
  await page.waitForFunction(() => document.querySelector('#viewer').dataset.articleViewerSized === 'true');
  const { inner } = await heights(page);
  await page.waitForFunction((inner) => Math.abs(document.querySelector('#viewer').clientHeight - inner) <= 3, inner);
  return heights(page);
}

test('the iframe takes its content height, follows filter changes and window resizes', async () => {
  const page = await openPage(browser, { viewport: { width: 1000, height: 800 } });
  await page.goto(`${host.origin}/iframe.html`);
  const frame = page.frame({ url: /embed\.html\?id=one/ });
  await waitReady(frame);
  let h = await settledHeight(page);
  assert.ok(Math.abs(h.inner - h.outer) <= 3, JSON.stringify(h));
  // The deep link in the iframe src applies.
  assert.equal(await frame.getAttribute('button[data-voice="james-mattis"]', 'aria-pressed'), 'true');
  assert.equal(new URL(frame.url()).hash, '#voices=james-mattis');

  const before = h.outer;
  await frame.click('.av-only');
  await page.waitForFunction((b) => document.querySelector('#viewer').clientHeight < b - 50, before);
  h = await settledHeight(page);
  assert.ok(Math.abs(h.inner - h.outer) <= 3, JSON.stringify(h));

  // Opening the folded source panel grows the iframe too.
  const folded = h.outer;
  await frame.click('.av-source summary');
  await page.waitForFunction((f) => document.querySelector('#viewer').clientHeight > f + 100, folded);
  h = await settledHeight(page);
  assert.ok(Math.abs(h.inner - h.outer) <= 3, JSON.stringify(h));

  const narrow = h.outer;
  await frame.click('.av-only');
  await page.setViewportSize({ width: 420, height: 800 });
  await page.waitForFunction((n) => document.querySelector('#viewer').clientHeight > n + 100, narrow);
  h = await settledHeight(page);
  assert.ok(Math.abs(h.inner - h.outer) <= 3, JSON.stringify(h));
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('forged resize messages are ignored: from another frame, from the host, malformed', async () => {
  const page = await openPage(browser);
  await page.goto(`${host.origin}/iframe.html`);
  const { outer } = await settledHeight(page);
  const other = page.frame({ url: /embed\.html\?id=two/ });
  await other.evaluate(() => parent.postMessage({ type: 'article-viewer:resize', id: 'one', height: 5 }, '*'));
  await page.evaluate(() => {
    postMessage({ type: 'article-viewer:resize', id: 'one', height: 9999 }, '*');
    postMessage('article-viewer:resize', '*');
  });
  const viewerFrame = page.frame({ url: /embed\.html\?id=one/ });
  await viewerFrame.evaluate(() => {
    parent.postMessage({ type: 'article-viewer:resize', height: 'tall' }, '*');
    parent.postMessage({ type: 'article-viewer:resize', height: Infinity }, '*');
    parent.postMessage(null, '*');
  });
  // A genuine message after the forged ones proves they were all processed and ignored.
  await viewerFrame.evaluate(() => parent.postMessage({ type: 'article-viewer:resize', height: 1234 }, '*'));
  await page.waitForFunction(() => document.querySelector('#viewer').style.height === '1234px');
  assert.notEqual(outer, 1234);
  // A huge height from the viewer itself is clamped.
  await viewerFrame.evaluate(() => parent.postMessage({ type: 'article-viewer:resize', height: 1e9 }, '*'));
  await page.waitForFunction(() => document.querySelector('#viewer').style.height === '100000px');
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('an opted-in iframe mirrors its filter to the host', async () => {
  const page = await openPage(browser);
  await page.goto(`${host.origin}/iframe.html`);
  await page.evaluate(() => {
    window.states = [];
    addEventListener('message', (e) => e.data?.type === 'article-viewer:state' && states.push(e.data));
  });
  await page.$eval('#viewer', (f, v) => (f.src = `${v}embed.html?id=one&sync#voices=syria`), viewer.url);
  await page.waitForFunction(() => states.length > 0);
  const frame = page.frame({ url: /sync/ });
  await frame.click('button[data-voice="russia"]');
  await page.waitForFunction(() => states.some((s) => s.voices.includes('russia')));
  const last = await page.evaluate(() => states.at(-1));
  assert.deepEqual(last, { type: 'article-viewer:state', id: 'one', voices: ['russia', 'syria'], only: false, hash: '#voices=russia,syria' });
  await page.context().close();
});

test('script embeds live in shadow roots: styles do not cross, instances are independent', async () => {
  const page = await openPage(browser);
  await page.goto(`${host.origin}/script.html`);
  const bodyBefore = await page.evaluate(() => [...document.body.children].map((e) => e.id || e.tagName));
  await page.waitForFunction(() => ['first', 'second', 'custom', 'broken'].every((id) => document.getElementById(id).shadowRoot?.querySelector('.av')));
  await page.waitForSelector('#first .av-paragraph');
  await waitReady(page); // each script embed marks article-viewer:ready too
  // Host CSS does not reach the viewer's text, and the viewer's CSS does not reach the host's.
  const viewerP = await page.$eval('#first .av-paragraph', (e) => [getComputedStyle(e).color, getComputedStyle(e).fontSize]);
  assert.notEqual(viewerP[0], 'rgb(255, 0, 0)');
  assert.notEqual(viewerP[1], '40px');
  const hostP = await page.$eval('#host-text', (e) => [getComputedStyle(e).color, getComputedStyle(e).fontSize, getComputedStyle(document.body).margin]);
  assert.deepEqual(hostP, ['rgb(255, 0, 0)', '40px', '8px']);
  // data-theme="dark" applies to the first only.
  assert.equal(await page.$eval('#first .av', (e) => e.dataset.theme), 'dark');
  assert.equal(await page.$eval('#second .av', (e) => e.dataset.theme), 'auto');
  // Filtering one leaves the other alone, and the host URL is untouched.
  assert.equal(await page.getAttribute('#second button[data-voice="syria"]', 'aria-pressed'), 'true');
  await page.click('#first button[data-voice="sergei-lavrov"]');
  assert.equal(await page.getAttribute('#first button[data-voice="sergei-lavrov"]', 'aria-pressed'), 'true');
  assert.equal(await page.getAttribute('#second button[data-voice="sergei-lavrov"]', 'aria-pressed'), 'false');
  assert.deepEqual(await page.$$eval('#second .av-passage[data-match="true"]', (els) => els.map((e) => e.dataset.voice)), ['syria', 'syria']);
  assert.equal(new URL(page.url()).hash, '');
  assert.equal(await page.textContent('#host-text'), 'Host paragraph');
  assert.deepEqual(await page.evaluate(() => [...document.body.children].map((e) => e.id || e.tagName)), bodyBefore);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('host-supplied articles render; broken ones list their errors; late elements mount', async () => {
  const page = await openPage(browser);
  await page.goto(`${host.origin}/script.html`);
  await page.waitForSelector('#custom h1');
  assert.equal(await page.textContent('#custom h1'), 'A host-supplied article');
  assert.equal(await page.locator('#custom .av-voice').count(), 2);
  await page.waitForSelector('#broken .av-error');
  assert.match(await page.textContent('#broken .av-error'), /paragraphs\[0\]\.passages\[0\]\.voice: unknown voice "lavorv"/);
  assert.equal(await page.locator('#broken .av-paragraph').count(), 0);

  await page.evaluate(() => {
    const el = document.createElement('div');
    el.id = 'late';
    el.dataset.articleViewer = '';
    el.dataset.voices = 'nobody';
    el.dataset.colour = 'red';
    document.body.append(el);
  });
  await page.waitForSelector('#late .av-paragraph');
  assert.match(await page.textContent('#late .av-notices'), /unknown voice "nobody" dropped/);
  assert.match(await page.textContent('#late .av-notices'), /unknown option "data-colour" ignored/);
  await page.context().close();
});

test('an iframe can load a same-origin article, and refuses another origin', async () => {
  const page = await openPage(browser);
  await page.goto(`${viewer.url}embed.html?article=host-article.json`);
  await waitReady(page);
  assert.equal(await page.textContent('h1'), 'A host-supplied article');
  await page.goto(`${viewer.url}embed.html?article=${encodeURIComponent(host.origin + '/x.json')}`);
  await waitReady(page);
  assert.match(await page.textContent('.av-error'), /article: .* is not on this page's origin/);
  await page.context().close();
});

test('the snippet generator offers iframe and script snippets for the current view', async () => {
  const page = await openPage(browser);
  await page.goto(`${viewer.url}#voices=maria-zakharova`);
  await waitReady(page);
  await page.click('.av-embed-panel summary');
  const iframe = await page.textContent('[data-snippet="iframe"]');
  assert.equal(
    iframe,
    `<iframe data-article-viewer src="${viewer.url}embed.html?id=article-viewer#voices=maria-zakharova" title="Russia Says U.S. Military Presence in Syria Resembles Occupation" width="100%" height="640" loading="lazy" allow="clipboard-write"></iframe>\n<script type="module" src="${viewer.url}embed.js"></script>`,
  );
  await page.click('button[data-voice="syria"]');
  assert.match(await page.textContent('[data-snippet="script"]'), /^<div data-article-viewer data-voices="maria-zakharova,syria"><\/div>/);
  await page.context().close();
});
