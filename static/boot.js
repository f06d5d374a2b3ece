// Starts the viewer. An external module rather than Trunk's inline loader, so that a strict
// Content-Security-Policy (script-src 'self' 'wasm-unsafe-eval') needs no 'unsafe-inline'.
// Nothing is fetched before the whole prerendered page is on screen: a module runs once the
// document is parsed, a frame paints it, and the first contentful paint's entry, delivered only
// once that paint has been presented, says it is on screen. Two frames alone are not enough: in
// one load in three the paint was presented after them, the wasm finished downloading first,
// and Lighthouse then counted its download before the largest paint. The paint entry alone is
// not enough on a long page, whose first paint can come while it is still arriving.
// Then the wasm and its glue download side by side, and the glue compiles the wasm as it
// arrives (`instantiateStreaming`, served as application/wasm).
// The marks time the steps: boot → start is the download, compilation and instantiation;
// start → ready the app taking over the page.
const painted = new Promise((resolve) => {
  if (!PerformanceObserver.supportedEntryTypes?.includes('paint')) return resolve();
  new PerformanceObserver((list, observer) => {
    if (!list.getEntriesByName('first-contentful-paint').length) return;
    observer.disconnect();
    resolve();
  }).observe({ type: 'paint', buffered: true });
});
await new Promise((shown) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(shown, 0))));
await painted;
performance.mark('article-viewer:boot');
const wasm = fetch(new URL('./article-viewer_bg.wasm', import.meta.url));
const { default: init } = await import('./article-viewer.js');
await init({ module_or_path: wasm });
