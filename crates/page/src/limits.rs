//! What is refused before parsing, and how HTML is told from plain text.
//!
//! The tree builder's scope checks walk the stack of open elements, so a page of 100,000
//! nested `<div>`s takes minutes to parse (quadratic). The tokenizer alone is linear: it
//! measures the nesting first, and a page nested deeper than any real one is refused at once.

use super::PageError;
use html5ever::tendril::StrTendril;
use html5ever::tokenizer::{
    states::RawKind, BufferQueue, TagKind, Token, TokenSink, TokenSinkResult, Tokenizer,
};
use std::cell::Cell;

/// Saved pages with their inline scripts and styles reach a few MB; ten is far beyond an article.
pub const MAX_PAGE_BYTES: usize = 10 * 1024 * 1024;
/// Real pages nest 20 to 60 deep, broken ones a few hundred.
pub const MAX_DEPTH: usize = 1_000;
/// A long article page has a few thousand elements.
pub const MAX_ELEMENTS: usize = 200_000;

pub fn check(html: &str) -> Result<(), PageError> {
    if html.len() > MAX_PAGE_BYTES {
        return Err(PageError::TooLarge { bytes: html.len() });
    }
    let sink = DepthSink {
        depth: Cell::new(0),
        too_deep: Cell::new(false),
    };
    let tokenizer = Tokenizer::new(sink, Default::default());
    let input = BufferQueue::default();
    input.push_back(StrTendril::from_slice(html));
    let _ = tokenizer.feed(&input);
    tokenizer.end();
    if tokenizer.sink.too_deep.get() {
        return Err(PageError::TooDeep);
    }
    Ok(())
}

/// Counts open elements: start tags less end tags, leaving out void elements and those whose
/// end tag may be omitted (an unclosed `<p>` or `<li>` nests nothing).
struct DepthSink {
    depth: Cell<usize>,
    too_deep: Cell<bool>,
}

impl TokenSink for DepthSink {
    type Handle = ();

    fn process_token(&self, token: Token, _line: u64) -> TokenSinkResult<()> {
        let Token::TagToken(tag) = token else {
            return TokenSinkResult::Continue;
        };
        let name: &str = &tag.name;
        if tag.kind == TagKind::StartTag {
            // Script and style content is text, not tags: the tree builder switches the
            // tokenizer the same way.
            let raw = match name {
                "script" => Some(RawKind::ScriptData),
                "style" | "xmp" | "iframe" | "noembed" | "noframes" | "noscript" => {
                    Some(RawKind::Rawtext)
                }
                "textarea" | "title" => Some(RawKind::Rcdata),
                _ => None,
            };
            if let Some(kind) = raw {
                return TokenSinkResult::RawData(kind);
            }
            if !tag.self_closing && !is_void_or_optional(name) {
                let depth = self.depth.get() + 1;
                self.depth.set(depth);
                if depth > MAX_DEPTH {
                    self.too_deep.set(true);
                }
            }
        } else if !is_void_or_optional(name) {
            self.depth.set(self.depth.get().saturating_sub(1));
        }
        TokenSinkResult::Continue
    }
}

fn is_void_or_optional(name: &str) -> bool {
    matches!(
        name,
        "area"
            | "base"
            | "br"
            | "col"
            | "embed"
            | "hr"
            | "img"
            | "input"
            | "link"
            | "meta"
            | "source"
            | "track"
            | "wbr"
            | "p"
            | "li"
            | "dt"
            | "dd"
            | "option"
            | "optgroup"
            | "tr"
            | "td"
            | "th"
            | "thead"
            | "tbody"
            | "tfoot"
            | "colgroup"
            | "caption"
            | "rt"
            | "rp"
            | "html"
            | "head"
            | "body"
    )
}

/// Whether bytes are an HTML page or fragment rather than plain text: the first thing in them
/// is a tag, a doctype or a comment, and some element of a page appears.
pub fn looks_like_html(text: &str) -> bool {
    let start = text.trim_start_matches(['\u{feff}', ' ', '\t', '\r', '\n']);
    if !start.starts_with('<') {
        return false;
    }
    let head: String = start
        .chars()
        .take(64 * 1024)
        .collect::<String>()
        .to_ascii_lowercase();
    [
        "<!doctype html",
        "<html",
        "<head",
        "<body",
        "<meta",
        "<p>",
        "<p ",
        "<div",
        "<article",
        "<span",
        "<h1",
        "<h2",
        "<section",
        "<blockquote",
    ]
    .iter()
    .any(|tag| head.contains(tag))
}
