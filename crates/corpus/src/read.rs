//! Read-only queries over a corpus: what the exports, the statistics and the corpus browser
//! are built from. Each streams or returns plain values; none changes the database.

use crate::{Corpus, CorpusError};
use article_model::Article;
use rusqlite::{params, Row};
use serde::Serialize;
use std::collections::{BTreeSet, HashMap, HashSet};

/// An article's row, without its text.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ArticleSummary {
    pub id: String,
    pub title: String,
    pub outlet: String,
    pub url: String,
    pub date: Option<String>,
    pub lang: String,
    pub reviewed: bool,
    pub passages: u64,
    pub words: u64,
}

/// An article with its data, as stored.
#[derive(Debug, Clone, PartialEq)]
pub struct StoredArticle {
    pub summary: ArticleSummary,
    pub article: Article,
}

/// One speaker across articles.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CorpusVoice {
    pub id: String,
    pub name: String,
    /// `person`, `collective` or `outlet`.
    pub kind: String,
    /// Every name the articles give it, `|`-separated as the names are normalised.
    pub names: Vec<String>,
    /// `female`, `male`, `not stated`, or `conflicting` when articles disagree.
    pub gender: String,
    pub articles: u64,
    pub passages: u64,
    /// Words in its direct quotes and paraphrases (narration excluded).
    pub quoted_words: u64,
    pub outlets: Vec<String>,
    pub first_date: Option<String>,
    pub last_date: Option<String>,
    /// Why a name's match is doubtful, if any is (see `corpus voices --ambiguous`).
    pub doubts: Vec<String>,
}

/// A passage of a corpus voice, with where it stands.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct VoicePassage {
    pub article_id: String,
    pub title: String,
    pub outlet: String,
    pub date: Option<String>,
    /// The voice's id in that article (for the viewer's deep link).
    pub voice: String,
    pub paragraph: u32,
    pub seq: u32,
    pub kind: String,
    pub text: String,
}

/// A role or title one article gives a corpus voice.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct VoiceRole {
    pub article_id: String,
    pub date: Option<String>,
    pub outlet: String,
    pub role: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SearchHit {
    pub article_id: String,
    pub paragraph: u32,
    pub seq: u32,
    pub voice: String,
    pub voice_name: String,
    pub kind: String,
    pub text: String,
    /// The text with matches marked `[` … `]`.
    pub snippet: String,
}

const SUMMARY_SQL: &str = "SELECT a.id, a.title, a.outlet, a.url, a.date, a.lang, a.reviewed,
       (SELECT count(*) FROM passages p WHERE p.article_id = a.id),
       (SELECT coalesce(sum(words), 0) FROM passages p WHERE p.article_id = a.id)
     FROM articles a";

fn summary(r: &Row) -> rusqlite::Result<ArticleSummary> {
    Ok(ArticleSummary {
        id: r.get(0)?,
        title: r.get(1)?,
        outlet: r.get(2)?,
        url: r.get(3)?,
        date: r.get(4)?,
        lang: r.get(5)?,
        reviewed: r.get(6)?,
        passages: count(r, 7)?,
        words: count(r, 8)?,
    })
}

impl Corpus {
    pub fn article_count(&self) -> Result<u64, CorpusError> {
        Ok(self
            .conn
            .query_row("SELECT count(*) FROM articles", [], |r| count(r, 0))?)
    }

    /// Every article's summary, by date then id (articles without a date last).
    pub fn articles(&self) -> Result<Vec<ArticleSummary>, CorpusError> {
        let sql = format!("{SUMMARY_SQL} ORDER BY a.date IS NULL, a.date, a.id");
        let mut stmt = self.conn.prepare(&sql)?;
        let rows = stmt.query_map([], summary)?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    pub fn article(&self, id: &str) -> Result<Option<StoredArticle>, CorpusError> {
        let sql = format!("{SUMMARY_SQL} WHERE a.id = ?1");
        let found = self
            .conn
            .query_row(&sql, [id], summary)
            .map(Some)
            .or_else(none_if_no_rows)?;
        let Some(summary) = found else {
            return Ok(None);
        };
        let json: String = self.conn.query_row(
            "SELECT article_json FROM articles WHERE id = ?1",
            [id],
            |r| r.get(0),
        )?;
        Ok(Some(StoredArticle {
            article: parse_stored(&summary.id, &json)?,
            summary,
        }))
    }

    /// Calls `f` with each article in id order, one at a time, so memory stays flat however
    /// large the corpus. Stops at the first error `f` returns.
    pub fn for_each_article(
        &self,
        mut f: impl FnMut(StoredArticle) -> Result<(), CorpusError>,
    ) -> Result<(), CorpusError> {
        let mut stmt = self
            .conn
            .prepare("SELECT id, title, outlet, url, date, lang, reviewed, article_json FROM articles ORDER BY id")?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            let json: String = r.get(7)?;
            let id: String = r.get(0)?;
            let article = parse_stored(&id, &json)?;
            let (passages, words) = article.passages().fold((0, 0), |(n, w), (_, p)| {
                (n + 1, w + article_model::count_words(&p.text) as u64)
            });
            f(StoredArticle {
                summary: ArticleSummary {
                    id,
                    title: r.get(1)?,
                    outlet: r.get(2)?,
                    url: r.get(3)?,
                    date: r.get(4)?,
                    lang: r.get(5)?,
                    reviewed: r.get(6)?,
                    passages,
                    words,
                },
                article,
            })?;
        }
        Ok(())
    }

