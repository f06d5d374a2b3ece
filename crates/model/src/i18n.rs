//! The interface's language: which locales exist, their strings (one JSON catalogue per locale in
//! `static/locales/`), CLDR plural categories, and numbers and dates in each locale's forms.
//! Pure: the browser side only decides which catalogue to load.

use std::collections::HashMap;
use std::rc::Rc;

/// The locales the interface ships in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Locale {
    En,
    Fr,
    De,
    Es,
    Ru,
    Ar,
}

impl Locale {
    pub const ALL: [Locale; 6] = [
        Locale::En,
        Locale::Fr,
        Locale::De,
        Locale::Es,
        Locale::Ru,
        Locale::Ar,
    ];

    pub fn tag(self) -> &'static str {
        match self {
            Locale::En => "en",
            Locale::Fr => "fr",
            Locale::De => "de",
            Locale::Es => "es",
            Locale::Ru => "ru",
            Locale::Ar => "ar",
        }
    }

    /// A BCP 47 tag's language: "fr", "fr-CA" and "FR" are French; unknown languages are `None`.
    pub fn from_tag(tag: &str) -> Option<Locale> {
        let language = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        Locale::ALL.into_iter().find(|l| l.tag() == language)
    }

    /// The interface's writing direction.
    pub fn dir(self) -> &'static str {
        text_direction(self.tag())
    }

    /// The CLDR plural category of a whole number (counts are never fractions here).
    /// Rules from CLDR's plurals.xml; checked against CLDR's examples (`tests/i18n.rs`) and the
    /// browser's `Intl.PluralRules` (`tests/browser.rs`).
    pub fn plural(self, n: usize) -> Plural {
        let (i10, i100) = (n % 10, n % 100);
        match self {
            Locale::En | Locale::De => match n {
                1 => Plural::One,
                _ => Plural::Other,
            },
            Locale::Fr => match n {
                0 | 1 => Plural::One,
                _ if n.is_multiple_of(1_000_000) => Plural::Many,
                _ => Plural::Other,
            },
            Locale::Es => match n {
                1 => Plural::One,
                _ if n != 0 && n.is_multiple_of(1_000_000) => Plural::Many,
                _ => Plural::Other,
            },
            Locale::Ru => match (i10, i100) {
                (1, i) if i != 11 => Plural::One,
                (2..=4, i) if !(12..=14).contains(&i) => Plural::Few,
                _ => Plural::Many,
            },
            Locale::Ar => match (n, i100) {
                (0, _) => Plural::Zero,
                (1, _) => Plural::One,
                (2, _) => Plural::Two,
                (_, 3..=10) => Plural::Few,
                (_, 11..=99) => Plural::Many,
                _ => Plural::Other,
            },
        }
    }
}

/// The writing direction of text in `language` (a BCP 47 tag): the article's own text keeps
/// its direction whatever the interface's language.
pub fn text_direction(language: &str) -> &'static str {
    const RTL: [&str; 10] = ["ar", "he", "fa", "ur", "ps", "yi", "dv", "sd", "ug", "ckb"];
    let primary = language.trim().split(['-', '_']).next().unwrap_or("");
    if RTL.iter().any(|l| l.eq_ignore_ascii_case(primary)) {
        "rtl"
    } else {
        "ltr"
    }
}

/// CLDR plural categories.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Plural {
    Zero,
    One,
    Two,
    Few,
    Many,
    Other,
}

impl Plural {
    pub fn name(self) -> &'static str {
        match self {
            Plural::Zero => "zero",
            Plural::One => "one",
            Plural::Two => "two",
            Plural::Few => "few",
            Plural::Many => "many",
            Plural::Other => "other",
        }
    }
}

/// The English catalogue: compiled in, the fallback for every other one.
pub const ENGLISH_JSON: &str = include_str!("../../../static/locales/en.json");

/// The editor page's own strings in English, added over the viewer's (`Strings::with`); only
/// the editor's binary uses them.
pub const EDITOR_ENGLISH_JSON: &str = include_str!("../../../static/locales/editor/en.json");

/// The viewer's and the editor's English strings together (the editor's messages in tests and
/// `Display`).
pub fn editor_english() -> Strings {
    Strings::english()
        .as_ref()
        .clone()
        .with(EDITOR_ENGLISH_JSON, EDITOR_ENGLISH_JSON)
        .expect("the editor's English catalogue is valid JSON")
}

/// One locale's strings. Keys are dotted names (`filter.heading`); a key with plural forms has
/// one entry per CLDR category (`voice.passages.one`, `voice.passages.other`, …). Templates
/// take `{name}` arguments.
#[derive(Debug, Clone, PartialEq)]
pub struct Strings {
    pub locale: Locale,
    map: HashMap<String, String>,
}

thread_local! {
    static ENGLISH: Rc<Strings> = Rc::new(
        Strings::parse(Locale::En, ENGLISH_JSON).expect("the English catalogue is valid JSON"),
    );
}

impl Strings {
    pub fn english() -> Rc<Strings> {
        ENGLISH.with(Rc::clone)
    }

    /// A catalogue from its JSON (one object of strings), with English for any key it lacks,
    /// so that a reader never sees a blank or a key.
    pub fn parse(locale: Locale, json: &str) -> Result<Strings, String> {
        let mut map = Strings::parse_raw(json)
            .map_err(|e| format!("the {} catalogue is not valid: {e}", locale.tag()))?;
        if locale != Locale::En {
            ENGLISH.with(|english| {
                for (key, value) in &english.map {
                    map.entry(key.clone()).or_insert_with(|| value.clone());
                }
            });
        }
        Ok(Strings { locale, map })
    }

