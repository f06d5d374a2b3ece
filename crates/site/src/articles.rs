//! The article pages (`a/<name>.html` with `a/<name>.json` for the viewer), the article list
//! in pages (all, by outlet, by language; `data/articles.json` for filtering in the browser),
//! and the home page.

use crate::collect::{Collected, Row};
use crate::html::{esc, lang_attr, pager, render, Page, PageContext, Section};
use crate::names::Names;
use crate::output::Output;
use crate::{SiteArticle, SiteError};
use article_model::PassageKind;
use std::collections::BTreeMap;
use std::fmt::Write;

/// Rows on one page of the article list.
pub const ROWS_PER_PAGE: usize = 100;

/// The viewer with an article, from a page `root` away from the site's root, with the site's
/// locale and optionally a voice selected (the viewer's `#voices=` deep link).
pub fn viewer_href(root: &str, name: &str, locale: &str, voice: Option<&str>) -> String {
    let hash = voice
        .map(|v| format!("#voices={}", esc(&percent(v))))
        .unwrap_or_default();
    format!("{root}viewer/index.html?article=../a/{name}.json&amp;locale={locale}{hash}")
}

/// Percent-encodes all but unreserved characters (voice ids are slugs; this is a guard).
pub fn percent(s: &str) -> String {
    let mut out = String::new();
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(b as char);
        } else {
            let _ = write!(out, "%{b:02X}");
        }
    }
    out
}

/// The iframe embed of the article, as the viewer's publish panel writes it for a file beside
/// the viewer (src/embed_snippets.rs `iframe_snippet_for_file`, which tests/site_embed.rs
/// holds it to); `base` is the viewer's folder.
pub fn embed_snippet(base: &str, title: &str, name: &str) -> String {
    format!(
        "<iframe data-article-viewer src=\"{base}embed.html?id=article-viewer&article=../a/{name}.json\" title=\"{}\" width=\"100%\" height=\"640\" loading=\"lazy\" allow=\"clipboard-write\"></iframe>\n<script type=\"module\" src=\"{base}embed.js\"></script>",
        // The viewer's escaping (src/escape.rs), so that the code is the same byte for byte.
        title
            .replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
            .replace('"', "&quot;")
    )
}

pub fn title_or_untitled<'a>(ctx: &'a PageContext, row: &'a Row) -> &'a str {
    if row.title.trim().is_empty() {
        ctx.words.get("header.untitled")
    } else {
        &row.title
    }
}

pub fn write_article(
    out: &mut Output,
    ctx: &PageContext,
    c: &Collected,
    row_index: usize,
    item: &SiteArticle,
) -> Result<(), SiteError> {
    let w = ctx.words;
    let row = &c.rows[row_index];
    let article = &item.article;
    let json = serde_json::to_string(article).unwrap_or_default();
    out.write(&format!("a/{}.json", row.name), json.as_bytes())?;
    let locale = w.locale().tag();
    let title = title_or_untitled(ctx, row);
    let mut body = format!(
        "<article class=\"cs-article\"><h1{lang}>{title}</h1>\n<p class=\"cs-meta\">{outlet} · {date} · {language} · {status}</p>\n\
<p><a class=\"cs-button\" href=\"{viewer}\">{open}</a></p>\n",
        lang = lang_attr(&row.language),
        title = esc(title),
        outlet = esc(&row.outlet),
        date = esc(&w.date(&row.date)),
        language = esc(&w.language(&row.language)),
        status = esc(w.get(if row.reviewed { "site.reviewed" } else { "site.draft" })),
        viewer = viewer_href("../", &row.name, locale, None),
        open = esc(w.get("site.open_viewer")),
    );
    if article_model::is_web_url(&article.source.url) {
        let _ = writeln!(
            body,
            "<p><a href=\"{}\" rel=\"noopener noreferrer\">{}</a></p>",
            esc(&article.source.url),
            esc(w.get("site.original"))
        );
    }
    let _ = write!(
        body,
        "<section aria-labelledby=\"voices-h\"><h2 id=\"voices-h\">{}</h2>\n<ul class=\"cs-voice-list\">",
        esc(w.get("site.article_voices"))
    );
    for voice in &article.voices {
        let Some(entry) = c.voice_of(item, &voice.id) else {
            continue;
        };
        let quoted = article
            .passages()
            .filter(|(_, p)| p.voice == voice.id && p.kind != PassageKind::Narration)
            .count();
        let role = if voice.role.trim().is_empty() {
            String::new()
        } else {
            format!(" <span class=\"cs-role\">{}</span>", esc(&voice.role))
        };
        let _ = write!(
            body,
            "<li><a href=\"{viewer}\">{name}</a>{role} · {count} · <a href=\"../v/{page}.html\">{all}</a></li>",
            viewer = viewer_href("../", &row.name, locale, Some(&voice.id)),
            name = esc(&voice.name),
            count = esc(&w.count("site.quotes", quoted)),
            page = entry.name,
            all = esc(&w.fill("site.all_passages_of", &[("name", &entry.voice.name)])),
        );
    }
    body.push_str("</ul></section>\n");
    let snippet = embed_snippet("../viewer/", title, &row.name);
    let _ = write!(
        body,
        "<section aria-labelledby=\"embed-h\"><h2 id=\"embed-h\">{heading}</h2>\n<p>{hint}</p>\n\
<pre class=\"cs-snippet\"><code id=\"embed-code\" data-embed-snippet>{code}</code></pre>\n\
<p><button type=\"button\" class=\"cs-button\" data-copy=\"embed-code\" hidden>{copy}</button> <span class=\"cs-status\" role=\"status\" data-copy-status></span></p></section>\n</article>",
        heading = esc(w.get("site.embed")),
        hint = esc(w.get("site.embed_hint")),
        code = esc(&snippet),
        copy = esc(w.get("site.copy")),
    );
    let page = Page {
        title: title.to_string(),
        root: "../",
        section: Section::Articles,
        at_section: false,
        body,
        script_words: true,
    };
    out.page(&format!("a/{}.html", row.name), &render(ctx, &page))
}

