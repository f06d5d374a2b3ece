// Lighthouse's performance audit (its mobile profile: simulated 4x CPU slowdown and a slow 4G
// network) on the viewer, served gzip-compressed as a static host would serve it and
// uncompressed, side by side in one run with the static page (the same HTML with no script) and
// with earlier builds for reference: the 2026-11-25 build (commit 4056cdc) always, and any
// commits or dist/ paths in BENCH_BEFORE (comma-separated; BENCH_REFERENCE=skip leaves 4056cdc out). Earlier builds are built from git into
// target/bench-builds/<commit>/ on first use (a temporary `git worktree`, removed afterwards).
// Runs interleave the pages, so all see the same machine; medians of BENCH_LH_RUNS (3) runs.
// `node tests/bench/lighthouse.mjs` prints the table alone; bench.mjs prints it with the rest.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { CHROMIUM } from '../e2e/browser.mjs';
import { serve } from '../e2e/server.mjs';
import { DIST } from './size.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const REFERENCE = { commit: '4056cdc', name: '2026-11-25 build (4056cdc)' };
const RUNS = Number(process.env.BENCH_LH_RUNS ?? 3);

/** The same page with every script and preload removed (JSON-LD, which is data, stays). */
export const staticPage = (html) =>
  html
    .replace(/<script(?![^>]*application\/ld\+json)[^>]*>[\s\S]*?<\/script>/g, '')
    .replace(/<link rel="(modulepreload|preload)"[^>]*>/g, '');

/** dist/ of an earlier commit, built once into target/bench-builds/<commit>/dist. */
export function builtAt(commit) {
  const out = path.join(root, 'target', 'bench-builds', commit);
  const dist = path.join(out, 'dist');
  if (fs.existsSync(path.join(dist, 'index.html'))) return dist;
  const tree = fs.mkdtempSync(path.join(os.tmpdir(), `article-viewer-${commit}-`));
  console.error(`bench: building ${commit} into ${dist} (once)`);
  const git = (...args) => execFileSync('git', ['-C', root, ...args], { stdio: 'inherit' });
  git('worktree', 'add', '--detach', tree, commit);
  try {
    fs.mkdirSync(out, { recursive: true });
    execFileSync('cargo', ['fetch', '--quiet'], { cwd: tree, stdio: 'inherit' });
    execFileSync('trunk', ['build', '--release', '--dist', dist], {
      cwd: tree,
      stdio: ['ignore', 'ignore', 'inherit'],
      // Its own target dir: the old lock file's dependencies are not ours.
      env: { ...process.env, CARGO_TARGET_DIR: path.join(out, 'target') },
    });
  } finally {
    git('worktree', 'remove', '--force', tree);
  }
  return dist;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Runs Lighthouse on every page; returns [{name, runs: [{score, fcp, lcp, cls, tbt, lcpElement}]}]. */
export async function lighthouseRuns({ runs = RUNS, before = (process.env.BENCH_BEFORE ?? '').split(',').filter(Boolean) } = {}) {
  // BENCH_REFERENCE=skip leaves the 2026-11-25 build out (while it is being built elsewhere).
  const reference = process.env.BENCH_REFERENCE === 'skip' ? [] : [{ name: REFERENCE.name, dist: builtAt(REFERENCE.commit) }];
  const builds = [
    { name: 'viewer', dist: DIST },
    ...reference,
    // A path (with a slash) is a dist/ built elsewhere, e.g. another worktree's.
    ...before.map((b) => ({ name: `before (${b})`, dist: b.includes('/') ? b : builtAt(b) })),
  ];
  const servers = [];
  const pages = [];
  for (const gzip of [true, false]) {
    const how = gzip ? 'gzip' : 'uncompressed';
    for (const [i, build] of builds.entries()) {
      const extra = i === 0 ? { '/static.html': staticPage(fs.readFileSync(path.join(build.dist, 'index.html'), 'utf8')) } : {};
      const server = await serve({ root: build.dist, prefix: '/', gzip, pages: extra });
      servers.push(server);
      pages.push({ name: `${build.name}, ${how}`, url: `${server.url}index.html`, how });
      if (i === 0) pages.push({ name: `static page, ${how}`, url: `${server.url}static.html`, how, static: true });
    }
  }
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM,
    chromeFlags: [
      '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
  });
  const results = pages.map((p) => ({ ...p, runs: [] }));
  try {
    for (let run = 0; run < runs; run++) {
      for (const page of results) {
        const { lhr } = await lighthouse(page.url, { port: chrome.port, onlyCategories: ['performance'], logLevel: 'error', output: 'json' });
        const audit = (id) => lhr.audits[id]?.numericValue ?? NaN;
        const lcpElement = lhr.audits['largest-contentful-paint-element']?.details?.items?.[0]?.items?.[0]?.node?.selector ?? '';
        page.runs.push({
          score: Math.round((lhr.categories.performance.score ?? 0) * 100),
          fcp: audit('first-contentful-paint'),
          lcp: audit('largest-contentful-paint'),
          cls: audit('cumulative-layout-shift'),
          tbt: audit('total-blocking-time'),
          lcpElement,
        });
      }
    }
  } finally {
    await chrome.kill();
    for (const s of servers) await s.close();
  }
  return results;
}

/** Medians per page, with LCP and FCP as ratios to the static page served the same way. */
export function lighthouseSummary(results) {
  return results.map((page) => {
    const base = results.find((p) => p.static && p.how === page.how);
    const m = (key) => median(page.runs.map((r) => r[key]));
    const scores = page.runs.map((r) => r.score);
    return {
      name: page.name,
      how: page.how,
      static: !!page.static,
      score: m('score'),
      scores: `${Math.min(...scores)}–${Math.max(...scores)}`,
      fcp: m('fcp'),
      lcp: m('lcp'),
      fcpRatio: m('fcp') / median(base.runs.map((r) => r.fcp)),
      lcpRatio: m('lcp') / median(base.runs.map((r) => r.lcp)),
      cls: m('cls'),
      tbt: m('tbt'),
      lcpElement: page.runs.at(-1).lcpElement,
    };
  });
}

export function lighthouseTable(summary) {
  const ms = (x) => `${Math.round(x).toLocaleString('en')} ms`;
  const lines = [
    `| Lighthouse, mobile profile (median of ${RUNS}) | score (range) | FCP | FCP ÷ static | LCP | LCP ÷ static | CLS | TBT | LCP element |`,
    '|---|---:|---:|---:|---:|---:|---:|---:|---|',
  ];
  for (const s of summary) {
    lines.push(
      `| ${s.name} | ${s.score} (${s.scores}) | ${ms(s.fcp)} | ${s.fcpRatio.toFixed(2)} | ${ms(s.lcp)} | ${s.lcpRatio.toFixed(2)} | ${s.cls.toFixed(2)} | ${ms(s.tbt)} | \`${s.lcpElement}\` |`,
    );
  }
  return lines.join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(lighthouseTable(lighthouseSummary(await lighthouseRuns())));
}
