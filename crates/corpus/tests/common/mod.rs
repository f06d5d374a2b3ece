//! Helpers shared by the corpus tests: a corpus in a temporary folder, and adding to it.
#![allow(dead_code)]

use article_corpus::input::Source;
use article_corpus::{AddOptions, Corpus, Mode, Outcome, Progress, Summary};
use std::path::{Path, PathBuf};

/// Records every item's label and outcome (reason for a failure).
#[derive(Default)]
pub struct Log(pub Vec<(String, Result<Outcome, String>)>);

impl Progress for Log {
    fn start(&mut self, _total: Option<u64>) {}
    fn item(&mut self, label: &str, result: &Result<Outcome, String>) {
        self.0.push((label.to_string(), result.clone()));
    }
}

impl Log {
    pub fn failures(&self) -> Vec<(String, String)> {
        self.0
            .iter()
            .filter_map(|(l, r)| r.as_ref().err().map(|e| (l.clone(), e.clone())))
            .collect()
    }
}

pub struct Fixture {
    pub dir: tempfile::TempDir,
    pub db: PathBuf,
}

impl Fixture {
    pub fn new() -> Fixture {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("corpus.db");
        Fixture { dir, db }
    }

    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    /// Writes `content` at `name` (folders created), returning the path.
    pub fn write(&self, name: &str, content: impl AsRef<[u8]>) -> PathBuf {
        let path = self.path(name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, content).unwrap();
        path
    }

    pub fn add(&self, inputs: &[&Path]) -> (Summary, Log) {
        let sources: Vec<Source> = inputs
            .iter()
            .map(|p| Source::of(p.to_str().unwrap()).unwrap())
            .collect();
        let mut corpus = Corpus::open(&self.db, Mode::Write).unwrap();
        let mut log = Log::default();
        let options = AddOptions {
            threads: 2,
            batch: 7,
        };
        let summary = corpus.add(&sources, options, &mut log).unwrap();
        (summary, log)
    }

    pub fn read(&self) -> Corpus {
        Corpus::open(&self.db, Mode::Read).unwrap()
    }

    pub fn count(&self, sql: &str) -> i64 {
        self.read()
            .connection()
            .query_row(sql, [], |r| r.get(0))
            .unwrap()
    }
}

/// A JSON line of an article.
pub fn line(id: &str, text: &str, outlet: &str, date: &str) -> String {
    serde_json::json!({"id": id, "text": text, "outlet": outlet, "date": date, "lang": "en"})
        .to_string()
}

use article_model::{
    Article, Meta, Paragraph, Passage, PassageKind, PublicationDate, Source as ArticleSource,
    Voice, VoiceKind,
};

/// A reviewed article: `voices` as (id, name, kind, role), paragraphs as (voice, kind, text).
pub fn article(
    outlet: &str,
    date: &str,
    voices: &[(&str, &str, VoiceKind, &str)],
    paragraphs: &[&[(&str, PassageKind, &str)]],
) -> Article {
    Article {
        meta: Meta {
            title: String::new(),
            authors: Vec::new(),
            dateline: String::new(),
            date: PublicationDate {
                value: date.into(),
                printed: String::new(),
                year_inferred: false,
                reason: None,
            },
            language: "en".into(),
        },
        source: ArticleSource {
            outlet: outlet.into(),
            outlet_abbreviation: None,
            description: String::new(),
            description_basis: String::new(),
            url: String::new(),
            archive_url: None,
        },
        voices: voices
            .iter()
            .map(|(id, name, kind, role)| Voice {
                id: id.to_string(),
                name: name.to_string(),
                short_name: name.rsplit(' ').next().unwrap().to_string(),
                role: role.to_string(),
                kind: *kind,
            })
            .collect(),
        paragraphs: paragraphs
            .iter()
            .map(|ps| Paragraph {
                passages: ps
                    .iter()
                    .filter(|(_, _, text)| !text.is_empty())
                    .map(|(voice, kind, text)| Passage {
                        voice: voice.to_string(),
                        kind: *kind,
                        text: text.to_string(),
                        confidence: None,
                        reason: None,
                    })
                    .collect(),
                notes: Vec::new(),
            })
            .collect(),
        notes: Vec::new(),
    }
}

impl Fixture {
    /// Adds each article as `reviewed/<id>/article.json`.
    pub fn add_articles(&self, articles: &[(&str, Article)]) -> Summary {
        let dir = self.path(&format!("batch-{}", rand_suffix()));
        for (id, a) in articles {
            let path = dir.join(id).join("article.json");
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(&path, serde_json::to_string(a).unwrap()).unwrap();
        }
        let (s, log) = self.add(&[&dir]);
        assert_eq!(s.failed, 0, "{:?}", log.failures());
        s
    }
}

fn rand_suffix() -> u64 {
    use std::sync::atomic::{AtomicU64, Ordering};
    static N: AtomicU64 = AtomicU64::new(0);
    N.fetch_add(1, Ordering::Relaxed)
}