    /// Every corpus voice, most quoted first (then by id). Three passes in all (voices and
    /// names, article voices, passages), whatever the number of voices.
    pub fn voices(&self) -> Result<Vec<CorpusVoice>, CorpusError> {
        let mut voices: Vec<CorpusVoice> = Vec::new();
        let mut index: HashMap<String, usize> = HashMap::new();
        let mut stmt = self.conn.prepare(
            "SELECT c.id, c.name, c.kind, n.name_key, n.doubt
             FROM corpus_voices c JOIN voice_names n ON n.corpus_voice = c.id
             ORDER BY c.id, n.name_key",
        )?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            let id: String = r.get(0)?;
            let i = match index.get(&id) {
                Some(&i) => i,
                None => {
                    index.insert(id.clone(), voices.len());
                    voices.push(CorpusVoice {
                        id,
                        name: r.get(1)?,
                        kind: r.get(2)?,
                        names: Vec::new(),
                        gender: String::new(),
                        articles: 0,
                        passages: 0,
                        quoted_words: 0,
                        outlets: Vec::new(),
                        first_date: None,
                        last_date: None,
                        doubts: Vec::new(),
                    });
                    voices.len() - 1
                }
            };
            voices[i].names.push(r.get(3)?);
            if let Some(doubt) = r.get::<_, Option<String>>(4)? {
                voices[i].doubts.push(doubt);
            }
        }
        // Articles, outlets, dates and genders, from each article's voices.
        let mut genders: Vec<BTreeSet<String>> = vec![BTreeSet::new(); voices.len()];
        let mut outlets: Vec<BTreeSet<String>> = vec![BTreeSet::new(); voices.len()];
        let mut articles: Vec<HashSet<String>> = vec![HashSet::new(); voices.len()];
        let mut stmt = self.conn.prepare(
            "SELECT n.corpus_voice, v.article_id, v.gender, a.outlet, a.date
             FROM article_voices v
             JOIN voice_names n ON n.name_key = v.name_key
             JOIN articles a ON a.id = v.article_id",
        )?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            let Some(&i) = index.get(r.get_ref(0)?.as_str()?) else {
                continue;
            };
            articles[i].insert(r.get(1)?);
            let gender: String = r.get(2)?;
            if gender != "not stated" {
                genders[i].insert(gender);
            }
            let outlet = r.get_ref(3)?.as_str()?;
            if !outlets[i].contains(outlet) {
                outlets[i].insert(outlet.to_string());
            }
            if let Some(date) = r.get::<_, Option<String>>(4)? {
                let v = &mut voices[i];
                if v.first_date.as_ref().is_none_or(|d| date < *d) {
                    v.first_date = Some(date.clone());
                }
                if v.last_date.as_ref().is_none_or(|d| date > *d) {
                    v.last_date = Some(date);
                }
            }
        }
        // Passages and quoted words.
        let mut stmt = self.conn.prepare(
            "SELECT n.corpus_voice, count(*), coalesce(sum(CASE WHEN p.kind <> 'narration' THEN p.words END), 0)
             FROM passages p
             JOIN article_voices v ON v.article_id = p.article_id AND v.voice = p.voice
             JOIN voice_names n ON n.name_key = v.name_key
             GROUP BY n.corpus_voice",
        )?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            if let Some(&i) = index.get(r.get_ref(0)?.as_str()?) {
                voices[i].passages = count(r, 1)?;
                voices[i].quoted_words = count(r, 2)?;
            }
        }
        for (i, v) in voices.iter_mut().enumerate() {
            v.articles = articles[i].len() as u64;
            v.outlets = std::mem::take(&mut outlets[i]).into_iter().collect();
            let g = &genders[i];
            v.gender = match g.len() {
                0 => "not stated".into(),
                1 => g.iter().next().cloned().unwrap_or_default(),
                _ => "conflicting".into(),
            };
        }
        voices.sort_by(|a, b| {
            b.quoted_words
                .cmp(&a.quoted_words)
                .then_with(|| a.id.cmp(&b.id))
        });
        Ok(voices)
    }

    /// A corpus voice's passages across articles (narration excluded), by date, article and
    /// reading order.
    pub fn voice_passages(&self, voice_id: &str) -> Result<Vec<VoicePassage>, CorpusError> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT a.id, a.title, a.outlet, a.date, p.voice, p.paragraph, p.seq, p.kind, p.text
             FROM voice_names n
             JOIN article_voices v ON v.name_key = n.name_key
             JOIN passages p ON p.article_id = v.article_id AND p.voice = v.voice
             JOIN articles a ON a.id = v.article_id
             WHERE n.corpus_voice = ?1 AND p.kind <> 'narration'
             ORDER BY a.date IS NULL, a.date, a.id, p.seq",
        )?;
        let rows = stmt.query_map([voice_id], |r| {
            Ok(VoicePassage {
                article_id: r.get(0)?,
                title: r.get(1)?,
                outlet: r.get(2)?,
                date: r.get(3)?,
                voice: r.get(4)?,
                paragraph: r.get(5)?,
                seq: r.get(6)?,
                kind: r.get(7)?,
                text: r.get(8)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// The roles and titles each article gives a corpus voice, by date.
    pub fn voice_roles(&self, voice_id: &str) -> Result<Vec<VoiceRole>, CorpusError> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT article_id, date, outlet, role FROM corpus_voice_roles
             WHERE corpus_voice = ?1 AND role <> '' ORDER BY date IS NULL, date, article_id",
        )?;
        let rows = stmt.query_map([voice_id], |r| {
            Ok(VoiceRole {
                article_id: r.get(0)?,
                date: r.get(1)?,
                outlet: r.get(2)?,
                role: r.get(3)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Full-text search (FTS5 query syntax; plain words match all of them) over passages,
    /// best matches first.
    pub fn search(&self, query: &str, limit: usize) -> Result<Vec<SearchHit>, CorpusError> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT p.article_id, p.paragraph, p.seq, p.voice, coalesce(v.name, p.voice), p.kind, p.text,
                    highlight(passages_fts, 0, '[', ']')
             FROM passages_fts f
             JOIN passages p ON p.id = f.rowid
             LEFT JOIN article_voices v ON v.article_id = p.article_id AND v.voice = p.voice
             WHERE passages_fts MATCH ?1
             ORDER BY rank LIMIT ?2",
        )?;
        let rows = stmt.query_map(params![fts_query(query), limit as i64], |r| {
            Ok(SearchHit {
                article_id: r.get(0)?,
                paragraph: r.get(1)?,
                seq: r.get(2)?,
                voice: r.get(3)?,
                voice_name: r.get(4)?,
                kind: r.get(5)?,
                text: r.get(6)?,
                snippet: r.get(7)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }
}

/// Plain words become quoted terms, so punctuation in a user's query is never FTS5 syntax;
/// a query that already uses quotes or operators is passed as written.
fn fts_query(query: &str) -> String {
    let operators = ["AND", "OR", "NOT", "NEAR"];
    let raw = query.contains('"')
        || query.contains('*')
        || query.split_whitespace().any(|w| operators.contains(&w));
    if raw {
        return query.to_string();
    }
    query
        .split_whitespace()
        .map(|w| format!("\"{}\"", w.replace('"', "")))
        .collect::<Vec<_>>()
        .join(" ")
}

fn parse_stored(id: &str, json: &str) -> Result<Article, CorpusError> {
    serde_json::from_str(json)
        .map_err(|e| CorpusError::Io(format!("article {id}: stored data does not parse: {e}")))
}

fn none_if_no_rows<T>(e: rusqlite::Error) -> Result<Option<T>, rusqlite::Error> {
    match e {
        rusqlite::Error::QueryReturnedNoRows => Ok(None),
        e => Err(e),
    }
}

/// Counts are never negative; SQLite hands them over as i64.
pub(crate) fn count(r: &Row, i: usize) -> rusqlite::Result<u64> {
    Ok(r.get::<_, i64>(i)?.max(0) as u64)
}
