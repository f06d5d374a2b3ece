//! From claims to an `Article`: passages that tile each paragraph exactly, voices with stable
//! slugs, and the metadata the user gave (what was not given stays missing, with a note).

use super::confidence::{self, Model};
use super::cues::{Analyser, Claim};
use super::quotes;
use super::speakers::{Entity, Registry};
use super::text::unique_slug;
use super::Lang;
use article_model::{
    Article, Meta, Note, NoteKind, Paragraph, Passage, PassageKind, PublicationDate, Source, Voice,
    VoiceKind,
};

pub struct Metadata {
    pub title: Option<String>,
    pub outlet: Option<String>,
    pub url: Option<String>,
    pub date: Option<String>,
    pub detected: bool,
}

/// Where a passage's voice comes from before ids are given out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Who {
    Entity(usize),
    Unidentified,
    Outlet,
}

struct Piece {
    start: usize,
    end: usize,
    who: Who,
    kind: PassageKind,
    confidence: Option<u8>,
    reason: Option<String>,
    features: Option<Vec<f64>>,
}

/// A claim judged by the confidence model: its confidence and reason are the model's, and its
/// features are kept for fitting.
struct Judged {
    claim: Claim,
    features: Vec<f64>,
}

impl std::ops::Deref for Judged {
    type Target = Claim;
    fn deref(&self) -> &Claim {
        &self.claim
    }
}

/// Judges a paragraph's claims; `spoken` marks the entities with a claim in an earlier
/// paragraph, and is updated.
fn judge(
    model: &Model,
    text: &str,
    lang: Lang,
    registry: &Registry,
    claims: Vec<Claim>,
    spoken: &mut Vec<bool>,
) -> Vec<Judged> {
    let mut voices: Vec<Option<usize>> = claims.iter().map(|c| c.speaker).collect();
    voices.sort();
    voices.dedup();
    spoken.resize(registry.entities.len(), false);
    let earlier = spoken.clone();
    for i in voices.iter().flatten() {
        spoken[*i] = true;
    }
    let speakers: Vec<Option<usize>> = claims.iter().map(|c| c.speaker).collect();
    let count = claims.len();
    claims
        .into_iter()
        .map(|mut claim| {
            let context = confidence::Context {
                voices: voices.len(),
                spoke_earlier: claim.speaker.is_some_and(|i| earlier[i]),
                same_speaker: speakers.iter().filter(|&&s| s == claim.speaker).count() - 1,
                claims: count,
            };
            let features = confidence::features(&claim, text, registry, &context);
            if lang != Lang::Other {
                let (c, why) = model.judge(&features);
                claim.confidence = c;
                if let Some(why) = why {
                    claim.reason = format!("{}; {why}", claim.reason);
                }
            }
            Judged { claim, features }
        })
        .collect()
}

/// Per paragraph and passage, the confidence features of an attributed passage.
pub type PassageFeatures = Vec<Vec<Option<Vec<f64>>>>;

pub const UNIDENTIFIED_ID: &str = "unidentified-speaker";

