//! `score-pages [--details] [DIR]`: reads every test page (`crates/page/tests/pages/*.html`,
//! each with its `.expected.json`) and prints a table: the body's word-level precision, recall
//! and F1, and each metadata field right (✓) or wrong (✗); then the mean F1 and each field's
//! accuracy. `--details` shows each wrong field and the paragraphs missed or added.

use article_page::read_page;
use article_page::score::{score, FIELDS};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

fn main() -> ExitCode {
    let mut details = false;
    let mut dir = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../page/tests/pages"));
    for a in std::env::args().skip(1) {
        match a.as_str() {
            "--details" => details = true,
            "-h" | "--help" => {
                println!("usage: score-pages [--details] [DIR]");
                return ExitCode::SUCCESS;
            }
            other => dir = PathBuf::from(other),
        }
    }
    match run(&dir, details) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("score-pages: {e}");
            ExitCode::from(2)
        }
    }
}

fn run(dir: &Path, details: bool) -> Result<(), String> {
    let mut pages: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "html"))
        .collect();
    pages.sort();
    if pages.is_empty() {
        return Err(format!("{}: no .html pages", dir.display()));
    }
    println!(
        "| page | paragraphs (expected / found) | P | R | body F1 | {} |",
        FIELDS.join(" | ")
    );
    println!("|---|---:|---:|---:|---:|{}", "---|".repeat(FIELDS.len()));
    let mut f1_sum = 0.0;
    let mut right = [0usize; FIELDS.len()];
    let mut notes = Vec::new();
    for path in &pages {
        let name = path
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or("?")
            .to_string();
        let html = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
        let expected_path = path.with_extension("expected.json");
        let expected: serde_json::Value = serde_json::from_str(
            &std::fs::read_to_string(&expected_path)
                .map_err(|e| format!("{}: {e}", expected_path.display()))?,
        )
        .map_err(|e| format!("{}: {e}", expected_path.display()))?;
        let page = read_page(&html, None);
        if let Err(e) = &page {
            notes.push(format!("{name}: {e}"));
        }
        let s = score(page.as_ref().ok(), &expected).map_err(|e| format!("{name}: {e}"))?;
        f1_sum += s.f1;
        let marks: Vec<&str> = s
            .fields
            .iter()
            .enumerate()
            .map(|(i, (_, wrong))| {
                if wrong.is_none() {
                    right[i] += 1;
                    "✓"
                } else {
                    "✗"
                }
            })
            .collect();
        println!(
            "| {name} | {} / {} | {:.2} | {:.2} | {:.3} | {} |",
            s.paragraphs.0,
            s.paragraphs.1,
            s.precision,
            s.recall,
            s.f1,
            marks.join(" | ")
        );
        if details {
            for (field, wrong) in &s.fields {
                if let Some((want, got)) = wrong {
                    notes.push(format!("{name}: {field}: expected {want:?}, found {got:?}"));
                }
            }
            if let Ok(page) = &page {
                let want: Vec<String> = expected["body"]
                    .as_array()
                    .map(|a| {
                        a.iter()
                            .filter_map(|p| p.as_str().map(str::to_string))
                            .collect()
                    })
                    .unwrap_or_default();
                for b in &page.blocks {
                    if !want.contains(&b.text) {
                        notes.push(format!("{name}: extra or different: {:?}", b.text));
                    }
                }
                for w in &want {
                    if !page.blocks.iter().any(|b| &b.text == w) {
                        notes.push(format!("{name}: missed: {w:?}"));
                    }
                }
            }
        }
    }
    let n = pages.len() as f64;
    let accuracy: Vec<String> = right
        .iter()
        .map(|r| format!("{:.0}%", 100.0 * *r as f64 / n))
        .collect();
    println!(
        "| all {} pages (mean; field accuracy) | | | | {:.3} | {} |",
        pages.len(),
        f1_sum / n,
        accuracy.join(" | ")
    );
    for note in notes {
        println!("- {note}");
    }
    Ok(())
}
