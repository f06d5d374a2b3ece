//! Plain text to paragraphs, words and sentences. The importer's fidelity rests on
//! `normalise`: every offset below is a byte offset into a normalised paragraph, so the
//! passages cut from it concatenate back to it.

use std::ops::Range;

/// Paragraphs are separated by blank lines; a paragraph's inner line breaks are spaces.
pub fn paragraphs(input: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current = String::new();
    for line in input.lines() {
        if line.trim().is_empty() {
            if !current.trim().is_empty() {
                out.push(normalise(&current));
            }
            current.clear();
        } else {
            current.push(' ');
            current.push_str(line);
        }
    }
    if !current.trim().is_empty() {
        out.push(normalise(&current));
    }
    out
}

/// Each run of whitespace becomes one space; the ends are trimmed.
pub fn normalise(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    /// Lower case, for the lexicon.
    pub lower: String,
    /// Starts with an upper-case letter.
    pub capital: bool,
    /// A word (letters or digits) rather than punctuation.
    pub word: bool,
}

impl Token {
    pub fn is(&self, s: &str) -> bool {
        self.lower == s
    }
}

/// Abbreviations that keep their full stop ("Mr.", "M.", "Sra."): they do not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "gen", "sen", "rep", "gov", "lt", "col", "capt", "sgt", "st",
    "jr", "sr", "sra", "srta", "dra", "mme", "mlle", "hr", "fr", "nr", "no", "vs", "etc", "jan",
    "feb", "aug", "sept", "oct", "nov", "dec", "adm", "bros", "inc", "corp", "ltd", "co", "z",
    "bzw", "ca", "dt", "ud", "uds", "mio", "mrd", "tsd", "ggf", "evtl", "inkl", "vgl", "sog",
    "ehem", "abs",
];

/// Month names that a German ordinal day stands before („am 3. März“): the day's full stop
/// ends no sentence.
const ORDINAL_MONTHS: &[&str] = &[
    "januar",
    "jänner",
    "februar",
    "märz",
    "april",
    "mai",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "dezember",
];

/// Whether the word after the full stop at char `dot` is a month name.
fn month_after(chars: &[(usize, char)], text: &str, dot: usize) -> bool {
    let mut k = dot + 1;
    while chars.get(k).is_some_and(|&(_, c)| c == ' ') {
        k += 1;
    }
    let Some(&(start, _)) = chars.get(k) else {
        return false;
    };
    let end = chars[k..]
        .iter()
        .find(|&&(_, c)| !c.is_alphabetic())
        .map_or(text.len(), |&(o, _)| o);
    k > dot + 1 && ORDINAL_MONTHS.contains(&text[start..end].to_lowercase().as_str())
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// Splits a normalised paragraph into words and punctuation. Apostrophes, hyphens and dots
/// between letters stay inside the word ("don't", "l'accord", "a-t-il", "U.S").
pub fn tokenize(text: &str) -> Vec<Token> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut tokens = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let (start, c) = chars[i];
        if c == ' ' {
            i += 1;
            continue;
        }
        if is_word_char(c) {
            let mut j = i + 1;
            while j < chars.len() {
                let c = chars[j].1;
                let joins = matches!(c, '\'' | '\u{2019}' | '-' | '\u{2011}' | '.' | '\u{2010}')
                    && chars.get(j + 1).is_some_and(|&(_, n)| is_word_char(n))
                    && is_word_char(chars[j - 1].1);
                if is_word_char(c) || joins {
                    j += 1;
                } else {
                    break;
                }
            }
            let end_no_dot = chars.get(j).map_or(text.len(), |&(o, _)| o);
            let word = &text[start..end_no_dot];
            // A full stop after an abbreviation or an initial belongs to the word.
            if chars.get(j).is_some_and(|&(_, c)| c == '.') {
                let lower = word.to_lowercase();
                let initial = word.chars().count() == 1 && word.chars().all(char::is_uppercase);
                // „am 3. März“: a day's number with its ordinal full stop.
                let ordinal = word.len() <= 2
                    && word.chars().all(|c| c.is_ascii_digit())
                    && month_after(&chars, text, j);
                if initial
                    || ordinal
                    || word.contains('.')
                    || ABBREVIATIONS.contains(&lower.as_str())
                {
                    j += 1;
                }
            }
            let end = chars.get(j).map_or(text.len(), |&(o, _)| o);
            let slice = &text[start..end];
            // French elision: "l'Ordre" is the article and the noun, "qu'il" the conjunction
            // and the pronoun. ("aujourd'hui" and "O'Brien" stay whole.)
            if let Some(cut) = elision(slice) {
                for (a, b) in [(start, start + cut), (start + cut, end)] {
                    let part = &text[a..b];
                    tokens.push(Token {
                        start: a,
                        end: b,
                        lower: part.to_lowercase(),
                        capital: part.chars().next().is_some_and(char::is_uppercase),
                        word: true,
                    });
                }
                i = j;
                continue;
            }
            tokens.push(Token {
                start,
                end,
                lower: slice.to_lowercase(),
                capital: slice.chars().next().is_some_and(char::is_uppercase),
                word: true,
            });
            i = j;
        } else {
            let end = chars.get(i + 1).map_or(text.len(), |&(o, _)| o);
            // "--" and "..." are one token each.
            let mut end = end;
            let mut j = i + 1;
            while (c == '-' || c == '.') && j < chars.len() && chars[j].1 == c {
                j += 1;
                end = chars.get(j).map_or(text.len(), |&(o, _)| o);
            }
            tokens.push(Token {
                start,
                end,
                lower: text[start..end].to_string(),
                capital: false,
                word: false,
            });
            i = j;
        }
    }
    tokens
}

