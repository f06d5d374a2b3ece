//! The page shell every page shares (landmarks, navigation, the viewer's stylesheet and the
//! site's), escaping, and the pager. Everything from the corpus goes through `esc`.

use crate::words::Words;
use std::fmt::Write;

/// Escapes text for HTML text or a quoted attribute value.
pub fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// JSON inside a `<script type="application/json">`: no text can close the element.
pub fn json_for_script(json: &str) -> String {
    json.replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('&', "\\u0026")
}

/// ` lang="fr"` (and `dir`) for text in an article's own language; nothing for a tag that is
/// not one (the data is untrusted, and a wrong `lang` misleads screen readers).
pub fn lang_attr(tag: &str) -> String {
    let ok = !tag.is_empty()
        && tag.len() <= 35
        && tag.starts_with(|c: char| c.is_ascii_alphabetic())
        && tag.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-');
    if !ok {
        return String::new();
    }
    let dir = article_model::i18n::text_direction(tag);
    format!(" lang=\"{}\" dir=\"{dir}\"", esc(tag))
}

pub struct PageContext<'a> {
    pub words: &'a Words,
    pub site: &'a str,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Section {
    Home,
    Articles,
    Voices,
    Search,
    Stats,
}

impl Section {
    const ALL: [(Section, &'static str, &'static str); 5] = [
        (Section::Home, "index.html", "site.nav.home"),
        (
            Section::Articles,
            "articles/index.html",
            "site.nav.articles",
        ),
        (Section::Voices, "voices/index.html", "site.nav.voices"),
        (Section::Search, "search.html", "site.nav.search"),
        (Section::Stats, "stats.html", "site.nav.stats"),
    ];
}

pub struct Page {
    pub title: String,
    /// The way back to the site's root from this page: "" or "../".
    pub root: &'static str,
    pub section: Section,
    /// True for the section's own page (`aria-current="page"` on its link).
    pub at_section: bool,
    pub body: String,
    /// The page's script needs the interface's words (filters, search, copy).
    pub script_words: bool,
}

pub fn render(ctx: &PageContext, page: &Page) -> String {
    let w = ctx.words;
    let locale = w.locale();
    let root = page.root;
    let mut nav = String::new();
    for (section, href, key) in Section::ALL {
        let current = if section == page.section {
            if page.at_section {
                " aria-current=\"page\""
            } else {
                " aria-current=\"true\""
            }
        } else {
            ""
        };
        let _ = write!(
            nav,
            "<li><a href=\"{root}{href}\"{current}>{}</a></li>",
            esc(w.get(key))
        );
    }
    let words = if page.script_words {
        format!(
            "<script type=\"application/json\" id=\"cs-words\">{}</script>\n",
            json_for_script(&w.script_json)
        )
    } else {
        String::new()
    };
    format!(
        "<!doctype html>\n<html lang=\"{lang}\" dir=\"{dir}\">\n<head>\n<meta charset=\"utf-8\">\n\
<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
<meta name=\"color-scheme\" content=\"light dark\">\n\
<title>{title} · {site}</title>\n\
<link rel=\"stylesheet\" href=\"{root}viewer/style.css\">\n\
<link rel=\"stylesheet\" href=\"{root}assets/site.css\">\n\
<link rel=\"icon\" href=\"data:,\">\n\
<script type=\"module\" src=\"{root}assets/site.js\"></script>\n\
</head>\n<body class=\"av cs\" data-theme=\"auto\" data-root=\"{root}\">\n\
<a class=\"cs-skip\" href=\"#main\">{skip}</a>\n\
<header class=\"cs-header\">\n<p class=\"cs-brand\"><a href=\"{root}index.html\">{site}</a></p>\n\
<nav class=\"cs-nav\" aria-label=\"{nav_label}\"><ul>{nav}</ul></nav>\n</header>\n\
<main id=\"main\" class=\"cs-main\" tabindex=\"-1\">\n{body}\n</main>\n\
<footer class=\"cs-footer\"><p>{footer}</p></footer>\n{words}</body>\n</html>\n",
        lang = locale.tag(),
        dir = locale.dir(),
        title = esc(&page.title),
        site = esc(ctx.site),
        skip = esc(w.get("site.skip")),
        nav_label = esc(w.get("site.nav.label")),
        body = page.body,
        footer = esc(w.get("site.footer")),
    )
}

/// "Pages: 1 2 3 … Next" for a list split in pages (nothing for one page). `href(n)` is page
/// n's link (from 1).
pub fn pager(w: &Words, current: usize, total: usize, href: impl Fn(usize) -> String) -> String {
    if total <= 1 {
        return String::new();
    }
    let mut out = format!(
        "<nav class=\"cs-pager\" aria-label=\"{}\"><ul>",
        esc(w.get("site.pages"))
    );
    if current > 1 {
        let _ = write!(
            out,
            "<li><a href=\"{}\" rel=\"prev\">{}</a></li>",
            href(current - 1),
            esc(w.get("site.previous"))
        );
    }
    let mut last_shown = 0;
    for n in 1..=total {
        let near = n == 1 || n == total || n.abs_diff(current) <= 2;
        if !near {
            continue;
        }
        if n > last_shown + 1 {
            out.push_str("<li aria-hidden=\"true\">…</li>");
        }
        last_shown = n;
        let label = esc(&w.fill("site.page_n", &[("n", &w.number(n))]));
        if n == current {
            let _ = write!(
                out,
                "<li><a href=\"{}\" aria-current=\"page\" aria-label=\"{label}\">{}</a></li>",
                href(n),
                w.number(n)
            );
        } else {
            let _ = write!(
                out,
                "<li><a href=\"{}\" aria-label=\"{label}\">{}</a></li>",
                href(n),
                w.number(n)
            );
        }
    }
    if current < total {
        let _ = write!(
            out,
            "<li><a href=\"{}\" rel=\"next\">{}</a></li>",
            href(current + 1),
            esc(w.get("site.next"))
        );
    }
    out.push_str("</ul></nav>");
    out
}

/// Page n of a list whose first page is `first` (`index.html`) and others `<stem><n>.html`.
pub fn page_file(stem: &str, n: usize) -> String {
    if n == 1 {
        format!("{stem}index.html")
    } else {
        format!("{stem}{n}.html")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup_and_quotes() {
        assert_eq!(
            esc("<a href='x'>\"&\"</a>"),
            "&lt;a href=&#39;x&#39;&gt;&quot;&amp;&quot;&lt;/a&gt;"
        );
        assert_eq!(
            json_for_script("</script>&"),
            "\\u003c/script\\u003e\\u0026"
        );
    }

    #[test]
    fn lang_attributes_only_for_language_tags() {
        assert_eq!(lang_attr("fr"), " lang=\"fr\" dir=\"ltr\"");
        assert_eq!(lang_attr("ar"), " lang=\"ar\" dir=\"rtl\"");
        assert_eq!(lang_attr("x\" onload=\"y"), "");
        assert_eq!(lang_attr(""), "");
    }
}
