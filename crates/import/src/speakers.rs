//! Who a mention is: a noun phrase or pronoun at a cue becomes a `Mention`, and the `Registry`
//! resolves it to one speaker of the article (a person, a collective, an anonymous source), so
//! that "Maria Zakharova", "Zakharova", "the spokeswoman" and "she" are one voice.

use super::lexicon::{
    contains, is_shared_organisation, is_time_word, Gender, Lexicon, FEMALE_NAMES, MALE_NAMES,
};

/// The usual gender of a person's given name ("Maria Costa"): never recorded as the entity's
/// gender, which comes from the text alone; only a tie-break between pronoun antecedents that
/// the text does not tell apart, and then the passage is flagged for review.
pub fn name_gender(name: &str) -> Option<Gender> {
    let mut words = name.split(' ');
    let given = words.next()?.to_lowercase();
    words.next()?;
    if FEMALE_NAMES.contains(&given.as_str()) {
        Some(Gender::Female)
    } else if MALE_NAMES.contains(&given.as_str()) {
        Some(Gender::Male)
    } else {
        None
    }
}
use super::confidence::Evidence;
use super::text::Token;
use super::Lang;
use article_model::VoiceKind;

#[derive(Debug, Clone, PartialEq)]
pub enum Mention {
    Pronoun {
        gender: Option<Gender>,
        plural: bool,
    },
    /// A personal name, with the role the text gives it ("Foreign Minister", an apposition).
    Person {
        name: String,
        role: String,
        gender: Option<Gender>,
    },
    /// One capitalised word with no title: a surname already met, or a country or body.
    Single {
        name: String,
    },
    /// A role with no name ("the minister"): resolved to the last person with that role.
    Title {
        head: String,
        phrase: String,
        gender: Option<Gender>,
    },
    Collective {
        name: String,
    },
    Anonymous {
        phrase: String,
        head: String,
    },
}

#[derive(Debug, Clone, PartialEq)]
pub struct Entity {
    pub name: String,
    pub role: String,
    pub gender: Option<Gender>,
    pub kind: VoiceKind,
    pub anonymous: bool,
    /// Every role the text gave it, in its own words ("the agency's chief", "Finance
    /// Minister"): a later "the head of the agency" is matched against all of them.
    pub roles: Vec<String>,
    /// When it last spoke and was last mentioned, in cue order: salience for pronouns.
    pub last_spoke: usize,
    pub last_seen: usize,
    /// How often the text has named or meant it so far.
    pub mentions: u32,
    /// When it was last named or meant, counting names in narration, on the registry's
    /// order: a body only named in narration ("Norvell Systems will close …") is not whom
    /// the text follows, but a later "the company" refers back to it.
    pub last_named: usize,
}

/// How a mention was resolved: what the confidence model reads (the reason says it in words).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Resolved {
    /// A full name, new or met before.
    Named,
    /// A surname alone, matched to a person met before.
    Surname,
    /// One capitalised word met nowhere before, read as a body.
    Single,
    /// A body, by its name or by a kind met before ("the ministry").
    Collective,
    /// A body named only by its kind, with no such body named before.
    KindOnly,
    /// A title or role matched to a person given it.
    Title,
    /// A title no one was given, taken as the last speaker, who had no role.
    TitleGuess,
    /// A title no one was given, as a speaker of its own.
    UnnamedTitle,
    Anonymous,
    Pronoun,
    /// A pronoun with no one before it to mean.
    NoAntecedent,
}

/// What a mention resolved to, and why (the reason shown to the editor).
#[derive(Debug, Clone, PartialEq)]
pub struct Resolution {
    /// `None`: the unidentified speaker.
    pub entity: Option<usize>,
    pub confidence: u8,
    pub reason: String,
    pub resolved: Resolved,
    /// How the choice was made, for the confidence model.
    pub evidence: Evidence,
}

#[derive(Debug, Default)]
pub struct Registry {
    pub entities: Vec<Entity>,
    clock: usize,
    /// Ticks at every mention, and at every body named in narration.
    order: usize,
}

