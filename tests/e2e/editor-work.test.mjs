// Correcting a draft in the editor, end to end against the release dist/, as a user works:
// the seed's own source text pasted and drafted, wrong attributions fixed by keyboard alone, a
// voice added and merged, undo, a reload that finds the work intact, a second tab that cannot
// silently overwrite the first, storage refused, then publishing: article.json in a script
// embed on another origin, and the one-file viewer opened from file:// with no network. Each
// scripted step of the seed's correction is timed (reported as a diagnostic).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { launch, openPage, waitReady, axe } from './browser.mjs';
import { serve, CSP } from './server.mjs';
import { DIST } from '../bench/size.mjs';

const SEED_TEXT = fs.readFileSync(new URL('../../data/source/article.txt', import.meta.url), 'utf8');
const FRENCH = fs.readFileSync(new URL('../fixtures/editor/fr-article.txt', import.meta.url), 'utf8');

let browser, server, host;
const hostPages = {};
const editorPages = {};

before(async () => {
  browser = await launch();
  server = await serve({ root: DIST, prefix: '/v/', cors: true, pages: editorPages });
  const csp = CSP.replace("script-src 'self'", `script-src 'self' ${server.origin}`)
    .replace("style-src 'self'", `style-src 'self' ${server.origin}`)
    .replace("connect-src 'self'", `connect-src 'self' ${server.origin}`);
  host = await serve({ root: DIST, prefix: '/nothing-here/', csp, pages: hostPages });
});

after(async () => {
  await browser?.close();
  await server?.close();
  await host?.close();
});

async function openEditor(context, query = '') {
  const page = context ? await context.newPage() : await openPage(browser, { acceptDownloads: true });
  page.problems ??= [];
  await page.goto(`${server.url}editor.html${query}`);
  await page.waitForSelector('.ed-start, .ed-correct');
  return page;
}

/** Presses Tab until the focus is on `selector`; returns how many presses it took. */
async function tabTo(page, selector, max = 40) {
  for (let n = 1; n <= max; n += 1) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s), selector)) return n;
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** Waits until the preview shows the article's last revision (it is rebuilt a task later). */
const synced = (page) => page.waitForFunction(() =>
  document.querySelector('.ed-preview')?.dataset.rev === document.querySelector('.ed')?.dataset.rev);

/** Every paragraph of the preview as "voice/kind:text" pieces. */
async function passages(page) {
  await synced(page);
  return page.$$eval('.ed-preview .av-paragraph', (ps) =>
    ps.map((p) => [...p.querySelectorAll('.av-passage')].map((x) => `${x.dataset.voice}/${x.dataset.kind}:${x.textContent}`)));
}

/** Waits until the live region says `text` and the preview has caught up with the step. */
async function said(page, text) {
  await page.waitForFunction((t) => document.querySelector('.ed-said')?.textContent.includes(t), text);
  await synced(page);
}

/** Goes to paragraph `n` (1-based) with the keyboard, from the panel's "Next paragraph". */
async function toParagraph(page, n) {
  let keys = 0;
  await page.focus('.ed-prev-para:not([disabled]), .ed-next-para');
  while (!(await page.textContent('.ed-para-at')).startsWith(`Paragraph ${n} `)) {
    const back = Number((await page.textContent('.ed-para-at')).match(/\d+/)[0]) > n;
    await page.focus(back ? '.ed-prev-para' : '.ed-next-para');
    await page.keyboard.press('Enter');
    keys += 1;
  }
  return keys;
}

/** Picks passage `i` of the paragraph shown, then gives it to a voice (typed as on a closed
 *  select) as a kind, all by keyboard. Returns the keys pressed. */
