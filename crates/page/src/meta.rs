//! The metadata the page states, each value with where it was found, in the order of trust:
//! JSON-LD first (what the CMS says about the article), then OpenGraph and other `<meta>`
//! elements, microdata, and last what the page prints (`<title>`, `<h1>`, `<time>`).

use super::dom::{self, attr, tag, NodeR};
use super::jsonld;
use super::{Found, Origin, PageMeta};
use scraper::Html;
use std::collections::HashMap;

pub fn read(doc: &Html, address: Option<&str>) -> PageMeta {
    let root = doc.tree.root();
    let metas = meta_elements(root);
    let ld = jsonld::read(root).unwrap_or_default();
    let micro = Microdata::read(root);
    let base = base_address(root, address);
    let meta = |name: &'static str| -> Option<Found<String>> {
        metas.get(name).map(|v| Found {
            value: v.clone(),
            origin: Origin::Meta(name),
        })
    };
    let first = |list: Vec<Option<Found<String>>>| list.into_iter().flatten().next();
    let ld_found = |value: Option<String>, name: &'static str| {
        value.map(|value| Found {
            value,
            origin: Origin::JsonLd(name),
        })
    };

    let outlet = first(vec![
        ld_found(ld.publisher.clone(), "publisher.name"),
        meta("og:site_name"),
        micro.found("publisher"),
        meta("application-name"),
    ]);
    let site = outlet.as_ref().map(|o| o.value.clone());

    let h1 = root
        .descendants()
        .find(|n| tag(*n) == "h1")
        .map(dom::text)
        .filter(|t| !t.is_empty());
    let title_element = root
        .descendants()
        .find(|n| tag(*n) == "title")
        .map(dom::text)
        .map(|t| strip_site_name(&t, site.as_deref(), h1.as_deref()))
        .filter(|t| !t.is_empty())
        .map(|value| Found {
            value,
            origin: Origin::TitleElement,
        });
    let heading = h1.map(|value| Found {
        value,
        origin: Origin::Heading,
    });
    let stripped = |found: Option<Found<String>>| {
        found.map(|f| Found {
            value: strip_site_suffix(&f.value, site.as_deref()),
            origin: f.origin,
        })
    };
    let title = first(vec![
        ld.title.clone().map(|(value, name)| Found {
            value,
            origin: Origin::JsonLd(name),
        }),
        stripped(meta("og:title")),
        stripped(meta("twitter:title")),
        micro.found("headline"),
        title_element,
        heading,
    ]);

    let authors = if !ld.authors.is_empty() {
        Some(Found {
            value: ld.authors.iter().flat_map(|a| split_names(a)).collect(),
            origin: Origin::JsonLd("author"),
        })
    } else {
        ["author", "article:author", "dc.creator", "parsely-author"]
            .into_iter()
            .find_map(|name| {
                let names: Vec<String> = metas
                    .get(name)
                    .filter(|v| !v.starts_with("http"))
                    .map(|v| split_names(v))
                    .unwrap_or_default();
                (!names.is_empty()).then_some(Found {
                    value: names,
                    origin: Origin::Meta(name),
                })
            })
            .or_else(|| {
                let names: Vec<String> =
                    micro.authors.iter().flat_map(|a| split_names(a)).collect();
                (!names.is_empty()).then_some(Found {
                    value: names,
                    origin: Origin::Microdata("author"),
                })
            })
    }
    .filter(|f| !f.value.is_empty());

    let date = [
        ld_found(ld.date.clone(), "datePublished"),
        meta("article:published_time"),
        micro.found("datePublished"),
        meta("date"),
        meta("pubdate"),
        meta("publishdate"),
        meta("dc.date.issued"),
        meta("dc.date"),
        time_element(root),
    ]
    .into_iter()
    .flatten()
    .find_map(|f| {
        calendar_date(&f.value).map(|value| Found {
            value,
            origin: f.origin,
        })
    });

    let canonical = root
        .descendants()
        .find(|n| {
            tag(*n) == "link"
                && attr(*n, "rel").is_some_and(|r| {
                    r.split_whitespace()
                        .any(|t| t.eq_ignore_ascii_case("canonical"))
                })
        })
        .and_then(|n| attr(n, "href"))
        .map(|href| Found {
            value: href.to_string(),
            origin: Origin::CanonicalLink,
        });
    let url = [
        canonical,
        meta("og:url"),
        ld.url.clone().map(|(value, name)| Found {
            value,
            origin: Origin::JsonLd(name),
        }),
        micro.found("url"),
        address.map(|a| Found {
            value: a.to_string(),
            origin: Origin::FetchedFrom,
        }),
    ]
    .into_iter()
    .flatten()
    .find_map(|f| {
        absolute_web_url(&f.value, base.as_ref()).map(|value| Found {
            value,
            origin: f.origin,
        })
    });

    let html_lang = root
        .descendants()
        .find(|n| tag(*n) == "html")
        .and_then(|n| attr(n, "lang"))
        .map(|l| Found {
            value: l.to_string(),
            origin: Origin::HtmlLang,
        });
    let language = [
        html_lang,
        metas.get("content-language").map(|v| Found {
            value: v.clone(),
            origin: Origin::Meta("content-language"),
        }),
        ld_found(ld.language.clone(), "inLanguage"),
        micro.found("inLanguage"),
        meta("og:locale").map(|f| Found {
            value: f.value.replace('_', "-"),
            origin: f.origin,
        }),
    ]
    .into_iter()
    .flatten()
    .find_map(|f| {
        language_tag(&f.value).map(|value| Found {
            value,
            origin: f.origin,
        })
    });

    let description = first(vec![
        ld_found(ld.description.clone(), "description"),
        meta("og:description"),
        meta("description"),
        meta("twitter:description"),
        micro.found("description"),
    ]);

    PageMeta {
        title,
        authors,
        date,
        outlet,
        url,
        language,
        description,
    }
}

