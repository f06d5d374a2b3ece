//! An article from Python: its JSON text, or dicts and lists turned into that text by Python's
//! own `json` module, then parsed and validated exactly as the command line and the viewer do,
//! so the errors are the same lines with the same field paths.
//!
//! Going through text (rather than walking the objects in Rust) also keeps untrusted nesting
//! bounded: `json.dumps` raises RecursionError and serde_json stops at 128 levels.

use crate::InvalidArticle;
use article_model::Article;
use pyo3::exceptions::PyException;
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyDict, PyString};

pub fn parse(py: Python<'_>, article: &Bound<'_, PyAny>) -> PyResult<Article> {
    let text = json_text(py, article)?;
    Article::parse(&text).map_err(|errors| {
        let lines: Vec<String> = errors.iter().map(ToString::to_string).collect();
        invalid(py, lines)
    })
}

fn json_text(py: Python<'_>, article: &Bound<'_, PyAny>) -> PyResult<String> {
    if let Ok(text) = article.cast::<PyString>() {
        return Ok(text.to_str()?.to_owned());
    }
    if let Ok(bytes) = article.cast::<PyBytes>() {
        return String::from_utf8(bytes.as_bytes().to_vec()).map_err(|e| {
            invalid(
                py,
                vec![format!(
                    "the article is not UTF-8 text (invalid byte at offset {})",
                    e.utf8_error().valid_up_to()
                )],
            )
        });
    }
    let kwargs = PyDict::new(py);
    kwargs.set_item("ensure_ascii", false)?;
    kwargs.set_item("allow_nan", false)?;
    let dumped = py
        .import("json")?
        .call_method("dumps", (article,), Some(&kwargs))
        .map_err(|e| {
            // A set, a NaN, a cycle or too deep a nesting: not article data. Anything that is
            // not an ordinary exception (KeyboardInterrupt) passes through untouched.
            if e.is_instance_of::<PyException>(py) {
                invalid(py, vec![format!("the article is not JSON data: {e}")])
            } else {
                e
            }
        })?;
    dumped.extract()
}

/// InvalidArticle with one line per problem, also kept as a list in `errors`.
fn invalid(py: Python<'_>, lines: Vec<String>) -> PyErr {
    let err = InvalidArticle::new_err(lines.join("\n"));
    // Setting an attribute on a fresh exception object cannot fail in practice; if it did,
    // the message still carries every line.
    let _ = err.value(py).setattr("errors", lines);
    err
}