async function reassign(page, i, voice, kind) {
  let keys = await tabTo(page, `.ed-pick[data-passage="${i}"]`);
  await page.keyboard.press('Enter');
  keys += 1 + (await tabTo(page, '#ed-voice'));
  if (voice) {
    await page.keyboard.type(voice);
    keys += voice.length;
  }
  keys += await tabTo(page, '#ed-kind');
  if (kind) {
    await page.keyboard.type(kind);
    keys += kind.length;
  }
  keys += await tabTo(page, '.ed-assign-button');
  await page.keyboard.press('Enter');
  return keys + 1;
}

test('the seed drafted, corrected by keyboard, undone, reloaded intact, published to another origin and to one file', async () => {
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await openEditor(context);
  page.on('console', (m) => m.type() === 'error' && page.problems.push(m.text()));
  page.on('pageerror', (e) => page.problems.push(e.message));
  const steps = [];
  const step = async (name, run) => {
    const start = performance.now();
    const keys = await run();
    steps.push({ name, keys, ms: performance.now() - start });
  };

  await step('paste the text, give title and outlet, draft', async () => {
    await page.fill('#ed-text', SEED_TEXT);
    await page.fill('#ed-title', 'Russia Says U.S. Military Presence in Syria Resembles Occupation');
    await page.fill('#ed-outlet', 'Radio Habana Cuba');
    await page.focus('.ed-draft');
    await page.keyboard.press('Enter');
    await page.waitForSelector('.ed-correct');
    // Ctrl+V, the title and the outlet typed, three Tabs between the fields, Enter.
    return 2 + 'Russia Says U.S. Military Presence in Syria Resembles Occupation'.length + 'Radio Habana Cuba'.length + 3 + 1;
  });
  const draft = await passages(page);
  // The draft's errors this test corrects (the importer's, on the source file as it is).
  assert.match(draft[0].join('|'), /russia\/paraphrase:U\.S\. Military Presence/);
  const lavrovAt = draft.findIndex((p) => p.some((x) => x.endsWith('"It is quite')));
  assert.ok(lavrovAt > 0, 'the quote split by the stray paragraph break');
  assert.ok(draft[lavrovAt].at(-1).startsWith('the-outlet/narration:') || draft[lavrovAt].at(-1).includes('/narration:'));

  await step('the headline is the outlet\'s, not Russia\'s', async () => {
    const keys = await toParagraph(page, 1);
    return keys + (await reassign(page, 1, 'Radio', null));
  });
  await said(page, 'as narration');
  assert.deepEqual((await passages(page))[0].map((x) => x.split(':')[0]), ['radio-habana-cuba/narration']);

  await step('"It is quite" is Lavrov\'s quote', async () => {
    const keys = await toParagraph(page, lavrovAt + 1);
    return keys + (await reassign(page, draft[lavrovAt].length - 1, 'Sergei', 'quote'));
  });
  await said(page, "Sergei Lavrov's, as quote");
  await step('so is the rest of it, in the next paragraph', async () => {
    const keys = await toParagraph(page, lavrovAt + 2);
    return keys + (await reassign(page, 0, null, 'quote'));
  });
  await said(page, "Sergei Lavrov's, as quote");
  let now = await passages(page);
  // A space between two passages goes with the one after it, as the importer does.
  assert.equal(now[lavrovAt].at(-1), 'sergei-lavrov/direct: "It is quite');
  assert.match(now[lavrovAt + 1][0], /^sergei-lavrov\/direct:interesting how the U\.S\./);

  await step('add a voice: Syria\'s Foreign Ministry', async () => {
    let keys = await tabTo(page, '.ed-add-voice');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'ed-v-name');
    await page.keyboard.type('Syrian Foreign Ministry');
    keys += 1 + 'Syrian Foreign Ministry'.length + (await tabTo(page, '#ed-v-kind'));
    await page.keyboard.type('Coll');
    keys += 4 + (await tabTo(page, '.ed-save-voice'));
    await page.keyboard.press('Enter');
    return keys + 1;
  });
  await said(page, 'Syrian Foreign Ministry is added.');
  assert.equal(await page.locator('.ed-voice[data-voice="syrian-foreign-ministry"]').count(), 1);
  const syriaAt = now.findIndex((p) => p.some((x) => x.startsWith('syria/direct:')));
  await step('give Syria\'s quote to it', async () => {
    const keys = await toParagraph(page, syriaAt + 1);
    const i = now[syriaAt].findIndex((x) => x.startsWith('syria/direct:'));
    return keys + (await reassign(page, i, 'Syrian F', null));
  });
  await said(page, "Syrian Foreign Ministry's, as quote");
  await step('merge it back into Syria', async () => {
    let keys = await tabTo(page, '#ed-merge-from');
    await page.keyboard.type('Syrian F');
    keys += 8 + (await tabTo(page, '#ed-merge-into'));
    await page.keyboard.type('Syria');
    keys += 5 + (await tabTo(page, '.ed-merge-voices-button'));
    await page.keyboard.press('Enter');
    return keys + 1;
  });
  await said(page, 'Every passage of Syrian Foreign Ministry is now Syria');
  assert.equal(await page.locator('.ed-voice[data-voice="syrian-foreign-ministry"]').count(), 0);
  assert.ok((await passages(page))[syriaAt].some((x) => x === 'syria/direct:"an act of aggression."'));

  await step('undo the merge (Ctrl+Z)', async () => {
    await page.focus('#ed-para');
    await page.keyboard.press('Control+z');
    return 1;
  });
  await said(page, 'Undone.');
  now = await passages(page);
  assert.ok(now[syriaAt].includes('syrian-foreign-ministry/direct:"an act of aggression."'));
  // Redo and undo again from the buttons: the history runs both ways.
  await page.click('.ed-redo');
  await said(page, 'Redone.');
  await page.click('.ed-undo');
  await said(page, 'Undone.');
  assert.deepEqual(await passages(page), now);
  // The words never changed: every paragraph's text is the draft's.
  const text = (rows) => rows.map((p) => p.map((x) => x.slice(x.indexOf(':') + 1)).join(''));
  assert.deepEqual(text(now), text(draft));

  // A person's time, estimated by the keystroke-level model (Card, Moran and Newell): 0.28 s a
  // key for an average typist, 1.35 s to think before each step; the page's own time is the
  // scripted run's.
  const human = (s) => s.keys * 0.28 + 1.35;
  const table = steps.map((s) => `| ${s.name} | ${s.keys} | ${(s.ms / 1000).toFixed(2)} s | ${human(s).toFixed(0)} s |`);
  const total = steps.reduce((a, s) => ({ keys: a.keys + s.keys, ms: a.ms + s.ms, human: a.human + human(s) }), { keys: 0, ms: 0, human: 0 });
  console.log(['| correcting the seed\'s draft | keys | scripted run | a person (KLM) |', '|---|---:|---:|---:|', ...table,
    `| all ${steps.length} steps | ${total.keys} | ${(total.ms / 1000).toFixed(2)} s | ${total.human.toFixed(0)} s |`].join('\n'));

  // A reload (or a crash) finds the work as it was.
  await page.waitForSelector('.ed-save[data-saved="true"]');
  await page.reload();
  await page.waitForSelector('.ed-correct');
  assert.match(await page.textContent('.ed-said'), /Your saved work is restored\./);
  assert.deepEqual(await passages(page), now);

  // article.json, downloaded, validates and carries the corrections.
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('.ed-download')]);
  const article = JSON.parse(fs.readFileSync(await download.path(), 'utf8'));
  const lavrov = article.paragraphs[lavrovAt].passages.at(-1);
  assert.deepEqual([lavrov.voice, lavrov.kind, lavrov.text], ['sergei-lavrov', 'direct', ' "It is quite']);
  assert.ok(article.voices.some((v) => v.id === 'syrian-foreign-ministry' && v.kind === 'collective'));

  // The script embed, as copied from the editor, on a page of another origin.
  await page.click('.ed-embeds > summary');
  const snippet = await page.inputValue('#ed-snippet-script');
  assert.match(await page.inputValue('#ed-snippet-iframe'), /embed\.html\?id=article-viewer&article=article\.json"/);
  assert.ok(snippet.startsWith('<div data-article-viewer>\n<script type="application/json" data-article-viewer-article>'));
  assert.ok(snippet.includes(`src="${server.url}embed.js"`));
  hostPages['/host.html'] = `<!doctype html><html lang="en"><head><title>Host</title><link rel="icon" href="data:,"></head><body><h1>Host page</h1>${snippet}</body></html>`;
  const hostPage = await context.newPage();
  const hostProblems = [];
  hostPage.on('console', (m) => m.type() === 'error' && hostProblems.push(m.text()));
  await hostPage.goto(`${host.origin}/host.html`);
  await hostPage.waitForSelector('[data-article-viewer] >> .av-passage');
  const embedded = await hostPage.evaluate(() => {
    const root = document.querySelector('[data-article-viewer]').shadowRoot;
    return {
      title: root.querySelector('.av-title').textContent,
      lavrov: [...root.querySelectorAll('.av-passage[data-voice="sergei-lavrov"][data-kind="direct"]')].map((p) => p.textContent),
      ministry: root.querySelectorAll('button[data-voice="syrian-foreign-ministry"]').length,
    };
  });
  assert.equal(embedded.title, 'Russia Says U.S. Military Presence in Syria Resembles Occupation');
  assert.ok(embedded.lavrov.includes(' "It is quite'));
  assert.equal(embedded.ministry, 1);
  assert.deepEqual(hostProblems, []);

  // The one-file viewer with this article inside, from disk, with the network refused.
  const [one] = await Promise.all([page.waitForEvent('download'), page.click('.ed-download-one')]);
  assert.equal(one.suggestedFilename(), 'article-viewer.html');
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'av-editor-')), 'article-viewer.html');
  await one.saveAs(file);
  const offline = await browser.newContext({ offline: true });
  const disk = await offline.newPage();
  const requests = [];
  await disk.route('**/*', (route) => {
    if (route.request().url().startsWith('file:')) return route.continue();
    requests.push(route.request().url());
    return route.abort();
  });
  await disk.goto(pathToFileURL(file).href);
  await waitReady(disk);
  assert.equal(await disk.title(), 'Russia Says U.S. Military Presence in Syria Resembles Occupation — Article Viewer');
  assert.ok((await disk.$$eval('.av-passage[data-voice="sergei-lavrov"][data-kind="direct"]', (e) => e.map((x) => x.textContent))).includes(' "It is quite'));
  assert.equal(await disk.locator('button[data-voice="syrian-foreign-ministry"]').count(), 1);
  assert.deepEqual(requests, []);
  await offline.close();
  assert.deepEqual(page.problems, []);
  await context.close();
});