/// `<meta>` content by property, name, itemprop or http-equiv (lower-cased); the first wins.
fn meta_elements(root: NodeR<'_>) -> HashMap<String, String> {
    let mut out = HashMap::new();
    for node in root.descendants().filter(|n| tag(*n) == "meta") {
        let Some(content) = attr(node, "content").map(dom::collapse) else {
            continue;
        };
        if content.is_empty() {
            continue;
        }
        for key in ["property", "name", "itemprop", "http-equiv"] {
            if let Some(k) = attr(node, key) {
                // `property` may hold several names ("og:title twitter:title").
                for k in k.split_whitespace() {
                    out.entry(k.to_lowercase())
                        .or_insert_with(|| content.clone());
                }
            }
        }
    }
    out
}

/// schema.org microdata inside an Article-typed `itemscope`.
#[derive(Default)]
struct Microdata {
    props: HashMap<&'static str, String>,
    authors: Vec<String>,
}

impl Microdata {
    fn read(root: NodeR<'_>) -> Microdata {
        let mut out = Microdata::default();
        let Some(scope) = root.descendants().find(|n| {
            attr(*n, "itemscope").is_some()
                && attr(*n, "itemtype").is_some_and(|t| {
                    let t = t.rsplit('/').next().unwrap_or(t);
                    t.ends_with("Article") || t == "BlogPosting" || t == "LiveBlogPosting"
                })
        }) else {
            return out;
        };
        for node in scope.descendants().skip(1) {
            let Some(props) = attr(node, "itemprop") else {
                continue;
            };
            // Properties of a nested item belong to it, not the article (bar the ones read
            // through it below).
            if nested_scope(node, scope) {
                continue;
            }
            for prop in props.split_whitespace() {
                let key: &'static str = match prop {
                    "headline" => "headline",
                    "datePublished" => "datePublished",
                    "url" => "url",
                    "description" => "description",
                    "inLanguage" => "inLanguage",
                    "author" | "creator" => {
                        if let Some(name) = item_name(node) {
                            out.authors.push(name);
                        }
                        continue;
                    }
                    "publisher" => {
                        if let Some(name) = item_name(node) {
                            out.props.entry("publisher").or_insert(name);
                        }
                        continue;
                    }
                    _ => continue,
                };
                let value = item_value(node);
                if !value.is_empty() {
                    out.props.entry(key).or_insert(value);
                }
            }
        }
        out
    }

    fn found(&self, prop: &'static str) -> Option<Found<String>> {
        self.props.get(prop).map(|v| Found {
            value: v.clone(),
            origin: Origin::Microdata(prop),
        })
    }
}

