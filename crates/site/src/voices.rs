//! The voice index (`voices/`: counts, outlets, dates) and each voice's pages (`v/<name>.html`):
//! all its passages across articles, in context, each a link into the viewer with the voice
//! selected.

use crate::articles::{title_or_untitled, viewer_href};
use crate::collect::{Collected, VoiceEntry};
use crate::html::{esc, lang_attr, pager, render, Page, PageContext, Section};
use crate::output::Output;
use crate::SiteError;
use article_model::PassageKind;
use std::fmt::Write;

pub const VOICES_PER_PAGE: usize = 200;
pub const QUOTES_PER_PAGE: usize = 100;

pub fn write_all(out: &mut Output, ctx: &PageContext, c: &Collected) -> Result<(), SiteError> {
    write_index(out, ctx, c)?;
    for entry in &c.voices {
        write_voice(out, ctx, c, entry)?;
    }
    Ok(())
}

fn who_label<'a>(ctx: &'a PageContext, entry: &VoiceEntry) -> &'a str {
    ctx.words.get(match entry.voice.who {
        crate::Who::Person => "site.who.person",
        crate::Who::Collective => "site.who.collective",
        crate::Who::Anonymous => "site.who.anonymous",
        crate::Who::Outlet => "site.who.outlet",
    })
}

/// "A, B and 3 more" for a voice's outlets, most articles first.
fn outlets(ctx: &PageContext, entry: &VoiceEntry, shown: usize) -> String {
    let mut list: Vec<(&String, &usize)> = entry.outlets.iter().collect();
    list.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
    let mut names: Vec<String> = list
        .iter()
        .take(shown)
        .map(|(o, _)| o.to_string())
        .collect();
    if list.len() > shown {
        names.push(ctx.words.count("site.more", list.len() - shown));
    }
    ctx.words.strings.list(&names)
}

fn span(ctx: &PageContext, first: &str, last: &str) -> String {
    let w = ctx.words;
    match (first.is_empty(), first == last) {
        (true, _) => w.get("date.not_given").to_string(),
        (false, true) => w.date(first),
        (false, false) => w.fill(
            "site.span",
            &[("first", &w.date(first)), ("last", &w.date(last))],
        ),
    }
}

fn write_index(out: &mut Output, ctx: &PageContext, c: &Collected) -> Result<(), SiteError> {
    let w = ctx.words;
    let order = c.voices_by_quotes();
    let total = order.len().div_ceil(VOICES_PER_PAGE).max(1);
    let file = |n: usize| crate::html::page_file("", n);
    for n in 1..=total {
        let slice = &order[(n - 1) * VOICES_PER_PAGE..(n * VOICES_PER_PAGE).min(order.len())];
        let heading = w.get("site.nav.voices");
        let mut body = format!("<h1>{}</h1>\n", esc(heading));
        let _ = writeln!(
            body,
            "<p>{}</p>",
            esc(&w.fill(
                "site.voices_summary",
                &[
                    ("count", &w.count("site.voices", order.len())),
                    ("page", &w.number(n)),
                    ("pages", &w.number(total)),
                ]
            ))
        );
        let _ = write!(
            body,
            "<div class=\"cs-table-wrap\" role=\"region\" tabindex=\"0\" aria-label=\"{0}\"><table class=\"cs-table\"><caption class=\"cs-visually-hidden\">{0}</caption>\n<thead><tr>",
            esc(w.get("site.voices_caption"))
        );
        for key in [
            "site.col.voice",
            "site.col.kind",
            "site.col.quotes",
            "site.col.articles",
            "site.col.outlets",
            "site.col.dates",
        ] {
            let _ = write!(body, "<th scope=\"col\">{}</th>", esc(w.get(key)));
        }
        body.push_str("</tr></thead>\n<tbody>\n");
        for &v in slice {
            let entry = &c.voices[v];
            let _ = writeln!(
                body,
                "<tr><th scope=\"row\"><a href=\"../v/{page}.html\">{name}</a></th><td>{kind}</td><td class=\"cs-num\">{quotes}</td><td class=\"cs-num\">{articles}</td><td>{outlets}</td><td>{dates}</td></tr>",
                page = entry.name,
                name = esc(&entry.voice.name),
                kind = esc(who_label(ctx, entry)),
                quotes = w.number(entry.quotes.len()),
                articles = w.number(entry.articles),
                outlets = esc(&outlets(ctx, entry, 3)),
                dates = esc(&span(ctx, &entry.first, &entry.last)),
            );
        }
        body.push_str("</tbody></table></div>\n");
        body.push_str(&pager(w, n, total, file));
        let page = Page {
            title: if n == 1 {
                heading.to_string()
            } else {
                w.fill(
                    "site.titled_page",
                    &[("title", heading), ("n", &w.number(n))],
                )
            },
            root: "../",
            section: Section::Voices,
            at_section: n == 1,
            body,
            script_words: false,
        };
        out.page(&format!("voices/{}", file(n)), &render(ctx, &page))?;
    }
    Ok(())
}

