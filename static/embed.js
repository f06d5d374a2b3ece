// Article Viewer host helper: <script type="module" src="https://…/embed.js"></script>
//
// 1. Sizes iframe embeds, <iframe data-article-viewer src="…/embed.html?id=…">, from the
//    viewer's {type: "article-viewer:resize", id, height} messages. Only messages whose source
//    is one of those iframes' windows count; malformed ones are ignored; heights are clamped.
// 2. Mounts a viewer into every <div data-article-viewer data-voices="…" data-theme="…">, now and
//    when such elements are added later, each in its own shadow root.
// No dependencies; it touches nothing on the page but those elements.

const MIN_HEIGHT = 80;
const MAX_HEIGHT = 100000;
const base = new URL('./', import.meta.url);

window.addEventListener('message', (event) => {
  const data = event.data;
  if (!data || typeof data !== 'object' || data.type !== 'article-viewer:resize') return;
  if (typeof data.height !== 'number' || !Number.isFinite(data.height)) return;
  for (const frame of document.querySelectorAll('iframe[data-article-viewer]')) {
    if (frame.contentWindow === event.source) {
      const height = Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, Math.ceil(data.height)));
      frame.style.height = `${height}px`;
      frame.dataset.articleViewerSized = 'true';
    }
  }
});

let viewer;
function loadViewer() {
  viewer ??= import(new URL('article-viewer.js', base).href).then(async (glue) => {
    await glue.default({ module_or_path: new URL('article-viewer_bg.wasm', base) });
    return glue;
  });
  return viewer;
}

async function mountAll() {
  const hosts = [...document.querySelectorAll('[data-article-viewer]:not(iframe)')].filter(
    (el) => !el.shadowRoot,
  );
  if (hosts.length === 0) return;
  const glue = await loadViewer();
  for (const host of hosts) glue.mount_element(host, new URL('style.css', base).href);
}

new MutationObserver(() => mountAll()).observe(document.documentElement, {
  childList: true,
  subtree: true,
});
mountAll();
