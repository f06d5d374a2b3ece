//! Scores a draft against a gold article: quotes matched by overlap, speakers judged on the
//! resolved voice, direct/paraphrase, and fidelity. Used by `./dev score-import` and the tests.
//!
//! A *quote* is a maximal run of passages in one paragraph that belong to one voice other than
//! the outlet (so a paraphrase with a quoted fragment is one quote; an interrupted quote is two).
//! Positions count non-whitespace characters across the article, so a draft and its gold align
//! even where the gold joined two paragraphs (a repair).

use super::text::slug;
use article_model::{Article, PassageKind, Voice, VoiceKind};

/// What a quote is made of: all quotation, all indirect speech, or both (a paraphrase with a
/// quoted fragment).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuoteKind {
    Direct,
    Mixed,
    Indirect,
}

impl QuoteKind {
    pub const ALL: [QuoteKind; 3] = [QuoteKind::Direct, QuoteKind::Mixed, QuoteKind::Indirect];

    pub fn label(self) -> &'static str {
        match self {
            QuoteKind::Direct => "direct",
            QuoteKind::Mixed => "mixed",
            QuoteKind::Indirect => "indirect",
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Quote {
    pub start: usize,
    pub end: usize,
    pub voice: usize,
    /// Mostly quotation (by characters): what "direct/para. acc." compares.
    pub direct: bool,
    pub kind: QuoteKind,
    /// Whether the editor would ask for a second look at any of its passages.
    pub doubtful: bool,
}

/// A quote being gathered: the quote, and its characters of quotation and of indirect speech.
struct Run {
    quote: Quote,
    direct_chars: usize,
    indirect_chars: usize,
}

/// The quotes of an article, in reading order.
pub fn quotes(article: &Article) -> Vec<Quote> {
    quotes_and_members(article).0
}

/// The quotes, and for each passage (per paragraph) the index of the quote it belongs to.
pub fn quotes_and_members(article: &Article) -> (Vec<Quote>, Vec<Vec<Option<usize>>>) {
    let mut out = Vec::new();
    let mut members = Vec::new();
    let mut at = 0;
    for paragraph in &article.paragraphs {
        let mut current: Option<Run> = None;
        let mut member = Vec::new();
        for passage in &paragraph.passages {
            let len = passage.text.chars().filter(|c| !c.is_whitespace()).count();
            let voice = article.voice_index(&passage.voice).unwrap_or(0);
            let outlet = article
                .voices
                .get(voice)
                .is_none_or(|v| v.kind == VoiceKind::Outlet)
                || passage.kind == PassageKind::Narration;
            let direct = passage.kind == PassageKind::Direct;
            let doubtful = crate::is_doubtful(passage);
            match (&mut current, outlet) {
                (Some(run), false) if run.quote.voice == voice => {
                    member.push(Some(out.len()));
                    run.quote.end = at + len;
                    run.quote.doubtful |= doubtful;
                    *if direct {
                        &mut run.direct_chars
                    } else {
                        &mut run.indirect_chars
                    } += len;
                }
                (_, outlet) => {
                    out.extend(current.take().map(finish));
                    member.push((!outlet).then_some(out.len()));
                    if !outlet {
                        current = Some(Run {
                            quote: Quote {
                                start: at,
                                end: at + len,
                                voice,
                                direct: false,
                                kind: QuoteKind::Direct,
                                doubtful,
                            },
                            direct_chars: if direct { len } else { 0 },
                            indirect_chars: if direct { 0 } else { len },
                        });
                    }
                }
            }
            at += len;
        }
        out.extend(current.take().map(finish));
        members.push(member);
    }
    (out, members)
}

/// For each passage of the draft (per paragraph), whether it belongs to a wrong attribution:
/// a drafted quote that matches no gold quote, or matches one with the wrong speaker. What the
/// confidence model learns to flag.
pub fn wrong_passages(draft: &Article, gold: &Article) -> Vec<Vec<bool>> {
    let g = quotes(gold);
    let (p, members) = quotes_and_members(draft);
    let m03 = match_quotes(&g, &p, 0.3);
    let wrong: Vec<bool> = (0..p.len())
        .map(|pi| {
            m03.iter().find(|m| m.1 == pi).is_none_or(|&(gi, _)| {
                !same_speaker(&draft.voices[p[pi].voice], &gold.voices[g[gi].voice])
            })
        })
        .collect();
    members
        .into_iter()
        .map(|ps| {
            ps.into_iter()
                .map(|q| q.is_some_and(|q| wrong[q]))
                .collect()
        })
        .collect()
}

fn finish(run: Run) -> Quote {
    let Run {
        mut quote,
        direct_chars,
        indirect_chars,
    } = run;
    quote.direct = direct_chars * 2 >= quote.end - quote.start;
    quote.kind = match (direct_chars > 0, indirect_chars > 0) {
        (true, false) => QuoteKind::Direct,
        (false, true) => QuoteKind::Indirect,
        _ => QuoteKind::Mixed,
    };
    quote
}

/// Where the editor would look again: the spans (in the compact positions of `quotes`) of the
/// passages below its doubt threshold, narration included.
pub fn doubtful_spans(article: &Article) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut at = 0;
    for (_, passage) in article.passages() {
        let len = passage.text.chars().filter(|c| !c.is_whitespace()).count();
        if crate::is_doubtful(passage) {
            out.push((at, at + len));
        }
        at += len;
    }
    out
}

/// Non-whitespace characters of the article, in order: equal for a faithful draft and its gold.
pub fn compact_text(article: &Article) -> String {
    article
        .passages()
        .flat_map(|(_, p)| p.text.chars().filter(|c| !c.is_whitespace()))
        .collect()
}

/// Counts from one article, added up across a corpus.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Counts {
    pub gold: usize,
    pub predicted: usize,
    /// Matched at overlap > 0.3 and > 0.8.
    pub matched_03: usize,
    pub matched_08: usize,
    /// Matched at > 0.3 with the right speaker, and with the right kind.
    pub speaker_right: usize,
    pub kind_right: usize,
    pub articles: usize,
    pub faithful: usize,
    /// Per quote kind, in `QuoteKind::ALL` order: gold quotes, found (matched at > 0.3), and
    /// found with the right speaker.
    pub kind_gold: [usize; 3],
    pub kind_found: [usize; 3],
    pub kind_speaker_right: [usize; 3],
    /// The review cost. Attributed passages of the draft, and those below the editor's doubt
    /// threshold.
    pub attributed: usize,
    pub attributed_doubtful: usize,
    /// Wrong attributions (a drafted quote that matches no gold quote, or matches one with the
    /// wrong speaker), and those with a doubtful passage.
    pub wrong: usize,
    pub wrong_doubtful: usize,
    /// Gold quotes the draft missed, and those a doubtful passage overlaps (a reporting cue left
    /// without content, or an uncertain attribution nearby).
    pub missed: usize,
    pub missed_doubtful: usize,
    /// Narration passages flagged as a reporting cue with nothing attributed to it.
    pub narration_doubtful: usize,
}