fn write_voice(
    out: &mut Output,
    ctx: &PageContext,
    c: &Collected,
    entry: &VoiceEntry,
) -> Result<(), SiteError> {
    let w = ctx.words;
    let locale = w.locale().tag();
    let total = entry.quotes.len().div_ceil(QUOTES_PER_PAGE).max(1);
    let file = |n: usize| {
        if n == 1 {
            format!("{}.html", entry.name)
        } else {
            format!("{}.p{n}.html", entry.name)
        }
    };
    for n in 1..=total {
        let slice =
            &entry.quotes[(n - 1) * QUOTES_PER_PAGE..(n * QUOTES_PER_PAGE).min(entry.quotes.len())];
        let mut body = format!(
            "<h1>{}</h1>\n<p class=\"cs-meta\">{} · {} · {}</p>\n",
            esc(&entry.voice.name),
            esc(who_label(ctx, entry)),
            esc(&w.count("site.quotes", entry.quotes.len())),
            esc(&w.count("site.articles", entry.articles)),
        );
        let _ = writeln!(
            body,
            "<dl class=\"cs-facts\"><dt>{}</dt><dd>{}</dd><dt>{}</dt><dd>{}</dd>",
            esc(w.get("site.col.outlets")),
            esc(&outlets(ctx, entry, 8)),
            esc(w.get("site.col.dates")),
            esc(&span(ctx, &entry.first, &entry.last)),
        );
        if !entry.roles.is_empty() {
            let _ = write!(body, "<dt>{}</dt><dd><ul>", esc(w.get("site.roles")));
            for (role, (first, last)) in &entry.roles {
                let _ = write!(
                    body,
                    "<li>{} <span class=\"cs-muted\">({})</span></li>",
                    esc(role),
                    esc(&span(ctx, first, last))
                );
            }
            body.push_str("</ul></dd>");
        }
        body.push_str("</dl>\n");
        let _ = writeln!(
            body,
            "<h2>{}</h2>",
            esc(&w.fill(
                "site.passages_heading",
                &[("page", &w.number(n)), ("pages", &w.number(total))]
            ))
        );
        // Grouped by article, in the order of `entry.quotes` (newest first).
        let mut open: Option<usize> = None;
        for &q in slice {
            let quote = &c.quotes[q];
            let row = &c.rows[quote.row];
            if open != Some(quote.row) {
                if open.is_some() {
                    body.push_str("</ol></section>\n");
                }
                open = Some(quote.row);
                let _ = write!(
                    body,
                    "<section class=\"cs-source\"><h3><a href=\"../a/{name}.html\"{lang}>{title}</a></h3>\n<p class=\"cs-meta\">{outlet} · {date}</p>\n<ol class=\"cs-quotes\">",
                    name = row.name,
                    lang = lang_attr(&row.language),
                    title = esc(title_or_untitled(ctx, row)),
                    outlet = esc(&row.outlet),
                    date = esc(&w.date(&row.date)),
                );
            }
            let kind = match quote.kind {
                PassageKind::Direct => "passage.kind.direct",
                PassageKind::Paraphrase => "passage.kind.paraphrase",
                PassageKind::Narration => "passage.kind.narration",
            };
            let _ = write!(
                body,
                "<li><blockquote class=\"cs-quote\"{lang}><p>{before} <mark data-kind=\"{kind_attr}\">{text}</mark> {after}</p></blockquote>\n<p class=\"cs-quote-meta\"><span class=\"cs-kind\">{kind}</span> · <a href=\"{viewer}\">{read}</a></p></li>\n",
                lang = lang_attr(&row.language),
                before = esc(&quote.before),
                kind_attr = quote.kind.as_str(),
                text = esc(&quote.text),
                after = esc(&quote.after),
                kind = esc(w.get(kind)),
                viewer = viewer_href("../", &row.name, locale, Some(&quote.article_voice)),
                read = esc(w.get("site.read_in_viewer")),
            );
        }
        if open.is_some() {
            body.push_str("</ol></section>\n");
        } else {
            let _ = writeln!(body, "<p>{}</p>", esc(w.get("site.no_quotes")));
        }
        body.push_str(&pager(w, n, total, file));
        let page = Page {
            title: if n == 1 {
                entry.voice.name.clone()
            } else {
                w.fill(
                    "site.titled_page",
                    &[("title", &entry.voice.name), ("n", &w.number(n))],
                )
            },
            root: "../",
            section: Section::Voices,
            at_section: false,
            body,
            script_words: false,
        };
        out.page(&format!("v/{}", file(n)), &render(ctx, &page))?;
    }
    Ok(())
}
