//! How well a page was read, against what a person says it holds (a `.expected.json` beside
//! each test page): word-level F1 of the body, and each metadata field right or wrong.

use super::{Page, PageMeta};
use serde_json::Value;
use std::collections::HashMap;

/// The fields compared, in the order of the score table.
pub const FIELDS: [&str; 7] = [
    "title",
    "authors",
    "date",
    "outlet",
    "url",
    "language",
    "description",
];

#[derive(Debug, Clone, PartialEq)]
pub struct PageScore {
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
    /// Paragraph counts: expected, extracted.
    pub paragraphs: (usize, usize),
    /// Per field of [`FIELDS`]: right, and (expected, found) when wrong.
    pub fields: Vec<(&'static str, Option<(String, String)>)>,
}

/// Compares a page as read with the expectation (JSON: `body` a list of paragraphs, each field
/// a string or a list of strings, `null` where the page states nothing).
pub fn score(page: Option<&Page>, expected: &Value) -> Result<PageScore, String> {
    let body: Vec<&str> = expected
        .get("body")
        .and_then(Value::as_array)
        .ok_or("expected: `body` must be a list of paragraphs")?
        .iter()
        .map(|p| p.as_str().ok_or("expected: `body` holds a non-string"))
        .collect::<Result<_, _>>()?;
    let extracted: Vec<&str> = page
        .map(|p| p.blocks.iter().map(|b| b.text.as_str()).collect())
        .unwrap_or_default();
    let (precision, recall, f1) = word_f1(&extracted.join(" "), &body.join(" "));
    let empty = PageMeta::default();
    let meta = page.map_or(&empty, |p| &p.meta);
    let mut fields = Vec::new();
    for field in FIELDS {
        let want = match expected.get(field) {
            None | Some(Value::Null) => String::new(),
            Some(Value::String(s)) => s.clone(),
            Some(Value::Array(items)) => items
                .iter()
                .filter_map(Value::as_str)
                .collect::<Vec<_>>()
                .join("; "),
            Some(_) => {
                return Err(format!(
                    "expected: `{field}` must be a string, a list or null"
                ))
            }
        };
        let got = found(meta, field);
        fields.push((field, (want != got).then_some((want, got))));
    }
    Ok(PageScore {
        precision,
        recall,
        f1,
        paragraphs: (body.len(), extracted.len()),
        fields,
    })
}

/// A field as text, "" when missing; authors joined with "; ".
pub fn found(meta: &PageMeta, field: &str) -> String {
    let value = |f: &Option<super::Found<String>>| f.as_ref().map(|f| f.value.clone());
    match field {
        "title" => value(&meta.title),
        "authors" => meta.authors.as_ref().map(|a| a.value.join("; ")),
        "date" => value(&meta.date),
        "outlet" => value(&meta.outlet),
        "url" => value(&meta.url),
        "language" => value(&meta.language),
        "description" => value(&meta.description),
        _ => None,
    }
    .unwrap_or_default()
}

/// Words: lower-cased, with the punctuation around them trimmed off.
fn words(text: &str) -> HashMap<String, usize> {
    let mut out = HashMap::new();
    for word in text.split_whitespace() {
        let word = word
            .trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase();
        if !word.is_empty() {
            *out.entry(word).or_insert(0) += 1;
        }
    }
    out
}

/// Bag-of-words precision, recall and F1 of `got` against `want`.
pub fn word_f1(got: &str, want: &str) -> (f64, f64, f64) {
    let (got, want) = (words(got), words(want));
    let total_got: usize = got.values().sum();
    let total_want: usize = want.values().sum();
    let common: usize = got
        .iter()
        .map(|(w, n)| (*n).min(want.get(w).copied().unwrap_or(0)))
        .sum();
    if total_got == 0 && total_want == 0 {
        return (1.0, 1.0, 1.0);
    }
    let p = if total_got == 0 {
        0.0
    } else {
        common as f64 / total_got as f64
    };
    let r = if total_want == 0 {
        0.0
    } else {
        common as f64 / total_want as f64
    };
    let f1 = if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    };
    (p, r, f1)
}
