//! The editor's model: a draft article and the commands that correct it. Pure (no web APIs),
//! so the editing rules are tested natively, and the editor page only wires them to the DOM.
//!
//! The one guarantee: no command changes the words of a paragraph, only how they are divided
//! and whom they are given to. Undo and redo are whole snapshots: an article is small, and a
//! snapshot cannot drift from the state it restores.

use crate::i18n::Message;
use crate::import::text::unique_slug;
use crate::model::{Article, DataError, Meta, Passage, PassageKind, Source, Voice, VoiceKind};
use std::collections::BTreeSet;
use std::fmt;
use std::rc::Rc;

/// One correction. Offsets are byte offsets into a paragraph's text.
#[derive(Debug, Clone, PartialEq)]
pub enum Command {
    /// Gives `start..end` of a paragraph to a voice, as a kind (a selection in the editor).
    Assign {
        paragraph: usize,
        start: usize,
        end: usize,
        voice: String,
        kind: PassageKind,
    },
    /// Cuts a passage in two at `at`.
    Split {
        paragraph: usize,
        passage: usize,
        at: usize,
    },
    /// Joins a passage and the next one; the first one's voice and kind win.
    Merge {
        paragraph: usize,
        passage: usize,
    },
    AddVoice {
        name: String,
        short_name: String,
        role: String,
        kind: VoiceKind,
    },
    EditVoice {
        id: String,
        name: String,
        short_name: String,
        role: String,
        kind: VoiceKind,
    },
    /// Gives every passage of `from` to `into` and removes `from`.
    MergeVoices {
        from: String,
        into: String,
    },
    SetMeta(Meta),
    SetSource(Source),
}

/// Why a command was refused, naming the field it concerns; the words are the editor's
/// catalogue's (`edit.*`), in the interface's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EditError {
    pub field: &'static str,
    pub message: Message,
}

impl fmt::Display for EditError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let message = self.message.render(&crate::i18n::editor_english());
        write!(f, "{}: {message}", self.field)
    }
}