/** The built-in article open in the editor of a fresh page of `context`. */
async function openBuiltin(context) {
  const page = await openEditor(context);
  if (await page.locator('.ed-builtin').count()) {
    await page.click('.ed-builtin');
    await page.waitForSelector('.ed-correct');
  }
  return page;
}

/** Gives passage `i` of the shown paragraph the kind `kind`, with the mouse this time. */
async function setKind(page, paragraph, i, kind) {
  await page.bringToFront(); // the user switches to this tab (a background tab gets no frames)
  await toParagraph(page, paragraph);
  await page.click(`.ed-pick[data-passage="${i}"]`);
  await page.selectOption('#ed-kind', kind);
  await page.click('.ed-assign-button');
}

const stored = (page) => page.evaluate(() => JSON.parse(localStorage.getItem('article-viewer:editor')));

test('a second tab does not silently overwrite the first: it says so and lets the user choose', async () => {
  const context = await browser.newContext();
  const first = await openBuiltin(context);
  await first.waitForSelector('.ed-save[data-saved="true"]');
  const second = await openEditor(context);
  await second.waitForSelector('.ed-correct'); // the saved work, restored
  // The first tab changes the work: the second is told at once, and saves nothing over it.
  await setKind(first, 2, 0, 'paraphrase');
  await said(first, 'as paraphrase');
  await second.bringToFront();
  await second.waitForSelector('.ed-warning[role="alert"]');
  assert.match(await second.textContent('.ed-warning'), /Another tab changed the saved work/);
  await setKind(second, 3, 1, 'direct');
  await said(second, 'as quote');
  const kept = await stored(second);
  assert.equal(kept.article.paragraphs[1].passages[0].kind, 'paraphrase', "the first tab's change stays");
  assert.equal(kept.article.paragraphs[2].passages[1].kind, 'paraphrase', "the second tab's is not written");
  // The second tab takes the first's work; then its own next change is saved, and the first
  // tab in turn is told.
  await second.bringToFront();
  await second.click('.ed-take-theirs');
  await second.waitForSelector('.ed-save[data-saved="true"]');
  assert.match((await passages(second))[1][0], /^maria-zakharova\/paraphrase:/);
  await setKind(second, 4, 2, 'paraphrase');
  await second.waitForFunction(() => JSON.parse(localStorage.getItem('article-viewer:editor')).article.paragraphs[3].passages
    .some((p) => p.text.includes('It is quite') && p.kind === 'paraphrase'));
  await first.bringToFront();
  await first.waitForSelector('.ed-warning[role="alert"]');
  await first.click('.ed-keep-mine');
  await first.waitForSelector('.ed-save[data-saved="true"]');
  const lavrov = (await stored(first)).article.paragraphs[3].passages.find((p) => p.text.includes('It is quite'));
  assert.equal(lavrov.kind, 'direct', "the first tab's work, kept");
  await context.close();
});

