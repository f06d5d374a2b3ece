//! The data's words are the source's words: every body paragraph of `data/source/article.txt`
//! (a verbatim copy of the seed), in order, after whitespace normalisation and the one recorded
//! repair (a paragraph with a `repair` note was split in two by the conversion).
#![cfg(not(target_arch = "wasm32"))]

use article_viewer::model::{builtin_article, NoteKind};

const SOURCE: &str = include_str!("../data/source/article.txt");

fn normalise(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// (title, body paragraphs, url, outlet) from the markdown-like source file.
fn source_parts() -> (String, Vec<String>, String, String) {
    let sections: Vec<&str> = SOURCE.split("\n---\n").collect();
    assert_eq!(
        sections.len(),
        3,
        "the source has a header, a body and a footer"
    );
    let title = sections[0]
        .trim()
        .trim_start_matches('#')
        .trim()
        .trim_matches('*')
        .to_string();
    let body = sections[1]
        .split("\n\n")
        .map(normalise)
        .filter(|p| !p.is_empty())
        .collect();
    let footer: Vec<&str> = sections[2].split_whitespace().collect();
    let url = footer[0].trim_matches(['<', '>']).to_string();
    let outlet = footer[1..].join(" ").trim_matches('*').to_string();
    (title, body, url, outlet)
}

#[test]
fn every_word_of_the_source_is_in_the_data_in_order() {
    let article = builtin_article().expect("valid");
    let (title, source, url, outlet) = source_parts();
    assert_eq!(article.meta.title, title);
    assert_eq!(article.source.url, url);
    assert_eq!(article.source.outlet, outlet);

    let mut next = source.iter();
    for (p, paragraph) in article.paragraphs.iter().enumerate() {
        let repaired = paragraph
            .notes
            .iter()
            .any(|id| article.note(id).is_some_and(|n| n.kind == NoteKind::Repair));
        let mut expected = next.next().expect("source paragraph").clone();
        if repaired {
            expected = format!("{expected} {}", next.next().expect("second half"));
        }
        let mut actual = normalise(&article.paragraph_text(p));
        if p == 0 {
            actual = format!("{} {actual}", article.meta.dateline);
        }
        assert_eq!(actual, expected, "paragraph {p}");
    }
    assert!(next.next().is_none(), "source paragraphs left over");
}

#[test]
fn exactly_one_repair_is_recorded_and_it_is_lavrovs_quote() {
    let article = builtin_article().unwrap();
    let repairs: Vec<_> = article
        .notes
        .iter()
        .filter(|n| n.kind == NoteKind::Repair)
        .collect();
    assert_eq!(repairs.len(), 1);
    let repaired: Vec<usize> = (0..article.paragraphs.len())
        .filter(|&p| article.paragraphs[p].notes.contains(&repairs[0].id))
        .collect();
    assert_eq!(repaired, [3]);
    let quote = article.paragraphs[3]
        .passages
        .iter()
        .find(|x| x.voice == "sergei-lavrov" && x.kind.as_str() == "direct")
        .unwrap();
    assert!(quote.text.contains("It is quite interesting how"));
}
