//! The field path of a serde_json data error, found from the error's position in the text.
//!
//! Why not a path-tracking deserializer (serde_path_to_error): it wraps every visitor of every
//! type, on every parse, and cost the viewer's wasm 38 KB raw (6 KB gzip). A data error's
//! position is where the deserializer stood when it gave up, so walking the (valid) text up to
//! there gives the same path, and only when there is an error.

/// `paragraphs[3].passages[1].voice` for the value being read at 1-based `line` and `column`
/// (serde_json's numbering: the column counts bytes); empty at the top level. The text before
/// the position is valid JSON, since the error is about data, not syntax.
pub fn path_at(json: &str, line: usize, column: usize) -> String {
    let end = offset(json, line, column);
    let bytes = json.as_bytes();
    let mut frames: Vec<Frame> = Vec::new();
    let mut i = 0;
    while i < end {
        match bytes[i] {
            b'{' => frames.push(Frame::Object(None)),
            b'[' => frames.push(Frame::Array(0)),
            b'}' | b']' => {
                frames.pop();
            }
            b',' => {
                if let Some(Frame::Array(index)) = frames.last_mut() {
                    *index += 1;
                }
            }
            b'"' => {
                let close = string_end(bytes, i);
                // A string right after `{` or `,` in an object is a key; any other is a value.
                if let Some(Frame::Object(key)) = frames.last_mut() {
                    if expects_key(bytes, i) {
                        *key = Some(unescape(&json[i..close.min(bytes.len())]));
                    }
                }
                i = close;
                continue;
            }
            _ => {}
        }
        i += 1;
    }
    let mut path = String::new();
    for frame in &frames {
        match frame {
            Frame::Object(Some(key)) => {
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(key);
            }
            Frame::Object(None) => {}
            Frame::Array(index) => {
                path.push('[');
                path.push_str(&index.to_string());
                path.push(']');
            }
        }
    }
    path
}

enum Frame {
    /// The key last read in this object.
    Object(Option<String>),
    /// The index of the element being read.
    Array(usize),
}

/// The byte offset of a 1-based line and column; the column is a byte count, as serde_json's.
fn offset(json: &str, line: usize, column: usize) -> usize {
    let start: usize = json
        .split_inclusive('\n')
        .take(line.saturating_sub(1))
        .map(str::len)
        .sum();
    (start + column).min(json.len())
}

/// The index just past the string starting at `open` (a `"`).
fn string_end(bytes: &[u8], open: usize) -> usize {
    let mut i = open + 1;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => i += 2,
            b'"' => return i + 1,
            _ => i += 1,
        }
    }
    bytes.len()
}

/// Whether the string at `open` stands where an object's key does: after `{` or `,`.
fn expects_key(bytes: &[u8], open: usize) -> bool {
    bytes[..open]
        .iter()
        .rev()
        .find(|b| !b.is_ascii_whitespace())
        .is_some_and(|b| matches!(b, b'{' | b','))
}

/// A key as written, unescaped where it is valid JSON (keys are almost always plain).
fn unescape(quoted: &str) -> String {
    serde_json::from_str(quoted).unwrap_or_else(|_| quoted.trim_matches('"').to_string())
}
