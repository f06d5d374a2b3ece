// Saved reading settings on the prerendered viewer before its first paint (inlined in <head>,
// allowed by its CSP hash; a mutation observer runs before rendering). Keys as src/prefs.rs.
(() => {
  let saved = null;
  try {
    saved = localStorage.getItem('article-viewer:reading');
  } catch {
    return; // storage refused: the defaults, as the app will show them
  }
  if (!saved) return;
  const allowed = {
    size: ['data-text-size', ['s', 'm', 'l', 'xl']],
    font: ['data-font', ['serif', 'sans']],
    measure: ['data-measure', ['narrow', 'medium', 'wide']],
    theme: ['data-theme', ['auto', 'light', 'dark', 'sepia']],
    labels: ['data-labels', ['speech', 'all', 'none']],
  };
  // A theme the link asks for wins over the saved one, as in the app.
  if (/(^|[?#&])theme=/.test(location.search + location.hash)) delete allowed.theme;
  const values = new URLSearchParams(saved);
  const apply = (viewer) => {
    for (const [name, [attribute, choices]] of Object.entries(allowed)) {
      const value = values.get(name);
      if (choices.includes(value)) viewer.setAttribute(attribute, value);
    }
  };
  const find = () => document.querySelector('#article-viewer .av-viewer');
  const observer = new MutationObserver(() => {
    const viewer = find();
    if (viewer) {
      observer.disconnect();
      apply(viewer);
    }
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });
  document.addEventListener('DOMContentLoaded', () => observer.disconnect());
})();
