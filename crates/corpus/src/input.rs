//! What `corpus add` reads: folders of `.txt` and `article.json` files, and JSON Lines files,
//! streamed one item at a time with every size checked before anything is held whole.

use article_import::MAX_IMPORT_BYTES;
use serde::Deserialize;
use std::fs::File;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

/// The most a JSON line may hold: the text limit, with room for JSON escapes and metadata.
pub const MAX_LINE_BYTES: usize = 2 * MAX_IMPORT_BYTES + 64 * 1024;

/// One thing to add, not yet parsed or drafted.
#[derive(Debug)]
pub struct Item {
    /// Where it is: `folder/a.txt`, or `file.jsonl:12`.
    pub label: String,
    pub body: Body,
}

#[derive(Debug)]
pub enum Body {
    /// Plain text to draft, with what the input says about it.
    Text {
        id: Option<String>,
        bytes: Vec<u8>,
        meta: LineMeta,
    },
    /// An `article.json`: validated and taken as reviewed.
    Reviewed { id: String, bytes: Vec<u8> },
    /// A JSON line, parsed by a worker.
    Line(Vec<u8>),
    /// Refused before parsing (too large, unreadable).
    Bad(String),
}

/// The metadata fields of a JSON line; only `text` is required.
#[derive(Debug, Default, Deserialize)]
pub struct Line {
    pub id: Option<String>,
    pub text: String,
    #[serde(flatten)]
    pub meta: LineMeta,
}

#[derive(Debug, Default, Deserialize)]
pub struct LineMeta {
    pub title: Option<String>,
    pub outlet: Option<String>,
    pub url: Option<String>,
    pub date: Option<String>,
    pub lang: Option<String>,
}

/// What one INPUT argument is.
pub enum Source {
    Folder(PathBuf),
    Lines(PathBuf),
    TextFile(PathBuf),
    ArticleFile(PathBuf),
    Stdin,
}

impl Source {
    pub fn of(arg: &str) -> Result<Source, String> {
        if arg == "-" {
            return Ok(Source::Stdin);
        }
        let path = PathBuf::from(arg);
        let meta = std::fs::metadata(&path).map_err(|e| format!("{arg}: {e}"))?;
        Ok(if meta.is_dir() {
            Source::Folder(path)
        } else if arg.ends_with(".txt") {
            Source::TextFile(path)
        } else if arg.ends_with(".json") {
            Source::ArticleFile(path)
        } else {
            Source::Lines(path)
        })
    }

    /// How many items it holds, when that is cheap to know (for the progress bar's ETA).
    pub fn count(&self) -> Option<u64> {
        match self {
            Source::Folder(dir) => {
                let mut n = 0;
                walk(dir, &mut |_| n += 1).ok()?;
                Some(n)
            }
            Source::Lines(path) => {
                let mut reader = BufReader::new(File::open(path).ok()?);
                let mut n = 0u64;
                let mut last = b'\n';
                loop {
                    let buf = reader.fill_buf().ok()?;
                    if buf.is_empty() {
                        break;
                    }
                    n += buf.iter().filter(|&&b| b == b'\n').count() as u64;
                    last = buf[buf.len() - 1];
                    let len = buf.len();
                    reader.consume(len);
                }
                Some(n + u64::from(last != b'\n'))
            }
            Source::TextFile(_) | Source::ArticleFile(_) => Some(1),
            Source::Stdin => None,
        }
    }

    /// Sends each item to `emit`, in a stable order (folders sorted by path). Stops when
    /// `emit` returns false (the receiver is gone).
    pub fn read(&self, emit: &mut dyn FnMut(Item) -> bool) -> Result<(), String> {
        match self {
            Source::Folder(dir) => {
                let mut stopped = false;
                walk(dir, &mut |path| {
                    if !stopped && !emit(file_item(dir, &path, is_article_json(&path))) {
                        stopped = true;
                    }
                })
                .map_err(|e| format!("{}: {e}", dir.display()))
            }
            Source::TextFile(path) | Source::ArticleFile(path) => {
                let base = path.parent().unwrap_or(Path::new(""));
                emit(file_item(
                    base,
                    path,
                    matches!(self, Source::ArticleFile(_)),
                ));
                Ok(())
            }
            Source::Lines(path) => {
                let file = File::open(path).map_err(|e| format!("{}: {e}", path.display()))?;
                lines(&path.display().to_string(), BufReader::new(file), emit)
            }
            Source::Stdin => lines("stdin", std::io::stdin().lock(), emit),
        }
    }
}

