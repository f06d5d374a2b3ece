//! Build-time page assembly (native, `ssr` feature): prerendered HTML, JSON-LD, the quotes CSV
//! and the self-contained one-file viewer. Pure string work, tested natively; the
//! `build-pages` binary only reads and writes the files.

use crate::app::{App, AppProps, Mode};
use crate::escape::escape_html;
use crate::i18n::{Locale, Strings};
use crate::model::{Article, PassageKind};
use crate::shared::Shared;
use base64::Engine;
use std::io::Write;
use std::rc::Rc;

pub use crate::mount::{BUILTIN_ATTR, PRERENDERED_ATTR};

pub const PRERENDER_MARKER: &str = "<!-- article-viewer:prerender -->";
pub const HEAD_MARKER: &str = "<!-- article-viewer:head -->";
pub const TITLE_PLACEHOLDER: &str = "<title>Article Viewer</title>";
/// The host element (the editor puts its own article there in a one-file viewer).
pub use crate::one_file::{HOST_END, HOST_OPEN};

/// The app's HTML for `mode`, as the browser's first render will produce it, in the interface
/// language of `strings` (the article's own, as the browser picks it).
/// `data-prerendered` names the mode it was rendered for: the browser keeps its paragraphs
/// (`mount::prerendered_body`) only when they are what it would render.
pub async fn prerender(article: &Article, mode: Mode, strings: Rc<Strings>) -> String {
    let props = AppProps {
        strings: Shared(strings),
        editor: (mode == Mode::Page).then_some(yew::AttrValue::Static("editor.html")),
        ..AppProps::new(Ok(Shared::new(article.clone())), mode)
    };
    let html = yew::LocalServerRenderer::<App>::with_props(props)
        .hydratable(true)
        .render()
        .await;
    let html = unnamed_markers(&html);
    format!(
        "<div class=\"av-root\" {PRERENDERED_ATTR}=\"{}\">{html}</div>",
        mode.as_str()
    )
}

/// Yew's hydration markers (`<!--<[type name]>-->`, `<!--</[type name]>-->` around each
/// component) without the type names: hydration matches only their `<[`, `</[` and `]>`, and the
/// names were a third of the page's markup outside the article (2.2 KB on the seed). Text and
/// attributes never hold `<!--`: Yew escapes `<` in both.
fn unnamed_markers(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(start) = rest.find("<!--<[").or_else(|| rest.find("<!--</[")) {
        // The earlier of an opening and a closing marker.
        let start = rest.find("<!--</[").map_or(start, |close| close.min(start));
        let Some(len) = rest[start..].find("]>-->") else {
            break;
        };
        let closing = rest[start..].starts_with("<!--</[");
        out.push_str(&rest[..start]);
        out.push_str(if closing {
            "<!--</[]>-->"
        } else {
            "<!--<[]>-->"
        });
        rest = &rest[start + len + "]>-->".len()..];
    }
    out.push_str(rest);
    out
}

