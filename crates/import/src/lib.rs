//! The importer: plain article text in, a draft `Article` out, with each attributed passage's
//! confidence and reason. Pure (no web APIs): the `import` command line and the editor (in
//! wasm) share it. English, French, German and Spanish have full rules; other languages get
//! quotation marks alone, and the draft says so.
//!
//! Fidelity is the one hard guarantee: paragraph *i* of the draft is paragraph *i* of the
//! input, and its passages concatenate to that paragraph with whitespace normalised.

mod assemble;
pub mod checklist;
mod clause;
pub mod confidence;
mod cues;
mod lexicon;
pub mod page;
mod quotes;
pub mod score;
mod speakers;
pub mod text;
mod titles;
mod unclaimed;

use article_model::{is_iso_date, is_web_url, Article, Passage};
pub use assemble::PassageFeatures;
pub use page::{import_html, looks_like_html, PageDraft, PageMeta};
use std::fmt;

/// The editor asks for a second look at every passage the importer gave less confidence than
/// this ("Next passage to check"); the scores measure the review cost at the same threshold.
pub const DOUBT_BELOW: u8 = 60;

/// Whether the editor would ask for a second look at this passage.
pub fn is_doubtful(passage: &Passage) -> bool {
    passage.confidence.is_some_and(|c| c < DOUBT_BELOW)
}

/// Inputs over this size are refused: ten times a long feature (about 200,000 words).
pub const MAX_IMPORT_BYTES: usize = 2 * 1024 * 1024;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    En,
    Fr,
    De,
    Es,
    /// Any other language: quotation marks alone.
    Other,
}

impl Lang {
    pub fn from_code(code: &str) -> Lang {
        match code
            .to_ascii_lowercase()
            .split(['-', '_'])
            .next()
            .unwrap_or("")
        {
            "en" => Lang::En,
            "fr" => Lang::Fr,
            "de" => Lang::De,
            "es" => Lang::Es,
            _ => Lang::Other,
        }
    }
}

/// What the user tells the importer. Nothing here is guessed: what is `None` stays missing.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ImportOptions {
    /// A BCP 47 code (`en`, `fr-CH`); detected from the text when `None`.
    pub language: Option<String>,
    /// The first paragraph is the title, not body text.
    pub title_line: bool,
    pub title: Option<String>,
    pub outlet: Option<String>,
    pub url: Option<String>,
    /// `YYYY-MM-DD`.
    pub date: Option<String>,
    /// Quotation marks alone, in every language: the baseline the scores compare against.
    pub quotes_only: bool,
}

/// A draft and what the importer wants the user to know about it.
#[derive(Debug, Clone, PartialEq)]
pub struct Draft {
    pub article: Article,
    pub language: String,
    /// Whether the language was detected rather than given.
    pub detected: bool,
    /// Whether the language has full rules (otherwise quotation marks alone).
    pub full_rules: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportError {
    Empty,
    TooLarge {
        bytes: usize,
    },
    NotUtf8 {
        offset: usize,
    },
    Binary {
        offset: usize,
    },
    /// An option with a bad value, named by its field.
    Option {
        field: &'static str,
        message: String,
    },
    /// A web page that could not be read (too large, too deep, no article text).
    Page(page::PageError),
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ImportError::Empty => f.write_str("the input holds no text"),
            ImportError::TooLarge { bytes } => write!(
                f,
                "the input is {bytes} bytes; the limit is {MAX_IMPORT_BYTES} bytes"
            ),
            ImportError::NotUtf8 { offset } => {
                write!(
                    f,
                    "the input is not UTF-8 text (invalid byte at offset {offset})"
                )
            }
            ImportError::Binary { offset } => write!(
                f,
                "the input looks binary, not text (control byte at offset {offset})"
            ),
            ImportError::Option { field, message } => write!(f, "{field}: {message}"),
            ImportError::Page(e) => write!(f, "{e}"),
        }
    }
}

/// Bytes from a file or a paste: checked for size, UTF-8 and binary content, then imported.
pub fn import_bytes(bytes: &[u8], options: &ImportOptions) -> Result<Draft, ImportError> {
    if bytes.len() > MAX_IMPORT_BYTES {
        return Err(ImportError::TooLarge { bytes: bytes.len() });
    }
    let text = std::str::from_utf8(bytes).map_err(|e| ImportError::NotUtf8 {
        offset: e.valid_up_to(),
    })?;
    import(text, options)
}

/// What a file or a paste drafted into, and, when it was a web page, what the page said.
#[derive(Debug, Clone, PartialEq)]
pub struct Imported {
    pub draft: Draft,
    pub page: Option<PageMeta>,
}

