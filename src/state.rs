//! Viewer state: which voices are selected, and whether only matching paragraphs are shown.
//! Pure: the hash and the live-region text are derived here, the browser only carries them.

use crate::i18n::{Message, Strings};
use crate::model::{Article, ArticleIndex};
use crate::options::{split_query, Options};
use std::rc::Rc;
use yew::Reducible;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Filter {
    /// Indexed like `Article::voices`.
    selected: Vec<bool>,
    pub only_matching: bool,
}

impl Filter {
    pub fn none(voice_count: usize) -> Self {
        Self {
            selected: vec![false; voice_count],
            only_matching: false,
        }
    }

    /// Resolves requested voice ids against the article; unknown ids are dropped and reported.
    pub fn from_options(article: &Article, options: &Options) -> (Filter, Vec<Message>) {
        let mut filter = Filter::none(article.voices.len());
        let mut notices = Vec::new();
        for id in options.voices.iter().flatten() {
            match article.voice_index(id) {
                Some(v) => filter.selected[v] = true,
                None => notices.push(Message::new(
                    "notice.unknown_voice",
                    &[("id", format!("{id:?}"))],
                )),
            }
        }
        filter.only_matching = options.only.unwrap_or(false);
        (filter, notices)
    }

    pub fn is_active(&self) -> bool {
        self.selected.iter().any(|&s| s)
    }

    pub fn is_selected(&self, voice: usize) -> bool {
        self.selected.get(voice).copied().unwrap_or(false)
    }

    /// A passage of this voice is fully shown. With no voice selected, everything is.
    pub fn matches(&self, voice: usize) -> bool {
        !self.is_active() || self.is_selected(voice)
    }

    /// A paragraph (its range of passages in `index`) holds a passage that matches.
    pub fn paragraph_matches(
        &self,
        index: &ArticleIndex,
        passages: &std::ops::Range<usize>,
    ) -> bool {
        index.passage_voice[passages.start..passages.end]
            .iter()
            .any(|&v| self.matches(v))
    }

    pub fn selected_voices(&self) -> impl Iterator<Item = usize> + '_ {
        self.selected
            .iter()
            .enumerate()
            .filter_map(|(i, &s)| s.then_some(i))
    }

    /// The hash for this state: `#voices=a,b`, with `&only=true` when set; empty when no filter.
    pub fn to_hash(&self, article: &Article) -> String {
        let ids: Vec<&str> = self
            .selected_voices()
            .map(|v| article.voices[v].id.as_str())
            .collect();
        filter_hash(&ids, self.only_matching)
    }
}

/// `wanted` (a filter's hash) with the view options the reader's link gave in `current`
/// (`theme`, `panel`, `locale`) kept after it: a filter change must not lose the language or
/// the theme that the link asked for.
pub fn keep_view_options(wanted: &str, current: &str) -> String {
    let kept: Vec<&str> = current
        .strip_prefix('#')
        .unwrap_or(current)
        .split('&')
        .filter(|pair| {
            let name = pair.split_once('=').map_or(*pair, |(n, _)| n);
            matches!(name, "theme" | "panel" | "locale")
        })
        .collect();
    if kept.is_empty() {
        return wanted.to_string();
    }
    let separator = if wanted.is_empty() { '#' } else { '&' };
    format!("{wanted}{separator}{}", kept.join("&"))
}

/// The one hash format: `#voices=a,b`, with `&only=true` when set; empty for no filter.
pub fn filter_hash(voice_ids: &[impl AsRef<str>], only_matching: bool) -> String {
    let ids: Vec<&str> = voice_ids.iter().map(AsRef::as_ref).collect();
    let mut hash = String::new();
    if !ids.is_empty() {
        hash = format!("#voices={}", ids.join(","));
    }
    if only_matching {
        hash.push_str(if hash.is_empty() {
            "#only=true"
        } else {
            "&only=true"
        });
    }
    hash
}

/// What a URL hash asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HashRoute {
    /// No hash, or a filter (possibly empty) with other options.
    Options(Options),
    /// `#q-<quote id>`: scroll to that quote, apply no filter.
    Quote(String),
}

