//! Quoted names: German copy puts the names of newspapers, programmes and books in quotation
//! marks („Die Welt“, der „Spiegel“, die „Bild“-Zeitung, der „Süddeutschen Zeitung“). Such a
//! quote is a name in the sentence, not anyone's words: it is dropped from the paragraph's
//! quotes, marks and all, so that it is neither a direct quote nor a boundary that hides the
//! cue around it („Wie die Zeitung „Die Welt“ berichtet, …“).

use super::quotes::{is_quote_char, ParagraphQuotes};
use super::text::tokenize;
use super::Lang;

/// Nouns (and compound endings) that a quoted name follows: „die Zeitung „Die Welt““.
#[rustfmt::skip]
const MEDIA_NOUNS: &[&str] = &[
    "zeitung", "magazin", "blatt", "sender", "sendung", "film", "buch", "titel", "programm",
    "portal", "roman", "serie", "show", "album", "stück", "journal", "agentur", "dienst",
];

/// Lower-case words a name may hold after its first word („Welt am Sonntag“).
const NAME_LINKS: &[&str] = &[
    "am", "im", "der", "die", "das", "des", "für", "und", "von", "vom", "zum", "zur",
];

const DEFINITE: &[&str] = &["der", "die", "das", "des", "dem", "den"];

/// Removes the quotes of `text` that are names (German only).
pub fn drop_names(lang: Lang, text: &str, quotes: &mut ParagraphQuotes) {
    if lang != Lang::De {
        return;
    }
    let names: Vec<(usize, usize)> = quotes
        .spans
        .iter()
        .filter(|s| s.closed && !s.continues && !s.continued && is_name(text, s.start, s.end))
        .map(|s| (s.start, s.end))
        .collect();
    if names.is_empty() {
        return;
    }
    let inside = |at: usize| names.iter().any(|&(s, e)| s <= at && at < e);
    quotes.spans.retain(|s| !names.contains(&(s.start, s.end)));
    quotes.marks.retain(|&m| !inside(m));
    quotes.closing_marks.retain(|&m| !inside(m));
}

/// Whether the quote `start..end` of `text` reads as a name: a few capitalised words with no
/// punctuation, after a definite article or a noun of the media, or joined by a hyphen to the
/// next word („„Bild“-Zeitung“).
fn is_name(text: &str, start: usize, end: usize) -> bool {
    let inner = text[start..end].trim_matches(|c: char| is_quote_char(c) || c.is_whitespace());
    let tokens = tokenize(inner);
    let words: Vec<_> = tokens.iter().filter(|t| t.word).collect();
    if words.is_empty() || words.len() > 4 || tokens.iter().any(|t| !t.word && t.lower != "-") {
        return false;
    }
    let capitalised = words
        .iter()
        .enumerate()
        .all(|(i, t)| t.capital || (i > 0 && NAME_LINKS.contains(&t.lower.as_str())));
    if !capitalised {
        return false;
    }
    let hyphen_after = text[end..].starts_with('-');
    let before = tokenize(&text[..start]);
    let prev = before.last().filter(|t| t.word).map(|t| t.lower.as_str());
    hyphen_after
        || prev.is_some_and(|w| DEFINITE.contains(&w) || MEDIA_NOUNS.iter().any(|n| w.ends_with(n)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(text: &str) -> usize {
        let (mut q, _) = super::super::quotes::scan(text);
        let before = q.spans.len();
        drop_names(Lang::De, text, &mut q);
        before - q.spans.len()
    }

    #[test]
    fn a_quoted_name_is_no_quote_and_a_fragment_of_speech_stays_one() {
        assert_eq!(
            names("Wie die Zeitung \u{201e}Die Welt\u{201c} berichtet, …"),
            1
        );
        assert_eq!(
            names("Laut einem Bericht des \u{201e}Spiegel\u{201c} soll er gehen."),
            1
        );
        assert_eq!(
            names("Im Interview mit der \u{201e}Bild\u{201c}-Zeitung sagte er"),
            1
        );
        assert_eq!(
            names("Er sprach von einem \u{201e}wichtigen Schritt\u{201c}."),
            0
        );
        assert_eq!(names("Er nannte es \u{201e}Verrat\u{201c}."), 0);
        assert_eq!(
            names("\u{201e}Das ist falsch\u{201c}, sagte die Ministerin."),
            0
        );
    }
}