test('storage refused or full: a visible warning, and the export still works', async () => {
  for (const [why, script] of [
    ['refused', () => Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('denied', 'SecurityError'); } })],
    ['full', () => { Storage.prototype.setItem = () => { throw new DOMException('full', 'QuotaExceededError'); }; }],
  ]) {
    const context = await browser.newContext({ acceptDownloads: true });
    await context.addInitScript(script);
    const page = await openBuiltin(context);
    await page.waitForSelector('.ed-warning[role="alert"]');
    assert.match(await page.textContent('.ed-warning'), /refuses to keep your work .*Download article\.json/, why);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('.ed-download')]);
    assert.equal(JSON.parse(fs.readFileSync(await download.path(), 'utf8')).meta.language, 'en', why);
    await context.close();
  }
});

test('live validation: errors by field path beside the field and in the list; publishing waits; undo clears them', async () => {
  const context = await browser.newContext();
  const page = await openBuiltin(context);
  assert.equal(await page.textContent('.ed-problems [role="status"]'), 'No problems: the article can be published.');
  await page.fill('#ed-s-url', 'not a link');
  await page.press('#ed-s-url', 'Tab');
  await page.waitForSelector('#ed-s-url-error');
  assert.equal(await page.textContent('#ed-s-url-error'), 'source.url: "not a link" is not an absolute http(s) URL');
  assert.equal(await page.getAttribute('#ed-s-url', 'aria-invalid'), 'true');
  assert.equal(await page.getAttribute('#ed-s-url', 'aria-describedby'), 'ed-s-url-error');
  await page.fill('#ed-s-reason', '');
  await page.press('#ed-s-reason', 'Tab');
  await page.waitForSelector('#ed-s-reason-error');
  assert.deepEqual(await page.$$eval('.ed-problems li', (l) => l.map((e) => e.dataset.path)), ['meta.date.reason', 'source.url']);
  assert.equal(await page.textContent('.ed-problems [role="status"]'), '2 problems to fix before publishing:');
  assert.ok(await page.isDisabled('.ed-download'));
  assert.ok(await page.isDisabled('.ed-download-one'));
  await page.focus('#ed-para');
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+z');
  await page.waitForFunction(() => document.querySelector('.ed-problems').dataset.count === '0');
  assert.equal(await page.inputValue('#ed-s-url'), 'https://www.radiohc.cu/en/noticias/internacionales/148335-russia-says-us-military-presence-in-syria-resembles-occupation');
  assert.ok(!(await page.isDisabled('.ed-download')));
  await context.close();
});

