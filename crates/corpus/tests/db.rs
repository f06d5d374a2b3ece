//! Opening a corpus: created when missing, refused (and untouched) when not ours or newer.

use article_corpus::{Corpus, CorpusError, Mode, SCHEMA_VERSION};
use rusqlite::Connection;

fn file_bytes(path: &std::path::Path) -> Vec<u8> {
    std::fs::read(path).unwrap()
}

#[test]
fn a_new_corpus_is_created_with_its_version_and_reopened() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("c.db");
    let corpus = Corpus::open(&path, Mode::Write).unwrap();
    assert_eq!(corpus.article_count().unwrap(), 0);
    drop(corpus);
    let corpus = Corpus::open(&path, Mode::Read).unwrap();
    let version: i64 = corpus
        .connection()
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap();
    assert_eq!(version, SCHEMA_VERSION);
    assert!(corpus.voices().unwrap().is_empty());
    assert!(corpus.search("anything", 10).unwrap().is_empty());
}

#[test]
fn another_sqlite_database_is_refused_and_left_unchanged() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("other.db");
    let other = Connection::open(&path).unwrap();
    other
        .execute_batch(
            "CREATE TABLE accounts (id INTEGER, name TEXT); INSERT INTO accounts VALUES (1, 'a');",
        )
        .unwrap();
    drop(other);
    let before = file_bytes(&path);
    for mode in [Mode::Write, Mode::Read] {
        let err = Corpus::open(&path, mode).err().expect("refused");
        assert!(matches!(err, CorpusError::NotOurs { .. }), "{err}");
        assert!(
            err.to_string().contains("not an Article Viewer corpus"),
            "{err}"
        );
    }
    assert_eq!(file_bytes(&path), before);
    assert!(!dir.path().join("other.db-wal").exists());
}

#[test]
fn a_file_that_is_not_a_database_is_refused_and_left_unchanged() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("notes.txt");
    std::fs::write(&path, "these are my notes, not a database\n".repeat(40)).unwrap();
    let before = file_bytes(&path);
    let err = Corpus::open(&path, Mode::Write).err().expect("refused");
    assert!(err.to_string().contains("not an SQLite database"), "{err}");
    assert_eq!(file_bytes(&path), before);
}

#[test]
fn a_corpus_of_a_newer_schema_is_refused_and_left_unchanged() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("c.db");
    drop(Corpus::open(&path, Mode::Write).unwrap());
    let conn = Connection::open(&path).unwrap();
    conn.execute_batch(&format!("PRAGMA user_version = {}", SCHEMA_VERSION + 1))
        .unwrap();
    drop(conn);
    let before = file_bytes(&path);
    for mode in [Mode::Write, Mode::Read] {
        let err = Corpus::open(&path, mode).err().expect("refused");
        assert!(matches!(err, CorpusError::Newer { .. }), "{err}");
        assert!(err.to_string().contains("newer"), "{err}");
    }
    assert_eq!(file_bytes(&path), before);
}

#[test]
fn reading_a_missing_corpus_says_so_and_creates_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("none.db");
    let err = Corpus::open(&path, Mode::Read).err().expect("refused");
    assert!(matches!(err, CorpusError::Missing { .. }), "{err}");
    assert!(!path.exists());
}
