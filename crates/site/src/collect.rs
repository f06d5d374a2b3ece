//! What the pages across articles need, kept while the articles stream past: one row per
//! article, one entry per corpus voice, and each quoted passage with a little context.

use crate::names::Names;
use crate::{CorpusVoice, SiteArticle, Who};
use article_model::{count_words, Article, PassageKind, VoiceKind};
use std::collections::{BTreeMap, HashMap};

/// Characters of context kept on each side of a quoted passage.
const CONTEXT: usize = 160;

#[derive(Debug, Clone)]
pub struct Row {
    /// The file name (`a/<name>.html`, `a/<name>.json`).
    pub name: String,
    pub title: String,
    pub outlet: String,
    /// `YYYY-MM-DD`, or empty when the article gives none.
    pub date: String,
    pub language: String,
    pub reviewed: bool,
    pub voices: usize,
    pub quotes: usize,
    pub words: usize,
}

#[derive(Debug, Clone)]
pub struct VoiceEntry {
    pub voice: CorpusVoice,
    /// The file name (`v/<name>.html`).
    pub name: String,
    /// Each role the articles give, with the first and last date it was given.
    pub roles: BTreeMap<String, (String, String)>,
    /// Indices into `Collected::quotes`, newest article first once finished.
    pub quotes: Vec<usize>,
    pub articles: usize,
    pub outlets: BTreeMap<String, usize>,
    pub first: String,
    pub last: String,
    pub words: usize,
}

#[derive(Debug, Clone)]
pub struct Quote {
    pub row: usize,
    pub voice: usize,
    /// The voice's id in its article: the viewer's `#voices=` deep link.
    pub article_voice: String,
    pub kind: PassageKind,
    pub text: String,
    pub before: String,
    pub after: String,
}

#[derive(Debug, Default)]
pub struct Collected {
    pub rows: Vec<Row>,
    pub voices: Vec<VoiceEntry>,
    pub quotes: Vec<Quote>,
    voice_keys: HashMap<String, usize>,
    article_names: Names,
    voice_names: Names,
}

impl Collected {
    /// Takes in one article; returns its row's index.
    pub fn add(&mut self, item: &SiteArticle) -> usize {
        let article = &item.article;
        let row = self.rows.len();
        let date = article
            .meta
            .date
            .ymd()
            .map(|_| article.meta.date.value.clone())
            .unwrap_or_default();
        let mut quotes = 0;
        let mut words = 0;
        let mut voice_of: HashMap<&str, usize> = HashMap::new();
        for voice in &article.voices {
            let corpus = item
                .corpus_voices
                .iter()
                .find(|(id, _)| *id == voice.id)
                .map(|(_, c)| c.clone())
                .unwrap_or_else(|| own_corpus_voice(voice));
            if corpus.who == Who::Outlet {
                continue;
            }
            let v = self.voice(corpus);
            let entry = &mut self.voices[v];
            entry.articles += 1;
            *entry
                .outlets
                .entry(article.source.outlet.clone())
                .or_default() += 1;
            if !voice.role.trim().is_empty() {
                let span = entry
                    .roles
                    .entry(voice.role.clone())
                    .or_insert_with(|| (date.clone(), date.clone()));
                widen(span, &date);
            }
            let mut span = (entry.first.clone(), entry.last.clone());
            widen(&mut span, &date);
            (entry.first, entry.last) = span;
            voice_of.insert(voice.id.as_str(), v);
        }
        for (p, paragraph) in article.paragraphs.iter().enumerate() {
            for (i, passage) in paragraph.passages.iter().enumerate() {
                words += count_words(&passage.text);
                let Some(&v) = voice_of.get(passage.voice.as_str()) else {
                    continue;
                };
                if passage.kind == PassageKind::Narration {
                    continue;
                }
                let (before, after) = context(article, p, i);
                self.voices[v].quotes.push(self.quotes.len());
                self.voices[v].words += count_words(&passage.text);
                self.quotes.push(Quote {
                    row,
                    voice: v,
                    article_voice: passage.voice.clone(),
                    kind: passage.kind,
                    text: passage.text.trim().to_string(),
                    before,
                    after,
                });
                quotes += 1;
            }
        }
        self.rows.push(Row {
            name: self.article_names.claim(&item.id),
            title: article.meta.title.clone(),
            outlet: article.source.outlet.clone(),
            date,
            language: article.meta.language.clone(),
            reviewed: item.reviewed,
            voices: voice_of.len(),
            quotes,
            words,
        });
        row
    }

