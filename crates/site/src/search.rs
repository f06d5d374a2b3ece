//! Search over the quoted text, for a static host, after Pagefind's design: nothing is loaded
//! until the reader types; then a small manifest (`search/manifest.json`) names the shards, each
//! holding the terms of one prefix (`search/s/<n>.json`, split further by longer prefixes while
//! too large), whose posting lists (delta-coded quote numbers, newest article first) point into
//! fragment files of 100 quotes each (`search/f/<n>.json`), fetched for the results shown.
//!
//! The browser's tokeniser (assets/site.js) must cut words as [`tokens`] does.

use crate::collect::Collected;
use crate::html::{esc, render, Page, PageContext, Section};
use crate::output::Output;
use crate::SiteError;
use std::collections::BTreeMap;
use std::fmt::Write;
use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

/// A shard larger than this (estimated JSON bytes) is split by a longer prefix.
pub const SHARD_TARGET: usize = 48 * 1024;
pub const FIRST_PREFIX: usize = 2;
const LONGEST_PREFIX: usize = 6;
pub const FRAGMENT_SIZE: usize = 100;

/// Text as the index compares it: accents dropped, lower case.
pub fn normalise(text: &str) -> String {
    text.nfd()
        .filter(|c| !is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .collect()
}

/// The words of a text, as indexed: runs of letters and digits, two characters or more.
pub fn tokens(text: &str) -> Vec<String> {
    normalise(text)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|t| t.chars().count() >= 2)
        .map(str::to_string)
        .collect()
}

fn prefix(term: &str, chars: usize) -> &str {
    term.char_indices()
        .nth(chars)
        .map_or(term, |(i, _)| &term[..i])
}

/// What was written, for the summary.
#[derive(Debug, Default)]
pub struct IndexSummary {
    pub shards: usize,
    pub shard_bytes: u64,
    pub largest_shard: u64,
    pub fragments: usize,
}

type Postings = BTreeMap<String, Vec<u32>>;
/// Terms with their posting lists, borrowed from `Postings`.
type Terms<'a> = Vec<(&'a String, &'a Vec<u32>)>;

/// Splits `terms` (all sharing a prefix of `len` characters) into shards of at most
/// `SHARD_TARGET`, by longer prefixes where needed. Returns (prefix, terms) pairs.
fn shard<'a>(key: String, terms: Terms<'a>, len: usize, out: &mut Vec<(String, Terms<'a>)>) {
    let size: usize = terms.iter().map(|(t, p)| t.len() + 4 + p.len() * 3).sum();
    if size <= SHARD_TARGET || len >= LONGEST_PREFIX || terms.len() == 1 {
        out.push((key, terms));
        return;
    }
    let mut groups: BTreeMap<String, Terms> = BTreeMap::new();
    for (term, postings) in terms {
        groups
            .entry(prefix(term, len + 1).to_string())
            .or_default()
            .push((term, postings));
    }
    for (sub, terms) in groups {
        shard(sub, terms, len + 1, out);
    }
}

