//! `Corpus::add`: folders and JSON Lines in, drafts and reviewed articles stored once; bad
//! items listed with their reason while the rest of the batch goes in.

mod common;

use article_corpus::Outcome;
use common::{line, Fixture};

const TEXT_A: &str = "The council met on Monday.\n\n\"We will not give up,\" said John Smith, the mayor. He added that the talks would go on.";
const TEXT_B: &str =
    "Mary Jones, a nurse, said the hospital was full.\n\n\"It cannot go on,\" she said.";
const TEXT_C: &str = "The port reopened on Friday.\n\n\"Ships are moving again,\" said Omar Haddad, the harbour master.";

#[test]
fn a_folder_of_text_and_reviewed_articles_is_added_once() {
    let f = Fixture::new();
    f.write("in/a.txt", TEXT_A);
    f.write("in/sub/b.txt", TEXT_B);
    let draft = article_import::import(TEXT_C, &Default::default()).unwrap();
    let mut reviewed = draft.article.clone();
    reviewed.meta.title = "Port reopens".into();
    f.write(
        "in/c/article.json",
        serde_json::to_string(&reviewed).unwrap(),
    );
    f.write("in/notes.md", "not an input");
    let (s, log) = f.add(&[&f.path("in")]);
    assert_eq!((s.added, s.failed), (3, 0), "{:?}", log.0);
    // A draft of a reviewed article's text is recognised and kept out.
    let copy = f.write("copy/c2.txt", TEXT_C);
    let (s, _) = f.add(&[&copy]);
    assert_eq!(s.kept_reviewed, 1);
    let corpus = f.read();
    let ids: Vec<String> = corpus
        .articles()
        .unwrap()
        .into_iter()
        .map(|a| a.id)
        .collect();
    assert_eq!(ids.len(), 3);
    for id in ["a", "sub/b", "c"] {
        assert!(ids.contains(&id.to_string()), "{id} in {ids:?}");
    }
    let c = corpus.article("c").unwrap().unwrap();
    assert!(c.summary.reviewed);
    assert_eq!(c.article, reviewed, "a reviewed article is taken as it is");
    assert!(!corpus.article("a").unwrap().unwrap().summary.reviewed);

    // The same input again changes nothing.
    let (s, _) = f.add(&[&f.path("in")]);
    assert_eq!((s.added, s.replaced, s.unchanged), (0, 0, 3));
    assert_eq!(f.count("SELECT count(*) FROM articles"), 3);
}

#[test]
fn json_lines_take_metadata_and_a_missing_id_becomes_the_text_hash() {
    let f = Fixture::new();
    let input = f.write(
        "in.jsonl",
        format!(
            "{}\n\n{}\n",
            line("x1", TEXT_A, "Harbour Times", "2025-03-04"),
            serde_json::json!({"text": TEXT_B}),
        ),
    );
    let (s, log) = f.add(&[&input]);
    assert_eq!((s.added, s.failed), (2, 0), "{:?}", log.0);
    let corpus = f.read();
    let x1 = corpus.article("x1").unwrap().unwrap().summary;
    assert_eq!(x1.outlet, "Harbour Times");
    assert_eq!(x1.date.as_deref(), Some("2025-03-04"));
    assert_eq!(x1.lang, "en");
    let other = corpus
        .articles()
        .unwrap()
        .into_iter()
        .find(|a| a.id != "x1")
        .unwrap();
    assert_eq!(other.id.len(), 16);
    assert!(
        other.id.chars().all(|c| c.is_ascii_hexdigit()),
        "{}",
        other.id
    );
    // Reading it back, the draft's passages are all there, in order.
    let stored = corpus.article("x1").unwrap().unwrap();
    let passages = f.count("SELECT count(*) FROM passages WHERE article_id = 'x1'");
    assert_eq!(passages as usize, stored.article.passages().count());
}

#[test]
fn a_changed_text_replaces_its_draft_but_never_a_reviewed_article() {
    let f = Fixture::new();
    let first = f.write("1.jsonl", line("a", TEXT_A, "Wire", "2025-01-01") + "\n");
    f.add(&[&first]);
    let changed = f.write("2.jsonl", line("a", TEXT_B, "Wire", "2025-01-01") + "\n");
    let (s, _) = f.add(&[&changed]);
    assert_eq!(s.replaced, 1);
    let corpus = f.read();
    let a = corpus.article("a").unwrap().unwrap();
    assert!(a.article.paragraph_text(0).contains("Mary Jones"));
    assert_eq!(
        f.count("SELECT count(*) FROM passages WHERE text LIKE '%give up%'"),
        0
    );
    assert_eq!(
        f.count("SELECT count(*) FROM passages_fts WHERE passages_fts MATCH 'give'"),
        0
    );

    // A reviewed version of the same text, then a draft of it again: the review stays.
    let mut reviewed = a.article.clone();
    reviewed.voices[0].role = "a nurse at the city hospital".into();
    f.write(
        "rev/a/article.json",
        serde_json::to_string(&reviewed).unwrap(),
    );
    let (s, _) = f.add(&[&f.path("rev")]);
    assert_eq!(s.replaced, 1);
    let (s, log) = f.add(&[&changed]);
    assert_eq!(s.kept_reviewed, 1, "{:?}", log.0);
    // Also under another id: the same text is recognised by its hash.
    let other_id = f.write(
        "3.jsonl",
        serde_json::json!({"id": "copy", "text": TEXT_B}).to_string(),
    );
    let (s, _) = f.add(&[&other_id]);
    assert_eq!(s.kept_reviewed, 1);
    let a = f.read().article("a").unwrap().unwrap();
    assert!(a.summary.reviewed);
    assert_eq!(a.article.voices[0].role, "a nurse at the city hospital");
    assert!(f.read().article("copy").unwrap().is_none());
    // The spelling counts follow the replacements: John Smith's text is gone.
    assert_eq!(
        f.count("SELECT count(*) FROM name_spellings WHERE name_key = 'john smith'"),
        0
    );
    let miscounted = f.count(
        "SELECT count(*) FROM
           (SELECT name_key, kind, name, count(*) AS n FROM article_voices
            WHERE name_key IS NOT NULL GROUP BY name_key, kind, name) a
           FULL OUTER JOIN name_spellings s USING (name_key, kind, name)
           WHERE a.n IS NOT s.uses",
    );
    assert_eq!(miscounted, 0);
}

