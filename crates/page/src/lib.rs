//! A web page's HTML in; the article's text and the metadata the page itself states out.
//!
//! - The body: the main text, found by Readability's scoring (paragraph length and commas,
//!   class and id weights, link density, sibling joining, unlikely candidates removed), one
//!   [`Block`] per block element in reading order; a `<blockquote>` stays where it is.
//! - The metadata ([`PageMeta`]): each value with its [`Origin`] (JSON-LD `headline`,
//!   `og:title`, `<title>` without the site name…). What the page does not state is `None`.
//!
//! Pure (no web APIs, no clock): the importer depends on it, so the editor's wasm and the
//! command line share it; the viewer never links it. The input is untrusted: size, nesting
//! depth and element count are limited before any work that could grow with them.

mod body;
mod dom;
mod jsonld;
mod limits;
mod meta;
pub mod score;

pub use limits::{looks_like_html, MAX_DEPTH, MAX_ELEMENTS, MAX_PAGE_BYTES};
use std::fmt;

/// Where a value was found in the page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    /// A property of the page's JSON-LD article, e.g. `headline`, `publisher.name`.
    JsonLd(&'static str),
    /// A `<meta>` element, by its `property` or `name`, e.g. `og:title`, `author`.
    Meta(&'static str),
    /// A microdata property (`itemprop`), e.g. `headline`.
    Microdata(&'static str),
    /// The `<title>` element, without the site name.
    TitleElement,
    /// The page's first `<h1>`.
    Heading,
    /// The byline printed with the article.
    Byline,
    /// A `<time datetime>` element.
    TimeElement,
    /// `<link rel="canonical">`.
    CanonicalLink,
    /// `<html lang>`.
    HtmlLang,
    /// The address the page was fetched from (no link in the page said otherwise).
    FetchedFrom,
}

impl Origin {
    /// A stable key for the interface's catalogues (`page.origin.<key>`), with [`Origin::name`]
    /// as its argument.
    pub fn key(self) -> &'static str {
        match self {
            Origin::JsonLd(_) => "json_ld",
            Origin::Meta(_) => "meta",
            Origin::Microdata(_) => "microdata",
            Origin::TitleElement => "title_element",
            Origin::Heading => "heading",
            Origin::Byline => "byline",
            Origin::TimeElement => "time_element",
            Origin::CanonicalLink => "canonical_link",
            Origin::HtmlLang => "html_lang",
            Origin::FetchedFrom => "fetched_from",
        }
    }

    /// The property, meta name or itemprop; empty for the others.
    pub fn name(self) -> &'static str {
        match self {
            Origin::JsonLd(n) | Origin::Meta(n) | Origin::Microdata(n) => n,
            _ => "",
        }
    }
}

impl fmt::Display for Origin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Origin::JsonLd(name) => write!(f, "JSON-LD {name}"),
            Origin::Meta(name) => write!(f, "<meta> {name}"),
            Origin::Microdata(name) => write!(f, "microdata itemprop={name}"),
            Origin::TitleElement => f.write_str("<title>, without the site name"),
            Origin::Heading => f.write_str("<h1>"),
            Origin::Byline => f.write_str("the byline"),
            Origin::TimeElement => f.write_str("<time datetime>"),
            Origin::CanonicalLink => f.write_str("<link rel=canonical>"),
            Origin::HtmlLang => f.write_str("<html lang>"),
            Origin::FetchedFrom => f.write_str("the address it was fetched from"),
        }
    }
}

/// A value and where it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found<T> {
    pub value: T,
    pub origin: Origin,
}

/// What the page states about itself. `None` where it states nothing.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PageMeta {
    pub title: Option<Found<String>>,
    /// Names as printed, in order ("Ana Silva").
    pub authors: Option<Found<Vec<String>>>,
    /// The publication date as `YYYY-MM-DD` (the calendar date the page gives, in its own zone).
    pub date: Option<Found<String>>,
    pub outlet: Option<Found<String>>,
    /// Absolute http(s) only.
    pub url: Option<Found<String>>,
    /// A BCP 47 tag (`fr`, `ar-EG`).
    pub language: Option<Found<String>>,
    pub description: Option<Found<String>>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BlockKind {
    Paragraph,
    /// A sub-heading inside the article (never the title).
    Heading,
    /// Text inside a `<blockquote>`.
    Quote,
    ListItem,
    Preformatted,
}

/// One block element's text, whitespace collapsed: one passage source for the importer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    pub kind: BlockKind,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Page {
    pub meta: PageMeta,
    pub blocks: Vec<Block>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PageError {
    TooLarge {
        bytes: usize,
    },
    TooDeep,
    TooManyElements,
    /// The page has no article text that could be found.
    NoText,
}

impl fmt::Display for PageError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PageError::TooLarge { bytes } => write!(
                f,
                "the page is {bytes} bytes; the limit is {MAX_PAGE_BYTES} bytes"
            ),
            PageError::TooDeep => write!(
                f,
                "the page nests elements more than {MAX_DEPTH} deep; it is not read"
            ),
            PageError::TooManyElements => write!(
                f,
                "the page has more than {MAX_ELEMENTS} elements; it is not read"
            ),
            PageError::NoText => f.write_str("the page holds no article text"),
        }
    }
}

impl std::error::Error for PageError {}

/// "Ana Silva", "By Ana Silva and Tom Roe": a line that only names the page's authors.
fn is_byline_of(text: &str, authors: &[String]) -> bool {
    if authors.is_empty() || text.chars().count() > 200 {
        return false;
    }
    let names = meta::split_names(text);
    !names.is_empty() && names.iter().all(|n| authors.contains(&dom::fold(n)))
}

/// Reads a page. `address` is where it was fetched from, when known: relative links resolve
/// against it, and it is the canonical URL when the page names none.
pub fn read_page(html: &str, address: Option<&str>) -> Result<Page, PageError> {
    limits::check(html)?;
    let doc = scraper::Html::parse_document(html);
    if doc.tree.values().filter(|n| n.is_element()).count() > MAX_ELEMENTS {
        return Err(PageError::TooManyElements);
    }
    let mut meta = meta::read(&doc, address);
    let extracted = body::extract(&doc);
    if meta.authors.is_none() {
        meta.authors = extracted
            .byline
            .as_deref()
            .map(meta::names_in_byline)
            .filter(|names| !names.is_empty())
            .map(|value| Found {
                value,
                origin: Origin::Byline,
            });
    }
    let title = meta.title.as_ref().map(|t| dom::fold(&t.value));
    let authors: Vec<String> = meta
        .authors
        .iter()
        .flat_map(|a| a.value.iter().map(|n| dom::fold(n)))
        .collect();
    let blocks: Vec<Block> = extracted
        .blocks
        .into_iter()
        // The title printed again above the text is not body text, nor is a byline that names
        // no more than the authors.
        .filter(|b| b.kind != BlockKind::Heading || title.as_deref() != Some(&dom::fold(&b.text)))
        .filter(|b| !is_byline_of(&b.text, &authors))
        .collect();
    if blocks.is_empty() {
        return Err(PageError::NoText);
    }
    Ok(Page { meta, blocks })
}
