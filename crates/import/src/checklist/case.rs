//! One behavioural case: the text, written as segments that say whose words each is, so that
//! the input and its gold annotation come from the same source and cannot drift apart.

use super::Pattern;
use crate::text::slug;
use crate::Lang;
use article_model::{
    Article, Meta, Paragraph, Passage, PassageKind, PublicationDate, Source, Voice, VoiceKind,
};

/// The outlet, in every case: voice 0.
const OUTLET: &str = "Checklist Wire";

/// A run of text and whose it is: `None` is the outlet's narration.
#[derive(Debug, Clone, PartialEq)]
pub struct Seg {
    pub text: String,
    pub who: Option<(usize, PassageKind)>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Case {
    pub pattern: Pattern,
    pub lang: Lang,
    /// The outlet first, then the speakers the text names.
    pub voices: Vec<Voice>,
    pub paragraphs: Vec<Vec<Seg>>,
    /// The text does not say which of the people it names speaks (only a given name's usual
    /// gender would): the draft may take that guess, but must flag the quote for review.
    pub open_by_text: bool,
}

impl Case {
    /// An empty case; the template that fills it sets its pattern.
    pub fn new(lang: Lang) -> Case {
        Case {
            pattern: Pattern::ColonLeadIn,
            lang,
            voices: vec![voice(OUTLET, OUTLET, VoiceKind::Outlet)],
            paragraphs: vec![Vec::new()],
            open_by_text: false,
        }
    }

    /// A speaker, by the name an editor would give it; returns its index.
    pub fn speaker(&mut self, name: &str, short_name: &str, kind: VoiceKind) -> usize {
        if let Some(i) = self.voices.iter().position(|v| v.name == name) {
            return i;
        }
        self.voices.push(voice(name, short_name, kind));
        self.voices.len() - 1
    }

    /// The outlet's narration, appended to the current paragraph.
    pub fn n(&mut self, text: &str) -> &mut Case {
        self.push(text, None)
    }

    /// A direct quote by `who`.
    pub fn d(&mut self, who: usize, text: &str) -> &mut Case {
        self.push(text, Some((who, PassageKind::Direct)))
    }

    /// A paraphrase (indirect speech) by `who`.
    pub fn p(&mut self, who: usize, text: &str) -> &mut Case {
        self.push(text, Some((who, PassageKind::Paraphrase)))
    }

    /// Starts a new paragraph.
    pub fn para(&mut self) -> &mut Case {
        self.paragraphs.push(Vec::new());
        self
    }

    fn push(&mut self, text: &str, who: Option<(usize, PassageKind)>) -> &mut Case {
        if !text.is_empty() {
            let last = self.paragraphs.last_mut().expect("a case has a paragraph");
            last.push(Seg {
                text: text.to_string(),
                who,
            });
        }
        self
    }

    fn paragraph_text(segs: &[Seg]) -> String {
        segs.iter().map(|s| s.text.as_str()).collect()
    }

    /// The plain text the importer is given: paragraphs separated by blank lines.
    pub fn text(&self) -> String {
        self.paragraphs
            .iter()
            .map(|p| Case::paragraph_text(p))
            .collect::<Vec<_>>()
            .join("\n\n")
    }

    /// The expected annotation, as an article (so the corpus score's quotes apply to it).
    /// Whitespace between two passages of one voice belongs to them, as in the corpus and
    /// the importer's drafts (whitespace alone is never a passage): a paraphrase and a quote
    /// of one speaker side by side are one mixed quote to the score.
    pub fn gold(&self) -> Article {
        let paragraphs = self
            .paragraphs
            .iter()
            .map(|segs| Paragraph {
                passages: joined(segs)
                    .iter()
                    .map(|s| {
                        let (v, kind) = s.who.unwrap_or((0, PassageKind::Narration));
                        Passage {
                            voice: self.voices[v].id.clone(),
                            kind,
                            text: s.text.clone(),
                            confidence: None,
                            reason: None,
                        }
                    })
                    .collect(),
                notes: Vec::new(),
            })
            .collect();
        Article {
            meta: Meta {
                title: String::new(),
                authors: Vec::new(),
                dateline: String::new(),
                date: PublicationDate::default(),
                language: super::lang_code(self.lang).to_string(),
            },
            source: Source {
                outlet: OUTLET.to_string(),
                outlet_abbreviation: None,
                description: String::new(),
                description_basis: String::new(),
                url: String::new(),
                archive_url: None,
            },
            voices: self.voices.clone(),
            paragraphs,
            notes: Vec::new(),
        }
    }
}

/// The segments with each whitespace-only narration between two passages of one voice
/// folded into the passage before it.
fn joined(segs: &[Seg]) -> Vec<Seg> {
    let mut out: Vec<Seg> = Vec::with_capacity(segs.len());
    for (i, s) in segs.iter().enumerate() {
        let between_one_voice = s.who.is_none()
            && s.text.trim().is_empty()
            && out.last().and_then(|l| l.who).map(|(v, _)| v)
                == segs.get(i + 1).and_then(|n| n.who).map(|(v, _)| v)
            && out.last().is_some_and(|l| l.who.is_some());
        match out.last_mut() {
            Some(last) if between_one_voice => last.text.push_str(&s.text),
            _ => out.push(s.clone()),
        }
    }
    out
}

fn voice(name: &str, short_name: &str, kind: VoiceKind) -> Voice {
    Voice {
        id: slug(name),
        name: name.to_string(),
        short_name: short_name.to_string(),
        role: String::new(),
        kind,
    }
}