test('a selection made with the mouse in the preview is assigned; split and merge at the cursor', async () => {
  const context = await browser.newContext();
  const page = await openBuiltin(context);
  // Select "Washington was conducting military operations" in the preview's fourth paragraph.
  const words = 'Washington was conducting military operations';
  await page.evaluate((w) => {
    const p = document.querySelectorAll('.ed-preview .av-paragraph')[2];
    const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const at = n.data.indexOf(w);
      if (at >= 0) return getSelection().setBaseAndExtent(n, at, n, at + w.length);
    }
    throw new Error('not found');
  }, words);
  await page.waitForFunction((w) => {
    const a = document.getElementById('ed-para');
    return a.value.slice(a.selectionStart, a.selectionEnd) === w;
  }, words);
  assert.equal(await page.textContent('.ed-para-at'), 'Paragraph 3 of 6');
  await page.selectOption('#ed-voice', 'radio-habana-cuba');
  assert.equal(await page.inputValue('#ed-kind'), 'narration', 'the outlet narrates');
  await page.click('.ed-assign-button');
  await said(page, `“${words}” is now Radio Habana Cuba's, as narration.`);
  const row = (await passages(page))[2];
  assert.ok(row.includes(`radio-habana-cuba/narration:${words}`) || row.some((x) => x.startsWith('radio-habana-cuba/narration:') && x.includes(words)));
  // Split Mattis' quote after "yet," and merge it back.
  const before = (await passages(page))[2];
  const quote = before.find((x) => x.startsWith('james-mattis/direct:'));
  const text = await page.inputValue('#ed-para');
  const cut = text.indexOf("yet, ") + 5;
  await page.evaluate((c) => document.getElementById('ed-para').setSelectionRange(c, c), cut);
  await page.click('.ed-split');
  await said(page, 'The passage is split in two.');
  const split = (await passages(page))[2];
  assert.equal(split.length, before.length + 1);
  assert.ok(split.includes(`james-mattis/direct:${quote.slice(quote.indexOf(':') + 1, quote.indexOf('yet, ') + 5)}`));
  await page.evaluate((c) => document.getElementById('ed-para').setSelectionRange(c - 3, c - 3), cut);
  await page.click('.ed-merge');
  await said(page, 'The passage is merged with the next one.');
  assert.deepEqual((await passages(page))[2], before);
  // A refusal names the field and says why, beside the commands.
  await page.evaluate(() => document.getElementById('ed-para').setSelectionRange(0, 0));
  await page.click('.ed-split');
  await page.waitForSelector('.ed-correct .ed-field-error');
  assert.equal(await page.textContent('.ed-correct .ed-field-error'), 'put the cursor inside the passage, between two characters');
  await context.close();
});

