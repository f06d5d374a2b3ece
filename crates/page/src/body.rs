//! The article's body, by Readability's algorithm (Mozilla's Readability.js, as Firefox's
//! Reader View uses it), on the parsed tree without changing it:
//!
//! 1. Unlikely candidates are set aside: hidden elements, roles such as navigation or dialog,
//!    and class or id names such as "comment", "related", "sidebar" or "cookie" (unless they
//!    also say "article", "content", "main"…). The byline is noted on the way.
//! 2. Each paragraph-like element of 25 characters or more scores 1, plus one per comma, plus
//!    one per 100 characters (at most 3); its parent gets the score, its grandparent half,
//!    and ancestors further up a third of that per level. An ancestor starts from a score by
//!    its tag (`div` +5, lists and headings less) and its class and id (+25 for words like
//!    "article" or "content", -25 for "comment", "share", "promo"…).
//! 3. Scores are scaled by (1 − link density); the best candidate wins, moving up to a common
//!    ancestor when several close candidates share it.
//! 4. Its siblings join when they score well enough or read as prose with few links.
//! 5. Containers inside it are dropped "conditionally": many links, images or form fields
//!    and few commas mean boxes, not text.
//! 6. What remains gives one block per block element, in order.
//!
//! If that finds under 500 characters, it tries again with the rules relaxed one by one, as
//! Readability does, and keeps the longest result.

use super::dom::{
    self, attr, class_and_id, commas, count_tags, has_block_child, is_block, is_never_text, tag,
    NodeR,
};
use super::{Block, BlockKind};
use ego_tree::NodeId;
use scraper::{Html, Node};
use std::collections::{HashMap, HashSet};

pub struct Extracted {
    pub blocks: Vec<Block>,
    /// The byline's text, when one was found outside the body.
    pub byline: Option<String>,
}

#[derive(Clone, Copy)]
struct Flags {
    strip_unlikely: bool,
    weight_classes: bool,
    clean_conditionally: bool,
}

const CHAR_THRESHOLD: usize = 500;

pub fn extract(doc: &Html) -> Extracted {
    let root = body_of(doc);
    let mut best: Option<Extracted> = None;
    for flags in [
        Flags {
            strip_unlikely: true,
            weight_classes: true,
            clean_conditionally: true,
        },
        Flags {
            strip_unlikely: false,
            weight_classes: true,
            clean_conditionally: true,
        },
        Flags {
            strip_unlikely: false,
            weight_classes: false,
            clean_conditionally: true,
        },
        Flags {
            strip_unlikely: false,
            weight_classes: false,
            clean_conditionally: false,
        },
    ] {
        let attempt = Pass::new(root, flags).run();
        let length: usize = attempt.blocks.iter().map(|b| b.text.chars().count()).sum();
        let best_length: usize = best
            .as_ref()
            .map_or(0, |b| b.blocks.iter().map(|b| b.text.chars().count()).sum());
        let byline = best.as_ref().and_then(|b| b.byline.clone());
        if best.is_none() || length > best_length {
            best = Some(Extracted {
                byline: attempt.byline.or(byline),
                blocks: attempt.blocks,
            });
        }
        if length >= CHAR_THRESHOLD {
            break;
        }
    }
    best.unwrap_or(Extracted {
        blocks: Vec::new(),
        byline: None,
    })
}

fn body_of(doc: &Html) -> NodeR<'_> {
    let root = doc.tree.root();
    root.descendants()
        .find(|n| tag(*n) == "body")
        .unwrap_or(root)
}

struct Pass<'a> {
    root: NodeR<'a>,
    flags: Flags,
    /// Subtrees set aside: unlikely candidates, hidden elements, the byline.
    removed: HashSet<NodeId>,
    scores: HashMap<NodeId, f64>,
    byline: Option<String>,
}

impl<'a> Pass<'a> {
    fn new(root: NodeR<'a>, flags: Flags) -> Self {
        Pass {
            root,
            flags,
            removed: HashSet::new(),
            scores: HashMap::new(),
            byline: None,
        }
    }

    fn run(mut self) -> Extracted {
        let to_score = self.set_aside();
        self.score(&to_score);
        let content = self.content();
        let mut blocks = Vec::new();
        for node in content {
            self.blocks(node, &mut blocks);
        }
        Extracted {
            blocks,
            byline: self.byline,
        }
    }

    fn is_removed(&self, node: NodeR<'_>) -> bool {
        self.removed.contains(&node.id())
    }

