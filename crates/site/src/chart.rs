//! Bar charts as SVG, made at build time. Series are told apart by pattern (solid, hatched,
//! dotted) drawn in `currentColor`, so they read without colour and in light and dark; every
//! bar carries its number. The page puts a table beside each chart.

use crate::html::esc;
use std::fmt::Write;

const WIDTH: f64 = 640.0;
const LABEL: f64 = 170.0;
const ROW: f64 = 24.0;
const BAR: f64 = 16.0;

/// The fill of series `i`: solid, hatched, dotted.
fn fill(id: &str, i: usize) -> String {
    match i % 3 {
        0 => "currentColor".to_string(),
        1 => format!("url(#{id}-hatch)"),
        _ => format!("url(#{id}-dots)"),
    }
}

fn defs(id: &str) -> String {
    format!(
        "<defs><pattern id=\"{id}-hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\"><rect width=\"2.5\" height=\"6\" fill=\"currentColor\"/></pattern>\
<pattern id=\"{id}-dots\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\"><circle cx=\"3\" cy=\"3\" r=\"1.4\" fill=\"currentColor\"/></pattern></defs>"
    )
}

fn open(id: &str, title: &str, height: f64) -> String {
    format!(
        "<svg class=\"cs-svg\" role=\"img\" aria-labelledby=\"{id}-title\" viewBox=\"0 0 {WIDTH} {height}\" font-size=\"12\" fill=\"currentColor\"><title id=\"{id}-title\">{}</title>{}",
        esc(title),
        defs(id)
    )
}

/// Cuts a label to fit beside the bars (the table gives it whole).
fn short(label: &str, chars: usize) -> String {
    if label.chars().count() <= chars {
        label.to_string()
    } else {
        let cut: String = label.chars().take(chars - 1).collect();
        format!("{cut}…")
    }
}

/// A legend line: a swatch of each series' pattern and its name.
fn legend(id: &str, series: &[String], y: f64) -> String {
    let mut out = String::new();
    let mut x = 0.0;
    for (i, name) in series.iter().enumerate() {
        let _ = write!(
            out,
            "<rect x=\"{x}\" y=\"{}\" width=\"14\" height=\"14\" fill=\"{}\" stroke=\"currentColor\"/><text x=\"{}\" y=\"{}\">{}</text>",
            y - 11.0,
            fill(id, i),
            x + 19.0,
            y,
            esc(name)
        );
        x += 40.0 + name.chars().count() as f64 * 7.5;
    }
    out
}

/// Horizontal bars, one per row, each split into the series (one series gives plain bars).
/// `number` writes a value in the page's locale.
pub fn horizontal(
    id: &str,
    title: &str,
    series: &[String],
    rows: &[(String, Vec<usize>)],
    number: &dyn Fn(usize) -> String,
) -> String {
    let legend_height = if series.len() > 1 { 26.0 } else { 0.0 };
    let height = legend_height + rows.len() as f64 * ROW + 8.0;
    let max = rows
        .iter()
        .map(|(_, v)| v.iter().sum::<usize>())
        .max()
        .unwrap_or(0)
        .max(1);
    let scale = (WIDTH - LABEL - 60.0) / max as f64;
    let mut out = open(id, title, height);
    if series.len() > 1 {
        out.push_str(&legend(id, series, 14.0));
    }
    for (r, (label, values)) in rows.iter().enumerate() {
        let y = legend_height + r as f64 * ROW + 4.0;
        let _ = write!(
            out,
            "<text x=\"{}\" y=\"{}\" text-anchor=\"end\">{}</text>",
            LABEL - 6.0,
            y + BAR - 4.0,
            esc(&short(label, 24))
        );
        let mut x = LABEL;
        for (i, &v) in values.iter().enumerate() {
            if v == 0 {
                continue;
            }
            let w = v as f64 * scale;
            let _ = write!(
                out,
                "<rect x=\"{x:.1}\" y=\"{y}\" width=\"{w:.1}\" height=\"{BAR}\" fill=\"{}\" stroke=\"currentColor\"/>",
                fill(id, i)
            );
            x += w;
        }
        let total: usize = values.iter().sum();
        let _ = write!(
            out,
            "<text x=\"{:.1}\" y=\"{}\">{}</text>",
            x + 5.0,
            y + BAR - 4.0,
            esc(&number(total))
        );
    }
    out.push_str("</svg>");
    out
}

/// Columns over time, each split into the series; every k-th label shown so that they fit.
pub fn columns(
    id: &str,
    title: &str,
    series: &[String],
    columns: &[(String, Vec<usize>)],
    number: &dyn Fn(usize) -> String,
) -> String {
    let top = 30.0;
    let plot = 200.0;
    let height = top + plot + 40.0;
    let max = columns
        .iter()
        .map(|(_, v)| v.iter().sum::<usize>())
        .max()
        .unwrap_or(0)
        .max(1);
    let n = columns.len().max(1) as f64;
    let step = (WIDTH - 50.0) / n;
    let bar = (step * 0.7).max(1.0);
    let every = columns.len().div_ceil(10).max(1);
    let scale = plot / max as f64;
    let mut out = open(id, title, height);
    out.push_str(&legend(id, series, 14.0));
    let base = top + plot;
    let _ = write!(
        out,
        "<line x1=\"40\" y1=\"{base}\" x2=\"{WIDTH}\" y2=\"{base}\" stroke=\"currentColor\"/><text x=\"36\" y=\"{}\" text-anchor=\"end\">{}</text><text x=\"36\" y=\"{base}\" text-anchor=\"end\">{}</text>",
        top + 10.0,
        esc(&number(max)),
        esc(&number(0))
    );
    for (c, (label, values)) in columns.iter().enumerate() {
        let x = 45.0 + c as f64 * step;
        let mut y = base;
        for (i, &v) in values.iter().enumerate() {
            if v == 0 {
                continue;
            }
            let h = v as f64 * scale;
            y -= h;
            let _ = write!(
                out,
                "<rect x=\"{x:.1}\" y=\"{y:.1}\" width=\"{bar:.1}\" height=\"{h:.1}\" fill=\"{}\" stroke=\"currentColor\"/>",
                fill(id, i)
            );
        }
        if c % every == 0 {
            let _ = write!(
                out,
                "<text x=\"{:.1}\" y=\"{}\" text-anchor=\"middle\">{}</text>",
                x + bar / 2.0,
                base + 16.0,
                esc(label)
            );
        }
    }
    out.push_str("</svg>");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn series_differ_by_pattern_and_labels_are_escaped() {
        let series = vec!["a".to_string(), "b".to_string(), "c".to_string()];
        let svg = horizontal(
            "t",
            "<T>",
            &series,
            &[("<x>".into(), vec![1, 2, 3])],
            &|n| n.to_string(),
        );
        assert!(svg.contains("fill=\"currentColor\""));
        assert!(svg.contains("url(#t-hatch)") && svg.contains("url(#t-dots)"));
        assert!(svg.contains("&lt;x&gt;") && !svg.contains("<x>"));
        assert!(
            svg.contains(">6</text>"),
            "the bar's total is written beside it"
        );
    }
}
