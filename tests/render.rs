//! Components rendered natively (Yew `ssr`): the DOM contract, the prerendered page, the
//! one-file viewer and the downloads, checked as a user or a script would read them.
#![cfg(all(not(target_arch = "wasm32"), feature = "ssr"))]

use article_viewer::app::{App, AppProps, Mode};
use article_viewer::model::{builtin_article, Article};
use article_viewer::pages::*;
use article_viewer::shared::Shared;

async fn render(
    article: Result<Article, Vec<article_viewer::model::DataError>>,
    mode: Mode,
) -> String {
    let props = AppProps::new(article.map(Shared::new), mode);
    yew::LocalServerRenderer::<App>::with_props(props)
        .hydratable(false)
        .render()
        .await
}

/// The text inside each `<p class="av-paragraph">…</p>`, tags stripped and entities decoded.
fn paragraph_texts(html: &str) -> Vec<String> {
    html.split("<p class=\"av-paragraph\">")
        .skip(1)
        .map(|rest| {
            let body = &rest[..rest.find("</p>").unwrap()];
            let mut text = String::new();
            let mut in_tag = false;
            for c in body.chars() {
                match c {
                    '<' => in_tag = true,
                    '>' => in_tag = false,
                    c if !in_tag => text.push(c),
                    _ => {}
                }
            }
            text.replace("&quot;", "\"")
                .replace("&#x27;", "'")
                .replace("&#39;", "'")
                .replace("&amp;", "&")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
        })
        .collect()
}

