//! Every test page (tests/pages/*.html, written for this project in the shapes news sites
//! take) is read as its `.expected.json` says: the body's word F1 at least 0.95 and every
//! metadata field right, with where each came from.

use article_page::score::score;
use article_page::{read_page, BlockKind, Origin};
use std::path::PathBuf;

fn pages() -> Vec<(String, String, serde_json::Value)> {
    let dir = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/pages"));
    let mut out = Vec::new();
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "html") {
            let html = std::fs::read_to_string(&path).unwrap();
            let expected = std::fs::read_to_string(path.with_extension("expected.json")).unwrap();
            let name = path.file_stem().unwrap().to_string_lossy().to_string();
            out.push((name, html, serde_json::from_str(&expected).unwrap()));
        }
    }
    out.sort_by(|a, b| a.0.cmp(&b.0));
    out
}

#[test]
fn every_test_page_is_read_as_expected() {
    let pages = pages();
    assert!(pages.len() >= 10, "the test pages are missing");
    for (name, html, expected) in pages {
        let page = read_page(&html, None).unwrap_or_else(|e| panic!("{name}: {e}"));
        let s = score(Some(&page), &expected).unwrap();
        assert!(s.f1 >= 0.95, "{name}: body word F1 {:.3}", s.f1);
        for (field, wrong) in s.fields {
            assert!(wrong.is_none(), "{name}: {field}: {wrong:?}");
        }
    }
}

fn page(name: &str) -> article_page::Page {
    let (_, html, _) = pages().into_iter().find(|p| p.0 == name).unwrap();
    read_page(&html, None).unwrap()
}

#[test]
fn each_value_says_where_it_came_from() {
    let p = page("jsonld-cms");
    assert_eq!(p.meta.title.unwrap().origin, Origin::JsonLd("headline"));
    // The author is a reference into the @graph, and so is the publisher.
    assert_eq!(p.meta.authors.unwrap().origin, Origin::JsonLd("author"));
    assert_eq!(
        p.meta.outlet.unwrap().origin,
        Origin::JsonLd("publisher.name")
    );
    assert_eq!(p.meta.url.unwrap().origin, Origin::CanonicalLink);
    assert_eq!(p.meta.language.unwrap().origin, Origin::HtmlLang);

    let p = page("opengraph-only");
    assert_eq!(p.meta.title.unwrap().origin, Origin::Meta("og:title"));
    assert_eq!(p.meta.outlet.unwrap().origin, Origin::Meta("og:site_name"));
    assert_eq!(
        p.meta.date.unwrap().origin,
        Origin::Meta("article:published_time")
    );
    assert_eq!(p.meta.authors.unwrap().origin, Origin::Meta("author"));

    let p = page("microdata");
    assert_eq!(p.meta.title.unwrap().origin, Origin::Microdata("headline"));
    assert_eq!(
        p.meta.outlet.unwrap().origin,
        Origin::Microdata("publisher")
    );

    let p = page("no-metadata");
    assert_eq!(p.meta.title.unwrap().origin, Origin::TitleElement);
    assert_eq!(p.meta.authors.unwrap().origin, Origin::Byline);
    assert!(p.meta.date.is_none() && p.meta.outlet.is_none() && p.meta.url.is_none());
}

#[test]
fn a_blockquote_stays_in_place_and_headings_are_marked() {
    let p = page("jsonld-cms");
    let kinds: Vec<BlockKind> = p.blocks.iter().map(|b| b.kind).collect();
    assert_eq!(kinds[4], BlockKind::Quote);
    assert!(p.blocks[4].text.starts_with("Half measures"));
    assert!(p.blocks[3].text.starts_with("Opponents"));
    assert_eq!(kinds[7], BlockKind::Heading);
}

#[test]
fn the_fetched_address_is_the_url_only_when_the_page_names_none() {
    let (_, html, _) = pages().into_iter().find(|p| p.0 == "no-metadata").unwrap();
    let p = read_page(&html, Some("https://farmers.example/crops/frost.html")).unwrap();
    let url = p.meta.url.unwrap();
    assert_eq!(url.value, "https://farmers.example/crops/frost.html");
    assert_eq!(url.origin, Origin::FetchedFrom);
    let (_, html, _) = pages().into_iter().find(|p| p.0 == "jsonld-cms").unwrap();
    let p = read_page(&html, Some("https://elsewhere.example/x")).unwrap();
    assert_eq!(p.meta.url.unwrap().origin, Origin::CanonicalLink);
}

#[test]
fn a_relative_canonical_link_resolves_against_the_address() {
    let html = r#"<html><head><link rel="canonical" href="/news/a.html"></head><body><p>Some text that is long enough to be the article, with a comma, and more.</p></body></html>"#;
    let p = read_page(html, Some("https://site.example/x/y?z=1")).unwrap();
    assert_eq!(
        p.meta.url.unwrap().value,
        "https://site.example/news/a.html"
    );
    // Without an address a relative link says nothing.
    let p = read_page(html, None).unwrap();
    assert!(p.meta.url.is_none());
}
