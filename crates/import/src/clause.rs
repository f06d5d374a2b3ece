//! A clause's parts, read from the word order of each language: the subject of a lead-in
//! clause that ends in a colon ("Brandt was more blunt:", „Die Lage beschrieb Vogt so:“), and
//! the mood of a sentence (the German subjunctive and the French and Spanish conditional carry
//! reported speech on past its cue).

use super::lexicon::{contains, opens_time, Lexicon};
use super::speakers::{classify, Mention};
use super::text::Token;
use super::Lang;
use std::ops::Range;

/// Words that open an adverbial part set off by a comma ("Asked about the levy,", "In its
/// statement,", "On Friday,"), which never holds the subject.
fn adverbial_part(lex: &Lexicon, part: &[Token]) -> bool {
    // A coordinating conjunction first ("But Brandt was blunt", „Aber Keller blieb hart“)
    // joins the clause to the last one; what follows it decides.
    let Some(at) = part
        .iter()
        .position(|t| t.word && !COORDINATING.contains(&t.lower.as_str()))
    else {
        return true;
    };
    let first = &part[at];
    let next = part.get(at + 1).map(|t| t.lower.as_str());
    let words = part.iter().filter(|t| t.word).count();
    contains(lex.prepositions, &first.lower)
        || contains(lex.conjunctions, &first.lower)
        || contains(lex.complementizers, &first.lower)
        || opens_time(&first.lower, next)
        || (words <= 2 && part.iter().all(|t| !t.word || contains(lex.adverbs, &t.lower)))
        // English participle clauses: "Asked about …", "Speaking to reporters".
        || (words >= 2 && (first.lower.ends_with("ed") || first.lower.ends_with("ing")))
        // French and Spanish ones: "Interrogé sur …", "Preguntado por …".
        || (words >= 2
            && [
                "interrogé", "interrogée", "interrogés", "questionné", "questionnée",
                "preguntado", "preguntada", "consultado", "consultada", "befragt",
                "angesprochen", "gefragt",
            ]
            .contains(&first.lower.as_str()))
}

const COORDINATING: &[&str] = &[
    "and", "but", "et", "mais", "und", "aber", "doch", "y", "pero",
];

/// Whether a token may sit inside the noun phrase of a subject.
fn in_noun_phrase(lex: &Lexicon, lang: Lang, tokens: &[Token], k: usize) -> bool {
    let t = &tokens[k];
    if !t.word {
        return t.lower == "'s" || t.lower == "\u{2019}s";
    }
    let next_capital = tokens
        .get(k + 1)
        .is_some_and(|n| n.capital || contains(lex.determiners, &n.lower));
    t.capital
        || super::speakers::age_noun(&t.lower).is_some()
        || contains(lex.determiners, &t.lower)
        || contains(lex.roles, &t.lower)
        || contains(lex.organisations, &t.lower)
        || contains(lex.anonymous_heads, &t.lower)
        || t.lower.ends_with("'s")
        || t.lower.ends_with("\u{2019}s")
        || (k > 0
            && next_capital
            && matches!(
                t.lower.as_str(),
                "of" | "de" | "du" | "des" | "del" | "d'" | "d\u{2019}" | "der" | "von" | "la"
            ))
        // "le coach rennais", "el titular de Hacienda": an adjective after a role noun.
        || (matches!(lang, Lang::Fr | Lang::Es)
            && k > 0
            && contains(lex.roles, &tokens[k - 1].lower)
            && !contains(lex.adverbs, &t.lower)
            && !t.lower.ends_with('é'))
}

/// Whether a mention can be a speaker when it stands first in a German clause, where every
/// noun is capitalised: „Die Lage beschrieb Vogt so“ has the object first.
fn speaker_like(lex: &Lexicon, m: &Mention, tokens: &[Token]) -> bool {
    match m {
        Mention::Collective { .. } => tokens.iter().any(|t| contains(lex.organisations, &t.lower)),
        Mention::Single { name } => !name.chars().all(|c| c.is_uppercase()) || name.len() <= 6,
        _ => true,
    }
}

