// A static file server for the end-to-end tests and the benchmark: serves a directory under a
// sub-path on 127.0.0.1, with the strict Content-Security-Policy the viewer must work under,
// and optional gzip (as real hosts compress).
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import crypto from 'node:crypto';

/** The CSP sources that allow the two inline scripts, the reading settings (classic) and the
 *  boot module, which Trunk inlines byte for byte, and nothing else inline. */
export const INLINE_HASHES = ['reading.js', 'boot.js']
  .map((file) => crypto.createHash('sha256').update(fs.readFileSync(new URL(`../../static/${file}`, import.meta.url))).digest('base64'))
  .map((hash) => `'sha256-${hash}'`)
  .join(' ');

export const CSP =
  `default-src 'none'; script-src 'self' 'wasm-unsafe-eval' ${INLINE_HASHES}; style-src 'self'; img-src 'self' data:; ` +
  "connect-src 'self'; base-uri 'none'; form-action 'none'";

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
};

/**
 * Serves `root` at http://127.0.0.1:<port><prefix>. `pages` maps extra paths to HTML strings
 * (host pages for the embed tests). `cors` allows other origins to load the files. Returns
 * {origin, url, close}.
 */
export async function serve({ root, prefix = '/', pages = {}, csp = CSP, gzip = false, port = 0, cors = false }) {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    const headers = {};
    if (csp) headers['Content-Security-Policy'] = csp;
    // A script embed imports the glue and fetches the wasm from the viewer's origin: module
    // scripts cross origins only with CORS, as any CDN serves them.
    if (cors) headers['Access-Control-Allow-Origin'] = '*';
    if (pages[url.pathname] !== undefined) {
      const type = TYPES[path.extname(url.pathname)] ?? TYPES['.html'];
      res.writeHead(200, { ...headers, 'Content-Type': type });
      res.end(pages[url.pathname]);
      return;
    }
    if (!url.pathname.startsWith(prefix)) {
      res.writeHead(404).end();
      return;
    }
    let rel = decodeURIComponent(url.pathname.slice(prefix.length)) || 'index.html';
    if (rel.endsWith('/')) rel += 'index.html';
    const file = path.join(root, rel);
    if (!file.startsWith(path.resolve(root)) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    let body = fs.readFileSync(file);
    headers['Content-Type'] = TYPES[path.extname(file)] ?? 'application/octet-stream';
    headers['Cache-Control'] = 'no-store';
    if (gzip && /gzip/.test(req.headers['accept-encoding'] ?? '')) {
      body = zlib.gzipSync(body, { level: 9 });
      headers['Content-Encoding'] = 'gzip';
    }
    res.writeHead(200, headers);
    res.end(body);
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  const { port: actual } = server.address();
  return {
    origin: `http://127.0.0.1:${actual}`,
    url: `http://127.0.0.1:${actual}${prefix}`,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
