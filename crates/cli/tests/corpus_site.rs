//! `corpus site` from the command line: a site from a corpus, and clear refusals (a bad
//! option, a folder that is not a site, a missing viewer, a file that is not a corpus).

use std::fs;
use std::path::Path;
use std::process::{Command, Output};

fn corpus(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_corpus"))
        .args(args)
        .output()
        .expect("the corpus command runs")
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// A corpus of two articles and a stand-in for the viewer's dist/.
fn setup(dir: &Path) -> (String, String) {
    let jsonl = dir.join("in.jsonl");
    fs::write(
        &jsonl,
        concat!(
            r#"{"id":"one","text":"“We will rebuild the bridge,” Mayor Ana Silva said.\n\nShe said the money was there.","title":"Bridge","outlet":"Harbour Wire","date":"2026-03-02","lang":"en"}"#,
            "\n",
            r#"{"id":"two","text":"“The budget is ready,” Ana Silva said on Monday.","title":"Budget <b>","outlet":"Valley Courier","date":"2026-04-01","lang":"en"}"#,
            "\n"
        ),
    )
    .unwrap();
    let db = dir.join("c.db").display().to_string();
    let added = corpus(&["add", &db, &jsonl.display().to_string(), "--quiet"]);
    assert!(added.status.success(), "{}", stderr(&added));
    let viewer = dir.join("dist");
    fs::create_dir_all(&viewer).unwrap();
    for f in ["index.html", "embed.html", "style.css"] {
        fs::write(viewer.join(f), "viewer").unwrap();
    }
    (db, viewer.display().to_string())
}

#[test]
fn writes_a_site_and_says_what_it_wrote() {
    let dir = tempfile::tempdir().unwrap();
    let (db, viewer) = setup(dir.path());
    let out = dir.path().join("site").display().to_string();
    let o = corpus(&["site", &db, &out, "--viewer", &viewer, "--locale", "fr"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let summary = String::from_utf8_lossy(&o.stdout);
    assert!(summary.contains("2 articles"), "{summary}");
    let voice = fs::read_to_string(dir.path().join("site/v/ana-silva.html")).unwrap();
    assert!(voice.contains("<html lang=\"fr\""));
    assert_eq!(
        voice.matches("<blockquote").count(),
        3,
        "both articles' quotes, one voice across them"
    );
    assert!(fs::read_to_string(dir.path().join("site/a/two.html"))
        .unwrap()
        .contains("Budget &lt;b&gt;"));
    // Run again: the site is replaced, not refused.
    let again = corpus(&["site", &db, &out, "--viewer", &viewer, "--quiet"]);
    assert!(again.status.success(), "{}", stderr(&again));
    assert!(again.stdout.is_empty());
}

#[test]
fn refuses_clearly_and_touches_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let (db, viewer) = setup(dir.path());
    let out = dir.path().join("site").display().to_string();
    let o = corpus(&["site", &db, &out, "--viewer", &viewer, "--locale", "xx"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("--locale: \"xx\""), "{}", stderr(&o));
    let mine = dir.path().join("mine");
    fs::create_dir_all(&mine).unwrap();
    fs::write(mine.join("notes.txt"), "keep").unwrap();
    let o = corpus(&[
        "site",
        &db,
        &mine.display().to_string(),
        "--viewer",
        &viewer,
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("not written by `corpus site`"),
        "{}",
        stderr(&o)
    );
    assert_eq!(fs::read_to_string(mine.join("notes.txt")).unwrap(), "keep");
    let o = corpus(&[
        "site",
        &db,
        &out,
        "--viewer",
        &dir.path().join("nothing").display().to_string(),
    ]);
    assert!(stderr(&o).contains("./dev build"), "{}", stderr(&o));
    let not_db = dir.path().join("not.db");
    fs::write(&not_db, "hello").unwrap();
    let o = corpus(&[
        "site",
        &not_db.display().to_string(),
        &out,
        "--viewer",
        &viewer,
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(
        fs::read_to_string(&not_db).unwrap(),
        "hello",
        "never modified"
    );
}
