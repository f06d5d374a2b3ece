//! Reporting cues left with nothing attributed to them. A "said" inside the outlet's narration
//! is where a quote or a paraphrase was most likely missed, so that narration passage is put
//! below the editor's doubt threshold, with the cue in the reason: "Next passage to check" then
//! leads the editor to the missed quote too. So is narration holding words in quotation marks:
//! a short quote the importer did not attribute, or a scare quote the editor may confirm.

use super::lexicon::{contains, Lexicon};
use super::text::{sentences, tokenize};
use article_model::{Article, PassageKind};

/// How sure the importer is that such a passage is narration alone: below `DOUBT_BELOW`.
const CONFIDENCE: u8 = 40;

/// Reporting verbs in their other senses, common in narration ("the vote is expected on
/// Friday", "reported cases"): not flagged on their own.
const OTHER_SENSES: &[&str] = &[
    "expected",
    "expects",
    "thought",
    "thinks",
    "hoped",
    "hopes",
    "feared",
    "fears",
    "reported",
    "posted",
    "asked",
    "agreed",
    "believed",
    "believes",
    "estimated",
    "indicated",
    "revealed",
];

/// Flags each narration passage holding a reporting cue that no attributed passage sits beside
/// (a cue in the sentence next to a quote or paraphrase is that one's own).
pub fn flag(article: &mut Article, lex: &Lexicon) {
    for paragraph in &mut article.paragraphs {
        let attributed: Vec<bool> = paragraph
            .passages
            .iter()
            .map(|p| p.kind != PassageKind::Narration)
            .collect();
        for (i, passage) in paragraph.passages.iter_mut().enumerate() {
            if attributed[i] {
                continue;
            }
            let before = i > 0 && attributed[i - 1];
            let after = attributed.get(i + 1).copied().unwrap_or(false);
            if let Some(cue) = unclaimed_cue(&passage.text, lex, before, after) {
                passage.confidence = Some(CONFIDENCE);
                passage.reason = Some(format!(
                    "reporting cue \u{201c}{cue}\u{201d} with no quote or paraphrase attributed to it: is one missing?"
                ));
            } else if let Some(words) = quoted_words(&passage.text) {
                passage.confidence = Some(CONFIDENCE);
                passage.reason = Some(format!(
                    "words in quotation marks ({words}) left as narration: are they someone\u{2019}s?"
                ));
            }
        }
    }
}

/// The first run of words between double quotation marks in `text` (a short quote the
/// importer left as narration, or a scare quote), shortened for the reason line.
fn quoted_words(text: &str) -> Option<String> {
    let is_mark = |c: char| {
        matches!(
            c,
            '"' | '\u{201c}' | '\u{201d}' | '\u{201e}' | '\u{ab}' | '\u{bb}'
        )
    };
    let open = text.find(is_mark)?;
    let mark_len = text[open..].chars().next()?.len_utf8();
    let rest = &text[open + mark_len..];
    let close = rest.find(is_mark)?;
    let inner = rest[..close].trim();
    if inner.is_empty() || !inner.chars().any(char::is_alphabetic) {
        return None;
    }
    let short: String = inner.chars().take(40).collect();
    let more = if short.len() < inner.len() {
        "\u{2026}"
    } else {
        ""
    };
    Some(format!("\u{201c}{short}{more}\u{201d}"))
}

/// The first reporting cue of `text` in a sentence that does not touch an attributed passage
/// (`before` and `after` say whether one sits just before or after the text).
fn unclaimed_cue(text: &str, lex: &Lexicon, before: bool, after: bool) -> Option<String> {
    let tokens = tokenize(text);
    let sentences = sentences(&tokens, |_| false);
    let last = sentences.len().checked_sub(1)?;
    for (k, range) in sentences.iter().enumerate() {
        if (k == 0 && before) || (k == last && after) {
            continue;
        }
        let words = &tokens[range.clone()];
        for (j, t) in words.iter().enumerate() {
            if !t.word {
                continue;
            }
            let verb =
                contains(lex.speech_verbs, &t.lower) && !OTHER_SENSES.contains(&t.lower.as_str());
            let phrase = lex.according.iter().find(|phrase| {
                phrase.len() <= words.len() - j
                    && phrase.iter().zip(&words[j..]).all(|(w, t)| t.lower == *w)
            });
            if verb || phrase.is_some() || contains(lex.according_after, &t.lower) {
                let end = phrase.map_or(t.end, |p| words[j + p.len() - 1].end);
                return Some(text[t.start..end].to_string());
            }
        }
    }
    None
}
