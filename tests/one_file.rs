//! The one-file viewer the editor writes: the built page (here assembled from `index.html` as
//! the build does) with another article inside, its prerender, title, description, JSON-LD
//! and language replaced, and no way for the article's text to leave its `<script>`.
#![cfg(all(not(target_arch = "wasm32"), feature = "ssr"))]

use article_viewer::app::Mode;
use article_viewer::model::{builtin_article, Article};
use article_viewer::one_file::with_article;
use article_viewer::pages::assemble;

const TEMPLATE: &str = include_str!("../index.html");

fn built_page() -> String {
    let seed = builtin_article().unwrap();
    assemble(
        TEMPLATE,
        &seed,
        "<div class=\"av-root\">PRERENDERED SEED</div>",
        Mode::Page,
    )
    .unwrap()
}

fn between<'a>(text: &'a str, start: &str, end: &str) -> &'a str {
    let from = text.find(start).unwrap() + start.len();
    &text[from..from + text[from..].find(end).unwrap()]
}

#[test]
fn another_article_replaces_the_built_in_one_everywhere_it_showed() {
    let page = built_page();
    assert!(page.contains("PRERENDERED SEED") && page.contains("application/ld+json"));
    let mut article: Article = serde_json::from_str(include_str!("fixtures/i18n/ar.json")).unwrap();
    // Text that would close the elements it sits in, were it not escaped.
    article.paragraphs[0].passages[0].text = "</script><script>alert(1)</script> & <!--".into();
    article.meta.title = "</title><script>alert(2)</script>".into();
    let json = serde_json::to_string(&article).unwrap();
    let out = with_article(&page, &article, &json, "Loading…", &article.meta.title).unwrap();

    assert!(!out.contains("PRERENDERED SEED"));
    assert!(!out.contains("application/ld+json"));
    assert!(!out.contains("<meta name=\"description\""));
    assert!(out.contains("<html lang=\"ar\" dir=\"rtl\">"));
    assert_eq!(
        between(&out, "<title>", "</title>"),
        "&lt;/title&gt;&lt;script&gt;alert(2)&lt;/script&gt; \u{2014} Article Viewer"
    );
    let data = between(
        &out,
        "<script type=\"application/json\" data-article-viewer-article>",
        "</script>",
    );
    assert!(
        !data.contains('<'),
        "nothing in the data can end its element"
    );
    let back: Article = serde_json::from_str(data).unwrap();
    assert_eq!(back, article);
    let host = between(
        &out,
        "<div id=\"article-viewer\">",
        "<!-- /article-viewer -->",
    );
    assert!(host.starts_with("<p>Loading…</p><script"));
    // Everything after the host (the boot script, the inline catalogues) is the build's own.
    assert_eq!(
        out.split("<!-- /article-viewer -->").nth(1),
        page.split("<!-- /article-viewer -->").nth(1)
    );
}

#[test]
fn a_page_that_is_not_this_build_s_viewer_is_refused() {
    let article = builtin_article().unwrap();
    for page in [
        "",
        "<html><body>nothing</body></html>",
        &built_page().replace("<!-- /article-viewer -->", ""),
    ] {
        assert_eq!(with_article(page, &article, "{}", "…", "t"), None);
    }
}
