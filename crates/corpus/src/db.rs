//! Opening a corpus: telling ours from any other file, creating, and migrating the schema.

use rusqlite::{Connection, OpenFlags, TransactionBehavior};
use std::fmt;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// The schema of version 1, as documented in `schema.sql`.
pub const SCHEMA: &str = include_str!("../schema.sql");
/// The newest schema this build reads and writes.
pub const SCHEMA_VERSION: i64 = 1;
/// "AVPC" (Article Viewer corpus), in the SQLite header: how a corpus file is recognised.
pub const APPLICATION_ID: i64 = 0x4156_5043;
const FORMAT: &str = "article-viewer-corpus";

/// Each step migrates from version `i + 1` to `i + 2`; version 1 is `SCHEMA`.
const MIGRATIONS: &[&str] = &[];

/// How long a writer waits for another one (a concurrent `corpus add`) before giving up.
const BUSY_TIMEOUT: Duration = Duration::from_secs(120);

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Creates the file if missing and migrates an older schema.
    Write,
    /// Never changes the file; it must exist and be a corpus of this schema.
    Read,
}

#[derive(Debug)]
pub enum CorpusError {
    /// The file is not a corpus (another database, or not a database at all): left untouched.
    NotOurs {
        path: PathBuf,
        why: String,
    },
    /// Written by a newer version of this tool: left untouched.
    Newer {
        path: PathBuf,
        found: i64,
    },
    /// An older schema, opened for reading only.
    Older {
        path: PathBuf,
        found: i64,
    },
    Missing {
        path: PathBuf,
    },
    Sqlite(rusqlite::Error),
    Io(String),
}

impl fmt::Display for CorpusError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CorpusError::NotOurs { path, why } => write!(
                f,
                "{}: not an Article Viewer corpus ({why}); it was left unchanged",
                path.display()
            ),
            CorpusError::Newer { path, found } => write!(
                f,
                "{}: corpus schema version {found} is newer than this tool's ({SCHEMA_VERSION}); \
                 it was left unchanged: use a newer corpus tool",
                path.display()
            ),
            CorpusError::Older { path, found } => write!(
                f,
                "{}: corpus schema version {found} is older than this tool's ({SCHEMA_VERSION}); \
                 run `corpus add` on it once to migrate it",
                path.display()
            ),
            CorpusError::Missing { path } => {
                write!(
                    f,
                    "{}: no such corpus (create it with `corpus add`)",
                    path.display()
                )
            }
            CorpusError::Sqlite(e) => write!(f, "database: {e}"),
            CorpusError::Io(e) => f.write_str(e),
        }
    }
}

impl std::error::Error for CorpusError {}

impl From<rusqlite::types::FromSqlError> for CorpusError {
    fn from(e: rusqlite::types::FromSqlError) -> Self {
        CorpusError::Sqlite(e.into())
    }
}

impl From<rusqlite::Error> for CorpusError {
    fn from(e: rusqlite::Error) -> Self {
        CorpusError::Sqlite(e)
    }
}

/// An open corpus database.
pub struct Corpus {
    pub(crate) conn: Connection,
    pub(crate) path: PathBuf,
}