/// Splices the prerendered app and the head into Trunk's index.html. Fails, naming the marker,
/// if the template lost one (Trunk's minifier drops comments, for example).
pub fn assemble(
    template: &str,
    article: &Article,
    app_html: &str,
    mode: Mode,
) -> Result<String, String> {
    for marker in [
        PRERENDER_MARKER,
        HEAD_MARKER,
        TITLE_PLACEHOLDER,
        HOST_OPEN,
        HOST_END,
    ] {
        if !template.contains(marker) {
            return Err(format!("index.html has no {marker:?}: cannot prerender"));
        }
    }
    let title = format!(
        "<title>{} \u{2014} Article Viewer</title>",
        escape_html(if article.meta.title.is_empty() {
            "Untitled article"
        } else {
            &article.meta.title
        })
    );
    let description = format!(
        "<meta name=\"description\" content=\"{}, {}: who says what, passage by passage.\">",
        escape_html(&article.source.outlet),
        escape_html(&article.meta.date.display())
    );
    let head = format!("{description}\n  {}", json_ld_script(article));
    // The page speaks the interface's language, the article's unless the reader asks otherwise.
    let locale = Locale::from_tag(&article.meta.language).unwrap_or(Locale::En);
    let html = format!("<html lang=\"{}\" dir=\"{}\"", locale.tag(), locale.dir());
    let mut page = template
        .replacen("<html lang=\"en\"", &html, 1)
        .replacen(TITLE_PLACEHOLDER, &title, 1)
        .replacen(HEAD_MARKER, &head, 1)
        .replacen(
            PRERENDER_MARKER,
            &format!("{app_html}{}", builtin_script(article)?),
            1,
        );
    if mode == Mode::Frame {
        page = page
            .replacen(
                HOST_OPEN,
                "<div id=\"article-viewer\" data-mode=\"frame\">",
                1,
            )
            .replacen(
                &format!("{html}>"),
                &format!("{html} class=\"av-embed\">"),
                1,
            );
    }
    Ok(page)
}

/// The built-in article as data, inside the host element: the viewer reads it from the page
/// instead of carrying a second copy in its wasm (the page already has its words, so it costs
/// the page about 0.7 KB gzip and saves the wasm 2.3 KB). The editor's one-file viewer, which
/// replaces the host's content, leaves it out.
fn builtin_script(article: &Article) -> Result<String, String> {
    let json = serde_json::to_string(article).map_err(|e| e.to_string())?;
    Ok(format!(
        "<script type=\"application/json\" {BUILTIN_ATTR}>{}</script>",
        crate::embed_snippets::json_for_script(&json)
    ))
}

/// `NewsArticle` JSON-LD, so that search engines and citation tools read the metadata.
pub fn json_ld(article: &Article) -> serde_json::Value {
    let source = &article.source;
    serde_json::json!({
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": article.meta.title,
        "datePublished": article.meta.date.value,
        "inLanguage": article.meta.language,
        "url": source.url,
        "isBasedOn": source.url,
        "publisher": {
            "@type": "NewsMediaOrganization",
            "name": source.outlet,
            "alternateName": source.outlet_abbreviation,
            "description": source.description,
            "ownershipFundingInfo": source.description_basis,
        },
        "dateline": article.meta.dateline,
        "author": article.meta.authors.iter().map(|a| serde_json::json!({
            "@type": "Person",
            "givenName": a.given,
            "familyName": a.family,
        })).collect::<Vec<_>>(),
        "comment": article.meta.date.year_inferred.then(|| format!(
            "The year of datePublished is inferred; the source prints only \"{}\".",
            article.meta.date.printed
        )),
    })
}

/// The JSON-LD with the fields the data does not give left out, not sent empty.
fn without_empty(mut value: serde_json::Value) -> serde_json::Value {
    if let Some(map) = value.as_object_mut() {
        map.retain(|_, v| {
            !(v.is_null() || v.as_str() == Some("") || v.as_array().is_some_and(Vec::is_empty))
        });
        for v in map.values_mut() {
            *v = without_empty(v.take());
        }
    }
    value
}

fn json_ld_script(article: &Article) -> String {
    // `</` would end the script element early; JSON allows the escaped form.
    let json = without_empty(json_ld(article))
        .to_string()
        .replace("</", "<\\/");
    format!("<script type=\"application/ld+json\">{json}</script>")
}

/// Attributed passages (quotes and paraphrases) as CSV: voice, role, kind, text, paragraph
/// (numbered from 1, as a reader counts).
pub fn quotes_csv(article: &Article) -> Result<String, String> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    let err = |e: csv::Error| e.to_string();
    writer
        .write_record(["voice", "role", "kind", "text", "paragraph"])
        .map_err(err)?;
    for (p, passage) in article.passages() {
        if passage.kind == PassageKind::Narration {
            continue;
        }
        let voice = article.voices.iter().find(|v| v.id == passage.voice);
        let paragraph = (p + 1).to_string();
        writer
            .write_record([
                voice.map(|v| v.name.as_str()).unwrap_or(&passage.voice),
                voice.map(|v| v.role.as_str()).unwrap_or(""),
                passage.kind.as_str(),
                passage.text.trim(),
                paragraph.as_str(),
            ])
            .map_err(err)?;
    }
    let bytes = writer.into_inner().map_err(|e| e.to_string())?;
    String::from_utf8(bytes).map_err(|e| e.to_string())
}