test('a voice renamed: its id follows the name until the article is published, then stays', async () => {
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await openEditor(context);
  await page.fill('#ed-text', SEED_TEXT);
  await page.click('.ed-draft');
  await page.waitForSelector('.ed-correct');
  const rename = async (from, name) => {
    await page.click(`.ed-voice[data-voice="${from}"] .ed-edit-voice`);
    await page.fill('#ed-v-name', name);
    await page.fill('#ed-v-short', '');
    await page.click('.ed-save-voice');
    await said(page, `${name} is saved.`);
  };
  await rename('syria', 'Syrian government');
  assert.equal(await page.locator('.ed-voice[data-voice="syrian-government"]').count(), 1);
  assert.equal(await page.locator('.ed-preview button[data-voice="syrian-government"]').count(), 1);
  await Promise.all([page.waitForEvent('download'), page.click('.ed-download')]);
  await rename('syrian-government', 'Damascus');
  assert.equal(await page.locator('.ed-voice[data-voice="syrian-government"]').count(), 1, 'published: the id stays');
  assert.match(await page.textContent('.ed-voice[data-voice="syrian-government"]'), /Damascus \(Damascus\)/);
  // An empty name is refused beside the field, and the form stays open.
  await page.click('.ed-voice[data-voice="russia"] .ed-edit-voice');
  await page.fill('#ed-v-name', ' ');
  await page.click('.ed-save-voice');
  await page.waitForSelector('#ed-v-name-error');
  assert.equal(await page.textContent('#ed-v-name-error'), 'must not be empty');
  assert.equal(await page.getAttribute('#ed-v-name', 'aria-invalid'), 'true');
  await context.close();
  // An article opened as data (here the built-in one) has been published already: its ids stay.
  const other = await browser.newContext();
  const builtin = await openBuiltin(other);
  await builtin.click('.ed-voice[data-voice="syria"] .ed-edit-voice');
  await builtin.fill('#ed-v-name', 'Syrian government');
  await builtin.click('.ed-save-voice');
  await said(builtin, 'Syrian government is saved.');
  assert.equal(await builtin.locator('.ed-voice[data-voice="syria"]').count(), 1);
  await other.close();
});

