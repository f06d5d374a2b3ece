// The wasm's size profile with names (`./dev profile`): builds the viewer's wasm as the release
// does (wasm-bindgen, then wasm-opt -Oz) but keeps the name section, runs twiggy, and prints the
// bytes per crate (per module for our own code) and the largest single items. Names are what
// twiggy sees after optimisation; generic Yew code instantiated for our components shows as
// "our components (Yew views)".
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const run = (cmd, args) => execFileSync(cmd, args, { cwd: root, stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 256 << 20 }).toString();
const FEATURES = ['--enable-bulk-memory', '--enable-nontrapping-float-to-int', '--enable-sign-ext', '--enable-reference-types', '--enable-multivalue', '--enable-mutable-globals'];

export function profile(bin = 'article-viewer') {
  // The viewer's wasm is built with hydration, as index.html asks Trunk to.
  const features = bin === 'article-viewer' ? ['--features', 'hydration'] : [];
  run('cargo', ['build', '-q', '--release', '--offline', '--target', 'wasm32-unknown-unknown', '--bin', bin, ...features]);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'av-profile-'));
  run('wasm-bindgen', ['--target', 'web', '--no-typescript', '--out-dir', dir, `target/wasm32-unknown-unknown/release/${bin}.wasm`]);
  const bg = path.join(dir, `${bin}_bg.wasm`);
  const named = path.join(dir, 'named.wasm');
  const stripped = path.join(dir, 'stripped.wasm');
  run('wasm-opt', ['-Oz', '--debuginfo', ...FEATURES, bg, '-o', named]);
  run('wasm-opt', ['-Oz', ...FEATURES, bg, '-o', stripped]);
  const csv = run('twiggy', ['top', '-n', '1000000', '--format', 'csv', named]);
  const items = csv
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => {
      // Name,ShallowSize,ShallowSizePercent,RetainedSize,RetainedSizePercent. A name with commas
      // is quoted, with its quotes doubled.
      const quoted = line.match(/^"((?:[^"]|"")*)",(.*)$/);
      const [name, rest] = quoted ? [quoted[1].replaceAll('""', '"'), quoted[2]] : [line.slice(0, line.indexOf(',')), line.slice(line.indexOf(',') + 1)];
      return { name, bytes: Number(rest.split(',')[0]) };
    })
    // The name section is what this build keeps on purpose; the release has none.
    .filter((i) => !/^"(function|data|local) names" subsection$/.test(i.name));
  const groups = new Map();
  for (const { name, bytes } of items) {
    const key = group(name);
    groups.set(key, (groups.get(key) ?? 0) + bytes);
  }
  const body = fs.readFileSync(stripped);
  fs.rmSync(dir, { recursive: true });
  return {
    raw: body.length,
    gzip: zlib.gzipSync(body, { level: 9 }).length,
    total: items.reduce((a, i) => a + i.bytes, 0),
    groups: [...groups].sort((a, b) => b[1] - a[1]),
    items: items.sort((a, b) => b.bytes - a.bytes),
  };
}

/** Which crate (or which of our modules) an item belongs to. */
function group(name) {
  if (name.startsWith('data segment')) return 'data (strings, tables, the built-in article)';
  if (/Stateful>::view/.test(name)) return 'our components (Yew views)';
  const ours = name.match(/article_viewer::([a-z0-9_]+)/);
  if (ours && !/^<?(yew|core|alloc)/.test(name)) return `article_viewer::${ours[1]}`;
  const crate = name.match(/([a-z_][a-z0-9_]*)(\[[0-9a-f]+\])?::/);
  return crate ? crate[1] : 'other (glue, tables, unnamed)';
}

export function profileTable(p, top = 18) {
  const kb = (n) => (n / 1000).toFixed(1);
  const lines = [
    `wasm after wasm-opt -Oz: ${kb(p.raw)} KB raw, ${kb(p.gzip)} KB gzip; shares below are of the raw bytes`,
    '',
    '| crate or module | KB raw | share |',
    '|---|---:|---:|',
    ...p.groups.slice(0, top).map(([k, v]) => `| ${k} | ${kb(v)} | ${((100 * v) / p.total).toFixed(1)}% |`),
    '',
    '| largest items | KB raw |',
    '|---|---:|',
    ...p.items.slice(0, 10).map((i) => `| ${i.name.replace(/\|/g, '\\|').slice(0, 110)} | ${kb(i.bytes)} |`),
  ];
  return lines.join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(profileTable(profile(process.argv[2])));
}
