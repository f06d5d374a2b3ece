// Starts the viewer, inlined as a module (allowed by its CSP hash) so that no request of its own
// stands before the largest paint. Nothing is fetched before the whole prerendered page is on
// screen: a module runs once the document is parsed, then two frames and the first contentful
// paint's entry (delivered once that paint is presented; README, Performance, says why both).
// The glue compiles the wasm as it arrives. Marks: boot → start, start → ready.
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
