//! A web page in the start form: its article text and the metadata it states fill the form,
//! each field with where the page said it, for the user to check before drafting; the draft
//! then records that it came from a page, and which values the user gave instead.

use super::dom::{field_value, set_field_value};
use crate::i18n::Message;
use crate::import::page::{
    author, read, record_provenance, Found, Origin, PageError, PageMeta, MAX_DEPTH, MAX_ELEMENTS,
    MAX_PAGE_BYTES,
};
use crate::import::{looks_like_html, Draft, ImportError, ImportOptions};

/// A page read into the form. `serial` tells two reads of the same page apart, so the form is
/// filled again each time.
#[derive(Clone, PartialEq)]
pub struct LoadedPage {
    pub meta: PageMeta,
    pub text: String,
    pub serial: u32,
}

/// The form's fields a page fills: (element id, the page's value and where it came from).
pub fn page_fields(meta: &PageMeta) -> [(&'static str, Option<(String, Origin)>); 6] {
    let value = |f: &Option<Found<String>>| f.as_ref().map(|f| (f.value.clone(), f.origin));
    [
        ("ed-title", value(&meta.title)),
        (
            "ed-authors",
            meta.authors
                .as_ref()
                .map(|a| (a.value.join(", "), a.origin)),
        ),
        ("ed-outlet", value(&meta.outlet)),
        ("ed-url", value(&meta.url)),
        ("ed-date", value(&meta.date)),
        ("ed-language", value(&meta.language)),
    ]
}

/// Reads pasted or opened HTML. `None` when it is not a page with article text, so that a
/// paste of something else goes on as plain text.
pub fn read_html(html: &str) -> Result<(String, PageMeta), ImportError> {
    read(html, None)
}

/// Whether pasted plain text is really a page's source.
pub fn is_page_source(text: &str) -> bool {
    looks_like_html(text)
}

/// Writes the page's text and values into the form (what the page does not state is emptied:
/// nothing is carried over from an earlier article).
pub fn fill_form(page: &LoadedPage) {
    set_field_value("ed-text", &page.text);
    for (id, found) in page_fields(&page.meta) {
        set_field_value(id, found.map(|(v, _)| v).as_deref().unwrap_or(""));
    }
}

/// Where a value came from, in the interface's language.
pub fn origin_message(origin: Origin) -> Message {
    let key = match origin {
        Origin::JsonLd(_) => "editor.origin.json_ld",
        Origin::Meta(_) => "editor.origin.meta",
        Origin::Microdata(_) => "editor.origin.microdata",
        Origin::TitleElement => "editor.origin.title_element",
        Origin::Heading => "editor.origin.heading",
        Origin::Byline => "editor.origin.byline",
        Origin::TimeElement => "editor.origin.time_element",
        Origin::CanonicalLink => "editor.origin.canonical_link",
        Origin::HtmlLang => "editor.origin.html_lang",
        Origin::FetchedFrom => "editor.origin.fetched_from",
    };
    Message::new(key, &[("name", origin.name().to_string())])
}

/// Names typed in the authors field, separated by commas or semicolons.
pub fn authors_in(field: &str) -> Vec<String> {
    field
        .split([',', ';', '،'])
        .map(|n| n.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|n| !n.is_empty())
        .collect()
}

/// After drafting: the authors from the form, and, for a page, the record of where the draft
/// and each value came from (a value the user changed counts as given by the user).
pub fn finish_draft(draft: &mut Draft, page: Option<&LoadedPage>, options: &ImportOptions) {
    let authors_field = field_value("ed-authors");
    let names = authors_in(&authors_field);
    draft.article.meta.authors = names.iter().filter_map(|n| author(n)).collect();
    let Some(page) = page else {
        return;
    };
    let meta = &page.meta;
    let differs = |given: &Option<String>, found: &Option<Found<String>>| {
        given
            .clone()
            .filter(|g| found.as_ref().map(|f| &f.value) != Some(g))
    };
    let given = ImportOptions {
        title: differs(&options.title, &meta.title),
        outlet: differs(&options.outlet, &meta.outlet),
        url: differs(&options.url, &meta.url),
        date: differs(&options.date, &meta.date),
        language: differs(&options.language, &meta.language),
        ..ImportOptions::default()
    };
    let mut meta = meta.clone();
    let page_authors = meta.authors.as_ref().map(|a| a.value.clone());
    if page_authors.as_ref() != Some(&names) {
        // The user's own list: the page's does not describe it.
        meta.authors = None;
    }
    record_provenance(draft, &meta, &given, None);
}

/// A page refused, in the interface's language.
pub fn page_error(error: &PageError) -> Message {
    match error {
        PageError::TooLarge { bytes } => Message::new(
            "editor.error.page_too_large",
            &[
                ("size", bytes.to_string()),
                ("limit", MAX_PAGE_BYTES.to_string()),
            ],
        ),
        PageError::TooDeep => Message::new(
            "editor.error.page_too_deep",
            &[("limit", MAX_DEPTH.to_string())],
        ),
        PageError::TooManyElements => Message::new(
            "editor.error.page_too_many",
            &[("limit", MAX_ELEMENTS.to_string())],
        ),
        PageError::NoText => Message::new("editor.error.page_no_text", &[]),
    }
}