fn table(ctx: &PageContext, c: &Collected, rows: &[usize], root: &str) -> String {
    let w = ctx.words;
    let mut out = format!(
        "<div class=\"cs-table-wrap\" role=\"region\" tabindex=\"0\" aria-label=\"{0}\"><table class=\"cs-table\" data-article-table><caption class=\"cs-visually-hidden\">{0}</caption>\n<thead><tr>",
        esc(w.get("site.articles_caption"))
    );
    for key in [
        "site.col.title",
        "site.col.outlet",
        "site.col.date",
        "site.col.language",
        "site.col.quotes",
        "site.col.voices",
        "site.col.status",
    ] {
        let _ = write!(out, "<th scope=\"col\">{}</th>", esc(w.get(key)));
    }
    out.push_str("</tr></thead>\n<tbody>\n");
    for &r in rows {
        let row = &c.rows[r];
        let _ = writeln!(
            out,
            "<tr><td><a href=\"{root}a/{name}.html\"{lang}>{title}</a></td><td>{outlet}</td><td>{date}</td><td>{language}</td><td class=\"cs-num\">{quotes}</td><td class=\"cs-num\">{voices}</td><td>{status}</td></tr>",
            name = row.name,
            lang = lang_attr(&row.language),
            title = esc(title_or_untitled(ctx, row)),
            outlet = esc(&row.outlet),
            date = esc(&w.date(&row.date)),
            language = esc(&w.language(&row.language)),
            quotes = w.number(row.quotes),
            voices = w.number(row.voices),
            status = esc(w.get(if row.reviewed { "site.reviewed" } else { "site.draft" })),
        );
    }
    out.push_str("</tbody></table></div>\n");
    out
}

/// One list (all articles, one outlet's, one language's) in pages.
struct List<'a> {
    /// File stem inside `articles/`: "" for the main list, else e.g. "o-<name>".
    stem: String,
    heading: String,
    rows: &'a [usize],
}

impl List<'_> {
    fn file(&self, n: usize) -> String {
        match (self.stem.is_empty(), n) {
            (true, 1) => "index.html".into(),
            (true, n) => format!("{n}.html"),
            (false, 1) => format!("{}.html", self.stem),
            (false, n) => format!("{}.p{n}.html", self.stem),
        }
    }
}

