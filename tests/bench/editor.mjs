// The editor's own speed, unthrottled: how long a correction takes to show, from the click on
// Undo or Redo until the frame in which the step is announced (the panels with it) and until
// the preview has been rebuilt, on the seed and on a synthetic article of 2,000 paragraphs opened as an
// article.json; and how long that file takes to open. `node tests/bench/editor.mjs` prints the
// table alone; bench.mjs prints it with the rest.
import { fileURLToPath } from 'node:url';
import { launch } from '../e2e/browser.mjs';
import { serve } from '../e2e/server.mjs';
import { DIST } from './size.mjs';
import { synthetic } from './click.mjs';

const STEPS = Number(process.env.BENCH_EDITOR_STEPS ?? 10);

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))];

/** Per Undo/Redo click (alternating, after one merge to undo): milliseconds until the frame
 *  that announces the step (the panels with it), and until the preview is rebuilt. */
async function steps(page) {
  // Merge acts at the cursor in the paragraph's text: put it in the first passage (a file just
  // opened leaves it at the end, in the last passage, which has none after it to merge with).
  await page.evaluate(() => document.querySelector('.ed-para-text').setSelectionRange(0, 0));
  await page.click('.ed-merge');
  await page.waitForSelector('.ed-undo:not([disabled])');
  const times = [];
  for (let i = 0; i < STEPS; i += 1) {
    const [button, said] = i % 2 === 0 ? ['.ed-undo', 'Undone.'] : ['.ed-redo', 'Redone.'];
    times.push(await page.evaluate(([button, said]) => new Promise((resolve) => {
      const start = performance.now();
      let announced;
      document.querySelector(button).click();
      const check = () => {
        const now = performance.now() - start;
        announced ??= document.querySelector('.ed-said').textContent === said ? now : undefined;
        const rebuilt = document.querySelector('.ed-preview').dataset.rev === document.querySelector('.ed').dataset.rev;
        if (announced !== undefined && rebuilt) resolve({ announced, rebuilt: now });
        else requestAnimationFrame(check);
      };
      check();
    }), [button, said]));
  }
  return times;
}

export async function editorSpeed() {
  const big = synthetic(2000);
  const server = await serve({ root: DIST, prefix: '/v/' });
  const browser = await launch();
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.url}editor.html`);
    await page.click('.ed-builtin');
    await page.waitForSelector('.ed-correct');
    const seed = await steps(page);
    await page.click('.ed-again');
    await page.click('.ed-discard');
    const start = Date.now();
    await page.setInputFiles('#ed-file', { name: 'article.json', mimeType: 'application/json', buffer: Buffer.from(big) });
    await page.waitForSelector('.ed-correct');
    const open = Date.now() - start;
    const large = await steps(page);
    return { seed, large, open };
  } finally {
    await browser.close();
    await server.close();
  }
}

export function editorTable({ seed, large, open }) {
  const ms = (x) => `${x.toFixed(1)} ms`;
  const row = (name, xs) => {
    const a = xs.map((x) => x.announced);
    const r = xs.map((x) => x.rebuilt);
    return `| ${name} | ${ms(median(a))} | ${ms(p95(a))} | ${ms(median(r))} | ${ms(p95(r))} |`;
  };
  return [
    `| editor: undo/redo, unthrottled (${STEPS} steps each) | announced p50 | p95 | preview rebuilt p50 | p95 |`,
    '|---|---:|---:|---:|---:|',
    row('the seed', seed),
    row('2,000 paragraphs', large),
    `| open a 2,000-paragraph article.json | | | ${ms(open)} | |`,
  ].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(editorTable(await editorSpeed()));
}
