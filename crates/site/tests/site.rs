//! The corpus browser's generator, natively: a small corpus with hostile data in every field,
//! built into a temporary folder, then read back as a reader's browser and a static host would.

use article_model::Article;
use article_site::{search, CorpusVoice, Locale, SiteArticle, SiteBuilder, SiteOptions, Who};
use serde_json::{json, Value};
use std::collections::{BTreeMap, HashSet};
use std::fs;
use std::path::{Path, PathBuf};

const HOSTILE: &str = "<script>alert(1)</script>\"'&<img src=x onerror=alert(2)>";

fn temp(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("article-site-{name}-{}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    dir
}

/// A stand-in for the viewer's dist/: the files the site links to. One per site built, since the
/// tests run in parallel threads of one process and `temp` clears its directory first.
fn viewer(name: &str) -> PathBuf {
    let dir = temp(&format!("viewer-{name}"));
    fs::create_dir_all(&dir).unwrap();
    for file in ["index.html", "embed.html", "embed.js", "style.css"] {
        fs::write(dir.join(file), "viewer").unwrap();
    }
    dir
}

fn article(title: &str, outlet: &str, date: &str, quote: &str, speaker: &str) -> Article {
    let json = json!({
        "meta": { "title": title, "date": { "value": date, "year_inferred": false }, "language": "en" },
        "source": { "outlet": outlet, "url": "https://example.org/a?x=1&y=2" },
        "voices": [
            { "id": "outlet", "name": outlet, "short_name": outlet, "kind": "outlet" },
            { "id": "speaker", "name": speaker, "short_name": speaker, "role": HOSTILE, "kind": "person" },
            { "id": "unnamed", "name": "a source close to the talks", "short_name": "source", "role": "anonymous source", "kind": "person" }
        ],
        "paragraphs": [
            { "passages": [
                { "voice": "outlet", "kind": "narration", "text": "Before the quote, " },
                { "voice": "speaker", "kind": "direct", "text": quote },
                { "voice": "outlet", "kind": "narration", "text": " the speaker said." }
            ] },
            { "passages": [
                { "voice": "unnamed", "kind": "paraphrase", "text": "the talks would resume on Friday." }
            ] }
        ]
    });
    Article::parse(&json.to_string()).expect("valid test article")
}

fn corpus() -> Vec<SiteArticle> {
    let hostile_voice = CorpusVoice {
        id: format!("../{HOSTILE}"),
        name: format!("Ana {HOSTILE}"),
        who: Who::Person,
    };
    vec![
        SiteArticle {
            id: "../../etc/passwd".into(),
            reviewed: true,
            article: article(
                HOSTILE,
                HOSTILE,
                "2026-03-02",
                "“Évidemment, the bridge will open,”",
                "Ana Silva",
            ),
            corpus_voices: vec![("speaker".into(), hostile_voice.clone())],
        },
        SiteArticle {
            id: "plain-id".into(),
            reviewed: false,
            article: article(
                "Second",
                "Harbour Wire",
                "2026-04-10",
                "“The budget is ready,”",
                "Ana Silva",
            ),
            corpus_voices: vec![("speaker".into(), hostile_voice)],
        },
        SiteArticle {
            id: "plain-id".into(),
            reviewed: false,
            article: article(
                "Third, same id",
                "Harbour Wire",
                "2025-12-31",
                "“Nothing to add,”",
                "Bo Chen",
            ),
            corpus_voices: vec![],
        },
    ]
}

fn build(name: &str, locale: Locale) -> (PathBuf, article_site::Summary) {
    let out = temp(name);
    let options = SiteOptions {
        viewer: viewer(name),
        locale,
        title: None,
    };
    let mut site = SiteBuilder::create(&out, options).expect("site created");
    for a in corpus() {
        site.add(a).expect("article added");
    }
    let summary = site.finish().expect("site finished");
    (out, summary)
}

fn files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(files(&path));
        } else {
            out.push(path);
        }
    }
    out
}

fn pages(dir: &Path) -> Vec<PathBuf> {
    files(dir)
        .into_iter()
        .filter(|p| {
            p.extension().is_some_and(|e| e == "html") && !p.starts_with(dir.join("viewer"))
        })
        .collect()
}