/// The files the one-file viewer is made of.
pub struct Bundle<'a> {
    pub page: &'a str,
    pub css: &'a str,
    pub glue_js: &'a str,
    pub wasm: &'a [u8],
    /// The interface catalogues other than English (compiled in), by locale tag: the viewer
    /// cannot fetch them from `file://`.
    pub locales: &'a [(String, String)],
}

/// The viewer page's boot module, as Trunk inlines it into index.html.
const BOOT_JS: &str = include_str!("../static/boot.js");

/// One HTML file that works from `file://` with no network: CSS inline, the wasm-bindgen glue
/// inline as a module, and the wasm gzip-compressed and base64-encoded, unpacked with
/// `DecompressionStream` and instantiated from bytes (browsers refuse to fetch from `file://`);
/// the locale catalogues as JSON data elements.
pub fn one_file(bundle: &Bundle) -> Result<String, String> {
    let mut page = bundle.page.to_string();
    // The page's boot module fetches the wasm beside the page; this file carries its own.
    let boot = format!("<script type=\"module\">{BOOT_JS}</script>");
    if !page.contains(&boot) {
        return Err("the page has no inline boot module (static/boot.js) to replace".into());
    }
    page = page.replacen(&boot, "", 1);
    // Drop what points at other files: the stylesheet and any preload (the reading settings'
    // early script is inline, and works from `file://` too).
    for start in [
        "<link rel=\"stylesheet\"",
        "<link rel=\"modulepreload\"",
        "<link rel=\"preload\"",
    ] {
        while let Some(at) = page.find(start) {
            let end = page[at..]
                .find('>')
                .map(|e| at + e + 1)
                .ok_or_else(|| format!("unterminated {start:?}"))?;
            let end = if page[end..].starts_with("</script>") {
                end + 9
            } else {
                end
            };
            page.replace_range(at..end, "");
        }
    }
    if bundle.glue_js.contains("</script")
        || bundle.css.contains("</style")
        || bundle.locales.iter().any(|(_, json)| json.contains("</"))
    {
        return Err(
            "the glue, the CSS or a catalogue contains a closing tag; cannot inline it".into(),
        );
    }
    let catalogues: String = bundle
        .locales
        .iter()
        .map(|(tag, json)| {
            format!("<script type=\"application/json\" data-article-viewer-locale=\"{tag}\">{json}</script>\n")
        })
        .collect();
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    gz.write_all(bundle.wasm).map_err(|e| e.to_string())?;
    let packed = gz.finish().map_err(|e| e.to_string())?;
    let b64 = base64::engine::general_purpose::STANDARD.encode(packed);
    let style = format!("<style>{}</style>\n</head>", bundle.css);
    let script = format!(
        "{catalogues}<script type=\"module\">\n{}\n;(async () => {{\n  const packed = Uint8Array.from(atob(\"{b64}\"), (c) => c.charCodeAt(0));\n  const stream = new Blob([packed]).stream().pipeThrough(new DecompressionStream(\"gzip\"));\n  const bytes = await new Response(stream).arrayBuffer();\n  await __wbg_init({{ module_or_path: bytes }});\n}})();\n</script>\n</body>",
        bundle.glue_js
    );
    if !page.contains("</head>") || !page.contains("</body>") {
        return Err("the page has no </head> or </body>".into());
    }
    Ok(page
        .replacen("</head>", &style, 1)
        .replacen("</body>", &script, 1))
}
