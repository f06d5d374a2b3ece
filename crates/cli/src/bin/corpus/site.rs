//! `corpus site DB OUT`: the static corpus browser (crates/site) from a corpus database. Reads
//! the articles one at a time, each with its voices' corpus voices, and hands them to the
//! generator; the database is opened read-only and never changed.

use article_corpus::{Corpus, CorpusError, Mode};
use article_site::{CorpusVoice, Locale, SiteArticle, SiteBuilder, SiteOptions, Summary, Who};
use std::path::{Path, PathBuf};
use std::time::Instant;

pub const HELP: &str = "usage: corpus site DB OUT [--viewer DIR] [--locale TAG] [--title TEXT] [--quiet]

Writes a static corpus browser of DB into the folder OUT (new, empty, or a site written before):
the article list (by outlet, date and language, sortable), each article in the viewer with its
embed code, the voices with all their quotes across articles, search over the quoted text
(an index in shards fetched as the reader types), and statistics as charts with tables. Every
link is relative: copy OUT to any static host, under any path.
  --viewer DIR   the viewer's built files, copied into OUT/viewer (default: dist, from `./dev build`)
  --locale TAG   the site's language: en, fr, de, es, ru or ar (default: en); the viewer follows it
  --title TEXT   the site's name in its header
  --quiet        no summary";

/// `corpus site DB OUT [options]`, parsed by the command's `Args`.
pub fn run(a: &super::Args) -> Result<(), super::Failure> {
    let values = a.positional(2, false, HELP)?;
    let args = SiteArgs {
        db: &values[0],
        out: &values[1],
        viewer: a.value("viewer"),
        locale: a.value("locale"),
        title: a.value("title"),
    };
    let (summary, seconds) = build(&args).map_err(super::Failure::Fatal)?;
    if !a.flag("quiet") {
        println!("{}", describe(args.out, &summary, seconds));
    }
    Ok(())
}

pub struct SiteArgs<'a> {
    pub db: &'a str,
    pub out: &'a str,
    pub viewer: Option<&'a str>,
    pub locale: Option<&'a str>,
    pub title: Option<&'a str>,
}

/// The voices of one article that the corpus matched: (voice id in the article, corpus voice).
const VOICES_SQL: &str = "SELECT v.voice, v.kind, c.id, c.name
     FROM article_voices v
     LEFT JOIN voice_names n ON n.name_key = v.name_key
     LEFT JOIN corpus_voices c ON c.id = n.corpus_voice
     WHERE v.article_id = ?1";

/// Builds the site; returns what was written and how long it took.
pub fn build(args: &SiteArgs) -> Result<(Summary, f64), String> {
    let locale = match args.locale {
        None => Locale::En,
        Some(tag) => Locale::ALL
            .into_iter()
            .find(|l| l.tag() == tag)
            .ok_or_else(|| format!("--locale: {tag:?} is not one of en, fr, de, es, ru, ar"))?,
    };
    let started = Instant::now();
    let corpus = Corpus::open(args.db, Mode::Read).map_err(|e| e.to_string())?;
    let options = SiteOptions {
        viewer: PathBuf::from(args.viewer.unwrap_or("dist")),
        locale,
        title: args.title.map(str::to_string),
    };
    let mut site = SiteBuilder::create(Path::new(args.out), options).map_err(|e| e.to_string())?;
    let mut voices = corpus
        .connection()
        .prepare(VOICES_SQL)
        .map_err(|e| e.to_string())?;
    corpus
        .for_each_article(|stored| {
            let rows = voices.query_map([&stored.summary.id], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, Option<String>>(2)?,
                    r.get::<_, Option<String>>(3)?,
                ))
            })?;
            let mut corpus_voices = Vec::new();
            for row in rows {
                let (voice, kind, id, name) = row?;
                // A voice the corpus did not match stands for itself.
                if let (Some(id), Some(name)) = (id, name) {
                    let who = Who::from_name(&kind).unwrap_or(Who::Person);
                    corpus_voices.push((voice, CorpusVoice { id, name, who }));
                }
            }
            site.add(SiteArticle {
                id: stored.summary.id,
                reviewed: stored.summary.reviewed,
                article: stored.article,
                corpus_voices,
            })
            .map_err(|e| CorpusError::Io(e.to_string()))
        })
        .map_err(|e| e.to_string())?;
    drop(voices);
    let summary = site.finish().map_err(|e| e.to_string())?;
    Ok((summary, started.elapsed().as_secs_f64()))
}

/// The summary line: what a person checks after a build.
pub fn describe(out: &str, s: &Summary, seconds: f64) -> String {
    format!(
        "{out}: {} articles, {} voices, {} quotes; {} pages ({:.1} MB of HTML, the largest {:.0} KB), {} files, {:.1} MB in all; search: {} shards ({:.0} KB, the largest {:.1} KB) and {} fragment files; {seconds:.1} s",
        s.articles,
        s.voices,
        s.quotes,
        s.pages,
        s.html_bytes as f64 / 1e6,
        s.largest_page as f64 / 1e3,
        s.files,
        s.bytes as f64 / 1e6,
        s.shards,
        s.shard_bytes as f64 / 1e3,
        s.largest_shard as f64 / 1e3,
        s.fragments,
    )
}