    /// These strings with a second catalogue's added (the editor's, over the viewer's), its
    /// gaps filled from `english` (that catalogue in English).
    pub fn with(mut self, json: &str, english: &str) -> Result<Strings, String> {
        for source in [json, english] {
            let more = Strings::parse_raw(source)
                .map_err(|e| format!("the {} catalogue is not valid: {e}", self.locale.tag()))?;
            for (key, value) in more {
                self.map.entry(key).or_insert(value);
            }
        }
        Ok(self)
    }

    /// A catalogue's own entries, without the English fallback (for the completeness tests).
    pub fn parse_raw(json: &str) -> Result<HashMap<String, String>, serde_json::Error> {
        serde_json::from_str(json)
    }

    /// The string for `key`, or the key itself where no catalogue has it (a bug that the tests
    /// catch, never a blank).
    pub fn get<'a>(&'a self, key: &'a str) -> &'a str {
        self.map.get(key).map_or(key, String::as_str)
    }

    /// `key` with its `{name}` arguments filled in.
    pub fn fill(&self, key: &str, args: &[(&str, &str)]) -> String {
        fill(self.get(key), args)
    }

    /// `key` in the plural form for `n`, with `{n}` (the number in this locale's digits) and
    /// the other arguments filled in.
    pub fn count(&self, key: &str, n: usize, args: &[(&str, &str)]) -> String {
        let form = format!("{key}.{}", self.locale.plural(n).name());
        let template = match self.map.get(&form) {
            Some(t) => t.as_str(),
            None => self.get_other(key),
        };
        let number = self.number(n);
        let mut all = vec![("n", number.as_str())];
        all.extend_from_slice(args);
        fill(template, &all)
    }

    fn get_other(&self, key: &str) -> &str {
        self.map
            .get(&format!("{key}.other"))
            .map_or("{n}", String::as_str)
    }

    /// A whole number with this locale's digits and grouping: 1,234 / 1 234 / 1.234 / ١٬٢٣٤.
    pub fn number(&self, n: usize) -> String {
        let digits = n.to_string();
        let group = self.get("number.group");
        let min_group: usize = self.get("number.min_group").parse().unwrap_or(1);
        let grouped = if digits.len() > 3 + min_group - 1 {
            let mut out = String::new();
            for (i, c) in digits.chars().enumerate() {
                if i > 0 && (digits.len() - i).is_multiple_of(3) {
                    out.push_str(group);
                }
                out.push(c);
            }
            out
        } else {
            digits
        };
        self.localise_digits(&grouped)
    }

    /// A share given in tenths of a percent (integers: no float formatting in the bundle).
    pub fn percent_tenths(&self, tenths: usize) -> String {
        let value = format!(
            "{}{}{}",
            tenths / 10,
            self.get("number.decimal"),
            tenths % 10
        );
        self.fill("number.percent", &[("n", &self.localise_digits(&value))])
    }

    /// Western digits in a string replaced with this locale's (`number.digits`, ten characters).
    pub fn localise_digits(&self, s: &str) -> String {
        let digits: Vec<char> = self.get("number.digits").chars().collect();
        if digits.len() != 10 || digits[0] == '0' {
            return s.to_string();
        }
        s.chars()
            .map(|c| match c.to_digit(10) {
                Some(d) => digits[d as usize],
                None => c,
            })
            .collect()
    }

    /// "24 November 2017", "24 novembre 2017", "24. November 2017", "24 ноября 2017".
    pub fn date(&self, year: &str, month: u32, day: u32) -> String {
        let template = self.get("date.day_month_year");
        fill(
            template,
            &[
                ("day", &self.localise_digits(&day.to_string())),
                ("month", self.get(&format!("date.month.{month}"))),
                ("year", &self.localise_digits(year)),
            ],
        )
    }

    /// "a, b and c" in this locale's words.
    pub fn list(&self, items: &[String]) -> String {
        match items {
            [] => String::new(),
            [one] => one.clone(),
            [first, last] => self.fill("list.pair", &[("first", first), ("last", last)]),
            [init @ .., last] => self.fill(
                "list.and",
                &[
                    ("init", &init.join(self.get("list.separator"))),
                    ("last", last),
                ],
            ),
        }
    }
}

/// Fills `{name}` in `template`; unknown names stay as they are.
pub fn fill(template: &str, args: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(start) = rest.find('{') {
        out.push_str(&rest[..start]);
        let after = &rest[start + 1..];
        match after.find('}') {
            Some(end) => {
                let name = &after[..end];
                match args.iter().find(|(k, _)| *k == name) {
                    Some((_, v)) => out.push_str(v),
                    None => {
                        out.push('{');
                        out.push_str(name);
                        out.push('}');
                    }
                }
                rest = &after[end + 1..];
            }
            None => {
                out.push_str(&rest[start..]);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

/// Something to tell the reader, kept as a catalogue key and its arguments until it is shown,
/// so that it can be shown in the interface's language. `Display` gives the English.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    pub key: &'static str,
    pub args: Vec<(&'static str, String)>,
}

impl Message {
    pub fn new(key: &'static str, args: &[(&'static str, String)]) -> Message {
        Message {
            key,
            args: args.to_vec(),
        }
    }

    /// A message about a value, shown quoted as given (`"xx"`), as its `{value}` argument.
    pub fn quoted(key: &'static str, value: &str) -> Message {
        Message::new(key, &[("value", format!("{value:?}"))])
    }

    pub fn render(&self, strings: &Strings) -> String {
        let args: Vec<(&str, &str)> = self.args.iter().map(|(k, v)| (*k, v.as_str())).collect();
        strings.fill(self.key, &args)
    }
}

impl std::fmt::Display for Message {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.render(&Strings::english()))
    }
}
