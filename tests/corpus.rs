//! The malformed-data corpus: each `tests/corpus/*.json` must be refused with the message in
//! its `.expected` file (a field path, or a position for syntax errors), and never panic.
#![cfg(not(target_arch = "wasm32"))]

use article_viewer::model::{Article, BUILTIN_ARTICLE_JSON, MAX_INPUT_BYTES};
use std::path::Path;

#[test]
fn every_malformed_file_gets_its_error() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    assert!(files.len() >= 20, "the corpus holds {} cases", files.len());
    for file in files {
        let input = std::fs::read_to_string(&file).unwrap();
        let expected = std::fs::read_to_string(file.with_extension("expected")).unwrap();
        let expected = expected.trim();
        let errors: Vec<String> = match Article::parse(&input) {
            Ok(_) => panic!("{}: accepted", file.display()),
            Err(errors) => errors.iter().map(ToString::to_string).collect(),
        };
        assert!(
            errors.iter().any(|e| e.contains(expected)),
            "{}: expected {expected:?} in {errors:?}",
            file.display()
        );
    }
}

#[test]
fn a_20_mb_input_is_refused_before_parsing() {
    let padding = " ".repeat(20 * 1024 * 1024);
    let input = format!("{padding}{BUILTIN_ARTICLE_JSON}");
    let errors = Article::parse(&input).unwrap_err();
    assert_eq!(
        errors[0].to_string(),
        format!(
            "the input is {} bytes; the limit is {MAX_INPUT_BYTES} bytes",
            input.len()
        )
    );
}
