// Starts the viewer. An external module rather than Trunk's inline loader, so that a strict
// Content-Security-Policy (script-src 'self' 'wasm-unsafe-eval') needs no 'unsafe-inline'.
// The glue compiles the wasm as it downloads (`instantiateStreaming`, served as
// application/wasm). The marks time the steps: boot → start is the download, compilation and
// instantiation; start → ready the first render.
import init from './article-viewer.js';

performance.mark('article-viewer:boot');
await init({ module_or_path: new URL('./article-viewer_bg.wasm', import.meta.url) });