    /// Step 1: walks the tree once, setting aside unlikely candidates, and lists the elements
    /// to score (Readability's paragraph-like tags, and `div`s holding no block).
    fn set_aside(&mut self) -> Vec<NodeR<'a>> {
        let mut to_score = Vec::new();
        let mut stack = vec![(self.root, false)];
        while let Some((node, in_table)) = stack.pop() {
            let name = tag(node);
            if node != self.root {
                if is_never_text(name) || is_hidden(node) || has_unlikely_role(node) {
                    self.removed.insert(node.id());
                    continue;
                }
                let names = class_and_id(node);
                if self.byline.is_none() && is_byline(node, &names) {
                    let text = dom::text(node);
                    if (1..100).contains(&text.chars().count()) {
                        self.byline = Some(text);
                        let holder = self.byline_holder(node);
                        self.removed.insert(holder.id());
                        continue;
                    }
                }
                if self.flags.strip_unlikely
                    && !in_table
                    && !matches!(name, "body" | "a" | "article" | "main")
                    && is_unlikely(&names)
                {
                    self.removed.insert(node.id());
                    continue;
                }
                match name {
                    "p" | "pre" | "td" | "section" | "h2" | "h3" | "h4" | "h5" | "h6" => {
                        to_score.push(node)
                    }
                    "div" if !has_block_child(node) => to_score.push(node),
                    _ => {}
                }
            }
            let in_table = in_table || name == "table";
            let children: Vec<_> = node.children().filter(|c| c.value().is_element()).collect();
            stack.extend(children.into_iter().rev().map(|c| (c, in_table)));
        }
        to_score
    }

    /// The byline's line: the byline element, or the short block around it that says little
    /// more ("By Ana Silva · 3 March"), so that none of it reads as body text.
    fn byline_holder(&self, node: NodeR<'a>) -> NodeR<'a> {
        let byline_length = dom::text(node).chars().count();
        let mut holder = node;
        while let Some(parent) = holder.parent() {
            if parent == self.root
                || !parent.value().is_element()
                || matches!(tag(parent), "article" | "main" | "body")
                || dom::text(parent).chars().count() > byline_length + 60
            {
                break;
            }
            holder = parent;
            if is_block(tag(holder)) && tag(holder) != "div" {
                break;
            }
        }
        holder
    }

    fn text(&self, node: NodeR<'_>) -> String {
        dom::text_with(node, &|n| self.removed.contains(&n.id()))
    }

    fn link_density(&self, node: NodeR<'_>) -> f64 {
        dom::link_density(node, &|n| self.removed.contains(&n.id()))
    }

    fn class_weight(&self, node: NodeR<'_>) -> f64 {
        if !self.flags.weight_classes {
            return 0.0;
        }
        let mut weight = 0.0;
        for name in ["class", "id"] {
            if let Some(value) = attr(node, name).map(str::to_lowercase) {
                if is_negative(&value) {
                    weight -= 25.0;
                }
                if is_positive(&value) {
                    weight += 25.0;
                }
            }
        }
        weight
    }

    fn initial_score(&self, node: NodeR<'_>) -> f64 {
        let by_tag = match tag(node) {
            "div" | "article" | "main" => 5.0,
            "pre" | "td" | "blockquote" => 3.0,
            "address" | "ol" | "ul" | "dl" | "dd" | "dt" | "li" | "form" => -3.0,
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "th" => -5.0,
            _ => 0.0,
        };
        by_tag + self.class_weight(node)
    }

    /// Step 2.
    fn score(&mut self, to_score: &[NodeR<'a>]) {
        for &node in to_score {
            let text = self.text(node);
            let length = text.chars().count();
            if length < 25 {
                continue;
            }
            let ancestors: Vec<NodeR<'a>> = node
                .ancestors()
                .filter(|a| a.value().is_element())
                .take(5)
                .collect();
            if ancestors.is_empty() {
                continue;
            }
            let score = 1.0 + commas(&text) as f64 + (length / 100).min(3) as f64;
            for (level, ancestor) in ancestors.into_iter().enumerate() {
                let divider = match level {
                    0 => 1.0,
                    1 => 2.0,
                    _ => level as f64 * 3.0,
                };
                if !self.scores.contains_key(&ancestor.id()) {
                    let initial = self.initial_score(ancestor);
                    self.scores.insert(ancestor.id(), initial);
                }
                *self.scores.get_mut(&ancestor.id()).expect("just inserted") += score / divider;
            }
        }
    }

    fn node(&self, id: NodeId) -> NodeR<'a> {
        self.root.tree().get(id).expect("an id from this tree")
    }

    /// Steps 3 and 4: the best candidate and the siblings that join it.
    fn content(&mut self) -> Vec<NodeR<'a>> {
        // Scaled by link density once, as Readability does.
        let ids: Vec<NodeId> = self.scores.keys().copied().collect();
        for id in ids {
            let density = self.link_density(self.node(id));
            if let Some(s) = self.scores.get_mut(&id) {
                *s *= 1.0 - density;
            }
        }
        let mut ranked: Vec<(NodeId, f64)> = self.scores.iter().map(|(k, v)| (*k, *v)).collect();
        // Ties in document order, so the result never depends on hashing.
        ranked.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        ranked.truncate(5);
        let Some(&(top_id, top_score)) = ranked.first() else {
            return vec![self.root];
        };
        if top_id == self.root.id() {
            return vec![self.root];
        }
        let mut top = self.node(top_id);

        // Several close candidates inside one ancestor: the ancestor is the article.
        let close: Vec<Vec<NodeId>> = ranked[1..]
            .iter()
            .filter(|(_, s)| top_score > 0.0 && s / top_score >= 0.75)
            .map(|(id, _)| self.node(*id).ancestors().map(|a| a.id()).collect())
            .collect();
        if close.len() >= 3 {
            let mut parent = top.parent();
            while let Some(p) = parent.filter(|p| *p != self.root) {
                if close.iter().filter(|list| list.contains(&p.id())).count() >= 3 {
                    top = p;
                    break;
                }
                parent = p.parent();
            }
        }
        self.scores.entry(top.id()).or_insert(top_score);

        // A parent scoring higher than its child holds more of the article.
        let mut last = self.scores[&top.id()];
        let threshold = last / 3.0;
        let mut parent = top.parent();
        while let Some(p) = parent.filter(|p| *p != self.root && p.value().is_element()) {
            let Some(&score) = self.scores.get(&p.id()) else {
                parent = p.parent();
                continue;
            };
            if score < threshold {
                break;
            }
            if score > last {
                top = p;
                break;
            }
            last = score;
            parent = p.parent();
        }
        // An only child is as good as its parent.
        while let Some(p) = top
            .parent()
            .filter(|p| *p != self.root && p.value().is_element())
        {
            if p.children().filter(|c| c.value().is_element()).count() != 1 {
                break;
            }
            top = p;
        }

        let top_score = self.scores.get(&top.id()).copied().unwrap_or(top_score);
        let Some(parent) = top.parent().filter(|p| p.value().is_element()) else {
            return vec![top];
        };
        let threshold = (top_score * 0.2).max(10.0);
        let top_class = attr(top, "class").unwrap_or("");
        let mut content = Vec::new();
        for sibling in parent.children().filter(|c| c.value().is_element()) {
            if self.is_removed(sibling) || is_never_text(tag(sibling)) {
                continue;
            }
            if sibling == top {
                content.push(sibling);
                continue;
            }
            let bonus = if !top_class.is_empty() && attr(sibling, "class") == Some(top_class) {
                top_score * 0.2
            } else {
                0.0
            };
            let joins = match self.scores.get(&sibling.id()) {
                Some(s) if s + bonus >= threshold => true,
                _ if tag(sibling) == "p"
                    || (tag(sibling) == "div" && !has_block_child(sibling)) =>
                {
                    let text = self.text(sibling);
                    let length = text.chars().count();
                    let density = self.link_density(sibling);
                    (length > 80 && density < 0.25)
                        || (length < 80
                            && length > 0
                            && density == 0.0
                            && (text.ends_with('.') || text.contains(". ")))
                }
                _ => false,
            };
            if joins {
                content.push(sibling);
            }
        }
        content
    }

    /// Step 5: Readability's conditional cleaning of a container.
    fn drop_conditionally(&self, node: NodeR<'_>) -> bool {
        if !self.flags.clean_conditionally {
            return false;
        }
        let name = tag(node);
        if !matches!(
            name,
            "form" | "fieldset" | "table" | "ul" | "ol" | "div" | "section"
        ) {
            return false;
        }
        let weight = self.class_weight(node);
        let score = self.scores.get(&node.id()).copied().unwrap_or(0.0);
        if weight + score < 0.0 {
            return true;
        }
        let text = self.text(node);
        if commas(&text) >= 10 {
            return false;
        }
        let length = text.chars().count();
        let paragraphs = count_tags(node, &["p"]) as f64;
        let images = count_tags(node, &["img"]) as f64;
        let items = count_tags(node, &["li"]) as f64 - 100.0;
        let inputs = count_tags(node, &["input"]) as f64;
        let embeds = count_tags(node, &["embed", "object", "iframe", "video"]);
        let density = self.link_density(node);
        let is_list = matches!(name, "ul" | "ol");
        (images > 1.0 && paragraphs / images < 0.5)
            || (!is_list && items > paragraphs)
            || (inputs > (paragraphs / 3.0).floor())
            || (!is_list && length < 25 && (images == 0.0 || images > 2.0) && density > 0.0)
            || (!is_list && weight < 25.0 && density > 0.2)
            || (weight >= 25.0 && density > 0.5)
            || (embeds == 1 && length < 75)
            || embeds > 1
    }

    /// Step 6: one block per block element under `node`, in order. Inline content beside
    /// blocks (text straight in a `div`) makes blocks of its own, cut at `<br><br>`.
    fn blocks(&self, node: NodeR<'a>, out: &mut Vec<Block>) {
        let mut stack = vec![Work::Node(node, false)];
        while let Some(work) = stack.pop() {
            let (n, quoted) = match work {
                Work::Run(nodes, kind) => {
                    self.push_block(&nodes, kind, out);
                    continue;
                }
                Work::Node(n, quoted) => (n, quoted),
            };
            let name = tag(n);
            if self.is_removed(n) || is_never_text(name) || name == "h1" {
                continue;
            }
            if n != node && self.drop_conditionally(n) {
                continue;
            }
            if is_caption(n) {
                continue;
            }
            let quoted = quoted || name == "blockquote";
            // A block holding no other block is one block, unless `<br><br>` cuts it.
            let run_kind = if has_block_child(n) {
                kind_of("", quoted)
            } else {
                kind_of(name, quoted)
            };
            // Runs of inline children are blocks; block children recurse.
            let mut pending: Vec<Work<'a>> = Vec::new();
            let mut run: Vec<NodeR<'a>> = Vec::new();
            let mut last_br = false;
            for child in n.children() {
                let t = tag(child);
                let is_br = t == "br";
                let block_child =
                    child.value().is_element() && (is_block(t) || has_block_child(child));
                if block_child || (is_br && last_br) {
                    if !run.is_empty() {
                        pending.push(Work::Run(std::mem::take(&mut run), run_kind));
                    }
                    if block_child {
                        pending.push(Work::Node(child, quoted));
                    }
                    last_br = false;
                    continue;
                }
                if is_br {
                    last_br = true;
                } else if !matches!(child.value(), Node::Text(t) if t.trim().is_empty()) {
                    last_br = false;
                }
                run.push(child);
            }
            if !run.is_empty() {
                pending.push(Work::Run(run, run_kind));
            }
            stack.extend(pending.into_iter().rev());
        }
    }

    /// One block from inline content, unless it is not text a reader would call the article's:
    /// mostly links ("Read more: …", a list of related stories), only a time (a live blog's
    /// "10:42") or fine print (`<small>`), or a caption.
    fn push_block(&self, nodes: &[NodeR<'a>], kind: BlockKind, out: &mut Vec<Block>) {
        let skip = |n: NodeR<'_>| self.removed.contains(&n.id());
        let mut raw = String::new();
        let mut without_times = String::new();
        let mut linked = 0.0;
        for &n in nodes {
            match n.value() {
                Node::Text(t) => {
                    raw.push_str(t);
                    without_times.push_str(t);
                }
                Node::Element(_) => {
                    if skip(n) || is_never_text(tag(n)) || is_caption(n) {
                        continue;
                    }
                    let text = dom::text_with(n, &skip);
                    let length = text.chars().count() as f64;
                    linked += if tag(n) == "a" {
                        length
                    } else {
                        dom::link_density(n, &skip) * length
                    };
                    raw.push(' ');
                    raw.push_str(&text);
                    without_times.push(' ');
                    if !is_aside_text(n) {
                        without_times
                            .push_str(&dom::text_with(n, &|m| skip(m) || is_aside_text(m)));
                    }
                }
                _ => {}
            }
        }
        let text = dom::collapse(&raw);
        let length = text.chars().count();
        if length == 0 || without_times.trim().is_empty() {
            return;
        }
        if linked / length as f64 > 0.5 {
            return;
        }
        out.push(Block { kind, text });
    }
}

