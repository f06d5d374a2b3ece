//! The corpus browser (crates/site) gives each article the embed code the viewer's publish panel
//! writes for an article file beside the viewer: one format, held here to the viewer's own.
//! Native only: the corpus browser is a native dev-dependency of the viewer.
#![cfg(not(target_arch = "wasm32"))]

use article_viewer::embed_snippets::iframe_snippet_for_file;

#[test]
fn the_corpus_browser_writes_the_viewers_embed_snippet() {
    for title in ["Talks resume", "<b>\"Quoted\" & 'apostrophes'</b>", ""] {
        assert_eq!(
            article_site::embed_snippet("https://example.org/corpus/viewer/", title, "syn-000001"),
            iframe_snippet_for_file(
                "https://example.org/corpus/viewer/",
                title,
                "../a/syn-000001.json"
            )
        );
    }
}
