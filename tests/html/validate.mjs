// The W3C Nu HTML checker (npm vnu-jar, run with Debian's headless Java) over every page that
// dist/ ships: each must have 0 errors. Prints the messages, a line per page, and the count.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dist = path.join(root, 'dist');
const vnu = path.join(root, 'node_modules/vnu-jar/build/dist/vnu.jar');
const pages = fs.readdirSync(dist).filter((f) => f.endsWith('.html')).sort();
if (pages.length < 3) throw new Error(`expected index.html, embed.html and article-viewer.html in dist/, found ${pages}`);

const run = spawnSync('java', ['-jar', vnu, '--errors-only', '--format', 'json', ...pages.map((p) => path.join(dist, p))], {
  encoding: 'utf8',
  maxBuffer: 64 << 20,
});
if (run.error) throw run.error;
// vnu writes its JSON report to stderr.
const report = JSON.parse(run.stderr || '{"messages":[]}');
let failed = 0;
for (const page of pages) {
  const errors = report.messages.filter((m) => m.type === 'error' && m.url && decodeURIComponent(m.url).endsWith(`/${page}`));
  for (const e of errors) console.log(`  ${page}:${e.lastLine ?? '?'}: ${e.message}`);
  console.log(`${errors.length ? 'not ok' : 'ok'}   ${page}: ${errors.length} errors`);
  if (errors.length) failed += 1;
}
const stray = report.messages.filter((m) => m.type !== 'info' && !pages.some((p) => m.url && decodeURIComponent(m.url).endsWith(`/${p}`)));
for (const m of stray) console.log(`  ${m.type}: ${m.message}`);
console.log(`html: ${pages.length - failed} passed, ${failed} failed`);
process.exit(failed || stray.length ? 1 : 0);