/// The values of `attr="…"` in a page (attributes are always double-quoted here).
fn attributes(html: &str, attr: &str) -> Vec<String> {
    let needle = format!(" {attr}=\"");
    html.match_indices(&needle)
        .map(|(i, _)| {
            let rest = &html[i + needle.len()..];
            rest[..rest.find('"').unwrap()].replace("&amp;", "&")
        })
        .collect()
}

#[test]
fn hostile_data_is_escaped_everywhere() {
    let (out, _) = build("hostile", Locale::En);
    for page in pages(&out) {
        let html = fs::read_to_string(&page).unwrap();
        assert!(!html.contains("<script>alert"), "{}", page.display());
        assert!(!html.contains("<img src=x"), "{}", page.display());
        // The only scripts are the site's module and its words as JSON data.
        for (i, _) in html.match_indices("<script") {
            let tag = &html[i..i + html[i..].find('>').unwrap()];
            assert!(
                tag.contains("src=\"") || tag.contains("type=\"application/json\""),
                "inline script in {}: {tag}",
                page.display()
            );
        }
        assert!(
            !html.contains(" style="),
            "inline style in {}",
            page.display()
        );
    }
    let home = fs::read_to_string(out.join("articles/index.html")).unwrap();
    assert!(home.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    // JSON files stay JSON: the hostile text round-trips as data.
    let index: Value =
        serde_json::from_str(&fs::read_to_string(out.join("data/articles.json")).unwrap()).unwrap();
    assert!(index["rows"]
        .as_array()
        .unwrap()
        .iter()
        .any(|r| r[1] == HOSTILE));
}

#[test]
fn every_link_is_relative_and_reaches_a_written_file() {
    let (out, _) = build("links", Locale::En);
    let mut checked = 0;
    for page in pages(&out) {
        let html = fs::read_to_string(&page).unwrap();
        for link in attributes(&html, "href")
            .into_iter()
            .chain(attributes(&html, "src"))
        {
            if link.starts_with("https://example.org/")
                || link.starts_with("data:")
                || link.starts_with('#')
            {
                continue;
            }
            assert!(
                !link.starts_with('/') && !link.contains("://"),
                "{link} in {}",
                page.display()
            );
            let path = link.split(['?', '#']).next().unwrap();
            let target = page.parent().unwrap().join(path);
            assert!(
                target.is_file(),
                "{link} in {} leads nowhere",
                page.display()
            );
            // The viewer's `?article=` is relative to the viewer's folder.
            if let Some(article) = link.split("article=").nth(1) {
                let file = article.split(['&', '#']).next().unwrap();
                let json = target.parent().unwrap().join(file);
                assert!(json.is_file(), "{link}: no {}", json.display());
                Article::parse(&fs::read_to_string(json).unwrap()).expect("the viewer can read it");
            }
            checked += 1;
        }
    }
    assert!(checked > 50, "{checked} links checked");
}

#[test]
fn every_page_is_written_with_landmarks() {
    let (out, summary) = build("pages", Locale::En);
    for file in [
        "index.html",
        "articles/index.html",
        "voices/index.html",
        "search.html",
        "stats.html",
        "search/manifest.json",
        "data/articles.json",
        "assets/site.js",
        "assets/site.css",
        "viewer/index.html",
    ] {
        assert!(out.join(file).is_file(), "{file}");
    }
    // Three articles, two with one id: each its own page and JSON.
    let articles: Vec<_> = fs::read_dir(out.join("a"))
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    assert_eq!(
        articles.iter().filter(|f| f.ends_with(".html")).count(),
        3,
        "{articles:?}"
    );
    assert!(
        articles.contains(&"plain-id.html".to_string())
            && articles.contains(&"plain-id-2.html".to_string())
    );
    assert!(articles
        .iter()
        .all(|f| !f.contains("..") && !f.contains('/')));
    // Voices: the hostile one across two articles, Bo Chen, and the anonymous source (one, by name).
    assert_eq!(summary.voices, 3);
    assert_eq!(summary.quotes, 6);
    let hostile_page = fs::read_dir(out.join("v"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| {
            fs::read_to_string(p)
                .unwrap()
                .contains("Ana &lt;script&gt;")
        })
        .expect("the voice's page");
    let html = fs::read_to_string(hostile_page).unwrap();
    assert_eq!(
        html.matches("<blockquote").count(),
        2,
        "both quotes, in context"
    );
    assert!(
        html.contains("Before the quote,"),
        "the paragraph around it"
    );
    assert!(
        html.contains("#voices=speaker"),
        "each links to the viewer with the voice selected"
    );
    assert_eq!(summary.pages, pages(&out).len());
    for page in pages(&out) {
        let html = fs::read_to_string(&page).unwrap();
        for landmark in [
            "<header",
            "<nav",
            "<main id=\"main\"",
            "<footer",
            "<h1",
            "class=\"cs-skip\" href=\"#main\"",
        ] {
            assert!(html.contains(landmark), "{landmark} in {}", page.display());
        }
    }
    let stats = fs::read_to_string(out.join("stats.html")).unwrap();
    assert_eq!(stats.matches("<svg").count(), 3);
    assert_eq!(
        stats.matches("<table").count(),
        3,
        "a table beside each chart"
    );
    assert!(
        stats.contains("url(#outlet-hatch)"),
        "series told apart by pattern"
    );
}

#[test]
fn search_shards_find_every_word_of_every_quote() {
    let (out, summary) = build("shards", Locale::En);
    let manifest: Value =
        serde_json::from_str(&fs::read_to_string(out.join("search/manifest.json")).unwrap())
            .unwrap();
    let shards: Vec<(String, u64)> = manifest["shards"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| (s[0].as_str().unwrap().to_string(), s[1].as_u64().unwrap()))
        .collect();
    assert_eq!(shards.len(), summary.shards);
    let size = manifest["fragment_size"].as_u64().unwrap() as usize;
    let mut quotes = Vec::new();
    for k in 0..summary.fragments {
        let fragment: Value = serde_json::from_str(
            &fs::read_to_string(out.join(format!("search/f/{k}.json"))).unwrap(),
        )
        .unwrap();
        quotes.extend(fragment.as_array().unwrap().clone());
    }
    assert_eq!(quotes.len(), summary.quotes);
    let mut found_words = HashSet::new();
    for (n, quote) in quotes.iter().enumerate() {
        for word in search::tokens(quote[0].as_str().unwrap()) {
            // The shards a browser would fetch for this word.
            let mut ids = Vec::new();
            for (key, file) in shards
                .iter()
                .filter(|(key, _)| word.starts_with(key.as_str()))
            {
                let shard: BTreeMap<String, Vec<u32>> = serde_json::from_str(
                    &fs::read_to_string(out.join(format!("search/s/{file}.json"))).unwrap(),
                )
                .unwrap();
                if let Some(deltas) = shard.get(&word) {
                    let mut id = 0;
                    ids.extend(deltas.iter().map(|d| {
                        id += d;
                        id as usize
                    }));
                }
                let _ = key;
            }
            assert!(ids.contains(&n), "{word:?} does not find quote {n}");
            found_words.insert(word);
        }
        assert!(n / size < summary.fragments);
    }
    assert!(found_words.contains("evidemment"), "accents folded");
    // Newest first: the April article's quote is number 0.
    assert!(quotes[0][0].as_str().unwrap().contains("budget"));
}

#[test]
fn large_prefixes_split_into_smaller_shards() {
    let out = temp("split");
    let options = SiteOptions {
        viewer: viewer("split"),
        locale: Locale::En,
        title: None,
    };
    let mut site = SiteBuilder::create(&out, options).unwrap();
    for i in 0..3000 {
        let quote = format!("“Token{i} tokens token{} talks,”", i * 7);
        site.add(SiteArticle {
            id: format!("a{i}"),
            reviewed: false,
            article: article("T", "W", "2026-01-01", &quote, "Ana Silva"),
            corpus_voices: vec![],
        })
        .unwrap();
    }
    let summary = site.finish().unwrap();
    let manifest: Value =
        serde_json::from_str(&fs::read_to_string(out.join("search/manifest.json")).unwrap())
            .unwrap();
    let keys: Vec<&str> = manifest["shards"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s[0].as_str().unwrap())
        .collect();
    assert!(
        keys.iter().any(|k| k.len() > 2),
        "the crowded 'to' prefix is split: {keys:?}"
    );
    assert!(
        summary.largest_shard < 3 * search::SHARD_TARGET as u64,
        "{summary:?}"
    );
}

#[test]
fn refuses_a_folder_it_did_not_write_and_replaces_one_it_did() {
    let out = temp("refuse");
    fs::create_dir_all(&out).unwrap();
    fs::write(out.join("thesis.txt"), "mine").unwrap();
    let options = SiteOptions {
        viewer: viewer("refuse"),
        locale: Locale::En,
        title: None,
    };
    let err = SiteBuilder::create(&out, options.clone())
        .err()
        .expect("refused");
    assert!(
        err.to_string().contains("not written by `corpus site`"),
        "{err}"
    );
    assert_eq!(fs::read_to_string(out.join("thesis.txt")).unwrap(), "mine");
    let (built, _) = build("again", Locale::En);
    fs::write(built.join("stale.html"), "old").unwrap();
    SiteBuilder::create(&built, options.clone())
        .unwrap()
        .finish()
        .unwrap();
    assert!(
        !built.join("stale.html").exists(),
        "a site of ours is replaced whole"
    );
    let missing = SiteOptions {
        viewer: temp("no-viewer"),
        ..options
    };
    let err = SiteBuilder::create(&temp("nv"), missing)
        .err()
        .expect("no viewer");
    assert!(err.to_string().contains("./dev build"), "{err}");
}

#[test]
fn the_site_speaks_its_locale_and_arabic_reads_right_to_left() {
    let (out, _) = build("ar", Locale::Ar);
    let html = fs::read_to_string(out.join("voices/index.html")).unwrap();
    assert!(html.starts_with("<!doctype html>\n<html lang=\"ar\" dir=\"rtl\">"));
    assert!(html.contains("الأصوات"));
    let article = fs::read_to_string(out.join("a/plain-id.html")).unwrap();
    assert!(
        article.contains("<h1 lang=\"en\" dir=\"ltr\">Second</h1>"),
        "an article's title in its own language"
    );
    assert!(
        article.contains("locale=ar"),
        "the viewer follows the site's language"
    );
    let (fr, _) = build("fr", Locale::Fr);
    assert!(fs::read_to_string(fr.join("stats.html"))
        .unwrap()
        .contains("Qui est cité, par média"));
}

#[test]
fn every_catalogue_has_every_english_key() {
    let english: BTreeMap<String, String> =
        serde_json::from_str(include_str!("../locales/en.json")).unwrap();
    let base = |k: &str| match k.rsplit_once('.') {
        Some((b, "zero" | "one" | "two" | "few" | "many" | "other")) => b.to_string(),
        _ => k.to_string(),
    };
    let wanted: HashSet<String> = english.keys().map(|k| base(k)).collect();
    for tag in ["fr", "de", "es", "ru", "ar"] {
        let path = format!("{}/locales/{tag}.json", env!("CARGO_MANIFEST_DIR"));
        let map: BTreeMap<String, String> =
            serde_json::from_str(&fs::read_to_string(path).unwrap()).unwrap();
        let have: HashSet<String> = map.keys().map(|k| base(k)).collect();
        assert_eq!(
            wanted.difference(&have).collect::<Vec<_>>(),
            Vec::<&String>::new(),
            "{tag} lacks keys"
        );
        assert_eq!(
            have.difference(&wanted).collect::<Vec<_>>(),
            Vec::<&String>::new(),
            "{tag} has unknown keys"
        );
        for (key, value) in &map {
            let args = |s: &str| s.matches('{').count();
            let english_value = english
                .get(key)
                .or_else(|| english.get(&format!("{}.other", base(key))))
                .unwrap();
            if !key.contains(".one") && !key.contains(".two") && !key.contains(".zero") {
                assert_eq!(
                    args(value),
                    args(english_value),
                    "{tag} {key}: arguments differ"
                );
            }
        }
    }
}
