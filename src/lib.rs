//! Article Viewer: a news article, with who says what.
//!
//! The pure core lives in the workspace's `crates/` and is re-exported here under its old names:
//! `model` (article data and validation), `i18n` (locales and catalogues) and `import` (plain
//! text to a draft). Here, `options`, `state`, `prefs`, `citation`, `embed_snippets` and `edit`
//! (the editor's commands) are pure (no web APIs) and tested natively. `components` and `app`
//! render both in the browser and natively (prerendering, tests); `hooks`, `clipboard`, `storage`
//! and `mount` are the browser side; `pages` and `synthetic` are build-time and benchmark tools
//! (`ssr` feature).

pub mod app;
pub mod citation;
pub mod clipboard;
pub mod components;
pub mod download;
pub mod edit;
pub mod editor;
pub mod embed_snippets;
pub mod escape;
pub mod hooks;
pub mod mount;
pub mod one_file;
pub mod options;
#[cfg(feature = "ssr")]
pub mod pages;
pub mod prefs;
pub mod shared;
pub mod state;
pub mod storage;
#[cfg(feature = "ssr")]
pub mod synthetic;

pub use app::{App, AppProps, Mode};
// The pure core, under the names the viewer has always used for it.
pub use article_import as import;
pub use article_model as model;
pub use article_model::i18n;
