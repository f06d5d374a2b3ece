//! A web page in, a draft out: the page reader (article-page) finds the article's blocks and
//! the metadata the page states; the blocks are drafted exactly as plain text would be (block
//! *i* is paragraph *i*, so fidelity holds on the extracted text); what the user gave
//! overrides what the page says; and the draft records that it came from a page, from which
//! address, and where each value was found.

use super::{import, Draft, ImportError, ImportOptions};
use article_model::{is_web_url, Author, Note, NoteKind};
pub use article_page::{
    looks_like_html, Found, Origin, Page, PageError, PageMeta, MAX_DEPTH, MAX_ELEMENTS,
    MAX_PAGE_BYTES,
};

/// A draft from a page, and what the page itself said (for the editor to show beside its
/// fields, and the command line to report).
#[derive(Debug, Clone, PartialEq)]
pub struct PageDraft {
    pub draft: Draft,
    pub page: PageMeta,
    /// The extracted text, paragraphs separated by blank lines.
    pub text: String,
}

pub const PAGE_NOTE_ID: &str = "import-page";

/// What a page holds: its text (blocks separated by blank lines) and its metadata. The editor
/// uses this to fill its form before drafting.
pub fn read(html: &str, address: Option<&str>) -> Result<(String, PageMeta), ImportError> {
    let page = article_page::read_page(html, address).map_err(ImportError::Page)?;
    let text = page
        .blocks
        .iter()
        .map(|b| b.text.as_str())
        .collect::<Vec<_>>()
        .join("\n\n");
    Ok((text, page.meta))
}

/// The options for drafting a page's text: each one the user gave, else the page's.
pub fn merged_options(options: &ImportOptions, page: &PageMeta) -> ImportOptions {
    let value = |f: &Option<Found<String>>| f.as_ref().map(|f| f.value.clone());
    ImportOptions {
        language: options.language.clone().or_else(|| value(&page.language)),
        title_line: false,
        title: options.title.clone().or_else(|| value(&page.title)),
        outlet: options.outlet.clone().or_else(|| value(&page.outlet)),
        // The page's link, only if the model would take it.
        url: options
            .url
            .clone()
            .or_else(|| value(&page.url).filter(|u| is_web_url(u))),
        date: options.date.clone().or_else(|| value(&page.date)),
        quotes_only: options.quotes_only,
    }
}

/// Drafts a page. `address` is where it was fetched from, when it was.
pub fn import_html(
    html: &str,
    address: Option<&str>,
    options: &ImportOptions,
) -> Result<PageDraft, ImportError> {
    let (text, page) = read(html, address)?;
    let merged = merged_options(options, &page);
    let mut draft = import(&text, &merged)?;
    if let Some(authors) = &page.authors {
        draft.article.meta.authors = authors.value.iter().filter_map(|n| author(n)).collect();
    }
    record_provenance(&mut draft, &page, options, address);
    Ok(PageDraft { draft, page, text })
}

/// "Ana María Silva" → given "Ana María", family "Silva". A single name cannot be split and
/// is left to the note (the model wants both parts).
pub fn author(name: &str) -> Option<Author> {
    let (given, family) = name.trim().rsplit_once(' ')?;
    let (given, family) = (given.trim(), family.trim());
    (!given.is_empty() && !family.is_empty()).then(|| Author {
        given: given.to_string(),
        family: family.to_string(),
    })
}

/// The importer's note says "from a web page", and a second note lists where each value came
/// from: the page (and which part of it) or the user.
pub fn record_provenance(
    draft: &mut Draft,
    page: &PageMeta,
    options: &ImportOptions,
    address: Option<&str>,
) {
    let article = &mut draft.article;
    if let Some(note) = article.notes.iter_mut().find(|n| n.id == "import-draft") {
        note.text = note
            .text
            .replacen("from plain text", "from the text of a web page", 1);
    }
    let mut parts = Vec::new();
    let mut field = |name: &str, given: bool, found: Option<Origin>| {
        if given {
            parts.push(format!("{name}: given by the user"));
        } else if let Some(origin) = found {
            parts.push(format!("{name}: {origin}"));
        }
    };
    field(
        "title",
        options.title.is_some(),
        page.title.as_ref().map(|f| f.origin),
    );
    field("authors", false, page.authors.as_ref().map(|f| f.origin));
    field(
        "date",
        options.date.is_some(),
        page.date.as_ref().map(|f| f.origin),
    );
    field(
        "outlet",
        options.outlet.is_some(),
        page.outlet.as_ref().map(|f| f.origin),
    );
    field(
        "link",
        options.url.is_some(),
        page.url.as_ref().map(|f| f.origin),
    );
    field(
        "language",
        options.language.is_some(),
        page.language.as_ref().map(|f| f.origin),
    );
    let source = match address {
        Some(a) => format!("the web page {a}"),
        None => match &page.url {
            Some(u) => format!("a web page (it names itself {})", u.value),
            None => "a web page (its address is not known)".to_string(),
        },
    };
    let mut text = format!("Text and metadata taken from {source}.");
    if !parts.is_empty() {
        text.push_str(&format!(" {}.", parts.join("; ")));
    }
    let unsplit: Vec<&str> = page
        .authors
        .iter()
        .flat_map(|a| a.value.iter())
        .filter(|n| author(n).is_none())
        .map(String::as_str)
        .collect();
    if !unsplit.is_empty() {
        text.push_str(&format!(
            " Authors named by one name only, not entered: {}.",
            unsplit.join(", ")
        ));
    }
    if let Some(d) = &page.description {
        text.push_str(&format!(
            " The page describes itself ({}): \u{201c}{}\u{201d}",
            d.origin, d.value
        ));
    }
    article.notes.push(Note {
        id: PAGE_NOTE_ID.to_string(),
        kind: NoteKind::Editorial,
        text,
    });
}
