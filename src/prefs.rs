//! Reading settings a reader chooses (text size, typeface, line width, theme), and the
//! string they are stored as. Parsed strictly: storage is as untrusted as any other input.

use crate::i18n::Strings;
use crate::options::{split_query, Theme};

pub const STORAGE_KEY: &str = "article-viewer:reading";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReadingPrefs {
    pub text_size: TextSize,
    pub font: Font,
    pub measure: Measure,
    pub theme: Theme,
    pub labels: Labels,
}

impl Default for ReadingPrefs {
    fn default() -> Self {
        ReadingPrefs {
            text_size: TextSize::M,
            font: Font::Serif,
            measure: Measure::Medium,
            theme: Theme::Auto,
            labels: Labels::Speech,
        }
    }
}

/// A closed set of choices with the names used in storage and in `data-*` attributes. A button's
/// text is the catalogue's `choice.<GROUP>.<name>`.
pub trait Choice: Copy + PartialEq + 'static {
    const ALL: &'static [Self];
    const GROUP: &'static str;
    fn name(self) -> &'static str;
    fn parse(s: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|c| c.name() == s)
    }
}

macro_rules! choice {
    ($ty:ident $group:literal { $($variant:ident => $name:literal;)+ }) => {
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum $ty { $($variant),+ }
        impl Choice for $ty {
            const ALL: &'static [Self] = &[$($ty::$variant),+];
            const GROUP: &'static str = $group;
            fn name(self) -> &'static str { match self { $($ty::$variant => $name),+ } }
        }
    };
}

choice!(TextSize "size" { S => "s"; M => "m"; L => "l"; Xl => "xl"; });
choice!(Font "font" { Serif => "serif"; Sans => "sans"; });
// Which passages carry a label in the text. Narration is unlabelled by default: it is most of
// the text, and its label on every run crowds it (it stays filterable).
choice!(Labels "labels" { Speech => "speech"; All => "all"; None => "none"; });
choice!(Measure "measure" { Narrow => "narrow"; Medium => "medium"; Wide => "wide"; });

impl Choice for Theme {
    const ALL: &'static [Self] = &Theme::ALL;
    const GROUP: &'static str = "theme";
    fn name(self) -> &'static str {
        self.as_str()
    }
}

impl ReadingPrefs {
    pub fn to_storage(self) -> String {
        format!(
            "size={}&font={}&measure={}&theme={}&labels={}",
            self.text_size.name(),
            self.font.name(),
            self.measure.name(),
            self.theme.name(),
            self.labels.name()
        )
    }

    /// Unknown or invalid entries keep their defaults.
    pub fn from_storage(stored: &str) -> Self {
        let mut prefs = ReadingPrefs::default();
        for (name, value) in split_query(stored) {
            match name {
                "size" => prefs.text_size = TextSize::parse(&value).unwrap_or(prefs.text_size),
                "font" => prefs.font = Font::parse(&value).unwrap_or(prefs.font),
                "measure" => prefs.measure = Measure::parse(&value).unwrap_or(prefs.measure),
                "theme" => prefs.theme = Theme::parse(&value).unwrap_or(prefs.theme),
                "labels" => prefs.labels = Labels::parse(&value).unwrap_or(prefs.labels),
                _ => {}
            }
        }
        prefs
    }
}

/// Reading time as a range, at 200 to 300 words a minute: "2–3 min read".
pub fn reading_time(strings: &Strings, words: usize) -> String {
    let fast = words.div_ceil(300).max(1);
    let slow = words.div_ceil(200).max(1);
    if fast == slow {
        strings.count("time.minutes", fast, &[])
    } else {
        strings.fill(
            "time.range",
            &[
                ("fast", &strings.number(fast)),
                ("slow", &strings.number(slow)),
            ],
        )
    }
}
