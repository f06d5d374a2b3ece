//! The importer against the annotated corpus in `tests/import/` and against arbitrary text:
//! every gold file validates, every draft is faithful to its input, scores stay above a floor,
//! and no input makes the importer panic or lose a word.
#![cfg(not(target_arch = "wasm32"))]

use article_import::score::{compact_text, score, source_text, Counts};
use article_import::text::normalise;
use article_import::{import, ImportOptions};
use article_model::Article;
use proptest::prelude::*;
use std::path::{Path, PathBuf};

fn corpus(split: &str) -> Vec<PathBuf> {
    // The annotated corpus lives in the repository's tests/import/.
    let root = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."));
    let mut files = Vec::new();
    for lang in ["en", "fr", "de", "es"] {
        let dir = root.join("tests/import").join(split).join(lang);
        for entry in std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
            files.push(entry.unwrap().path());
        }
    }
    files.sort();
    files
}

fn gold(path: &Path) -> Article {
    Article::parse(&std::fs::read_to_string(path).unwrap())
        .unwrap_or_else(|e| panic!("{}: {}", path.display(), e[0]))
}

fn draft(gold: &Article, quotes_only: bool) -> Article {
    let options = ImportOptions {
        title_line: true,
        quotes_only,
        ..ImportOptions::default()
    };
    import(&source_text(gold), &options).unwrap().article
}

#[test]
fn the_corpus_is_big_enough_and_every_gold_file_validates() {
    let (dev, held_out) = (corpus("dev"), corpus("heldout"));
    let quotes: usize = dev
        .iter()
        .chain(&held_out)
        .map(|p| article_import::score::quotes(&gold(p)).len())
        .sum();
    // With the seed (data/article.json), at least 80 articles and 900 quotes: the first 41, and
    // the harder part of issue 19 (10 a language, half held out).
    assert!(
        dev.len() + held_out.len() + 1 >= 80,
        "{} articles",
        dev.len() + held_out.len() + 1
    );
    assert!(quotes >= 900, "{quotes} quotes");
    assert!(held_out.len() * 5 >= dev.len(), "about a fifth is held out");
}

#[test]
fn every_draft_is_faithful_to_its_input() {
    for path in corpus("dev").iter().chain(&corpus("heldout")) {
        let gold = gold(path);
        for quotes_only in [false, true] {
            let draft = draft(&gold, quotes_only);
            assert_eq!(
                compact_text(&draft),
                compact_text(&gold),
                "{}",
                path.display()
            );
            assert_eq!(
                draft.paragraphs.len(),
                gold.paragraphs.len(),
                "{}",
                path.display()
            );
            for p in 0..gold.paragraphs.len() {
                assert_eq!(
                    draft.paragraph_text(p),
                    normalise(&gold.paragraph_text(p)),
                    "{} ¶{p}",
                    path.display()
                );
            }
            assert!(
                draft.validate().is_empty(),
                "{}: {:?}",
                path.display(),
                draft.validate()
            );
        }
    }
}

/// A floor under the development scores, so that a change that breaks a rule fails here; the
/// scores themselves are printed by `./dev score-import`. The floors are a point under what the
/// importer reaches on the enlarged corpus with the rules of issue 19 (quote F1 0.92,
/// quote+speaker F1 0.81); raise them as the rules improve.
#[test]
fn development_scores_stay_above_the_floor() {
    let mut importer = Counts::default();
    let mut baseline = Counts::default();
    for path in corpus("dev") {
        let gold = gold(&path);
        importer += score(&draft(&gold, false), &gold);
        baseline += score(&draft(&gold, true), &gold);
    }
    assert!(importer.f1_03() >= 0.91, "quote F1 {:.3}", importer.f1_03());
    assert!(
        importer.quote_speaker_f1() >= 0.80,
        "quote+speaker F1 {:.3}",
        importer.quote_speaker_f1()
    );
    assert!(
        importer.kind_accuracy() >= 0.90,
        "direct/paraphrase {:.3}",
        importer.kind_accuracy()
    );
    assert!(
        importer.f1_03() > baseline.f1_03() + 0.1,
        "beats quotation marks alone"
    );
    assert_eq!(baseline.speaker_right, 0, "the baseline names no one");
}

/// The input's paragraphs by the importer's definition: separated by lines that are blank
/// (empty or whitespace), inner line breaks as spaces, whitespace normalised.
fn blank_line_paragraphs(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current = Vec::new();
    for line in text.lines().chain([""]) {
        if line.trim().is_empty() {
            if !current.is_empty() {
                out.push(normalise(&current.join(" ")));
                current.clear();
            }
        } else {
            current.push(line);
        }
    }
    out
}

fn arbitrary_text() -> impl Strategy<Value = String> {
    // Words, quotation marks of every kind, apostrophes, cue words and paragraph breaks.
    let piece = prop_oneof![
        "[A-Za-zéü]{1,9}",
        Just(" ".to_string()),
        Just("\n\n".to_string()),
        Just("\n".to_string()),
        prop::sample::select(vec![
            "\"", "'", "\u{201c}", "\u{201d}", "\u{2018}", "\u{2019}", "\u{ab}", "\u{bb}",
            "\u{201e}", "\u{2039}", "\u{203a}", "\u{a0}", ",", ".", ":", ";", "-", "\u{2014}"
        ])
        .prop_map(str::to_string),
        prop::sample::select(vec![
            "said",
            "says",
            "according to",
            "a déclaré",
            "sagte",
            "dijo",
            "she",
            "he",
            "Mr.",
            "the minister",
            "Ana Silva",
            "l'",
            "qu'il",
            "zufolge",
            "laut",
            "selon",
            "so",
            "So",
            "adding",
            "saying",
            "ajoutant",
            "hieß es",
            "a-t-il",
            "sagte er",
            "dijo",
            "Según",
        ])
        .prop_map(str::to_string),
    ];
    proptest::collection::vec(piece, 1..80).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn arbitrary_text_never_panics_and_loses_nothing(text in arbitrary_text(), lang in prop::sample::select(vec!["en", "fr", "de", "es", "ru"])) {
        let options = ImportOptions { language: Some(lang.to_string()), ..ImportOptions::default() };
        let inputs = blank_line_paragraphs(&text);
        match import(&text, &options) {
            Ok(draft) => {
                let a = draft.article;
                prop_assert_eq!(a.paragraphs.len(), inputs.len());
                for (i, input) in inputs.iter().enumerate() {
                    prop_assert_eq!(&a.paragraph_text(i), input);
                }
                prop_assert!(a.validate().is_empty(), "{:?}", a.validate());
            }
            Err(e) => prop_assert!(inputs.is_empty(), "refused non-empty text: {}", e),
        }
    }
}

/// One huge paragraph dense with quotes and cues: drafted whole (the passes over it are linear
/// or n log n, so this takes well under a second in a release build).
#[test]
fn a_huge_paragraph_of_quotes_is_drafted_whole() {
    let text = "Smith said \u{201c}the plan will fail,\u{201d} and she added \u{201c}more words here too\u{201d}. \"a b c d\" ".repeat(4_000);
    let draft = import(
        &text,
        &ImportOptions {
            language: Some("en".into()),
            ..ImportOptions::default()
        },
    )
    .unwrap()
    .article;
    assert_eq!(draft.paragraph_text(0), normalise(&text));
}