/// Where a French elided article or conjunction ends inside a word, if it has one.
fn elision(word: &str) -> Option<usize> {
    let apostrophe = word.find(['\'', '\u{2019}'])?;
    let prefix = word[..apostrophe].to_lowercase();
    let elided = matches!(
        prefix.as_str(),
        "l" | "d" | "j" | "n" | "s" | "c" | "m" | "t" | "qu" | "jusqu" | "lorsqu" | "puisqu"
    );
    let rest = &word[apostrophe..];
    let after = apostrophe + rest.chars().next()?.len_utf8();
    let capital_o = word.starts_with("O'") || word.starts_with("O\u{2019}");
    (elided && !capital_o && after < word.len()).then_some(after)
}

pub fn is_terminal(t: &Token) -> bool {
    matches!(t.lower.as_str(), "." | "!" | "?" | "\u{2026}" | "..." | ";")
}

/// Sentences as token ranges. A sentence ends after `.`, `!`, `?` (and any closing quote marks
/// or brackets after it) when the next word does not start in lower case. A semicolon ends one
/// too: the clauses on either side report separately.
pub fn sentences(tokens: &[Token], is_closing_mark: impl Fn(usize) -> bool) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < tokens.len() {
        if is_terminal(&tokens[i]) {
            let mut j = i + 1;
            while j < tokens.len()
                && (is_closing_mark(tokens[j].start)
                    || matches!(tokens[j].lower.as_str(), ")" | "]"))
            {
                j += 1;
            }
            let next_lower = tokens.get(j).is_some_and(|t| {
                t.word && t.lower.chars().next().is_some_and(char::is_lowercase) && !t.capital
            });
            if !next_lower || tokens[i].lower == ";" {
                out.push(start..j);
                start = j;
            }
            i = j.max(i + 1);
        } else {
            i += 1;
        }
    }
    if start < tokens.len() {
        out.push(start..tokens.len());
    }
    out
}

/// A slug of `name` (or `fallback` when it has no Latin letters or digits) that `taken` does not
/// hold: "maria-zakharova", then "maria-zakharova-2", … Voice ids are made this way.
pub fn unique_slug(name: &str, fallback: &str, taken: impl Fn(&str) -> bool) -> String {
    let base = match slug(name) {
        s if s.is_empty() => fallback.to_string(),
        s => s,
    };
    let mut id = base.clone();
    let mut n = 2;
    while taken(&id) {
        id = format!("{base}-{n}");
        n += 1;
    }
    id
}

