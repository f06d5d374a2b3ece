// The corpus browser's script: progressive enhancement only (every list works without it).
// Article filters and sorting (data/articles.json, fetched on first use), search over the quote
// shards (search/, fetched as the reader types), and the embed code's copy button.
// Text from the corpus only ever reaches the page as text nodes (textContent), never as HTML.

const root = document.body.dataset.root ?? '';
const wordsElement = document.getElementById('cs-words');
const words = wordsElement ? JSON.parse(wordsElement.textContent) : {};
const lang = document.documentElement.lang || 'en';
const plurals = new Intl.PluralRules(lang);

function fill(template, args) {
  return template.replace(/\{(\w+)\}/g, (m, name) => (name in args ? String(args[name]) : m));
}
const t = (key, args = {}) => fill(words[key] ?? key, args);

/** A whole number in the locale's digits and grouping, as the pages write them. */
function num(n) {
  const digits = String(n);
  const group = words['number.group'] ?? ',';
  const minGroup = Number(words['number.min_group'] ?? 1);
  let out = digits;
  if (digits.length > 3 + minGroup - 1) {
    out = '';
    for (let i = 0; i < digits.length; i++) {
      if (i > 0 && (digits.length - i) % 3 === 0) out += group;
      out += digits[i];
    }
  }
  const local = [...(words['number.digits'] ?? '0123456789')];
  return local.length === 10 ? out.replace(/[0-9]/g, (d) => local[d]) : out;
}

function count(key, n) {
  const form = `${key}.${plurals.select(n)}`;
  return fill(words[form] ?? words[`${key}.other`] ?? key, { n: num(n) });
}

function element(name, attrs = {}, ...children) {
  const e = document.createElement(name);
  for (const [k, v] of Object.entries(attrs)) if (v !== undefined && v !== '') e.setAttribute(k, v);
  for (const c of children) e.append(c);
  return e;
}

async function fetchJson(path) {
  const response = await fetch(root + path);
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return response.json();
}

// The embed code: absolute addresses, so that it works when pasted on another site.
for (const code of document.querySelectorAll('[data-embed-snippet]')) {
  const viewer = new URL(`${root}viewer/`, location.href).href;
  code.textContent = code.textContent.replaceAll(`"${root}viewer/`, `"${viewer}`);
}

for (const button of document.querySelectorAll('[data-copy]')) {
  const status = button.parentElement.querySelector('[data-copy-status]');
  button.hidden = false;
  button.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(document.getElementById(button.dataset.copy).textContent);
      status.textContent = t('js.copied');
    } catch {
      status.textContent = t('js.copy_failed');
    }
  });
}

// Article list: filter by outlet, language and dates, and sort, over every article.
const filters = document.querySelector('[data-article-filters]');
if (filters) {
  const status = document.querySelector('[data-list-status]');
  const table = document.querySelector('[data-article-table]');
  const body = table.tBodies[0];
  const more = element('button', { type: 'button', class: 'cs-button' }, t('js.show_more'));
  more.hidden = true;
  table.parentElement.after(more);
  let data = null;
  let shown = [];
  let limit = 100;
  let generation = 0;
  filters.hidden = false;
  filters.addEventListener('submit', (e) => e.preventDefault());

  const row = (r) => {
    const [name, title, outlet, , date, language, quotes, voices, reviewed, tag] = r;
    const link = element('a', { href: `${root}a/${name}.html`, lang: tag }, title);
    return element('tr', {},
      element('td', {}, link),
      element('td', {}, data.outlets[outlet] ?? ''),
      element('td', {}, date),
      element('td', {}, data.languages[language] ?? ''),
      element('td', { class: 'cs-num' }, num(quotes)),
      element('td', { class: 'cs-num' }, num(voices)),
      element('td', {}, data.status[reviewed ? 1 : 0]));
  };
  const render = () => {
    body.replaceChildren(...shown.slice(0, limit).map(row));
    more.hidden = shown.length <= limit;
  };
  more.addEventListener('click', () => {
    limit += 100;
    render();
  });
  const update = async () => {
    const mine = ++generation;
    const f = new FormData(filters);
    try {
      if (!data) {
        status.textContent = t('js.loading');
        data = await fetchJson('data/articles.json');
      }
    } catch (e) {
      status.textContent = t('js.load_error', { detail: e.message });
      return;
    }
    if (mine !== generation) return;
    const outlet = f.get('outlet');
    const language = f.get('language');
    const from = f.get('from');
    const to = f.get('to');
    shown = data.rows.filter((r) =>
      (outlet === '' || r[2] === Number(outlet)) &&
      (language === '' || r[5] === Number(language)) &&
      (!from || (r[3] !== '' && r[3] >= from)) &&
      (!to || (r[3] !== '' && r[3] <= to)));
    const sort = f.get('sort');
    if (sort === 'oldest') shown.reverse();
    else if (sort === 'title') shown.sort((a, b) => a[1].localeCompare(b[1], lang));
    else if (sort === 'quotes') shown.sort((a, b) => b[6] - a[6]);
    limit = 100;
    render();
    for (const pager of document.querySelectorAll('.cs-pager')) pager.hidden = true;
    status.textContent = count('js.matches', shown.length);
  };
  filters.addEventListener('change', update);
}