    /// The corpus voice's entry, made on first sight.
    fn voice(&mut self, voice: CorpusVoice) -> usize {
        if let Some(&v) = self.voice_keys.get(&voice.id) {
            return v;
        }
        let v = self.voices.len();
        self.voice_keys.insert(voice.id.clone(), v);
        self.voices.push(VoiceEntry {
            name: self.voice_names.claim(&voice.id),
            voice,
            roles: BTreeMap::new(),
            quotes: Vec::new(),
            articles: 0,
            outlets: BTreeMap::new(),
            first: String::new(),
            last: String::new(),
            words: 0,
        });
        v
    }

    /// The entry of an article's voice, if it has one (the outlet's own voice has none).
    pub fn voice_of(&self, item: &SiteArticle, article_voice: &str) -> Option<&VoiceEntry> {
        let voice = item.article.voice(article_voice)?;
        let key = item
            .corpus_voices
            .iter()
            .find(|(id, _)| id == article_voice)
            .map(|(_, c)| c.id.clone())
            .unwrap_or_else(|| own_corpus_voice(voice).id);
        self.voice_keys.get(&key).map(|&v| &self.voices[v])
    }

    /// Orders each voice's quotes newest article first (then in reading order).
    pub fn finish(&mut self) {
        let (rows, quotes) = (&self.rows, &self.quotes);
        for entry in &mut self.voices {
            entry.quotes.sort_by(|&a, &b| {
                let (ra, rb) = (&rows[quotes[a].row], &rows[quotes[b].row]);
                rb.date.cmp(&ra.date).then(a.cmp(&b))
            });
        }
    }

    /// Voices in the index's order: most quoted first, then by name.
    pub fn voices_by_quotes(&self) -> Vec<usize> {
        let mut order: Vec<usize> = (0..self.voices.len()).collect();
        order.sort_by(|&a, &b| {
            let (va, vb) = (&self.voices[a], &self.voices[b]);
            vb.quotes
                .len()
                .cmp(&va.quotes.len())
                .then_with(|| va.voice.name.cmp(&vb.voice.name))
        });
        order
    }

    /// Rows newest first, undated last, then by title.
    pub fn rows_by_date(&self) -> Vec<usize> {
        let mut order: Vec<usize> = (0..self.rows.len()).collect();
        order.sort_by(|&a, &b| {
            let (ra, rb) = (&self.rows[a], &self.rows[b]);
            rb.date
                .cmp(&ra.date)
                .then_with(|| ra.title.cmp(&rb.title))
                .then(a.cmp(&b))
        });
        order
    }
}

/// A voice the corpus did not match: itself, keyed by its name.
fn own_corpus_voice(voice: &article_model::Voice) -> CorpusVoice {
    let who = match voice.kind {
        VoiceKind::Outlet => Who::Outlet,
        VoiceKind::Collective => Who::Collective,
        VoiceKind::Person if voice.role == "anonymous source" => Who::Anonymous,
        VoiceKind::Person => Who::Person,
    };
    CorpusVoice {
        id: voice.name.to_lowercase(),
        name: voice.name.clone(),
        who,
    }
}

fn widen(span: &mut (String, String), date: &str) {
    if date.is_empty() {
        return;
    }
    if span.0.is_empty() || date < span.0.as_str() {
        span.0 = date.to_string();
    }
    if span.1.is_empty() || date > span.1.as_str() {
        span.1 = date.to_string();
    }
}

/// The paragraph's text around passage `i`: up to `CONTEXT` characters each side, cut at a
/// space, with an ellipsis where it was cut.
fn context(article: &Article, p: usize, i: usize) -> (String, String) {
    let passages = &article.paragraphs[p].passages;
    let before: String = passages[..i].iter().map(|x| x.text.as_str()).collect();
    let after: String = passages[i + 1..].iter().map(|x| x.text.as_str()).collect();
    (tail(before.trim_end()), head(after.trim_start()))
}

fn tail(s: &str) -> String {
    let count = s.chars().count();
    if count <= CONTEXT {
        return s.to_string();
    }
    let start = s.char_indices().nth(count - CONTEXT).map_or(0, |(i, _)| i);
    let cut = &s[start..];
    let cut = cut.split_once(' ').map_or(cut, |(_, rest)| rest);
    format!("…{cut}")
}

fn head(s: &str) -> String {
    if s.chars().count() <= CONTEXT {
        return s.to_string();
    }
    let end = s.char_indices().nth(CONTEXT).map_or(s.len(), |(i, _)| i);
    let cut = &s[..end];
    let cut = cut.rsplit_once(' ').map_or(cut, |(kept, _)| kept);
    format!("{cut}…")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn context_is_cut_at_spaces_with_an_ellipsis() {
        let long = "word ".repeat(100);
        let t = tail(long.trim_end());
        assert!(
            t.starts_with('…') && t.chars().count() <= CONTEXT + 1,
            "{t}"
        );
        assert!(t.ends_with("word"));
        let h = head(long.trim_start());
        assert!(h.ends_with('…') && h.starts_with("word"));
        assert_eq!(tail("short"), "short");
    }
}
