//! The article as data: serde types, validation with field paths, and pure queries.
//! Nothing here touches the browser, so all of it is tested natively. `i18n` holds the words:
//! the model's errors are catalogue messages, rendered in English by `Display`. It lives in this
//! crate rather than one of its own because both parse JSON with serde_json: two crates would each
//! compile their own copy of its parser into the viewer's wasm (2.7 KB gzip, measured).

pub mod i18n;
mod json_path;
pub mod rows;

pub use i18n::Message;
use i18n::Strings;

use serde::{Deserialize, Serialize};
use std::collections::HashSet;
use std::fmt;

/// Inputs larger than this are refused before parsing. A 2,000-paragraph article is about 1 MB;
/// the benchmark's 20,000-paragraph one, about 11 MB, is the largest we vouch for.
pub const MAX_INPUT_BYTES: usize = 16 * 1024 * 1024;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Article {
    pub meta: Meta,
    pub source: Source,
    pub voices: Vec<Voice>,
    pub paragraphs: Vec<Paragraph>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<Note>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Meta {
    /// Empty when not given (an imported draft with no title line).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub title: String,
    /// Bylines, in order; none for an unsigned wire report like the seed.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub authors: Vec<Author>,
    /// As printed at the head of the text, e.g. "Moscow, November 24 (RHC)--".
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub dateline: String,
    /// Absent when the source gives no date: a draft never invents one.
    #[serde(default, skip_serializing_if = "PublicationDate::is_missing")]
    pub date: PublicationDate,
    pub language: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Author {
    pub given: String,
    pub family: String,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PublicationDate {
    /// ISO 8601 calendar date, `YYYY-MM-DD`.
    pub value: String,
    /// The date as the source prints it, e.g. "November 24"; empty when it was given to the
    /// importer rather than read off the page.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub printed: String,
    /// True when the source does not print the year and an editor inferred it.
    pub year_inferred: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub outlet: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outlet_abbreviation: Option<String>,
    /// What kind of outlet it is; empty when not given (with its basis).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub description: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub description_basis: String,
    /// The original's address; empty when not given ("no original link given").
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub url: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub archive_url: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Voice {
    /// A stable slug (`maria-zakharova`): it is part of shared links.
    pub id: String,
    pub name: String,
    /// Used in the labels inside the text, where the full name would crowd it.
    pub short_name: String,
    /// The role at the time of the article; empty when the text gives none.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub role: String,
    pub kind: VoiceKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum VoiceKind {
    Person,
    /// A government or a country speaking as a body.
    Collective,
    /// The outlet itself: unattributed narration.
    Outlet,
}

impl VoiceKind {
    pub const ALL: [VoiceKind; 3] = [VoiceKind::Person, VoiceKind::Collective, VoiceKind::Outlet];

    pub fn from_name(name: &str) -> Option<VoiceKind> {
        VoiceKind::ALL.into_iter().find(|k| k.label() == name)
    }

    pub fn label(self) -> &'static str {
        match self {
            VoiceKind::Person => "person",
            VoiceKind::Collective => "collective",
            VoiceKind::Outlet => "outlet",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Paragraph {
    pub passages: Vec<Passage>,
    /// Ids of notes about this paragraph (e.g. a repair).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Passage {
    pub voice: String,
    pub kind: PassageKind,
    pub text: String,
    /// How sure the importer was of this attribution, 0–100 (drafts only; the viewer ignores it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub confidence: Option<u8>,
    /// Why the importer attributed it so, e.g. "paired quotes, named cue after".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum PassageKind {
    Direct,
    Paraphrase,
    Narration,
}

impl PassageKind {
    pub const ALL: [PassageKind; 3] = [
        PassageKind::Direct,
        PassageKind::Paraphrase,
        PassageKind::Narration,
    ];

    /// The kind named as in `data-kind` (a form's value).
    pub fn from_name(name: &str) -> Option<PassageKind> {
        PassageKind::ALL.into_iter().find(|k| k.as_str() == name)
    }

    /// The value of `data-kind` in the DOM contract.
    pub fn as_str(self) -> &'static str {
        match self {
            PassageKind::Direct => "direct",
            PassageKind::Paraphrase => "paraphrase",
            PassageKind::Narration => "narration",
        }
    }

    /// The catalogue key of what a reader sees in a passage's label ("quote", …).
    pub fn label_key(self) -> &'static str {
        match self {
            PassageKind::Direct => "passage.kind.direct",
            PassageKind::Paraphrase => "passage.kind.paraphrase",
            PassageKind::Narration => "passage.kind.narration",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Note {
    pub id: String,
    pub kind: NoteKind,
    pub text: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum NoteKind {
    /// A conversion artefact in the source that the data repairs.
    Repair,
    Editorial,
}

/// One problem in article data, with the path to the field (or the position, for syntax errors).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DataError {
    pub path: String,
    /// What is wrong, as a catalogue message (`data.*`): shown in the interface's language.
    pub message: Message,
    /// Where in the JSON text, for syntax errors: (line, column).
    pub position: Option<(String, String)>,
}

impl DataError {
    pub fn new(path: impl Into<String>, message: Message) -> Self {
        Self {
            path: path.into(),
            message,
            position: None,
        }
    }

    /// "path: message at line L column C" in the given language.
    pub fn render(&self, strings: &Strings) -> String {
        let mut out = self.message.render(strings);
        if let Some((line, column)) = &self.position {
            out.push_str(&strings.fill("data.position", &[("line", line), ("column", column)]));
        }
        if !self.path.is_empty() {
            out = format!("{}: {out}", self.path);
        }
        out
    }

    /// A serde or serde_json error (given as its English text) at `path`: the common shapes
    /// get their own words in every language; what serde says beyond them stays as it says it.
    fn from_serde(path: impl Into<String>, text: &str) -> Self {
        let (body, position) = match text.rsplit_once(" at line ") {
            Some((body, rest)) => match rest.split_once(" column ") {
                Some((line, column))
                    if line.parse::<u64>().is_ok() && column.parse::<u64>().is_ok() =>
                {
                    (body, Some((line.to_string(), column.to_string())))
                }
                _ => (text, None),
            },
            None => (text, None),
        };
        Self {
            path: path.into(),
            message: serde_message(body),
            position,
        }
    }
}

/// serde's message shapes, as catalogue messages.
fn serde_message(text: &str) -> Message {
    let arg = |name: &'static str, value: &str| (name, value.to_string());
    let backticked = |rest: &str| -> Option<(String, String)> {
        let rest = rest.strip_prefix('`')?;
        let (name, after) = rest.split_once('`')?;
        Some((name.to_string(), after.to_string()))
    };
    for (prefix, key) in [
        ("missing field ", "data.missing_field"),
        ("duplicate field ", "data.duplicate_field"),
    ] {
        if let Some((name, _)) = text.strip_prefix(prefix).and_then(backticked) {
            return Message::new(key, &[("name", name)]);
        }
    }
    // "unknown field `x`, expected one of `a`, `b`" and the same for enum variants.
    for (prefix, [one_of, expected, other]) in [
        (
            "unknown field ",
            [
                "data.unknown_field_one_of",
                "data.unknown_field_expected",
                "data.unknown_field",
            ],
        ),
        (
            "unknown variant ",
            [
                "data.unknown_variant_one_of",
                "data.unknown_variant_expected",
                "data.unknown_variant",
            ],
        ),
    ] {
        if let Some((name, after)) = text.strip_prefix(prefix).and_then(backticked) {
            return if let Some(list) = after.strip_prefix(", expected one of ") {
                Message::new(one_of, &[("name", name), arg("list", list)])
            } else if let Some(list) = after.strip_prefix(", expected ") {
                Message::new(expected, &[("name", name), arg("list", list)])
            } else {
                Message::new(other, &[("name", name), arg("rest", &after)])
            };
        }
    }
    for (prefix, key) in [
        ("invalid type: ", "data.invalid_type"),
        ("invalid value: ", "data.invalid_value"),
    ] {
        if let Some((found, expected)) = text
            .strip_prefix(prefix)
            .and_then(|r| r.split_once(", expected "))
        {
            return Message::new(key, &[arg("found", found), arg("expected", expected)]);
        }
    }
    Message::new("data.json", &[arg("detail", text)])
}

impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render(&Strings::english()))
    }
}

fn plain(key: &'static str) -> Message {
    Message::new(key, &[])
}

impl Article {
    /// Parses and validates untrusted JSON. Never panics; every problem found is returned.
    pub fn parse(json: &str) -> Result<Article, Vec<DataError>> {
        if json.len() > MAX_INPUT_BYTES {
            return Err(vec![DataError::new(
                "",
                Message::new(
                    "data.too_large",
                    &[
                        ("size", json.len().to_string()),
                        ("limit", MAX_INPUT_BYTES.to_string()),
                    ],
                ),
            )]);
        }
        let article: Article = serde_json::from_str(json).map_err(|e| {
            // A syntax error has no field path that means anything: its message gives the position.
            let path = if e.is_data() {
                json_path::path_at(json, e.line(), e.column())
            } else {
                String::new()
            };
            vec![DataError::from_serde(path, &e.to_string())]
        })?;
        let errors = article.validate();
        if errors.is_empty() {
            Ok(article)
        } else {
            Err(errors)
        }
    }

    /// Checks what the types cannot: ids, references, text, URLs, dates.
    pub fn validate(&self) -> Vec<DataError> {
        let mut errors = Vec::new();
        let mut need_text = |path: &str, value: &str| {
            if value.trim().is_empty() {
                errors.push(DataError::new(path, plain("data.empty")));
            }
        };
        need_text("meta.language", &self.meta.language);
        need_text("source.outlet", &self.source.outlet);
        // Optional text is either absent (empty) or real text, never blanks.
        for (path, value) in [
            ("meta.title", &self.meta.title),
            ("source.url", &self.source.url),
        ] {
            if !value.is_empty() && value.trim().is_empty() {
                errors.push(DataError::new(path, plain("data.blank_optional")));
            }
        }
        if self.source.description.trim().is_empty()
            != self.source.description_basis.trim().is_empty()
        {
            let field = if self.source.description.trim().is_empty() {
                "description"
            } else {
                "description_basis"
            };
            errors.push(DataError::new(
                format!("source.{field}"),
                plain("data.description_pair"),
            ));
        }

        for (i, author) in self.meta.authors.iter().enumerate() {
            for (field, value) in [("given", &author.given), ("family", &author.family)] {
                if value.trim().is_empty() {
                    errors.push(DataError::new(
                        format!("meta.authors[{i}].{field}"),
                        plain("data.empty"),
                    ));
                }
            }
        }
        let date = &self.meta.date;
        if date.is_missing() {
            // No date: nothing else about it may be claimed.
        } else if !is_iso_date(&date.value) {
            errors.push(DataError::new(
                "meta.date.value",
                Message::quoted("data.not_a_date", &self.meta.date.value),
            ));
        }
        let reason = self.meta.date.reason.as_deref().unwrap_or("");
        if self.meta.date.year_inferred && reason.trim().is_empty() {
            errors.push(DataError::new(
                "meta.date.reason",
                plain("data.inferred_without_reason"),
            ));
        }
        if !self.source.url.is_empty() {
            check_url(&mut errors, "source.url", &self.source.url);
        }
        if let Some(url) = &self.source.archive_url {
            check_url(&mut errors, "source.archive_url", url);
        }

        let mut ids = HashSet::new();
        if self.voices.is_empty() {
            errors.push(DataError::new("voices", plain("data.no_voices")));
        }
        for (i, voice) in self.voices.iter().enumerate() {
            let path = format!("voices[{i}]");
            if !is_slug(&voice.id) {
                errors.push(DataError::new(
                    format!("{path}.id"),
                    Message::quoted("data.not_a_slug", &voice.id),
                ));
            } else if !ids.insert(voice.id.as_str()) {
                errors.push(DataError::new(
                    format!("{path}.id"),
                    Message::quoted("data.duplicate_voice", &voice.id),
                ));
            }
            for (field, value) in [("name", &voice.name), ("short_name", &voice.short_name)] {
                if value.trim().is_empty() {
                    errors.push(DataError::new(
                        format!("{path}.{field}"),
                        plain("data.empty"),
                    ));
                }
            }
        }

        let note_ids: HashSet<&str> = self.notes.iter().map(|n| n.id.as_str()).collect();
        let mut used = HashSet::new();
        if self.paragraphs.is_empty() {
            errors.push(DataError::new("paragraphs", plain("data.no_paragraphs")));
        }
        for (p, paragraph) in self.paragraphs.iter().enumerate() {
            if paragraph.passages.is_empty() {
                errors.push(DataError::new(
                    format!("paragraphs[{p}].passages"),
                    plain("data.no_passages"),
                ));
            }
            for (n, note) in paragraph.notes.iter().enumerate() {
                if !note_ids.contains(note.as_str()) {
                    errors.push(DataError::new(
                        format!("paragraphs[{p}].notes[{n}]"),
                        Message::quoted("data.unknown_note", note),
                    ));
                }
            }
            for (i, passage) in paragraph.passages.iter().enumerate() {
                let path = format!("paragraphs[{p}].passages[{i}]");
                if passage.text.trim().is_empty() {
                    errors.push(DataError::new(format!("{path}.text"), plain("data.empty")));
                }
                if passage.confidence.is_some_and(|c| c > 100) {
                    errors.push(DataError::new(
                        format!("{path}.confidence"),
                        plain("data.not_a_percentage"),
                    ));
                }
                match self.voices.iter().find(|v| v.id == passage.voice) {
                    None => errors.push(DataError::new(
                        format!("{path}.voice"),
                        Message::quoted("data.unknown_voice", &passage.voice),
                    )),
                    Some(voice) => {
                        used.insert(voice.id.as_str());
                        let narrating = passage.kind == PassageKind::Narration;
                        if narrating != (voice.kind == VoiceKind::Outlet) {
                            errors.push(DataError::new(
                                format!("{path}.kind"),
                                if narrating {
                                    Message::quoted("data.narration_not_outlet", &voice.id)
                                } else {
                                    Message::new(
                                        "data.outlet_speaks",
                                        &[
                                            ("value", format!("{:?}", voice.id)),
                                            ("kind", passage.kind.as_str().to_string()),
                                        ],
                                    )
                                },
                            ));
                        }
                    }
                }
            }
        }
        for (i, voice) in self.voices.iter().enumerate() {
            if is_slug(&voice.id) && !used.contains(voice.id.as_str()) {
                errors.push(DataError::new(
                    format!("voices[{i}]"),
                    Message::quoted("data.voice_without_passages", &voice.id),
                ));
            }
        }

        let mut seen_notes = HashSet::new();
        for (i, note) in self.notes.iter().enumerate() {
            if !is_slug(&note.id) || !seen_notes.insert(note.id.as_str()) {
                errors.push(DataError::new(
                    format!("notes[{i}].id"),
                    Message::quoted("data.note_id", &note.id),
                ));
            }
            if note.text.trim().is_empty() {
                errors.push(DataError::new(
                    format!("notes[{i}].text"),
                    plain("data.empty"),
                ));
            }
        }
        errors
    }

    pub fn voice_index(&self, id: &str) -> Option<usize> {
        self.voices.iter().position(|v| v.id == id)
    }

    pub fn voice(&self, id: &str) -> Option<&Voice> {
        self.voices.iter().find(|v| v.id == id)
    }

    /// Every passage in reading order with its paragraph index.
    pub fn passages(&self) -> impl Iterator<Item = (usize, &Passage)> {
        self.paragraphs
            .iter()
            .enumerate()
            .flat_map(|(p, para)| para.passages.iter().map(move |passage| (p, passage)))
    }

    pub fn paragraph_text(&self, p: usize) -> String {
        self.paragraphs[p]
            .passages
            .iter()
            .map(|x| x.text.as_str())
            .collect()
    }

    pub fn note(&self, id: &str) -> Option<&Note> {
        self.notes.iter().find(|n| n.id == id)
    }
}

/// Facts derived once from a valid article, so that filtering never recounts.
#[derive(Debug, Clone, PartialEq)]
pub struct ArticleIndex {
    /// The voice index of each passage, in reading order (the order of the passage elements).
    pub passage_voice: Vec<usize>,
    /// Per paragraph, the range of its passages in `passage_voice`.
    pub paragraph_passages: Vec<std::ops::Range<usize>>,
    pub stats: Vec<VoiceStats>,
    pub total_words: usize,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct VoiceStats {
    pub passages: usize,
    pub direct: usize,
    pub paraphrase: usize,
    pub narration: usize,
    pub words: usize,
}

impl ArticleIndex {
    /// `article` must be valid: every passage's voice exists.
    pub fn new(article: &Article) -> Self {
        let mut stats = vec![VoiceStats::default(); article.voices.len()];
        let mut passage_voice = Vec::new();
        let mut paragraph_passages = Vec::with_capacity(article.paragraphs.len());
        let mut total_words = 0;
        for paragraph in &article.paragraphs {
            let start = passage_voice.len();
            for passage in &paragraph.passages {
                let v = article.voice_index(&passage.voice).unwrap_or(0);
                let words = count_words(&passage.text);
                let s = &mut stats[v];
                s.passages += 1;
                s.words += words;
                match passage.kind {
                    PassageKind::Direct => s.direct += 1,
                    PassageKind::Paraphrase => s.paraphrase += 1,
                    PassageKind::Narration => s.narration += 1,
                }
                total_words += words;
                passage_voice.push(v);
            }
            paragraph_passages.push(start..passage_voice.len());
        }
        Self {
            passage_voice,
            paragraph_passages,
            stats,
            total_words,
        }
    }

    pub fn passage_count(&self) -> usize {
        self.passage_voice.len()
    }
}

/// Words as a reader counts them: runs between spaces and dashes that hold a letter or a digit.
/// A non-ASCII character other than punctuation counts as a letter: Unicode's letter tables
/// would cost several KB of wasm to settle what this settles for real text.
pub fn count_words(text: &str) -> usize {
    let is_letter = |c: char| c.is_ascii_alphanumeric() || (!c.is_ascii() && !is_punctuation(c));
    text.split(|c: char| c.is_whitespace() || c == '\u{2014}' || c == '\u{2013}')
        .filter(|w| w.chars().any(is_letter))
        .count()
}

/// Typographic punctuation seen in news text (quotes, dashes, ellipsis, guillemets).
fn is_punctuation(c: char) -> bool {
    matches!(c, '\u{2010}'..='\u{205e}' | '\u{00a0}'..='\u{00bf}' | '\u{3000}'..='\u{303f}')
}

pub fn is_slug(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 64
        && !s.starts_with('-')
        && !s.ends_with('-')
        && !s.contains("--")
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// An absolute http(s) URL with a host. Deliberately strict and small: the `url` crate would be
/// exact but brings IDNA tables into the wasm; data with other schemes (`javascript:`, `data:`)
/// must never reach an `href`.
pub fn is_web_url(s: &str) -> bool {
    let lower = s.get(..8).unwrap_or(s).to_ascii_lowercase();
    let rest = if lower.starts_with("https://") {
        &s[8..]
    } else if lower.starts_with("http://") {
        &s[7..]
    } else {
        return false;
    };
    let host_end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let authority = &rest[..host_end];
    let (host, port) = match authority.rsplit_once(':') {
        Some((h, p)) => (h, Some(p)),
        None => (authority, None),
    };
    let host_ok = !host.is_empty()
        && host.len() <= 253
        && !host.starts_with(['.', '-'])
        && !host.ends_with('-')
        && !host.contains("..")
        && host
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'.' || b == b'-');
    let port_ok =
        port.is_none_or(|p| !p.is_empty() && p.len() <= 5 && p.bytes().all(|b| b.is_ascii_digit()));
    let rest_ok = !s
        .chars()
        .any(|c| c.is_whitespace() || c.is_control() || matches!(c, '"' | '<' | '>' | '\\' | '`'));
    host_ok && port_ok && rest_ok
}

fn check_url(errors: &mut Vec<DataError>, path: &str, url: &str) {
    if !is_web_url(url) {
        errors.push(DataError::new(path, Message::quoted("data.not_a_url", url)));
    }
}

/// `YYYY-MM-DD` naming a day that exists (leap years included).
pub fn is_iso_date(s: &str) -> bool {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return false;
    }
    let num = |r: std::ops::Range<usize>| -> Option<u32> {
        let part = &s[r];
        part.bytes()
            .all(|c| c.is_ascii_digit())
            .then(|| part.parse().ok())
            .flatten()
    };
    let (Some(y), Some(m), Some(d)) = (num(0..4), num(5..7), num(8..10)) else {
        return false;
    };
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    y >= 1 && (1..=days).contains(&d)
}

/// The article compiled into the bundle. It is checked by the tests, so a failure here means
/// the build itself is broken; the app still shows the errors rather than panicking.
pub const BUILTIN_ARTICLE_JSON: &str = include_str!("../../../data/article.json");

pub fn builtin_article() -> Result<Article, Vec<DataError>> {
    Article::parse(BUILTIN_ARTICLE_JSON)
}

pub const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

impl PublicationDate {
    /// The source gives no date (an imported draft).
    pub fn is_missing(&self) -> bool {
        self.value.is_empty() && self.printed.is_empty() && !self.year_inferred
    }

    /// (year, month 1–12, day), or `None` for an invalid value (the validator reports those).
    pub fn ymd(&self) -> Option<(u32, u32, u32)> {
        if !is_iso_date(&self.value) {
            return None;
        }
        let v = &self.value;
        Some((
            v[..4].parse().ok()?,
            v[5..7].parse().ok()?,
            v[8..].parse().ok()?,
        ))
    }

    /// "24 November 2017 (year inferred)", "24 November 2017", or "date not given", in English
    /// (the interface shows it with `display_in`).
    pub fn display(&self) -> String {
        self.display_in(&Strings::english())
    }

    /// A publication date without its inferred-year mark: "24 November 2017"; the value as
    /// given when it is not a calendar date (the validator reports those).
    pub fn day_month_year(&self, strings: &Strings) -> String {
        match self.ymd() {
            Some((y, m, d)) => strings.date(&y.to_string(), m, d),
            None => self.value.clone(),
        }
    }

    /// "24 November 2017 (year inferred)", "24 November 2017", or "date not given".
    pub fn display_in(&self, strings: &Strings) -> String {
        if self.is_missing() {
            strings.get("date.not_given").to_string()
        } else if self.year_inferred {
            strings.fill(
                "date.with_inferred",
                &[("date", &self.day_month_year(strings))],
            )
        } else {
            self.day_month_year(strings)
        }
    }
}
