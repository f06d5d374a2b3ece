// Starts the viewer. An external module rather than Trunk's inline loader, so that a strict
// Content-Security-Policy (script-src 'self' 'wasm-unsafe-eval') needs no 'unsafe-inline'.
import init from './article-viewer.js';

await init({ module_or_path: new URL('./article-viewer_bg.wasm', import.meta.url) });