pub fn draft(
    paragraphs: &[String],
    lang: Lang,
    code: &str,
    meta: Metadata,
    model: &Model,
) -> (Article, PassageFeatures) {
    let mut all_quotes = quotes::find_all(paragraphs);
    for (text, q) in paragraphs.iter().zip(all_quotes.iter_mut()) {
        super::titles::drop_names(lang, text, q);
    }
    let mut registry = Registry::default();
    let lex = lang.lexicon().unwrap_or(&super::lexicon::EN);
    let mut analyser = Analyser {
        lex,
        lang,
        registry: &mut registry,
        previous_speaker: None,
        open_quote_speaker: None,
        sentence_speaker: None,
        discourse: Default::default(),
    };
    let mut spoken = Vec::new();
    let pieces: Vec<Vec<Piece>> = paragraphs
        .iter()
        .zip(&all_quotes)
        .map(|(text, q)| {
            let claims = analyser.paragraph(text, q);
            tile(
                text,
                judge(model, text, lang, analyser.registry, claims, &mut spoken),
            )
        })
        .collect();
    let features: PassageFeatures = pieces
        .iter()
        .map(|ps| ps.iter().map(|p| p.features.clone()).collect())
        .collect();

    let outlet = meta
        .outlet
        .clone()
        .unwrap_or_else(|| "the outlet".to_string());
    let outlet_id = unique_slug(&outlet, "outlet", |_| false);
    let (voices, ids) = voices(&registry.entities, &pieces, &outlet, &outlet_id);
    let paragraphs = paragraphs
        .iter()
        .zip(pieces)
        .map(|(text, pieces)| Paragraph {
            passages: pieces
                .into_iter()
                .map(|piece| Passage {
                    voice: match piece.who {
                        Who::Entity(i) => ids[i].clone(),
                        Who::Unidentified => UNIDENTIFIED_ID.to_string(),
                        Who::Outlet => outlet_id.clone(),
                    },
                    kind: piece.kind,
                    text: text[piece.start..piece.end].to_string(),
                    confidence: piece.confidence,
                    reason: piece.reason,
                })
                .collect(),
            notes: Vec::new(),
        })
        .collect();

    let mut missing = Vec::new();
    if meta.title.is_none() {
        missing.push("title");
    }
    if meta.date.is_none() {
        missing.push("date");
    }
    if meta.url.is_none() {
        missing.push("original link");
    }
    missing.push("description of the outlet");
    let rules = if lang == Lang::Other {
        format!("no attribution rules for language \u{201c}{code}\u{201d}: quotation marks alone, every quote given to the unidentified speaker")
    } else {
        "reporting verbs, cue phrases, quotation marks and speaker resolution".to_string()
    };
    let note = format!(
        "Draft made by the importer from plain text (language {code}{}; {rules}). Every attribution is a draft with its confidence and reason: check them before publishing. Not given: {}.",
        if meta.detected { ", detected" } else { ", given" },
        missing.join(", ")
    );
    let article = Article {
        meta: Meta {
            title: meta.title.unwrap_or_default(),
            authors: Vec::new(),
            dateline: String::new(),
            date: meta
                .date
                .map(|value| PublicationDate {
                    value,
                    ..PublicationDate::default()
                })
                .unwrap_or_default(),
            language: code.to_string(),
        },
        source: Source {
            outlet,
            outlet_abbreviation: None,
            description: String::new(),
            description_basis: String::new(),
            url: meta.url.unwrap_or_default(),
            archive_url: None,
        },
        voices,
        paragraphs,
        notes: vec![Note {
            id: "import-draft".to_string(),
            kind: NoteKind::Editorial,
            text: note,
        }],
    };
    (article, features)
}