/// Calls `f` with every `.txt` and `article.json` file under `dir`, sorted, depth first.
fn walk(dir: &Path, f: &mut dyn FnMut(PathBuf)) -> std::io::Result<()> {
    let mut entries: Vec<_> = std::fs::read_dir(dir)?
        .map(|e| e.map(|e| e.path()))
        .collect::<Result<_, _>>()?;
    entries.sort();
    for path in entries {
        if path.is_dir() {
            walk(&path, f)?;
        } else if is_input(&path) {
            f(path);
        }
    }
    Ok(())
}

fn is_input(path: &Path) -> bool {
    is_article_json(path) || path.extension().is_some_and(|e| e == "txt")
}

fn is_article_json(path: &Path) -> bool {
    path.file_name().is_some_and(|n| n == "article.json")
}

/// A `.txt` file's id is its path under the folder without `.txt`; an `article.json`'s, its
/// folder's path, so `a.txt` and `a/article.json` are one article, a draft and its review.
/// Another reviewed `NAME.json` given on its own is `NAME`.
fn file_item(base: &Path, path: &Path, reviewed: bool) -> Item {
    let label = path.display().to_string();
    let rel = path.strip_prefix(base).unwrap_or(path);
    let rel_str = rel.to_string_lossy().replace('\\', "/");
    let id = if reviewed && !is_article_json(path) {
        rel_str
            .strip_suffix(".json")
            .unwrap_or(&rel_str)
            .to_string()
    } else if reviewed {
        match rel_str.strip_suffix("/article.json") {
            Some(dir) => dir.to_string(),
            // An article.json at the folder's top: the folder's own name.
            None => base
                .canonicalize()
                .ok()
                .and_then(|b| b.file_name().map(|n| n.to_string_lossy().into_owned()))
                .unwrap_or_else(|| "article".into()),
        }
    } else {
        rel_str.strip_suffix(".txt").unwrap_or(&rel_str).to_string()
    };
    let limit = if reviewed {
        article_model::MAX_INPUT_BYTES
    } else {
        MAX_IMPORT_BYTES
    };
    let body = match read_limited(path, limit) {
        Ok(bytes) if reviewed => Body::Reviewed { id, bytes },
        Ok(bytes) => Body::Text {
            id: Some(id),
            bytes,
            meta: LineMeta::default(),
        },
        Err(reason) => Body::Bad(reason),
    };
    Item { label, body }
}

/// Reads at most one byte past `limit`, so a huge file is refused without being read whole.
fn read_limited(path: &Path, limit: usize) -> Result<Vec<u8>, String> {
    let file = File::open(path).map_err(|e| e.to_string())?;
    let mut bytes = Vec::new();
    file.take(limit as u64 + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| e.to_string())?;
    if bytes.len() > limit {
        return Err(format!("over {limit} bytes; the limit is {limit} bytes"));
    }
    Ok(bytes)
}

/// JSON Lines, each line bounded: an over-long line is skipped to its end, never held.
fn lines(
    name: &str,
    mut reader: impl BufRead,
    emit: &mut dyn FnMut(Item) -> bool,
) -> Result<(), String> {
    let mut number = 0u64;
    loop {
        number += 1;
        let mut line = Vec::new();
        let mut too_long = false;
        let mut done = false;
        loop {
            let buf = reader
                .fill_buf()
                .map_err(|e| format!("{name}:{number}: {e}"))?;
            if buf.is_empty() {
                done = true;
                break;
            }
            let (chunk, ends) = match buf.iter().position(|&b| b == b'\n') {
                Some(i) => (&buf[..i], Some(i + 1)),
                None => (buf, None),
            };
            if !too_long {
                if line.len() + chunk.len() > MAX_LINE_BYTES {
                    too_long = true;
                    line = Vec::new();
                } else {
                    line.extend_from_slice(chunk);
                }
            }
            let used = ends.unwrap_or(buf.len());
            reader.consume(used);
            if ends.is_some() {
                break;
            }
        }
        if done && line.is_empty() && !too_long {
            return Ok(());
        }
        let label = format!("{name}:{number}");
        let body = if too_long {
            Body::Bad(format!("line over {MAX_LINE_BYTES} bytes"))
        } else if line.iter().all(u8::is_ascii_whitespace) {
            if done {
                return Ok(());
            }
            continue;
        } else {
            Body::Line(line)
        };
        if !emit(Item { label, body }) || done {
            return Ok(());
        }
    }
}
