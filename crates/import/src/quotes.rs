//! Direct quotes: pairs quotation marks by the conventions of English (“ ” ‘ ’), French (« »),
//! German („ “ ‚ ‘ and » «), Swiss (« » ‹ ›) and plain text (" '), tells apostrophes from
//! quotes, and carries a quote across paragraphs when the next one reopens it.

/// A top-level quote in one paragraph, as byte offsets (marks included).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct QuoteSpan {
    pub start: usize,
    pub end: usize,
    /// Has its closing mark in this paragraph.
    pub closed: bool,
    /// Open at the paragraph's end, and the next paragraph reopens it.
    pub continues: bool,
    /// Reopens the previous paragraph's quote.
    pub continued: bool,
}

/// A paragraph's quotes, the offsets of every quotation mark (apostrophes excluded) and of
/// those that close a quote (for sentence ends).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ParagraphQuotes {
    pub spans: Vec<QuoteSpan>,
    pub marks: Vec<usize>,
    pub closing_marks: Vec<usize>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Family {
    Double,
    Single,
    Guillemet,
    SingleGuillemet,
}

#[derive(Debug, Clone, Copy)]
struct Open {
    family: Family,
    mark: char,
}

pub fn is_quote_char(c: char) -> bool {
    matches!(
        c,
        '"' | '\''
            | '\u{201c}'
            | '\u{201d}'
            | '\u{201e}'
            | '\u{2018}'
            | '\u{2019}'
            | '\u{201a}'
            | '\u{ab}'
            | '\u{bb}'
            | '\u{2039}'
            | '\u{203a}'
    )
}

fn opening_context(prev: Option<char>) -> bool {
    prev.is_none_or(|p| {
        p.is_whitespace()
            || matches!(
                p,
                '(' | '[' | '{' | '\u{2014}' | '\u{2013}' | '-' | '/' | ':' | ';' | ','
            )
            || is_quote_char(p)
    })
}

fn closing_context(next: Option<char>) -> bool {
    next.is_none_or(|n| {
        n.is_whitespace()
            || matches!(
                n,
                '.' | ','
                    | ';'
                    | ':'
                    | '!'
                    | '?'
                    | ')'
                    | ']'
                    | '}'
                    | '\u{2014}'
                    | '\u{2013}'
                    | '-'
                    | '\u{2026}'
            )
            || is_quote_char(n)
    })
}

/// "'90s", "’05": an apostrophe that stands for the century.
fn is_decade(chars: &[(usize, char)], i: usize) -> bool {
    let digit = |k: usize| chars.get(k).is_some_and(|&(_, c)| c.is_ascii_digit());
    digit(i + 1) && digit(i + 2) && !chars.get(i + 3).is_some_and(|&(_, c)| c.is_ascii_digit())
}

/// Whether a closing single mark follows in this paragraph: a lone opening `'` or `‘` at the
/// top level is a quote only then (otherwise it is an apostrophe or a typo).
fn single_closer_ahead(chars: &[(usize, char)], i: usize) -> bool {
    let limit = (i + 1500).min(chars.len());
    (i + 1..limit).any(|j| {
        let c = chars[j].1;
        let prev = chars[j - 1].1;
        let next = chars.get(j + 1).map(|&(_, c)| c);
        matches!(c, '\'' | '\u{2019}')
            && !prev.is_whitespace()
            && !(prev.is_alphanumeric() && next.is_some_and(char::is_alphanumeric))
            && closing_context(next)
    })
}

struct Scanner {
    stack: Vec<Open>,
    outer_start: usize,
    out: ParagraphQuotes,
}

impl Scanner {
    fn has(&self, family: Family) -> bool {
        self.stack.iter().any(|o| o.family == family)
    }

    fn push(&mut self, at: usize, family: Family, mark: char) {
        self.out.marks.push(at);
        if self.stack.is_empty() {
            self.outer_start = at;
        }
        self.stack.push(Open { family, mark });
    }

    /// Closes the innermost open quote of `family` (and any unclosed quotes inside it).
    fn close(&mut self, at: usize, len: usize, family: Family) {
        if let Some(k) = self.stack.iter().rposition(|o| o.family == family) {
            self.stack.truncate(k);
            self.out.marks.push(at);
            self.out.closing_marks.push(at);
            if self.stack.is_empty() {
                self.out.spans.push(QuoteSpan {
                    start: self.outer_start,
                    end: at + len,
                    closed: true,
                    continues: false,
                    continued: false,
                });
            }
        }
    }

    fn top_mark(&self, family: Family) -> Option<char> {
        self.stack
            .iter()
            .rev()
            .find(|o| o.family == family)
            .map(|o| o.mark)
    }
}