// Search: the words as the index cut them (crates/site/src/search.rs `tokens`).
const fold = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const tokens = (s) => fold(s).split(/[^\p{L}\p{N}]+/u).filter((w) => [...w].length >= 2);

const search = document.querySelector('[data-search]');
if (search) {
  const input = search.querySelector('input');
  const status = document.querySelector('[data-search-status]');
  const results = document.querySelector('[data-search-results]');
  const more = document.querySelector('[data-search-more]');
  const PAGE = 20;
  let manifest = null;
  const shards = new Map();
  const fragments = new Map();
  let hits = [];
  let terms = [];
  let shownCount = 0;
  let generation = 0;
  let timer = 0;
  for (const e of document.querySelectorAll('[data-nojs]')) e.hidden = true;
  search.hidden = false;
  search.addEventListener('submit', (e) => e.preventDefault());

  const shard = (n) => {
    if (!shards.has(n)) shards.set(n, fetchJson(`search/s/${n}.json`));
    return shards.get(n);
  };
  const fragment = (n) => {
    if (!fragments.has(n)) fragments.set(n, fetchJson(`search/f/${n}.json`));
    return fragments.get(n);
  };
  const decode = (deltas) => {
    let id = 0;
    return deltas.map((d) => (id += d));
  };
  /** The quote numbers holding `term` (or, for the last word, a word starting with it). */
  async function postings(term, prefix) {
    const wanted = manifest.shards.filter(([key]) => term.startsWith(key) || (prefix && key.startsWith(term)));
    const found = new Set();
    for (const s of await Promise.all(wanted.map(([, n]) => shard(n)))) {
      for (const [word, list] of Object.entries(s)) {
        if (word === term || (prefix && word.startsWith(term))) for (const id of decode(list)) found.add(id);
      }
    }
    return found;
  }
  function highlight(text) {
    const p = element('p');
    let last = 0;
    for (const m of text.matchAll(/[\p{L}\p{N}\p{M}]+/gu)) {
      const w = fold(m[0]);
      const hit = terms.some((term, i) => w === term || (i === terms.length - 1 && w.startsWith(term)));
      if (!hit) continue;
      p.append(text.slice(last, m.index), element('mark', {}, m[0]));
      last = m.index + m[0].length;
    }
    p.append(text.slice(last));
    return p;
  }
  function result([text, kind, voice, voicePage, title, name, articleVoice, outlet, date, tag]) {
    const viewer = `${root}viewer/index.html?article=../a/${name}.json&locale=${lang}#voices=${encodeURIComponent(articleVoice)}`;
    const quote = element('blockquote', { class: 'cs-quote', lang: tag }, highlight(text));
    const meta = element('p', { class: 'cs-quote-meta' },
      element('span', { class: 'cs-kind' }, t(`js.kind.${kind}`)), ' · ',
      element('a', { href: `${root}v/${voicePage}.html` }, voice), ' · ',
      element('a', { href: `${root}a/${name}.html`, lang: tag }, title || t('header.untitled')),
      ` · ${outlet} · ${date} · `,
      element('a', { href: viewer }, t('js.search.read')));
    return element('li', {}, quote, meta);
  }
  async function showMore(mine) {
    const ids = hits.slice(shownCount, shownCount + PAGE);
    const size = manifest.fragment_size;
    const loaded = await Promise.all(ids.map((id) => fragment(Math.floor(id / size))));
    if (mine !== generation) return;
    results.append(...ids.map((id, i) => result(loaded[i][id % size])));
    shownCount += ids.length;
    more.hidden = shownCount >= hits.length;
  }
  async function run() {
    const mine = ++generation;
    terms = tokens(input.value);
    results.replaceChildren();
    more.hidden = true;
    if (terms.length === 0) {
      status.textContent = input.value.trim() ? t('js.search.short') : '';
      return;
    }
    try {
      manifest ??= await fetchJson('search/manifest.json');
      const sets = await Promise.all(terms.map((term, i) => postings(term, i === terms.length - 1)));
      if (mine !== generation) return;
      sets.sort((a, b) => a.size - b.size);
      hits = [...sets[0]].filter((id) => sets.every((s) => s.has(id))).sort((a, b) => a - b);
      shownCount = 0;
      await showMore(mine);
      // Said once the results are on the page.
      if (mine === generation) status.textContent = hits.length ? count('js.search.count', hits.length) : t('js.search.none');
    } catch (e) {
      if (mine === generation) status.textContent = t('js.search.error', { detail: e.message });
    }
  }
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(run, 120);
  });
  more.addEventListener('click', () => showMore(generation));
  // A link to search.html#q=words opens with the search done.
  const asked = new URLSearchParams(location.hash.slice(1)).get('q');
  if (asked) {
    input.value = asked;
    run();
  }
}