/// Lower-case ASCII slug: accents folded, other characters as hyphens. Empty when the name
/// has no Latin letters or digits at all.
pub fn slug(name: &str) -> String {
    let mut out = String::new();
    for c in name.chars() {
        let folded = fold(c);
        for f in folded.chars() {
            if f.is_ascii_alphanumeric() {
                out.push(f.to_ascii_lowercase());
            } else if !out.is_empty() && !out.ends_with('-') {
                out.push('-');
            }
        }
    }
    let mut out = out.trim_end_matches('-').to_string();
    if out.len() > 60 {
        out.truncate(60);
        out = out.trim_end_matches('-').to_string();
    }
    out
}

/// Latin letters with diacritics to their base letters (enough for names in the four
/// languages with full rules and their neighbours).
fn fold(c: char) -> String {
    let s = match c {
        'à' | 'á' | 'â' | 'ã' | 'å' | 'ā' | 'ă' | 'ą' => "a",
        'À' | 'Á' | 'Â' | 'Ã' | 'Å' | 'Ā' | 'Ă' | 'Ą' => "A",
        'ä' | 'æ' => "ae",
        'Ä' | 'Æ' => "Ae",
        'ç' | 'ć' | 'č' | 'ĉ' => "c",
        'Ç' | 'Ć' | 'Č' => "C",
        'ď' | 'đ' => "d",
        'Ď' | 'Đ' => "D",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ę' | 'ě' => "e",
        'È' | 'É' | 'Ê' | 'Ë' | 'Ē' | 'Ę' | 'Ě' => "E",
        'ğ' => "g",
        'Ğ' => "G",
        'ì' | 'í' | 'î' | 'ï' | 'ī' | 'ı' => "i",
        'Ì' | 'Í' | 'Î' | 'Ï' | 'Ī' | 'İ' => "I",
        'ł' | 'ľ' => "l",
        'Ł' | 'Ľ' => "L",
        'ñ' | 'ń' | 'ň' => "n",
        'Ñ' | 'Ń' | 'Ň' => "N",
        'ò' | 'ó' | 'ô' | 'õ' | 'ø' | 'ō' | 'ő' => "o",
        'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ø' | 'Ō' | 'Ő' => "O",
        'ö' | 'œ' => "oe",
        'Ö' | 'Œ' => "Oe",
        'ř' => "r",
        'Ř' => "R",
        'ś' | 'š' | 'ş' | 'ș' => "s",
        'Ś' | 'Š' | 'Ş' | 'Ș' => "S",
        'ß' => "ss",
        'ť' | 'ț' | 'ţ' => "t",
        'Ť' | 'Ț' | 'Ţ' => "T",
        'ù' | 'ú' | 'û' | 'ū' | 'ů' | 'ű' => "u",
        'Ù' | 'Ú' | 'Û' | 'Ū' | 'Ů' | 'Ű' => "U",
        'ü' => "ue",
        'Ü' => "Ue",
        'ý' | 'ÿ' => "y",
        'Ý' | 'Ÿ' => "Y",
        'ž' | 'ź' | 'ż' => "z",
        'Ž' | 'Ź' | 'Ż' => "Z",
        _ => return c.to_string(),
    };
    s.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn count(s: &str) -> usize {
        sentences(&tokenize(s), |_| false).len()
    }

    #[test]
    fn a_day_before_its_month_and_an_abbreviation_end_no_sentence() {
        assert_eq!(count("Am 3. März sei die Anlage geprüft worden."), 1);
        assert_eq!(
            count("Der Schaden liege bei 2,5 Mio. Euro. Er sei versichert."),
            2
        );
        // A number at a sentence's end still ends it.
        assert_eq!(count("Die Zahl stieg auf 40. Danach sank sie."), 2);
    }
}