test('open a .txt or an article.json, chosen or dropped; a broken or oversized file says why', async () => {
  const context = await browser.newContext();
  const page = await openEditor(context);
  await page.setInputFiles('#ed-file', { name: 'wire.txt', mimeType: 'text/plain', buffer: Buffer.from(FRENCH) });
  await page.waitForSelector('.ed-loaded:has-text("wire.txt")');
  assert.equal(await page.inputValue('#ed-text'), FRENCH);
  const broken = JSON.parse(fs.readFileSync(new URL('../../data/article.json', import.meta.url), 'utf8'));
  broken.voices[0].kind = 'robot';
  await page.setInputFiles('#ed-file', { name: 'article.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) });
  await page.waitForSelector('.ed-error li');
  assert.match(await page.textContent('.ed-error'), /This article\.json cannot be opened:.*voices\[0\]\.kind/);
  await page.setInputFiles('#ed-file', { name: 'big.txt', mimeType: 'text/plain', buffer: Buffer.alloc(3 * 1024 * 1024, 'a') });
  await page.waitForFunction(() => /the limit is 2097152 bytes/.test(document.querySelector('.ed-error')?.textContent));
  // A good article.json dropped on the form opens as it is.
  const good = fs.readFileSync(new URL('../../data/article.json', import.meta.url), 'utf8');
  const transfer = await page.evaluateHandle((json) => {
    const t = new DataTransfer();
    t.items.add(new File([json], 'article.json', { type: 'application/json' }));
    return t;
  }, good);
  await page.dispatchEvent('.ed-start', 'dragover', { dataTransfer: transfer });
  assert.equal(await page.getAttribute('.ed-start', 'data-dragging'), 'true');
  await page.dispatchEvent('.ed-start', 'drop', { dataTransfer: transfer });
  await page.waitForSelector('.ed-correct');
  assert.equal(await page.textContent('.ed-preview .av-title'), 'Russia Says U.S. Military Presence in Syria Resembles Occupation');
  await context.close();
});

test('a French article end to end: drafted, corrected, announced and published in French', async () => {
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await openEditor(context, '?locale=fr');
  assert.equal(await page.getAttribute('html', 'lang'), 'fr');
  await page.fill('#ed-text', FRENCH);
  await page.selectOption('#ed-language', 'fr');
  await page.fill('#ed-title', 'Le gouvernement présente un plan pour les écoles rurales');
  await page.fill('#ed-outlet', 'Agence Ligne');
  await page.fill('#ed-date', '2031-03-12');
  await page.click('.ed-draft');
  await page.waitForSelector('.ed-correct');
  assert.equal(await page.textContent('#ed-correct-h'), 'Corriger les passages');
  // The last paragraph's paraphrase is the ministry's, not the unions': add the ministry.
  await page.click('.ed-add-voice');
  await page.fill('#ed-v-name', "Ministère de l'Éducation");
  await page.fill('#ed-v-short', 'Ministère');
  await page.selectOption('#ed-v-kind', 'collective');
  await page.click('.ed-save-voice');
  await said(page, "Ministère de l'Éducation est ajouté·e.");
  await toFrenchParagraph(page, 4);
  const last = (await passages(page))[3];
  const i = last.findIndex((x) => x.includes("les premiers chantiers"));
  await page.click(`.ed-pick[data-passage="${i}"]`);
  await page.selectOption('#ed-voice', 'ministere-de-l-education');
  await page.selectOption('#ed-kind', 'paraphrase');
  await page.click('.ed-assign-button');
  await said(page, "est désormais à Ministère de l'Éducation, comme paraphrase.");
  await page.focus('#ed-para');
  await page.keyboard.press('Control+z');
  await said(page, 'Annulé.');
  await page.keyboard.press('Control+Shift+z');
  await said(page, 'Rétabli.');
  assert.equal(await page.textContent('.ed-problems [role="status"]'), 'Aucun problème : l’article peut être publié.');
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('.ed-download')]);
  const json = fs.readFileSync(await download.path(), 'utf8');
  const article = JSON.parse(json);
  assert.equal(article.meta.language, 'fr');
  assert.ok(article.paragraphs[3].passages.some((p) => p.voice === 'ministere-de-l-education' && p.kind === 'paraphrase'));
  // The voice the correction left without passages is not published.
  assert.deepEqual(article.voices.filter((v) => !article.paragraphs.some((p) => p.passages.some((x) => x.voice === v.id))), []);
  // The viewer shows it in French.
  editorPages['/v/ecoles.json'] = json;
  const viewer = await context.newPage();
  await viewer.goto(`${server.url}index.html?article=ecoles.json`);
  await waitReady(viewer);
  assert.equal(await viewer.textContent('#av-filter-heading'), 'Qui dit quoi');
  assert.equal(await viewer.locator('button[data-voice="ministere-de-l-education"]').count(), 1);
  await context.close();
});

