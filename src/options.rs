//! Viewer options, parsed strictly from untrusted `key=value` pairs. The same names serve the
//! iframe query (`?embed&voices=…`), the script embed's `data-*` attributes and the URL hash.

use crate::i18n::{Locale, Message};
use percent_encoding::percent_decode_str;

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Theme {
    #[default]
    Auto,
    Light,
    Dark,
    Sepia,
}

impl Theme {
    pub const ALL: [Theme; 4] = [Theme::Auto, Theme::Light, Theme::Dark, Theme::Sepia];

    pub fn as_str(self) -> &'static str {
        match self {
            Theme::Auto => "auto",
            Theme::Light => "light",
            Theme::Dark => "dark",
            Theme::Sepia => "sepia",
        }
    }

    pub fn parse(s: &str) -> Option<Theme> {
        Theme::ALL.into_iter().find(|t| t.as_str() == s)
    }
}

/// What a host or a link asks for. `None` means "not given": the default, or what the reader
/// chose before, applies.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Options {
    /// Voice ids for the initial filter, as given (unknown ids are dropped when resolved against
    /// the article, with a notice).
    pub voices: Option<Vec<String>>,
    pub theme: Option<Theme>,
    /// Source panel open (`panel=open`) or collapsed (`panel=closed`).
    pub panel_open: Option<bool>,
    /// Show only paragraphs that contain a match.
    pub only: Option<bool>,
    /// The interface's language, over the article's own (`locale=fr`).
    pub locale: Option<Locale>,
}

pub const OPTION_NAMES: [&str; 5] = ["voices", "theme", "panel", "only", "locale"];

impl Options {
    /// Parses pairs such as those of a query string. Unknown names are ignored and invalid values
    /// fall back to the default; each yields a warning that names the problem.
    pub fn from_pairs<'a>(
        pairs: impl IntoIterator<Item = (&'a str, String)>,
        ignore: &[&str],
    ) -> (Options, Vec<Message>) {
        let mut options = Options::default();
        let mut warnings = Vec::new();
        for (name, value) in pairs {
            match name {
                "voices" => {
                    let mut ids = Vec::new();
                    for id in value.split(',').map(str::trim).filter(|s| !s.is_empty()) {
                        if crate::model::is_slug(id) {
                            if !ids.iter().any(|x| x == id) {
                                ids.push(id.to_string());
                            }
                        } else {
                            warnings.push(Message::new(
                                "notice.not_voice",
                                &[("id", format!("{id:?}"))],
                            ));
                        }
                    }
                    options.voices = Some(ids);
                }
                "theme" => match Theme::parse(&value) {
                    Some(theme) => options.theme = Some(theme),
                    None => warnings.push(Message::quoted("notice.theme", &value)),
                },
                "panel" => match value.as_str() {
                    "open" => options.panel_open = Some(true),
                    "closed" => options.panel_open = Some(false),
                    _ => warnings.push(Message::quoted("notice.panel", &value)),
                },
                "only" => match parse_flag(&value) {
                    Some(flag) => options.only = Some(flag),
                    None => warnings.push(Message::quoted("notice.only", &value)),
                },
                // An unknown locale shows English, and says so.
                "locale" => match Locale::from_tag(&value) {
                    Some(locale) => options.locale = Some(locale),
                    None => {
                        options.locale = Some(Locale::En);
                        warnings.push(Message::quoted("notice.locale", &value));
                    }
                },
                _ if ignore.contains(&name) => {}
                _ => warnings.push(Message::new(
                    "notice.unknown_option",
                    &[("name", format!("{name:?}"))],
                )),
            }
        }
        (options, warnings)
    }

    /// Parses a query string or a hash body (`voices=a,b&only=true`, no leading `?` or `#`).
    pub fn from_query(query: &str, ignore: &[&str]) -> (Options, Vec<Message>) {
        let pairs: Vec<(&str, String)> = split_query(query).collect();
        Options::from_pairs(pairs, ignore)
    }
}

/// A bare flag (`?only`) is on, as in HTML boolean attributes.
fn parse_flag(value: &str) -> Option<bool> {
    match value {
        "" | "true" | "1" => Some(true),
        "false" | "0" => Some(false),
        _ => None,
    }
}

/// `a=1&b=x%20y` as decoded pairs. Names are not decoded (they are plain ASCII words); values are
/// percent-decoded, and `+` is kept, since a hash is not a form.
pub fn split_query(query: &str) -> impl Iterator<Item = (&str, String)> {
    query.split('&').filter(|s| !s.is_empty()).map(|pair| {
        let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
        let value = percent_decode_str(value)
            .decode_utf8()
            .map(|v| v.into_owned())
            .unwrap_or_else(|_| value.to_string());
        (name, value)
    })
}
