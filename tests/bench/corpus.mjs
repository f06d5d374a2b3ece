// The corpus benchmark (part of ./dev bench): `corpus add` of 10,000 synthetic articles with 1
// and 2 drafting threads (articles a second by the wall clock and per CPU-second, peak memory,
// database bytes per article), then on 100,000 articles `corpus stats` and one search. Prints
// a table, writes bench-results/corpus.json. Compare the ratios: these machines are shared.
//   CORPUS_BENCH_SMALL (10000) and CORPUS_BENCH_LARGE (100000) change the sizes.
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync, spawnSync } from 'node:child_process';

const ROOT = path.resolve(import.meta.dirname, '../..');
const OUT = path.join(ROOT, 'bench-results');
const WORK = path.join(OUT, 'corpus');
const SMALL = Number(process.env.CORPUS_BENCH_SMALL ?? 10000);
const LARGE = Number(process.env.CORPUS_BENCH_LARGE ?? 100000);
fs.mkdirSync(WORK, { recursive: true });

execFileSync('cargo', ['build', '--release', '--offline', '-q', '-p', 'article-cli', '--bin', 'corpus'], {
  cwd: ROOT,
  stdio: 'inherit',
});
const CORPUS = path.join(ROOT, 'target/release/corpus');

function run(args) {
  const start = process.hrtime.bigint();
  const r = spawnSync(CORPUS, args, { encoding: 'utf8', maxBuffer: 1 << 28 });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (r.status !== 0) throw new Error(`corpus ${args.join(' ')}: ${r.stderr}`);
  return { seconds, stdout: r.stdout };
}

function fresh(name) {
  const db = path.join(WORK, name);
  for (const f of [db, `${db}-wal`, `${db}-shm`]) fs.rmSync(f, { force: true });
  return db;
}

function input(n) {
  const file = path.join(WORK, `synthetic-${n}.jsonl`);
  if (!fs.existsSync(file)) run(['synthetic', String(n), file]);
  return file;
}

function add(db, file, threads) {
  const { stdout } = run(['add', db, file, '--quiet', '--json', ...(threads ? ['--threads', String(threads)] : [])]);
  return JSON.parse(stdout.trim().split('\n').pop());
}

const small = input(SMALL);
const inputBytes = fs.statSync(small).size;
const runs = [1, 2].map((threads) => {
  const db = fresh(`small-${threads}.db`);
  const s = add(db, small, threads);
  return { threads, ...s, dbBytes: fs.statSync(db).size };
});
const large = input(LARGE);
const bigDb = fresh('large.db');
const big = add(bigDb, large, 0);
const stats = run(['stats', bigDb]);
const statsByMonth = run(['stats', bigDb, '--by', 'month']);
const search = run(['search', bigDb, 'harbour project', '--limit', '20']);
const bigBytes = fs.statSync(bigDb).size;

const fmt = (n, d = 0) => n.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });
const rows = [
  ...runs.map((r) => [
    `corpus add ${fmt(SMALL)} articles, ${r.threads} thread${r.threads > 1 ? 's' : ''}`,
    `${fmt(r.added / r.seconds)} articles/s`,
    `${fmt(r.added / r.cpu_seconds)} articles per CPU-s; peak ${fmt(r.peak_rss_kb / 1024, 1)} MB; ${fmt(r.seconds, 1)} s`,
  ]),
  ['2 threads against 1 (wall clock)', `${fmt(runs[0].seconds / runs[1].seconds, 2)}x`, ''],
  ['database bytes per article', fmt(runs[1].dbBytes / SMALL), `input ${fmt(inputBytes / SMALL)} bytes/article of JSON Lines`],
  [`corpus add ${fmt(LARGE)} articles, every core`, `${fmt(big.added / big.seconds)} articles/s`, `peak ${fmt(big.peak_rss_kb / 1024, 1)} MB; ${fmt(big.seconds, 0)} s; ${fmt(bigBytes / 1e6, 0)} MB database`],
  [`corpus stats on ${fmt(LARGE)}`, `${fmt(stats.seconds, 2)} s`, `--by month: ${fmt(statsByMonth.seconds, 2)} s`],
  [`corpus search on ${fmt(LARGE)} ("harbour project")`, `${fmt(search.seconds * 1000)} ms`, 'process start, open and query, 20 hits'],
];
const widths = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i].length), ['corpus', 'value', 'notes'][i].length));
const line = (r) => r.map((c, i) => (i === 1 ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ').trimEnd();
console.log(`\nCorpus (${new Date().toISOString().slice(0, 10)}; load average ${(await import('node:os')).loadavg()[0].toFixed(1)})`);
console.log(line(['corpus', 'value', 'notes']));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const r of rows) console.log(line(r));
fs.writeFileSync(
  path.join(OUT, 'corpus.json'),
  JSON.stringify({ small: SMALL, large: LARGE, runs, big, bigBytes, stats: stats.seconds, statsByMonth: statsByMonth.seconds, search: search.seconds }, null, 2),
);
