//! Small questions about the parsed tree: tag names, text, classes. Every walk is iterative
//! (a page may nest up to MAX_DEPTH deep).

use ego_tree::NodeRef;
use scraper::Node;

pub type NodeR<'a> = NodeRef<'a, Node>;

/// The element's tag name, or "" for other nodes.
pub fn tag<'a>(node: NodeR<'a>) -> &'a str {
    match node.value() {
        Node::Element(e) => e.name(),
        _ => "",
    }
}

pub fn attr<'a>(node: NodeR<'a>, name: &str) -> Option<&'a str> {
    match node.value() {
        Node::Element(e) => e.attr(name),
        _ => None,
    }
}

/// Class and id together, lower-cased: what Readability's patterns look at; and the component
/// names that script-built pages give instead (`data-component="byline-block"`).
pub fn class_and_id(node: NodeR<'_>) -> String {
    let mut out = String::new();
    for name in ["class", "id", "data-component", "data-testid"] {
        if let Some(v) = attr(node, name) {
            out.push_str(&v.to_lowercase());
            out.push(' ');
        }
    }
    out
}

/// Elements whose content is never article text.
pub fn is_never_text(tag: &str) -> bool {
    matches!(
        tag,
        "script"
            | "style"
            | "noscript"
            | "template"
            | "svg"
            | "math"
            | "iframe"
            | "object"
            | "embed"
            | "canvas"
            | "button"
            | "input"
            | "select"
            | "textarea"
            | "option"
            | "nav"
            | "aside"
            | "footer"
            | "header"
            | "figure"
            | "figcaption"
            | "picture"
            | "video"
            | "audio"
            | "dialog"
            | "menu"
            | "head"
            | "title"
            | "label"
            | "img"
    )
}

/// Elements that start a new block of text.
pub fn is_block(tag: &str) -> bool {
    matches!(
        tag,
        "address"
            | "article"
            | "aside"
            | "blockquote"
            | "details"
            | "dialog"
            | "dd"
            | "div"
            | "dl"
            | "dt"
            | "fieldset"
            | "figcaption"
            | "figure"
            | "footer"
            | "form"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "header"
            | "hgroup"
            | "hr"
            | "li"
            | "main"
            | "nav"
            | "ol"
            | "p"
            | "pre"
            | "section"
            | "table"
            | "tbody"
            | "thead"
            | "tfoot"
            | "tr"
            | "td"
            | "th"
            | "caption"
            | "ul"
            | "summary"
    )
}

/// Whether an element holds another block element (skipping what is never text).
pub fn has_block_child(node: NodeR<'_>) -> bool {
    let mut stack: Vec<NodeR<'_>> = node.children().collect();
    while let Some(n) = stack.pop() {
        let t = tag(n);
        if t.is_empty() || is_never_text(t) {
            continue;
        }
        if is_block(t) {
            return true;
        }
        stack.extend(n.children());
    }
    false
}

/// Collapses runs of whitespace to one space and trims; drops control characters.
pub fn collapse(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in text.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        // Control characters are never text a reader sees.
        out.extend(word.chars().filter(|c| !c.is_control()));
    }
    out
}

/// For comparing titles and names: collapsed and lower-cased.
pub fn fold(text: &str) -> String {
    collapse(text).to_lowercase()
}

/// The text under a node, in order, skipping subtrees `skip` says no to and what is never
/// text; `<br>` is a space. Whitespace collapsed.
pub fn text_with(node: NodeR<'_>, skip: &dyn Fn(NodeR<'_>) -> bool) -> String {
    let mut raw = String::new();
    let mut stack = vec![node];
    while let Some(n) = stack.pop() {
        match n.value() {
            Node::Text(t) => raw.push_str(t),
            Node::Element(e) => {
                let name = e.name();
                if name == "br" {
                    raw.push(' ');
                    continue;
                }
                if (n != node && (is_never_text(name) || skip(n))) || name == "script" {
                    continue;
                }
                if is_block(name) {
                    raw.push(' ');
                }
                // Children in reverse, so they pop in document order.
                let children: Vec<_> = n.children().collect();
                stack.extend(children.into_iter().rev());
            }
            _ => {}
        }
    }
    collapse(&raw)
}

pub fn text(node: NodeR<'_>) -> String {
    text_with(node, &|_| false)
}

/// The characters of text under the node inside links, and in all: Readability's link density.
/// In-page links (`#…`) count for less: they are footnotes and tables of contents.
pub fn link_density(node: NodeR<'_>, skip: &dyn Fn(NodeR<'_>) -> bool) -> f64 {
    let total = text_with(node, skip).chars().count();
    if total == 0 {
        return 0.0;
    }
    let mut linked = 0.0;
    let mut stack = vec![node];
    while let Some(n) = stack.pop() {
        if tag(n) == "a" {
            let weight = if attr(n, "href").is_some_and(|h| h.starts_with('#')) {
                0.3
            } else {
                1.0
            };
            linked += text_with(n, skip).chars().count() as f64 * weight;
            continue;
        }
        for c in n.children() {
            if c.value().is_element() && !is_never_text(tag(c)) && !skip(c) {
                stack.push(c);
            }
        }
    }
    linked / total as f64
}

/// Element descendants with a given tag, counted.
pub fn count_tags(node: NodeR<'_>, tags: &[&str]) -> usize {
    node.descendants()
        .filter(|d| d.id() != node.id() && tags.contains(&tag(*d)))
        .count()
}

/// Commas of the scripts the pages are written in (Latin, Arabic, CJK).
pub fn commas(text: &str) -> usize {
    text.chars()
        .filter(|c| {
            matches!(
                c,
                ',' | '\u{060C}'
                    | '\u{FE50}'
                    | '\u{FE10}'
                    | '\u{FE11}'
                    | '\u{2E41}'
                    | '\u{2E34}'
                    | '\u{2E32}'
                    | '\u{FF0C}'
                    | '\u{3001}'
            )
        })
        .count()
}
