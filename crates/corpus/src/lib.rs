//! The corpus: many articles in one SQLite file (`schema.sql` documents every table), the same
//! speaker recognised across articles, statistics, exports and full-text search.
//!
//! Depends on article-model and article-import; the `corpus` command line (crates/cli) and the
//! static corpus browser are built on it. Pure of any UI: it reads files and writes one
//! database.

mod add;
mod db;
pub mod export;
pub mod gender;
pub mod input;
pub mod names;
pub mod read;
pub mod stats;
pub mod store;
pub mod synthetic;
pub mod table;

pub use add::{AddOptions, Progress, Summary};
pub use db::{Corpus, CorpusError, Mode, APPLICATION_ID, SCHEMA, SCHEMA_VERSION};
pub use read::{ArticleSummary, CorpusVoice, SearchHit, StoredArticle, VoicePassage, VoiceRole};
pub use store::Outcome;
