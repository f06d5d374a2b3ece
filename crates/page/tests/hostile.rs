//! Hostile and broken HTML: scripts and handlers never become text, markup never shows as
//! markup, nothing hangs, and the limits say what they refused.

use article_page::{read_page, PageError, MAX_DEPTH, MAX_PAGE_BYTES};
use std::time::{Duration, Instant};

const PROSE: &str = "The council met on Tuesday, as it does every month, and talked about the bridge, the budget and the market for a long time.";

fn all_text(html: &str) -> String {
    let page = read_page(html, None).unwrap();
    page.blocks
        .iter()
        .map(|b| b.text.clone())
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn scripts_handlers_and_javascript_links_never_become_text() {
    let html = format!(
        r#"<html><body onload="alert(1)"><script>document.write("<p>written by script</p>")</script>
        <article><p onclick="steal()">{PROSE}</p>
        <p>{PROSE} <a href="javascript:alert(2)">the link text</a> stays text.</p>
        <img src=x onerror="alert(3)"><svg><script>alert(4)</script><text>svg text</text></svg>
        <style>p {{ color: red }}</style><noscript><p>Enable JavaScript</p></noscript>
        <iframe srcdoc="<p>framed</p>"></iframe><template><p>templated</p></template></article></body></html>"#
    );
    let text = all_text(&html);
    for absent in [
        "written by script",
        "alert",
        "steal",
        "javascript:",
        "svg text",
        "color: red",
        "Enable JavaScript",
        "framed",
        "templated",
    ] {
        assert!(!text.contains(absent), "{absent:?} leaked into {text:?}");
    }
    assert!(text.contains("the link text stays text."));
}

#[test]
fn markup_in_text_is_text_and_entities_are_decoded() {
    let html = format!(
        "<html><body><article><p>{PROSE} He typed &lt;b&gt;bold&lt;/b&gt; &amp; left.</p><p>{PROSE}</p></article></body></html>"
    );
    let text = all_text(&html);
    assert!(text.contains("He typed <b>bold</b> & left."), "{text}");
    // And no tag of the page itself shows.
    assert!(!text.contains("<p>") && !text.contains("<article"));
}

#[test]
fn deep_nesting_is_refused_at_once() {
    let html = format!("<html><body>{}deep</body></html>", "<div>".repeat(100_000));
    let start = Instant::now();
    let result = read_page(&html, None);
    assert_eq!(result, Err(PageError::TooDeep));
    assert!(
        start.elapsed() < Duration::from_secs(5),
        "{:?}",
        start.elapsed()
    );
    assert!(PageError::TooDeep
        .to_string()
        .contains(&MAX_DEPTH.to_string()));
    // Script text full of tags is not nesting.
    let html = format!(
        "<html><body><script>var s = '{}';</script><article><p>{PROSE}</p><p>{PROSE}</p></article></body></html>",
        "<div>".repeat(5_000)
    );
    assert!(read_page(&html, None).is_ok());
    // Unclosed paragraphs and list items nest nothing.
    let html = format!(
        "<html><body><article>{}</article></body></html>",
        format!("<p>{PROSE}").repeat(3_000)
    );
    assert!(read_page(&html, None).is_ok());
}

#[test]
fn a_huge_page_is_refused_with_its_size() {
    let html = format!(
        "<html><body><p>{}</p></body></html>",
        "a ".repeat(MAX_PAGE_BYTES / 2 + 10)
    );
    match read_page(&html, None) {
        Err(e @ PageError::TooLarge { .. }) => {
            assert!(e.to_string().contains(&MAX_PAGE_BYTES.to_string()))
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_large_page_under_the_limits_is_read_quickly() {
    // About 2 MB of real-looking page: many paragraphs, links and boxes.
    let mut html = String::from("<html><body><div class=\"content\">");
    for i in 0..8_000 {
        html.push_str(&format!(
            "<p>{PROSE} Paragraph {i}.</p><div class=\"related\"><a href=\"/{i}\">Related {i}</a></div>"
        ));
    }
    html.push_str("</div></body></html>");
    let start = Instant::now();
    let page = read_page(&html, None).unwrap();
    assert_eq!(page.blocks.len(), 8_000);
    assert!(
        start.elapsed() < Duration::from_secs(20),
        "{:?}",
        start.elapsed()
    );
}

#[test]
fn broken_markup_still_gives_the_text() {
    let html = format!(
        "<html><body><div class=article><p>{PROSE}<p>{PROSE} <b>bold <i>both</b> italic</i><div><p>{PROSE}</span></div></td></table>"
    );
    let text = all_text(&html);
    assert_eq!(text.matches("The council met").count(), 3, "{text}");
    assert!(text.contains("bold both italic"));
}

#[test]
fn a_page_without_text_says_so() {
    for html in [
        "",
        "<html><body><nav><a href=/>Home</a></nav></body></html>",
        "<script>x</script>",
    ] {
        assert_eq!(read_page(html, None), Err(PageError::NoText), "{html:?}");
    }
}
