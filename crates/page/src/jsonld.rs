//! The page's JSON-LD (schema.org): the article object and the properties the metadata needs.
//! Handles what CMSs write: one object, an array, a `@graph`, references by `@id`, `@type` as
//! a string or a list, and `author` as a string, an object or a list of either.

use super::dom::{attr, tag, NodeR};
use serde_json::{Map, Value};

#[derive(Debug, Default)]
pub struct LdArticle {
    /// (value, property it came from)
    pub title: Option<(String, &'static str)>,
    pub authors: Vec<String>,
    pub date: Option<String>,
    pub publisher: Option<String>,
    pub url: Option<(String, &'static str)>,
    pub description: Option<String>,
    pub language: Option<String>,
}

const ARTICLE_TYPES: &[&str] = &[
    "Article",
    "NewsArticle",
    "ReportageNewsArticle",
    "AnalysisNewsArticle",
    "OpinionNewsArticle",
    "BackgroundNewsArticle",
    "ReviewNewsArticle",
    "AskPublicNewsArticle",
    "BlogPosting",
    "LiveBlogPosting",
    "Report",
    "TechArticle",
    "ScholarlyArticle",
    "SocialMediaPosting",
];

const ORGANIZATION_TYPES: &[&str] = &[
    "Organization",
    "NewsMediaOrganization",
    "Corporation",
    "NGO",
    "GovernmentOrganization",
];

pub fn read(root: NodeR<'_>) -> Option<LdArticle> {
    let mut objects: Vec<Map<String, Value>> = Vec::new();
    for node in root.descendants() {
        if tag(node) != "script"
            || !attr(node, "type")
                .is_some_and(|t| t.trim().eq_ignore_ascii_case("application/ld+json"))
        {
            continue;
        }
        let text: String = node
            .children()
            .filter_map(|c| c.value().as_text().map(|t| t.to_string()))
            .collect();
        // Some CMSs wrap the JSON in a comment or CDATA marks.
        let text = text.trim();
        let text = text
            .strip_prefix("<!--")
            .and_then(|t| t.strip_suffix("-->"))
            .unwrap_or(text);
        let text = text.trim();
        let text = text
            .strip_prefix("//<![CDATA[")
            .and_then(|t| t.strip_suffix("//]]>"))
            .unwrap_or(text);
        if let Ok(value) = serde_json::from_str::<Value>(text) {
            flatten(value, &mut objects, 0);
        }
    }
    let article = objects.iter().find(|o| has_type(o, ARTICLE_TYPES))?.clone();
    let resolve = |value: &Value| -> Option<Map<String, Value>> {
        let object = value.as_object()?;
        match object.get("@id").and_then(Value::as_str) {
            Some(id) if object.len() == 1 => objects
                .iter()
                .find(|o| o.get("@id").and_then(Value::as_str) == Some(id))
                .cloned(),
            _ => Some(object.clone()),
        }
    };
    let mut out = LdArticle {
        title: string(&article, "headline")
            .map(|t| (t, "headline"))
            .or_else(|| string(&article, "name").map(|t| (t, "name"))),
        ..LdArticle::default()
    };
    if let Some(author) = article.get("author") {
        let list: Vec<&Value> = match author {
            Value::Array(items) => items.iter().collect(),
            other => vec![other],
        };
        for item in list {
            let name = match item {
                Value::String(s) => Some(s.clone()),
                Value::Object(_) => resolve(item)
                    .filter(|o| !has_type(o, ORGANIZATION_TYPES))
                    .and_then(|o| string(&o, "name")),
                _ => None,
            };
            if let Some(name) = name.filter(|n| !n.starts_with("http")) {
                out.authors.push(name);
            }
        }
    }
    out.date = string(&article, "datePublished");
    out.publisher = match article.get("publisher") {
        Some(Value::String(s)) => Some(s.trim().to_string()).filter(|s| !s.is_empty()),
        Some(p @ Value::Object(_)) => resolve(p).and_then(|o| string(&o, "name")),
        Some(Value::Array(items)) => items
            .iter()
            .find_map(|p| resolve(p).and_then(|o| string(&o, "name"))),
        _ => None,
    };
    out.url = string(&article, "url").map(|u| (u, "url")).or_else(|| {
        match article.get("mainEntityOfPage") {
            Some(Value::String(s)) => Some(s.clone()),
            Some(Value::Object(o)) => string(o, "@id").or_else(|| string(o, "url")),
            _ => None,
        }
        .map(|u| (u, "mainEntityOfPage"))
    });
    out.description = string(&article, "description");
    out.language = match article.get("inLanguage") {
        Some(Value::Object(o)) => string(o, "alternateName").or_else(|| string(o, "name")),
        _ => string(&article, "inLanguage"),
    };
    Some(out)
}

/// Every object of a JSON-LD value: arrays and `@graph`s opened (to a sane depth).
fn flatten(value: Value, out: &mut Vec<Map<String, Value>>, depth: usize) {
    if depth > 8 {
        return;
    }
    match value {
        Value::Array(items) => {
            for item in items {
                flatten(item, out, depth + 1);
            }
        }
        Value::Object(mut object) => {
            if let Some(graph) = object.remove("@graph") {
                flatten(graph, out, depth + 1);
            }
            // A WebPage whose mainEntity is the article.
            if let Some(main) = object.get("mainEntity").cloned() {
                if main.is_object() {
                    flatten(main, out, depth + 1);
                }
            }
            out.push(object);
        }
        _ => {}
    }
}

fn has_type(object: &Map<String, Value>, types: &[&str]) -> bool {
    let matches = |t: &str| {
        let t = t.rsplit(['/', ':']).next().unwrap_or(t);
        types.contains(&t)
    };
    match object.get("@type") {
        Some(Value::String(t)) => matches(t),
        Some(Value::Array(list)) => list.iter().filter_map(Value::as_str).any(matches),
        _ => false,
    }
}

/// A property's text: a string, or the first string of a list. Whitespace collapsed.
fn string(object: &Map<String, Value>, key: &str) -> Option<String> {
    let value = match object.get(key)? {
        Value::String(s) => s.as_str(),
        Value::Array(items) => items.iter().find_map(Value::as_str)?,
        _ => return None,
    };
    let value = super::dom::collapse(value);
    (!value.is_empty()).then_some(value)
}