fn nested_scope(node: NodeR<'_>, scope: NodeR<'_>) -> bool {
    node.ancestors()
        .take_while(|a| *a != scope)
        .any(|a| attr(a, "itemscope").is_some())
}

/// A microdata value: `content`, `datetime`, a link's address, or the text.
fn item_value(node: NodeR<'_>) -> String {
    let value = match tag(node) {
        "meta" => attr(node, "content").map(str::to_string),
        "time" => attr(node, "datetime").map(str::to_string),
        "a" | "link" | "area" => attr(node, "href").map(str::to_string),
        _ => attr(node, "content").map(str::to_string),
    };
    dom::collapse(&value.unwrap_or_else(|| dom::text(node)))
}

/// The name of a nested item (an author, a publisher), or the element's own value.
fn item_name(node: NodeR<'_>) -> Option<String> {
    let value = if attr(node, "itemscope").is_some() {
        node.descendants()
            .skip(1)
            .find(|d| {
                attr(*d, "itemprop").is_some_and(|p| p.split_whitespace().any(|p| p == "name"))
            })
            .map(item_value)?
    } else {
        item_value(node)
    };
    (!value.is_empty() && !value.starts_with("http")).then_some(value)
}

/// The first `<time datetime>` of the article (or of the page when it marks no article).
fn time_element(root: NodeR<'_>) -> Option<Found<String>> {
    let within = root
        .descendants()
        .find(|n| tag(*n) == "article")
        .unwrap_or(root);
    within
        .descendants()
        .filter(|n| tag(*n) == "time")
        .find_map(|n| attr(n, "datetime"))
        .map(|value| Found {
            value: value.to_string(),
            origin: Origin::TimeElement,
        })
}

/// `YYYY-MM-DD` from an ISO 8601 date or date-time, if it is a real calendar date (the model's
/// own check) from 1800 on: an earlier year is a template's placeholder, not a publication date.
pub fn calendar_date(value: &str) -> Option<String> {
    let value = value.trim();
    let date = value.get(..10)?;
    let rest = &value[10..];
    if !(rest.is_empty() || rest.starts_with(['T', 't', ' '])) {
        return None;
    }
    (article_model::is_iso_date(date) && &date[..4] >= "1800").then(|| date.to_string())
}

/// `<base href>` or the page's own address: what relative links resolve against.
fn base_address(root: NodeR<'_>, address: Option<&str>) -> Option<url::Url> {
    let own = address.and_then(|a| url::Url::parse(a).ok());
    let base = root
        .descendants()
        .find(|n| tag(*n) == "base")
        .and_then(|n| attr(n, "href"));
    match (base, &own) {
        (Some(b), Some(own)) => own.join(b).ok().or(Some(own.clone())),
        (Some(b), None) => url::Url::parse(b).ok(),
        (None, own) => own.clone(),
    }
}

/// An absolute http(s) address, resolving a relative one when the page's address is known.
fn absolute_web_url(value: &str, base: Option<&url::Url>) -> Option<String> {
    let value = value.trim();
    let parsed = match url::Url::parse(value) {
        Ok(u) => u,
        Err(url::ParseError::RelativeUrlWithoutBase) => base?.join(value).ok()?,
        Err(_) => return None,
    };
    (matches!(parsed.scheme(), "http" | "https") && parsed.host_str().is_some())
        .then(|| parsed.to_string())
}

/// A BCP 47 tag as pages write them (`en`, `fr-FR`, `ar_EG`), else nothing.
fn language_tag(value: &str) -> Option<String> {
    let value = value.trim().replace('_', "-");
    let mut parts = value.split('-');
    let primary = parts.next()?;
    let ok = (2..=3).contains(&primary.len())
        && primary.chars().all(|c| c.is_ascii_alphabetic())
        && parts
            .all(|p| (1..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphanumeric()));
    ok.then(|| value.to_string())
}

const SEPARATORS: &[&str] = &[
    " | ", " - ", " – ", " — ", " · ", " :: ", " » ", " / ", " « ",
];