impl Corpus {
    /// Opens (in `Write` mode, creates or migrates) the corpus at `path`. Anything that is not
    /// a corpus of a schema this tool knows is refused before a single byte is written.
    pub fn open(path: impl AsRef<Path>, mode: Mode) -> Result<Corpus, CorpusError> {
        let path = path.as_ref().to_path_buf();
        if mode == Mode::Read && !path.exists() {
            return Err(CorpusError::Missing { path });
        }
        if path.is_dir() {
            return Err(CorpusError::NotOurs {
                path,
                why: "it is a directory".into(),
            });
        }
        let flags = match mode {
            Mode::Write => OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_CREATE,
            Mode::Read => OpenFlags::SQLITE_OPEN_READ_ONLY,
        } | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let conn = Connection::open_with_flags(&path, flags)?;
        conn.busy_timeout(BUSY_TIMEOUT)?;
        let state = inspect(&conn).map_err(|why| CorpusError::NotOurs {
            path: path.clone(),
            why,
        })?;
        let corpus = Corpus { conn, path };
        match (state, mode) {
            (State::Ours(v), _) if v > SCHEMA_VERSION => {
                return Err(CorpusError::Newer {
                    path: corpus.path,
                    found: v,
                })
            }
            (State::Ours(v), Mode::Read) if v < SCHEMA_VERSION => {
                return Err(CorpusError::Older {
                    path: corpus.path,
                    found: v,
                })
            }
            (State::Empty, Mode::Read) => {
                return Err(CorpusError::NotOurs {
                    path: corpus.path,
                    why: "the database is empty".into(),
                })
            }
            (State::Ours(_), Mode::Read) => {}
            (_, Mode::Write) => corpus.prepare_for_writing()?,
        }
        corpus
            .conn
            .execute_batch("PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL;")?;
        Ok(corpus)
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The underlying connection, for queries this crate does not offer (read-only use).
    pub fn connection(&self) -> &Connection {
        &self.conn
    }

    /// WAL (a crash loses at most the open transaction; readers never block the writer), then
    /// the schema created or migrated under the write lock, so two first runs cannot race.
    fn prepare_for_writing(&self) -> Result<(), CorpusError> {
        self.conn
            .query_row("PRAGMA journal_mode = WAL", [], |_| Ok(()))?;
        let mut conn = Connection::open(&self.path)?;
        conn.busy_timeout(BUSY_TIMEOUT)?;
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let state = inspect(&tx).map_err(|why| CorpusError::NotOurs {
            path: self.path.clone(),
            why,
        })?;
        let from = match state {
            State::Empty => {
                tx.execute_batch(SCHEMA)?;
                tx.execute(
                    "INSERT INTO corpus_meta (key, value) VALUES ('format', ?1), ('created_by', ?2)",
                    [FORMAT, concat!("article-corpus ", env!("CARGO_PKG_VERSION"))],
                )?;
                1
            }
            State::Ours(v) if v > SCHEMA_VERSION => {
                return Err(CorpusError::Newer {
                    path: self.path.clone(),
                    found: v,
                })
            }
            State::Ours(v) => v,
        };
        for step in &MIGRATIONS[(from - 1) as usize..] {
            tx.execute_batch(step)?;
        }
        tx.execute_batch(&format!(
            "PRAGMA application_id = {APPLICATION_ID}; PRAGMA user_version = {SCHEMA_VERSION};"
        ))?;
        tx.commit()?;
        Ok(())
    }
}

enum State {
    Empty,
    Ours(i64),
}

/// Reads the header and the catalogue only. `Err` says why the file is not ours.
fn inspect(conn: &Connection) -> Result<State, String> {
    let read = |sql: &str| conn.query_row(sql, [], |r| r.get::<_, i64>(0));
    let app = read("PRAGMA application_id").map_err(|e| match e.sqlite_error_code() {
        Some(rusqlite::ErrorCode::NotADatabase) => "the file is not an SQLite database".into(),
        _ => e.to_string(),
    })?;
    let version = read("PRAGMA user_version").map_err(|e| e.to_string())?;
    let tables = read("SELECT count(*) FROM sqlite_master").map_err(|e| e.to_string())?;
    if app == 0 && version == 0 && tables == 0 {
        return Ok(State::Empty);
    }
    if app != APPLICATION_ID {
        return Err(if app == 0 {
            format!("an SQLite database with {tables} other tables and no corpus marker")
        } else {
            format!("an SQLite database of another application (id {app:#x})")
        });
    }
    let format: Option<String> = conn
        .query_row(
            "SELECT value FROM corpus_meta WHERE key = 'format'",
            [],
            |r| r.get(0),
        )
        .ok();
    if format.as_deref() != Some(FORMAT) {
        return Err("the corpus marker table is missing".into());
    }
    Ok(State::Ours(version))
}