pub fn write_lists(out: &mut Output, ctx: &PageContext, c: &Collected) -> Result<(), SiteError> {
    let w = ctx.words;
    let order = c.rows_by_date();
    let mut by_outlet: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    let mut by_language: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for &r in &order {
        by_outlet.entry(&c.rows[r].outlet).or_default().push(r);
        by_language.entry(&c.rows[r].language).or_default().push(r);
    }
    let mut names = Names::default();
    let outlets: Vec<(&str, String, &Vec<usize>)> = by_outlet
        .iter()
        .map(|(o, rows)| (*o, format!("o-{}", names.claim(&o.to_lowercase())), rows))
        .collect();
    let languages: Vec<(&str, String, &Vec<usize>)> = by_language
        .iter()
        .map(|(l, rows)| (*l, format!("l-{}", names.claim(&l.to_lowercase())), rows))
        .collect();
    let browse = browse_nav(ctx, &outlets, &languages);
    let filters = filter_form(ctx, &outlets, &languages);
    let mut lists = vec![List {
        stem: String::new(),
        heading: w.get("site.nav.articles").to_string(),
        rows: &order,
    }];
    for (outlet, stem, rows) in &outlets {
        lists.push(List {
            stem: stem.clone(),
            heading: w.fill("site.articles_from", &[("outlet", outlet)]),
            rows,
        });
    }
    for (language, stem, rows) in &languages {
        lists.push(List {
            stem: stem.clone(),
            heading: w.fill("site.articles_in", &[("language", &w.language(language))]),
            rows,
        });
    }
    for (i, list) in lists.iter().enumerate() {
        let total = list.rows.len().div_ceil(ROWS_PER_PAGE).max(1);
        for n in 1..=total {
            let rows =
                &list.rows[(n - 1) * ROWS_PER_PAGE..(n * ROWS_PER_PAGE).min(list.rows.len())];
            let mut body = format!("<h1>{}</h1>\n", esc(&list.heading));
            let _ = writeln!(
                body,
                "<p>{}</p>",
                esc(&w.fill(
                    "site.list_summary",
                    &[
                        ("count", &w.count("site.articles", list.rows.len())),
                        ("page", &w.number(n)),
                        ("pages", &w.number(total)),
                    ]
                ))
            );
            if i == 0 {
                body.push_str(&filters);
            }
            body.push_str(&browse);
            body.push_str(&table(ctx, c, rows, "../"));
            body.push_str(&pager(w, n, total, |k| list.file(k)));
            let page = Page {
                title: if n == 1 {
                    list.heading.clone()
                } else {
                    w.fill(
                        "site.titled_page",
                        &[("title", &list.heading), ("n", &w.number(n))],
                    )
                },
                root: "../",
                section: Section::Articles,
                at_section: i == 0 && n == 1,
                body,
                script_words: i == 0,
            };
            out.page(&format!("articles/{}", list.file(n)), &render(ctx, &page))?;
        }
    }
    write_filter_index(out, ctx, c, &order, &outlets, &languages)
}

type Facet<'a> = (&'a str, String, &'a Vec<usize>);

fn browse_nav(ctx: &PageContext, outlets: &[Facet], languages: &[Facet]) -> String {
    let w = ctx.words;
    let mut out = format!(
        "<nav class=\"cs-browse\" aria-label=\"{}\">",
        esc(w.get("site.browse"))
    );
    for (key, facets, is_language) in [
        ("site.by_outlet", outlets, false),
        ("site.by_language", languages, true),
    ] {
        let _ = write!(
            out,
            "<p><span class=\"cs-browse-label\">{}</span> ",
            esc(w.get(key))
        );
        let links: Vec<String> = facets
            .iter()
            .map(|(value, stem, rows)| {
                let label = if is_language {
                    w.language(value)
                } else {
                    value.to_string()
                };
                format!(
                    "<a href=\"{stem}.html\">{}</a> ({})",
                    esc(&label),
                    w.number(rows.len())
                )
            })
            .collect();
        out.push_str(&links.join(" · "));
        out.push_str("</p>");
    }
    out.push_str("</nav>\n");
    out
}

fn filter_form(ctx: &PageContext, outlets: &[Facet], languages: &[Facet]) -> String {
    let w = ctx.words;
    let mut out = format!(
        "<form class=\"cs-filters\" data-article-filters hidden aria-labelledby=\"filters-h\">\n<h2 id=\"filters-h\">{}</h2>\n",
        esc(w.get("site.filter"))
    );
    let _ = write!(
        out,
        "<label>{}<select name=\"outlet\"><option value=\"\">{}</option>",
        esc(w.get("site.col.outlet")),
        esc(w.get("site.all_outlets"))
    );
    for (i, (outlet, _, _)) in outlets.iter().enumerate() {
        let _ = write!(out, "<option value=\"{i}\">{}</option>", esc(outlet));
    }
    let _ = write!(
        out,
        "</select></label>\n<label>{}<select name=\"language\"><option value=\"\">{}</option>",
        esc(w.get("site.col.language")),
        esc(w.get("site.all_languages"))
    );
    for (i, (language, _, _)) in languages.iter().enumerate() {
        let _ = write!(
            out,
            "<option value=\"{i}\">{}</option>",
            esc(&w.language(language))
        );
    }
    let _ = write!(
        out,
        "</select></label>\n<label>{}<input type=\"date\" name=\"from\"></label>\n<label>{}<input type=\"date\" name=\"to\"></label>\n<label>{}<select name=\"sort\">",
        esc(w.get("site.from")),
        esc(w.get("site.to")),
        esc(w.get("site.sort")),
    );
    for (value, key) in [
        ("newest", "site.sort.newest"),
        ("oldest", "site.sort.oldest"),
        ("title", "site.sort.title"),
        ("quotes", "site.sort.quotes"),
    ] {
        let _ = write!(
            out,
            "<option value=\"{value}\">{}</option>",
            esc(w.get(key))
        );
    }
    out.push_str("</select></label>\n</form>\n<p class=\"cs-status\" role=\"status\" data-list-status></p>\n");
    out
}

