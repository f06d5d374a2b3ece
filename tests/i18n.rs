//! The interface's languages: every catalogue complete and consistent with English, CLDR plural
//! categories, dates and numbers in each locale's forms, and each test article rendered in its
//! language with no English left in the interface.
#![cfg(all(not(target_arch = "wasm32"), feature = "ssr"))]

use article_viewer::app::{App, AppProps, Mode};
use article_viewer::i18n::{Locale, Plural, Strings};
use article_viewer::model::Article;
use article_viewer::shared::Shared;
use std::collections::BTreeSet;

fn catalogue(locale: Locale) -> String {
    catalogue_in("", locale)
}

/// A catalogue file: the viewer's (`set` empty) or the editor's (`set` "editor/").
fn catalogue_in(set: &str, locale: Locale) -> String {
    let path = format!(
        "{}/static/locales/{set}{}.json",
        env!("CARGO_MANIFEST_DIR"),
        locale.tag()
    );
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn strings(locale: Locale) -> Strings {
    Strings::parse(locale, &catalogue(locale)).unwrap()
}

fn fixture(tag: &str) -> Article {
    let path = format!(
        "{}/tests/fixtures/i18n/{tag}.json",
        env!("CARGO_MANIFEST_DIR")
    );
    Article::parse(&std::fs::read_to_string(&path).unwrap())
        .unwrap_or_else(|e| panic!("{path}: {e:?}"))
}

/// The CLDR categories a whole number can take in each locale.
fn categories(locale: Locale) -> &'static [&'static str] {
    match locale {
        Locale::Ru => &["one", "few", "many", "other"],
        Locale::Ar => &["zero", "one", "two", "few", "many", "other"],
        _ => &["one", "other"],
    }
}

fn placeholders(template: &str) -> BTreeSet<String> {
    template
        .split('{')
        .skip(1)
        .filter_map(|rest| rest.split_once('}').map(|(name, _)| name.to_string()))
        .collect()
}

#[test]
fn every_locale_has_every_key_with_the_same_arguments() {
    for set in ["", "editor/"] {
        every_key_in(set);
    }
}

fn every_key_in(set: &str) {
    let english = Strings::parse_raw(&catalogue_in(set, Locale::En)).unwrap();
    let plural_keys: BTreeSet<&str> = english
        .keys()
        .filter_map(|k| k.strip_suffix(".other"))
        .collect();
    for locale in Locale::ALL {
        let own = Strings::parse_raw(&catalogue_in(set, locale)).unwrap();
        let mut wanted = BTreeSet::new();
        for key in english.keys() {
            match key.rsplit_once('.') {
                Some((base, _)) if plural_keys.contains(base) => {
                    for category in categories(locale) {
                        wanted.insert(format!("{base}.{category}"));
                    }
                }
                _ => {
                    wanted.insert(key.clone());
                }
            }
        }
        let have: BTreeSet<String> = own.keys().cloned().collect();
        let missing: Vec<_> = wanted.difference(&have).collect();
        let extra: Vec<_> = have.difference(&wanted).collect();
        assert!(
            missing.is_empty() && extra.is_empty(),
            "{}: missing {missing:?}, extra {extra:?}",
            locale.tag()
        );
        for (key, value) in &own {
            assert!(
                !value.trim().is_empty() || key.starts_with("number."),
                "{key} is empty"
            );
            let base = key.rsplit_once('.').map(|(b, _)| b).unwrap_or(key);
            let english_key = if plural_keys.contains(base) {
                format!("{base}.other")
            } else {
                key.clone()
            };
            let mut want = placeholders(&english[&english_key]);
            let got = placeholders(value);
            // A plural form may spell its number out ("مقطعان", two passages).
            if plural_keys.contains(base) && !got.contains("n") {
                want.remove("n");
            }
            assert_eq!(
                got,
                want,
                "{}: {key} takes other arguments than English",
                locale.tag()
            );
        }
    }
}

#[test]
fn plural_categories_follow_cldr() {
    use Plural::*;
    let ru = [
        (1, One),
        (2, Few),
        (4, Few),
        (5, Many),
        (11, Many),
        (12, Many),
        (21, One),
        (22, Few),
        (25, Many),
        (111, Many),
        (101, One),
    ];
    for (n, want) in ru {
        assert_eq!(Locale::Ru.plural(n), want, "ru {n}");
    }
    let ar = [
        (0, Zero),
        (1, One),
        (2, Two),
        (3, Few),
        (10, Few),
        (11, Many),
        (99, Many),
        (100, Other),
        (102, Other),
        (103, Few),
        (111, Many),
    ];
    for (n, want) in ar {
        assert_eq!(Locale::Ar.plural(n), want, "ar {n}");
    }
    assert_eq!(Locale::Fr.plural(0), One);
    assert_eq!(Locale::Fr.plural(2), Other);
    assert_eq!(Locale::En.plural(0), Other);
    assert_eq!(Locale::Es.plural(1_000_000), Many);
}