/// Whether a German noun phrase starting at `k` may be in the nominative, as a subject is: „dem
/// Sender“, „den Plan“, „einem Reporter“ are not, nor „der Zeitung“ (a feminine noun, known by
/// its suffix, takes „der“ only in the dative and genitive).
pub fn nominative_at(tokens: &[Token], k: usize) -> bool {
    let Some(t) = tokens.get(k) else {
        return true;
    };
    match t.lower.as_str() {
        "dem" | "den" | "einem" | "einen" | "ihm" | "ihnen" | "mir" | "uns" => false,
        "der" | "einer" => !tokens.get(k + 1).is_some_and(|n| {
            n.capital
                && [
                    "ung", "heit", "keit", "schaft", "tion", "tät", "ei", "ik", "ur",
                ]
                .iter()
                .any(|e| n.lower.ends_with(e))
        }),
        _ => true,
    }
}

/// The leading noun phrase of `tokens` (from `from`) as a mention, and where it ends.
fn noun_phrase(
    lex: &Lexicon,
    lang: Lang,
    text: &str,
    tokens: &[Token],
    from: usize,
    end: usize,
) -> Option<(Mention, usize)> {
    let mut j = from;
    while j < end && j - from < 9 && in_noun_phrase(lex, lang, tokens, j) {
        // In German a noun phrase ends at the verb, which is lower case.
        j += 1;
    }
    if j == from {
        // A pronoun subject: "She was blunt", "Er zeigte sich".
        let t = tokens.get(from)?;
        let m = classify(lex, lang, text, std::slice::from_ref(t), &[])?;
        return matches!(m, Mention::Pronoun { .. }).then_some((m, from + 1));
    }
    let m = classify(lex, lang, text, &tokens[from..j], &[])?;
    Some((m, j))
}

/// The subject of a clause that ends in a colon before a quote, when the clause has no
/// reporting verb of its own: "Brandt was more blunt:", "In its statement, the union said:",
/// « Le maire s'est montré ferme : », „Keller zeigte sich zufrieden:“. `clause` runs from the
/// clause's first token to the colon (not included).
pub fn lead_in_subject(
    lex: &Lexicon,
    lang: Lang,
    text: &str,
    tokens: &[Token],
    clause: Range<usize>,
) -> Option<Mention> {
    if clause.is_empty() || clause.len() > 30 {
        return None;
    }
    // Comma-separated parts: adverbial ones first are skipped; the first other part opens
    // with the subject (an apposition may follow it: "Mora, the agency's chief, was blunt").
    let mut parts: Vec<Range<usize>> = Vec::new();
    let mut start = clause.start;
    for k in clause.clone() {
        if tokens[k].lower == "," {
            parts.push(start..k);
            start = k + 1;
        }
    }
    parts.push(start..clause.end);
    let main = parts
        .iter()
        .position(|r| !adverbial_part(lex, &tokens[r.clone()]))?;
    let part = parts[main].clone();
    let mut from = part.start;
    // "But Brandt", "Aber Keller", "Et le maire": a leading conjunction or adverb.
    while from < part.end
        && (contains(lex.conjunctions, &tokens[from].lower)
            || contains(lex.adverbs, &tokens[from].lower))
    {
        from += 1;
    }
    if from >= part.end {
        return None;
    }
    let raw = noun_phrase(lex, lang, text, tokens, from, part.end);
    let fronted_end = raw.as_ref().map_or(from, |(_, end)| *end);
    let first = raw.filter(|_| lang != Lang::De || nominative_at(tokens, from));
    if lang != Lang::De {
        let (m, _) = first?;
        return speaker_like(lex, &m, &tokens[from..part.end]).then_some(m);
    }
    // German puts one part before the finite verb: the subject, or an object or adverbial
    // with the subject right after the verb ("Die Lage beschrieb Vogt so").
    if let Some((m, end)) = first {
        if speaker_like(lex, &m, &tokens[from..end]) {
            return Some(m);
        }
        let mut verb = end;
        // Past the finite verb and any reflexive or adverb after it.
        if verb < part.end && tokens[verb].word && !tokens[verb].capital {
            verb += 1;
            while verb < part.end && contains(lex.adverbs, &tokens[verb].lower) {
                verb += 1;
            }
            let (m, end) = noun_phrase(lex, lang, text, tokens, verb, part.end)?;
            return speaker_like(lex, &m, &tokens[verb..end]).then_some(m);
        }
    }
    // „Etwas drastischer formulierte es der Bürgermeister so“, „Dem Sender sagte Keller“: a
    // fronted adverbial or object, the finite verb, „es“ or „sich“; then the subject.
    let mut k = fronted_end;
    let skipped = k;
    while k < part.end
        && k - skipped < 5
        && tokens[k].word
        && !tokens[k].capital
        && !contains(lex.determiners, &tokens[k].lower)
        && !contains(lex.pronouns_female, &tokens[k].lower)
        && !contains(lex.pronouns_male, &tokens[k].lower)
    {
        k += 1;
    }
    if k == skipped || k >= part.end {
        return None;
    }
    let (m, end) = noun_phrase(lex, lang, text, tokens, k, part.end)?;
    (nominative_at(tokens, k) && speaker_like(lex, &m, &tokens[k..end])).then_some(m)
}