/// Cuts a paragraph into pieces: quotes first, then paraphrases around them, narration in the
/// gaps. Whitespace-only gaps join the next piece, so no passage is blank.
fn tile(text: &str, mut claims: Vec<Judged>) -> Vec<Piece> {
    // Direct quotes win over the paraphrase around them; earlier claims over later ones.
    claims.sort_by_key(|c| (c.kind != PassageKind::Direct, c.start));
    // What is owned so far, by start: disjoint ranges, so a claim is cut around its overlaps.
    let mut owned: std::collections::BTreeMap<usize, (usize, &Judged)> =
        std::collections::BTreeMap::new();
    for claim in &claims {
        let mut cursor = claim.start;
        let mut free = Vec::new();
        // A range that starts before this claim and still runs into it overlaps it too.
        let first = owned
            .range(..claim.start)
            .next_back()
            .map_or(claim.start, |(&s, _)| s);
        for (&s, &(e, _)) in owned.range(first..claim.end) {
            if e <= cursor {
                continue;
            }
            if s > cursor {
                free.push((cursor, s));
            }
            cursor = cursor.max(e);
        }
        if cursor < claim.end {
            free.push((cursor, claim.end));
        }
        for (a, b) in free {
            if !text[a..b].trim().is_empty() {
                owned.insert(a, (b, claim));
            }
        }
    }
    let owned: Vec<(usize, usize, Option<&Judged>)> = owned
        .into_iter()
        .map(|(s, (e, c))| (s, e, Some(c)))
        .collect();
    let mut out: Vec<Piece> = Vec::new();
    let mut at = 0;
    let push = |out: &mut Vec<Piece>, start: usize, end: usize, claim: Option<&Judged>| {
        let (who, kind, confidence, reason, features) = match claim {
            Some(c) => (
                c.speaker.map_or(Who::Unidentified, Who::Entity),
                c.kind,
                Some(c.confidence),
                Some(c.reason.clone()),
                Some(c.features.clone()),
            ),
            None => (Who::Outlet, PassageKind::Narration, None, None, None),
        };
        if let Some(last) = out.last_mut() {
            // Whitespace alone is never a passage; same voice and kind run on as one.
            let blank = text[last.start..last.end].trim().is_empty();
            if blank || (last.who == who && last.kind == kind && last.reason == reason) {
                last.end = end;
                if blank {
                    last.who = who;
                    last.kind = kind;
                    last.confidence = confidence;
                    last.reason = reason;
                    last.features = features;
                }
                return;
            }
        }
        out.push(Piece {
            start,
            end,
            who,
            kind,
            confidence,
            reason,
            features,
        });
    };
    for (s, e, claim) in owned {
        if at < s {
            push(&mut out, at, s, None);
        }
        push(&mut out, s, e, claim);
        at = e;
    }
    if at < text.len() {
        if text[at..].trim().is_empty() {
            if let Some(last) = out.last_mut() {
                last.end = text.len();
            }
        } else {
            push(&mut out, at, text.len(), None);
        }
    }
    out
}

/// Voices in order of first appearance, the unidentified speaker and then the outlet last.
fn voices(
    entities: &[Entity],
    pieces: &[Vec<Piece>],
    outlet: &str,
    outlet_id: &str,
) -> (Vec<Voice>, Vec<String>) {
    let mut order = Vec::new();
    let mut unidentified = false;
    let mut narration = false;
    for piece in pieces.iter().flatten() {
        match piece.who {
            Who::Entity(i) if !order.contains(&i) => order.push(i),
            Who::Unidentified => unidentified = true,
            Who::Outlet => narration = true,
            _ => {}
        }
    }
    let mut ids = vec![String::new(); entities.len()];
    let mut taken: Vec<String> = vec![UNIDENTIFIED_ID.to_string(), outlet_id.to_string()];
    let mut voices = Vec::new();
    for &i in &order {
        let e = &entities[i];
        let id = unique_slug(&e.name, "speaker", |id| taken.iter().any(|t| t == id));
        taken.push(id.clone());
        ids[i] = id.clone();
        let short_name = match e.kind {
            VoiceKind::Person
                if !e.anonymous
                    && e.name.contains(' ')
                    && e.name.chars().next().is_some_and(char::is_uppercase) =>
            {
                e.name.rsplit(' ').next().unwrap_or(&e.name).to_string()
            }
            _ => e.name.clone(),
        };
        let role = if e.anonymous {
            "anonymous source".to_string()
        } else {
            e.role.clone()
        };
        voices.push(Voice {
            id,
            name: e.name.clone(),
            short_name,
            role,
            kind: e.kind,
        });
    }
    if unidentified {
        voices.push(Voice {
            id: UNIDENTIFIED_ID.to_string(),
            name: "Unidentified speaker".to_string(),
            short_name: "Unidentified".to_string(),
            role: "speaker the importer could not identify".to_string(),
            kind: VoiceKind::Person,
        });
    }
    if narration {
        voices.push(Voice {
            id: outlet_id.to_string(),
            name: outlet.to_string(),
            short_name: outlet.to_string(),
            role: "the outlet, in its own voice (unattributed narration)".to_string(),
            kind: VoiceKind::Outlet,
        });
    }
    (voices, ids)
}