impl std::ops::AddAssign for Counts {
    fn add_assign(&mut self, o: Counts) {
        self.gold += o.gold;
        self.predicted += o.predicted;
        self.matched_03 += o.matched_03;
        self.matched_08 += o.matched_08;
        self.speaker_right += o.speaker_right;
        self.kind_right += o.kind_right;
        self.articles += o.articles;
        self.faithful += o.faithful;
        for k in 0..3 {
            self.kind_gold[k] += o.kind_gold[k];
            self.kind_found[k] += o.kind_found[k];
            self.kind_speaker_right[k] += o.kind_speaker_right[k];
        }
        self.attributed += o.attributed;
        self.attributed_doubtful += o.attributed_doubtful;
        self.wrong += o.wrong;
        self.wrong_doubtful += o.wrong_doubtful;
        self.missed += o.missed;
        self.missed_doubtful += o.missed_doubtful;
        self.narration_doubtful += o.narration_doubtful;
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

fn f1(p: f64, r: f64) -> f64 {
    if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    }
}

impl Counts {
    pub fn precision(&self) -> f64 {
        ratio(self.matched_03, self.predicted)
    }
    pub fn recall(&self) -> f64 {
        ratio(self.matched_03, self.gold)
    }
    pub fn f1_03(&self) -> f64 {
        f1(self.precision(), self.recall())
    }
    pub fn f1_08(&self) -> f64 {
        f1(
            ratio(self.matched_08, self.predicted),
            ratio(self.matched_08, self.gold),
        )
    }
    pub fn speaker_accuracy(&self) -> f64 {
        ratio(self.speaker_right, self.matched_03)
    }
    pub fn quote_speaker_f1(&self) -> f64 {
        f1(
            ratio(self.speaker_right, self.predicted),
            ratio(self.speaker_right, self.gold),
        )
    }
    pub fn kind_accuracy(&self) -> f64 {
        ratio(self.kind_right, self.matched_03)
    }
    pub fn fidelity(&self) -> f64 {
        ratio(self.faithful, self.articles)
    }
    /// Gold quotes of this kind that were found, and found with the right speaker (of all gold
    /// quotes of the kind); `None` when the corpus has none.
    pub fn kind_rates(&self, kind: QuoteKind) -> Option<(f64, f64)> {
        let k = kind as usize;
        (self.kind_gold[k] > 0).then(|| {
            (
                ratio(self.kind_found[k], self.kind_gold[k]),
                ratio(self.kind_speaker_right[k], self.kind_gold[k]),
            )
        })
    }
    /// Share of the wrong attributions that the editor's review would show (target ≥ 0.8).
    pub fn wrong_flagged(&self) -> f64 {
        ratio(self.wrong_doubtful, self.wrong)
    }
    /// Share of the attributed passages that the review flags (target ≤ 0.3).
    pub fn attributed_flagged(&self) -> f64 {
        ratio(self.attributed_doubtful, self.attributed)
    }
    /// Share of the missed quotes that a flag points to.
    pub fn missed_flagged(&self) -> f64 {
        ratio(self.missed_doubtful, self.missed)
    }
}

/// One-to-one matches (gold index, predicted index) where the predicted quote covers more than
/// `threshold` of the gold quote's length; largest overlaps first.
pub fn match_quotes(gold: &[Quote], predicted: &[Quote], threshold: f64) -> Vec<(usize, usize)> {
    let mut pairs = Vec::new();
    for (g, gq) in gold.iter().enumerate() {
        let len = (gq.end - gq.start).max(1) as f64;
        for (p, pq) in predicted.iter().enumerate() {
            let overlap = gq.end.min(pq.end).saturating_sub(gq.start.max(pq.start));
            if overlap as f64 / len > threshold {
                pairs.push((overlap, g, p));
            }
        }
    }
    pairs.sort_by_key(|p| std::cmp::Reverse(p.0));
    let (mut used_g, mut used_p) = (vec![false; gold.len()], vec![false; predicted.len()]);
    let mut out = Vec::new();
    for (_, g, p) in pairs {
        if !used_g[g] && !used_p[p] {
            used_g[g] = true;
            used_p[p] = true;
            out.push((g, p));
        }
    }
    out
}

/// Names compared as a reader would: "the Kremlin" is "Kremlin"; "Zakharova" is "Maria
/// Zakharova"; a collective named by its head ("the ministry") matches its full name.
pub fn same_speaker(predicted: &Voice, gold: &Voice) -> bool {
    if predicted.id == super::assemble::UNIDENTIFIED_ID {
        return false;
    }
    let words = |s: &str| -> Vec<String> {
        const ARTICLES: &[&str] = &[
            "the", "a", "an", "le", "la", "les", "l", "un", "une", "der", "die", "das", "dem",
            "den", "des", "ein", "eine", "einer", "el", "los", "las", "uno", "una",
        ];
        slug(s)
            .split('-')
            .filter(|w| !w.is_empty() && !ARTICLES.contains(w))
            .map(str::to_string)
            .collect()
    };
    let p = words(&predicted.name);
    [&gold.name, &gold.short_name].iter().any(|name| {
        let g = words(name);
        if p.is_empty() || g.is_empty() {
            return false;
        }
        let contains = |a: &[String], b: &[String]| b.iter().all(|w| a.contains(w));
        p == g
            || contains(&p, &g)
            || contains(&g, &p)
            || (gold.kind == VoiceKind::Person && p.last() == g.last())
    })
}

/// Scores one draft against its gold.
pub fn score(draft: &Article, gold: &Article) -> Counts {
    let faithful = compact_text(draft) == compact_text(gold);
    let (g, p) = (quotes(gold), quotes(draft));
    let m03 = match_quotes(&g, &p, 0.3);
    let m08 = match_quotes(&g, &p, 0.8);
    let right = |&(gi, pi): &(usize, usize)| {
        same_speaker(&draft.voices[p[pi].voice], &gold.voices[g[gi].voice])
    };
    let speaker_right = m03.iter().filter(|m| right(m)).count();
    let kind_right = m03
        .iter()
        .filter(|&&(gi, pi)| g[gi].direct == p[pi].direct)
        .count();
    let mut counts = Counts {
        gold: g.len(),
        predicted: p.len(),
        matched_03: m03.len(),
        matched_08: m08.len(),
        speaker_right,
        kind_right,
        articles: 1,
        faithful: usize::from(faithful),
        ..Counts::default()
    };
    for (gi, gq) in g.iter().enumerate() {
        let k = gq.kind as usize;
        counts.kind_gold[k] += 1;
        if let Some(m) = m03.iter().find(|m| m.0 == gi) {
            counts.kind_found[k] += 1;
            counts.kind_speaker_right[k] += usize::from(right(m));
        }
    }
    for (_, passage) in draft.passages() {
        let attributed = passage.kind != PassageKind::Narration
            && draft
                .voice(&passage.voice)
                .is_some_and(|v| v.kind != VoiceKind::Outlet);
        let doubtful = crate::is_doubtful(passage);
        if attributed {
            counts.attributed += 1;
            counts.attributed_doubtful += usize::from(doubtful);
        } else {
            counts.narration_doubtful += usize::from(doubtful);
        }
    }
    for (pi, pq) in p.iter().enumerate() {
        let wrong = m03.iter().find(|m| m.1 == pi).is_none_or(|m| !right(m));
        if wrong {
            counts.wrong += 1;
            counts.wrong_doubtful += usize::from(pq.doubtful);
        }
    }
    let flags = doubtful_spans(draft);
    for (gi, gq) in g.iter().enumerate() {
        if !m03.iter().any(|m| m.0 == gi) {
            counts.missed += 1;
            let flagged = flags.iter().any(|&(s, e)| s < gq.end && gq.start < e);
            counts.missed_doubtful += usize::from(flagged);
        }
    }
    counts
}

/// The text an annotator started from: the title line, then the gold's paragraphs.
pub fn source_text(gold: &Article) -> String {
    let mut out = String::new();
    if !gold.meta.title.is_empty() {
        out.push_str(&gold.meta.title);
        out.push_str("\n\n");
    }
    for p in 0..gold.paragraphs.len() {
        out.push_str(&gold.paragraph_text(p));
        out.push_str("\n\n");
    }
    out
}

/// Plain wire copy of about `words` words for the speed measure: the seed's paragraphs,
/// repeated, so that quotes, cues and pronouns appear at their natural rate.
pub fn sample_text(words: usize) -> String {
    let seed = article_model::builtin_article().expect("the built-in article is valid");
    let paragraphs: Vec<String> = (0..seed.paragraphs.len())
        .map(|p| seed.paragraph_text(p))
        .collect();
    let mut out = String::new();
    let mut count = 0;
    for p in paragraphs.iter().cycle() {
        if count >= words {
            break;
        }
        count += p.split_whitespace().count();
        out.push_str(p);
        out.push_str("\n\n");
    }
    out
}
