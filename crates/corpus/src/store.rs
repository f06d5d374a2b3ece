//! Writing articles into a corpus: one prepared article at a time inside the caller's
//! transaction, and the corpus voices recomputed from every name form and decision.

use crate::gender::stated_gender;
use crate::names::{self, Action, Decision, NameForm, NameKind};
use crate::{Corpus, CorpusError};
use article_model::rows::voice_kind;
use article_model::{count_words, Article, VoiceKind};
use rusqlite::{params, Connection, OptionalExtension};
use sha2::{Digest, Sha256};
use std::collections::{BTreeSet, HashMap};

/// The importer's id for a speaker it could not identify: it is nobody across articles.
const UNIDENTIFIED_ID: &str = "unidentified-speaker";

/// An article ready to store: every row derived from it, computed off the writer's thread.
#[derive(Debug, Clone)]
pub struct Prepared {
    pub id: String,
    pub text_hash: String,
    pub content_hash: String,
    pub reviewed: bool,
    pub source: String,
    pub article: Article,
    pub article_json: String,
    pub voices: Vec<VoiceRow>,
}

#[derive(Debug, Clone)]
pub struct VoiceRow {
    pub voice: String,
    pub kind: &'static str,
    pub gender: &'static str,
    pub gender_basis: String,
    pub name_key: Option<String>,
}

/// What adding one article did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Added,
    /// A changed text replaced its draft (or a reviewed article replaced a draft).
    Replaced,
    /// The same article was already there.
    Unchanged,
    /// A draft that a reviewed article of the same id or text already stands for.
    KeptReviewed,
}

fn sha256(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// The article's text with spaces folded, paragraphs apart: a draft and its reviewed version
/// have the same text hash.
pub fn text_hash(article: &Article) -> String {
    let text: Vec<String> = (0..article.paragraphs.len())
        .map(|p| {
            article
                .paragraph_text(p)
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect();
    sha256(text.join("\n\n").as_bytes())
}

/// Derives every row of `article`. `id` `None` means the text hash's first 16 digits.
pub fn prepare(id: Option<String>, article: Article, reviewed: bool, source: String) -> Prepared {
    let text_hash = text_hash(&article);
    let id = id.unwrap_or_else(|| text_hash[..16].to_string());
    let article_json = serde_json::to_string(&article).expect("an Article always serialises");
    let content_hash = sha256(format!("{}\n{article_json}", u8::from(reviewed)).as_bytes());
    let voices = article
        .voices
        .iter()
        .map(|v| {
            let kind = voice_kind(v);
            let (gender, basis) = stated_gender(&article, &v.id);
            let name_kind = match v.kind {
                VoiceKind::Person => NameKind::Person,
                VoiceKind::Collective => NameKind::Collective,
                VoiceKind::Outlet => NameKind::Outlet,
            };
            let nameless = kind == "anonymous" || v.id == UNIDENTIFIED_ID;
            VoiceRow {
                voice: v.id.clone(),
                kind,
                gender: gender.label(),
                gender_basis: basis,
                name_key: if nameless {
                    None
                } else {
                    names::name_key(&v.name, name_kind)
                },
            }
        })
        .collect();
    Prepared {
        id,
        text_hash,
        content_hash,
        reviewed,
        source,
        article,
        article_json,
        voices,
    }
}

/// Stores `p` unless the corpus already has it, or has a reviewed article it would replace
/// with a draft. The name groups of the voices it added or removed go into `touched`, for
/// [`refresh_voices`] before the transaction commits.
pub fn put(
    tx: &Connection,
    p: &Prepared,
    touched: &mut BTreeSet<String>,
) -> Result<Outcome, CorpusError> {
    let existing: Option<(String, bool)> = tx
        .prepare_cached("SELECT content_hash, reviewed FROM articles WHERE id = ?1")?
        .query_row([&p.id], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?;
    if !p.reviewed {
        let reviewed_same_text: bool = tx
            .prepare_cached(
                "SELECT EXISTS (SELECT 1 FROM articles WHERE text_hash = ?1 AND reviewed = 1)",
            )?
            .query_row([&p.text_hash], |r| r.get(0))?;
        if reviewed_same_text || existing.as_ref().is_some_and(|(_, reviewed)| *reviewed) {
            return Ok(Outcome::KeptReviewed);
        }
    }
    let outcome = match &existing {
        Some((hash, _)) if *hash == p.content_hash => return Ok(Outcome::Unchanged),
        Some(_) => {
            let mut old = tx.prepare_cached(
                "SELECT name_key, name_group, kind, name FROM article_voices
                 WHERE article_id = ?1 AND name_group IS NOT NULL",
            )?;
            let mut forget = tx.prepare_cached(
                "UPDATE name_spellings SET uses = uses - 1
                 WHERE name_key = ?1 AND kind = ?2 AND name = ?3",
            )?;
            let rows = old.query_map([&p.id], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, String>(2)?,
                    r.get::<_, String>(3)?,
                ))
            })?;
            for row in rows {
                let (key, group, kind, name) = row?;
                forget.execute(params![key, kind, name])?;
                touched.insert(group);
            }
            tx.prepare_cached("DELETE FROM name_spellings WHERE uses <= 0")?
                .execute([])?;
            for sql in [
                "DELETE FROM passages WHERE article_id = ?1",
                "DELETE FROM article_voices WHERE article_id = ?1",
                "DELETE FROM articles WHERE id = ?1",
            ] {
                tx.prepare_cached(sql)?.execute([&p.id])?;
            }
            Outcome::Replaced
        }
        None => Outcome::Added,
    };
    let a = &p.article;
    let date = (!a.meta.date.is_missing()).then_some(a.meta.date.value.as_str());
    tx.prepare_cached(
        "INSERT INTO articles (id, text_hash, content_hash, title, outlet, url, date, lang,
                               reviewed, source, article_json)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
    )?
    .execute(params![
        p.id,
        p.text_hash,
        p.content_hash,
        a.meta.title,
        a.source.outlet,
        a.source.url,
        date,
        a.meta.language,
        p.reviewed,
        p.source,
        p.article_json
    ])?;
    let mut insert = tx.prepare_cached(
        "INSERT INTO passages (article_id, seq, paragraph, voice, kind, text, words, confidence)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
    )?;
    for (seq, (paragraph, passage)) in a.passages().enumerate() {
        insert.execute(params![
            p.id,
            seq as i64,
            paragraph as i64,
            passage.voice,
            passage.kind.as_str(),
            passage.text,
            count_words(&passage.text) as i64,
            passage.confidence
        ])?;
    }
    let mut insert = tx.prepare_cached(
        "INSERT INTO article_voices (article_id, voice, name, short_name, role, kind, gender,
                                     gender_basis, name_key, name_group)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
    )?;
    let mut spell = tx.prepare_cached(
        "INSERT INTO name_spellings (name_key, name_group, kind, name, uses)
         VALUES (?1, ?2, ?3, ?4, 1)
         ON CONFLICT (name_key, kind, name) DO UPDATE SET uses = uses + 1",
    )?;
    for (v, row) in a.voices.iter().zip(&p.voices) {
        let group = row.name_key.as_deref().map(names::name_group);
        if let (Some(key), Some(g)) = (&row.name_key, group) {
            touched.insert(g.to_string());
            spell.execute(params![key, g, row.kind, v.name])?;
        }
        insert.execute(params![
            p.id,
            v.id,
            v.name,
            v.short_name,
            v.role,
            row.kind,
            row.gender,
            row.gender_basis,
            row.name_key,
            group
        ])?;
    }
    Ok(outcome)
}