fn words(tokens: &[Token], text: &str) -> String {
    match (tokens.first(), tokens.last()) {
        // (Without the marks of a quoted name inside: „das Magazin „Der Spiegel““.)
        (Some(a), Some(b)) => text[a.start..b.end]
            .chars()
            .filter(|&c| !super::quotes::is_quote_char(c) || c == '\'' || c == '\u{2019}')
            .collect(),
        _ => String::new(),
    }
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

/// "for Education", "of Health": a short capitalised complement that is part of a body's name.
fn trailing_complement(lex: &Lexicon, rest: &[Token]) -> bool {
    (2..=4).contains(&rest.len())
        && rest[1..]
            .iter()
            .all(|t| t.capital || contains(lex.determiners, &t.lower))
}

/// Links that start a genitive complement inside a noun phrase.
const GENITIVE_LINKS: &[&str] = &[
    "of", "de", "d'", "d’", "du", "des", "del", "der", "von", "vom",
];

/// How far back, in mentions on the registry's clock, a pronoun's rivals are counted.
const RECENT: usize = 10;

/// Particles inside names: "Ursula von der Leyen", "Pedro de la Rosa", "Abu Bakr al-Baghdadi".
const NAME_PARTICLES: &[&str] = &[
    "von", "van", "der", "de", "del", "della", "da", "di", "du", "la", "le", "al", "el", "bin",
    "ibn", "dos", "das", "y", "zu", "ter", "den",
];

/// The singular of a plural noun, for the lists ("associations", "ministres", "sindicatos").
fn singular(word: &str) -> Option<&str> {
    word.strip_suffix('s')
        .or_else(|| word.strip_suffix('x'))
        .filter(|w| w.chars().count() >= 4)
}

fn is_role(lex: &Lexicon, t: &Token) -> bool {
    contains(lex.roles, &t.lower)
}

fn is_org(lex: &Lexicon, t: &Token) -> bool {
    contains(lex.organisations, &t.lower)
        || is_shared_organisation(&t.lower)
        || singular(&t.lower).is_some_and(|w| contains(lex.organisations, w))
}

fn gender_of(lex: &Lexicon, lang: Lang, tokens: &[Token]) -> Option<Gender> {
    for (i, t) in tokens.iter().enumerate() {
        if contains(lex.female_titles, &t.lower) {
            return Some(Gender::Female);
        }
        if contains(lex.male_titles, &t.lower) {
            return Some(Gender::Male);
        }
        // German role nouns: "Sprecherin" is a woman, "Sprecher" a man; "die Vorsitzende" is
        // a woman and "der Vorsitzende" a man, by the article alone.
        if lang == Lang::De && is_role(lex, t) && t.capital {
            let article = i.checked_sub(1).map(|k| tokens[k].lower.as_str());
            if t.lower.ends_with("in") || article == Some("die") {
                return Some(Gender::Female);
            }
            let masculine = ["er", "or", "ent", "ant", "ist", "at", "ef", "eur"]
                .iter()
                .any(|e| t.lower.ends_with(e));
            if article == Some("der") || masculine {
                return Some(Gender::Male);
            }
        }
        // French and Spanish: the article before a role noun ("la ministre", "el portavoz").
        if matches!(lang, Lang::Fr | Lang::Es) && is_role(lex, t) && i > 0 {
            match tokens[i - 1].lower.as_str() {
                "la" => return Some(Gender::Female),
                "le" | "el" => return Some(Gender::Male),
                _ => {}
            }
        }
    }
    None
}

/// Reads a noun phrase (the subject at a cue) as a mention. `apposition` is a phrase set off
/// by commas next to it ("Maria Zakharova, the ministry's spokeswoman,").
pub fn classify(
    lex: &Lexicon,
    lang: Lang,
    text: &str,
    span: &[Token],
    apposition: &[Token],
) -> Option<Mention> {
    let span: Vec<Token> = span
        .iter()
        .filter(|t| t.word || t.lower == "'s")
        .cloned()
        .collect();
    if span.is_empty() {
        return None;
    }
    if span.len() == 1 {
        let w = span[0].lower.as_str();
        let female = contains(lex.pronouns_female, w);
        let male = contains(lex.pronouns_male, w);
        let plural = contains(lex.pronouns_plural, w);
        if female || male || plural {
            return Some(Mention::Pronoun {
                gender: if female {
                    Some(Gender::Female)
                } else if male {
                    Some(Gender::Male)
                } else {
                    None
                },
                plural: plural && !female && !male,
            });
        }
    }
    // „der 54-Jährige“, "the 54-year-old": a person named by the age the text gave them.
    if let Some(head) = span.last().and_then(|t| age_noun(&t.lower)) {
        if span.len() == 2 && contains(lex.determiners, &span[0].lower) {
            let gender = match span[0].lower.as_str() {
                "der" => Some(Gender::Male),
                "die" => Some(Gender::Female),
                _ => None,
            };
            return Some(Mention::Title {
                head,
                phrase: words(&span, text),
                gender,
            });
        }
    }
    // A sentence-initial preposition is not part of the source ("Aus Verhandlungskreisen").
    let lead = span
        .iter()
        .take_while(|t| {
            contains(lex.prepositions, &t.lower) || contains(lex.conjunctions, &t.lower)
        })
        .count();
    let full: Vec<Token> = span[lead..].to_vec();
    if full.is_empty() {
        return None;
    }
    // "le maire de Lyon", "l'Ordre des médecins", "der Sprecher des Ministeriums": the name is
    // sought before the genitive; the role or the body's name keeps it.
    let genitive = (1..full.len()).find(|&i| {
        GENITIVE_LINKS.contains(&full[i].lower.as_str())
            && (full[i - 1].capital
                || is_role(lex, &full[i - 1])
                || person_noun(lang, &full[i - 1].lower)
                || is_org(lex, &full[i - 1]))
            && (lang != Lang::En || contains(lex.determiners, &full[0].lower))
    });
    // A prepositional phrase after the head is not the name either ("officials in three
    // countries", "Gesundheitsbeamte in drei Ländern").
    let preposition = (1..full.len()).find(|&i| {
        contains(lex.prepositions, &full[i].lower)
            && !GENITIVE_LINKS.contains(&full[i].lower.as_str())
    });
    if let Some(m) = genitive.and_then(|g| name_after_complement(lex, lang, text, &full, g)) {
        return Some(m);
    }
    let cut = genitive
        .into_iter()
        .chain(preposition)
        .min()
        .unwrap_or(full.len());
    let span: Vec<Token> = full[..cut].to_vec();
    // The name: the last run of capitalised words that are neither roles nor determiners.
    // German capitalises nouns, so a surname may read as a role ("Klaus Richter", "Anna
    // Schneider"): after a given name it is the name.
    let after_name = |i: usize| {
        lang == Lang::De
            && i > 0
            && span[i - 1].capital
            && !is_role(lex, &span[i - 1])
            && !contains(lex.determiners, &span[i - 1].lower)
            && i + 1 == span.len()
    };
    let is_name_at = |i: usize| {
        let t = &span[i];
        t.capital
            && (!is_role(lex, t) || after_name(i))
            && !is_time_word(&t.lower)
            && !contains(lex.determiners, &t.lower)
            && !contains(lex.indefinites, &t.lower)
            && !contains(lex.anonymous_heads, &t.lower)
    };
    let mut end = span.len();
    while end > 0 && !is_name_at(end - 1) {
        end -= 1;
    }
    let mut start = end;
    while start > 0 {
        let t = &span[start - 1];
        let particle = NAME_PARTICLES.contains(&t.lower.as_str())
            && start >= 2
            && span[start - 2].capital
            && start < end;
        if is_name_at(start - 1) || particle {
            start -= 1;
        } else {
            break;
        }
    }
    // Only trailing words after the name may be lower case if they are adverbs; a name must end
    // the phrase (or be followed by organisation words, checked below).
    let trailing = &span[end..];
    let first = &span[0];
    let indefinite = contains(lex.indefinites, &first.lower);
    // A bare plural that names people by what they do is a source the text does not name as
    // well as the listed heads: "researchers at Lakeside University", « des chercheurs ».
    let anonymous_head = span
        .iter()
        .find(|t| contains(lex.anonymous_heads, &t.lower))
        .or_else(|| {
            span.last().filter(|t| {
                span.len() <= 3
                    && !t.capital
                    && singular(&t.lower).is_some_and(|s| person_noun(lang, s))
            })
        });
    let org_word = span.iter().any(|t| is_org(lex, t));
    let gender = gender_of(lex, lang, &span).or_else(|| gender_of(lex, lang, apposition));

    if start < end
        && trailing
            .iter()
            .all(|t| !t.word || contains(lex.adverbs, &t.lower))
    {
        let name_tokens = &span[start..end];
        let name = words(name_tokens, text);
        let before = &span[..start];
        let determiner_before = before
            .last()
            .is_some_and(|t| contains(lex.determiners, &t.lower));
        let name_is_org = name_tokens.iter().any(|t| is_org(lex, t));
        // German capitalises nouns, and a name takes no article: "der Gewerkschafter" is a
        // role with no name, "die Fahrerin" too.
        if lang == Lang::De
            && determiner_before
            && !name_is_org
            && name_tokens.len() == 1
            && person_noun(lang, &name_tokens[0].lower)
        {
            let gender = gender.or(match before.last().map(|t| t.lower.as_str()) {
                Some("der") => Some(Gender::Male),
                Some("die") => Some(Gender::Female),
                _ => None,
            });
            return Some(Mention::Title {
                head: name_tokens[0].lower.clone(),
                phrase: words(&full[start.saturating_sub(1)..], text),
                gender,
            });
        }
        if name_is_org || (determiner_before && !before.iter().any(|t| is_role(lex, t))) {
            // "the Kremlin", "Russia's Foreign Ministry", "die Grünen".
            let from = if determiner_before {
                start
            } else {
                before.iter().position(|t| t.capital).unwrap_or(start)
            };
            // The body's full name runs through its complement ("Department for Education").
            let through = genitive.is_some() || trailing_complement(lex, &full[cut..]);
            let to = if through {
                &full[from..]
            } else {
                &span[from..end]
            };
            // (Past the opening mark of a quoted name: „der „Neuen Wochenpost““.)
            let article = before
                .iter()
                .rev()
                .find(|t| t.word)
                .map(|t| t.lower.as_str());
            return Some(Mention::Collective {
                name: nominative(lang, article, words(to, text)),
            });
        }
        let role_tokens: Vec<Token> = full[..start]
            .iter()
            .filter(|t| !contains(lex.determiners, &t.lower))
            .cloned()
            .collect();
        let mut role = words(&role_tokens, text);
        if role.is_empty()
            && apposition.len() <= 12
            && apposition.first().is_some_and(|t| {
                contains(lex.determiners, &t.lower) || is_role(lex, t) || t.capital
            })
        {
            role = words(apposition, text);
        }
        // A given name's usual gender is not the text's word: it is kept out of the entity
        // (see `name_gender`, a tie-break that the review flags).
        if name_tokens.len() == 1 && role.is_empty() && gender.is_none() {
            if genitive.is_some() {
                // "Forscher der Universität Seefeld": a body, named in full.
                return Some(Mention::Collective {
                    name: words(&full[start..], text),
                });
            }
            return Some(Mention::Single { name });
        }
        return Some(Mention::Person { name, role, gender });
    }
    // An apposition may hold the name: "the ministry's spokeswoman, Maria Zakharova,".
    if !apposition.is_empty()
        && apposition
            .iter()
            .all(|t| t.capital || NAME_PARTICLES.contains(&t.lower.as_str()) || !t.word)
        && apposition.len() <= 5
    {
        let role = words(&full, text);
        return Some(Mention::Person {
            name: words(apposition, text),
            role,
            gender,
        });
    }
    // An indefinite description is a source the text does not name ("a senior diplomat",
    // "one engineer"), as is a bare plural one ("officials", "sources close to the talks").
    let plural_bare = anonymous_head.is_some_and(|h| {
        !contains(lex.determiners, &first.lower)
            && (h.lower.ends_with('s') || (lang == Lang::De && h.lower.ends_with("en")))
    });
    if indefinite || plural_bare {
        let head = anonymous_head
            .or(span.last())
            .map(|t| t.lower.clone())
            .unwrap_or_default();
        return Some(Mention::Anonymous {
            phrase: words(&full, text),
            head,
        });
    }
    if let Some(role) = span
        .iter()
        .rev()
        .find(|t| is_role(lex, t) && t.lower.chars().count() > 2)
    {
        // A possessive is a determiner too: "Kingsford's elected leader", "the city's mayor".
        let possessive = lang == Lang::En
            && span[..span.len() - 1]
                .iter()
                .any(|t| t.lower.ends_with("'s") || t.lower.ends_with("\u{2019}s"));
        if contains(lex.determiners, &first.lower) || lang == Lang::De || possessive {
            return Some(Mention::Title {
                head: role.lower.clone(),
                phrase: words(&full, text),
                gender,
            });
        }
    }
    // "the driver", "le chauffeur", "el conductor": a noun that names a person by what they
    // do is a role with no name.
    if let (true, Some(head)) = (contains(lex.determiners, &first.lower), span.last()) {
        if !org_word && span.len() <= 4 && person_noun(lang, &head.lower) {
            return Some(Mention::Title {
                head: head.lower.clone(),
                phrase: words(&full, text),
                gender,
            });
        }
    }
    if org_word {
        let from = usize::from(contains(lex.determiners, &first.lower));
        if from < span.len() {
            return Some(Mention::Collective {
                name: capitalise(&words(&full[from..], text)),
            });
        }
    }
    if let Some(head) = anonymous_head {
        return Some(Mention::Title {
            head: head.lower.clone(),
            phrase: words(&span, text),
            gender,
        });
    }
    None
}

/// The name of a body named in narration by a run of capitalised words ("the Interior
/// Ministry", „die Deutsche Bahn“, "Norvell Systems Ltd"), without its article: a name of two
/// words or more with an organisation's word in it, or starting or ending as companies' names
/// do. A body named by its kind alone ("the company") names nothing new.
pub fn body_name(lex: &Lexicon, text: &str, run: &[Token]) -> Option<String> {
    let mut run = run;
    while run
        .first()
        .is_some_and(|t| contains(lex.determiners, &t.lower))
    {
        run = &run[1..];
    }
    let last = run.last()?;
    // ("Police Chief Carlos Rivas" is a person.)
    let named = run.len() >= 2
        && run.iter().all(|t| t.capital || !t.word)
        && !run.iter().any(|t| contains(lex.roles, &t.lower))
        && (run.iter().any(|t| contains(lex.organisations, &t.lower))
            || [&run[0], last]
                .iter()
                .any(|t| BODY_NAME_WORDS.contains(&t.lower.trim_end_matches('.'))));
    let name = words(run, text);
    (named && !is_kind_only(&name)).then_some(name)
}

/// A noun that names a person by age („54-Jährige“, „54-Jähriger“, "54-year-old"), as the
/// role the text records when it gives the age ("54-Jährige").
pub fn age_noun(word: &str) -> Option<String> {
    let (n, rest) = word.split_once('-')?;
    if n.is_empty() || n.len() > 3 || !n.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    match rest {
        "jährige" | "jähriger" | "jährigen" => Some(format!("{n}-jährige")),
        "year-old" => Some(format!("{n}-year-old")),
        _ => None,
    }
}

/// A German body named in the genitive ("des Gesundheitsministeriums", "des Vereins") or
/// the dative ("der Deutschen Bahn", "dem Statistischen Bundesamt") by its nominative, the
/// form it has as a subject, so that both mentions are one voice.
fn nominative(lang: Lang, article: Option<&str>, name: String) -> String {
    if lang != Lang::De || !name.contains(' ') {
        return genitive_noun(lang, article, name);
    }
    // An adjective before the noun takes -en after „der“ (feminine singular: „der Deutschen
    // Bahn“), „des“ and „dem“; its nominative after the article has -e. (After „der“ before
    // a noun that is not feminine, „der Vereinten Nationen“ is a plural, which keeps -en.)
    let words: Vec<&str> = name.split(' ').collect();
    let last = words[words.len() - 1];
    let feminine = [
        "ung", "heit", "keit", "schaft", "tion", "tät", "ei", "ik", "ion", "enz", "anz", "bahn",
        "post", "schau",
    ]
    .iter()
    .any(|e| last.to_lowercase().ends_with(e));
    let singular = match article {
        Some("des" | "dem" | "eines" | "einem") => true,
        Some("der" | "einer") => feminine,
        _ => false,
    };
    if !singular {
        return name;
    }
    let mut out: Vec<String> = words[..words.len() - 1]
        .iter()
        .map(|w| {
            let adjective = w.chars().next().is_some_and(char::is_uppercase)
                && w.ends_with("en")
                && w.chars().count() >= 5;
            if adjective {
                w[..w.len() - 1].to_string()
            } else {
                w.to_string()
            }
        })
        .collect();
    out.push(genitive_noun(lang, article, last.to_string()));
    out.join(" ")
}

/// One noun in the genitive („Gesundheitsministeriums“) by its nominative.
fn genitive_noun(lang: Lang, article: Option<&str>, name: String) -> String {
    if lang != Lang::De || !matches!(article, Some("des" | "eines")) || name.contains(' ') {
        return name;
    }
    let n = name.chars().count();
    let base = if name.ends_with("sses") {
        name.strip_suffix("ses")
    } else if name.ends_with("es") && n > 6 {
        name.strip_suffix("es")
    } else if name.ends_with('s') && n > 4 {
        name.strip_suffix('s')
    } else {
        None
    };
    base.map_or(name.clone(), str::to_string)
}

/// "la PDG du groupe Thi Lan Nguyen", "el director del hospital Carlos Rivas", "le ministre
/// de l'Économie François Aubry": a role, its complement (one or two words after the link),
/// then the name, which ends the phrase. `g` is the genitive link after the role.
fn name_after_complement(
    lex: &Lexicon,
    lang: Lang,
    text: &str,
    full: &[Token],
    g: usize,
) -> Option<Mention> {
    if lang == Lang::En
        || !full[..g]
            .iter()
            .any(|t| is_role(lex, t) || person_noun(lang, &t.lower))
    {
        return None;
    }
    let name_word = |t: &Token| {
        t.capital
            && !is_role(lex, t)
            && !is_org(lex, t)
            && !contains(lex.determiners, &t.lower)
            && !is_time_word(&t.lower)
            && !GENITIVE_LINKS.contains(&t.lower.as_str())
    };
    let mut run = full.len();
    while run > g + 1 && name_word(&full[run - 1]) {
        run -= 1;
    }
    let complement_at = (g + 1..run)
        .find(|&i| !contains(lex.determiners, &full[i].lower))
        .unwrap_or(run);
    // A capitalised complement ("de Rennes Mei Chen", "de la CGT Sophie Delaunay") is the
    // first word of the run; the name is the rest, two words at least.
    if complement_at == run && full.len() - run >= 3 {
        run += 1;
    }
    let complement = run - complement_at;
    if full.len() - run < 2 || !(1..=2).contains(&complement) {
        return None;
    }
    let role: Vec<Token> = full[..run]
        .iter()
        .skip_while(|t| contains(lex.determiners, &t.lower))
        .cloned()
        .collect();
    Some(Mention::Person {
        name: words(&full[run..], text),
        role: words(&role, text),
        gender: gender_of(lex, lang, &full[..run]),
    })
}

/// Nouns that name a body by its kind alone ("the company", "le groupe", "der Konzern").
const KINDS: &[&str] = &[
    "company",
    "firm",
    "group",
    "club",
    "agency",
    "ministry",
    "department",
    "organisation",
    "organization",
    "authority",
    "union",
    "party",
    "institute",
    "bank",
    "société",
    "entreprise",
    "groupe",
    "ministère",
    "unternehmen",
    "konzern",
    "verein",
    "firma",
    "ministerium",
    "empresa",
    "compañía",
    "grupo",
    "ministerio",
    "compagnie",
    "firme",
    "agence",
    "syndicat",
    "parti",
    "behörde",
    "gewerkschaft",
    "partei",
    "agencia",
    "sindicato",
    "partido",
];

/// Kind nouns that fit any business ("the company", „der Konzern“, « la société »): they
/// refer back to the last body named that is not of another kind. The other kinds ("the
/// ministry", „die Gewerkschaft“) refer back only to a name that contains the noun.
const BUSINESS_KINDS: &[&str] = &[
    "company",
    "firm",
    "group",
    "corporation",
    "société",
    "entreprise",
    "groupe",
    "compagnie",
    "firme",
    "unternehmen",
    "konzern",
    "firma",
    "empresa",
    "compañía",
    "grupo",
];

/// Words that make a name a public body, which "the company" does not refer back to.
const PUBLIC_BODIES: &[&str] = &[
    "government",
    "police",
    "council",
    "court",
    "parliament",
    "city",
    "state",
    "gouvernement",
    "conseil",
    "tribunal",
    "mairie",
    "préfecture",
    "ville",
    "région",
    "regierung",
    "polizei",
    "rat",
    "gericht",
    "amt",
    "stadt",
    "senat",
    "gobierno",
    "policía",
    "consejo",
    "ayuntamiento",
    "junta",
    "generalitat",
    "fiscalía",
    "guardia",
];

/// First or last words of a company's name that mark it as one (legal forms, trade words:
/// "Norvell Systems", "Industrias Carbajo").
const BODY_NAME_WORDS: &[&str] = &[
    "inc",
    "ltd",
    "plc",
    "corp",
    "llc",
    "ag",
    "gmbh",
    "se",
    "sa",
    "sl",
    "spa",
    "sas",
    "nv",
    "bv",
    "group",
    "holding",
    "holdings",
    "systems",
    "energy",
    "motors",
    "airlines",
    "airways",
    "foods",
    "pharma",
    "telecom",
    "logistics",
    "industries",
    "technologies",
    "freight",
    "groupe",
    "énergie",
    "industrie",
    "gruppe",
    "energie",
    "werke",
    "logistik",
    "grupo",
    "energía",
    "industrias",
];

/// Whether a collective's name is its kind alone ("the company", "Unternehmen").
fn is_kind_only(name: &str) -> bool {
    let n = norm(name);
    let n = n
        .split(' ')
        .filter(|w| !ROLE_STOP.contains(w))
        .collect::<Vec<_>>()
        .join(" ");
    KINDS.contains(&n.as_str())
}

/// Role nouns that name the same post in other words, across the languages of the rules.
#[rustfmt::skip]
const ROLE_SYNONYMS: &[&[&str]] = &[
    &["chief", "head", "director", "boss", "leader", "chairman", "chairwoman", "chair", "executive"],
    &["coach", "manager", "trainer", "entraîneur", "entraîneuse", "sélectionneur", "technicien",
      "entrenador", "entrenadora", "técnico", "técnica", "míster", "trainerin", "übungsleiter",
      "übungsleiterin", "cheftrainer", "cheftrainerin"],
    &["spokesman", "spokeswoman", "spokesperson", "porte-parole", "portavoz", "vocero", "vocera",
      "sprecher", "sprecherin"],
    &["mayor", "maire", "édile", "alcalde", "alcaldesa", "regidor", "regidora", "edil",
      "bürgermeister", "bürgermeisterin", "stadtoberhaupt", "rathauschef", "rathauschefin"],
    &["minister", "secretary", "ministre", "ministro", "ministra", "titular", "ministerin",
      "ressortchef", "ressortchefin"],
    &["directeur", "directrice", "patron", "patronne", "chef", "cheffe", "dirigeant",
      "dirigeante", "responsable", "numéro", "pdg"],
    &["director", "directora", "jefe", "jefa", "responsable", "máximo", "máxima", "dirigente",
      "titular"],
    &["chef", "chefin", "leiter", "leiterin", "direktor", "direktorin", "vorsitzende",
      "vorsitzender", "boss", "manager", "managerin"],
    &["unionist", "trade unionist", "union", "syndicaliste", "syndicat", "cgt", "cfdt",
      "sindicalista", "sindicato", "gewerkschafter", "gewerkschafterin", "gewerkschaft"],
    &["lawyer", "attorney", "counsel", "avocat", "avocate", "abogado", "abogada", "anwalt",
      "anwältin"],
];

/// Words of a role phrase that carry no meaning of their own.
const ROLE_STOP: &[&str] = &[
    "the", "a", "an", "of", "de", "du", "des", "la", "le", "les", "l", "d", "el", "los", "las",
    "del", "der", "die", "das", "den", "dem", "von", "vom", "its", "his", "her", "their", "in",
    "for", "and", "y", "et", "und", "un", "una", "une", "ein", "eine",
];

fn content_words(s: &str) -> Vec<String> {
    norm(s)
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .map(|w| {
            w.strip_suffix("s")
                .filter(|_| w.len() > 4)
                .unwrap_or(w)
                .to_string()
        })
        .filter(|w| w.chars().count() >= 2 && !ROLE_STOP.contains(&w.as_str()))
        .collect()
}

/// Two words of one stem: a long common start ("ministra"/"ministro", "préfet"/"préfète",
/// "gewerkschafter"/"gewerkschaftschef"), or one inside the other (the German compound
/// "polizeisprecher" holds "sprecher" and "polizei").
fn same_stem(a: &str, b: &str) -> bool {
    // Short titles and acronyms ("PDG", "CEO", "DG") match only themselves.
    if a == b {
        return true;
    }
    let common = a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count();
    let shorter = a.chars().count().min(b.chars().count());
    // A long shared start is a shared stem ("Gewerkschafterin", "Gewerkschaftschefin").
    common >= 8
        || (shorter >= 4 && common >= 4 && common + 3 >= shorter)
        || (shorter >= 5 && (a.contains(b) || b.contains(a)))
}

/// Whether a role word has the head noun `head`: one stem, and a compound only by its last
/// part, where German puts the head („Innenminister“ is a „Minister“, but
/// „Innenministerium“ is a body, not a person, though it holds the same letters).
fn same_head(head: &str, w: &str) -> bool {
    let body = |x: &str| {
        [
            "ium",
            "iums",
            "ministry",
            "ministère",
            "ministerio",
            "schaft",
            "amt",
            "amts",
        ]
        .iter()
        .any(|e| x.ends_with(e))
    };
    if body(head) != body(w) {
        return false;
    }
    let common = head
        .chars()
        .zip(w.chars())
        .take_while(|(x, y)| x == y)
        .count();
    let shorter = head.chars().count().min(w.chars().count());
    head == w
        || common >= 8
        || (shorter >= 4 && common >= 4 && common + 3 >= shorter)
        || (shorter >= 5 && (w.ends_with(head) || head.ends_with(w)))
}

/// How well a description ("the head of the finance ministry", head "head") fits a role the
/// text gave someone ("the finance minister"): 4 for the head noun itself, 3 for a synonym, 1
/// for each other word of the same stem. 2 or more is a fit.
fn role_fit(head: &str, phrase: &str, role: &str) -> u32 {
    let role_words = content_words(role);
    if role_words.is_empty() {
        return 0;
    }
    // A German compound holds its head last: "Innenminister" is a "Minister".
    let member = |w: &str, x: &str| w == x || (x.chars().count() >= 4 && w.ends_with(x));
    let synonym = |a: &str, b: &str| {
        ROLE_SYNONYMS
            .iter()
            .any(|g| g.iter().any(|x| member(a, x)) && g.iter().any(|x| member(b, x)))
    };
    // The same word beats a synonym: "the director" is the agency director before the
    // union leader.
    let head_fits = if role_words.iter().any(|w| same_head(head, w)) {
        4
    } else {
        3 * u32::from(role_words.iter().any(|w| synonym(head, w)))
    };
    let others = content_words(phrase)
        .into_iter()
        .filter(|w| w != head)
        .filter(|w| role_words.iter().any(|r| same_stem(w, r)))
        .count() as u32;
    // "the head of the finance ministry", « le numéro un de la CGT »: after a head that
    // only says "who leads", the complement says what is led, and outweighs a head that is
    // a synonym of any leader's (« numéro un » and "PDG" are both heads).
    let weight = if GENERIC_HEADS.contains(&head) { 4 } else { 1 };
    head_fits + weight * others
}

/// Role nouns that say only that someone leads; their complement names the post.
#[rustfmt::skip]
const GENERIC_HEADS: &[&str] = &[
    "head", "chief", "leader", "boss", "official", "representative", "numéro", "patron", "patronne", "responsable", "jefe",
    "jefa", "líder", "máximo", "máxima", "chef", "chefin", "leiter", "leiterin",
];

/// Whether a common noun names a person by what they do ("driver", "résident", "vecino"):
/// its ending says so in each language. Nouns with those endings that name things are left
/// out.
pub fn person_noun(lang: Lang, word: &str) -> bool {
    const THINGS: &[&str] = &[
        "paper",
        "letter",
        "order",
        "number",
        "border",
        "matter",
        "water",
        "power",
        "chapter",
        "cover",
        "filter",
        "center",
        "centre",
        "computer",
        "river",
        "career",
        "quarter",
        "report",
        "monitor",
        "sector",
        "factor",
        "error",
        "motor",
        "floor",
        "door",
        "tower",
        "winter",
        "summer",
        "weather",
        "meter",
        "register",
        "counter",
        "trailer",
        "poster",
        "agent",
        "event",
        "moment",
        "comment",
        "statement",
        "document",
        "argument",
        "element",
        "percent",
        "content",
        "extent",
        "amount",
        "plant",
        "grant",
        "account",
        "point",
        "moteur",
        "ordinateur",
        "secteur",
        "facteur",
        "valeur",
        "couleur",
        "erreur",
        "intérieur",
        "extérieur",
        "ascenseur",
        "compteur",
        "moniteur",
        "radiateur",
        "sommer",
        "winter",
        "fehler",
        "zimmer",
        "wasser",
        "fenster",
        "messer",
        "theater",
        "keller",
        "teller",
        "koffer",
        "hammer",
        "finger",
        "körper",
        "ufer",
        "feuer",
        "alter",
        "muster",
        "oktober",
        "september",
        "november",
        "dezember",
        "kinder",
        "länder",
        "bilder",
        "häuser",
        "lieder",
        "bücher",
        "eier",
        "orchester",
        "kilometer",
        "liter",
        "zentimeter",
        "prozent",
        "restaurant",
    ];
    let n = word.chars().count();
    if n < 4 || THINGS.contains(&word) {
        return false;
    }
    let ends = |list: &[&str]| list.iter().any(|e| word.ends_with(e));
    match lang {
        Lang::En => {
            ends(&["er", "or", "ist", "ian", "ant", "ent", "eer"]) && !word.ends_with("ment")
        }
        Lang::Fr => ends(&["eur", "euse", "rice", "iste", "ien", "ienne"]),
        // German agent nouns: "Gewerkschafter", "Fahrerin", "Polizist", "Demonstrant".
        Lang::De => {
            ends(&[
                "er", "erin", "ist", "istin", "ant", "antin", "ent", "entin", "eur", "eurin",
            ]) && !ends(&["ment", "ier", "euer", "auer", "uer"])
        }
        Lang::Es => {
            ends(&["ista", "dor", "dora", "tor", "tora", "ero", "era"])
                && !ends(&[
                    "carretera",
                    "dinero",
                    "frontera",
                    "primero",
                    "tercero",
                    "bandera",
                    "manera",
                ])
        }
        _ => false,
    }
}

fn norm(s: &str) -> String {
    s.to_lowercase().replace(['\u{2019}', '\''], "")
}

fn last_word(s: &str) -> String {
    norm(s.split([' ', '-']).next_back().unwrap_or(s))
}

impl Registry {
    /// The registry's clock: it ticks at every mention.
    pub fn clock(&self) -> usize {
        self.clock
    }

    /// The entity mentioned most recently, if after `since` on the clock: whom the text is
    /// following.
    pub fn most_salient(&self, since: usize) -> Option<usize> {
        self.entities
            .iter()
            .enumerate()
            .filter(|(_, e)| e.last_seen > since)
            .max_by_key(|(_, e)| e.last_seen)
            .map(|(i, _)| i)
    }

    pub fn touch_spoke(&mut self, i: usize) {
        self.touch(i, true);
    }

    fn touch(&mut self, i: usize, spoke: bool) {
        self.clock += 1;
        self.order += 1;
        self.entities[i].last_named = self.order;
        self.entities[i].last_seen = self.clock;
        self.entities[i].mentions += 1;
        if spoke {
            self.entities[i].last_spoke = self.clock;
        }
    }

    fn add(&mut self, entity: Entity) -> usize {
        self.entities.push(entity);
        self.entities.len() - 1
    }

    fn new_entity(
        name: String,
        role: String,
        gender: Option<Gender>,
        kind: VoiceKind,
        anonymous: bool,
    ) -> Entity {
        Entity {
            name,
            role,
            gender,
            kind,
            anonymous,
            roles: Vec::new(),
            last_spoke: 0,
            last_seen: 0,
            mentions: 0,
            last_named: 0,
        }
    }

    fn find_person(&self, name: &str) -> Option<usize> {
        let n = norm(name);
        let tokens: Vec<&str> = n.split(' ').collect();
        let surname = last_word(name);
        self.entities
            .iter()
            .enumerate()
            .filter(|(_, e)| e.kind == VoiceKind::Person && !e.anonymous)
            .filter(|(_, e)| {
                let en = norm(&e.name);
                let et: Vec<&str> = en.split(' ').collect();
                en == n
                    || (last_word(&e.name) == surname
                        && (tokens.len() == 1
                            || et.len() == 1
                            || tokens[0] == et[0]
                            || tokens[0].chars().next() == et[0].chars().next()))
            })
            .max_by_key(|(_, e)| e.last_seen)
            .map(|(i, _)| i)
    }

    fn find_collective(&self, name: &str) -> Option<usize> {
        let n = norm(name);
        self.entities
            .iter()
            .enumerate()
            .filter(|(_, e)| e.kind == VoiceKind::Collective)
            .filter(|(_, e)| {
                let en = norm(&e.name);
                en == n
                    || (!n.contains(' ')
                        && en
                            .split(' ')
                            .any(|w| w == n || (n.chars().count() >= 5 && w.ends_with(n.as_str()))))
                    || en.ends_with(&format!(" {n}"))
                    || n.ends_with(&format!(" {en}"))
            })
            .max_by_key(|(_, e)| e.last_seen)
            .map(|(i, _)| i)
    }

    /// The last person to speak, if the text gave them no role.
    fn recent_roleless_speaker(&self, gender: Option<Gender>) -> Option<usize> {
        let (i, e) = self
            .entities
            .iter()
            .enumerate()
            .filter(|(_, e)| e.last_spoke > 0)
            .max_by_key(|(_, e)| e.last_spoke)?;
        let fits = e.kind == VoiceKind::Person
            && !e.anonymous
            && e.role.is_empty()
            && (gender.is_none() || e.gender.is_none() || e.gender == gender);
        fits.then_some(i)
    }

    /// Whether a collective mention names a body already met.
    pub fn known_collective(&self, m: &Mention) -> bool {
        match m {
            Mention::Collective { name } | Mention::Single { name } => {
                self.find_collective(name).is_some() || self.find_person(name).is_some()
            }
            _ => false,
        }
    }

    /// "The company", "the ministry": a body named only by its kind is the body of that kind
    /// most recently in the text, spoken or only named in narration.
    fn recent_collective(&self, name: &str) -> Option<usize> {
        let kind = norm(name)
            .split(' ')
            .filter(|w| !ROLE_STOP.contains(w))
            .collect::<Vec<_>>()
            .join(" ");
        if !KINDS.contains(&kind.as_str()) {
            return None;
        }
        // A word of the name is the noun itself, or a compound ending in it
        // („Innenministerium“ for „das Ministerium“).
        let has = |words: &str, k: &str| {
            words
                .split([' ', '-'])
                .any(|w| w == k || (w.chars().count() > k.chars().count() + 2 && w.ends_with(k)))
        };
        let business = BUSINESS_KINDS.contains(&kind.as_str());
        self.entities
            .iter()
            .enumerate()
            .filter(|(_, e)| {
                e.kind == VoiceKind::Collective && !e.anonymous && !is_kind_only(&e.name)
            })
            .filter(|(_, e)| {
                let words = norm(&e.name);
                has(&words, &kind)
                    || (business
                        && !KINDS
                            .iter()
                            .filter(|k| !BUSINESS_KINDS.contains(k))
                            .any(|k| has(&words, k))
                        && !PUBLIC_BODIES.iter().any(|k| has(&words, k)))
            })
            .max_by_key(|(_, e)| e.last_named)
            .map(|(i, _)| i)
    }

    /// Records a body named in narration (not at a cue), so that a later "the company" or
    /// „das Ministerium“ can refer back to it.
    pub fn note_collective(&mut self, name: &str) {
        let i = match self.find_collective(name) {
            Some(i) => i,
            None => self.add(Self::new_entity(
                name.to_string(),
                String::new(),
                None,
                VoiceKind::Collective,
                false,
            )),
        };
        // (Not a mention on the clock: the body is not whom the text goes on about.)
        self.order += 1;
        self.entities[i].last_named = self.order;
    }

    /// Brings back to mind a person met before, named here by surname alone.
    pub fn note_surname(&mut self, word: &str) {
        if let Some(i) = self.entities.iter().position(|e| {
            e.kind == VoiceKind::Person
                && !e.anonymous
                && e.name.contains(' ')
                && last_word(&e.name) == norm(word)
        }) {
            self.touch(i, false);
        }
    }

    /// Records a person named in narration (not at a cue), so a later pronoun can find them.
    pub fn note_person(&mut self, name: &str, role: &str, gender: Option<Gender>) {
        let i = match self.find_person(name) {
            Some(i) => i,
            None => self.add(Self::new_entity(
                name.to_string(),
                role.to_string(),
                gender,
                VoiceKind::Person,
                false,
            )),
        };
        self.merge_facts(i, name, role, gender);
        self.touch(i, false);
    }

    /// Adds a role the text gave a person named in narration.
    pub fn note_role(&mut self, name: &str, role: &str) {
        if let Some(i) = self.find_person(name) {
            let e = &mut self.entities[i];
            if !e.roles.iter().any(|r| r == role) {
                e.roles.push(role.to_string());
            }
            if e.role.is_empty() {
                e.role = role.to_string();
            }
        }
    }

    /// Adds the age the text gave a person named in narration, as a role a later „die
    /// 54-Jährige“ matches; not the role shown to the editor, nor one that makes a later
    /// title ("the senator") look for someone else.
    pub fn note_age(&mut self, name: &str, age: &str) {
        if let Some(i) = self.find_person(name) {
            let e = &mut self.entities[i];
            if !e.roles.iter().any(|r| r == age) {
                e.roles.push(age.to_string());
            }
        }
    }

    fn merge_facts(&mut self, i: usize, name: &str, role: &str, gender: Option<Gender>) {
        let e = &mut self.entities[i];
        if !role.is_empty() && !e.roles.iter().any(|r| r == role) {
            e.roles.push(role.to_string());
        }
        // The fullest form used in the article.
        if name.split(' ').count() > e.name.split(' ').count() {
            e.name = name.to_string();
        }
        if e.role.is_empty() || (role.len() > e.role.len() && !role.is_empty()) {
            e.role = role.to_string();
        }
        if e.gender.is_none() {
            e.gender = gender;
        }
    }

    /// Resolves a mention at a cue to a speaker. `fresh` limits pronouns to recent speakers.
    pub fn resolve(&mut self, mention: &Mention) -> Resolution {
        let mut evidence = Evidence::default();
        let clock = self.clock;
        let gap = |e: &Entity| (clock - e.last_seen.min(clock)).min(u16::MAX as usize) as u16;
        let (entity, confidence, resolved, reason) = match mention {
            Mention::Person { name, role, gender } => {
                let (i, how) = match self.find_person(name) {
                    Some(i) => {
                        evidence.gap = gap(&self.entities[i]);
                        (i, "named")
                    }
                    None => (
                        self.add(Self::new_entity(
                            name.clone(),
                            role.clone(),
                            *gender,
                            VoiceKind::Person,
                            false,
                        )),
                        "named",
                    ),
                };
                self.merge_facts(i, name, role, *gender);
                (Some(i), 95, Resolved::Named, how.to_string())
            }
            Mention::Single { name } => {
                if let Some(i) = self.find_person(name) {
                    evidence.gap = gap(&self.entities[i]);
                    let surname = last_word(name);
                    evidence.rivals = self
                        .entities
                        .iter()
                        .enumerate()
                        .filter(|&(j, e)| {
                            j != i && e.kind == VoiceKind::Person && last_word(&e.name) == surname
                        })
                        .count()
                        .min(9) as u8;
                    (
                        Some(i),
                        90,
                        Resolved::Surname,
                        format!("surname resolved to {}", self.entities[i].name),
                    )
                } else if let Some(i) = self.find_collective(name) {
                    (Some(i), 85, Resolved::Collective, "collective".to_string())
                } else {
                    let i = self.add(Self::new_entity(
                        name.clone(),
                        String::new(),
                        None,
                        VoiceKind::Collective,
                        false,
                    ));
                    (
                        Some(i),
                        70,
                        Resolved::Single,
                        "single name with no title: read as a collective".to_string(),
                    )
                }
            }
            Mention::Title {
                head,
                phrase,
                gender,
            } => {
                // The person whose roles this description fits best ("the director" for "the
                // agency's chief", "der Polizeisprecher" for "Sprecher der Polizei"), the
                // most recently seen among equals.
                let fitting: Vec<(usize, u32, usize)> = self
                    .entities
                    .iter()
                    .enumerate()
                    .filter(|(_, e)| gender.is_none() || e.gender.is_none() || e.gender == *gender)
                    .filter_map(|(i, e)| {
                        let score = if e.kind == VoiceKind::Person && !e.anonymous {
                            std::iter::once(&e.role)
                                .chain(&e.roles)
                                .map(|r| role_fit(head, phrase, r))
                                .max()
                                .unwrap_or(0)
                        } else if e.anonymous && norm(&e.name).contains(head.as_str()) {
                            3
                        } else {
                            0
                        };
                        (score >= 2).then_some((i, score, e.last_seen))
                    })
                    .collect();
                let found = fitting
                    .iter()
                    .max_by_key(|&&(_, score, seen)| (score, seen))
                    .map(|&(i, _, _)| i);
                evidence.rivals = fitting.len().saturating_sub(1).min(9) as u8;
                match found {
                    Some(i) => {
                        evidence.gap = gap(&self.entities[i]);
                        if self.entities[i].gender.is_none() {
                            self.entities[i].gender = *gender;
                        }
                        (
                            Some(i),
                            75,
                            Resolved::Title,
                            format!(
                                "title \u{201c}{phrase}\u{201d} resolved to {}",
                                self.entities[i].name
                            ),
                        )
                    }
                    // No one has that role yet: a title usually describes the person just
                    // named, when the text gave that person no role ("Lee said … The senator
                    // added …").
                    None if self.recent_roleless_speaker(*gender).is_some() => {
                        let i = self.recent_roleless_speaker(*gender).unwrap_or_default();
                        self.entities[i].role = phrase.clone();
                        (Some(i), 50, Resolved::TitleGuess, format!("title \u{201c}{phrase}\u{201d} taken as {}, the last speaker, who had no role", self.entities[i].name))
                    }
                    None => {
                        let i = self.add(Self::new_entity(
                            capitalise(phrase),
                            head.clone(),
                            *gender,
                            VoiceKind::Person,
                            false,
                        ));
                        (
                            Some(i),
                            55,
                            Resolved::UnnamedTitle,
                            "unnamed title".to_string(),
                        )
                    }
                }
            }
            Mention::Collective { name } => match self
                .find_collective(name)
                .or_else(|| self.recent_collective(name))
            {
                Some(i) => (Some(i), 85, Resolved::Collective, "collective".to_string()),
                None if is_kind_only(name) => {
                    let i = self.add(Self::new_entity(
                        capitalise(name),
                        String::new(),
                        None,
                        VoiceKind::Collective,
                        false,
                    ));
                    (
                        Some(i),
                        55,
                        Resolved::KindOnly,
                        "collective named only by its kind, with no such body named before"
                            .to_string(),
                    )
                }
                None => {
                    let i = self.add(Self::new_entity(
                        capitalise(name),
                        String::new(),
                        None,
                        VoiceKind::Collective,
                        false,
                    ));
                    (Some(i), 85, Resolved::Collective, "collective".to_string())
                }
            },
            Mention::Anonymous { phrase, head } => {
                let n = norm(phrase);
                let i = match self
                    .entities
                    .iter()
                    .position(|e| e.anonymous && norm(&e.name) == n)
                {
                    Some(i) => i,
                    None => {
                        let plural =
                            head.ends_with('s') || head.ends_with('n') && head.ends_with("en");
                        let kind = if plural {
                            VoiceKind::Collective
                        } else {
                            VoiceKind::Person
                        };
                        self.add(Self::new_entity(
                            capitalise(phrase),
                            String::new(),
                            None,
                            kind,
                            true,
                        ))
                    }
                };
                (
                    Some(i),
                    80,
                    Resolved::Anonymous,
                    "anonymous source".to_string(),
                )
            }
            Mention::Pronoun { gender, plural } => {
                // The gender an entity has for this choice: the text's, or with `names`, the
                // usual gender of its given name where the text says none.
                let gender_of = |e: &Entity, names: bool| {
                    e.gender
                        .or_else(|| names.then(|| name_gender(&e.name)).flatten())
                };
                let fits = |e: &Entity, names: bool| {
                    if *plural {
                        // (A body only named in narration is not a "they" of the text.)
                        e.kind == VoiceKind::Collective && e.last_seen > 0
                    } else {
                        let g = gender_of(e, names);
                        e.kind == VoiceKind::Person
                            && (gender.is_none() || g.is_none() || g == *gender)
                    }
                };
                // The person most recently in the text: a speaker, or someone just introduced.
                let salience = |e: &Entity| (e.last_seen, e.last_spoke);
                let best = |exact: bool, names: bool| {
                    self.entities
                        .iter()
                        .enumerate()
                        .filter(|(_, e)| {
                            fits(e, names)
                                && (!exact || (gender.is_some() && gender_of(e, names) == *gender))
                        })
                        .max_by_key(|(_, e)| salience(e))
                        .map(|(i, _)| i)
                };
                // A known "she" beats a person of unknown gender mentioned a little later.
                let choose = |names: bool| match (best(true, names), best(false, names)) {
                    (Some(exact), Some(any))
                        if self.entities[any].last_spoke <= self.entities[exact].last_spoke
                            && self.entities[any].last_seen
                                <= self.entities[exact].last_seen + 6 =>
                    {
                        Some(exact)
                    }
                    (_, any) => any,
                };
                let mut chosen = choose(false);
                // When the text alone does not tell the candidates apart but a given name's
                // usual gender does ("Ana Ruiz … Pedro Gil … she said"), that tie-break is
                // taken, and the passage flagged.
                if gender.is_some() && !plural {
                    let by_name = choose(true);
                    if by_name.is_some() && by_name != chosen {
                        chosen = by_name;
                        evidence.name_gender = true;
                    }
                }
                // Who else the pronoun could mean: the people (or bodies) of the right gender
                // and number in the text lately.
                let recent = |e: &Entity| e.last_seen + RECENT > clock;
                let rivals = |chosen: usize| {
                    self.entities
                        .iter()
                        .enumerate()
                        .filter(|&(j, e)| j != chosen && fits(e, false) && recent(e))
                        .count()
                };
                evidence.ungendered = gender.is_none() && !plural;
                match chosen {
                    Some(i) => {
                        evidence.gap = gap(&self.entities[i]);
                        evidence.rivals = rivals(i).min(9) as u8;
                        let chosen = &self.entities[i];
                        evidence.close_rivals = self
                            .entities
                            .iter()
                            .enumerate()
                            .filter(|&(j, e)| {
                                j != i
                                    && fits(e, false)
                                    && e.gender == chosen.gender
                                    && e.last_seen + 2 >= chosen.last_seen
                                    && e.last_spoke <= chosen.last_spoke.max(e.last_seen)
                            })
                            .count()
                            .min(9) as u8;
                        evidence.tied = self.entities.iter().enumerate().any(|(j, e)| {
                            j != i
                                && fits(e, false)
                                && e.gender == chosen.gender
                                && e.last_seen + 1 >= chosen.last_seen
                                && e.last_spoke == chosen.last_spoke
                        });
                        if self.entities[i].gender.is_none() && !plural {
                            self.entities[i].gender = *gender;
                        }
                        (
                            Some(i),
                            80,
                            Resolved::Pronoun,
                            if evidence.name_gender {
                                format!("pronoun resolved to {}, told apart from the others only by the usual gender of the given name, which the text does not state", self.entities[i].name)
                            } else {
                                format!("pronoun resolved to {}", self.entities[i].name)
                            },
                        )
                    }
                    None => (
                        None,
                        20,
                        Resolved::NoAntecedent,
                        "pronoun with no earlier speaker".to_string(),
                    ),
                }
            }
        };
        if let Some(i) = entity {
            evidence.spoke_before = self.entities[i].last_spoke > 0;
            self.touch(i, true);
        }
        Resolution {
            entity,
            confidence,
            reason,
            resolved,
            evidence,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_age_noun_names_the_age_and_nothing_else_does() {
        assert_eq!(age_noun("54-jährige").as_deref(), Some("54-jährige"));
        assert_eq!(age_noun("61-jähriger").as_deref(), Some("61-jährige"));
        assert_eq!(age_noun("38-year-old").as_deref(), Some("38-year-old"));
        assert_eq!(age_noun("porte-parole"), None);
        assert_eq!(age_noun("1234-jährige"), None);
    }

    #[test]
    fn a_compound_has_its_head_last_and_a_body_is_not_a_person() {
        assert!(same_head("minister", "innenminister"));
        assert!(!same_head("minister", "innenministeriums"));
        assert!(!same_head("minister", "ministerium"));
        assert!(same_head("sprecherin", "sprecher"));
    }
}
