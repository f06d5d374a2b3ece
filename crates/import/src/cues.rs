//! Attribution, one paragraph at a time: finds the cues (reporting verbs, "according to",
//! "laut", "so"), the speaker at each cue, and what each cue attributes: the quote next to it,
//! or the content clause of indirect speech. Quotes with no cue fall back to the rules of
//! news writing (a paragraph that is all quote continues the previous speaker).

use super::clause::{self, reported_mood};
use super::confidence::Evidence;
use super::lexicon::{
    contains, is_speech_infinitive, is_speech_verb, opens_time, time_phrase_at, Lexicon, DAYS,
    FEMALE_NAMES, MALE_NAMES, TIME_WORDS,
};
use super::quotes::ParagraphQuotes;
use super::speakers::{body_name, classify, person_noun, Mention, Registry, Resolution, Resolved};
use super::text::{is_terminal, sentences, tokenize, Token};
use super::Lang;
use article_model::PassageKind;
use std::ops::Range;

/// A stretch of a paragraph given to a speaker (`None`: the unidentified speaker).
#[derive(Debug, Clone, PartialEq)]
pub struct Claim {
    pub start: usize,
    pub end: usize,
    pub speaker: Option<usize>,
    pub kind: PassageKind,
    pub confidence: u8,
    pub reason: String,
    /// How the speaker was found, for the confidence model.
    pub evidence: Evidence,
    /// Which rule made the claim.
    pub route: Route,
    /// How the mention at this claim's own cue was resolved; `None` when the speaker came
    /// from elsewhere (an earlier sentence or quote, the discourse).
    pub mention: Option<Resolved>,
    /// A quote whose closing mark is missing, ended at the paragraph's end.
    pub unbalanced: bool,
}

/// The rule that made a claim: what the confidence model reads (the reason says it in words).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Route {
    /// A quote with its cue after it ("…," she said).
    CueAfter,
    /// A quote with its cue before it (She said: "…"; said Ruiz, "…").
    CueBefore,
    /// The second half of a quote interrupted by its cue.
    Interrupted,
    /// A content clause after its reporting verb.
    IndirectAfter,
    /// Indirect speech ending at its cue ("The talks will resume, the minister said.").
    IndirectBefore,
    /// "according to", "selon", "laut", "zufolge".
    CuePhrase,
    /// A noun of saying and its source (« la déclaration de X selon laquelle … »).
    NounCue,
    /// A quote after a colon lead-in, whose subject is the speaker.
    Colon,
    /// No cue: the reported mood carries on an earlier sentence's speech.
    Carried,
    /// A participle ("…, adding that …") continuing the sentence's speaker.
    Participle,
    /// A paragraph that is all quote, given to the one the text was following.
    WholeFollowing,
    /// A paragraph that is all quote, given to the previous paragraph's speaker.
    WholePrevious,
    /// A paragraph that is all quote, with no one named before it.
    WholeNoOne,
    /// A quote with no cue, given to the nearest speaker in the paragraph.
    Nearest,
    /// A quote with no cue, given to the last person named.
    LastNamed,
    /// A quote with no cue, with no one named before it.
    NoOneNamed,
    /// A quote running on from the previous paragraph.
    Continued,
    /// A quoted fragment inside indirect speech.
    Fragment,
    /// A language with no rules: quotation marks alone, never judged.
    QuotesOnly,
}

/// Quotes shorter than this with no cue are scare quotes or titles, not someone's words.
const MIN_UNCUED_QUOTE_WORDS: usize = 4;

pub struct Analyser<'r> {
    pub lex: &'static Lexicon,
    pub lang: Lang,
    pub registry: &'r mut Registry,
    /// The last speaker of the previous paragraph, for a paragraph that is all quote.
    pub previous_speaker: Option<Option<usize>>,
    /// The speaker of a quote that runs on into the next paragraph.
    pub open_quote_speaker: Option<(Option<usize>, u8)>,
    /// The speaker of the last cue in the current sentence, for participles and "and said".
    pub sentence_speaker: Option<Resolution>,
    pub discourse: Discourse,
}

/// What the discourse carries from one sentence and paragraph to the next.
#[derive(Debug, Default)]
pub struct Discourse {
    /// The registry's clock when the previous paragraph and this one began: who was
    /// mentioned since then is who the text is following.
    prev_para_clock: usize,
    para_clock: usize,
    /// The speaker of a colon lead-in that closed the previous paragraph ("Keller sagte:").
    lead_in: Option<Resolution>,
    /// The speaker of the last sentence's reported speech, which the next sentence's mood
    /// may carry on (German subjunctive, French and Spanish conditional).
    reported: Option<Resolution>,
}

struct Para<'a> {
    text: &'a str,
    tokens: Vec<Token>,
    /// The quote each token is inside, if any.
    quote_of: Vec<Option<usize>>,
    quotes: &'a ParagraphQuotes,
}

impl Para<'_> {
    /// A quotation mark (not an apostrophe: the quote scanner decided which is which).
    fn is_mark(&self, k: usize) -> bool {
        let t = &self.tokens[k];
        !t.word && self.quotes.marks.binary_search(&t.start).is_ok()
    }

    fn outside(&self, k: usize) -> bool {
        self.quote_of[k].is_none()
    }

    fn words_in(&self, r: Range<usize>) -> usize {
        self.tokens[r].iter().filter(|t| t.word).count()
    }

    fn span(&self, r: Range<usize>) -> Option<(usize, usize)> {
        let r = r.start..r.end.min(self.tokens.len());
        (r.start < r.end).then(|| (self.tokens[r.start].start, self.tokens[r.end - 1].end))
    }

    /// The first token at or after byte offset `at`.
    fn token_at(&self, at: usize) -> usize {
        self.tokens.partition_point(|t| t.start < at)
    }
}

/// What a cue attributes once its speaker is known.
struct Found {
    speaker: Resolution,
    /// Token after the cue clause (verb and any subject after it).
    after: usize,
    /// First token of the cue clause (subject before the verb, or the verb).
    clause_start: usize,
}