/// `data/articles.json`: the list's columns for filtering and sorting in the browser, fetched
/// only when a filter is first used. Rows in the list's order (newest first).
fn write_filter_index(
    out: &mut Output,
    ctx: &PageContext,
    c: &Collected,
    order: &[usize],
    outlets: &[Facet],
    languages: &[Facet],
) -> Result<(), SiteError> {
    let w = ctx.words;
    let outlet_index: BTreeMap<&str, usize> =
        outlets.iter().enumerate().map(|(i, f)| (f.0, i)).collect();
    let language_index: BTreeMap<&str, usize> = languages
        .iter()
        .enumerate()
        .map(|(i, f)| (f.0, i))
        .collect();
    let rows: Vec<serde_json::Value> = order
        .iter()
        .map(|&r| {
            let row = &c.rows[r];
            serde_json::json!([
                row.name,
                title_or_untitled(ctx, row),
                outlet_index.get(row.outlet.as_str()),
                row.date,
                w.date(&row.date),
                language_index.get(row.language.as_str()),
                row.quotes,
                row.voices,
                row.reviewed,
                lang_ok(&row.language),
            ])
        })
        .collect();
    let json = serde_json::json!({
        "outlets": outlets.iter().map(|f| f.0).collect::<Vec<_>>(),
        "languages": languages.iter().map(|f| w.language(f.0)).collect::<Vec<_>>(),
        "status": [w.get("site.draft"), w.get("site.reviewed")],
        "rows": rows,
    });
    out.write("data/articles.json", json.to_string().as_bytes())
}

/// The article's language tag when it is one (for `lang` in the browser-built rows).
fn lang_ok(tag: &str) -> &str {
    if lang_attr(tag).is_empty() {
        ""
    } else {
        tag
    }
}

pub fn write_home(out: &mut Output, ctx: &PageContext, c: &Collected) -> Result<(), SiteError> {
    let w = ctx.words;
    let order = c.rows_by_date();
    let outlets: std::collections::BTreeSet<&str> =
        c.rows.iter().map(|r| r.outlet.as_str()).collect();
    let dated: Vec<&str> = order
        .iter()
        .map(|&r| c.rows[r].date.as_str())
        .filter(|d| !d.is_empty())
        .collect();
    let span = match (dated.last(), dated.first()) {
        (Some(first), Some(last)) => w.fill(
            "site.span",
            &[("first", &w.date(first)), ("last", &w.date(last))],
        ),
        _ => String::new(),
    };
    let mut body = format!("<h1>{}</h1>\n", esc(ctx.site));
    let _ = writeln!(
        body,
        "<p class=\"cs-lead\">{}</p>",
        esc(&w.fill(
            "site.home_summary",
            &[
                ("articles", &w.count("site.articles", c.rows.len())),
                ("outlets", &w.count("site.outlets", outlets.len())),
                ("voices", &w.count("site.voices", c.voices.len())),
                ("quotes", &w.count("site.quotes", c.quotes.len())),
                ("span", &span),
            ]
        ))
    );
    body.push_str("<ul class=\"cs-cards\">");
    for (href, title, text) in [
        (
            "articles/index.html",
            "site.nav.articles",
            "site.home.articles",
        ),
        ("voices/index.html", "site.nav.voices", "site.home.voices"),
        ("search.html", "site.nav.search", "site.home.search"),
        ("stats.html", "site.nav.stats", "site.home.stats"),
    ] {
        let _ = write!(
            body,
            "<li><h2><a href=\"{href}\">{}</a></h2><p>{}</p></li>",
            esc(w.get(title)),
            esc(w.get(text))
        );
    }
    body.push_str("</ul>\n");
    let _ = writeln!(
        body,
        "<section aria-labelledby=\"newest-h\"><h2 id=\"newest-h\">{}</h2>",
        esc(w.get("site.newest"))
    );
    body.push_str(&table(ctx, c, &order[..order.len().min(10)], ""));
    body.push_str("</section>\n");
    let page = Page {
        title: w.get("site.nav.home").to_string(),
        root: "",
        section: Section::Home,
        at_section: true,
        body,
        script_words: false,
    };
    out.page("index.html", &render(ctx, &page))
}
