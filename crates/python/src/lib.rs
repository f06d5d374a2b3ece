//! `article_viewer._native`: the importer and the model for Python (PyO3). The package
//! `article_viewer` (python/article_viewer/) re-exports it; its tests are in tests/python/.
//!
//! Everything crosses the boundary as plain Python objects in the project's JSON schema, and
//! every bad input is a Python exception with the command line's words, never a crash.

mod article_json;

use article_import::{ImportError, ImportOptions};
use article_model::rows::{passage_rows, PassageRow};
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::types::PyList;
use pythonize::pythonize;

// A panic must reach Python as an exception: with `panic = "abort"` (the workspace's release
// profile, sized for wasm) it would kill the interpreter instead. maturin builds with the
// `wheel` profile (pyproject.toml), which unwinds.
#[cfg(panic = "abort")]
compile_error!("article-viewer-python must be built with panic = \"unwind\": use `maturin build` (profile `wheel`), not `--release`");

pyo3::create_exception!(
    article_viewer,
    InvalidArticle,
    PyValueError,
    "Article data that does not fit the schema. `str(e)` has one line per problem, each \
     starting with the field's path; `e.errors` is the same lines as a list."
);

/// Drafts who-says-what data from plain article text, like the `import` command line.
///
/// `text` is the article: paragraphs separated by blank lines, at most 2 MiB of UTF-8.
/// The options are those of the command line: `lang` (a BCP 47 code; detected when None),
/// `outlet`, `url` (absolute http(s)), `date` (YYYY-MM-DD), `title`, `title_line` (the first
/// paragraph is the title) and `quotes_only` (quotation marks alone, the baseline).
///
/// Returns the draft article as dicts and lists, exactly the JSON the command line writes.
/// Raises ValueError with the command line's message for empty or over-size text and for a
/// bad option. The GIL is released while drafting, so threads draft in parallel.
#[pyfunction]
#[pyo3(signature = (text, *, lang=None, outlet=None, url=None, date=None, title=None, title_line=false, quotes_only=false))]
#[allow(clippy::too_many_arguments)] // The command line's options, one keyword each.
fn draft<'py>(
    py: Python<'py>,
    text: &str,
    lang: Option<String>,
    outlet: Option<String>,
    url: Option<String>,
    date: Option<String>,
    title: Option<String>,
    title_line: bool,
    quotes_only: bool,
) -> PyResult<Bound<'py, PyAny>> {
    let options = ImportOptions {
        language: lang,
        title_line,
        title,
        outlet,
        url,
        date,
        quotes_only,
    };
    let drafted = py
        .detach(|| article_import::import(text, &options))
        .map_err(|e: ImportError| PyValueError::new_err(e.to_string()))?;
    Ok(pythonize(py, &drafted.article)?)
}

/// One row per passage of an article, in reading order: the columns of `corpus export`
/// (`PASSAGE_COLUMNS`), ready for `pandas.DataFrame(rows)`.
///
/// `article` is a draft from `draft()` or any article in the schema (dicts and lists, or its
/// JSON text); it is validated first and raises InvalidArticle (a ValueError) when it does not
/// fit. `article_id` fills the `article_id` column; `reviewed` says whether a person checked
/// the article (False for a draft).
#[pyfunction]
#[pyo3(signature = (article, *, article_id="", reviewed=false))]
fn passages<'py>(
    py: Python<'py>,
    article: &Bound<'py, PyAny>,
    article_id: &str,
    reviewed: bool,
) -> PyResult<Bound<'py, PyList>> {
    let article = article_json::parse(py, article)?;
    let rows: Vec<PassageRow> = passage_rows(article_id, &article, reviewed);
    let rows = rows
        .iter()
        .map(|row| pythonize(py, row))
        .collect::<Result<Vec<_>, _>>()?;
    PyList::new(py, rows)
}

/// Checks an article (dicts and lists, or its JSON text) against the schema and the rules the
/// viewer applies: ids, references, text, URLs, dates.
///
/// Returns None when it is valid; raises InvalidArticle (a ValueError) listing every problem,
/// one line each, by field path (`paragraphs[0].passages[1].voice: ...`).
#[pyfunction]
fn validate(py: Python<'_>, article: &Bound<'_, PyAny>) -> PyResult<()> {
    article_json::parse(py, article).map(drop)
}

#[pymodule]
#[pyo3(name = "_native")]
fn native(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    m.add("PASSAGE_COLUMNS", PassageRow::COLUMNS.to_vec())?;
    m.add("MAX_TEXT_BYTES", article_import::MAX_IMPORT_BYTES)?;
    m.add("InvalidArticle", m.py().get_type::<InvalidArticle>())?;
    m.add_function(wrap_pyfunction!(draft, m)?)?;
    m.add_function(wrap_pyfunction!(passages, m)?)?;
    m.add_function(wrap_pyfunction!(validate, m)?)?;
    Ok(())
}
