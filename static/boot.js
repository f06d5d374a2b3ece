// Starts the viewer. An external module rather than Trunk's inline loader, so that a strict
// Content-Security-Policy (script-src 'self' 'wasm-unsafe-eval') needs no 'unsafe-inline'.
// Nothing is fetched before the whole prerendered page is on screen: a module runs once the
// document is parsed; a frame paints it, and by the next frame it has been presented (the
// paint's timestamp is its presentation, which can come after a task queued in the first frame;
// waiting for the first contentful paint instead starts too early, while a long page is still
// arriving). Then the wasm and its glue download side by side, and the glue compiles the wasm as
// it arrives (`instantiateStreaming`, served as application/wasm).
// The marks time the steps: boot → start is the download, compilation and instantiation;
// start → ready the app taking over the page.
await new Promise((shown) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(shown, 0))));
performance.mark('article-viewer:boot');
const wasm = fetch(new URL('./article-viewer_bg.wasm', import.meta.url));
const { default: init } = await import('./article-viewer.js');
await init({ module_or_path: wasm });