impl Analyser<'_> {
    fn speech_verb(&self, word: &str) -> bool {
        is_speech_verb(self.lex, self.lang, word)
    }

    /// A German verb that reports speech with its particle only (`DE_PARTICLE_VERBS`), with
    /// the particle right before it („wie die Polizei bekannt gab“) or closing its clause, at
    /// the comma or colon that opens the content („gab die Polizei am Montag an, …“; „wies
    /// darauf hin, dass …“).
    fn particle_verb(&self, p: &Para, sentence: &Range<usize>, k: usize) -> bool {
        if self.lang != Lang::De {
            return false;
        }
        let Some(particles) = super::lexicon::de_particles(&p.tokens[k].lower) else {
            return false;
        };
        if k > sentence.start && particles.contains(&p.tokens[k - 1].lower.as_str()) {
            return true;
        }
        let close = (k + 1..sentence.end.min(k + 12))
            .take_while(|&j| p.outside(j))
            .find(|&j| {
                matches!(p.tokens[j].lower.as_str(), "," | ":") || is_terminal(&p.tokens[j])
            });
        close.is_some_and(|c| c > k + 1 && particles.contains(&p.tokens[c - 1].lower.as_str()))
    }

    fn hard_boundary(&self, p: &Para, k: usize) -> bool {
        let t = &p.tokens[k];
        // A hyphen joined to the words on both sides is no dash: „der „Bild“-Zeitung“.
        let joined_hyphen = t.lower == "-"
            && k > 0
            && p.tokens[k - 1].end == t.start
            && p.tokens.get(k + 1).is_some_and(|n| n.start == t.end);
        if joined_hyphen {
            return false;
        }
        p.is_mark(k)
            || matches!(
                t.lower.as_str(),
                ":" | ";" | "(" | ")" | "\u{2014}" | "\u{2013}" | "--" | "-"
            )
            || is_terminal(t)
    }

    fn skippable(&self, t: &Token) -> bool {
        contains(self.lex.auxiliaries, &t.lower) || contains(self.lex.adverbs, &t.lower)
    }

    /// The French inverted pronoun: "a-t-il", "déclare-t-elle", "ont-ils".
    fn inverted_pronoun(&self, t: &Token) -> Option<Mention> {
        if self.lang != Lang::Fr {
            return None;
        }
        let last = t.lower.rsplit('-').next()?;
        if !t.lower.contains('-') {
            return None;
        }
        let mention = |w: &str| classify(self.lex, self.lang, w, &tokenize(w), &[]);
        match last {
            "il" | "elle" | "ils" | "elles" | "on" => mention(last),
            _ => None,
        }
    }

    /// The verb part of a token ("déclare-t-il" → "déclare").
    fn verb_word<'t>(&self, t: &'t Token) -> &'t str {
        if self.lang == Lang::Fr {
            if let Some(i) = t
                .lower
                .find("-t-")
                .or_else(|| t.lower.rfind("-il"))
                .or_else(|| t.lower.rfind("-elle"))
            {
                return &t.lower[..i];
            }
        }
        &t.lower
    }

    /// How many tokens before `end` an auxiliary, an adverb or an adverbial phrase takes
    /// between a subject and its verb ("a une nouvelle fois affirmé", "has once again said").
    fn skippable_at(&self, p: &Para, sentence: &Range<usize>, end: usize) -> usize {
        if end > sentence.start && self.skippable(&p.tokens[end - 1]) {
            return 1;
        }
        ADVERBIAL_PHRASES
            .iter()
            .find(|phrase| {
                end >= sentence.start + phrase.len()
                    && phrase
                        .iter()
                        .zip(&p.tokens[end - phrase.len()..end])
                        .all(|(w, t)| t.lower == *w)
            })
            .map_or(0, |phrase| phrase.len())
    }

    /// The finite verb whose subject is the speaker's: the verb itself, or the one that governs
    /// an infinitive cue ("se limitó a asegurar", "volvió a insistir", « a tenu à rappeler »,
    /// « a fait savoir »), with its reflexive pronoun.
    fn governing_verb(&self, p: &Para, sentence: &Range<usize>, verb: usize) -> usize {
        let link = verb
            .checked_sub(1)
            .filter(|&l| l > sentence.start)
            .map(|l| p.tokens[l].lower.as_str());
        let infinitive = is_speech_infinitive(self.lang, self.verb_word(&p.tokens[verb]));
        let gov = match link {
            Some("a" | "à" | "de" | "d'" | "d\u{2019}") if infinitive => verb - 2,
            Some("fait") if self.lang == Lang::Fr => verb - 1,
            _ => return verb,
        };
        if !p.tokens[gov].word || !p.outside(gov) || p.tokens[gov].capital {
            return verb;
        }
        if gov > sentence.start
            && matches!(p.tokens[gov - 1].lower.as_str(), "se" | "s'" | "s\u{2019}")
        {
            gov - 1
        } else {
            gov
        }
    }

    fn subject_before(
        &self,
        p: &Para,
        sentence: &Range<usize>,
        verb: usize,
    ) -> Option<(Mention, usize)> {
        let mut end = verb;
        while end > sentence.start && self.skippable_at(p, sentence, end) > 0 {
            end -= self.skippable_at(p, sentence, end);
        }
        // A parenthesis right before the verb belongs to the subject: "Sen. Ann Lee (D-Mass.) said".
        if end > sentence.start && p.tokens[end - 1].lower == ")" {
            if let Some(open) = (sentence.start..end - 1)
                .rev()
                .find(|&k| p.tokens[k].lower == "(")
            {
                end = open;
            }
        }
        let mut start = end;
        while start > sentence.start && !self.hard_boundary(p, start - 1) {
            start -= 1;
        }
        if start == end {
            return None;
        }
        let mut parts: Vec<Range<usize>> = split_commas(&p.tokens, start..end);
        let (head, apposition) = if p.tokens[end - 1].lower == "," {
            // "Maria Zakharova, the ministry's spokeswoman, said": parts end with an empty one.
            // A part that opens with a preposition is a circumstance, not the subject's
            // apposition, when a role stands before it ("Brunet, PDG du groupe, à l'issue du
            // vote, a estimé"): the subject and its apposition are before it.
            while parts.len() >= 4
                && p.tokens[parts[parts.len() - 2].clone()]
                    .first()
                    .is_some_and(|t| contains(self.lex.prepositions, &t.lower))
                && p.tokens[parts[parts.len() - 3].clone()].iter().any(|t| {
                    // (In lower case, or an acronym such as "PDG": not a surname in -eur.)
                    self.is_role_word(t)
                        && (!t.capital || !p.text[t.start..t.end].chars().any(char::is_lowercase))
                })
            {
                parts.remove(parts.len() - 2);
            }
            let n = parts.len();
            if n < 3 {
                return None;
            }
            // "La ministra de Agricultura, Pesca y Alimentación, Inés Castro, defendió": a
            // role whose complement is a list runs over the commas of the list.
            let listed = n >= 4
                && p.tokens[parts[n - 3].clone()]
                    .iter()
                    .any(|t| contains(self.lex.conjunctions, &t.lower))
                && p.tokens[parts[n - 3].clone()].iter().all(|t| {
                    t.capital
                        || contains(self.lex.conjunctions, &t.lower)
                        || contains(self.lex.determiners, &t.lower)
                        || GENITIVES.contains(&t.lower.as_str())
                })
                && p.tokens[parts[n - 4].clone()]
                    .iter()
                    .any(|t| self.is_role_word(t));
            let head = if listed {
                parts[n - 4].start..parts[n - 3].end
            } else {
                parts[n - 3].clone()
            };
            (head, parts[n - 2].clone())
        } else {
            (parts.last()?.clone(), 0..0)
        };
        // (Conjunctions inside such a list are not where the subject starts.)
        let scan_end = (head.start..head.end)
            .find(|&k| p.tokens[k].lower == ",")
            .unwrap_or(head.end);
        // The subject starts after the last conjunction or complementizer in its part.
        let mut head_start = head.start;
        for k in head.start..scan_end {
            let t = &p.tokens[k];
            // "But she said": a conjunction is capitalised when it opens the sentence.
            if (!t.capital || k == sentence.start)
                && (contains(self.lex.conjunctions, &t.lower)
                    || contains(self.lex.complementizers, &t.lower))
            {
                head_start = k + 1;
            }
        }
        // German "hatte er erklärt", "hat die Ministerin gesagt": the subject follows the
        // auxiliary.
        if self.lang == Lang::De
            && head_start < head.end
            && contains(self.lex.auxiliaries, &p.tokens[head_start].lower)
        {
            head_start += 1;
        }
        // In German, a part that opens with a preposition is a fronted adverbial ("In
        // Moravien, …, kündigte das Ministerium an"): the subject follows the verb. "Aus"
        // names a source ("Aus Verhandlungskreisen hieß es").
        if self.lang == Lang::De
            && head_start < head.end
            && contains(self.lex.prepositions, &p.tokens[head_start].lower)
            && p.tokens[head_start].lower != "aus"
        {
            return None;
        }
        let head = head_start..head.end;
        // (A role with a listed complement is longer.)
        let longest = if scan_end < head.end { 16 } else { 10 };
        if head.is_empty() || head.len() > longest {
            return None;
        }
        let mention = classify(
            self.lex,
            self.lang,
            p.text,
            &trim_time(&p.tokens[head.clone()]),
            &p.tokens[apposition],
        )?;
        Some((mention, head.start))
    }

    fn subject_after(
        &self,
        p: &Para,
        sentence: &Range<usize>,
        from: usize,
    ) -> Option<(Mention, usize)> {
        // "dijo en un comunicado", "sagte am Montag der Minister": past the adjunct first.
        let from = self.skip_adjunct(p, from, sentence.end);
        let mut j = from;
        while j < sentence.end && j - from < 10 {
            let t = &p.tokens[j];
            // "the mayor of Lyon", "le porte-parole du gouvernement", "der Sprecher des
            // Ministeriums": a genitive belongs to the subject.
            // A lower-case complement that ends the clause is the role's too ("le patron du
            // groupe.", "el responsable del centro.").
            let closing_noun = |i: usize| {
                p.tokens.get(i).is_some_and(|n| n.word && !n.capital)
                    && p.tokens
                        .get(i + 1)
                        .is_none_or(|e| i + 1 >= sentence.end || e.lower == "," || is_terminal(e))
            };
            let genitive = j > from
                && GENITIVES.contains(&t.lower.as_str())
                && (p
                    .tokens
                    .get(j + 1)
                    .is_some_and(|n| n.capital || contains(self.lex.determiners, &n.lower))
                    || closing_noun(j + 1));
            let next = p.tokens.get(j + 1).map(|n| n.lower.as_str());
            // "sagte der Minister vergangene Woche", "said the minister last week".
            let time = j > from && time_phrase_at(&t.lower, next);
            // „gab die Polizei bekannt, …“: the separable particle closes the cue clause.
            let particle = self.lang == Lang::De
                && j > from
                && DE_PARTICLES.contains(&t.lower.as_str())
                && p.tokens
                    .get(j + 1)
                    .is_none_or(|n| n.lower == "," || n.lower == ":" || is_terminal(n));
            // „antwortete Meding ausweichend.“: a lower-case word that closes the clause after
            // a name is an adverb, not part of the subject.
            let trailing_adverb = self.lang == Lang::De
                && j > from
                && t.word
                && !t.capital
                && p.tokens[j - 1].capital
                && !contains(self.lex.determiners, &t.lower)
                && !GENITIVES.contains(&t.lower.as_str())
                && p.tokens
                    .get(j + 1)
                    .is_none_or(|n| j + 1 >= sentence.end || n.lower == "," || is_terminal(n));
            let stop = t.lower == ","
                || particle
                || trailing_adverb
                || time
                || self.hard_boundary(p, j)
                || contains(self.lex.complementizers, &t.lower)
                || (!genitive
                    && (contains(self.lex.prepositions, &t.lower)
                        || DAYS.contains(&t.lower.as_str())
                        || contains(self.lex.conjunctions, &t.lower)));
            if stop {
                break;
            }
            j += 1;
            if genitive {
                // Take the genitive's determiner with it ("de la Santé", "des Ministeriums").
                while j < sentence.end
                    && j - from < 10
                    && contains(self.lex.determiners, &p.tokens[j].lower)
                {
                    j += 1;
                }
            }
        }
        if j == from || (j < sentence.end && j - from >= 10) {
            return None;
        }
        // An apposition after a comma: "said Smith, the company's chief executive."
        let mut end = j;
        let mut apposition = 0..0;
        if j < sentence.end && p.tokens[j].lower == "," {
            let mut k = j + 1;
            while k < sentence.end
                && k - j <= 7
                && p.tokens[k].lower != ","
                && !self.hard_boundary(p, k)
            {
                k += 1;
            }
            let looks_like = p
                .tokens
                .get(j + 1)
                .is_some_and(|t| t.capital || contains(self.lex.determiners, &t.lower));
            let ends = k >= sentence.end || p.tokens[k].lower == "," || is_terminal(&p.tokens[k]);
            // „sagte Roth, der Bericht enthalte Fehler“: a clause after the comma, not an
            // apposition.
            let clause = self.lang == Lang::De && self.reported_clause(p, j + 1, k);
            if looks_like && ends && !clause && k > j + 1 && k - j <= 7 {
                apposition = j + 1..k;
                end = k;
            }
        }
        let head: Vec<Token> = p.tokens[from..j].to_vec();
        let mention = classify(self.lex, self.lang, p.text, &head, &p.tokens[apposition])?;
        Some((mention, end))
    }

    /// German „hieß es“, „heißt es“: no subject, the source named by the document after it
    /// („hieß es in einer Mitteilung der Polizei“) or by „aus“ („hieß es aus dem
    /// Ministerium“); with neither, the one whose report the text is following, as news copy
    /// uses „hieß es“ to go on with the last source („Die Kosten seien zu hoch, hieß es.“).
    fn impersonal_source(
        &mut self,
        p: &Para,
        sentence: &Range<usize>,
        verb: usize,
    ) -> Option<Found> {
        if self.lang != Lang::De
            || !matches!(p.tokens[verb].lower.as_str(), "hieß" | "heißt" | "hieße")
            || p.tokens.get(verb + 1).is_none_or(|t| t.lower != "es")
        {
            return None;
        }
        let end = (verb + 2..sentence.end)
            .find(|&k| !p.outside(k) || p.tokens[k].lower == "," || self.hard_boundary(p, k))
            .unwrap_or(sentence.end);
        // The source: a genitive after a noun of statement, or the phrase after „aus“.
        let source = (verb + 2..end).find_map(|k| {
            let t = &p.tokens[k];
            let after_document = k > verb + 2
                && matches!(t.lower.as_str(), "der" | "des")
                && STATEMENT_NOUNS
                    .iter()
                    .any(|n| p.tokens[k - 1].lower.ends_with(n));
            let from_aus = t.lower == "aus" && k + 1 < end;
            (after_document || from_aus).then(|| {
                let start = if from_aus { k + 1 } else { k };
                let stop = (start + 1..end)
                    .find(|&j| contains(self.lex.prepositions, &p.tokens[j].lower))
                    .unwrap_or(end);
                (start, stop)
            })
        });
        let speaker = match source {
            Some((start, stop)) => {
                let m = classify(self.lex, self.lang, p.text, &p.tokens[start..stop], &[])?;
                self.registry.resolve(&m)
            }
            None => self
                .sentence_speaker
                .clone()
                .or_else(|| self.discourse.reported.clone())?,
        };
        Some(Found {
            speaker,
            after: end,
            clause_start: verb,
        })
    }

    /// Whether a mention before a verb can be its subject: in German, where every noun is
    /// capitalised, "die Lage" (a fronted object: „Die Lage beschrieb Vogt so“) cannot.
    fn can_speak(&self, p: &Para, m: &Mention, r: Range<usize>) -> bool {
        if self.lang == Lang::De && !clause::nominative_at(&p.tokens, r.start) {
            return false;
        }
        match m {
            Mention::Collective { .. } if self.lang == Lang::De => {
                p.tokens[r].iter().any(|t| {
                    contains(self.lex.organisations, &t.lower)
                        || super::lexicon::is_shared_organisation(&t.lower)
                        || (t.capital && !t.word)
                }) || self.registry.known_collective(m)
            }
            // „Zugleich warnte die Fachgesellschaft“: one unknown capitalised word before the
            // verb and an article after it is a fronted adverb, and the subject follows.
            Mention::Single { .. } if self.lang == Lang::De => {
                self.registry.known_collective(m)
                    || !p
                        .tokens
                        .get(r.end + 1)
                        .is_some_and(|t| contains(self.lex.determiners, &t.lower))
            }
            _ => true,
        }
    }

    /// Finds the speaker of a reporting verb at `verb`.
    fn speaker_of_verb(&mut self, p: &Para, sentence: &Range<usize>, verb: usize) -> Option<Found> {
        let t = &p.tokens[verb];
        if self.expletive_passive(p, sentence, verb) {
            return None;
        }
        // French inversion: "a-t-il déclaré", "déclare-t-elle".
        // (mention, token after the cue, first token of the cue clause)
        let pronoun_in = self
            .inverted_pronoun(t)
            .map(|m| (m, verb + 1, verb))
            .or_else(|| {
                (verb > sentence.start)
                    .then(|| {
                        self.inverted_pronoun(&p.tokens[verb - 1])
                            .map(|m| (m, verb + 1, verb - 1))
                    })
                    .flatten()
            });
        let head_verb = self.governing_verb(p, sentence, verb);
        let mut before = head_verb;
        while before > sentence.start && self.skippable_at(p, sentence, before) > 0 {
            before -= self.skippable_at(p, sentence, before);
        }
        let prev = before
            .checked_sub(1)
            .filter(|&b| b >= sentence.start)
            .map(|b| &p.tokens[b]);
        let after_quote = before == sentence.start
            || p.is_mark(before - 1)
            || prev.is_some_and(|t| t.lower == "\u{2014}");
        let after_comma = prev.is_some_and(|t| t.lower == ",");
        let conjunction = prev.is_some_and(|t| {
            contains(
                &["and", "but", "et", "mais", "und", "aber", "y", "pero"],
                &t.lower,
            )
        });
        // "Pero insistió en que …": a conjunction that opens the sentence joins it to the
        // last one, not this verb to another; the Spanish subject is then unwritten.
        let opens_sentence = conjunction && before == sentence.start + 1;
        let coordinated = conjunction && !opens_sentence;
        let (mention, after, clause_start) = if let Some((m, after, start)) = pronoun_in {
            (m, after, start)
        } else if coordinated {
            // "The agency issued warnings and said …": the subject of the first verb.
            let r = self
                .sentence_speaker
                .clone()
                .or_else(|| self.sentence_subject(p, sentence))?;
            return Some(Found {
                speaker: r,
                after: verb + 1,
                clause_start: before,
            });
        } else {
            // Before the verb first ("Smith said", "Smith, the mayor, said"); inverted after
            // a quote or a comma ("…," said Smith), and in languages that invert freely.
            // German verb-second: a fronted noun that is no body ("Die Lage beschrieb Vogt
            // so") gives way to a subject after the verb, when there is one.
            let mut fronted = None;
            let before_subject = if after_quote {
                None
            } else {
                match self.subject_before(p, sentence, head_verb) {
                    Some((m, start)) if !self.can_speak(p, &m, start..verb) => {
                        fronted = Some((m, start));
                        None
                    }
                    other => other,
                }
            };
            match before_subject {
                Some((m, start)) => (m, verb + 1, start),
                None => {
                    let inversion_ok = after_quote || after_comma || self.lang != Lang::En;
                    let after_subject = if inversion_ok {
                        self.subject_after(p, sentence, verb + 1)
                    } else {
                        None
                    };
                    // Spanish drops the subject pronoun: "“…”, dijo." is "he/she said".
                    let dropped = || {
                        (self.lang == Lang::Es
                            && (after_quote || after_comma || prev.is_none() || opens_sentence))
                            .then(|| {
                                let plural = p.tokens[verb].lower.ends_with("ron");
                                (
                                    Mention::Pronoun {
                                        gender: None,
                                        plural,
                                    },
                                    verb + 1,
                                )
                            })
                    };
                    let Some((m, end)) = after_subject.or_else(dropped) else {
                        if let Some(found) = self.impersonal_source(p, sentence, verb) {
                            return Some(found);
                        }
                        // (Before a colon, the lead-in's own reading finds the subject.)
                        let colon = (verb + 1..sentence.end).any(|k| p.tokens[k].lower == ":");
                        let (m, start) = fronted.filter(|_| !colon)?;
                        let speaker = self.registry.resolve(&m);
                        return Some(Found {
                            speaker,
                            after: verb + 1,
                            clause_start: start,
                        });
                    };
                    // German plural "sagten sie": the verb's ending says which "sie".
                    let m = match m {
                        Mention::Pronoun {
                            plural: false,
                            gender,
                        } if self.lang == Lang::De
                            && p.tokens[verb].lower.ends_with("en")
                            && gender.is_some()
                            && p.tokens[verb + 1].lower == "sie" =>
                        {
                            Mention::Pronoun {
                                gender: None,
                                plural: true,
                            }
                        }
                        m => m,
                    };
                    (m, end, before)
                }
            }
        };
        let speaker = self.registry.resolve(&mention);
        // "he was quoted as saying": the cue runs through the participle.
        // (Past a time phrase: "was quoted last week as saying".)
        let as_at = self.skip_adjunct(p, after, sentence.end);
        let after = if p.tokens.get(as_at).is_some_and(|t| t.lower == "as")
            && p.tokens
                .get(as_at + 1)
                .is_some_and(|t| contains(self.lex.participles, &t.lower))
        {
            as_at + 2
        } else {
            after
        };
        Some(Found {
            speaker,
            after,
            clause_start,
        })
    }

    /// The quote right before a cue clause: only a comma or a dash between them.
    fn quote_before(&self, p: &Para, clause_start: usize, taken: &[bool]) -> Option<usize> {
        let mut k = clause_start;
        while k > 0
            && matches!(
                p.tokens[k - 1].lower.as_str(),
                "," | "\u{2014}" | "\u{2013}" | "-"
            )
        {
            k -= 1;
        }
        let q = p.quote_of[k.checked_sub(1)?]?;
        (!taken[q] && p.is_mark(k - 1)).then_some(q)
    }

    /// The quote right after a cue clause: "said:", "said,", "told reporters:".
    fn quote_after(&self, p: &Para, after: usize, taken: &[bool]) -> Option<usize> {
        // A colon lead-in may hold anything between the verb and the colon: an addressee, a
        // time, a place ("told reporters on Friday in Lagos: “…”").
        if let Some(q) = self.quote_after_colon(p, after, taken) {
            return Some(q);
        }
        let mut k = after;
        while k < p.tokens.len() && k - after <= 3 && p.outside(k) {
            let t = &p.tokens[k];
            if is_terminal(t) && t.lower != ":" {
                return None;
            }
            if t.word
                && !contains(
                    &[
                        "reporters",
                        "journalists",
                        "lawmakers",
                        "journalistes",
                        "periodistas",
                        "journalisten",
                    ],
                    &t.lower,
                )
            {
                return None;
            }
            k += 1;
        }
        let q = p.quote_of.get(k).copied().flatten()?;
        (!taken[q] && p.tokens[k].start == p.quotes.spans[q].start).then_some(q)
    }

    /// The quote after a colon that closes the cue's clause, with no sentence end, quote or
    /// second verb of saying between the verb and the colon.
    fn quote_after_colon(&self, p: &Para, after: usize, taken: &[bool]) -> Option<usize> {
        let mut k = after;
        while k < p.tokens.len() && k - after <= 14 && p.outside(k) {
            let t = &p.tokens[k];
            if t.lower == ":" {
                let q = p.quote_of.get(k + 1).copied().flatten()?;
                return (!taken[q] && p.tokens[k + 1].start == p.quotes.spans[q].start)
                    .then_some(q);
            }
            if is_terminal(t) || t.lower == ";" || self.speech_verb(&t.lower) {
                return None;
            }
            k += 1;
        }
        None
    }

    /// "It is said that …", "it has long been claimed that …": the expletive "it" of a
    /// passive is no one; such hearsay has no speaker to give the content to.
    fn expletive_passive(&self, p: &Para, sentence: &Range<usize>, verb: usize) -> bool {
        if self.lang != Lang::En {
            return false;
        }
        let mut k = verb;
        let mut passive = false;
        while k > sentence.start && verb - k < 4 {
            let w = p.tokens[k - 1].lower.as_str();
            if matches!(w, "is" | "was" | "been" | "being") {
                passive = true;
            } else if w == "it" {
                return passive;
            } else if !matches!(
                w,
                "has" | "had" | "also" | "often" | "widely" | "long" | "now"
            ) {
                return false;
            }
            k -= 1;
        }
        false
    }

    /// The content clause after a reporting verb: "said (that) …", "sagte, …", "a affirmé que …".
    fn content_after(
        &self,
        p: &Para,
        verb_word: &str,
        from: usize,
        sentence: &Range<usize>,
    ) -> Option<(usize, usize)> {
        let end = sentence.end;
        let verb_end = from;
        let mut from = self.skip_adjunct(p, from, end);
        // "sagte am Montag, die Gespräche würden …": the adjunct took the comma that opens
        // the reported clause.
        let comma_taken = from > verb_end && p.tokens[from - 1].lower == ",";
        while from < end && contains(self.lex.adverbs, &p.tokens[from].lower) {
            from += 1;
        }
        // German separable verbs and the impersonal "es": "fügte hinzu, …", "hieß es, …".
        if self.lang == Lang::De
            && p.tokens
                .get(from)
                .is_some_and(|t| DE_PARTICLES.contains(&t.lower.as_str()))
        {
            from += 1;
        }
        // English drops "that" after verbs of saying and thinking ("said the U.S. would not
        // walk away"), but not after verbs that take an object ("announced the scheme").
        let first = p.tokens.get(from).filter(|_| from < end)?;
        let zero_that = self.lang == Lang::En && ZERO_THAT_VERBS.contains(&verb_word);
        // "said about 620,000 people …", "said at least six ports …": a preposition that
        // measures a number opens the content's subject, not an adjunct.
        let next = p.tokens.get(from + 1).map_or("", |t| t.lower.as_str());
        let measure = match first.lower.as_str() {
            "about" | "around" | "over" | "under" | "nearly" | "almost" | "roughly" => {
                next.starts_with(|c: char| c.is_ascii_digit())
            }
            "at" => matches!(next, "least" | "most"),
            _ => false,
        };
        if zero_that
            && first.word
            && !contains(self.lex.participles, &first.lower)
            && !contains(self.lex.complementizers, &first.lower)
            && (!contains(self.lex.prepositions, &first.lower) || measure)
            && !contains(self.lex.adverbs, &first.lower)
            && !contains(self.lex.conjunctions, &first.lower)
        {
            return self.content(p, self.nested_report(p, from, end), end);
        }
        // « dit vouloir relancer … », « affirme ne pas vouloir partir »: an infinitive content.
        if self.lang == Lang::Fr && first.word && !first.capital {
            let inf = |t: &Token| {
                ["er", "ir", "oir", "re"]
                    .iter()
                    .any(|e| t.lower.ends_with(e))
                    && t.lower.chars().count() >= 4
                    && !contains(self.lex.prepositions, &t.lower)
            };
            let negated = first.lower == "ne"
                && p.tokens.get(from + 1).is_some_and(|t| {
                    matches!(t.lower.as_str(), "pas" | "plus" | "jamais" | "rien")
                })
                && p.tokens.get(from + 2).is_some_and(inf);
            if negated || inf(first) {
                return self.content(p, from, end);
            }
        }
        if let Some(start) = self.content_after_addressee(p, verb_word, from, end) {
            return self.content(p, start, end);
        }
        // German "sagte vor dem Ausschuss, …", "sagte der Zeitung, …": past the addressee or
        // adjunct, the comma opens the reported clause.
        if self.lang == Lang::De && first.lower != "," {
            // (An adjunct and an addressee may both stand there: „am Freitagabend gegenüber
            // Trainerin Miriam Haddad“.)
            // (A bracketed abbreviation may follow the addressee: „gegenüber der Deutschen
            // Presse-Agentur (dpa), …“.)
            let bracket = |k: usize| matches!(p.tokens[k].lower.as_str(), "(" | ")");
            let comma = (from..end.min(from + 14))
                .take_while(|&k| p.outside(k) && (bracket(k) || !self.hard_boundary(p, k)))
                .find(|&k| p.tokens[k].lower == ",");
            if comma_taken && self.opens_main_clause(p, from) && self.reported_clause(p, from, end)
            {
                return self.content(p, from, end);
            }
            if let Some(c) = comma.filter(|&c| c > from && self.opens_main_clause(p, c + 1)) {
                let words = p.tokens[from..c].iter().filter(|t| t.word).count();
                if words <= 8 && self.reported_clause(p, c + 1, end) {
                    return self.content(p, c + 1, end);
                }
            }
        }
        if first.lower == ":" || (first.lower == "," && self.lang == Lang::De) {
            if p.quote_of.get(from + 1).copied().flatten().is_some() {
                return None;
            }
            return self.content(p, from + 1, end);
        }
        // Otherwise the complementizer, past an object or adjunct: "told reporters that",
        // "a déclaré jeudi à la presse que".
        let mut k = from;
        // (A time phrase and an addressee with its title and name: "aseguró la semana pasada
        // a la directora del hospital Ana Ruiz que".)
        while k < end && k - from < 10 {
            let t = &p.tokens[k];
            // "ha señalado Ruiz, una investigadora … que dirigió el estudio": after a comma,
            // a noun phrase that is no time phrase is the speaker's apposition, and its "que"
            // a relative pronoun.
            let apposition = t.lower == ","
                && p.tokens.get(k + 1).is_some_and(|n| {
                    (contains(self.lex.determiners, &n.lower)
                        || contains(self.lex.indefinites, &n.lower))
                        && !time_phrase_at(&n.lower, p.tokens.get(k + 2).map(|x| x.lower.as_str()))
                });
            if is_terminal(t)
                || apposition
                || (p.is_mark(k) && k > from)
                || (k > from && contains(COORDINATORS, &t.lower))
            {
                break;
            }
            if contains(self.lex.complementizers, &t.lower) {
                return self.content(p, k + 1, end);
            }
            k += 1;
        }
        None
    }

    /// Whether the German clause from `k` to `end`, after a reporting verb and its adjunct,
    /// is the reported one: in the subjunctive, or with the verb second after a subject noun
    /// ("…, der Bericht enthält Fehler"), which no relative clause has.
    fn reported_clause(&self, p: &Para, k: usize, end: usize) -> bool {
        let Some(first) = p.tokens.get(k).filter(|_| k < end) else {
            return false;
        };
        let verb_second = contains(self.lex.determiners, &first.lower)
            && p.tokens.get(k + 1).is_some_and(|n| n.capital)
            && p.tokens.get(k + 2).is_some_and(|v| {
                k + 2 < end
                    && v.word
                    && !v.capital
                    && !contains(self.lex.determiners, &v.lower)
                    && !contains(self.lex.prepositions, &v.lower)
            });
        verb_second || reported_mood(self.lang, &p.tokens, k..end)
    }

    /// Whether a German clause after a comma opens at token `k` as a main clause (the
    /// reported one, verb second) rather than a relative or subordinate one. "die" before a
    /// noun is the article of a subject ("…, die Gespräche würden …"); alone it is a relative
    /// pronoun ("…, die die Sitzung leitete").
    fn opens_main_clause(&self, p: &Para, k: usize) -> bool {
        p.tokens.get(k).is_some_and(|t| {
            let article = contains(self.lex.determiners, &t.lower)
                && p.tokens.get(k + 1).is_some_and(|n| {
                    n.word && n.capital && !contains(self.lex.determiners, &n.lower)
                });
            t.word
                && (article || !RELATIVES.contains(&t.lower.as_str()))
                && !contains(self.lex.conjunctions, &t.lower)
                && !contains(self.lex.complementizers, &t.lower)
        })
    }

    /// Whether the English word at `k` is a bare noun subject with its finite auxiliary after
    /// it ("told the BBC prices would keep rising").
    fn before_finite_auxiliary(&self, p: &Para, k: usize) -> bool {
        let t = &p.tokens[k];
        t.word
            && !t.capital
            && !contains(self.lex.prepositions, &t.lower)
            && !contains(self.lex.determiners, &t.lower)
            && p.tokens
                .get(k + 1)
                .is_some_and(|n| EN_FINITE_AUXILIARIES.contains(&n.lower.as_str()))
    }

    /// "said she would tell Mayor Ray Dunn that …": a report of a report by the same
    /// speaker; the content is what follows the inner "that". Returns where it starts.
    fn nested_report(&self, p: &Para, from: usize, end: usize) -> usize {
        let pronoun = p
            .tokens
            .get(from)
            .is_some_and(|t| from < end && SUBJECT_PRONOUNS.contains(&t.lower.as_str()));
        if !pronoun {
            return from;
        }
        let tell = (from + 1..end.min(from + 4)).find(|&k| {
            TELL_VERBS.contains(&p.tokens[k].lower.as_str()) || p.tokens[k].lower == "say"
        });
        let that = tell.and_then(|v| {
            (v + 1..end.min(v + 9))
                .take_while(|&k| p.outside(k) && !self.hard_boundary(p, k))
                .find(|&k| p.tokens[k].lower == "that")
        });
        that.map_or(from, |k| k + 1)
    }

    /// English "told the court he did not see the light", "told local radio it had no such
    /// plan": past the addressee (and a time phrase), a new clause's subject starts the content.
    fn content_after_addressee(
        &self,
        p: &Para,
        verb_word: &str,
        from: usize,
        end: usize,
    ) -> Option<usize> {
        if self.lang != Lang::En {
            return None;
        }
        // "said to the committee there was …": the addressee after "to".
        let to = ZERO_THAT_VERBS.contains(&verb_word)
            && p.tokens.get(from).is_some_and(|t| t.lower == "to");
        if !to && !TELL_VERBS.contains(&verb_word) {
            return None;
        }
        let from = from + usize::from(to);
        let mut k = from;
        while k < end && k - from < 4 {
            let t = &p.tokens[k];
            let new_phrase = k > from
                && (SUBJECT_PRONOUNS.contains(&t.lower.as_str())
                    || contains(self.lex.determiners, &t.lower)
                    || contains(self.lex.indefinites, &t.lower)
                    || self.before_finite_auxiliary(p, k));
            if !t.word
                || new_phrase
                || contains(self.lex.complementizers, &t.lower)
                || contains(self.lex.prepositions, &t.lower)
                || contains(self.lex.conjunctions, &t.lower)
            {
                break;
            }
            k += 1;
        }
        if k == from {
            return None;
        }
        let k = self.skip_adjunct(p, k, end);
        let t = p.tokens.get(k).filter(|_| k < end)?;
        let subject = SUBJECT_PRONOUNS.contains(&t.lower.as_str())
            || contains(self.lex.determiners, &t.lower)
            || contains(self.lex.indefinites, &t.lower)
            || (t.capital && t.word)
            || self.before_finite_auxiliary(p, k);
        (subject && p.outside(k)).then_some(k)
    }

    /// Skips a time or channel adjunct after a verb: "on Thursday", "last week", "in a
    /// statement", "am Montag", "lors d'un point presse".
    fn skip_adjunct(&self, p: &Para, from: usize, end: usize) -> usize {
        let mut k = from;
        loop {
            let start = k;
            let day = |i: usize| DAYS.contains(&p.tokens[i].lower.as_str());
            if k < end && (contains(ADJUNCT_STARTS, &p.tokens[k].lower) || day(k)) {
                let limit = (k + 5).min(end);
                let stop = (k..limit).find(|&i| {
                    day(i)
                        || (i > k
                            && TIME_WORDS.contains(&p.tokens[i].lower.as_str())
                            && opens_time(
                                &p.tokens[i].lower,
                                p.tokens.get(i + 1).map(|t| t.lower.as_str()),
                            ))
                        || contains(ADJUNCT_HEADS, &p.tokens[i].lower)
                });
                // "dijo el presidente el martes": a person between is the subject, not part
                // of the adjunct.
                let person_between = |stop: usize| {
                    (k + 1..stop).any(|i| {
                        let t = &p.tokens[i];
                        !t.word || t.capital || self.is_role_word(t)
                    })
                };
                if let Some(stop) = stop.filter(|&s| !person_between(s)) {
                    k = stop + 1;
                }
            }
            if k < end && p.tokens[k].lower == "," && k > start {
                k += 1;
            }
            if k == start {
                return k;
            }
        }
    }

    /// Skips an addressee set off by a comma after a cue: ", she said to local radio, and …",
    /// « a-t-il dit aux journalistes, … ».
    fn skip_addressee(&self, p: &Para, from: usize, end: usize) -> usize {
        let opens = p.tokens.get(from).is_some_and(|t| {
            from < end
                && contains(
                    &["to", "à", "au", "aux", "a", "al", "zu", "gegenüber"],
                    &t.lower,
                )
        });
        if !opens {
            return from;
        }
        (from + 1..end.min(from + 6))
            .take_while(|&k| p.outside(k) && (p.tokens[k].word || p.tokens[k].lower == ","))
            .find(|&k| p.tokens[k].lower == ",")
            .filter(|&k| k > from + 1)
            .unwrap_or(from)
    }

    /// A content clause from `from` to the sentence's `end`, or to a second reporting verb
    /// joined to the first ("said X and warned that Y": "and warned" is the outlet's).
    fn content(&self, p: &Para, from: usize, end: usize) -> Option<(usize, usize)> {
        let end = (from..end)
            .find(|&k| {
                let joins = contains(&COORDINATORS[..ADDITIVE], &p.tokens[k].lower)
                    || p.tokens[k].lower == ",";
                let mut v = k + 1;
                while v < end && contains(self.lex.adverbs, &p.tokens[v].lower) {
                    v += 1;
                }
                let verb = p.tokens.get(v).filter(|_| v < end).is_some_and(|t| {
                    let w = self.verb_word(t);
                    self.speech_verb(w) || contains(self.lex.object_verbs, w)
                });
                k > from && joins && verb && !contains(self.lex.participles, &p.tokens[v].lower)
            })
            .unwrap_or(end);
        (from < end && p.words_in(from..end) >= 3)
            .then(|| p.span(from..end))
            .flatten()
    }

    fn classify_range(&self, p: &Para, r: Range<usize>) -> Option<Mention> {
        let tokens = trim_time(&p.tokens[r]);
        classify(self.lex, self.lang, p.text, &tokens, &[])
    }

    /// Analyses one paragraph; returns its claims in any order.
    pub fn paragraph(&mut self, text: &str, quotes: &ParagraphQuotes) -> Vec<Claim> {
        let tokens = tokenize(text);
        // Spans are in order and apart, so one pass pairs tokens with them.
        let mut q = 0;
        let quote_of = tokens
            .iter()
            .map(|t| {
                while q < quotes.spans.len() && quotes.spans[q].end <= t.start {
                    q += 1;
                }
                quotes
                    .spans
                    .get(q)
                    .filter(|s| s.start <= t.start)
                    .map(|_| q)
            })
            .collect();
        let p = Para {
            text,
            tokens,
            quote_of,
            quotes,
        };
        let closing = |at: usize| quotes.closing_marks.binary_search(&at).is_ok();
        let sents = sentences(&p.tokens, closing);
        let n_quotes = quotes.spans.len();
        let mut taken = vec![false; n_quotes];
        let mut claims: Vec<Claim> = Vec::new();
        // Languages without rules: quotation marks alone (the fallback below).
        let rules = if self.lang == Lang::Other {
            &sents[..0]
        } else {
            &sents[..]
        };
        self.discourse.prev_para_clock = self.discourse.para_clock;
        self.discourse.para_clock = self.registry.clock();
        // The last cue that attributed nothing, and the first token of its sentence.
        let mut last_cue: Option<(Resolution, usize)> = None;
        for sentence in rules {
            self.note_people(&p, sentence);
            self.sentence_speaker = None;
            let before = claims.len();
            let has_quote = (sentence.start..sentence.end).any(|k| !p.outside(k));
            let mut k = sentence.start;
            while k < sentence.end {
                if !p.outside(k) || !p.tokens[k].word {
                    k += 1;
                    continue;
                }
                let word = self.verb_word(&p.tokens[k]).to_string();
                let lower = p.tokens[k].lower.clone();
                let object_verb = contains(self.lex.object_verbs, &word);
                let after_comma = k > sentence.start && p.tokens[k - 1].lower == ",";
                let infinitive = k >= 2
                    && matches!(
                        p.tokens[k - 1].lower.as_str(),
                        "a" | "à" | "de" | "d'" | "d\u{2019}"
                    )
                    && is_speech_infinitive(self.lang, &word);
                // « a fait savoir que », « fait valoir que ».
                let periphrastic = self.lang == Lang::Fr
                    && k > sentence.start
                    && matches!(word.as_str(), "savoir" | "valoir")
                    && p.tokens[k - 1].lower == "fait";
                // « L'annonce de X selon laquelle … »: "annonce" is a noun here, not a verb.
                if let Some(next) = self.attribute_noun_cue(&p, sentence, k, &mut claims) {
                    k = next;
                    continue;
                }
                let particle_verb = self.particle_verb(&p, sentence, k);
                if self.speech_verb(&word)
                    || object_verb
                    || infinitive
                    || periphrastic
                    || particle_verb
                {
                    if let Some(found) = self.speaker_of_verb(&p, sentence, k) {
                        let next = self.attribute_verb(
                            &p,
                            sentence,
                            k,
                            &word,
                            object_verb,
                            &found,
                            &mut taken,
                            &mut claims,
                        );
                        if next.is_some() {
                            self.sentence_speaker = Some(found.speaker.clone());
                        } else {
                            last_cue = Some((found.speaker.clone(), sentence.start));
                        }
                        k = next.unwrap_or(k + 1).max(k + 1);
                        continue;
                    }
                } else if let Some(len) = self.according(&p, k) {
                    if let Some(r) = self.attribute_according(&p, sentence, k, len, &mut claims) {
                        self.sentence_speaker = Some(r);
                    }
                } else if contains(self.lex.according_after, &lower) {
                    self.attribute_zufolge(&p, sentence, k, &mut claims);
                } else if contains(self.lex.so_cue, &lower) && after_comma {
                    self.attribute_so(&p, sentence, k, &mut taken, &mut claims);
                } else if contains(self.lex.participles, &lower) && after_comma {
                    self.attribute_participle(&p, sentence, k, &mut claims);
                }
                k += 1;
            }
            // A cue of this sentence that attributed nothing ("antwortete Meding
            // ausweichend."): its speaker is the one the next sentences' mood carries on.
            let own_cue = last_cue
                .as_ref()
                .filter(|(_, start)| *start == sentence.start)
                .map(|(r, _)| r.clone());
            self.carry_reported(&p, sentence, has_quote, before, own_cue, &mut claims);
        }
        let sents = if self.lang == Lang::Other {
            Vec::new()
        } else {
            sents
        };
        self.fallback_with(&p, &sents, &mut taken, &mut claims);
        // A paragraph that ends "Keller sagte:" or "Brandt was blunt:" leads in to the next.
        self.discourse.lead_in = None;
        if let Some(last) = p.tokens.len().checked_sub(1) {
            if p.tokens[last].lower == ":" && p.outside(last) {
                let cue = last_cue
                    .filter(|(_, start)| sents.last().is_some_and(|r| r.start == *start))
                    .map(|(r, _)| r);
                self.discourse.lead_in = cue.or_else(|| self.lead_in_at(&p, &sents, last));
            }
        }
        claims
    }

    /// The speaker of a colon lead-in whose colon is token `colon`: the subject of the
    /// clause before it.
    fn lead_in_at(&mut self, p: &Para, sents: &[Range<usize>], colon: usize) -> Option<Resolution> {
        let sentence = sents.iter().find(|r| r.start <= colon && colon < r.end)?;
        let mut start = sentence.start;
        for i in sentence.start..colon {
            if p.is_mark(i)
                || matches!(
                    p.tokens[i].lower.as_str(),
                    ";" | ":" | "(" | ")" | "\u{2014}"
                )
            {
                start = i + 1;
            }
        }
        let m = clause::lead_in_subject(self.lex, self.lang, p.text, &p.tokens, start..colon)?;
        Some(self.registry.resolve(&m))
    }

    /// A sentence with no cue of its own whose mood marks it as reported speech carries on
    /// the previous sentence's speaker: „Er sagte, man prüfe den Fall. Eine Entscheidung falle
    /// im Mai.“
    fn carry_reported(
        &mut self,
        p: &Para,
        sentence: &Range<usize>,
        has_quote: bool,
        before: usize,
        own_cue: Option<Resolution>,
        claims: &mut Vec<Claim>,
    ) {
        if claims.len() == before && own_cue.is_some() {
            self.discourse.reported = own_cue;
            return;
        }
        if claims.len() > before {
            self.discourse.reported = claims[before..]
                .iter()
                .rev()
                .find(|c| c.speaker.is_some())
                .map(|c| Resolution {
                    entity: c.speaker,
                    confidence: c.confidence,
                    reason: String::new(),
                    resolved: c.mention.unwrap_or(Resolved::Named),
                    evidence: c.evidence,
                });
            return;
        }
        let Some(r) = self.discourse.reported.take() else {
            return;
        };
        if has_quote || !clause::reported_mood(self.lang, &p.tokens, sentence.clone()) {
            return;
        }
        let Some((s, e)) = p.span(sentence.clone()) else {
            return;
        };
        let name = r
            .entity
            .map(|i| self.registry.entities[i].name.clone())
            .unwrap_or_default();
        let mood = if self.lang == Lang::De {
            "subjunctive"
        } else {
            "conditional"
        };
        claims.push(Claim {
            start: s,
            end: e,
            speaker: r.entity,
            kind: PassageKind::Paraphrase,
            confidence: r.confidence.min(70).saturating_sub(5),
            reason: format!("no cue: the {mood} carries on {name}\u{2019}s reported speech"),
            evidence: r.evidence,
            route: Route::Carried,
            mention: None,
            unbalanced: false,
        });
        self.discourse.reported = Some(r);
    }

    /// German „…“, so Müller: the quote before, the speaker after "so".
    fn attribute_so(
        &mut self,
        p: &Para,
        sentence: &Range<usize>,
        k: usize,
        taken: &mut [bool],
        claims: &mut Vec<Claim>,
    ) {
        let Some(q) = self.quote_before(p, k, taken) else {
            // Indirect speech before the cue: „Die Reform sei gescheitert, so der Sprecher.“
            let comma = k - 1;
            let Some((m, end)) = self.subject_after(p, sentence, k + 1) else {
                return;
            };
            let ends =
                end >= sentence.end || is_terminal(&p.tokens[end]) || p.tokens[end].lower == ",";
            if !ends || !p.outside(sentence.start) || p.words_in(sentence.start..comma) < 3 {
                return;
            }
            let r = self.registry.resolve(&m);
            if let Some((s, e)) = p.span(sentence.start..comma + 1) {
                claims.push(paraphrase(
                    s,
                    e,
                    &r,
                    "indirect speech before \u{201c}so\u{201d}",
                    Route::IndirectBefore,
                ));
            }
            return;
        };
        if let Some((m, _)) = self.subject_after(p, sentence, k + 1) {
            let r = self.registry.resolve(&m);
            self.claim_quote(
                p,
                q,
                &r,
                "paired quotes, \u{201c}so\u{201d} and the speaker after",
                // What the reason's wording gave the model ("paired quotes", no "cue after").
                Route::CueBefore,
                taken,
                claims,
            );
        }
    }

    /// "…, adding that …", "…, condemning …": the participle continues the sentence's speaker.
    fn attribute_participle(
        &mut self,
        p: &Para,
        sentence: &Range<usize>,
        k: usize,
        claims: &mut Vec<Claim>,
    ) {
        let Some(r) = self
            .sentence_speaker
            .clone()
            .or_else(|| self.sentence_subject(p, sentence))
        else {
            return;
        };
        let content = self
            .content_after(p, "saying", k + 1, sentence)
            .or_else(|| self.content(p, k + 1, sentence.end));
        if let Some((s, e)) = content {
            let reason = format!(
                "participle \u{201c}{}\u{201d} continues the speaker",
                p.tokens[k].lower
            );
            claims.push(paraphrase(s, e, &r, &reason, Route::Participle));
        }
    }

    /// The subject at the head of a sentence, for a participle with no cue before it
    /// ("Syria reacted angrily …, condemning …").
    fn sentence_subject(&mut self, p: &Para, sentence: &Range<usize>) -> Option<Resolution> {
        // The clause's subject, read as a lead-in's is ("La ministra de Industria, Elena
        // Vidal, se mostró … y dijo que …").
        let first_verb = (sentence.start..sentence.end)
            .find(|&k| !p.outside(k) || self.speech_verb(self.verb_word(&p.tokens[k])));
        if let Some(end) = first_verb {
            if let Some(m) =
                clause::lead_in_subject(self.lex, self.lang, p.text, &p.tokens, sentence.start..end)
                    .filter(|m| !matches!(m, Mention::Pronoun { .. }))
            {
                return Some(self.registry.resolve(&m));
            }
        }
        let mut end = sentence.start;
        while end < sentence.end
            && end - sentence.start < 8
            && (p.tokens[end].capital
                || contains(self.lex.determiners, &p.tokens[end].lower)
                || p.tokens[end].lower.ends_with("'s"))
            && p.outside(end)
        {
            end += 1;
        }
        let mention = self.classify_range(p, sentence.start..end)?;
        if matches!(mention, Mention::Pronoun { .. }) {
            return None;
        }
        Some(self.registry.resolve(&mention))
    }

    #[allow(clippy::too_many_arguments)]
    fn attribute_verb(
        &mut self,
        p: &Para,
        sentence: &Range<usize>,
        verb: usize,
        word: &str,
        object_verb: bool,
        found: &Found,
        taken: &mut [bool],
        claims: &mut Vec<Claim>,
    ) -> Option<usize> {
        let how = mention_words(&found.speaker);
        // A quote that ends its own sentence ("… engineering." She said the data …) is not
        // this cue's when the cue has content of its own.
        let ends_sentence = |q: usize| {
            let span = p.quotes.spans[q];
            let inner = p.text[span.start..span.end]
                .trim_end_matches(|c: char| super::quotes::is_quote_char(c) || c.is_whitespace());
            inner.ends_with('.')
        };
        let quote_before = self
            .quote_before(p, found.clause_start, taken)
            .filter(|&q| !ends_sentence(q) || p.tokens.get(found.after).is_none_or(|t| !t.word));
        if let Some(q) = quote_before {
            let reason = format!("paired quotes, {how} cue after");
            let route = Route::CueAfter;
            self.claim_quote(p, q, &found.speaker, &reason, route, taken, claims);
            // An interrupted quote: "…," he said, "…".
            if let Some(q2) = self.quote_after(p, found.after, taken) {
                self.claim_quote(
                    p,
                    q2,
                    &found.speaker,
                    "interrupted quote, same cue",
                    Route::Interrupted,
                    taken,
                    claims,
                );
            }
            return Some(found.after);
        }
        if let Some(q) = self.quote_after(p, found.after, taken) {
            let reason = format!("paired quotes, {how} cue before");
            let route = Route::CueBefore;
            self.claim_quote(p, q, &found.speaker, &reason, route, taken, claims);
            return Some(found.after);
        }
        let after = found.after;
        let verb_text = &p.tokens[verb].lower;
        // "a annoncé que …", "pidió que …": with a complementizer, a clause as any cue.
        let object_verb = object_verb
            && !p
                .tokens
                .get(after)
                .is_some_and(|t| contains(self.lex.complementizers, &t.lower));
        let content = if object_verb {
            let start = if p.tokens.get(after).is_some_and(|t| t.lower == ",") {
                after + 1
            } else {
                after
            };
            self.content(p, start, sentence.end)
        } else {
            // "was quoted as saying it …": the participle takes the content.
            let word = match after.checked_sub(2).map(|a| &p.tokens[a..after]) {
                Some([as_, saying])
                    if as_.lower == "as" && contains(self.lex.participles, &saying.lower) =>
                {
                    saying.lower.as_str()
                }
                _ => word,
            };
            self.content_after(p, word, after, sentence)
        };
        // A verb of judgement ("denounced the plan as illegal", "calificó de …") reports the
        // gist in the outlet's words: where it ends is a guess, so the editor is shown it.
        // (An announcement or a demand states its content; it does not judge.)
        let announces = [
            "annon", "réclam", "exig", "propos", "demand", "anunci", "pid", "pide", "propus",
            "propon", "solicit", "prom",
        ]
        .iter()
        .any(|stem| word.starts_with(stem));
        let judgement = object_verb && !announces;
        // Content before the cue: "The talks will resume, the minister said." Only when the cue
        // ends the sentence (or a participle follows: "…, the agency said, warning that …"),
        // and not after a fronted adverbial ("After the meeting, Smith said …").
        let next = self.skip_adjunct(p, self.skip_addressee(p, after, sentence.end), sentence.end);
        // What follows the cue after a comma (the adjunct skip may have taken the comma).
        let after_comma = if p.tokens.get(next).is_some_and(|t| t.lower == ",") {
            next + 1
        } else {
            next
        };
        let comma_before = after_comma > 0 && p.tokens[after_comma - 1].lower == ",";
        let follows = |list: &[&str]| {
            comma_before
                && p.tokens
                    .get(after_comma)
                    .is_some_and(|t| list.contains(&t.lower.as_str()))
        };
        let participle_follows = follows(self.lex.participles);
        let relative_follows = follows(RELATIVES);
        let short_rest = p.words_in(next.min(sentence.end)..sentence.end) <= 8;
        // What follows may be long and still end the cue: the speaker's apposition ("…, said
        // Larsen, a glaciologist at the University of Tromsø who led the research."), or the
        // rest of the clause the cue interrupted ("…, the mayor said, and would be handed …").
        let apposition_follows = comma_before
            && p.tokens.get(after_comma).is_some_and(|t| {
                contains(self.lex.determiners, &t.lower) || contains(self.lex.indefinites, &t.lower)
            })
            && (after_comma + 1..(after_comma + 4).min(sentence.end))
                .any(|k| self.is_role_word(&p.tokens[k]));
        let incise_follows = comma_before && self.continues_after_incise(p, after_comma, sentence);
        let cue_ends = participle_follows
            || (content.is_none()
                && (short_rest || relative_follows || apposition_follows || incise_follows));
        // "…, the minister said", "…, wie die Polizei mitteilte", "…, as police said".
        let mut comma_at = found.clause_start.checked_sub(1);
        if comma_at.is_some_and(|c| AS_WORDS.contains(&p.tokens[c].lower.as_str())) {
            comma_at = comma_at.and_then(|c| c.checked_sub(1));
        }
        let comma = comma_at.filter(|&c| p.tokens[c].lower == ",");
        let mut attributed = None;
        if let (Some(c), true) = (comma, cue_ends) {
            let opener = &p.tokens[sentence.start];
            let clause = !contains(self.lex.prepositions, &opener.lower)
                && !contains(self.lex.conjunctions, &opener.lower);
            let incise = comma_before && self.continues_after_incise(p, after_comma, sentence);
            let min_words = if incise { 1 } else { 3 };
            if clause
                && c > sentence.start
                && p.outside(sentence.start)
                && p.words_in(sentence.start..c) >= min_words
            {
                if let Some((s, e)) = p.span(sentence.start..c + 1) {
                    let reason =
                        format!("indirect speech before \u{201c}{verb_text}\u{201d}, {how}");
                    let route = Route::IndirectBefore;
                    claims.push(paraphrase(s, e, &found.speaker, &reason, route));
                    attributed = Some(after);
                    // An incise: "The pills have few uses, she says, and are meant for …",
                    // "The plan, he was quoted as saying, would cost jobs": both sides are hers.
                    if incise {
                        if let Some((s, e)) = p.span(after_comma..sentence.end) {
                            claims.push(paraphrase(s, e, &found.speaker, &reason, route));
                            attributed = Some(sentence.end);
                        }
                    }
                }
            }
        }
        if let Some((s, e)) = content {
            let reason = format!("indirect speech after \u{201c}{verb_text}\u{201d}, {how}");
            let at = claims.len();
            let route = Route::IndirectAfter;
            self.push_content(p, s, e, &found.speaker, &reason, route, claims);
            if judgement {
                for c in &mut claims[at..] {
                    c.confidence = c.confidence.min(55);
                    c.reason
                        .push_str("; a verb of judgement: the outlet's words, check the span");
                }
            }
            return Some(p.token_at(e));
        }
        attributed
    }

    /// Whether the words after an incise cue's closing comma carry on the clause it
    /// interrupted (a verb or "and" + verb), rather than adding the outlet's own words.
    fn continues_after_incise(&self, p: &Para, k: usize, sentence: &Range<usize>) -> bool {
        let Some(t) = p.tokens.get(k).filter(|_| k < sentence.end && p.outside(k)) else {
            return false;
        };
        if p.words_in(k..sentence.end) < 2 || !t.word || t.capital {
            return false;
        }
        let first = if contains(COORDINATORS, &t.lower) {
            match p.tokens.get(k + 1) {
                Some(n) if n.word && !n.capital => n,
                _ => return false,
            }
        } else {
            t
        };
        let w = first.lower.as_str();
        !contains(self.lex.participles, w)
            && !RELATIVES.contains(&w)
            && !contains(self.lex.prepositions, w)
            && !contains(self.lex.conjunctions, w)
            && !contains(self.lex.complementizers, w)
            && !contains(self.lex.determiners, w)
            // (An indefinite opens the speaker's apposition: "…, said Larsen, a glaciologist".)
            && !contains(self.lex.indefinites, w)
            && !ADJUNCT_STARTS.contains(&w)
            && !SUBJECT_PRONOUNS.contains(&w)
            && !self.speech_verb(w)
    }

    /// A content clause as paraphrase, split where a second clause is coordinated to it
    /// ("said X and that Y": the "and that" is the outlet's).
    #[allow(clippy::too_many_arguments)]
    fn push_content(
        &self,
        p: &Para,
        s: usize,
        e: usize,
        r: &Resolution,
        reason: &str,
        route: Route,
        claims: &mut Vec<Claim>,
    ) {
        let (first, last) = (p.token_at(s), p.token_at(e));
        let split = (first + 1..last.saturating_sub(1)).find(|&k| {
            contains(&COORDINATORS[..ADDITIVE], &p.tokens[k].lower)
                && p.tokens
                    .get(k + 1)
                    .is_some_and(|t| contains(self.lex.complementizers, &t.lower))
        });
        match split.and_then(|k| Some((p.span(first..k)?, p.span(k + 2..last)?))) {
            Some(((s1, e1), (s2, e2))) => {
                claims.push(paraphrase(s1, e1, r, reason, route));
                claims.push(paraphrase(s2, e2.max(e), r, reason, route));
            }
            None => claims.push(paraphrase(s, e, r, reason, route)),
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn claim_quote(
        &mut self,
        p: &Para,
        q: usize,
        r: &Resolution,
        reason: &str,
        route: Route,
        taken: &mut [bool],
        claims: &mut Vec<Claim>,
    ) {
        let span = p.quotes.spans[q];
        taken[q] = true;
        let mut confidence = r.confidence;
        let mut reason = format!("{reason}{}", resolution_note(r));
        if !span.closed {
            confidence = confidence.min(50);
            reason.push_str("; no closing mark in this paragraph");
        }
        if span.continues {
            self.open_quote_speaker = Some((r.entity, confidence));
        }
        claims.push(Claim {
            start: span.start,
            end: span.end,
            speaker: r.entity,
            kind: PassageKind::Direct,
            confidence,
            reason,
            evidence: r.evidence,
            route,
            mention: Some(r.resolved),
            unbalanced: !span.closed,
        });
    }

    /// "according to X", "selon X", "laut X", "nach Angaben X", "según X".
    fn according(&self, p: &Para, k: usize) -> Option<usize> {
        self.lex.according.iter().find_map(|phrase| {
            let matches = phrase
                .iter()
                .enumerate()
                .all(|(i, w)| p.tokens.get(k + i).is_some_and(|t| t.lower == *w));
            matches.then_some(phrase.len())
        })
    }

    fn attribute_according(
        &mut self,
        p: &Para,
        sentence: &Range<usize>,
        k: usize,
        len: usize,
        claims: &mut Vec<Claim>,
    ) -> Option<Resolution> {
        let from = k + len;
        // The source runs to a comma or the sentence's end; in German, where the verb follows
        // at once ("Laut Polizei wurden …"), to the first lower-case word after its noun.
        let mut j = from;
        while j < sentence.end && j - from < 10 && p.outside(j) {
            let t = &p.tokens[j];
            if t.lower == "," || is_terminal(t) {
                break;
            }
            if self.lang == Lang::De
                && j > from
                && t.word
                && !t.capital
                && !contains(self.lex.determiners, &t.lower)
                && !contains(&["von", "vom"], &t.lower)
            {
                break;
            }
            j += 1;
        }
        // "According to Okafor, the finance minister, …", « Selon Claire Vasseur, maire de
        // Rennes, … »: a role set off by commas after the source is the source's apposition,
        // not the start of the content.
        let apposition = (p.tokens.get(j).is_some_and(|t| t.lower == ","))
            .then(|| {
                (j + 1..sentence.end.min(j + 12))
                    .find(|&c| p.tokens[c].lower == ",")
                    .filter(|&c| c > j + 1 && self.role_phrase(p, j + 1..c))
                    .map(|c| j + 1..c)
            })
            .flatten();
        // „Laut einem Bericht des „Spiegel““: the statement's genitive is its source.
        let source_from = (from + 1..j)
            .find(|&g| {
                self.lang == Lang::De
                    && matches!(p.tokens[g].lower.as_str(), "der" | "des")
                    && STATEMENT_NOUNS
                        .iter()
                        .any(|n| p.tokens[g - 1].lower.ends_with(n))
            })
            .unwrap_or(from);
        let mention = classify(
            self.lex,
            self.lang,
            p.text,
            &trim_time(&p.tokens[source_from..j]),
            apposition.clone().map_or(&[][..], |a| &p.tokens[a]),
        )?;
        let r = self.registry.resolve(&mention);
        if let Some(a) = &apposition {
            j = a.end;
        }
        // "Laut …", "Aber laut …", "Mais selon …": only a conjunction, an adverb or a comma
        // before the cue.
        let at_start = p.tokens[sentence.start..k].iter().all(|t| {
            t.lower == ","
                || contains(self.lex.conjunctions, &t.lower)
                || contains(self.lex.adverbs, &t.lower)
        });
        let cue = p.tokens[k..k + len]
            .iter()
            .map(|t| t.lower.as_str())
            .collect::<Vec<_>>()
            .join(" ");
        let reason = format!(
            "\u{201c}{cue}\u{201d} and the source{}",
            resolution_note(&r)
        );
        let content = if at_start {
            let start = if p.tokens.get(j).is_some_and(|t| t.lower == ",") {
                j + 1
            } else {
                j
            };
            self.content(p, start, sentence.end)
        } else if k > sentence.start && p.tokens[k - 1].lower == "," {
            self.content(p, sentence.start, k)
        } else {
            None
        };
        let (s, e) = content?;
        claims.push(Claim {
            start: s,
            end: e,
            speaker: r.entity,
            kind: PassageKind::Paraphrase,
            confidence: r.confidence.min(85),
            reason,
            evidence: r.evidence,
            route: Route::CuePhrase,
            mention: Some(r.resolved),
            unbalanced: false,
        });
        Some(r)
    }

    /// A noun of saying, its source and its content clause: « la déclaration de X selon
    /// laquelle … », "la afirmación de X de que …". The content runs to the verb of the
    /// sentence the noun is the subject of (« … a surpris les élus », "… sorprendió a …").
    /// Returns the token after the content.
    fn attribute_noun_cue(
        &mut self,
        p: &Para,
        sentence: &Range<usize>,
        k: usize,
        claims: &mut Vec<Claim>,
    ) -> Option<usize> {
        let nouns: &[&str] = match self.lang {
            Lang::Fr => FR_SPEECH_NOUNS,
            Lang::Es => ES_SPEECH_NOUNS,
            _ => return None,
        };
        if !nouns.contains(&p.tokens[k].lower.as_str()) {
            return None;
        }
        let link = k + 1;
        let of = p.tokens.get(link).filter(|_| link < sentence.end)?;
        if !matches!(of.lower.as_str(), "de" | "d'" | "d\u{2019}" | "du" | "del") {
            return None;
        }
        let opens = |c: usize| -> Option<usize> {
            let (a, b) = (&p.tokens[c].lower, p.tokens.get(c + 1)?.lower.as_str());
            let fr = self.lang == Lang::Fr
                && a == "selon"
                && matches!(b, "laquelle" | "lequel" | "lesquels" | "lesquelles");
            let es = self.lang == Lang::Es && a == "de" && b == "que";
            (fr || es).then_some(c + 2)
        };
        let (c, from) = (link + 2..sentence.end.min(link + 10))
            .take_while(|&c| p.outside(c) && !self.hard_boundary(p, c))
            .find_map(|c| opens(c).map(|from| (c, from)))?;
        // "du ministre", "del alcalde": the article is inside the link.
        let source = if matches!(of.lower.as_str(), "du" | "del") {
            link..c
        } else {
            link + 1..c
        };
        let mention = self.classify_range(p, source)?;
        let end = self.matrix_verb(p, from, sentence.end);
        let (s, e) = self.content(p, from, end)?;
        let r = self.registry.resolve(&mention);
        let reason = format!(
            "noun of saying \u{201c}{}\u{201d} and its source",
            p.tokens[k].lower
        );
        claims.push(paraphrase(s, e, &r, &reason, Route::NounCue));
        Some(p.token_at(e).max(k + 1))
    }

    /// Where the content clause after a noun cue ends: before the second finite verb from
    /// `from` (the first is the content's own), or at `end`.
    fn matrix_verb(&self, p: &Para, from: usize, end: usize) -> usize {
        let finite = |i: usize| {
            let t = &p.tokens[i];
            let w = t.lower.as_str();
            let after_article = i > from && contains(self.lex.determiners, &p.tokens[i - 1].lower);
            t.word
                && !t.capital
                && !after_article
                && match self.lang {
                    Lang::Fr => {
                        FR_FINITE.contains(&w)
                            || (w.chars().count() >= 5
                                && (w.ends_with("ait") || w.ends_with("aient")))
                    }
                    Lang::Es => {
                        ES_FINITE.contains(&w)
                            || (w.chars().count() >= 4
                                && ["ía", "ían", "ó", "aron", "ieron", "aba", "aban"]
                                    .iter()
                                    .any(|e| w.ends_with(e)))
                    }
                    _ => false,
                }
        };
        let mut verbs = (from..end).filter(|&i| p.outside(i) && finite(i));
        verbs.next();
        verbs.next().unwrap_or(end)
    }

    /// German "dem Ministerium zufolge …": the source is before the cue word.
    fn attribute_zufolge(
        &mut self,
        p: &Para,
        sentence: &Range<usize>,
        k: usize,
        claims: &mut Vec<Claim>,
    ) {
        let mut start = k;
        while start > sentence.start
            && p.tokens[start - 1].lower != ","
            && !self.hard_boundary(p, start - 1)
        {
            start -= 1;
        }
        let Some(mention) = self.classify_range(p, start..k) else {
            return;
        };
        let r = self.registry.resolve(&mention);
        if let Some((s, e)) = self.content(p, k + 1, sentence.end) {
            claims.push(paraphrase(
                s,
                e,
                &r,
                "\u{201c}zufolge\u{201d} and the source",
                Route::CuePhrase,
            ));
        }
    }

    /// Records titled people named in narration, so that a later "he" or "the minister" can
    /// find them even if they have not spoken yet.
    fn note_people(&mut self, p: &Para, sentence: &Range<usize>) {
        // The people noted here, in order, and whether each stood in a prepositional phrase.
        let mut noted: Vec<(String, bool)> = Vec::new();
        let mut k = sentence.start;
        while k < sentence.end {
            if !p.outside(k) || !p.tokens[k].capital {
                k += 1;
                continue;
            }
            let start = k;
            while k < sentence.end
                && p.outside(k)
                && (p.tokens[k].capital
                    || p.tokens[k].lower.ends_with("'s")
                    || contains(self.lex.roles, &p.tokens[k].lower))
            {
                k += 1;
            }
            // Take in a lower-case title before the name: "le maire Luc Fontaine".
            let mut start = start;
            while start > sentence.start
                && p.outside(start - 1)
                && contains(self.lex.roles, &p.tokens[start - 1].lower)
            {
                start -= 1;
            }
            if start > sentence.start
                && contains(self.lex.determiners, &p.tokens[start - 1].lower)
                && contains(self.lex.roles, &p.tokens[start].lower)
            {
                start -= 1;
            }
            // "la maire de Rennes Mei Chen", "le ministre de l'Économie François Aubry": a
            // role's complement runs into the name; the name is the last two or three words.
            let mut role_before: Option<Range<usize>> = None;
            if k - start >= 3 && !contains(self.lex.roles, &p.tokens[start].lower) {
                let mut b = start;
                while b > sentence.start
                    && start - b < 3
                    && (GENITIVES.contains(&p.tokens[b - 1].lower.as_str())
                        || contains(self.lex.determiners, &p.tokens[b - 1].lower))
                {
                    b -= 1;
                }
                // "la secrétaire générale de …": an adjective may follow the role noun.
                let role_at = (b > sentence.start).then(|| b - 1).and_then(|r| {
                    if self.is_role_word(&p.tokens[r]) {
                        Some(r)
                    } else {
                        let adjective = p.tokens[r].word && !p.tokens[r].capital;
                        (adjective && r > sentence.start && self.is_role_word(&p.tokens[r - 1]))
                            .then(|| r - 1)
                    }
                });
                if let Some(mut r) = role_at.filter(|_| b < start) {
                    if r > sentence.start && contains(self.lex.determiners, &p.tokens[r - 1].lower)
                    {
                        r -= 1;
                    }
                    role_before = Some(r..start + 1);
                    start += 1;
                }
            }
            // "le PDG du groupe Olivier Brunet", "el director del hospital Carlos Rivas": a role,
            // a genitive link and a lower-case complement before the name.
            if role_before.is_none() && k - start >= 2 {
                let genitive = |i: usize| GENITIVES.contains(&p.tokens[i].lower.as_str());
                let mut c = start;
                while c > sentence.start
                    && start - c < 3
                    && p.outside(c - 1)
                    && p.tokens[c - 1].word
                    && !genitive(c - 1)
                    && !contains(self.lex.determiners, &p.tokens[c - 1].lower)
                    && !contains(self.lex.conjunctions, &p.tokens[c - 1].lower)
                    && !self.is_role_word(&p.tokens[c - 1])
                    && !self.speech_verb(&p.tokens[c - 1].lower)
                {
                    c -= 1;
                }
                let mut b = c;
                let mut links = 0;
                while b > sentence.start
                    && c - b < 3
                    && (genitive(b - 1) || contains(self.lex.determiners, &p.tokens[b - 1].lower))
                {
                    links += usize::from(genitive(b - 1));
                    b -= 1;
                }
                if c < start
                    && links > 0
                    && b > sentence.start
                    && self.is_role_word(&p.tokens[b - 1])
                {
                    let mut r = b - 1;
                    if r > sentence.start && contains(self.lex.determiners, &p.tokens[r - 1].lower)
                    {
                        r -= 1;
                    }
                    role_before = Some(r..start);
                }
            }
            let run = &p.tokens[start..k];
            // A body named in narration ("Norvell Systems will close …", "the Ministry of
            // Transport") is noted, so that a later "the company said" can refer back to it;
            // its complement ("of Transport") belongs to its name.
            let mut end = k;
            while end + 1 < sentence.end
                && p.outside(end + 1)
                && contains(self.lex.organisations, &p.tokens[end - 1].lower)
                && BODY_COMPLEMENTS.contains(&p.tokens[end].lower.as_str())
                && p.tokens[end + 1].capital
            {
                end += 2;
                while end < sentence.end && p.outside(end) && p.tokens[end].capital {
                    end += 1;
                }
            }
            if let Some(name) = body_name(self.lex, p.text, &p.tokens[start..end]) {
                self.registry.note_collective(&name);
                k = end.max(start + 1);
                continue;
            }
            let has_role = run.iter().any(|t| contains(self.lex.roles, &t.lower));
            // A place follows a preposition ("in New York"); a name does not, but for the
            // agent of a passive or of a noun ("A speech given by …", „Die Rede von …“).
            let agent = start > sentence.start
                && AGENT_PREPOSITIONS.contains(&p.tokens[start - 1].lower.as_str());
            let after_preposition = start > sentence.start
                && !agent
                && contains(self.lex.prepositions, &p.tokens[start - 1].lower);
            // German capitalises every noun: there a name must stand where a subject stands.
            let german_noun = self.lang == Lang::De
                && (start > sentence.start
                    && !agent
                    && !matches!(p.tokens[start - 1].lower.as_str(), "," | "und")
                    || run.iter().enumerate().any(|(i, t)| {
                        [
                            "ung", "heit", "keit", "schaft", "tion", "tät", "ismus", "nis", "ment",
                        ]
                        .iter()
                        .any(|s| t.lower.ends_with(s))
                            // A plural noun ends in -en; a given name may too ("Jürgen Brandt").
                            || (i + 1 == run.len() && t.lower.ends_with("en"))
                    }));
            // „traf Hannah Vogt“: two or three capitalised words with no article after a verb
            // are a name, not nouns, unless they read as nouns (a noun's suffix, an adjective's
            // ending in -e).
            let german_name_after_verb = self.lang == Lang::De
                && run.len() == 2
                && start > sentence.start
                && p.tokens[start - 1].word
                && !p.tokens[start - 1].capital
                && !contains(self.lex.determiners, &p.tokens[start - 1].lower)
                && !contains(self.lex.prepositions, &p.tokens[start - 1].lower)
                && (FEMALE_NAMES.contains(&run[0].lower.as_str())
                    || MALE_NAMES.contains(&run[0].lower.as_str())
                    || !run[0].lower.ends_with('e'))
                && !run.iter().any(|t| {
                    [
                        "ung", "heit", "keit", "schaft", "tion", "tät", "ismus", "nis",
                    ]
                    .iter()
                    .any(|s| t.lower.ends_with(s))
                });
            let plain_name = (2..=4).contains(&run.len())
                && !after_preposition
                && (!german_noun || german_name_after_verb)
                && run
                    .iter()
                    .all(|t| t.capital && !contains(self.lex.organisations, &t.lower));
            if (has_role && run.len() >= 2) || plain_name {
                // The role set beside the name: "Mora, the agency's chief,", "El ministro de
                // Hacienda, Mateo Huamán,".
                let apposition = role_before
                    .clone()
                    .or_else(|| self.apposition_after(p, sentence, k))
                    .or_else(|| self.apposition_before(p, sentence, start));
                let apposition = apposition.map_or(&p.tokens[0..0], |r| &p.tokens[r]);
                if let Some(Mention::Person { name, role, gender }) =
                    classify(self.lex, self.lang, p.text, &trim_time(run), apposition)
                {
                    let extra = if apposition.is_empty() {
                        String::new()
                    } else {
                        p.text[apposition[0].start..apposition[apposition.len() - 1].end]
                            .to_string()
                    };
                    self.registry.note_person(&name, &role, gender);
                    if !extra.is_empty() {
                        self.registry.note_role(&name, &extra);
                    }
                    if let Some(age) = self.age_given(p, start, k) {
                        self.registry.note_age(&name, &age);
                    }
                    // (A capitalised preposition opens the sentence: „Von Minister Keller …“.)
                    let in_phrase = after_preposition
                        || agent
                        || contains(self.lex.prepositions, &run[0].lower);
                    noted.push((name, in_phrase));
                }
            } else if run.len() == 1 {
                // A surname already met brings its bearer back to mind.
                self.registry.note_surname(&run[0].lower);
            }
            k = k.max(start + 1);
        }
        // The sentence's subject, the first person named outside a prepositional phrase, is
        // whom the text goes on about (a quote with no cue after „Vogt schrieb an Minister
        // Keller.“ is Vogt's), though others were named after it.
        if let Some(at) = noted
            .iter()
            .position(|(_, in_phrase)| !in_phrase)
            .filter(|_| self.lang == Lang::De)
        {
            if at + 1 < noted.len() {
                self.registry.note_person(&noted[at].0, "", None);
            }
        }
    }

    /// The age the text gives a person named at `start..end`: „Hannah Vogt (54)“, „die
    /// 54-jährige Hannah Vogt“, "Ann Lee, 54,": as the role a later „die 54-Jährige“ or
    /// "the 54-year-old" names.
    fn age_given(&self, p: &Para, start: usize, end: usize) -> Option<String> {
        let number = |k: usize| {
            p.tokens
                .get(k)
                .filter(|t| t.lower.chars().all(|c| c.is_ascii_digit()) && t.lower.len() <= 3)
        };
        let after = (p
            .tokens
            .get(end)
            .is_some_and(|t| t.lower == "(" || t.lower == ",")
            && p.tokens
                .get(end + 2)
                .is_some_and(|t| t.lower == ")" || t.lower == ","))
        .then(|| number(end + 1))
        .flatten()
        .map(|t| t.lower.clone());
        let before = start
            .checked_sub(1)
            .and_then(|k| {
                p.tokens[k]
                    .lower
                    .strip_suffix("-jährige")
                    .map(str::to_string)
            })
            .filter(|n| n.chars().all(|c| c.is_ascii_digit()));
        let n = after.or(before)?;
        Some(match self.lang {
            Lang::De => format!("{n}-Jährige"),
            _ => format!("{n}-year-old"),
        })
    }

    /// A role word: in the lexicon's list, or a noun naming a person by what they do.
    fn is_role_word(&self, t: &Token) -> bool {
        contains(self.lex.roles, &t.lower) || person_noun(self.lang, &t.lower)
    }

    /// Whether a phrase set off by commas reads as a role ("the agency's chief", "alcaldesa
    /// de Tula", "Sprecher der Polizei"), not a place or a clause.
    fn role_phrase(&self, p: &Para, r: Range<usize>) -> bool {
        let words = p.words_in(r.clone());
        (1..=10).contains(&words)
            && r.clone().all(|k| p.outside(k) && p.tokens[k].lower != ",")
            && r.clone().take(4).any(|k| self.is_role_word(&p.tokens[k]))
            && !r.clone().any(|k| self.speech_verb(&p.tokens[k].lower))
    }

    /// "Name, ROLE," or "Name, ROLE." after the name ending at `end`.
    fn apposition_after(
        &self,
        p: &Para,
        sentence: &Range<usize>,
        end: usize,
    ) -> Option<Range<usize>> {
        if end >= sentence.end || p.tokens[end].lower != "," {
            return None;
        }
        let from = end + 1;
        let to = (from..sentence.end)
            .find(|&j| p.tokens[j].lower == "," || self.hard_boundary(p, j))
            .unwrap_or(sentence.end);
        // "X, ROLE, y la portavoz …, Y,": a phrase after "and" is the next person's.
        if p.tokens
            .get(from)
            .is_none_or(|t| contains(self.lex.conjunctions, &t.lower))
        {
            return None;
        }
        self.role_phrase(p, from..to).then_some(from..to)
    }

    /// "ROLE, Name," before the name starting at `start`.
    fn apposition_before(
        &self,
        p: &Para,
        sentence: &Range<usize>,
        start: usize,
    ) -> Option<Range<usize>> {
        if start <= sentence.start + 1 || p.tokens[start - 1].lower != "," {
            return None;
        }
        let to = start - 1;
        let mut from = to;
        while from > sentence.start
            && p.tokens[from - 1].lower != ","
            && !self.hard_boundary(p, from - 1)
        {
            from -= 1;
        }
        while from < to && contains(self.lex.conjunctions, &p.tokens[from].lower) {
            from += 1;
        }
        // The name must close the apposition too ("…, Mateo Huamán, y …") or end the clause.
        self.role_phrase(p, from..to).then_some(from..to)
    }

    /// Quotes that no cue claimed.
    fn fallback_with(
        &mut self,
        p: &Para,
        sents: &[Range<usize>],
        taken: &mut [bool],
        claims: &mut Vec<Claim>,
    ) {
        let text_len = p.text.len();
        // The cues' claims, sorted, for lookups by position (a paragraph may hold thousands).
        let mut by_start: Vec<Claim> = claims.clone();
        by_start.sort_by_key(|c| c.start);
        let mut by_end: Vec<Claim> = claims.clone();
        by_end.sort_by_key(|c| c.end);
        let paraphrases: Vec<&Claim> = by_start
            .iter()
            .filter(|c| c.kind == PassageKind::Paraphrase)
            .collect();
        for (q, span) in p.quotes.spans.iter().enumerate() {
            if taken[q] {
                continue;
            }
            let words = p.text[span.start..span.end].split_whitespace().count();
            let around = paraphrases.partition_point(|c| c.start <= span.start);
            let inside_paraphrase = around
                .checked_sub(1)
                .map(|i| paraphrases[i])
                .filter(|c| span.end <= c.end + 2)
                .cloned();
            let whole = span.start == 0 && span.end + 2 >= text_len;
            let colon = p
                .token_at(span.start)
                .checked_sub(1)
                .filter(|&k| p.tokens[k].lower == ":" && p.outside(k));
            let lead_in = match colon {
                Some(k) => self.lead_in_at(p, sents, k),
                None if span.start == 0 => self.discourse.lead_in.take(),
                None => None,
            };
            let lead_evidence = lead_in.as_ref().map(|r| r.evidence).unwrap_or_default();
            let mut mention = None;
            let (speaker, confidence, route, reason): (Option<usize>, u8, Route, String) =
                if self.lang == Lang::Other {
                    (
                        None,
                        30,
                        Route::QuotesOnly,
                        "quotation marks only: no attribution rules for this language".to_string(),
                    )
                } else if let Some(c) = inside_paraphrase {
                    (
                        c.speaker,
                        c.confidence.min(80),
                        Route::Fragment,
                        "quoted fragment inside indirect speech".to_string(),
                    )
                } else if span.continued && self.open_quote_speaker.is_some() {
                    let (s, c) = self.open_quote_speaker.unwrap_or((None, 20));
                    (
                        s,
                        c.min(80),
                        Route::Continued,
                        "continues the previous paragraph's quote".to_string(),
                    )
                } else if let Some(r) = lead_in {
                    mention = Some(r.resolved);
                    (
                        r.entity,
                        r.confidence.min(80),
                        Route::Colon,
                        format!("colon lead-in{}", resolution_note(&r)),
                    )
                } else if words < MIN_UNCUED_QUOTE_WORDS {
                    continue;
                } else if whole {
                    // The speaker the discourse follows: the last one quoted, unless the
                    // previous paragraph brought someone else in since.
                    let last = self.previous_speaker.flatten();
                    let focus = self
                        .registry
                        .most_salient(self.discourse.prev_para_clock)
                        .filter(|&f| {
                            last.is_none_or(|l| {
                                self.registry.entities[f].last_seen
                                    > self.registry.entities[l].last_spoke
                            })
                        });
                    match (focus, last) {
                    (Some(f), _) => (
                        Some(f),
                        60,
                        Route::WholeFollowing,
                        format!(
                            "whole paragraph quoted with no cue: {}, whom the text was following",
                            self.registry.entities[f].name
                        ),
                    ),
                    (None, Some(s)) => (
                        Some(s),
                        58,
                        Route::WholePrevious,
                        "whole paragraph quoted with no cue: the previous paragraph's speaker"
                            .to_string(),
                    ),
                    (None, None) => (
                        None,
                        20,
                        Route::WholeNoOne,
                        "whole paragraph quoted with no cue, and the text names no one before it"
                            .to_string(),
                    ),
                }
                } else if let Some(c) = nearest_claim(&by_start, &by_end, span.start, span.end) {
                    (
                        c.speaker,
                        c.confidence.min(62),
                        Route::Nearest,
                        "quote with no cue: the nearest speaker in this paragraph".to_string(),
                    )
                } else if let Some(f) = self.registry.most_salient(self.discourse.prev_para_clock) {
                    (
                        Some(f),
                        45,
                        Route::LastNamed,
                        format!(
                            "quote with no cue: {}, the last person the text named",
                            self.registry.entities[f].name
                        ),
                    )
                } else {
                    (
                        None,
                        20,
                        Route::NoOneNamed,
                        "quote with no cue, and the text names no one before it".to_string(),
                    )
                };
            taken[q] = true;
            let (confidence, reason) = if span.closed {
                (confidence, reason)
            } else {
                (
                    confidence.min(40),
                    format!("{reason}; unbalanced quotation mark, ended at the paragraph's end"),
                )
            };
            if span.continues {
                self.open_quote_speaker = Some((speaker, confidence));
            }
            if let Some(s) = speaker {
                self.registry.touch_spoke(s);
            }
            claims.push(Claim {
                start: span.start,
                end: span.end,
                speaker,
                kind: PassageKind::Direct,
                evidence: if route == Route::Colon {
                    lead_evidence
                } else {
                    Evidence::default()
                },
                confidence,
                reason,
                route,
                mention,
                unbalanced: !span.closed,
            });
        }
        if !p.quotes.spans.last().is_some_and(|q| q.continues) {
            self.open_quote_speaker = None;
        }
        self.previous_speaker = claims.iter().max_by_key(|c| c.end).map(|c| c.speaker);
    }
}

/// Verbs after which English may drop "that" before reported content.
#[rustfmt::skip]
const ZERO_THAT_VERBS: &[&str] = &[
    "said", "says", "say", "added", "adds", "insisted", "insists", "argued", "argues", "claimed",
    "claims", "believes", "believed", "thinks", "thought", "stressed", "noted", "notes",
    "suggested", "predicted", "feared", "fears", "hoped", "hopes", "expects", "expected",
    "estimated", "maintained", "warned", "warns", "reiterated", "acknowledged", "admitted",
    "conceded", "complained", "explained", "stated", "asserted", "contended", "saying", "adding",
    "claiming", "insisting", "arguing", "warning", "noting", "stressing",
];

/// English verbs that take an addressee before what was said ("told the court he …").
#[rustfmt::skip]
const TELL_VERBS: &[&str] = &[
    "told", "tells", "tell", "telling", "assured", "assures", "reminded", "reminds", "warned",
    "warns", "informed", "informs", "promised", "promises", "convinced", "wrote",
];

/// English finite auxiliaries and modals: after a bare noun they mark it as a subject.
#[rustfmt::skip]
const EN_FINITE_AUXILIARIES: &[&str] = &[
    "would", "will", "had", "has", "have", "was", "were", "is", "are", "could", "should",
    "might", "may", "must", "did", "does", "can",
];

/// English subject pronouns: one after an addressee opens the content clause.
#[rustfmt::skip]
const SUBJECT_PRONOUNS: &[&str] = &[
    "he", "she", "it", "they", "we", "i", "you", "there",
];

/// Adverbial phrases that stand between a subject and its verb.
#[rustfmt::skip]
const ADVERBIAL_PHRASES: &[&[&str]] = &[
    &["une", "nouvelle", "fois"], &["encore", "une", "fois"], &["de", "nouveau"],
    &["à", "nouveau"], &["une", "fois", "de", "plus"], &["una", "vez", "más"], &["de", "nuevo"],
    &["otra", "vez"], &["once", "again"], &["yet", "again"], &["noch", "einmal"],
    &["einmal", "mehr"], &["erneut"],
];

/// Nouns of saying that take a source and a content clause (« la déclaration de X selon
/// laquelle … », "el anuncio de X de que …").
#[rustfmt::skip]
const FR_SPEECH_NOUNS: &[&str] = &[
    "déclaration", "déclarations", "affirmation", "affirmations", "annonce", "propos",
    "assurance", "assurances", "promesse", "accusation", "accusations", "avertissement",
    "confidence", "aveu", "démenti", "version", "thèse", "explication",
];
#[rustfmt::skip]
const ES_SPEECH_NOUNS: &[&str] = &[
    "afirmación", "afirmaciones", "anuncio", "advertencia", "insistencia", "declaración",
    "declaraciones", "promesa", "denuncia", "acusación", "aseveración", "garantía",
    "confesión", "explicación", "versión", "tesis", "aviso",
];

/// Finite verbs of French and Spanish that no ending gives away (the auxiliaries, "être",
/// "ser", "estar", "haber").
#[rustfmt::skip]
const FR_FINITE: &[&str] = &[
    "a", "ont", "est", "sont", "avait", "avaient", "était", "étaient", "sera", "seront",
    "serait", "seraient", "va", "vont", "fait", "font", "doit", "peut", "aura", "auront",
];
#[rustfmt::skip]
const ES_FINITE: &[&str] = &[
    "ha", "han", "había", "habían", "es", "son", "era", "eran", "fue", "fueron", "será",
    "serán", "sería", "serían", "está", "están", "estaba", "estaban", "hay", "habrá", "va",
    "van",
];

/// Words that join a body's kind to the rest of its name: "Ministry of Transport",
/// « ministère des Transports », „Ministerium für Verkehr“, "Ministerio de Sanidad".
const BODY_COMPLEMENTS: &[&str] = &["of", "de", "des", "du", "del", "für"];

/// Prepositions of the agent: the person after one is someone's, not a place.
const AGENT_PREPOSITIONS: &[&str] = &["by", "par", "por", "von"];

/// Relative pronouns that may follow a source ("…, said Smith, who …").
#[rustfmt::skip]
const RELATIVES: &[&str] = &[
    "who", "which", "qui", "que", "der", "die", "das", "welche", "quien", "quienes", "el", "la",
];

/// "as police said", "wie die Polizei mitteilte", "comme l'a dit", "como dijo".
#[rustfmt::skip]
const AS_WORDS: &[&str] = &[
    "as", "wie", "comme", "como",
];

/// German nouns of a written statement whose genitive names its source („in einer Mitteilung
/// der Polizei“); compounds end in them („Pressemitteilung“).
#[rustfmt::skip]
const STATEMENT_NOUNS: &[&str] = &[
    "mitteilung", "erklärung", "stellungnahme", "bericht", "aussendung", "schreiben", "brief",
    "angaben", "statement", "antwort", "papier", "meldung",
];

/// Particles of German separable reporting verbs.
#[rustfmt::skip]
const DE_PARTICLES: &[&str] = &[
    "hinzu", "mit", "an", "ein", "fest", "aus", "zu", "bekannt", "es", "dagegen", "hin", "klar",
    "deutlich",
];

/// Words that join two clauses: after "said X and that Y" the "and that" is the outlet's.
/// The first `ADDITIVE` add a second content clause; the others contrast within one.
const ADDITIVE: usize = 5;
const COORDINATORS: &[&str] = &[
    "and", "et", "und", "y", "sowie", "but", "mais", "aber", "pero",
];

/// Genitive links inside a subject after its verb.
#[rustfmt::skip]
const GENITIVES: &[&str] = &[
    "of", "de", "du", "des", "d'", "del", "der", "von", "vom",
];

/// How time and channel adjuncts start and end ("on Thursday", "in a statement").
#[rustfmt::skip]
const ADJUNCT_STARTS: &[&str] = &[
    "on", "last", "this", "late", "early", "earlier", "in", "at", "during", "yesterday", "today",
    "lors", "hier", "dans", "am", "im", "gestern", "heute", "bei", "el", "en", "durante", "ayer",
    "hoy", "ce", "cette", "este", "esta",
];
#[rustfmt::skip]
const ADJUNCT_HEADS: &[&str] = &[
    "statement", "interview", "memo", "letter", "speech", "release", "post", "briefing",
    "conference", "message", "video", "week", "month", "year", "night", "morning", "evening",
    "afternoon", "weekend", "yesterday", "today", "communiqué", "entretien", "presse",
    "conférence", "semaine", "matin", "soir", "mitteilung", "erklärung", "pressekonferenz",
    "woche", "abend", "morgen", "comunicado", "entrevista", "rueda", "semana", "mañana", "noche",
    "tarde",
];

/// The claim that ends last before `start`, else the first after `end` (claims sorted by
/// start and by end).
fn nearest_claim(by_start: &[Claim], by_end: &[Claim], start: usize, end: usize) -> Option<Claim> {
    let before = by_end
        .partition_point(|c| c.end <= start)
        .checked_sub(1)
        .map(|i| &by_end[i]);
    let after = || by_start.get(by_start.partition_point(|c| c.start < end));
    before.or_else(after).cloned()
}

fn paraphrase(start: usize, end: usize, r: &Resolution, reason: &str, route: Route) -> Claim {
    Claim {
        start,
        end,
        speaker: r.entity,
        kind: PassageKind::Paraphrase,
        confidence: r.confidence.saturating_sub(10),
        reason: format!("{reason}{}", resolution_note(r)),
        evidence: r.evidence,
        route,
        mention: Some(r.resolved),
        unbalanced: false,
    }
}

/// "named", "pronoun", … for the reason line.
fn mention_words(r: &Resolution) -> &'static str {
    match r.resolved {
        Resolved::Pronoun | Resolved::NoAntecedent => "pronoun",
        Resolved::Title | Resolved::TitleGuess | Resolved::UnnamedTitle => "title",
        Resolved::Anonymous => "anonymous",
        Resolved::Collective | Resolved::KindOnly | Resolved::Single => "collective",
        Resolved::Named | Resolved::Surname => "named",
    }
}

