//! `corpus add`: items read in one thread, drafted or validated on every core, written by one
//! writer in batches of one transaction each. Channels are bounded, so memory stays flat
//! however long the input; a crash loses at most the open batch, which a rerun redoes.

use crate::input::{Body, Item, Line, LineMeta, Source};
use crate::store::{prepare, put, refresh_voices, Outcome, Prepared};
use crate::{Corpus, CorpusError};
use article_import::{import_bytes, ImportOptions};
use article_model::Article;
use std::collections::{BTreeMap, BTreeSet};
use std::sync::mpsc::{sync_channel, Receiver};
use std::sync::Mutex;
use std::time::{Duration, Instant};

#[derive(Debug, Clone, Copy)]
pub struct AddOptions {
    /// Drafting threads (the reader and the writer have one each besides).
    pub threads: usize,
    /// Items per transaction at most; a batch also ends after `BATCH_TIME`.
    pub batch: usize,
}

impl Default for AddOptions {
    fn default() -> Self {
        AddOptions {
            threads: std::thread::available_parallelism().map_or(1, |n| n.get()),
            batch: 500,
        }
    }
}

const BATCH_TIME: Duration = Duration::from_secs(1);

/// Told about each item as it is written, in input order.
pub trait Progress {
    fn start(&mut self, total: Option<u64>);
    fn item(&mut self, label: &str, result: &Result<Outcome, String>);
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Summary {
    pub added: u64,
    pub replaced: u64,
    pub unchanged: u64,
    pub kept_reviewed: u64,
    pub failed: u64,
    pub seconds: f64,
}

impl Summary {
    pub fn items(&self) -> u64 {
        self.added + self.replaced + self.unchanged + self.kept_reviewed + self.failed
    }
}

type Done = (u64, String, Result<Prepared, String>);

impl Corpus {
    /// Adds every item of `sources`. A bad item is reported and counted, never fatal; only a
    /// database error stops the run (what was committed stays).
    pub fn add(
        &mut self,
        sources: &[Source],
        options: AddOptions,
        progress: &mut dyn Progress,
    ) -> Result<Summary, CorpusError> {
        let started = Instant::now();
        let total = sources
            .iter()
            .map(Source::count)
            .try_fold(0u64, |sum, n| n.map(|n| sum + n));
        progress.start(total);
        let threads = options.threads.max(1);
        let (item_tx, item_rx) = sync_channel::<(u64, Item)>(threads * 4);
        let (done_tx, done_rx) = sync_channel::<Done>(threads * 4);
        let item_rx = Mutex::new(item_rx);
        let mut summary = Summary::default();
        let result = std::thread::scope(|scope| {
            scope.spawn(move || {
                let mut seq = 0u64;
                for source in sources {
                    let mut emit = |item: Item| {
                        let ok = item_tx.send((seq, item)).is_ok();
                        seq += 1;
                        ok
                    };
                    if let Err(reason) = source.read(&mut emit) {
                        let label = reason.split(": ").next().unwrap_or("").to_string();
                        let body = Body::Bad(reason);
                        if !emit(Item { label, body }) {
                            return;
                        }
                    }
                }
            });
            for _ in 0..threads {
                let (item_rx, done_tx) = (&item_rx, done_tx.clone());
                scope.spawn(move || loop {
                    let next = item_rx.lock().map(|rx| rx.recv());
                    let Ok(Ok((seq, item))) = next else { return };
                    let result = prepare_item(&item.label, item.body);
                    if done_tx.send((seq, item.label, result)).is_err() {
                        return;
                    }
                });
            }
            drop(done_tx);
            self.write_all(done_rx, options.batch, progress, &mut summary)
        });
        result?;
        summary.seconds = started.elapsed().as_secs_f64();
        Ok(summary)
    }