async function toFrenchParagraph(page, n) {
  while (!(await page.textContent('.ed-para-at')).startsWith(`Paragraphe ${n} `)) await page.click('.ed-next-para');
}

test('axe finds nothing in the editor\'s states: empty, draft, a voice being edited, errors shown, dark', async () => {
  const results = {};
  for (const scheme of ['light', 'dark']) {
    const context = await browser.newContext({ bypassCSP: true, colorScheme: scheme }); // axe is an inline script
    const page = await openEditor(context);
    results[`${scheme} empty`] = await axe(page);
    await page.click('.ed-builtin');
    await page.waitForSelector('.ed-correct');
    results[`${scheme} draft`] = await axe(page);
    await page.click('.ed-voice[data-voice="russia"] .ed-edit-voice');
    results[`${scheme} voice`] = await axe(page);
    await page.fill('#ed-v-name', '');
    await page.click('.ed-save-voice');
    await page.waitForSelector('#ed-v-name-error');
    results[`${scheme} voice refused`] = await axe(page);
    await page.fill('#ed-s-url', 'nope');
    await page.press('#ed-s-url', 'Tab');
    await page.waitForSelector('#ed-s-url-error');
    results[`${scheme} errors`] = await axe(page);
    await page.click('input[name="ed-theme"][value="dark"]');
    await page.click('.ed-phone');
    results[`${scheme} preview dark at 320 px`] = await axe(page);
    await context.close();
  }
  assert.deepEqual(results, Object.fromEntries(Object.keys(results).map((k) => [k, []])));
});
