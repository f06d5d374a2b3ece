//! A one-file viewer carrying another article than the built-in one (the editor's "download
//! the one-file viewer"): the built page with its prerendered copy of the built-in article
//! replaced by a loading line and the article's JSON, which the viewer reads first. Its title
//! and language follow the article; the description and JSON-LD, which told of the built-in
//! article, are left out. Pure text work on our own build's output, found by its markers.

use crate::embed_snippets::json_for_script;
use crate::escape::escape_html;
use crate::i18n::Locale;
use crate::model::Article;

/// The host element's start in `index.html`, and what is written after its end (and so in the
/// one-file viewer).
pub const HOST_OPEN: &str = "<div id=\"article-viewer\">";
pub const HOST_END: &str = "</div><!-- /article-viewer -->";

/// `None` when `page` is not a one-file viewer of this build (a marker is missing).
pub fn with_article(
    page: &str,
    article: &Article,
    json: &str,
    loading: &str,
    title: &str,
) -> Option<String> {
    let open = page.find(HOST_OPEN)? + HOST_OPEN.len();
    let end = open + page[open..].find(HOST_END)?;
    let mut out = format!(
        "{}<p>{}</p><script type=\"application/json\" data-article-viewer-article>{}</script>{}",
        &page[..open],
        escape_html(loading),
        json_for_script(json),
        &page[end..],
    );
    replace_first(
        &mut out,
        "<title>",
        "</title>",
        &format!(
            "<title>{} \u{2014} Article Viewer</title>",
            escape_html(title)
        ),
    )?;
    replace_first(&mut out, "<meta name=\"description\"", ">", "")?;
    // JSON-LD writes `</` as `<\/`: its first `</script>` is its own.
    replace_first(
        &mut out,
        "<script type=\"application/ld+json\">",
        "</script>",
        "",
    )?;
    let dir = Locale::from_tag(&article.meta.language).map_or("ltr", |l| l.dir());
    let html = format!(
        "<html lang=\"{}\" dir=\"{dir}\">",
        escape_html(&article.meta.language)
    );
    replace_first(&mut out, "<html ", ">", &html)?;
    Some(out)
}

/// Replaces the first text from `start` through the next `end` with `with`.
fn replace_first(text: &mut String, start: &str, end: &str, with: &str) -> Option<()> {
    let from = text.find(start)?;
    let to = from + start.len() + text[from + start.len()..].find(end)? + end.len();
    text.replace_range(from..to, with);
    Some(())
}