    /// The single writer: puts items back in input order (so a duplicate id resolves the same
    /// way every run), commits a batch at a time, each with its corpus voices regrouped.
    fn write_all(
        &mut self,
        done: Receiver<Done>,
        batch: usize,
        progress: &mut dyn Progress,
        summary: &mut Summary,
    ) -> Result<(), CorpusError> {
        let conn = &self.conn;
        let mut pending: BTreeMap<u64, (String, Result<Prepared, String>)> = BTreeMap::new();
        let mut next = 0u64;
        let mut in_batch = 0usize;
        let mut batch_start = Instant::now();
        let mut touched = BTreeSet::new();
        conn.execute_batch("BEGIN IMMEDIATE")?;
        let outcome = (|| {
            for (seq, label, result) in done {
                pending.insert(seq, (label, result));
                while let Some((label, result)) = pending.remove(&next) {
                    next += 1;
                    let outcome = match result {
                        Ok(prepared) => Ok(put(conn, &prepared, &mut touched)?),
                        Err(reason) => Err(reason),
                    };
                    match &outcome {
                        Ok(Outcome::Added) => summary.added += 1,
                        Ok(Outcome::Replaced) => summary.replaced += 1,
                        Ok(Outcome::Unchanged) => summary.unchanged += 1,
                        Ok(Outcome::KeptReviewed) => summary.kept_reviewed += 1,
                        Err(_) => summary.failed += 1,
                    }
                    progress.item(&label, &outcome);
                    in_batch += 1;
                    if in_batch >= batch || batch_start.elapsed() >= BATCH_TIME {
                        // The voices regrouped inside the batch: each commit is whole.
                        refresh_voices(conn, &touched)?;
                        touched.clear();
                        conn.execute_batch("COMMIT; BEGIN IMMEDIATE")?;
                        in_batch = 0;
                        batch_start = Instant::now();
                    }
                }
            }
            refresh_voices(conn, &touched)?;
            conn.execute_batch("COMMIT")?;
            Ok(())
        })();
        if outcome.is_err() {
            let _ = conn.execute_batch("ROLLBACK");
        }
        outcome
    }
}

/// Parses, validates or drafts one item. `Err` is the reason it was refused.
fn prepare_item(label: &str, body: Body) -> Result<Prepared, String> {
    match body {
        Body::Bad(reason) => Err(reason),
        Body::Text { id, bytes, meta } => draft(id, &bytes, meta, label),
        Body::Line(bytes) => {
            let text = utf8(&bytes)?;
            let line: Line =
                serde_json::from_str(text).map_err(|e| format!("broken JSON line: {e}"))?;
            let id = match line.id {
                Some(id) if id.trim().is_empty() => return Err("id: empty".into()),
                id => id.map(|id| id.trim().to_string()),
            };
            draft(id, line.text.as_bytes(), line.meta, label)
        }
        Body::Reviewed { id, bytes } => {
            let text = utf8(&bytes)?;
            let article = Article::parse(text).map_err(|errors| {
                let shown: Vec<String> = errors.iter().take(5).map(|e| e.to_string()).collect();
                let more = errors.len().saturating_sub(5);
                let more = if more > 0 {
                    format!(" (and {more} more)")
                } else {
                    String::new()
                };
                format!("invalid article.json: {}{more}", shown.join("; "))
            })?;
            Ok(prepare(Some(id), article, true, label.to_string()))
        }
    }
}

fn utf8(bytes: &[u8]) -> Result<&str, String> {
    std::str::from_utf8(bytes).map_err(|e| {
        format!(
            "not UTF-8 text (invalid byte at offset {})",
            e.valid_up_to()
        )
    })
}

fn draft(
    id: Option<String>,
    bytes: &[u8],
    meta: LineMeta,
    source: &str,
) -> Result<Prepared, String> {
    let options = ImportOptions {
        language: meta.lang,
        title: meta.title,
        outlet: meta.outlet,
        url: meta.url,
        date: meta.date,
        ..ImportOptions::default()
    };
    let draft = import_bytes(bytes, &options).map_err(|e| e.to_string())?;
    Ok(prepare(id, draft.article, false, source.to_string()))
}
