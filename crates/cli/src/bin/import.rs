//! `import [--lang xx] [--title-line] [--title T] [--outlet NAME] [--url URL] [--date YYYY-MM-DD]
//! [--quotes-only] [--timeout SECONDS] FILE|URL`: drafts who-says-what data from plain text or a
//! web page (an HTML file, or an http(s) address it fetches) and writes the article JSON to
//! stdout. `-` reads stdin. Errors are one line on stderr with a non-zero exit.

use article_cli::fetch::{fetch, is_address, DEFAULT_TIMEOUT};
use article_import::{import_html, import_input, ImportOptions, PageMeta};
use article_page::MAX_PAGE_BYTES;
use std::io::{Read, Write};
use std::process::ExitCode;
use std::time::Duration;

const USAGE: &str = "usage: import [--lang xx] [--title-line] [--title TITLE] [--outlet NAME] [--url URL] [--date YYYY-MM-DD] [--quotes-only] [--timeout SECONDS] FILE|URL (or - for stdin; an .html file or an http(s) address is read as a web page)";

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
    let mut timeout = DEFAULT_TIMEOUT;
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
            Long("timeout") => {
                let v = value(&mut parser, "timeout")?;
                let seconds: u64 = v
                    .parse()
                    .ok()
                    .filter(|s| (1..=600).contains(s))
                    .ok_or_else(|| {
                        format!("--timeout: {v:?} is not a number of seconds from 1 to 600")
                    })?;
                timeout = Duration::from_secs(seconds);
            }
            Long("help") | Short('h') => {
                println!("{USAGE}");
                return Ok(());
            }
            Value(v) if file.is_none() => file = Some(utf8(v, "FILE")?),
            other => return Err(format!("{}; {USAGE}", other.unexpected())),
        }
    }
    let file = file.ok_or_else(|| format!("no input file; {USAGE}"))?;
    let (draft, page) = if is_address(&file) {
        let fetched = fetch(&file, timeout, MAX_PAGE_BYTES)?;
        let drafted = import_html(&fetched.html, Some(&fetched.address), &options)
            .map_err(|e| format!("{file}: {e}"))?;
        (drafted.draft, Some(drafted.page))
    } else if file.contains("://") {
        return Err(format!("{file}: only http and https addresses are fetched"));
    } else {
        let bytes = read_limited(&file)?;
        let imported = import_input(&bytes, None, &options).map_err(|e| format!("{file}: {e}"))?;
        (imported.draft, imported.page)
    };
    let json = serde_json::to_string_pretty(&draft.article).map_err(|e| e.to_string())?;
    let mut out = std::io::stdout().lock();
    writeln!(out, "{json}").map_err(|e| format!("writing the output: {e}"))?;
    if let Some(page) = &page {
        eprintln!("import: read as a web page; {}", found_line(page));
    }
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

/// What the page gave and where from, on one line: "title (JSON-LD headline), date (…)".
fn found_line(page: &PageMeta) -> String {
    let mut parts = Vec::new();
    let mut add = |name: &str, origin: Option<article_page::Origin>| {
        if let Some(origin) = origin {
            parts.push(format!("{name} ({origin})"));
        }
    };
    add("title", page.title.as_ref().map(|f| f.origin));
    add("authors", page.authors.as_ref().map(|f| f.origin));
    add("date", page.date.as_ref().map(|f| f.origin));
    add("outlet", page.outlet.as_ref().map(|f| f.origin));
    add("link", page.url.as_ref().map(|f| f.origin));
    add("language", page.language.as_ref().map(|f| f.origin));
    if parts.is_empty() {
        "the page states no metadata".to_string()
    } else {
        format!("from the page: {}", parts.join(", "))
    }
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
        .take(MAX_PAGE_BYTES as u64 + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| format!("{file}: {e}"))?;
    Ok(bytes)
}