/// Parses `location.hash` (with or without the leading `#`). Warnings name what was ignored.
pub fn parse_hash(hash: &str) -> (HashRoute, Vec<Message>) {
    let body = hash.strip_prefix('#').unwrap_or(hash);
    if let Some(id) = body.strip_prefix("q-") {
        return (HashRoute::Quote(id.to_string()), Vec::new());
    }
    let pairs: Vec<_> = split_query(body).collect();
    let (options, warnings) = Options::from_pairs(pairs, &[]);
    (HashRoute::Options(options), warnings)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Toggle(usize),
    /// Select this voice alone.
    Solo(usize),
    Clear,
    SetOnly(bool),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StateAction {
    Filter(Action),
    /// From a hash change (Back/Forward, a pasted link): replaces the whole filter.
    Restore(Filter),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ViewerState {
    pub filter: Filter,
}

impl Reducible for ViewerState {
    type Action = StateAction;

    fn reduce(self: Rc<Self>, action: StateAction) -> Rc<Self> {
        let mut filter = self.filter.clone();
        match action {
            StateAction::Filter(Action::Toggle(v)) => {
                if let Some(s) = filter.selected.get_mut(v) {
                    *s = !*s;
                }
            }
            StateAction::Filter(Action::Solo(v)) => {
                for (i, s) in filter.selected.iter_mut().enumerate() {
                    *s = i == v;
                }
            }
            StateAction::Filter(Action::Clear) => {
                filter.selected.iter_mut().for_each(|s| *s = false);
            }
            StateAction::Filter(Action::SetOnly(on)) => filter.only_matching = on,
            StateAction::Restore(restored) => filter = restored,
        }
        if filter == self.filter {
            self // same Rc: Yew skips the re-render
        } else {
            Rc::new(ViewerState { filter })
        }
    }
}

/// The live region's sentence, e.g. "Showing 2 of 17 passages: Maria Zakharova."
pub fn announcement(
    strings: &Strings,
    article: &Article,
    index: &ArticleIndex,
    filter: &Filter,
) -> String {
    let total = index.passage_count();
    if !filter.is_active() {
        return strings.count("status.all", total, &[]);
    }
    let names: Vec<String> = filter
        .selected_voices()
        .map(|v| article.voices[v].name.clone())
        .collect();
    let shown: usize = filter
        .selected_voices()
        .map(|v| index.stats[v].passages)
        .sum();
    let mut text = strings.count(
        "status.some",
        total,
        &[
            ("shown", &strings.number(shown)),
            ("names", &names.join(strings.get("list.separator"))),
        ],
    );
    if filter.only_matching {
        let paragraphs = matching_paragraphs(index, filter);
        text.push(' ');
        text.push_str(&strings.count(
            "status.only",
            index.paragraph_passages.len(),
            &[("shown", &strings.number(paragraphs))],
        ));
    }
    text
}

pub fn matching_paragraphs(index: &ArticleIndex, filter: &Filter) -> usize {
    index
        .paragraph_passages
        .iter()
        .filter(|r| filter.paragraph_matches(index, r))
        .count()
}

/// Past this many voices the list is long: it shows the most-quoted few until the reader
/// searches it or asks for all.
pub const MANY_VOICES: usize = 12;
const FEW_VOICES: usize = 8;

/// Which voices the list shows (by voice index). A short list shows all; a long one shows the
/// voices whose name, short name or role holds the search (ASCII case aside), or, with no search,
/// the most-quoted few, the outlet and any selected voice, unless `show_all`.
pub fn shown_voices(
    article: &Article,
    index: &ArticleIndex,
    filter: &Filter,
    search: &str,
    show_all: bool,
) -> Vec<bool> {
    let n = article.voices.len();
    // ASCII case only: Unicode's case tables would cost several KB of wasm for little.
    let search = search.trim().to_ascii_lowercase();
    if !search.is_empty() {
        return article
            .voices
            .iter()
            .map(|v| {
                [&v.name, &v.short_name, &v.role]
                    .iter()
                    .any(|s| s.to_ascii_lowercase().contains(&search))
            })
            .collect();
    }
    if n <= MANY_VOICES || show_all {
        return vec![true; n];
    }
    // The few most-quoted, picked one at a time (a sort would bring its code into the wasm).
    let mut shown = vec![false; n];
    for _ in 0..FEW_VOICES {
        let next = (0..n)
            .filter(|&v| !shown[v])
            .max_by_key(|&v| (index.stats[v].passages, std::cmp::Reverse(v)));
        if let Some(v) = next {
            shown[v] = true;
        }
    }
    for (v, voice) in article.voices.iter().enumerate() {
        if voice.kind == crate::model::VoiceKind::Outlet || filter.is_selected(v) {
            shown[v] = true;
        }
    }
    shown
}