/// Scans one paragraph. Returns its quotes and whether a quote is still open at the end.
pub fn scan(text: &str) -> (ParagraphQuotes, Option<usize>) {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut s = Scanner {
        stack: Vec::new(),
        outer_start: 0,
        out: ParagraphQuotes::default(),
    };
    for i in 0..chars.len() {
        let (at, c) = chars[i];
        if !is_quote_char(c) {
            continue;
        }
        let prev = i.checked_sub(1).map(|k| chars[k].1);
        let next = chars.get(i + 1).map(|&(_, c)| c);
        let opens = opening_context(prev) && !next.is_some_and(char::is_whitespace);
        let closes = closing_context(next) && !prev.is_some_and(char::is_whitespace);
        let len = c.len_utf8();
        match c {
            '\u{201e}' => s.push(at, Family::Double, c),
            '\u{201a}' if next.is_some_and(char::is_alphanumeric) => s.push(at, Family::Single, c),
            '\u{201c}' => {
                if s.top_mark(Family::Double) == Some('\u{201e}')
                    || (s.has(Family::Double) && closes && !opens)
                {
                    s.close(at, len, Family::Double);
                } else if opens || !closes {
                    s.push(at, Family::Double, c);
                }
            }
            '\u{201d}' => {
                if s.has(Family::Double) {
                    s.close(at, len, Family::Double);
                } else if opens && !closes {
                    s.push(at, Family::Double, c);
                }
            }
            '"' => {
                if s.has(Family::Double) && (closes || !opens) {
                    s.close(at, len, Family::Double);
                } else if opens {
                    s.push(at, Family::Double, c);
                }
            }
            // Guillemets pair « » (French) and » « (German), single ‹ › and › ‹ alike.
            '\u{ab}' | '\u{bb}' | '\u{2039}' | '\u{203a}' => {
                let (family, pointing_right) = match c {
                    '\u{ab}' => (Family::Guillemet, true),
                    '\u{bb}' => (Family::Guillemet, false),
                    '\u{2039}' => (Family::SingleGuillemet, true),
                    _ => (Family::SingleGuillemet, false),
                };
                let partner = match c {
                    '\u{ab}' => '\u{bb}',
                    '\u{bb}' => '\u{ab}',
                    '\u{2039}' => '\u{203a}',
                    _ => '\u{2039}',
                };
                if s.top_mark(family) == Some(partner) {
                    s.close(at, len, family);
                } else if pointing_right || (opens && !closes) {
                    // « always opens; » opens only where a quote can start (German »…«).
                    s.push(at, family, c);
                }
            }
            _ => {
                // ‘ ’ ': apostrophe, decade, or a single quote mark.
                let in_word = prev.is_some_and(char::is_alphanumeric)
                    && next.is_some_and(char::is_alphanumeric);
                if in_word || is_decade(&chars, i) {
                    continue;
                }
                // ‘ closes only a German ‚; ’ and ' close any open single quote.
                let closes_single = if c == '\u{2018}' {
                    s.top_mark(Family::Single) == Some('\u{201a}')
                } else {
                    s.has(Family::Single) && closes
                };
                if closes_single {
                    s.close(at, len, Family::Single);
                } else if opens
                    && next.is_some_and(|n| n.is_alphanumeric() || is_quote_char(n))
                    && (!s.stack.is_empty() || single_closer_ahead(&chars, i))
                {
                    s.push(at, Family::Single, c);
                }
            }
        }
    }
    let dangling = (!s.stack.is_empty()).then_some(s.outer_start);
    (s.out, dangling)
}

/// Whether a paragraph opens with a quotation mark (the sign that it reopens a quote).
fn reopens(text: &str) -> bool {
    text.chars().next().is_some_and(|c| {
        matches!(
            c,
            '"' | '\u{201c}' | '\u{201e}' | '\u{ab}' | '\u{bb}' | '\u{2018}' | '\u{2039}'
        )
    })
}

/// The quotes of every paragraph. A quote left open at a paragraph's end runs to that end; it
/// continues into the next paragraph only if that one opens with a quotation mark.
pub fn find_all(paragraphs: &[String]) -> Vec<ParagraphQuotes> {
    let mut out: Vec<ParagraphQuotes> = Vec::with_capacity(paragraphs.len());
    let mut reopened = false;
    for (i, text) in paragraphs.iter().enumerate() {
        let (mut quotes, dangling) = scan(text);
        if reopened {
            if let Some(first) = quotes.spans.first_mut().filter(|q| q.start == 0) {
                first.continued = true;
            }
        }
        if let Some(start) = dangling {
            let next_reopens = paragraphs.get(i + 1).is_some_and(|n| reopens(n));
            quotes.spans.push(QuoteSpan {
                start,
                end: text.len(),
                closed: false,
                continues: next_reopens,
                continued: reopened && start == 0,
            });
            reopened = next_reopens;
        } else {
            reopened = false;
        }
        out.push(quotes);
    }
    out
}
