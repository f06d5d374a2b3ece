//! The embed snippets, derived from the current view. Pure, so the exact markup is tested.

use crate::escape::escape_html;
use crate::state::filter_hash;

/// What a snippet carries over from the current view.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SnippetState {
    pub voices: Vec<String>,
    pub only: bool,
    /// `None` for the default (`auto`).
    pub theme: Option<&'static str>,
    /// A stable id for the iframe's messages.
    pub id: String,
}

pub fn iframe_snippet(base: &str, title: &str, state: &SnippetState) -> String {
    let mut query = format!("id={}", state.id);
    if let Some(theme) = state.theme {
        query.push_str(&format!("&theme={theme}"));
    }
    let hash = filter_hash(&state.voices, state.only);
    format!(
        "<iframe data-article-viewer src=\"{base}embed.html?{query}{hash}\" title=\"{}\" width=\"100%\" height=\"640\" loading=\"lazy\" allow=\"clipboard-write\"></iframe>\n<script type=\"module\" src=\"{base}embed.js\"></script>",
        escape_html(title)
    )
}

pub fn script_snippet(base: &str, state: &SnippetState) -> String {
    let mut attrs = String::new();
    if !state.voices.is_empty() {
        attrs.push_str(&format!(" data-voices=\"{}\"", state.voices.join(",")));
    }
    if let Some(theme) = state.theme {
        attrs.push_str(&format!(" data-theme=\"{theme}\""));
    }
    if state.only {
        attrs.push_str(" data-only=\"true\"");
    }
    format!(
        "<div data-article-viewer{attrs}></div>\n<script type=\"module\" src=\"{base}embed.js\"></script>"
    )
}

/// The iframe embed of an `article.json` uploaded beside the viewer's files (the editor's
/// export): `file` is a name of ours, a relative URL as it stands.
pub fn iframe_snippet_for_file(base: &str, title: &str, file: &str) -> String {
    let state = SnippetState {
        id: "article-viewer".into(),
        ..SnippetState::default()
    };
    iframe_snippet(base, title, &state).replacen(
        "embed.html?id=article-viewer",
        &format!("embed.html?id=article-viewer&article={file}"),
        1,
    )
}

/// JSON to sit inside a `<script>` element: `<`, `>` and `&` escaped (they only occur in
/// strings, where `\uXXXX` means the same), so no text can close the element.
pub fn json_for_script(json: &str) -> String {
    json.replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('&', "\\u0026")
}

/// The script embed carrying its own article (the editor's): the JSON child is read instead
/// of the built-in article.
pub fn script_snippet_with_article(base: &str, article_json: &str) -> String {
    format!(
        "<div data-article-viewer>\n<script type=\"application/json\" data-article-viewer-article>{}</script>\n</div>\n<script type=\"module\" src=\"{base}embed.js\"></script>",
        json_for_script(article_json)
    )
}