enum Work<'a> {
    Node(NodeR<'a>, bool),
    /// Inline nodes side by side, and the kind of block they make.
    Run(Vec<NodeR<'a>>, BlockKind),
}

/// Inline elements whose text alone is not a paragraph: a time stamp, fine print.
fn is_aside_text(node: NodeR<'_>) -> bool {
    matches!(tag(node), "time" | "small")
}

fn kind_of(tag: &str, quoted: bool) -> BlockKind {
    match tag {
        _ if quoted => BlockKind::Quote,
        "h2" | "h3" | "h4" | "h5" | "h6" => BlockKind::Heading,
        "li" | "dd" | "dt" => BlockKind::ListItem,
        "pre" => BlockKind::Preformatted,
        _ => BlockKind::Paragraph,
    }
}

/// Any word in a class or id list matches.
fn any_word(names: &str, words: &[&str]) -> bool {
    words.iter().any(|w| names.contains(w))
}

/// Readability's "unlikely candidates", with consent banners and newsletter boxes added.
fn is_unlikely(names: &str) -> bool {
    const UNLIKELY: &[&str] = &[
        "-ad-",
        "ai2html",
        "banner",
        "breadcrumbs",
        "combx",
        "comment",
        "community",
        "cover-wrap",
        "disqus",
        "extra",
        "footer",
        "gdpr",
        "header",
        "legends",
        "menu",
        "related",
        "remark",
        "replies",
        "rss",
        "shoutbox",
        "sidebar",
        "skyscraper",
        "social",
        "sponsor",
        "supplemental",
        "ad-break",
        "agegate",
        "pagination",
        "pager",
        "popup",
        "yom-remote",
        "cookie",
        "consent",
        "newsletter",
        "signup",
        "outbrain",
        "taboola",
        "recommend",
        "most-read",
        "trending",
        "share",
        "paywall",
        "subscri",
    ];
    const MAYBE: &[&str] = &[
        "and", "article", "body", "column", "content", "main", "mathjax", "shadow",
    ];
    if names.trim().is_empty() {
        return false;
    }
    let ad_word = names
        .split(|c: char| !c.is_ascii_alphanumeric())
        .any(|w| matches!(w, "ad" | "ads" | "advert" | "advertisement"));
    (ad_word || any_word(names, UNLIKELY)) && !any_word(names, MAYBE)
}

fn is_negative(names: &str) -> bool {
    const NEGATIVE: &[&str] = &[
        "-ad-",
        "hidden",
        "banner",
        "combx",
        "comment",
        "com-",
        "contact",
        "footer",
        "gdpr",
        "masthead",
        "media",
        "meta",
        "outbrain",
        "promo",
        "related",
        "scroll",
        "share",
        "shoutbox",
        "sidebar",
        "skyscraper",
        "sponsor",
        "shopping",
        "tags",
        "widget",
        "caption",
        "cookie",
        "consent",
        "newsletter",
    ];
    any_word(names, NEGATIVE) || names.split_whitespace().any(|w| w == "hid")
}

fn is_positive(names: &str) -> bool {
    const POSITIVE: &[&str] = &[
        "article",
        "body",
        "content",
        "entry",
        "hentry",
        "h-entry",
        "main",
        "page",
        "pagination",
        "post",
        "text",
        "blog",
        "story",
    ];
    any_word(names, POSITIVE)
}

fn is_byline(node: NodeR<'_>, names: &str) -> bool {
    attr(node, "rel") == Some("author")
        || attr(node, "itemprop").is_some_and(|p| p.contains("author"))
        || any_word(names, &["byline", "author", "writtenby", "p-author"])
}

fn is_caption(node: NodeR<'_>) -> bool {
    any_word(&class_and_id(node), &["caption", "credit"])
}

fn is_hidden(node: NodeR<'_>) -> bool {
    if attr(node, "hidden").is_some() || attr(node, "aria-hidden") == Some("true") {
        return true;
    }
    attr(node, "style").is_some_and(|s| {
        let s: String = s.to_lowercase().split_whitespace().collect();
        s.contains("display:none") || s.contains("visibility:hidden")
    })
}

fn has_unlikely_role(node: NodeR<'_>) -> bool {
    attr(node, "role").is_some_and(|r| {
        matches!(
            r,
            "menu"
                | "menubar"
                | "complementary"
                | "navigation"
                | "alert"
                | "alertdialog"
                | "dialog"
        )
    })
}