/// Regroups the corpus voices of the name groups in `touched`, and of any group a decision
/// links them to: only those, so a batch costs what it touched, not the corpus size.
pub fn refresh_voices(tx: &Connection, touched: &BTreeSet<String>) -> Result<(), CorpusError> {
    if touched.is_empty() {
        return Ok(());
    }
    let decisions = decisions(tx)?;
    // Groups linked by decisions are regrouped together (a merge may join two surnames).
    let mut groups = touched.clone();
    loop {
        let before = groups.len();
        for d in &decisions {
            let (ga, gb) = (names::name_group(&d.a), names::name_group(&d.b));
            if groups.contains(ga) || groups.contains(gb) {
                groups.insert(ga.to_string());
                groups.insert(gb.to_string());
            }
        }
        if groups.len() == before {
            break;
        }
    }
    let mut forms: Vec<NameForm> = Vec::new();
    {
        // Per key, the most common spelling names it (mixed case before capitals, then shortest).
        let mut stmt = tx.prepare_cached(
            "SELECT name_key, kind, name, uses FROM name_spellings WHERE name_group = ?1
             ORDER BY name_key, uses DESC, name = upper(name), length(name), name",
        )?;
        for group in &groups {
            let mut rows = stmt.query([group])?;
            while let Some(r) = rows.next()? {
                let key: String = r.get(0)?;
                let kind: String = r.get(1)?;
                let uses = r.get::<_, i64>(3)?.max(0) as u64;
                match forms.last_mut() {
                    Some(last) if last.key == key => last.uses += uses,
                    _ => forms.push(NameForm {
                        kind: match kind.as_str() {
                            "collective" => NameKind::Collective,
                            "outlet" => NameKind::Outlet,
                            _ => NameKind::Person,
                        },
                        key,
                        display: r.get(2)?,
                        uses,
                    }),
                }
            }
        }
    }
    let (voices, assignments) = names::cluster(&forms, &decisions);
    // Out with these groups' old voices, in with the new; an id another group holds gets a
    // number (two different names can fold to one slug).
    let mut old_ids = Vec::new();
    {
        let mut stmt = tx.prepare_cached(
            "SELECT DISTINCT corpus_voice FROM voice_names WHERE name_group = ?1",
        )?;
        let mut delete = tx.prepare_cached("DELETE FROM voice_names WHERE name_group = ?1")?;
        for group in &groups {
            for id in stmt.query_map([group], |r| r.get::<_, String>(0))? {
                old_ids.push(id?);
            }
            delete.execute([group])?;
        }
    }
    let mut taken =
        tx.prepare_cached("SELECT EXISTS (SELECT 1 FROM voice_names WHERE corpus_voice = ?1)")?;
    let mut members: HashMap<&str, Vec<&names::Assignment>> = HashMap::new();
    for a in &assignments {
        members.entry(a.voice.as_str()).or_default().push(a);
    }
    let mut insert_voice = tx.prepare_cached(
        "INSERT OR REPLACE INTO corpus_voices (id, name, kind) VALUES (?1, ?2, ?3)",
    )?;
    let mut insert_name = tx.prepare_cached(
        "INSERT INTO voice_names (name_key, name_group, corpus_voice, doubt) VALUES (?1, ?2, ?3, ?4)",
    )?;
    for v in &voices {
        let mut id = v.id.clone();
        let mut n = 2;
        while taken.query_row([&id], |r| r.get::<_, bool>(0))? {
            id = format!("{}-{n}", v.id);
            n += 1;
        }
        insert_voice.execute(params![id, v.name, v.kind.label()])?;
        for a in members.get(v.id.as_str()).into_iter().flatten() {
            insert_name.execute(params![a.key, names::name_group(&a.key), id, a.doubt])?;
        }
    }
    let mut gone = tx.prepare_cached(
        "DELETE FROM corpus_voices WHERE id = ?1
         AND NOT EXISTS (SELECT 1 FROM voice_names WHERE corpus_voice = ?1)",
    )?;
    for id in old_ids {
        gone.execute([id])?;
    }
    Ok(())
}

