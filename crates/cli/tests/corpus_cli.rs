//! The `corpus` command line as a user runs it: help for each command, exit codes, bad items
//! listed, foreign files untouched, a SIGKILL mid-batch recovered by a rerun, and two
//! concurrent runs on one database.
#![cfg(not(target_arch = "wasm32"))]

use rusqlite::{Connection, OpenFlags};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

fn corpus() -> Command {
    Command::new(env!("CARGO_BIN_EXE_corpus"))
}

fn run(args: &[&str]) -> Output {
    corpus().args(args).output().unwrap()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn synthetic(dir: &Path, n: usize, seed: u64) -> PathBuf {
    let path = dir.join(format!("syn-{seed}-{n}.jsonl"));
    let out = run(&[
        "synthetic",
        &n.to_string(),
        path.to_str().unwrap(),
        "--seed",
        &seed.to_string(),
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    path
}

/// Spellings whose count differs from the article voices that use them.
const SPELLINGS_MISCOUNTED: &str = "SELECT count(*) FROM
    (SELECT name_key, kind, name, count(*) AS n FROM article_voices
     WHERE name_key IS NOT NULL GROUP BY name_key, kind, name) a
    FULL OUTER JOIN name_spellings s USING (name_key, kind, name)
    WHERE a.n IS NOT s.uses";

fn query(db: &Path, sql: &str) -> i64 {
    let conn = Connection::open_with_flags(db, OpenFlags::SQLITE_OPEN_READ_ONLY).unwrap();
    conn.query_row(sql, [], |r| r.get(0)).unwrap()
}

/// The database is whole: SQLite's own check, the FTS index's, and every article's passages
/// all there exactly once.
fn assert_consistent(db: &Path) {
    let conn = Connection::open(db).unwrap();
    let check: String = conn
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(check, "ok");
    conn.execute(
        "INSERT INTO passages_fts (passages_fts, rank) VALUES ('integrity-check', 1)",
        [],
    )
    .expect("the FTS index matches the passages");
    let mut stmt = conn
        .prepare("SELECT id, article_json FROM articles")
        .unwrap();
    let rows = stmt
        .query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))
        .unwrap();
    for row in rows {
        let (id, json) = row.unwrap();
        let article: article_model::Article = serde_json::from_str(&json).unwrap();
        let stored: i64 = conn
            .query_row(
                "SELECT count(*) FROM passages WHERE article_id = ?1",
                [&id],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(stored as usize, article.passages().count(), "{id}");
    }
    let unmapped: i64 = conn
        .query_row(
            "SELECT count(*) FROM article_voices v WHERE name_key IS NOT NULL
             AND NOT EXISTS (SELECT 1 FROM voice_names n WHERE n.name_key = v.name_key)",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(unmapped, 0, "every named voice has its corpus voice");
    let miscounted: i64 = conn
        .query_row(SPELLINGS_MISCOUNTED, [], |r| r.get(0))
        .unwrap();
    assert_eq!(miscounted, 0, "name_spellings counts the article voices");
}

#[test]
fn every_command_has_help() {
    for command in [
        "add",
        "voices",
        "merge",
        "split",
        "stats",
        "export",
        "search",
        "synthetic",
    ] {
        let out = run(&[command, "--help"]);
        assert!(out.status.success(), "{command}");
        let text = String::from_utf8_lossy(&out.stdout);
        assert!(
            text.starts_with(&format!("usage: corpus {command}")),
            "{text}"
        );
    }
    let out = run(&["--help"]);
    assert!(String::from_utf8_lossy(&out.stdout).contains("export DB --format"));
    let out = run(&["frobnicate"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("unknown command \"frobnicate\""));
}

#[test]
fn bad_items_are_listed_counted_and_set_the_exit_code() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("c.db");
    let input = dir.path().join("in.jsonl");
    std::fs::write(
        &input,
        "{\"id\": \"a\", \"text\": \"\\\"Yes,\\\" said Ann Bell.\"}\n{\"id\": \"b\", \"text\": \n{\"id\": \"c\"}\n",
    )
    .unwrap();
    let out = run(&["add", db.to_str().unwrap(), input.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(err.contains("in.jsonl:2: broken JSON line"), "{err}");
    assert!(
        err.contains("in.jsonl:3: broken JSON line: missing field `text`"),
        "{err}"
    );
    assert!(
        err.contains("3 items") && err.contains("1 added") && err.contains("2 failed"),
        "{err}"
    );
    assert_eq!(query(&db, "SELECT count(*) FROM articles"), 1);

    // --quiet: no progress, no summary, but the bad items are still named.
    let out = run(&[
        "add",
        db.to_str().unwrap(),
        input.to_str().unwrap(),
        "--quiet",
    ]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert_eq!(err.lines().count(), 2, "{err}");
    assert!(!err.contains("added"));

    let out = run(&["add", db.to_str().unwrap(), "/no/such/input"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("/no/such/input"));
}

#[test]
fn a_file_that_is_not_a_corpus_is_refused_and_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let other = dir.path().join("other.db");
    Connection::open(&other)
        .unwrap()
        .execute_batch("CREATE TABLE t (x); INSERT INTO t VALUES (1);")
        .unwrap();
    let before = std::fs::read(&other).unwrap();
    let input = synthetic(dir.path(), 2, 1);
    for args in [
        vec!["add", other.to_str().unwrap(), input.to_str().unwrap()],
        vec!["stats", other.to_str().unwrap()],
    ] {
        let out = run(&args);
        assert_eq!(out.status.code(), Some(2));
        assert!(
            stderr(&out).contains("not an Article Viewer corpus"),
            "{}",
            stderr(&out)
        );
    }
    assert_eq!(std::fs::read(&other).unwrap(), before);
}

#[test]
fn killed_mid_batch_the_database_stays_whole_and_a_rerun_finishes_without_duplicates() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("c.db");
    let input = synthetic(dir.path(), 200, 7);
    let mut child = corpus()
        .args([
            "add",
            db.to_str().unwrap(),
            input.to_str().unwrap(),
            "--batch",
            "5",
            "--quiet",
        ])
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    // Wait until some batches are committed, then SIGKILL (Child::kill on Unix).
    let deadline = Instant::now() + Duration::from_secs(120);
    let committed = || -> i64 {
        Connection::open_with_flags(&db, OpenFlags::SQLITE_OPEN_READ_ONLY)
            .and_then(|c| c.query_row("SELECT count(*) FROM articles", [], |r| r.get(0)))
            .unwrap_or(0)
    };
    while committed() < 20 {
        assert!(
            child.try_wait().unwrap().is_none(),
            "finished before it could be killed"
        );
        assert!(Instant::now() < deadline, "no progress");
        std::thread::sleep(Duration::from_millis(20));
    }
    child.kill().unwrap();
    child.wait().unwrap();
    let partial = query(&db, "SELECT count(*) FROM articles");
    assert!((20..200).contains(&partial), "killed mid-run: {partial}");
    assert_consistent(&db);

    let out = run(&["add", db.to_str().unwrap(), input.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.contains(&format!("{} added", 200 - partial))
            && err.contains(&format!("{partial} unchanged")),
        "{err}"
    );
    assert_eq!(query(&db, "SELECT count(*) FROM articles"), 200);
    assert_consistent(&db);
}

#[test]
fn two_runs_on_one_database_are_serialised() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("c.db");
    let a = synthetic(dir.path(), 60, 1);
    let b = synthetic(dir.path(), 60, 2);
    let spawn = |input: &Path| {
        corpus()
            .args([
                "add",
                db.to_str().unwrap(),
                input.to_str().unwrap(),
                a.to_str().unwrap(),
                "--batch",
                "3",
            ])
            .stderr(Stdio::piped())
            .spawn()
            .unwrap()
    };
    // Both start on a database that does not exist yet, and both also add `a`.
    let (first, second) = (spawn(&a), spawn(&b));
    for child in [first, second] {
        let out = child.wait_with_output().unwrap();
        assert!(out.status.success(), "{}", stderr(&out));
    }
    assert_eq!(query(&db, "SELECT count(*) FROM articles"), 120);
    assert_consistent(&db);
}

#[test]
fn stats_export_search_and_voices_print_what_was_added() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("c.db");
    let input = synthetic(dir.path(), 30, 3);
    assert!(run(&[
        "add",
        db.to_str().unwrap(),
        input.to_str().unwrap(),
        "--quiet"
    ])
    .status
    .success());
    let dbs = db.to_str().unwrap();
    let out = run(&["stats", dbs, "--by", "outlet"]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.starts_with("Articles, passages and words\noutlet"),
        "{text}"
    );
    let json = run(&["stats", dbs, "--format", "json"]);
    let tables: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(tables[0]["rows"][0][1], 30);
    let out = run(&["stats", dbs, "--by", "week"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("\"week\""));

    let out = run(&["search", dbs, "harbour project", "--format", "json"]);
    let hits: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(!hits.as_array().unwrap().is_empty());
    assert!(hits[0]["snippet"]
        .as_str()
        .unwrap()
        .contains("[harbour] [project]"));

    let out_path = dir.path().join("x.parquet");
    let out = run(&[
        "export",
        dbs,
        "--format",
        "parquet",
        out_path.to_str().unwrap(),
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(dir.path().join("x-voices.parquet").exists());
    let out = run(&["export", dbs, "--format", "xml", "y.xml"]);
    assert_eq!(out.status.code(), Some(2));

    let out = run(&["voices", dbs, "--format", "csv"]);
    let csv = String::from_utf8_lossy(&out.stdout);
    assert!(csv.starts_with("table,row,column,value\nvoices,"), "{csv}");
}
