//! `import [--lang xx] [--title-line] [--title T] [--outlet NAME] [--url URL] [--date YYYY-MM-DD]
//! [--quotes-only] FILE`: drafts who-says-what data from plain text and writes the article JSON
//! to stdout. `-` reads stdin. Errors are one line on stderr with a non-zero exit.

use article_import::{import_bytes, ImportOptions, MAX_IMPORT_BYTES};
use std::io::{Read, Write};
use std::process::ExitCode;

const USAGE: &str = "usage: import [--lang xx] [--title-line] [--title TITLE] [--outlet NAME] [--url URL] [--date YYYY-MM-DD] [--quotes-only] FILE (or - for stdin)";

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("import: {message}");
            ExitCode::from(2)
        }
    }
}

fn run() -> Result<(), String> {
    use lexopt::prelude::*;
    let mut options = ImportOptions::default();
    let mut file: Option<String> = None;
    let mut parser = lexopt::Parser::from_env();
    while let Some(arg) = parser.next().map_err(|e| format!("{e}; {USAGE}"))? {
        match arg {
            Long("lang") => options.language = Some(value(&mut parser, "lang")?),
            Long("title-line") => options.title_line = true,
            Long("title") => options.title = Some(value(&mut parser, "title")?),
            Long("outlet") => options.outlet = Some(value(&mut parser, "outlet")?),
            Long("url") => options.url = Some(value(&mut parser, "url")?),
            Long("date") => options.date = Some(value(&mut parser, "date")?),
            Long("quotes-only") => options.quotes_only = true,
            Long("help") | Short('h') => {
                println!("{USAGE}");
                return Ok(());
            }
            Value(v) if file.is_none() => file = Some(utf8(v, "FILE")?),
            other => return Err(format!("{}; {USAGE}", other.unexpected())),
        }
    }
    let file = file.ok_or_else(|| format!("no input file; {USAGE}"))?;
    let bytes = read_limited(&file)?;
    let draft = import_bytes(&bytes, &options).map_err(|e| format!("{file}: {e}"))?;
    let json = serde_json::to_string_pretty(&draft.article).map_err(|e| e.to_string())?;
    let mut out = std::io::stdout().lock();
    writeln!(out, "{json}").map_err(|e| format!("writing the output: {e}"))?;
    if !draft.full_rules {
        eprintln!(
            "import: language {:?}{} has no attribution rules: quotation marks alone",
            draft.language,
            if draft.detected { " (detected)" } else { "" }
        );
    }
    Ok(())
}

/// An option's value, as text.
fn value(parser: &mut lexopt::Parser, name: &str) -> Result<String, String> {
    let v = parser.value().map_err(|e| format!("{e}; {USAGE}"))?;
    utf8(v, &format!("--{name}"))
}

fn utf8(v: std::ffi::OsString, name: &str) -> Result<String, String> {
    v.into_string()
        .map_err(|_| format!("{name}: not valid UTF-8"))
}

/// Reads at most one byte past the limit, so a huge file or stream is refused without being
/// read into memory whole.
fn read_limited(file: &str) -> Result<Vec<u8>, String> {
    let reader: Box<dyn Read> = if file == "-" {
        Box::new(std::io::stdin())
    } else {
        if std::path::Path::new(file).is_dir() {
            return Err(format!("{file}: is a directory"));
        }
        Box::new(std::fs::File::open(file).map_err(|e| format!("{file}: {e}"))?)
    };
    let mut bytes = Vec::new();
    reader
        .take(MAX_IMPORT_BYTES as u64 + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| format!("{file}: {e}"))?;
    Ok(bytes)
}
