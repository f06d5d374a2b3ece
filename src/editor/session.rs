//! The editor page's state, pure (no web APIs): the work in hand (an `Editor`, or none on the
//! start form), which paragraph is being corrected and what of it is selected, and what the
//! last step said. The page's components only dispatch `Action`s.

use crate::edit::{Command, EditError, Editor};
use crate::i18n::Message;
use crate::model::Article;
use serde::{Deserialize, Serialize};
use std::rc::Rc;
use yew::Reducible;

#[derive(Debug, Clone, PartialEq)]
pub struct Session {
    pub editor: Option<Editor>,
    /// Bumped by every change of the article: the preview's key and the autosave's trigger.
    pub rev: u64,
    /// The paragraph in the correction panel.
    pub paragraph: usize,
    /// A byte range of that paragraph to select there (a passage to check, a selection made
    /// in the preview).
    pub selection: Option<(usize, usize)>,
    /// What the last step said, for the live region.
    pub said: Option<Said>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Said {
    Done(Message),
    Refused(EditError),
}

#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// A draft to correct: fresh from the importer, a file, or restored from storage.
    Open(Article, Vec<String>),
    /// Back to the start form.
    Close,
    /// A command, and what to announce when it is done.
    Apply(Command, Message),
    Undo,
    Redo,
    /// The article left the editor (downloaded or copied): its voice ids stay from now on.
    Published,
    Select {
        paragraph: usize,
        range: Option<(usize, usize)>,
    },
    /// A selection as the browser counts it (UTF-16 units), made in the preview.
    SelectUtf16 {
        paragraph: usize,
        start: u32,
        end: u32,
    },
}

/// What `localStorage` keeps of the work: enough to carry on after a reload or a crash. `tab`
/// and `stamp` tell whether another tab saved since this one last did.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Saved {
    pub tab: String,
    pub stamp: u64,
    pub article: Article,
    #[serde(default)]
    pub published: Vec<String>,
}

impl Saved {
    /// Storage is untrusted like any input: a record the editor can show (paragraphs, voices,
    /// every passage's voice known), whatever its other problems, which the page then lists.
    pub fn usable(&self) -> bool {
        let article = &self.article;
        !article.paragraphs.is_empty()
            && !article.voices.is_empty()
            && article
                .passages()
                .all(|(_, p)| article.voice_index(&p.voice).is_some())
    }
}

impl Session {
    pub fn new(saved: Option<Saved>) -> Self {
        let mut session = Session {
            editor: None,
            rev: 0,
            paragraph: 0,
            selection: None,
            said: None,
        };
        if let Some(saved) = saved {
            session.step(Action::Open(saved.article, saved.published));
            session.said = Some(Said::Done(Message::new("edit.restored", &[])));
        }
        session
    }

    pub fn step(&mut self, action: Action) {
        match action {
            Action::Open(article, published) => {
                self.editor = Some(Editor::restore(article, published));
                self.rev += 1;
                self.paragraph = 0;
                self.selection = None;
                self.said = None;
            }
            Action::Close => *self = Session::new(None),
            Action::Apply(command, done) => {
                let Some(editor) = self.editor.as_mut() else {
                    return;
                };
                let before = editor.article.clone();
                match editor.apply(command) {
                    Ok(()) => {
                        if !Rc::ptr_eq(&before, &editor.article) {
                            self.changed();
                        }
                        self.said = Some(Said::Done(done));
                    }
                    Err(refusal) => self.said = Some(Said::Refused(refusal)),
                }
            }
            Action::Undo | Action::Redo => {
                let Some(editor) = self.editor.as_mut() else {
                    return;
                };
                let undo = action == Action::Undo;
                let moved = if undo { editor.undo() } else { editor.redo() };
                let key = match (undo, moved) {
                    (true, true) => "edit.undone",
                    (true, false) => "edit.nothing_to_undo",
                    (false, true) => "edit.redone",
                    (false, false) => "edit.nothing_to_redo",
                };
                if moved {
                    self.changed();
                }
                self.said = Some(Said::Done(Message::new(key, &[])));
            }
            Action::Published => {
                if let Some(editor) = self.editor.as_mut() {
                    let _ = editor.export();
                }
            }
            Action::Select { paragraph, range } => {
                self.paragraph = paragraph;
                self.selection = range;
            }
            Action::SelectUtf16 {
                paragraph,
                start,
                end,
            } => {
                let Some(article) = self.article() else {
                    return;
                };
                if paragraph < article.paragraphs.len() {
                    let text = article.paragraph_text(paragraph);
                    self.paragraph = paragraph;
                    self.selection = Some((byte_offset(&text, start), byte_offset(&text, end)));
                }
            }
        }
    }

    /// The article changed: what was selected may no longer be a passage, and a paragraph
    /// number stays within the article.
    fn changed(&mut self) {
        self.rev += 1;
        self.selection = None;
        let paragraphs = self
            .editor
            .as_ref()
            .map_or(0, |e| e.article.paragraphs.len());
        self.paragraph = self.paragraph.min(paragraphs.saturating_sub(1));
    }

    pub fn article(&self) -> Option<&Rc<Article>> {
        self.editor.as_ref().map(|e| &e.article)
    }
}

impl Reducible for Session {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        // The editor's history is shared (`Rc` snapshots), so this copy is cheap.
        let mut next = Rc::unwrap_or_clone(self);
        next.step(action);
        Rc::new(next)
    }
}

/// A UTF-16 offset (what the browser's selections count) as a byte offset into `text`,
/// rounded down to a character boundary.
pub fn byte_offset(text: &str, utf16: u32) -> usize {
    let mut units = 0u32;
    for (i, c) in text.char_indices() {
        if units >= utf16 {
            return i;
        }
        units += c.len_utf16() as u32;
        if units > utf16 {
            return i; // inside a surrogate pair: the character's start
        }
    }
    text.len()
}

/// A byte offset into `text` as a UTF-16 offset.
pub fn utf16_offset(text: &str, byte: usize) -> u32 {
    text[..byte.min(text.len())]
        .chars()
        .map(|c| c.len_utf16() as u32)
        .sum()
}

/// The passage of a paragraph that holds byte `at`, and where it starts: the pieces are the
/// passages' texts in order.
pub fn passage_at<'a>(
    passages: impl Iterator<Item = &'a str>,
    at: usize,
) -> Option<(usize, usize)> {
    let mut start = 0;
    for (i, text) in passages.enumerate() {
        let end = start + text.len();
        if at < end {
            return Some((i, start));
        }
        start = end;
    }
    None
}

/// A selection without the spaces at its edges: they stay with the words around it, so that a
/// quote starts at its mark, not at the space before it.
pub fn trim_range(text: &str, (start, end): (usize, usize)) -> (usize, usize) {
    let Some(inner) = text.get(start..end) else {
        return (start, end);
    };
    let lead = inner.len() - inner.trim_start().len();
    let trail = inner.len() - inner.trim_end().len();
    if lead + trail >= inner.len() {
        return (start, end); // spaces alone: the command says why it refuses
    }
    (start + lead, end - trail)
}