/// German subjunctive I (and II, as reported speech uses it) of the verbs news copy carries
/// on with most: the finite verb alone marks the sentence as someone's words.
#[rustfmt::skip]
const DE_SUBJUNCTIVE: &[&str] = &[
    "sei", "seien", "seiest", "habe", "hätte", "hätten", "werde", "würde", "würden", "könne",
    "könnten", "müsse", "müssten", "solle", "sollten", "dürfe", "dürften", "wolle", "möge",
    "wäre", "wären", "gebe", "gäbe", "liege", "stehe", "gehe", "komme", "bleibe", "fehle",
    "brauche", "wisse", "lasse", "halte", "sehe", "plane", "arbeite", "trage", "falle", "prüfe",
    "zeige", "handle", "bestehe", "drohe", "erwarte", "rechne", "verfüge", "setze", "reiche",
    "gelte", "betrage", "bedeute", "treffe", "führe", "mache", "nehme", "seien", "lägen",
    // Stems in -t or -d take -e and read like a past tense, so they are listed.
    "enthalte", "behalte", "verhalte", "leite", "bereite", "warte", "teste", "leiste", "koste",
    "richte", "berichte", "achte", "fürchte", "betrachte", "biete", "trete", "finde", "werde",
    "sende", "wende", "melde", "leide", "entscheide", "rate", "berate", "vertrete", "arbeite",
    // Konjunktiv II that no other form shares (the umlaut, or a strong verb's -e): copy uses it
    // for caution, and for the plural whose Konjunktiv I is the indicative. It marks a
    // sentence only where a report is open (a cue before, or the sentence before reported).
    "könnte", "müsste", "dürfte", "stünde", "stünden", "käme", "kämen", "bräuchte",
    "bräuchten", "wüsste", "wüssten", "ließe", "bliebe", "hieße", "fiele", "gälte", "gäben",
];

/// Words that are never the finite verb, though lower case and ending in -e.
#[rustfmt::skip]
const DE_NOT_VERBS: &[&str] = &[
    "die", "eine", "keine", "seine", "ihre", "diese", "jene", "alle", "viele", "beide", "einige",
    "welche", "manche", "unsere", "deine", "meine", "euere", "andere", "gerne", "heute", "ohne",
    "gegen", "nie", "ende", "sie", "wie", "schnelle", "große", "kleine", "neue", "alte",
    "sowie", "jede", "solche", "mehrere", "weitere", "wenige", "lange", "gerade", "bitte",
];

/// Articles that open a subject in the nominative.
const DE_ARTICLES: &[&str] = &[
    "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines",
    "kein", "keine", "dieser", "diese", "dieses",
];

