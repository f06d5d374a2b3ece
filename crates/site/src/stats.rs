//! The statistics page: who gets quoted (the most quoted voices), by outlet and over time, each
//! as an SVG chart with a table of the same numbers beside it.

use crate::chart;
use crate::collect::Collected;
use crate::html::{esc, render, Page, PageContext, Section};
use crate::output::Output;
use crate::{SiteError, Who};
use std::collections::BTreeMap;
use std::fmt::Write;

const TOP_VOICES: usize = 15;
const TOP_OUTLETS: usize = 12;

/// Quotes per kind of voice (`Who::QUOTED` order) for each key.
pub type ByWho = BTreeMap<String, [usize; 3]>;

fn who_index(who: Who) -> Option<usize> {
    Who::QUOTED.iter().position(|w| *w == who)
}

/// Quotes by kind of voice, per outlet and per month (`YYYY-MM`; undated quotes are left out
/// of the months and counted apart).
pub fn by_outlet_and_month(c: &Collected) -> (ByWho, ByWho, usize) {
    let (mut outlets, mut months, mut undated) = (ByWho::new(), ByWho::new(), 0);
    for quote in &c.quotes {
        let Some(i) = who_index(c.voices[quote.voice].voice.who) else {
            continue;
        };
        let row = &c.rows[quote.row];
        outlets.entry(row.outlet.clone()).or_default()[i] += 1;
        match row.date.get(..7) {
            Some(month) => months.entry(month.to_string()).or_default()[i] += 1,
            None => undated += 1,
        }
    }
    (outlets, months, undated)
}

fn table(
    ctx: &PageContext,
    caption: &str,
    first: &str,
    series: &[String],
    rows: &[(String, Vec<usize>)],
) -> String {
    let w = ctx.words;
    let mut out = format!(
        "<div class=\"cs-table-wrap\" role=\"region\" tabindex=\"0\" aria-label=\"{0}\"><table class=\"cs-table\"><caption>{0}</caption><thead><tr><th scope=\"col\">{1}</th>",
        esc(caption),
        esc(first)
    );
    for s in series {
        let _ = write!(out, "<th scope=\"col\">{}</th>", esc(s));
    }
    if series.len() > 1 {
        let _ = write!(out, "<th scope=\"col\">{}</th>", esc(w.get("site.total")));
    }
    out.push_str("</tr></thead><tbody>");
    for (label, values) in rows {
        let _ = write!(out, "<tr><th scope=\"row\">{}</th>", esc(label));
        for v in values {
            let _ = write!(out, "<td class=\"cs-num\">{}</td>", w.number(*v));
        }
        if series.len() > 1 {
            let _ = write!(
                out,
                "<td class=\"cs-num\">{}</td>",
                w.number(values.iter().sum())
            );
        }
        out.push_str("</tr>");
    }
    out.push_str("</tbody></table></div>");
    out
}

fn figure(
    ctx: &PageContext,
    id: &str,
    heading: &str,
    first: &str,
    series: &[String],
    rows: &[(String, Vec<usize>)],
    svg: String,
) -> String {
    let w = ctx.words;
    let mut out = format!(
        "<section class=\"cs-figure\" aria-labelledby=\"{id}-h\"><h2 id=\"{id}-h\">{}</h2>\n",
        esc(heading)
    );
    if rows.is_empty() {
        let _ = writeln!(out, "<p>{}</p></section>", esc(w.get("site.no_quotes")));
        return out;
    }
    let _ = write!(
        out,
        "<div class=\"cs-chart\"><figure><div class=\"cs-svg-wrap\">{svg}</div><figcaption class=\"cs-muted\">{}</figcaption></figure>\n{}</div></section>\n",
        esc(w.get("site.stats.read")),
        table(ctx, &w.fill("site.stats.table_of", &[("title", heading)]), first, series, rows)
    );
    out
}

pub fn write_page(out: &mut Output, ctx: &PageContext, c: &Collected) -> Result<(), SiteError> {
    let w = ctx.words;
    let number = |n: usize| w.number(n);
    let series: Vec<String> = [
        "site.who.person",
        "site.who.collective",
        "site.who.anonymous",
    ]
    .iter()
    .map(|k| w.get(k).to_string())
    .collect();
    let heading = w.get("site.nav.stats");
    let mut body = format!("<h1>{}</h1>\n", esc(heading));
    let _ = writeln!(body, "<p>{}</p>", esc(w.get("site.stats.intro")));

    let top: Vec<(String, Vec<usize>)> = c
        .voices_by_quotes()
        .into_iter()
        .take(TOP_VOICES)
        .filter(|&v| !c.voices[v].quotes.is_empty())
        .map(|v| {
            (
                c.voices[v].voice.name.clone(),
                vec![c.voices[v].quotes.len()],
            )
        })
        .collect();
    let title = w.fill("site.stats.top", &[("n", &w.number(TOP_VOICES))]);
    let quotes = vec![w.get("site.col.quotes").to_string()];
    let svg = chart::horizontal("top", &title, &quotes, &top, &number);
    body.push_str(&figure(
        ctx,
        "top",
        &title,
        w.get("site.col.voice"),
        &quotes,
        &top,
        svg,
    ));

    let (outlets, months, undated) = by_outlet_and_month(c);
    let mut outlet_rows: Vec<(String, Vec<usize>)> =
        outlets.into_iter().map(|(o, v)| (o, v.to_vec())).collect();
    outlet_rows.sort_by(|a, b| {
        let (sa, sb): (usize, usize) = (a.1.iter().sum(), b.1.iter().sum());
        sb.cmp(&sa).then(a.0.cmp(&b.0))
    });
    if outlet_rows.len() > TOP_OUTLETS {
        let rest = outlet_rows.split_off(TOP_OUTLETS - 1);
        let mut other = vec![0; 3];
        for (_, v) in rest {
            for (o, x) in other.iter_mut().zip(v) {
                *o += x;
            }
        }
        outlet_rows.push((w.get("site.stats.other_outlets").to_string(), other));
    }
    let title = w.get("site.stats.by_outlet");
    let svg = chart::horizontal("outlet", title, &series, &outlet_rows, &number);
    body.push_str(&figure(
        ctx,
        "outlet",
        title,
        w.get("site.col.outlet"),
        &series,
        &outlet_rows,
        svg,
    ));

    let month_rows: Vec<(String, Vec<usize>)> =
        months.into_iter().map(|(m, v)| (m, v.to_vec())).collect();
    let labels: Vec<(String, Vec<usize>)> = month_rows
        .iter()
        .map(|(m, v)| (w.strings.localise_digits(m), v.clone()))
        .collect();
    let table_rows: Vec<(String, Vec<usize>)> = month_rows
        .iter()
        .map(|(m, v)| (w.month(m), v.clone()))
        .collect();
    let title = w.get("site.stats.by_month");
    let svg = chart::columns("month", title, &series, &labels, &number);
    body.push_str(&figure(
        ctx,
        "month",
        title,
        w.get("site.col.month"),
        &series,
        &table_rows,
        svg,
    ));
    if undated > 0 {
        let _ = writeln!(
            body,
            "<p class=\"cs-muted\">{}</p>",
            esc(&w.count("site.stats.undated", undated))
        );
    }
    let page = Page {
        title: heading.to_string(),
        root: "",
        section: Section::Stats,
        at_section: true,
        body,
        script_words: false,
    };
    out.page("stats.html", &render(ctx, &page))
}