#[tokio::test]
async fn passages_follow_the_dom_contract_and_paragraph_text_is_exact() {
    let article = builtin_article().unwrap();
    let html = render(Ok(article.clone()), Mode::Page).await;
    let texts = paragraph_texts(&html);
    assert_eq!(texts.len(), article.paragraphs.len());
    for (p, text) in texts.iter().enumerate() {
        assert_eq!(
            text,
            &article.paragraph_text(p),
            "paragraph {p} is exactly its passages"
        );
    }
    let passages = html.matches("class=\"av-passage\"").count();
    assert_eq!(passages, article.passages().count());
    assert!(html.contains(r#"data-voice="maria-zakharova" data-kind="direct""#));
    for (_, p) in article.passages() {
        assert!(html.contains(&format!("data-voice=\"{}\"", p.voice)));
    }
    assert!(!html.contains("data-match"), "no marks without a filter");
}

#[tokio::test]
async fn voice_toggles_are_buttons_with_name_role_and_count() {
    let html = render(Ok(builtin_article().unwrap()), Mode::Page).await;
    let buttons = html.matches("class=\"av-voice\"").count();
    assert_eq!(buttons, 6);
    assert!(html.contains("aria-pressed=\"false\""));
    let zakharova = &html[html
        .find("<button type=\"button\" data-voice=\"maria-zakharova\"")
        .unwrap()..];
    let zakharova = &zakharova[..zakharova.find("</button>").unwrap()];
    // What a screen reader reads: the text without the tags.
    let text: String = zakharova
        .split('<')
        .map(|part| part.split_once('>').map_or(part, |(_, text)| text))
        .collect();
    assert!(
        text.contains("Maria Zakharova")
            && text.contains("Russian Foreign Ministry spokeswoman")
            && text.contains("2 passages"),
        "{text}"
    );
    assert!(html.contains("role=\"status\" aria-live=\"polite\""));
}

#[tokio::test]
async fn source_panel_links_safely_and_marks_the_inferred_year() {
    let html = render(Ok(builtin_article().unwrap()), Mode::Page).await;
    let aside = &html[html.find("<aside").unwrap()..];
    assert!(aside.contains(">Source</h2>"));
    assert!(aside.contains("href=\"https://www.radiohc.cu/en/noticias/internacionales/148335-russia-says-us-military-presence-in-syria-resembles-occupation\" rel=\"noopener noreferrer\""));
    assert!(aside.contains("https://web.archive.org/web/*/https://www.radiohc.cu/"));
    assert!(aside.contains("state-run international broadcaster"));
    assert!(aside.contains("year inferred"));
    assert!(aside.contains("Copy citation"));
    // Every date shown carries the inferred marker.
    assert_eq!(
        html.matches("<time datetime=\"2017-11-24\">").count(),
        html.matches("<summary>year inferred</summary>").count()
    );
}

#[tokio::test]
async fn embeds_collapse_the_source_panel_and_the_page_opens_it() {
    let article = builtin_article().unwrap();
    let page = render(Ok(article.clone()), Mode::Page).await;
    let frame = render(Ok(article), Mode::Frame).await;
    assert!(page.contains("<details open=\"open\" class=\"av-source-details\">"));
    assert!(frame.contains("<details class=\"av-source-details\">"));
    assert!(frame.contains("data-mode=\"frame\""));
}

#[tokio::test]
async fn invalid_data_renders_an_error_panel_listing_the_paths() {
    let errors = Article::parse(r#"{"meta": 5}"#).unwrap_err();
    let html = render(Err(errors), Mode::Page).await;
    assert!(html.contains("role=\"alert\""));
    assert!(html.contains("meta: invalid type: integer `5`"), "{html}");
}

#[tokio::test]
async fn prerendered_page_has_the_article_head_and_no_inline_script() {
    let article = builtin_article().unwrap();
    let template = "<html lang=\"en\"><head><title>Article Viewer</title><!-- article-viewer:head --></head><body><div id=\"article-viewer\"><!-- article-viewer:prerender --></div><!-- /article-viewer --><script type=\"module\" src=\"./boot.js\"></script></body></html>";
    let app = prerender(
        &article,
        Mode::Page,
        article_viewer::i18n::Strings::english(),
    )
    .await;
    let page = assemble(template, &article, &app, Mode::Page).unwrap();
    assert!(page.contains("<title>Russia Says U.S. Military Presence in Syria Resembles Occupation \u{2014} Article Viewer</title>"));
    assert!(page.contains("It is quite interesting how the U.S. justifies"));
    let ld_start = page.find("<script type=\"application/ld+json\">").unwrap();
    let ld = &page[ld_start + 35..];
    let ld: serde_json::Value = serde_json::from_str(&ld[..ld.find("</script>").unwrap()]).unwrap();
    assert_eq!(ld["@type"], "NewsArticle");
    assert_eq!(ld["publisher"]["@type"], "NewsMediaOrganization");
    assert_eq!(ld["datePublished"], "2017-11-24");
    assert!(ld["publisher"]["ownershipFundingInfo"]
        .as_str()
        .unwrap()
        .contains("state body"));
    // A lost marker fails loudly instead of shipping an empty page.
    let err = assemble(
        &template.replace("<!-- article-viewer:prerender -->", ""),
        &article,
        &app,
        Mode::Page,
    )
    .unwrap_err();
    assert!(err.contains("article-viewer:prerender"));
}

#[tokio::test]
async fn one_file_viewer_inlines_everything() {
    let boot = include_str!("../static/boot.js");
    let page = format!("<html><head><link rel=\"stylesheet\" href=\"./style.css\" integrity=\"x\"/><link rel=\"modulepreload\" href=\"./a.js\"><script type=\"module\">{boot}</script></head><body><p>article</p></body></html>");
    let single = one_file(&Bundle {
        page: &page,
        css: ".av{color:red}",
        glue_js: "async function __wbg_init(x){}\nexport default __wbg_init;",
        wasm: b"\0asm\x01\0\0\0",
        locales: &[("fr".into(), r#"{"filter.heading": "Qui dit quoi"}"#.into())],
    })
    .unwrap();
    assert!(
        !single.contains("src=") && !single.contains("href=\"./"),
        "{single}"
    );
    assert!(single.contains("<style>.av{color:red}</style>"));
    assert!(single.contains("DecompressionStream(\"gzip\")"));
    assert!(single.contains("<p>article</p>"));
    // The page's boot module, which would fetch the wasm beside the page, is gone.
    assert!(!single.contains("article-viewer:boot"));
    assert!(single.contains(r#"<script type="application/json" data-article-viewer-locale="fr">{"filter.heading": "Qui dit quoi"}</script>"#));
}

#[test]
fn quotes_csv_lists_attributed_passages() {
    let csv = quotes_csv(&builtin_article().unwrap()).unwrap();
    let mut lines = csv.lines();
    assert_eq!(lines.next(), Some("voice,role,kind,text,paragraph"));
    let rows: Vec<&str> = lines.collect();
    assert!(
        rows.iter().any(|r| r.starts_with(
            "Maria Zakharova,Russian Foreign Ministry spokeswoman,direct,\"\"\"From the standpoint"
        )),
        "{rows:?}"
    );
    assert!(rows.iter().all(|r| !r.contains("narration")));
}

#[tokio::test]
async fn a_byline_shows_when_the_article_has_authors() {
    let mut article = builtin_article().unwrap();
    assert!(!render(Ok(article.clone()), Mode::Page)
        .await
        .contains("av-byline"));
    article.meta.authors = vec![article_viewer::model::Author {
        given: "Ann".into(),
        family: "Poe".into(),
    }];
    let html = render(Ok(article.clone()), Mode::Page).await;
    assert!(html.contains(">By Ann Poe</p>"), "{html}");
    assert_eq!(json_ld(&article)["author"][0]["familyName"], "Poe");
}

/// An imported draft: no title, date, link or description. The viewer says so in words, shows
/// every word of the text, and offers no citation it cannot build.
#[tokio::test]
async fn a_draft_shows_what_is_missing_instead_of_inventing_it() {
    use article_viewer::import::{import, ImportOptions};
    let text = "\u{201c}We will rebuild the bridge,\u{201d} Mayor Ana Silva said.\n\nThe council meets on Friday.";
    let draft = import(text, &ImportOptions::default()).unwrap().article;
    let html = render(Ok(draft.clone()), Mode::Page).await;
    for missing in [
        "Untitled article",
        "date not given",
        "no original link given",
        "no description of the outlet given",
        "This article cannot be cited yet: its title, date, and original link are not given.",
    ] {
        assert!(html.contains(missing), "{missing:?} missing from the page");
    }
    assert!(
        !html.contains("class=\"av-original\""),
        "no link to nowhere"
    );
    assert!(!html.contains("av-citation"), "no half-built citation");
    assert!(
        !html.contains("paired quotes"),
        "the importer's reasons stay out of the viewer"
    );
    assert_eq!(
        paragraph_texts(&html),
        [
            "\u{201c}We will rebuild the bridge,\u{201d} Mayor Ana Silva said.",
            "The council meets on Friday."
        ]
    );
    let ld = article_viewer::pages::json_ld(&draft);
    assert_eq!(ld["headline"], "");
    let page_ld = html_page_json_ld(&draft);
    assert!(
        !page_ld.contains("datePublished") && !page_ld.contains("\"url\""),
        "{page_ld}"
    );
}

fn html_page_json_ld(article: &Article) -> String {
    let template = format!("<html lang=\"en\"><head>{TITLE_PLACEHOLDER}{HEAD_MARKER}</head><body>{HOST_OPEN}{PRERENDER_MARKER}{HOST_END}</body></html>");
    let page = assemble(&template, article, "", Mode::Page).unwrap_or_else(|e| panic!("{e}"));
    assert!(page.contains("<title>Untitled article \u{2014} Article Viewer</title>"));
    let start = page.find("application/ld+json\">").unwrap();
    page[start..page[start..].find("</script>").unwrap() + start].to_string()
}

/// The inferred year's explanation is the data's reason, said once, in a disclosure that
/// sits in a `div` (HTML allows no `details` inside a `p` or a `span`).
#[tokio::test]
async fn the_inferred_year_is_explained_once_in_valid_markup() {
    let article = builtin_article().unwrap();
    let html = render(Ok(article.clone()), Mode::Page).await;
    let reason = article.meta.date.reason.clone().unwrap();
    let first_sentence = &reason[..reason.find(". ").unwrap() + 1];
    let header = &html[..html.find("</header>").unwrap()];
    assert_eq!(
        header.matches(first_sentence).count(),
        1,
        "{first_sentence:?} once"
    );
    assert!(header.contains("<div class=\"av-dateline\">"));
    assert!(header.contains("<div class=\"av-date\">"));
    assert!(!header.contains("<p class=\"av-dateline\">"));
}

#[tokio::test]
async fn prerendered_copy_is_hydratable_with_unnamed_markers_and_the_editor_link() {
    let article = builtin_article().unwrap();
    let strings = article_viewer::i18n::Strings::english();
    let page = prerender(&article, Mode::Page, strings.clone()).await;
    // Yew's hydration finds each component between its markers; the names are left out.
    let open = page.matches("<!--<[]>-->").count();
    assert!(open > 5, "{open} component markers");
    assert_eq!(open, page.matches("<!--</[]>-->").count());
    assert!(
        !page.contains("article_viewer::"),
        "a type name is left in the page"
    );
    // The page is served, so it links the editor, as the app's first render does.
    assert!(page.contains("<a href=\"editor.html\">"));
    let frame = prerender(&article, Mode::Frame, strings).await;
    assert!(!frame.contains("editor.html"));
}