#[test]
fn bad_items_are_listed_with_their_reason_and_the_rest_goes_in() {
    let f = Fixture::new();
    f.write("in/good.txt", TEXT_A);
    f.write(
        "in/latin1.txt",
        b"Caf\xe9 society said it was closed.".as_slice(),
    );
    f.write("in/binary.txt", b"\x00\x01\x02PNG\x00\x00 data".as_slice());
    f.write(
        "in/huge.txt",
        "word ".repeat(article_import::MAX_IMPORT_BYTES / 5 + 10),
    );
    f.write("in/empty.txt", "   \n\n ");
    f.write(
        "in/bad/article.json",
        r#"{"meta": {"language": "en"}, "voices": []}"#,
    );
    let mut invalid = article_import::import(TEXT_A, &Default::default())
        .unwrap()
        .article;
    invalid.paragraphs[0].passages[0].voice = "nobody".into();
    f.write(
        "in/invalid/article.json",
        serde_json::to_string(&invalid).unwrap(),
    );
    let lines = f.write(
        "in.jsonl",
        [
            line("ok", TEXT_B, "Wire", "2025-01-01"),
            "{\"id\": \"broken\", \"text\": ".to_string(),
            serde_json::json!({"id": "no-text"}).to_string(),
            serde_json::json!({"id": "bad-date", "text": TEXT_B, "date": "yesterday"}).to_string(),
        ]
        .join("\n"),
    );
    let mut bytes = std::fs::read(&lines).unwrap();
    bytes.extend_from_slice(b"\n{\"text\": \"caf\xe9\"}\n");
    std::fs::write(&lines, bytes).unwrap();

    let (s, log) = f.add(&[&f.path("in"), &lines]);
    assert_eq!(s.added, 2, "{:?}", log.0);
    assert_eq!(s.failed, 10, "{:?}", log.failures());
    let failures = log.failures();
    let reason = |label_end: &str| -> String {
        failures
            .iter()
            .find(|(l, _)| l.ends_with(label_end))
            .unwrap_or_else(|| panic!("no failure for {label_end}: {failures:?}"))
            .1
            .clone()
    };
    assert!(reason("latin1.txt").contains("not UTF-8"));
    assert!(reason("binary.txt").contains("binary"));
    assert!(reason("huge.txt").contains("limit"));
    assert!(reason("empty.txt").contains("no text"));
    assert!(reason("bad/article.json").contains("invalid article.json"));
    assert!(
        reason("bad/article.json").contains("source"),
        "{}",
        reason("bad/article.json")
    );
    assert!(reason("invalid/article.json").contains("nobody"));
    assert!(reason("in.jsonl:2").contains("broken JSON line"));
    assert!(reason("in.jsonl:3").contains("text"));
    assert!(reason("in.jsonl:4").contains("date"));
    assert!(reason("in.jsonl:5").contains("not UTF-8"));
    assert_eq!(f.count("SELECT count(*) FROM articles"), 2);
    // Items are reported in input order.
    let labels: Vec<&str> = log.0.iter().map(|(l, _)| l.as_str()).collect();
    assert!(labels.last().unwrap().ends_with("in.jsonl:5"), "{labels:?}");
    assert!(matches!(log.0[0].1, Ok(Outcome::Added) | Err(_)));
}

#[test]
fn single_files_are_inputs_too() {
    let f = Fixture::new();
    let text = f.write("one.txt", TEXT_A);
    let draft = article_import::import(TEXT_C, &Default::default()).unwrap();
    let json = f.write(
        "corrected.json",
        serde_json::to_string(&draft.article).unwrap(),
    );
    let (s, log) = f.add(&[&text, &json]);
    assert_eq!((s.added, s.failed), (2, 0), "{:?}", log.0);
    let corpus = f.read();
    assert!(!corpus.article("one").unwrap().unwrap().summary.reviewed);
    assert!(
        corpus
            .article("corrected")
            .unwrap()
            .unwrap()
            .summary
            .reviewed
    );
}