#[test]
fn counts_dates_and_numbers_read_as_each_language_writes_them() {
    let ru = strings(Locale::Ru);
    let passages: Vec<String> = [1, 2, 5, 21]
        .iter()
        .map(|&n| ru.count("voice.passages", n, &[]))
        .collect();
    assert_eq!(
        passages,
        ["1 фрагмент", "2 фрагмента", "5 фрагментов", "21 фрагмент"]
    );
    assert_eq!(ru.date("2017", 11, 24), "24 ноября 2017");
    assert_eq!(strings(Locale::Fr).date("2017", 11, 24), "24 novembre 2017");
    assert_eq!(
        strings(Locale::De).date("2017", 11, 24),
        "24. November 2017"
    );
    assert_eq!(
        strings(Locale::Es).date("2017", 11, 24),
        "24 de noviembre de 2017"
    );
    assert_eq!(strings(Locale::Ar).date("2017", 11, 24), "٢٤ نوفمبر ٢٠١٧");
    assert_eq!(Strings::english().date("2017", 11, 24), "24 November 2017");
    assert_eq!(strings(Locale::Fr).percent_tenths(423), "42,3\u{202f}%");
    assert_eq!(strings(Locale::De).percent_tenths(42), "4,2\u{a0}%");
    assert_eq!(strings(Locale::Ar).percent_tenths(42), "٤٫٢٪");
    assert_eq!(Strings::english().percent_tenths(42), "4.2%");
    assert_eq!(strings(Locale::Fr).number(12345), "12\u{202f}345");
    assert_eq!(strings(Locale::De).number(1234), "1.234");
    // Spanish groups only from five digits (CLDR's minimum grouping digits).
    assert_eq!(strings(Locale::Es).number(1234), "1234");
    assert_eq!(strings(Locale::Es).number(12345), "12.345");
    assert_eq!(Strings::english().number(1234), "1,234");
    let ar = strings(Locale::Ar);
    assert_eq!(ar.count("voice.passages", 2, &[]), "مقطعان");
    assert_eq!(ar.count("voice.passages", 11, &[]), "١١ مقطعًا");
}

#[test]
fn locales_come_from_language_tags() {
    assert_eq!(Locale::from_tag("fr-CA"), Some(Locale::Fr));
    assert_eq!(Locale::from_tag("AR"), Some(Locale::Ar));
    assert_eq!(Locale::from_tag("it"), None);
    assert_eq!(Locale::from_tag(""), None);
    assert_eq!(article_viewer::i18n::text_direction("ar-EG"), "rtl");
    assert_eq!(article_viewer::i18n::text_direction("en"), "ltr");
}

async fn render(article: Article, locale: Locale, mode: Mode) -> String {
    render_in(article, std::rc::Rc::new(strings(locale)), mode).await
}

async fn render_in(article: Article, strings: std::rc::Rc<Strings>, mode: Mode) -> String {
    let props = AppProps {
        strings: Shared(strings),
        ..AppProps::new(Ok(Shared::new(article)), mode)
    };
    yew::LocalServerRenderer::<App>::with_props(props)
        .hydratable(false)
        .render()
        .await
}

/// Rendered in its own language, a test article shows none of the English interface: every
/// English string that the locale translates differently is absent from the page.
#[tokio::test]
async fn each_test_article_renders_in_its_language_with_no_english_left() {
    let english = Strings::parse_raw(&catalogue(Locale::En)).unwrap();
    for (tag, locale) in [
        ("fr", Locale::Fr),
        ("de", Locale::De),
        ("ru", Locale::Ru),
        ("ar", Locale::Ar),
    ] {
        let article = fixture(tag);
        let own = strings(locale);
        for mode in [Mode::Page, Mode::Script] {
            let html = render(article.clone(), locale, mode).await;
            assert!(
                html.contains(&format!("lang=\"{tag}\" dir=\"{}\"", locale.dir())),
                "{tag}: the root says its language and direction"
            );
            let shown = visible_text(&html);
            // The check can fail: the same article with the English interface shows English.
            let in_english =
                visible_text(&render_in(article.clone(), Strings::english(), mode).await);
            assert!(in_english.contains("Who says what") && !shown.contains("Who says what"));
            for (key, value) in &english {
                // Fragments shorter than a word or two, and option names, are not English prose.
                let prose: String = value
                    .split(['{', '}'])
                    .step_by(2)
                    .max_by_key(|s| s.len())
                    .unwrap_or("")
                    .trim()
                    .to_string();
                if prose.len() < 8 || own.get(key) == value.as_str() {
                    continue;
                }
                assert!(
                    !shown.contains(&prose),
                    "{tag} ({mode:?}): English {prose:?} ({key}) is still on the page"
                );
            }
        }
    }
}