pub fn write_index(
    out: &mut Output,
    ctx: &PageContext,
    c: &Collected,
) -> Result<IndexSummary, SiteError> {
    // Search numbers: newest article first, so that postings list the newest quotes first.
    let mut order: Vec<usize> = (0..c.quotes.len()).collect();
    order.sort_by(|&a, &b| {
        let (ra, rb) = (&c.rows[c.quotes[a].row], &c.rows[c.quotes[b].row]);
        rb.date.cmp(&ra.date).then(a.cmp(&b))
    });
    let mut postings: Postings = BTreeMap::new();
    for (n, &q) in order.iter().enumerate() {
        let mut terms = tokens(&c.quotes[q].text);
        terms.sort();
        terms.dedup();
        for term in terms {
            postings.entry(term).or_default().push(n as u32);
        }
    }
    let mut summary = IndexSummary::default();
    for (k, chunk) in order.chunks(FRAGMENT_SIZE).enumerate() {
        let entries: Vec<serde_json::Value> = chunk
            .iter()
            .map(|&q| {
                let quote = &c.quotes[q];
                let row = &c.rows[quote.row];
                let voice = &c.voices[quote.voice];
                serde_json::json!([
                    quote.text,
                    quote.kind.as_str(),
                    voice.voice.name,
                    voice.name,
                    row.title,
                    row.name,
                    quote.article_voice,
                    row.outlet,
                    ctx.words.date(&row.date),
                    row.language,
                ])
            })
            .collect();
        out.write(
            &format!("search/f/{k}.json"),
            serde_json::Value::Array(entries).to_string().as_bytes(),
        )?;
        summary.fragments += 1;
    }
    let mut by_first: BTreeMap<String, Terms> = BTreeMap::new();
    for (term, list) in &postings {
        by_first
            .entry(prefix(term, FIRST_PREFIX).to_string())
            .or_default()
            .push((term, list));
    }
    let mut shards = Vec::new();
    for (key, terms) in by_first {
        shard(key, terms, FIRST_PREFIX, &mut shards);
    }
    let mut manifest = Vec::new();
    for (n, (key, terms)) in shards.iter().enumerate() {
        let mut json = String::from("{");
        for (i, (term, list)) in terms.iter().enumerate() {
            if i > 0 {
                json.push(',');
            }
            json.push_str(&serde_json::Value::String((*term).clone()).to_string());
            json.push_str(":[");
            let mut last = 0;
            for (j, &id) in list.iter().enumerate() {
                if j > 0 {
                    json.push(',');
                }
                let _ = write!(json, "{}", id - last);
                last = id;
            }
            json.push(']');
        }
        json.push('}');
        out.write(&format!("search/s/{n}.json"), json.as_bytes())?;
        let size = json.len() as u64;
        summary.shards += 1;
        summary.shard_bytes += size;
        summary.largest_shard = summary.largest_shard.max(size);
        manifest.push(serde_json::json!([key, n]));
    }
    let manifest = serde_json::json!({
        "version": 1,
        "quotes": order.len(),
        "fragment_size": FRAGMENT_SIZE,
        "first_prefix": FIRST_PREFIX,
        "shards": manifest,
    });
    out.write("search/manifest.json", manifest.to_string().as_bytes())?;
    Ok(summary)
}

pub fn write_page(out: &mut Output, ctx: &PageContext) -> Result<(), SiteError> {
    let w = ctx.words;
    let heading = w.get("site.search.heading");
    let mut body = format!("<h1>{}</h1>\n", esc(heading));
    let _ = write!(
        body,
        "<p class=\"cs-nojs\" data-nojs>{nojs}</p>\n\
<form class=\"cs-search\" role=\"search\" data-search hidden>\n\
<label for=\"search-q\">{label}</label>\n\
<input id=\"search-q\" name=\"q\" type=\"search\" autocomplete=\"off\" spellcheck=\"false\" aria-describedby=\"search-hint\">\n\
<p id=\"search-hint\" class=\"cs-muted\">{hint}</p>\n</form>\n\
<p class=\"cs-status\" role=\"status\" aria-live=\"polite\" data-search-status></p>\n\
<ol class=\"cs-results cs-quotes\" data-search-results></ol>\n\
<p><button type=\"button\" class=\"cs-button\" data-search-more hidden>{more}</button></p>\n",
        nojs = esc(w.get("site.search.nojs")),
        label = esc(w.get("site.search.label")),
        hint = esc(w.get("site.search.hint")),
        more = esc(w.get("site.search.more")),
    );
    let page = Page {
        title: heading.to_string(),
        root: "",
        section: Section::Search,
        at_section: true,
        body,
        script_words: true,
    };
    out.page("search.html", &render(ctx, &page))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_cut_folded_and_short_ones_dropped() {
        assert_eq!(
            tokens("« Évidemment », dit-elle: l'ÉTÉ 2026 à Zürich!"),
            ["evidemment", "dit", "elle", "ete", "2026", "zurich"]
        );
        assert_eq!(tokens("Москва́ заявила"), ["москва", "заявила"]);
    }

    #[test]
    fn prefixes_count_characters_not_bytes() {
        assert_eq!(prefix("été", 2), "ét");
        assert_eq!(prefix("яблоко", 2), "яб");
        assert_eq!(prefix("a", 2), "a");
    }
}