fn decisions(tx: &Connection) -> Result<Vec<Decision>, CorpusError> {
    let mut stmt = tx.prepare("SELECT action, name_a, name_b FROM voice_decisions ORDER BY id")?;
    let rows = stmt.query_map([], |r| {
        let action: String = r.get(0)?;
        Ok(Decision {
            action: if action == "merge" {
                Action::Merge
            } else {
                Action::Split
            },
            a: r.get(1)?,
            b: r.get(2)?,
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// A name given on the command line: a corpus voice id (its main name is used), or a name as
/// the articles write it, or a name key.
fn resolve_name(tx: &Connection, given: &str) -> Result<String, CorpusError> {
    let by_voice: Option<String> = tx
        .query_row(
            "SELECT n.name_key FROM voice_names n JOIN corpus_voices c ON c.id = n.corpus_voice
             WHERE c.id = ?1 ORDER BY n.doubt IS NOT NULL, length(n.name_key) DESC, n.name_key LIMIT 1",
            [given],
            |r| r.get(0),
        )
        .optional()?;
    if let Some(key) = by_voice {
        return Ok(key);
    }
    let candidates = [
        Some(given.to_string()),
        names::name_key(given, NameKind::Person),
        names::name_key(given, NameKind::Collective),
        names::name_key(given, NameKind::Outlet),
    ];
    for key in candidates.into_iter().flatten() {
        let known: bool = tx.query_row(
            "SELECT EXISTS (SELECT 1 FROM voice_names WHERE name_key = ?1)",
            [&key],
            |r| r.get(0),
        )?;
        if known {
            return Ok(key);
        }
    }
    Err(CorpusError::Io(format!(
        "{given:?}: no corpus voice or name of that name (see `corpus voices`)"
    )))
}

impl Corpus {
    /// Records that `a` and `b` (voice ids or names) are one speaker, or two, and applies it.
    /// Returns the two name keys the decision is about.
    pub fn decide(
        &mut self,
        action: Action,
        a: &str,
        b: &str,
    ) -> Result<(String, String), CorpusError> {
        let tx = self.conn.transaction()?;
        let (ka, kb) = (resolve_name(&tx, a)?, resolve_name(&tx, b)?);
        if ka == kb {
            return Err(CorpusError::Io(format!(
                "{a:?} and {b:?} are the same name ({ka:?})"
            )));
        }
        tx.execute(
            "INSERT INTO voice_decisions (action, name_a, name_b, made_at)
             VALUES (?1, ?2, ?3, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))",
            params![
                if action == Action::Merge {
                    "merge"
                } else {
                    "split"
                },
                ka,
                kb
            ],
        )?;
        let touched = [names::name_group(&ka), names::name_group(&kb)]
            .into_iter()
            .map(str::to_string)
            .collect();
        refresh_voices(&tx, &touched)?;
        tx.commit()?;
        Ok((ka, kb))
    }
}
