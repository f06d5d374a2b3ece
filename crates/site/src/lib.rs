//! The static corpus browser (`corpus site DB OUT/`): plain HTML pages, per-article and
//! per-voice files, a search index in shards fetched on demand, and SVG charts made here, so
//! that the site works from any static host and sub-path (every link is relative) under the
//! viewer's strict Content-Security-Policy (no inline script or style).
//!
//! Articles are streamed in with [`SiteBuilder::add`]: each one's page and JSON are written at
//! once, and only what the cross-article pages need (a row, its quoted passages) is kept.
//! Used by the `corpus` command line (crates/cli); depends on article-model.

mod articles;
mod chart;
mod collect;
mod html;
mod names;
mod output;
pub mod search;
mod stats;
mod voices;
mod words;

pub use article_model::i18n::Locale;
use article_model::Article;
pub use articles::embed_snippet;
use collect::Collected;
use output::Output;
use std::fmt;
use std::path::{Path, PathBuf};

/// Who a corpus voice is, as the charts group them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Who {
    Person,
    Collective,
    Anonymous,
    Outlet,
}

impl Who {
    pub const QUOTED: [Who; 3] = [Who::Person, Who::Collective, Who::Anonymous];

    pub fn as_str(self) -> &'static str {
        match self {
            Who::Person => "person",
            Who::Collective => "collective",
            Who::Anonymous => "anonymous",
            Who::Outlet => "outlet",
        }
    }

    /// The corpus's name for a kind ("person", "collective", "anonymous", "outlet").
    pub fn from_name(name: &str) -> Option<Who> {
        [Who::Person, Who::Collective, Who::Anonymous, Who::Outlet]
            .into_iter()
            .find(|w| w.as_str() == name)
    }
}

/// One speaker across the corpus.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CorpusVoice {
    /// The corpus's id for it (untrusted: file names are derived, never taken as they are).
    pub id: String,
    pub name: String,
    pub who: Who,
}

/// An article as the site gets it from the corpus.
#[derive(Debug, Clone)]
pub struct SiteArticle {
    /// The corpus's id (untrusted, like everything else here).
    pub id: String,
    /// Reviewed in the editor, rather than an importer's draft.
    pub reviewed: bool,
    pub article: Article,
    /// Each of the article's voices (by its id in the article) with its corpus voice. A voice
    /// left out stands for itself, keyed by its name.
    pub corpus_voices: Vec<(String, CorpusVoice)>,
}

#[derive(Debug, Clone)]
pub struct SiteOptions {
    /// The viewer's built files (`dist/` of `trunk build --release`), copied into OUT/viewer/.
    pub viewer: PathBuf,
    /// The language of the site's own words (the viewer follows it).
    pub locale: Locale,
    /// The site's name in its header; the interface's default otherwise.
    pub title: Option<String>,
}

/// What was written, for the command's summary and the benchmark.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Summary {
    pub articles: usize,
    pub voices: usize,
    pub quotes: usize,
    pub pages: usize,
    pub files: usize,
    pub bytes: u64,
    pub html_bytes: u64,
    pub largest_page: u64,
    pub shards: usize,
    pub shard_bytes: u64,
    pub largest_shard: u64,
    pub fragments: usize,
}

#[derive(Debug)]
pub enum SiteError {
    /// A file or folder could not be read or written.
    Io {
        path: PathBuf,
        error: std::io::Error,
    },
    /// The output folder holds files that this command did not write: never overwritten.
    NotOurs(PathBuf),
    /// The viewer's built files are missing.
    NoViewer(PathBuf),
}

impl fmt::Display for SiteError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SiteError::Io { path, error } => write!(f, "{}: {error}", path.display()),
            SiteError::NotOurs(path) => write!(
                f,
                "{}: the folder is not empty and was not written by `corpus site`; give an empty or new folder",
                path.display()
            ),
            SiteError::NoViewer(path) => write!(
                f,
                "{}: the viewer's built files are not there (no index.html and embed.html); build them with `./dev build` or give --viewer DIR",
                path.display()
            ),
        }
    }
}

impl std::error::Error for SiteError {}

/// Writes a site into a folder, one article at a time.
pub struct SiteBuilder {
    out: Output,
    words: words::Words,
    title: String,
    collected: Collected,
}

impl SiteBuilder {
    /// Prepares `out` (new, empty, or a site written before, which is replaced) and copies the
    /// viewer into it.
    pub fn create(out: &Path, options: SiteOptions) -> Result<Self, SiteError> {
        let mut out = Output::prepare(out)?;
        out.copy_viewer(&options.viewer)?;
        out.write_assets()?;
        let words = words::Words::new(options.locale);
        let title = options
            .title
            .filter(|t| !t.trim().is_empty())
            .unwrap_or_else(|| words.get("site.name").to_string());
        Ok(Self {
            out,
            words,
            title,
            collected: Collected::default(),
        })
    }

    /// Writes the article's page and JSON, and keeps what the other pages need.
    pub fn add(&mut self, article: SiteArticle) -> Result<(), SiteError> {
        let row = self.collected.add(&article);
        let page = html::PageContext {
            words: &self.words,
            site: &self.title,
        };
        articles::write_article(&mut self.out, &page, &self.collected, row, &article)
    }

    /// Writes every page across articles: lists, voices, search, statistics, the home page.
    pub fn finish(mut self) -> Result<Summary, SiteError> {
        self.collected.finish();
        let page = html::PageContext {
            words: &self.words,
            site: &self.title,
        };
        let c = &self.collected;
        articles::write_lists(&mut self.out, &page, c)?;
        voices::write_all(&mut self.out, &page, c)?;
        let index = search::write_index(&mut self.out, &page, c)?;
        search::write_page(&mut self.out, &page)?;
        stats::write_page(&mut self.out, &page, c)?;
        articles::write_home(&mut self.out, &page, c)?;
        let mut summary = self.out.summary();
        summary.articles = c.rows.len();
        summary.voices = c.voices.len();
        summary.quotes = c.quotes.len();
        summary.shards = index.shards;
        summary.shard_bytes = index.shard_bytes;
        summary.largest_shard = index.largest_shard;
        summary.fragments = index.fragments;
        Ok(summary)
    }
}