/// `<title>` without the site name: the part that is the outlet's name goes; else the part the
/// page prints as its `<h1>`; else Readability's rule (the part before the last separator, or
/// after the first when that leaves under three words).
fn strip_site_name(title: &str, site: Option<&str>, h1: Option<&str>) -> String {
    let title = dom::collapse(title);
    if let Some(h1) = h1.map(dom::fold) {
        let mut parts = vec![title.clone()];
        for sep in SEPARATORS {
            parts = parts
                .iter()
                .flat_map(|p| {
                    p.split(sep)
                        .map(|p| p.trim().to_string())
                        .collect::<Vec<_>>()
                })
                .collect();
        }
        if let Some(part) = parts.into_iter().find(|p| dom::fold(p) == h1) {
            return part;
        }
    }
    if site.is_some() {
        let stripped = strip_site_suffix(&title, site);
        if stripped != title {
            return stripped;
        }
    }
    let Some((before_last, after_first)) = split_at_separators(&title) else {
        return title;
    };
    if before_last.split_whitespace().count() >= 3 {
        before_last
    } else if after_first.split_whitespace().count() >= 3 {
        after_first
    } else {
        title
    }
}

fn split_at_separators(title: &str) -> Option<(String, String)> {
    let last = SEPARATORS
        .iter()
        .filter_map(|s| title.rfind(s).map(|i| (i, s.len())))
        .max_by_key(|(i, _)| *i)?;
    let first = SEPARATORS
        .iter()
        .filter_map(|s| title.find(s).map(|i| (i, s.len())))
        .min_by_key(|(i, _)| *i)?;
    Some((
        title[..last.0].trim().to_string(),
        title[first.0 + first.1..].trim().to_string(),
    ))
}

/// A title with " | Outlet" (or "Outlet | ") around it loses the outlet's name.
fn strip_site_suffix(title: &str, site: Option<&str>) -> String {
    let title = dom::collapse(title);
    let Some(site) = site.map(dom::fold).filter(|s| !s.is_empty()) else {
        return title;
    };
    for sep in SEPARATORS {
        if let Some((head, tail)) = title.rsplit_once(sep) {
            if dom::fold(tail) == site && !head.trim().is_empty() {
                return head.trim().to_string();
            }
        }
        if let Some((head, tail)) = title.split_once(sep) {
            if dom::fold(head) == site && !tail.trim().is_empty() {
                return tail.trim().to_string();
            }
        }
    }
    title
}

/// Names in a byline: "By Ana Silva and Tom Roe, 3 March 2026" gives Ana Silva, Tom Roe.
pub fn names_in_byline(text: &str) -> Vec<String> {
    // What follows a separator is a date, a role or an outlet, not a name.
    let mut text = dom::collapse(text);
    for sep in [" | ", " · ", " — ", " – ", "\u{2022}"] {
        if let Some((head, _)) = text.split_once(sep) {
            text = head.to_string();
        }
    }
    split_names(&text)
}

/// Splits a list of names ("A, B and C"), drops a leading "By"/"Par"/"Von"/"Por"/"بقلم", and
/// keeps what reads as a name: no digits, no address, at most six words.
pub fn split_names(text: &str) -> Vec<String> {
    let mut text = dom::collapse(text);
    const LEADS: &[&str] = &[
        "written by ",
        "reporting by ",
        "by ",
        "par ",
        "von ",
        "por ",
        "di ",
        "door ",
        "بقلم ",
        "بقلم: ",
        "كتب ",
        "text: ",
        "texte : ",
    ];
    loop {
        let lower = text.to_lowercase();
        let Some(lead) = LEADS.iter().find(|l| lower.starts_with(*l)) else {
            break;
        };
        // The leads are ASCII or uncased Arabic: lower-casing kept their byte length.
        let Some(rest) = text.get(lead.len()..) else {
            break;
        };
        text = rest.trim_start_matches(':').trim().to_string();
    }
    let mut parts = vec![text];
    for sep in [
        ", ", "، ", " and ", " & ", " et ", " und ", " y ", " e ", " و ", ";",
    ] {
        parts = parts
            .iter()
            .flat_map(|p| p.split(sep).map(str::to_string).collect::<Vec<_>>())
            .collect();
    }
    parts
        .into_iter()
        .map(|p| p.trim().trim_end_matches(['.', ',']).trim().to_string())
        .filter(|p| {
            !p.is_empty()
                && !p.chars().any(|c| c.is_ascii_digit())
                && !p.contains("://")
                && !p.contains('@')
                && p.split_whitespace().count() <= 6
                && p.chars().any(char::is_alphabetic)
        })
        .collect()
}