/// The resolution's own reason, where it adds to the route's ("surname resolved to …").
fn resolution_note(r: &Resolution) -> String {
    if matches!(r.resolved, Resolved::Named | Resolved::Collective) {
        String::new()
    } else {
        format!("; {}", r.reason)
    }
}

fn split_commas(tokens: &[Token], r: Range<usize>) -> Vec<Range<usize>> {
    let mut parts = Vec::new();
    let mut start = r.start;
    for k in r.clone() {
        if tokens[k].lower == "," {
            parts.push(start..k);
            start = k + 1;
        }
    }
    parts.push(start..r.end);
    parts
}

/// Drops a leading time phrase ("On Thursday", "Last week") from a subject.
fn trim_time(tokens: &[Token]) -> Vec<Token> {
    let mut i = 0;
    while i < tokens.len()
        && opens_time(
            &tokens[i].lower,
            tokens.get(i + 1).map(|t| t.lower.as_str()),
        )
    {
        i += 1;
    }
    if i < tokens.len()
        && i > 0
        && matches!(
            tokens[i].lower.as_str(),
            "week"
                | "month"
                | "year"
                | "night"
                | "morning"
                | "evening"
                | "woche"
                | "semaine"
                | "semana"
        )
    {
        i += 1;
    }
    tokens[i..].to_vec()
}