/// What a reader sees or hears: the text between tags, and the attributes read out or shown
/// (`aria-label`, `placeholder`, `title`, and `data-label`, which CSS shows before passages).
fn visible_text(html: &str) -> String {
    let mut out = String::new();
    let mut rest = html;
    while let Some(start) = rest.find('<') {
        out.push_str(&rest[..start]);
        out.push('\n');
        let end = rest[start..]
            .find('>')
            .map_or(rest.len(), |e| start + e + 1);
        let tag = &rest[start..end];
        for attribute in [
            "aria-label=\"",
            "placeholder=\"",
            "title=\"",
            "data-label=\"",
        ] {
            if let Some(at) = tag.find(attribute) {
                let value = &tag[at + attribute.len()..];
                out.push_str(&value[..value.find('"').unwrap_or(value.len())]);
                out.push('\n');
            }
        }
        rest = &rest[end..];
    }
    out.push_str(rest);
    out.replace("&#x27;", "'")
        .replace("&amp;", "&")
        .replace("&quot;", "\"")
}

#[tokio::test]
async fn the_russian_article_counts_one_few_and_many() {
    let html = render(fixture("ru"), Locale::Ru, Mode::Page).await;
    for phrase in [
        "21 фрагмент<",
        "2 фрагмента<",
        "5 фрагментов<",
        "1 фрагмент<",
        "24 ноября 2017",
        "год установлен по контексту",
    ] {
        assert!(html.contains(phrase), "{phrase:?} missing");
    }
}

#[tokio::test]
async fn an_english_article_with_an_arabic_interface_keeps_its_text_left_to_right() {
    let article = article_viewer::model::builtin_article().unwrap();
    let html = render(article, Locale::Ar, Mode::Page).await;
    assert!(html.contains("lang=\"ar\" dir=\"rtl\""));
    let article_tag = &html[html.find("<article").unwrap()..];
    let article_tag = &article_tag[..article_tag.find('>').unwrap()];
    assert!(
        article_tag.contains("lang=\"en\"") && article_tag.contains("dir=\"ltr\""),
        "{article_tag}"
    );
    assert!(html.contains("من يقول ماذا"));
}

/// Every malformed file of the corpus gets its errors in every language: the field path stays
/// as it is (it names the data), the words around it are the locale's.
#[test]
fn data_errors_are_told_in_every_language() {
    let dir = format!("{}/tests/corpus", env!("CARGO_MANIFEST_DIR"));
    let mut checked = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "json") {
            continue;
        }
        let errors = Article::parse(&std::fs::read_to_string(&path).unwrap()).unwrap_err();
        for locale in Locale::ALL.into_iter().filter(|l| *l != Locale::En) {
            let strings = strings(locale);
            for error in &errors {
                let (english, own) = (error.to_string(), error.render(&strings));
                assert_ne!(
                    own,
                    english,
                    "{}: {} untranslated",
                    path.display(),
                    locale.tag()
                );
                assert!(own.starts_with(&error.path), "{own}: the path comes first");
                checked += 1;
            }
        }
    }
    assert!(checked >= 34 * 5, "{checked}");
    let french = strings(Locale::Fr);
    let errors = Article::parse(r#"{"meta": {"title": 42}}"#).unwrap_err();
    assert_eq!(
        errors[0].render(&french),
        "meta.title: type incorrect\u{a0}: integer `42`\u{a0}; attendu\u{a0}: a string à la ligne 1, colonne 21"
    );
}

/// Every `edit.*` / `editor.*` key the editor's code names is in the editor's English
/// catalogue (as itself, or with plural forms): a missing one would show its key.
#[test]
fn every_key_the_editor_names_is_in_its_catalogue() {
    let english = Strings::parse_raw(&catalogue_in("editor/", Locale::En)).unwrap();
    let mut sources = vec![std::fs::read_to_string("src/edit.rs").unwrap()];
    for entry in std::fs::read_dir("src/editor").unwrap() {
        sources.push(std::fs::read_to_string(entry.unwrap().path()).unwrap());
    }
    let mut keys = BTreeSet::new();
    for source in &sources {
        for (at, _) in source.match_indices("\"edit") {
            let rest = &source[at + 1..];
            let end = rest
                .find(|c: char| !(c.is_ascii_lowercase() || c == '_' || c == '.'))
                .unwrap_or(rest.len());
            let key = &rest[..end];
            // A prefix completed at run time (`editor.vkind.{}`) is checked below.
            if rest[end..].starts_with('"') && !key.ends_with('.') && key.contains('.') {
                keys.insert(key.to_string());
            }
        }
    }
    for kind in ["person", "collective", "outlet"] {
        keys.insert(format!("editor.vkind.{kind}"));
    }
    for locale in Locale::ALL {
        keys.insert(format!("editor.language.{}", locale.tag()));
    }
    assert!(keys.len() > 100, "the scan found the keys: {}", keys.len());
    let missing: Vec<_> = keys
        .iter()
        .filter(|k| !english.contains_key(*k) && !english.contains_key(&format!("{k}.other")))
        .collect();
    assert!(missing.is_empty(), "not in the catalogue: {missing:?}");
}
