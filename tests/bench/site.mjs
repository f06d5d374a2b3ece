// The corpus browser's benchmark (part of `./dev bench`): `corpus site` on 10,000 synthetic
// articles (tests/e2e/corpus-jsonl.mjs through `corpus add`), with the release binary and the
// release dist/. Prints a table and writes bench-results/site.json. `--articles N` for another
// size.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { writeCorpus } from '../e2e/corpus-jsonl.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const argAt = process.argv.indexOf('--articles');
const ARTICLES = argAt > 0 ? Number(process.argv[argAt + 1]) : 10_000;
const RUNS = 2;

execFileSync('cargo', ['build', '-q', '--offline', '--release', '-p', 'article-cli', '--bin', 'corpus'], { cwd: root, stdio: 'inherit' });
const corpus = path.join(root, 'target/release/corpus');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'corpus-site-bench-'));
try {
  const jsonl = path.join(work, 'articles.jsonl');
  writeCorpus(jsonl, ARTICLES);
  const db = path.join(work, 'corpus.db');
  execFileSync(corpus, ['add', db, jsonl, '--quiet'], { stdio: ['ignore', 'ignore', 'inherit'] });
  const out = path.join(work, 'site');
  const seconds = [];
  for (let run = 0; run < RUNS; run++) {
    const started = process.hrtime.bigint();
    execFileSync(corpus, ['site', db, out, '--viewer', path.join(root, 'dist'), '--quiet'], { stdio: 'inherit' });
    seconds.push(Number(process.hrtime.bigint() - started) / 1e9);
  }
  const files = [];
  const walk = (dir) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else files.push([path.relative(out, p), fs.statSync(p).size]);
    }
  };
  walk(out);
  const ours = files.filter(([f]) => !f.startsWith('viewer/'));
  const pages = ours.filter(([f]) => f.endsWith('.html'));
  const shards = ours.filter(([f]) => f.startsWith('search/s/'));
  const fragments = ours.filter(([f]) => f.startsWith('search/f/'));
  const sum = (list) => list.reduce((a, [, s]) => a + s, 0);
  const max = (list) => list.reduce((a, [, s]) => Math.max(a, s), 0);
  const gzip = (file) => zlib.gzipSync(fs.readFileSync(path.join(out, file)), { level: 9 }).length;
  // What a reader's browser fetches for a one-word search ("bridge", as typed: the last word
  // is a prefix): the manifest, the shards whose prefix fits, one fragment of results.
  const manifest = JSON.parse(fs.readFileSync(path.join(out, 'search/manifest.json'), 'utf8'));
  const wanted = manifest.shards.filter(([key]) => 'bridge'.startsWith(key) || key.startsWith('bridge'));
  const searchFiles = ['search/manifest.json', ...wanted.map(([, n]) => `search/s/${n}.json`), 'search/f/0.json'];
  const searchBytes = searchFiles.reduce((a, f) => a + gzip(f), 0);
  // The best run: on a shared machine the slower runs measure the neighbours.
  const best = Math.min(...seconds);
  const kb = (n) => (n / 1000).toFixed(1);
  const rows = [
    ['articles', ARTICLES.toLocaleString('en'), ''],
    [`corpus site: build time (best of ${RUNS})`, `${best.toFixed(2)} s`, `runs: ${seconds.map((s) => s.toFixed(2)).join(', ')} s`],
    ['articles per second', Math.round(ARTICLES / best).toLocaleString('en'), ''],
    ['HTML pages', pages.length.toLocaleString('en'), `${(sum(pages) / 1e6).toFixed(1)} MB; largest ${kb(max(pages))} KB`],
    ['files written (viewer copy apart)', ours.length.toLocaleString('en'), `${(sum(ours) / 1e6).toFixed(1)} MB`],
    ['search shards', shards.length.toLocaleString('en'), `${kb(sum(shards))} KB in all; largest ${kb(max(shards))} KB`],
    ['search fragments (100 quotes each)', fragments.length.toLocaleString('en'), `${(sum(fragments) / 1e6).toFixed(1)} MB; largest ${kb(max(fragments))} KB`],
    ['a search for "bridge": fetched, gzip', `${kb(searchBytes)} KB`, `${searchFiles.length} files of ${ours.filter(([f]) => f.startsWith('search/')).length}`],
    ['articles/index.html, gzip', `${kb(gzip('articles/index.html'))} KB`, '100 rows a page'],
  ];
  const width = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i].length), ['measure', 'value', 'detail'][i].length));
  const line = (r) => `| ${r.map((c, i) => (i === 1 ? c.padStart(width[i]) : c.padEnd(width[i]))).join(' | ')} |`;
  console.log(`\ncorpus site on ${ARTICLES.toLocaleString('en')} synthetic articles (release build)\n`);
  console.log(line(['measure', 'value', 'detail']));
  console.log(`|${width.map((w, i) => (i === 1 ? `${'-'.repeat(w + 1)}:` : '-'.repeat(w + 2))).join('|')}|`);
  for (const r of rows) console.log(line(r));
  const results = path.join(root, 'bench-results');
  fs.mkdirSync(results, { recursive: true });
  fs.writeFileSync(path.join(results, 'site.json'), JSON.stringify({ articles: ARTICLES, seconds, pages: pages.length, bytes: sum(ours), shards: shards.length, largestShard: max(shards), searchBytes }, null, 1));
} finally {
  fs.rmSync(work, { recursive: true, force: true });
}
