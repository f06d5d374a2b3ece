//! Drafting a web page: the extracted text drafts faithfully (block i is paragraph i), the
//! page's metadata fills the draft, the user's options override it, and the draft records
//! that it came from a page and from where.

use article_import::page::{import_html, read, PAGE_NOTE_ID};
use article_import::{import_input, ImportError, ImportOptions};
use article_model::Article;
use std::path::PathBuf;

fn test_page(name: &str) -> String {
    let path = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../page/tests/pages"))
        .join(format!("{name}.html"));
    std::fs::read_to_string(path).unwrap()
}

const PAGES: [&str; 10] = [
    "arabic",
    "captions-bylines",
    "comments-related",
    "component-blocks",
    "french",
    "jsonld-cms",
    "liveblog",
    "microdata",
    "no-metadata",
    "opengraph-only",
];

fn paragraph_text(article: &Article, i: usize) -> String {
    article.paragraphs[i]
        .passages
        .iter()
        .map(|p| p.text.as_str())
        .collect::<String>()
}

#[test]
fn every_page_drafts_faithfully_and_validly() {
    for name in PAGES {
        let html = test_page(name);
        let result = import_html(&html, None, &ImportOptions::default())
            .unwrap_or_else(|e| panic!("{name}: {e}"));
        let blocks: Vec<&str> = result.text.split("\n\n").collect();
        let article = &result.draft.article;
        assert_eq!(article.paragraphs.len(), blocks.len(), "{name}");
        for (i, block) in blocks.iter().enumerate() {
            let joined = paragraph_text(article, i);
            assert_eq!(
                joined.split_whitespace().collect::<Vec<_>>(),
                block.split_whitespace().collect::<Vec<_>>(),
                "{name}: paragraph {i}"
            );
        }
        // What the importer writes is valid article data, through the same parser as any file.
        let json = serde_json::to_string(article).unwrap();
        Article::parse(&json).unwrap_or_else(|e| panic!("{name}: {e:?}"));
    }
}

#[test]
fn the_page_fills_the_draft_and_says_where_from() {
    let html = test_page("jsonld-cms");
    let result = import_html(
        &html,
        Some("https://riverside-courier.example/?p=4812"),
        &ImportOptions::default(),
    )
    .unwrap();
    let a = &result.draft.article;
    assert_eq!(
        a.meta.title,
        "Harbour bridge repairs to start in spring, council says"
    );
    assert_eq!(a.meta.date.value, "2026-03-04");
    assert_eq!(a.meta.language, "en-GB");
    assert_eq!(a.source.outlet, "The Riverside Courier");
    assert_eq!(
        a.source.url,
        "https://riverside-courier.example/news/2026/03/harbour-bridge-repairs/"
    );
    assert_eq!(a.meta.authors.len(), 1);
    assert_eq!(
        (
            a.meta.authors[0].given.as_str(),
            a.meta.authors[0].family.as_str()
        ),
        ("Nadia", "Okafor")
    );
    // The outlet is the narrator's voice.
    assert!(a.voices.iter().any(|v| v.name == "The Riverside Courier"));
    let note = a.notes.iter().find(|n| n.id == PAGE_NOTE_ID).unwrap();
    assert!(
        note.text
            .contains("from the web page https://riverside-courier.example/?p=4812"),
        "{}",
        note.text
    );
    assert!(
        note.text.contains("title: JSON-LD headline"),
        "{}",
        note.text
    );
    assert!(
        note.text.contains("link: <link rel=canonical>"),
        "{}",
        note.text
    );
    let draft_note = a.notes.iter().find(|n| n.id == "import-draft").unwrap();
    assert!(draft_note.text.contains("from the text of a web page"));
    assert!(!draft_note.text.contains("Not given: title"));
}

#[test]
fn the_users_options_override_the_page() {
    let html = test_page("french");
    let options = ImportOptions {
        title: Some("Tramway : un an de retard".into()),
        outlet: Some("Courrier".into()),
        date: Some("2026-05-13".into()),
        url: Some("https://courrier.example/t9".into()),
        language: Some("fr-FR".into()),
        ..ImportOptions::default()
    };
    let a = import_html(&html, None, &options).unwrap().draft.article;
    assert_eq!(a.meta.title, "Tramway : un an de retard");
    assert_eq!(a.source.outlet, "Courrier");
    assert_eq!(a.meta.date.value, "2026-05-13");
    assert_eq!(a.source.url, "https://courrier.example/t9");
    assert_eq!(a.meta.language, "fr-FR");
    let note = a.notes.iter().find(|n| n.id == PAGE_NOTE_ID).unwrap();
    assert!(
        note.text.contains("title: given by the user"),
        "{}",
        note.text
    );
    // The page's own authors still come from the page.
    assert_eq!(a.meta.authors.len(), 2);
    assert_eq!(a.meta.authors[0].given, "Élodie");
}

#[test]
fn nothing_is_invented_for_a_page_that_states_nothing() {
    let html = test_page("no-metadata");
    let a = import_html(&html, None, &ImportOptions::default())
        .unwrap()
        .draft
        .article;
    assert!(a.meta.date.value.is_empty());
    assert!(a.source.url.is_empty());
    assert_eq!(a.source.outlet, "the outlet");
    let note = a.notes.iter().find(|n| n.id == PAGE_NOTE_ID).unwrap();
    assert!(
        note.text.contains("its address is not known"),
        "{}",
        note.text
    );
    let draft_note = a.notes.iter().find(|n| n.id == "import-draft").unwrap();
    assert!(draft_note.text.contains("Not given: date, original link"));
}

#[test]
fn html_is_told_from_text_and_each_gets_its_limits() {
    let html = test_page("arabic");
    let imported = import_input(html.as_bytes(), None, &ImportOptions::default()).unwrap();
    assert!(imported.page.is_some());
    assert_eq!(imported.draft.article.meta.language, "ar");
    let text = "“We will rebuild,” Mayor Ana Silva said.\n\nShe said the money was there.\n";
    let imported = import_input(text.as_bytes(), None, &ImportOptions::default()).unwrap();
    assert!(imported.page.is_none());
    // Plain text that merely mentions a tag is still text.
    let text = "The <div> tag was in the headline.\n";
    assert!(
        import_input(text.as_bytes(), None, &ImportOptions::default())
            .unwrap()
            .page
            .is_none()
    );
    let err = import_input(
        b"<html><body><nav>Home</nav></body></html>",
        None,
        &ImportOptions::default(),
    )
    .unwrap_err();
    assert!(matches!(err, ImportError::Page(_)));
    assert_eq!(err.to_string(), "the page holds no article text");
}

#[test]
fn the_editor_reads_a_page_before_drafting() {
    let (text, meta) = read(&test_page("microdata"), None).unwrap();
    assert!(text.starts_with("The central library will open"));
    assert_eq!(meta.outlet.unwrap().value, "Lakeside Gazette");
}