/// Whether the sentence `r` reads as reported speech by its mood alone: the German
/// subjunctive ("Eine Entscheidung falle im Mai"), the French or Spanish conditional ("le
/// projet serait abandonné", "el plan costaría"). Not for a sentence with its own quote.
pub fn reported_mood(lang: Lang, tokens: &[Token], r: Range<usize>) -> bool {
    let words = r.clone().filter(|&k| tokens[k].word).count();
    if words < 3 {
        return false;
    }
    match lang {
        Lang::De => {
            // A form that is only ever the subjunctive marks the sentence wherever it stands
            // ("In den kommenden Wochen solle …", "Ob …, sei offen"); "ich habe" is the
            // indicative.
            let listed = r.clone().take(24).any(|k| {
                let t = &tokens[k];
                t.word
                    && !t.capital
                    && DE_SUBJUNCTIVE.contains(&t.lower.as_str())
                    && (k == r.start || tokens[k - 1].lower != "ich")
            });
            if listed {
                return true;
            }
            // The finite verb is the first lower-case word that no capitalised noun follows
            // (an attributive adjective comes before its noun: "die neue Regel").
            for k in r.clone().take(10) {
                let t = &tokens[k];
                if !t.word || t.capital || k == r.start {
                    continue;
                }
                let before_noun = tokens.get(k + 1).is_some_and(|n| n.capital);
                if DE_SUBJUNCTIVE.contains(&t.lower.as_str()) {
                    return true;
                }
                // Right after a subject that opens the sentence („Die Firma erwäge
                // Entlassungen“, „Der Verein verlange Schadenersatz“) a word is the verb in
                // the second place, even before a noun: an adjective there would follow an
                // article, not a noun.
                let second_place = k == r.start + 2
                    && DE_ARTICLES.contains(&tokens[r.start].lower.as_str())
                    && tokens[k - 1].capital
                    && tokens[k - 1].word;
                // The finite verb never follows an article: „die erste öffentliche Sitzung“.
                // (At the sentence's start „das“ and „dieses“ may be the subject pronoun:
                // „Das hänge davon ab“; an adjective there has its noun after it.)
                let adjective_chain = tokens.get(k + 2).is_some_and(|n| n.capital)
                    && tokens.get(k + 1).is_some_and(|n| {
                        n.word && !n.capital && (n.lower.ends_with('e') || n.lower.ends_with("en"))
                    });
                let after_article = DE_ARTICLES.contains(&tokens[k - 1].lower.as_str())
                    && (k - 1 > r.start || adjective_chain);
                if (before_noun && !second_place)
                    || after_article
                    || DE_NOT_VERBS.contains(&t.lower.as_str())
                {
                    continue;
                }
                // A weak verb's subjunctive: the stem and -e where the indicative has -t. A
                // stem in -t takes -e too, and reads like a past tense, except after -i-,
                // where the past has -itete („bestreite“, „begleite“, „bereite“).
                let w = t.lower.as_str();
                let t_stem = w.ends_with("ite") && !w.ends_with("itete");
                return w.ends_with('e')
                    && (!w.ends_with("te") || t_stem)
                    && w.chars().count() >= 4;
            }
            false
        }
        // A capitalised word is read as a name, not a conditional ("Echeverría", "María"),
        // even where it opens the sentence.
        Lang::Fr => r.clone().any(|k| {
            let w = tokens[k].lower.as_str();
            !tokens[k].capital
                && (w.ends_with("rait") || w.ends_with("raient"))
                && w.chars().count() >= 6
        }),
        Lang::Es => r.clone().any(|k| {
            let w = tokens[k].lower.as_str();
            !tokens[k].capital
                && (w.ends_with("ría") || w.ends_with("rían"))
                && w.chars().count() >= 6
        }),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokenize;

    #[test]
    fn a_german_subject_is_in_the_nominative() {
        let at_start = |s: &str| nominative_at(&tokenize(s), 0);
        assert!(!at_start("Dem Sender sagte Keller"));
        assert!(!at_start("Den Plan verteidigte Vogt"));
        assert!(!at_start("Der Zeitung sagte die Ministerin"));
        assert!(at_start("Der Minister sagte"));
        assert!(at_start("Die Zeitung schrieb"));
    }
}