/// Bytes that may be plain text or a web page (told apart by [`looks_like_html`]): each is
/// drafted by its own rules and limits. `address` is where a page was fetched from.
pub fn import_input(
    bytes: &[u8],
    address: Option<&str>,
    options: &ImportOptions,
) -> Result<Imported, ImportError> {
    if bytes.len() > article_page::MAX_PAGE_BYTES {
        return Err(ImportError::Page(page::PageError::TooLarge {
            bytes: bytes.len(),
        }));
    }
    let text = std::str::from_utf8(bytes).map_err(|e| ImportError::NotUtf8 {
        offset: e.valid_up_to(),
    })?;
    if looks_like_html(text) {
        let PageDraft { draft, page, .. } = import_html(text, address, options)?;
        return Ok(Imported {
            draft,
            page: Some(page),
        });
    }
    Ok(Imported {
        draft: import_bytes(bytes, options)?,
        page: None,
    })
}

/// Drafts an article from text: paragraphs separated by blank lines.
pub fn import(text: &str, options: &ImportOptions) -> Result<Draft, ImportError> {
    import_with(text, options, &confidence::Model::builtin()).map(|(draft, _)| draft)
}

/// [`import`] with a given confidence model, returning also each attributed passage's
/// confidence features (per paragraph and passage of the draft): what the model is fitted on.
pub fn import_with(
    text: &str,
    options: &ImportOptions,
    model: &confidence::Model,
) -> Result<(Draft, PassageFeatures), ImportError> {
    if text.len() > MAX_IMPORT_BYTES {
        return Err(ImportError::TooLarge { bytes: text.len() });
    }
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if let Some(offset) = text
        .char_indices()
        .find(|&(_, c)| c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\u{c}'))
        .map(|(i, _)| i)
    {
        return Err(ImportError::Binary { offset });
    }
    check_options(options)?;
    let mut paragraphs = text::paragraphs(text);
    let title_from_text = if options.title_line && !paragraphs.is_empty() {
        Some(paragraphs.remove(0))
    } else {
        None
    };
    if paragraphs.is_empty() {
        return Err(ImportError::Empty);
    }
    let (code, detected) = match &options.language {
        Some(code) => (code.trim().to_string(), false),
        None => (detect_language(&paragraphs), true),
    };
    let lang = if options.quotes_only {
        Lang::Other
    } else {
        Lang::from_code(&code)
    };
    let (mut article, features) = assemble::draft(
        &paragraphs,
        lang,
        &code,
        assemble::Metadata {
            title: options.title.clone().or(title_from_text),
            outlet: options.outlet.clone(),
            url: options.url.clone(),
            date: options.date.clone(),
            detected,
        },
        model,
    );
    if let Some(lex) = lang.lexicon() {
        unclaimed::flag(&mut article, lex);
    }
    Ok((
        Draft {
            article,
            language: code,
            detected,
            full_rules: lang != Lang::Other,
        },
        features,
    ))
}

fn check_options(options: &ImportOptions) -> Result<(), ImportError> {
    if let Some(url) = options.url.as_deref().filter(|u| !is_web_url(u)) {
        return Err(ImportError::Option {
            field: "url",
            message: format!("{url:?} is not an absolute http(s) URL"),
        });
    }
    if let Some(date) = options.date.as_deref().filter(|d| !is_iso_date(d)) {
        return Err(ImportError::Option {
            field: "date",
            message: format!("{date:?} is not a calendar date of the form YYYY-MM-DD"),
        });
    }
    if let Some(lang) = options.language.as_deref() {
        let ok = !lang.is_empty()
            && lang.len() <= 35
            && lang
                .split('-')
                .all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_alphanumeric()));
        if !ok {
            return Err(ImportError::Option {
                field: "language",
                message: format!("{lang:?} is not a language code such as \"en\" or \"fr-CH\""),
            });
        }
    }
    for (field, value) in [("title", &options.title), ("outlet", &options.outlet)] {
        if value.as_deref().is_some_and(|v| v.trim().is_empty()) {
            return Err(ImportError::Option {
                field,
                message: "must not be empty when given".to_string(),
            });
        }
    }
    Ok(())
}

/// The text's language as an ISO 639-1 code, or "und" (undetermined) when unsure.
pub fn detect_language(paragraphs: &[String]) -> String {
    let sample: String = paragraphs
        .iter()
        .take(40)
        .map(|p| p.as_str())
        .collect::<Vec<_>>()
        .join("\n");
    let Some(info) = whatlang::detect(&sample) else {
        return "und".to_string();
    };
    use whatlang::Lang as W;
    let code = match info.lang() {
        W::Eng => "en",
        W::Fra => "fr",
        W::Deu => "de",
        W::Spa => "es",
        W::Rus => "ru",
        W::Ara => "ar",
        W::Ita => "it",
        W::Por => "pt",
        W::Nld => "nl",
        W::Pol => "pl",
        W::Ukr => "uk",
        W::Tur => "tr",
        W::Cmn => "zh",
        W::Jpn => "ja",
        W::Swe => "sv",
        W::Dan => "da",
        W::Nob => "nb",
        W::Fin => "fi",
        W::Ces => "cs",
        W::Hun => "hu",
        W::Ron => "ro",
        W::Ell => "el",
        W::Heb => "he",
        W::Hin => "hi",
        W::Kor => "ko",
        W::Pes => "fa",
        other => return other.code().to_string(),
    };
    code.to_string()
}
