//! `corpus stats`: who gets quoted, in one pass over the passages, overall or by outlet, month
//! or language.

use crate::table::{Cell, Table};
use crate::{Corpus, CorpusError};
use std::collections::{BTreeMap, HashMap, HashSet};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GroupBy {
    All,
    Outlet,
    Month,
    Language,
}

impl GroupBy {
    pub fn from_name(name: &str) -> Option<GroupBy> {
        match name {
            "all" => Some(GroupBy::All),
            "outlet" => Some(GroupBy::Outlet),
            "month" => Some(GroupBy::Month),
            "language" | "lang" => Some(GroupBy::Language),
            _ => None,
        }
    }

    fn column(self) -> &'static str {
        match self {
            GroupBy::All => "'all'",
            GroupBy::Outlet => "a.outlet",
            GroupBy::Month => "coalesce(substr(a.date, 1, 7), 'no date')",
            GroupBy::Language => "a.lang",
        }
    }

    fn label(self) -> &'static str {
        match self {
            GroupBy::All => "corpus",
            GroupBy::Outlet => "outlet",
            GroupBy::Month => "month",
            GroupBy::Language => "language",
        }
    }
}

/// How many passages and words.
#[derive(Debug, Clone, Copy, Default)]
struct Tally {
    passages: u64,
    words: u64,
}

impl Tally {
    fn add(&mut self, words: u64) {
        self.passages += 1;
        self.words += words;
    }
}

#[derive(Default)]
struct Group {
    articles: HashSet<String>,
    all: Tally,
    quoted: Tally,
    by_voice_kind: BTreeMap<String, Tally>,
    by_passage_kind: BTreeMap<String, Tally>,
    by_gender: BTreeMap<String, Tally>,
    /// Corpus voice → quotes, and the articles they are in.
    by_voice: HashMap<String, (Tally, HashSet<String>)>,
}

fn share(part: u64, whole: u64) -> Cell {
    Cell::Share(if whole == 0 {
        0.0
    } else {
        part as f64 / whole as f64
    })
}

impl Corpus {
    /// The statistics as tables: overview, words by voice kind, direct against paraphrase,
    /// top voices (`top` per group) and quotes by gender as stated.
    pub fn stats(&self, by: GroupBy, top: usize) -> Result<Vec<Table>, CorpusError> {
        let sql = format!(
            "SELECT {group}, p.article_id, p.kind, p.words,
                    CASE WHEN p.voice = 'unidentified-speaker' THEN 'unidentified' ELSE v.kind END,
                    v.gender, n.corpus_voice, c.name
             FROM passages p
             JOIN articles a ON a.id = p.article_id
             LEFT JOIN article_voices v ON v.article_id = p.article_id AND v.voice = p.voice
             LEFT JOIN voice_names n ON n.name_key = v.name_key
             LEFT JOIN corpus_voices c ON c.id = n.corpus_voice",
            group = by.column()
        );
        let mut groups: BTreeMap<String, Group> = BTreeMap::new();
        let mut names: HashMap<String, String> = HashMap::new();
        let mut stmt = self.conn.prepare(&sql)?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            let group: String = r.get(0)?;
            let g = groups.entry(group).or_default();
            let article: String = r.get(1)?;
            let kind: String = r.get(2)?;
            let words = r.get::<_, i64>(3)?.max(0) as u64;
            let voice_kind: Option<String> = r.get(4)?;
            let voice_kind = voice_kind.unwrap_or_else(|| "unknown".into());
            if !g.articles.contains(&article) {
                g.articles.insert(article.clone());
            }
            g.all.add(words);
            g.by_voice_kind
                .entry(voice_kind.clone())
                .or_default()
                .add(words);
            if kind == "narration" {
                continue;
            }
            g.quoted.add(words);
            g.by_passage_kind.entry(kind).or_default().add(words);
            if voice_kind == "person" || voice_kind == "anonymous" {
                let gender: Option<String> = r.get(5)?;
                g.by_gender
                    .entry(gender.unwrap_or_else(|| "not stated".into()))
                    .or_default()
                    .add(words);
            }
            if let Some(voice) = r.get::<_, Option<String>>(6)? {
                if voice_kind != "outlet" {
                    let entry = g.by_voice.entry(voice.clone()).or_default();
                    entry.0.add(words);
                    entry.1.insert(article);
                    if let std::collections::hash_map::Entry::Vacant(e) = names.entry(voice) {
                        e.insert(r.get(7)?);
                    }
                }
            }
        }
        let label = by.label();
        let mut overview = Table::new(
            "overview",
            "Articles, passages and words",
            &[
                label,
                "articles",
                "passages",
                "words",
                "quoted words",
                "quoted share",
            ],
        );
        let mut kinds = Table::new(
            "voice_kinds",
            "Words by voice kind (outlet: the outlet's own narration)",
            &[label, "voice kind", "passages", "words", "share of words"],
        );
        let mut passage_kinds = Table::new(
            "passage_kinds",
            "Direct quotes against paraphrase",
            &[
                label,
                "passage kind",
                "passages",
                "words",
                "share of quoted words",
            ],
        );
        let mut top_voices = Table::new(
            "top_voices",
            "Most quoted voices (direct and paraphrase)",
            &[
                label,
                "rank",
                "voice",
                "id",
                "quotes",
                "quoted words",
                "articles",
            ],
        );
        let mut genders = Table::new(
            "gender",
            "Quotes of people by gender, as the articles refer to them (pronouns and titles)",
            &[
                label,
                "gender",
                "quotes",
                "share of quotes",
                "quoted words",
                "share of quoted words",
            ],
        );
        for (name, g) in &groups {
            let n = || Cell::from(name.as_str());
            overview.rows.push(vec![
                n(),
                (g.articles.len() as u64).into(),
                g.all.passages.into(),
                g.all.words.into(),
                g.quoted.words.into(),
                share(g.quoted.words, g.all.words),
            ]);
            for (kind, t) in &g.by_voice_kind {
                kinds.rows.push(vec![
                    n(),
                    kind.as_str().into(),
                    t.passages.into(),
                    t.words.into(),
                    share(t.words, g.all.words),
                ]);
            }
            for (kind, t) in &g.by_passage_kind {
                passage_kinds.rows.push(vec![
                    n(),
                    kind.as_str().into(),
                    t.passages.into(),
                    t.words.into(),
                    share(t.words, g.quoted.words),
                ]);
            }
            let mut ranked: Vec<(&String, &(Tally, HashSet<String>))> = g.by_voice.iter().collect();
            ranked.sort_by(|a, b| b.1 .0.words.cmp(&a.1 .0.words).then_with(|| a.0.cmp(b.0)));
            for (rank, (id, (t, articles))) in ranked.into_iter().take(top).enumerate() {
                top_voices.rows.push(vec![
                    n(),
                    (rank as u64 + 1).into(),
                    names.get(id.as_str()).cloned().unwrap_or_default().into(),
                    id.as_str().into(),
                    t.passages.into(),
                    t.words.into(),
                    (articles.len() as u64).into(),
                ]);
            }
            let people = g.by_gender.values().fold(Tally::default(), |s, t| Tally {
                passages: s.passages + t.passages,
                words: s.words + t.words,
            });
            for gender in ["female", "male", "not stated"] {
                let t = g.by_gender.get(gender).copied().unwrap_or_default();
                genders.rows.push(vec![
                    n(),
                    gender.into(),
                    t.passages.into(),
                    share(t.passages, people.passages),
                    t.words.into(),
                    share(t.words, people.words),
                ]);
            }
        }
        Ok(vec![overview, kinds, passage_kinds, top_voices, genders])
    }
}