fn refuse<T>(
    field: &'static str,
    key: &'static str,
    args: &[(&'static str, String)],
) -> Result<T, EditError> {
    Err(EditError {
        field,
        message: Message::new(key, args),
    })
}

#[derive(Debug, Clone, PartialEq)]
pub struct Editor {
    /// Shared with the undo history and the page's props: a step copies the article once.
    pub article: Rc<Article>,
    undo: Vec<Rc<Article>>,
    redo: Vec<Rc<Article>>,
    /// Voice ids that have left the editor (exported or linked): renaming keeps them.
    published: BTreeSet<String>,
}

/// At most this many steps back: enough for a session, bounded for memory.
const UNDO_DEPTH: usize = 200;

impl Editor {
    pub fn new(article: Article) -> Self {
        Self::restore(article, Vec::new())
    }

    /// A saved piece of work: the article and the voice ids already published.
    pub fn restore(article: Article, published: Vec<String>) -> Self {
        Self {
            article: Rc::new(article),
            undo: Vec::new(),
            redo: Vec::new(),
            published: published.into_iter().collect(),
        }
    }

    pub fn published(&self) -> Vec<String> {
        self.published.iter().cloned().collect()
    }

    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    pub fn undo(&mut self) -> bool {
        match self.undo.pop() {
            Some(previous) => {
                self.redo
                    .push(std::mem::replace(&mut self.article, previous));
                true
            }
            None => false,
        }
    }

    pub fn redo(&mut self) -> bool {
        match self.redo.pop() {
            Some(next) => {
                self.undo.push(std::mem::replace(&mut self.article, next));
                true
            }
            None => false,
        }
    }

    /// Applies a command; on success it can be undone, on refusal nothing changed.
    pub fn apply(&mut self, command: Command) -> Result<(), EditError> {
        let mut next = Article::clone(&self.article);
        match command {
            Command::Assign {
                paragraph,
                start,
                end,
                voice,
                kind,
            } => assign(&mut next, paragraph, start..end, &voice, kind)?,
            Command::Split {
                paragraph,
                passage,
                at,
            } => split(&mut next, paragraph, passage, at)?,
            Command::Merge { paragraph, passage } => merge(&mut next, paragraph, passage)?,
            Command::AddVoice {
                name,
                short_name,
                role,
                kind,
            } => {
                let name = required("voices.name", &name)?;
                let id = unique_id(&next, &name, None);
                let short_name = short_or_default(&short_name, &name);
                next.voices.push(Voice {
                    id,
                    name,
                    short_name,
                    role: role.trim().to_string(),
                    kind,
                });
            }
            Command::EditVoice {
                id,
                name,
                short_name,
                role,
                kind,
            } => self.edit_voice(&mut next, &id, &name, &short_name, &role, kind)?,
            Command::MergeVoices { from, into } => merge_voices(&mut next, &from, &into)?,
            Command::SetMeta(meta) => next.meta = meta,
            Command::SetSource(source) => next.source = source,
        }
        if next == *self.article {
            return Ok(());
        }
        self.undo
            .push(std::mem::replace(&mut self.article, Rc::new(next)));
        if self.undo.len() > UNDO_DEPTH {
            self.undo.remove(0);
        }
        self.redo.clear();
        Ok(())
    }

    fn edit_voice(
        &self,
        next: &mut Article,
        id: &str,
        name: &str,
        short_name: &str,
        role: &str,
        kind: VoiceKind,
    ) -> Result<(), EditError> {
        let Some(i) = next.voice_index(id) else {
            return refuse("voices.id", "edit.unknown_voice", &[("id", id.to_string())]);
        };
        let name = required("voices.name", name)?;
        let old_kind = next.voices[i].kind;
        let narrates = |k: VoiceKind| k == VoiceKind::Outlet;
        let has_passages = next.passages().any(|(_, p)| p.voice == id);
        if narrates(old_kind) != narrates(kind) && has_passages {
            return refuse("voices.kind", "edit.kind_change", &[]);
        }
        // An id already shared in a link or an export stays; a fresh one follows the name.
        let new_id = if self.published.contains(id) {
            id.to_string()
        } else {
            unique_id(next, &name, Some(id))
        };
        if new_id != id {
            for p in &mut next.paragraphs {
                for passage in &mut p.passages {
                    if passage.voice == id {
                        passage.voice = new_id.clone();
                    }
                }
            }
        }
        let voice = &mut next.voices[i];
        voice.id = new_id;
        voice.short_name = short_or_default(short_name, &name);
        voice.name = name;
        voice.role = role.trim().to_string();
        voice.kind = kind;
        Ok(())
    }

    /// The article to publish: voices with no passages left out (an added voice not used yet),
    /// and its ids recorded as published so that later renames keep them.
    pub fn export(&mut self) -> Result<Article, Vec<DataError>> {
        let article = publishable(&self.article);
        let errors = article.validate();
        if !errors.is_empty() {
            return Err(errors);
        }
        self.published
            .extend(article.voices.iter().map(|v| v.id.clone()));
        Ok(article)
    }

    pub fn errors(&self) -> Vec<DataError> {
        draft_errors(&self.article)
    }
}

/// Live validation: the article's errors, less "no passages" for a voice just added (it is
/// left out when the article is published).
pub fn draft_errors(article: &Article) -> Vec<DataError> {
    article
        .validate()
        .into_iter()
        .filter(|e| e.message.key != "data.voice_without_passages")
        .collect()
}

/// The article as it is published: voices with no passages (added, not used yet) left out.
pub fn publishable(article: &Article) -> Article {
    let used: BTreeSet<&str> = article.passages().map(|(_, p)| p.voice.as_str()).collect();
    let mut out = article.clone();
    out.voices.retain(|v| used.contains(v.id.as_str()));
    out
}

fn required(field: &'static str, value: &str) -> Result<String, EditError> {
    let value = value.trim();
    if value.is_empty() {
        return refuse(field, "edit.empty", &[]);
    }
    Ok(value.to_string())
}

fn short_or_default(short_name: &str, name: &str) -> String {
    let short = short_name.trim();
    if short.is_empty() {
        name.rsplit(' ').next().unwrap_or(name).to_string()
    } else {
        short.to_string()
    }
}

/// A slug of the name not used by another voice (`except` is the voice being renamed).
fn unique_id(article: &Article, name: &str, except: Option<&str>) -> String {
    unique_slug(name, "voice", |id| {
        article
            .voices
            .iter()
            .any(|v| v.id == id && Some(id) != except)
    })
}

/// A paragraph as (start, end, passage) pieces.
fn pieces(article: &Article, p: usize) -> Vec<(usize, usize, Passage)> {
    let mut at = 0;
    article.paragraphs[p]
        .passages
        .iter()
        .map(|passage| {
            let start = at;
            at += passage.text.len();
            (start, at, passage.clone())
        })
        .collect()
}

/// Rebuilds a paragraph from pieces: blank pieces join the next one, and neighbours with the
/// same voice and kind run on as one passage.
fn rebuild(article: &mut Article, p: usize, pieces: Vec<Passage>) {
    let mut out: Vec<Passage> = Vec::new();
    let mut pending_blank = String::new();
    for mut piece in pieces {
        if piece.text.is_empty() {
            continue;
        }
        if piece.text.trim().is_empty() {
            pending_blank.push_str(&piece.text);
            continue;
        }
        piece
            .text
            .insert_str(0, &std::mem::take(&mut pending_blank));
        match out.last_mut() {
            Some(last) if last.voice == piece.voice && last.kind == piece.kind => {
                last.text.push_str(&piece.text);
                last.confidence = None;
                last.reason = None;
            }
            _ => out.push(piece),
        }
    }
    if let Some(last) = out.last_mut() {
        last.text.push_str(&pending_blank);
    }
    article.paragraphs[p].passages = out;
}

fn paragraph_of(article: &Article, p: usize) -> Result<String, EditError> {
    if p >= article.paragraphs.len() {
        return refuse(
            "paragraph",
            "edit.no_paragraph",
            &[("n", (p + 1).to_string())],
        );
    }
    Ok(article.paragraph_text(p))
}

fn check_kind(article: &Article, voice: &str, kind: PassageKind) -> Result<(), EditError> {
    let Some(v) = article.voice(voice) else {
        return refuse("voice", "edit.unknown_voice", &[("id", voice.to_string())]);
    };
    if (kind == PassageKind::Narration) != (v.kind == VoiceKind::Outlet) {
        let key = if kind == PassageKind::Narration {
            "edit.narration_is_outlet"
        } else {
            "edit.outlet_narrates"
        };
        return refuse("kind", key, &[("name", v.name.clone())]);
    }
    Ok(())
}

fn assign(
    article: &mut Article,
    p: usize,
    range: std::ops::Range<usize>,
    voice: &str,
    kind: PassageKind,
) -> Result<(), EditError> {
    let text = paragraph_of(article, p)?;
    let ok = range.start < range.end
        && range.end <= text.len()
        && text.is_char_boundary(range.start)
        && text.is_char_boundary(range.end);
    if !ok {
        return refuse("selection", "edit.selection", &[]);
    }
    if text[range.clone()].trim().is_empty() {
        return refuse("selection", "edit.selection_blank", &[]);
    }
    check_kind(article, voice, kind)?;
    let mut out = Vec::new();
    for (start, end, passage) in pieces(article, p) {
        // The part of each passage before and after the selection keeps its attribution.
        if start < range.start {
            let cut = end.min(range.start);
            out.push(Passage {
                text: text[start..cut].to_string(),
                ..passage.clone()
            });
        }
        if (start..end).contains(&range.start) {
            out.push(Passage {
                voice: voice.to_string(),
                kind,
                text: text[range.clone()].to_string(),
                confidence: None,
                reason: None,
            });
        }
        if end > range.end {
            let from = start.max(range.end);
            out.push(Passage {
                text: text[from..end].to_string(),
                ..passage
            });
        }
    }
    rebuild(article, p, out);
    Ok(())
}

fn split(article: &mut Article, p: usize, i: usize, at: usize) -> Result<(), EditError> {
    paragraph_of(article, p)?;
    let Some(passage) = article.paragraphs[p].passages.get(i).cloned() else {
        return refuse("passage", "edit.no_passage", &[("n", (i + 1).to_string())]);
    };
    let inside = at > 0 && at < passage.text.len() && passage.text.is_char_boundary(at);
    if !inside {
        return refuse("split", "edit.split_inside", &[]);
    }
    let (a, b) = passage.text.split_at(at);
    if a.trim().is_empty() || b.trim().is_empty() {
        return refuse("split", "edit.split_word", &[]);
    }
    let first = Passage {
        text: a.to_string(),
        ..passage.clone()
    };
    let second = Passage {
        text: b.to_string(),
        ..passage
    };
    // Two parts of one voice and kind would run on again: keep them apart on purpose.
    article.paragraphs[p]
        .passages
        .splice(i..=i, [first, second]);
    Ok(())
}

fn merge(article: &mut Article, p: usize, i: usize) -> Result<(), EditError> {
    paragraph_of(article, p)?;
    let passages = &mut article.paragraphs[p].passages;
    if i + 1 >= passages.len() {
        return refuse("passage", "edit.no_next", &[]);
    }
    let next = passages.remove(i + 1);
    let first = &mut passages[i];
    first.text.push_str(&next.text);
    first.confidence = None;
    first.reason = None;
    Ok(())
}

fn merge_voices(article: &mut Article, from: &str, into: &str) -> Result<(), EditError> {
    if from == into {
        return refuse("voices", "edit.same_voices", &[]);
    }
    let (Some(f), Some(t)) = (article.voice_index(from), article.voice_index(into)) else {
        return refuse("voices", "edit.voices_exist", &[]);
    };
    let outlet = |i: usize| article.voices[i].kind == VoiceKind::Outlet;
    if outlet(f) != outlet(t) {
        return refuse("voices", "edit.outlet_merge", &[]);
    }
    for p in 0..article.paragraphs.len() {
        let passages: Vec<Passage> = article.paragraphs[p]
            .passages
            .iter()
            .cloned()
            .map(|mut passage| {
                if passage.voice == from {
                    passage.voice = into.to_string();
                }
                passage
            })
            .collect();
        rebuild(article, p, passages);
    }
    article.voices.remove(f);
    Ok(())
}
