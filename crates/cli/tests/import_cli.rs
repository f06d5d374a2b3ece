//! The `import` command line: a draft on stdout for good input, one clear line on stderr and
//! a non-zero exit for bad input, never a panic.
#![cfg(not(target_arch = "wasm32"))]

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn run(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_import"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // A refused input may close stdin before it is all written.
    let _ = child.stdin.take().unwrap().write_all(stdin);
    child.wait_with_output().unwrap()
}

fn error_line(out: &Output) -> String {
    assert!(!out.status.success(), "exit status {:?}", out.status);
    assert_eq!(out.status.code(), Some(2), "an error, not a crash");
    let err = String::from_utf8_lossy(&out.stderr).to_string();
    assert_eq!(err.lines().count(), 1, "one line: {err:?}");
    assert!(!err.contains("panicked"));
    err
}

#[test]
fn drafts_from_stdin_with_metadata() {
    let text =
        "Port strike ends\n\n\u{201c}This is a victory,\u{201d} said union leader Grace Okafor.\n";
    let out = run(
        &[
            "--lang",
            "en",
            "--title-line",
            "--outlet",
            "Harbour City Wire",
            "--url",
            "https://example.org/a",
            "--date",
            "2031-03-03",
            "-",
        ],
        text.as_bytes(),
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let article = article_model::Article::parse(&String::from_utf8(out.stdout).unwrap())
        .expect("valid JSON article");
    assert_eq!(article.meta.title, "Port strike ends");
    assert_eq!(article.meta.date.value, "2031-03-03");
    assert_eq!(article.source.outlet, "Harbour City Wire");
    assert!(article.voices.iter().any(|v| v.name == "Grace Okafor"));
}

#[test]
fn reads_a_file() {
    let path = std::env::temp_dir().join(format!("import-cli-{}.txt", std::process::id()));
    std::fs::write(
        &path,
        "\u{ab} Nous sommes pr\u{ea}ts \u{bb}, a d\u{e9}clar\u{e9} le ministre Paul Roux.",
    )
    .unwrap();
    let out = run(&[path.to_str().unwrap()], b"");
    std::fs::remove_file(&path).ok();
    assert!(out.status.success());
    let json = String::from_utf8(out.stdout).unwrap();
    assert!(json.contains("\"language\": \"fr\""), "detected French");
    assert!(json.contains("Paul Roux"));
}

#[test]
fn bad_input_is_one_clear_line() {
    assert!(error_line(&run(&["-"], b"")).contains("the input holds no text"));
    assert!(error_line(&run(&["-"], b"  \n\n\t \n")).contains("the input holds no text"));
    assert!(error_line(&run(&["-"], b"caf\xe9 au lait"))
        .contains("not UTF-8 text (invalid byte at offset 3)"));
    assert!(error_line(&run(&["-"], b"\x7fELF\x02\x01\x01\x00\x00")).contains("looks binary"));
    let big = vec![b'a'; article_import::MAX_IMPORT_BYTES + 10];
    assert!(error_line(&run(&["-"], &big)).contains("the limit is"));
    assert!(error_line(&run(&["/no/such/file.txt"], b"")).contains("/no/such/file.txt"));
    assert!(error_line(&run(&[], b"")).contains("no input file"));
    assert!(error_line(&run(&["--date", "2031-13-01", "-"], b"text")).contains("date: "));
    assert!(error_line(&run(&["--url", "javascript:alert(1)", "-"], b"text")).contains("url: "));
    assert!(error_line(&run(&["--bogus", "-"], b"text")).contains("--bogus"));
    assert!(error_line(&run(&["--lang"], b"")).contains("--lang"));
}

#[test]
fn other_languages_say_they_use_quotation_marks_alone() {
    let out = run(
        &["--lang", "ru", "-"],
        "\u{ab}\u{414}\u{430}\u{bb}, \u{441}\u{43a}\u{430}\u{437}\u{430}\u{43b} \u{43e}\u{43d}."
            .as_bytes(),
    );
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("quotation marks alone"));
}
