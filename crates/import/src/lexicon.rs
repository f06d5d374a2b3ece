//! The words the importer's rules look for, per language: reporting verbs, cue phrases,
//! pronouns, titles and the nouns that mark an organisation. Lists, not rules: every rule in
//! the other files reads its language's words from here, so adding a language starts here.
//! Words are lower case; a `*` at the start of an entry matches any word ending with the rest
//! (German compounds: `*minister` matches "Außenminister").

use super::Lang;

/// Days of the week: capitalised in English, never part of a name; an adjunct after a verb.
#[rustfmt::skip]
pub const DAYS: &[&str] = &[
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "lundi", "mardi",
    "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "montag", "dienstag", "mittwoch",
    "donnerstag", "freitag", "samstag", "sonntag", "lunes", "martes", "miércoles", "jueves",
    "viernes", "sábado", "domingo",
];

/// Other words of time that open or fill an adjunct ("last week", "am Montag").
#[rustfmt::skip]
pub const TIME_WORDS: &[&str] = &[
    "january", "february", "april", "june", "july", "august", "september", "october", "november",
    "december", "januar", "februar", "märz", "mai", "juni", "juli", "oktober", "dezember", "last",
    "this", "on", "in", "at", "am", "im", "le", "el", "en", "earlier", "later", "yesterday",
    "today", "hier", "gestern", "heute", "ayer", "hoy",
];

/// A day or another word of time.
pub fn is_time_word(word: &str) -> bool {
    DAYS.contains(&word) || TIME_WORDS.contains(&word)
}

/// Words of time that are also prepositions or articles ("on", "le", "el", "am"): of time
/// only before a day, a month, a number or another word of time ("el lunes", not "el
/// ministro").
const TIME_LINKS: &[&str] = &[
    "this", "on", "in", "at", "am", "im", "le", "el", "en", "last", "earlier", "later",
];

/// Whether `words[0]` opens a time phrase, given the word after it.
pub fn opens_time(word: &str, next: Option<&str>) -> bool {
    if !is_time_word(word) {
        return false;
    }
    if !TIME_LINKS.contains(&word) {
        return true;
    }
    next.is_some_and(|n| {
        is_time_word(n)
            || n.starts_with(|c: char| c.is_ascii_digit())
            || [
                "week", "month", "year", "night", "morning", "evening", "weekend",
            ]
            .contains(&n)
    })
}

/// Adjectives that make a time phrase of the noun of time after them ("vergangene Woche",
/// "next week", "la semana pasada" has its adjective after, and "la semana" opens it anyway).
const TIME_ADJECTIVES: &[&str] = &[
    "vergangene",
    "vergangenen",
    "letzte",
    "letzten",
    "nächste",
    "nächsten",
    "kommende",
    "kommenden",
    "diese",
    "dieser",
    "diesen",
    "next",
    "past",
    "previous",
    "prochaine",
    "prochain",
    "dernière",
    "dernier",
    "próxima",
    "próximo",
    "pasada",
    "pasado",
];

/// Nouns of time that such an adjective, or an article, turns into a time phrase.
const TIME_NOUNS: &[&str] = &[
    "woche",
    "monat",
    "jahr",
    "wochenende",
    "nacht",
    "abend",
    "week",
    "month",
    "year",
    "weekend",
    "night",
    "semaine",
    "mois",
    "année",
    "semana",
    "mes",
    "año",
];

/// Whether a time phrase starts at `word`: a word of time, or an adjective of time before a
/// noun of time ("vergangene Woche", "next month"). A subject or a source ends there.
pub fn time_phrase_at(word: &str, next: Option<&str>) -> bool {
    opens_time(word, next)
        || (TIME_ADJECTIVES.contains(&word) && next.is_some_and(|n| TIME_NOUNS.contains(&n)))
}

/// Common given names that tell a person's gender, across the languages of the rules. A name
/// missing here just leaves the gender unknown until a title or a pronoun gives it.
#[rustfmt::skip]
pub const FEMALE_NAMES: &[&str] = &[
    "mary", "maria", "marie", "anna", "anne", "ana", "sarah", "sara", "laura", "julia", "julie",
    "elena", "helen", "hélène", "helena", "sophie", "sofia", "sophia", "claire", "clara", "emma",
    "elizabeth", "elisabeth", "isabel", "isabelle", "catherine", "katharina", "katrin", "carmen",
    "lucía", "lucia", "lucie", "marta", "martha", "monique", "nathalie", "natalia", "natasha",
    "nadia", "fatima", "grace", "jane", "jennifer", "jessica", "karen", "lisa", "linda",
    "margaret", "margarete", "patricia", "susan", "susanne", "sandra", "sabine", "petra",
    "christine", "christina", "cristina", "angela", "andrea", "eva", "ursula", "monika", "claudia",
    "paula", "pilar", "rosa", "teresa", "beatriz", "mónica", "nuria", "lidia", "inès", "ines",
    "camille", "chloé", "léa", "manon", "céline", "valérie", "sandrine", "isabella", "giulia",
    "francesca", "olga", "irina", "svetlana", "tatiana", "amara", "priya", "anita", "aisha",
    "amina", "emily", "hannah", "rachel", "rebecca", "victoria", "alice", "charlotte", "lena",
    "jeanne", "marta", "elena", "miriam", "fiona", "beth", "nina", "ingrid", "greta", "heidi",
];
#[rustfmt::skip]
pub const MALE_NAMES: &[&str] = &[
    "john", "james", "michael", "david", "robert", "william", "richard", "thomas", "tom", "peter",
    "paul", "mark", "marc", "daniel", "martin", "george", "henry", "henrik", "jean", "pierre",
    "michel", "françois", "francois", "philippe", "nicolas", "julien", "antoine", "olivier", "luc",
    "bruno", "hugo", "thierry", "gérard", "gerard", "yannick", "karim", "ahmed", "mohamed",
    "muhammad", "ali", "hans", "klaus", "jürgen", "stefan", "markus", "lukas", "jonas", "felix",
    "jörg", "gerhard", "wolfgang", "friedrich", "josé", "jose", "juan", "carlos", "luis", "javier",
    "manuel", "andrés", "enrique", "jorge", "pedro", "pablo", "francisco", "antonio", "miguel",
    "rafael", "ramón", "sergei", "sergey", "vladimir", "dmitry", "igor", "ivan", "erik", "lars",
    "sven", "kieran", "oliver", "jack", "harry", "joe", "joseph", "samuel", "sam", "benjamin",
    "matthew", "andrew", "anthony", "steven", "kevin", "brian", "edward", "emmanuel", "giuseppe",
    "giovanni", "marco", "luca", "alessandro", "kwame", "rishi", "ray", "gerald", "henri", "louis",
    "alain", "jacques", "bernard", "xavier", "eric", "éric",
];

/// Gender as the text gives it (a title, a pronoun, a feminine noun form).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gender {
    Female,
    Male,
}

pub struct Lexicon {
    /// Verbs whose subject is a speaker and whose complement is what was said.
    pub speech_verbs: &'static [&'static str],
    /// Verbs whose object is the speaker's judgement ("denounced the intervention as illegal").
    pub object_verbs: &'static [&'static str],
    /// Participles that continue the previous speaker ("…, adding that …").
    pub participles: &'static [&'static str],
    /// Words that open a content clause after a reporting verb.
    pub complementizers: &'static [&'static str],
    /// Auxiliaries between a subject and a participle ("a déclaré", "hat gesagt").
    pub auxiliaries: &'static [&'static str],
    /// Cue words placed before the source ("according to", "selon", "laut").
    pub according: &'static [&'static [&'static str]],
    /// Cue words placed after the source ("dem Ministerium zufolge").
    pub according_after: &'static [&'static str],
    /// "so" in German: „…“, so Müller.
    pub so_cue: &'static [&'static str],
    pub pronouns_female: &'static [&'static str],
    pub pronouns_male: &'static [&'static str],
    pub pronouns_plural: &'static [&'static str],
    pub determiners: &'static [&'static str],
    pub indefinites: &'static [&'static str],
    /// Heads of noun phrases that name a source without naming it ("a source", "officials").
    pub anonymous_heads: &'static [&'static str],
    pub female_titles: &'static [&'static str],
    pub male_titles: &'static [&'static str],
    /// Role nouns ("minister", "spokeswoman"): a role, not a name.
    pub roles: &'static [&'static str],
    /// Nouns that make a noun phrase an organisation ("ministry", "police", "government").
    pub organisations: &'static [&'static str],
    /// Adverbs that may sit between a subject and its verb ("also", "later").
    pub adverbs: &'static [&'static str],
    /// Words that start a clause: a subject never reaches back past them.
    pub conjunctions: &'static [&'static str],
    /// Prepositions that start a phrase after a verb, not a content clause.
    pub prepositions: &'static [&'static str],
}

/// Organisations named the same way in every language (agencies, institutions, abbreviations).
#[rustfmt::skip]
const ORG_SHARED: &[&str] = &[
    "inc", "corp", "ltd", "llc", "plc", "gmbh", "ag", "sa", "nato", "un", "eu", "who", "imf",
    "kremlin", "pentagon", "bundestag", "élysée", "elysee", "matignon", "moncloa", "reuters",
    "afp", "ap", "dpa", "efe", "bbc", "cnn", "unicef", "unesco", "opec", "fbi", "cia",
];

#[rustfmt::skip]
pub const EN: Lexicon = Lexicon {
    speech_verbs: &[
        "shouted", "quipped", "snapped", "retorted", "said", "says", "say", "told", "tells",
        "added", "adds", "stated", "states", "declared", "announced", "announces", "explained",
        "explains", "noted", "notes", "warned", "warns", "insisted", "insists", "argued", "argues",
        "claimed", "claims", "asserted", "stressed", "stresses", "emphasised", "emphasized",
        "acknowledged", "admitted", "conceded", "denied", "confirmed", "confirms", "replied",
        "responded", "wrote", "writes", "continued", "recalled", "observed", "remarked",
        "commented", "suggested", "predicted", "promised", "vowed", "pledged", "urged",
        "maintained", "reiterated", "complained", "cautioned", "estimated", "alleged", "concluded",
        "believes", "believed", "contended", "countered", "agreed", "disclosed", "revealed",
        "testified", "tweeted", "posted", "asked", "answered", "recounted", "boasted", "joked",
        "lamented", "reported", "indicated", "signalled", "signaled", "hinted", "assured",
        "acknowledges", "admits", "thinks", "thought", "feared", "fears", "hoped", "hopes",
        "expects", "expected", "quoted",
    ],
    object_verbs: &[
        "denounced", "condemned", "criticised", "criticized", "accused", "described", "dismissed",
        "rejected", "praised", "welcomed", "blamed", "slammed", "hailed", "branded", "called",
    ],
    participles: &[
        "telling", "writing", "promising", "acknowledging", "admitting", "pointing", "vowing",
        "predicting", "saying", "adding", "claiming", "noting", "stressing", "warning",
        "insisting", "arguing", "explaining", "asserting", "condemning", "denouncing", "accusing",
        "describing", "calling", "suggesting", "urging", "stating",
    ],
    complementizers: &["that"],
    auxiliaries: &[
        "has", "have", "had", "was", "is", "would", "will", "did", "does",
    ],
    according: &[&["according", "to"], &["quoting"], &["citing"]],
    according_after: &[],
    so_cue: &[],
    pronouns_female: &["she", "her"],
    pronouns_male: &["he", "him"],
    pronouns_plural: &["they", "it", "them"],
    determiners: &["the", "this", "that", "its", "his", "her", "their"],
    indefinites: &[
        "a", "an", "one", "another", "some", "two", "three", "several",
    ],
    anonymous_heads: &[
        "source", "sources", "official", "officials", "diplomat", "diplomats", "person", "people",
        "insider", "insiders", "aide", "aides", "witness", "witnesses", "resident", "residents",
        "analyst", "analysts", "observer", "observers", "employee", "employees", "member",
        "members", "expert", "experts", "spokesperson", "spokesman", "spokeswoman",
    ],
    female_titles: &[
        "ms", "mrs", "miss", "madam", "spokeswoman", "chairwoman", "congresswoman",
        "businesswoman", "queen", "princess", "duchess", "actress", "sister", "mother",
        "grandmother", "wife", "daughter", "woman", "girl", "dame", "lady", "her",
    ],
    male_titles: &[
        "mr", "sir", "spokesman", "chairman", "congressman", "businessman", "king", "prince",
        "duke", "actor", "brother", "father", "grandfather", "husband", "son", "man", "boy",
        "lord", "his",
    ],
    roles: &[
        "operator", "engineer", "clerk", "minister", "spokeswoman", "spokesman", "spokesperson",
        "secretary", "president", "chancellor", "premier", "senator", "mayor", "governor",
        "director", "chief", "head", "official", "ambassador", "general", "commander", "professor",
        "analyst", "economist", "lawyer", "attorney", "ceo", "chairman", "chairwoman", "chair",
        "leader", "envoy", "representative", "congressman", "congresswoman", "lawmaker", "deputy",
        "adviser", "advisor", "prosecutor", "judge", "officer", "colonel", "captain", "lieutenant",
        "sergeant", "admiral", "researcher", "scientist", "doctor", "manager", "founder",
        "executive", "coach", "activist", "campaigner", "negotiator", "diplomat", "mp", "mep",
        "commissioner", "inspector", "superintendent", "sheriff", "pastor", "bishop", "rabbi",
        "imam", "priest", "dr", "prof", "gen", "sen", "rep", "gov", "col", "lt", "capt", "sgt",
        "adm", "mr", "mrs", "ms", "sir", "dame", "lord", "king", "queen", "prince", "princess",
        "member", "expert", "strategist", "author", "historian", "resident", "owner", "worker",
        "student", "teacher", "farmer", "nurse", "candidate", "vice", "foreign", "defense",
        "defence", "interior", "finance", "prime", "state", "press", "senior", "former", "acting",
        "assistant", "u.s.", "secretary-general", "co-founder", "vice-president",
    ],
    organisations: &[
        "ministry", "government", "police", "company", "council", "party", "agency", "commission",
        "union", "office", "department", "court", "army", "committee", "administration", "bank",
        "group", "institute", "authority", "authorities", "federation", "association",
        "organisation", "organization", "foundation", "board", "parliament", "congress", "senate",
        "cabinet", "military", "navy", "force", "forces", "embassy", "firm", "corporation",
        "university", "school", "hospital", "club", "team", "service", "services", "coalition",
        "alliance", "movement", "campaign", "prosecutors", "investigators", "regulator",
        "regulators", "white", "house", "kremlin", "pentagon", "league", "network", "channel",
        "newspaper", "ministries", "tribunal", "secretariat", "directorate", "bureau", "fund",
    ],
    adverbs: &[
        "always", "often", "also", "later", "then", "again", "previously", "earlier", "further",
        "repeatedly", "once", "recently", "separately", "similarly", "already", "too", "however",
        "never", "had", "has", "reportedly", "publicly", "privately", "angrily", "bluntly",
        "flatly",
    ],
    conjunctions: &[
        "and", "but", "while", "whereas", "as", "because", "although", "when", "after", "before",
        "if", "since", "who", "which", "where", "whom",
    ],
    prepositions: &[
        "on", "in", "at", "during", "after", "before", "late", "last", "this", "earlier",
        "yesterday", "today", "tonight", "to", "from", "with", "by", "for", "of", "about", "into",
        "over", "under", "through", "without", "while", "when", "as",
    ],
};

#[rustfmt::skip]
pub const FR: Lexicon = Lexicon {
    speech_verbs: &[
        "indigne", "indigné", "interroge", "interrogé", "inquiète", "inquiété", "agace", "emporte",
        "félicite", "félicité", "réjouit", "étonne", "étonné", "exclame", "exclamé", "défend",
        "défendu", "justifie", "justifié", "insurge", "insurgé", "lâche", "lâché", "glisse",
        "glissé", "tranche", "tranché", "résume", "résumé", "ironise", "ironisé", "témoigne",
        "témoigné", "souffle", "soufflé", "déplore", "répliqué", "réplique", "rétorqué",
        "rétorque", "riposté", "riposte", "nuancé", "nuance", "avancé", "avance", "alerté",
        "alerte", "plaide", "assène", "asséné", "admet", "s'indigne", "déclaré", "dit", "affirmé",
        "indiqué", "expliqué", "ajouté", "souligné", "estimé", "assuré", "précisé", "annoncé",
        "averti", "rappelé", "confié", "martelé", "jugé", "reconnu", "répondu", "insisté",
        "prévenu", "dénoncé", "déploré", "regretté", "observé", "noté", "relevé", "confirmé",
        "démenti", "nié", "poursuivi", "lancé", "écrit", "tweeté", "raconté", "répété", "conclu",
        "admis", "promis", "prédit", "soutenu", "argué", "plaidé", "commenté", "réagi", "signalé",
        "fait savoir", "déclare", "affirme", "indique", "explique", "ajoute", "souligne", "estime",
        "assure", "précise", "annonce", "avertit", "rappelle", "confie", "martèle", "juge",
        "reconnaît", "répond", "insiste", "prévient", "observe", "note", "relève", "confirme",
        "dément", "nie", "poursuit", "lance", "raconte", "répète", "conclut", "soutient",
        "déclarait", "disait", "affirmait", "expliquait", "estimait", "assurait", "déclara",
        "dit-il", "dit-elle", "pense", "considère", "considéré", "craint", "redoute", "espère",
    ],
    object_verbs: &[
        "dénoncé", "condamné", "critiqué", "accusé", "qualifié", "fustigé", "salué", "rejeté",
        "dénonce", "condamne", "critique", "accuse", "qualifie", "fustige", "salue",
        // Announcements and demands report their content as a noun phrase.
        "annonce", "annoncé", "annoncent", "annonçait", "réclame", "réclamé", "réclament",
        "réclamait", "exige", "exigé", "exigent", "exigeait", "propose", "proposé", "proposent",
        "demande", "demandé", "demandent", "demandait", "promis", "promet", "promettent",
    ],
    participles: &[
        "reconnaissant", "prévenant", "martelant", "ajoutant", "estimant", "affirmant",
        "soulignant", "expliquant", "assurant", "précisant", "rappelant", "déclarant", "jugeant",
        "dénonçant", "accusant", "qualifiant", "indiquant", "insistant", "avertissant",
    ],
    complementizers: &["que", "qu'", "qu’"],
    auxiliaries: &[
        "a", "ont", "avait", "avaient", "aurait", "auraient", "avons", "ai", "est", "sont",
    ],
    according: &[&["selon"], &["d'", "après"], &["d’", "après"], &["citant"]],
    according_after: &[],
    so_cue: &[],
    pronouns_female: &["elle"],
    pronouns_male: &["il", "lui"],
    pronouns_plural: &["ils", "elles", "on", "eux"],
    determiners: &[
        "le", "la", "les", "l'", "l’", "ce", "cette", "son", "sa", "leur",
    ],
    indefinites: &[
        "un", "une", "des", "plusieurs", "deux", "trois", "certains", "certaines",
    ],
    anonymous_heads: &[
        "source", "sources", "responsable", "responsables", "diplomate", "diplomates", "proche",
        "proches", "témoin", "témoins", "habitant", "habitants", "analyste", "analystes",
        "observateur", "observateurs", "membre", "membres", "expert", "experts", "fonctionnaire",
        "fonctionnaires", "conseiller", "conseillère", "porte-parole", "officiel", "officiels",
        "cadre", "cadres", "élu", "élus", "salarié", "salariés",
    ],
    female_titles: &[
        "mme", "madame", "mlle", "mademoiselle", "présidente", "directrice", "ministre-présidente",
        "ambassadrice", "avocate", "sénatrice", "députée", "conseillère", "porte-parole-adjointe",
        "secrétaire-générale", "femme", "mère", "fille", "reine", "princesse", "militante",
        "chercheuse", "économiste-en-chef", "porte-parolee", "candidate", "maire-adjointe", "élue",
        "habitante", "experte", "analyste-femme",
    ],
    male_titles: &[
        "m", "monsieur", "président", "directeur", "ambassadeur", "avocat", "sénateur", "député",
        "conseiller", "homme", "père", "fils", "roi", "prince", "militant", "chercheur",
        "candidat", "élu", "habitant", "expert",
    ],
    roles: &[
        "coach", "édile", "numéro", "locataire",
        "pdg", "dg", "ceo", "directeur-général", "présidente-directrice", "ministre",
        "porte-parole", "président", "présidente", "secrétaire", "chef", "cheffe", "directeur",
        "directrice", "maire", "député", "députée", "sénateur", "sénatrice", "ambassadeur",
        "ambassadrice", "général", "professeur", "professeure", "avocat", "avocate", "analyste",
        "économiste", "chercheur", "chercheuse", "premier", "première", "procureur", "procureure",
        "juge", "commissaire", "préfet", "préfète", "conseiller", "conseillère", "dirigeant",
        "dirigeante", "responsable", "patron", "patronne", "fondateur", "fondatrice", "militant",
        "militante", "représentant", "représentante", "négociateur", "négociatrice", "diplomate",
        "expert", "experte", "m", "mme", "dr", "candidat", "candidate", "élu", "élue", "adjoint",
        "adjointe", "haut-commissaire", "délégué", "déléguée", "envoyé", "envoyée", "médecin",
        "syndicaliste", "secrétaire-général",
    ],
    organisations: &[
        "ministère", "gouvernement", "police", "gendarmerie", "entreprise", "société", "conseil",
        "parti", "agence", "commission", "union", "office", "département", "tribunal", "cour",
        "armée", "comité", "administration", "banque", "groupe", "institut", "autorité",
        "autorités", "fédération", "association", "organisation", "fondation", "parlement",
        "assemblée", "sénat", "cabinet", "ambassade", "université", "hôpital", "syndicat",
        "syndicats", "mairie", "préfecture", "parquet", "élysée", "matignon", "quai", "exécutif",
        "direction", "service", "services", "coalition", "mouvement", "collectif", "régie",
        "compagnie", "fonds", "observatoire", "secrétariat", "club", "équipe", "fédération",
        "ligue", "préfecture", "gendarmerie", "ville", "région", "ong", "intersyndicale",
    ],
    adverbs: &[
        "toujours", "jamais", "souvent", "s'", "s’", "se", "aussi", "également", "ensuite",
        "encore", "déjà", "alors", "pourtant", "toutefois", "cependant", "notamment", "lui-même",
        "elle-même", "par", "ailleurs", "ne", "n'", "n’", "pas", "y",
    ],
    conjunctions: &[
        "et", "mais", "tandis", "alors", "car", "qui", "dont", "où", "lorsque", "quand", "si",
        "puis", "donc", "or", "ni", "comme",
    ],
    prepositions: &[
        "à", "au", "aux", "en", "dans", "lors", "pendant", "après", "avant", "devant", "sur", "de",
        "du", "des", "pour", "par", "avec", "vers", "hier", "aujourd'hui", "aujourd’hui", "ce",
        "cette", "depuis", "chez", "contre", "sans", "entre", "devant", "face",
    ],
};

#[rustfmt::skip]
pub const DE: Lexicon = Lexicon {
    speech_verbs: &[
        "erzählte", "erzählt", "klagte", "fragte", "rief", "schilderte", "urteilte", "resümierte",
        "mitteilte", "mitteilten", "hinzufügte", "einräumte", "ankündigte", "verlautete",
        "bekanntgab", "sagte", "sagt", "sagten", "gesagt", "erklärte", "erklärt", "erklärten",
        "betonte", "betont", "betonten", "meinte", "meint", "warnte", "warnt", "warnten",
        "kritisierte", "forderte", "fordert", "forderten", "berichtete", "berichtet", "bestätigte",
        "bestätigt", "räumte", "versicherte", "versichert", "fügte", "teilte", "teilt", "sprach",
        "spricht", "schrieb", "schreibt", "verwies", "verweist", "unterstrich", "argumentierte",
        "hieß", "heißt", "behauptete", "behauptet", "kündigt", "erläuterte", "ergänzte", "ergänzt",
        "bekräftigte", "mahnte", "beklagte", "bemängelte", "lobte", "antwortete", "entgegnete",
        "sagen", "erklären", "betonen", "zitiert", "zitierte", "glaubt", "glaubte", "hofft",
        "hoffte", "fürchtet", "fürchtete", "befürchtet", "befürchtete", "schätzte", "schätzt",
        "räumt", "äußerte", "verkündete", "verkündet", "bekannte", "bestritt", "dementierte",
        "versprach", "verspricht", "erinnerte", "beteuerte", "beschrieb", "twitterte", "erwiderte",
        "widersprach", "widerspricht", "widersprachen", "meldete", "meldet", "meldeten",
        "mitgeteilt", "bekanntgegeben", "vermutete", "vermutet", "bekräftigt", "teilten",
        "bestätigten", "berichteten", "kommentierte", "informierte", "unterstrichen",
    ],
    object_verbs: &[
        "kündigte", "forderte", "verlangte", "verurteilte", "verurteilt", "bezeichnete",
        "bezeichnet", "kritisierte", "kritisiert", "nannte", "nennt", "begrüßte", "begrüßt",
    ],
    participles: &[],
    complementizers: &["dass", "daß", "ob"],
    auxiliaries: &[
        "hat", "haben", "hatte", "hatten", "habe", "ist", "sind", "war", "wurde",
    ],
    according: &[
        &["laut"], &["nach", "angaben"], &["nach", "darstellung"], &["nach", "ansicht"],
        &["nach", "einschätzung"], &["nach", "worten"], &["nach", "aussage"],
        &["nach", "aussagen"], &["nach", "informationen"], &["nach", "auffassung"],
        &["nach", "meinung"], &["aus", "sicht"],
    ],
    according_after: &["zufolge"],
    so_cue: &["so"],
    pronouns_female: &["sie", "ihr"],
    pronouns_male: &["er", "ihm"],
    pronouns_plural: &["sie", "man"],
    determiners: &[
        "der", "die", "das", "des", "dem", "den", "diese", "dieser", "dieses", "sein", "seine",
        "ihr", "ihre",
    ],
    indefinites: &[
        "ein", "eine", "einer", "eines", "einem", "einen", "mehrere", "zwei", "drei",
    ],
    anonymous_heads: &[
        "*beamte", "*beamten", "*kreise", "quelle", "quellen", "kreise", "kreisen", "insider",
        "diplomat", "diplomaten", "beamter", "beamte", "beamten", "mitarbeiter", "mitarbeiterin",
        "augenzeuge", "augenzeugen", "anwohner", "experte", "experten", "beobachter", "mitglied",
        "mitglieder", "vertreter", "vertreterin", "regierungskreisen", "sicherheitskreisen",
        "*kreisen", "sprecher", "sprecherin",
    ],
    female_titles: &["frau", "mutter", "tochter", "königin", "prinzessin"],
    male_titles: &["herr", "herrn", "vater", "sohn", "könig", "prinz"],
    roles: &[
        "*erin", "*orin", "*antin", "*entin", "*istin", "*verteidiger", "*verteidigerin",
        "*führer", "*führerin", "*pflegerin", "*pfleger", "*minister", "*ministerin", "*sprecher",
        "*sprecherin", "*präsident", "*präsidentin", "*kanzler", "*kanzlerin", "*chef", "*chefin",
        "*direktor", "*direktorin", "*leiter", "*leiterin", "*meister", "*meisterin",
        "*botschafter", "*botschafterin", "general", "*professor", "*professorin", "*anwalt",
        "*anwältin", "*experte", "*expertin", "*abgeordnete", "*abgeordneter", "*vorsitzende",
        "*vorsitzender", "*sekretär", "*sekretärin", "*beauftragte", "*beauftragter", "*analyst",
        "*analystin", "*ökonom", "*ökonomin", "*forscher", "*forscherin", "*richter", "*richterin",
        "*kommissar", "*kommissarin", "*gouverneur", "*senator", "*senatorin", "*staatsanwalt",
        "*staatsanwältin", "*vertreter", "*vertreterin", "dr", "prof", "frau", "herr", "*vize",
        "*politiker", "*politikerin", "*unternehmer", "*gründer", "*gründerin", "*trainer",
        "*trainerin", "*arzt", "*ärztin", "*funktionär", "*funktionärin", "*bischof", "*diplomat",
        "*diplomatin", "*chefunterhändler", "*unterhändler", "*unterhändlerin",
        // A council's member is a person, though "*rat" names the council itself.
        "landrat", "*rätin", "*vorsteher", "*vorsteherin",
    ],
    organisations: &[
        "*ministerium", "*regierung", "polizei", "*polizei", "*unternehmen", "*konzern", "*rat",
        "*partei", "*agentur", "*kommission", "*union", "*amt", "*behörde", "*behörden",
        "*gericht", "*armee", "*ausschuss", "*verwaltung", "*bank", "*gruppe", "*institut",
        "*verband", "*verbände", "*organisation", "*stiftung", "*parlament", "bundestag",
        "bundesrat", "*kabinett", "*botschaft", "*universität", "*klinik", "*gewerkschaft",
        "kreml", "pentagon", "*staatsanwaltschaft", "*feuerwehr", "*bundeswehr", "*militär",
        "*koalition", "*bündnis", "*bewegung", "*firma", "*bahn", "*ag", "*gmbh", "*vorstand", "*verein",
        "*fraktion", "*senat", "*landkreis", "*stadt", "*kommune", "*zentrale", "*dienst",
        "*dienste", "*aufsicht", "*bundesamt", "*klub", "*club", "*mannschaft",
        "*gesellschaft", "*vereinigung", "*kammer", "*senat",
    ],
    adverbs: &[
        "immer", "stets", "nie", "dagegen", "indes", "wiederum", "sich", "auch", "zudem",
        "ebenfalls", "außerdem", "später", "dann", "nun", "jetzt", "bereits", "schon", "erneut",
        "noch", "zuvor", "bislang", "aber", "jedoch", "allerdings", "gegenüber", "am", "dazu",
        "darüber", "zugleich", "gleichzeitig", "ferner", "trotzdem", "dennoch", "deshalb",
        "daher", "inzwischen", "mittlerweile", "zunächst", "schließlich", "anschließend",
        "ebenso", "vielmehr", "offenbar", "demnach",
        // Capitalised at a sentence's start, but never a noun: „Etwas drastischer sagte es …“.
        "etwas", "deutlich", "ganz", "sehr", "weniger", "mehr", "ähnlich", "anders", "kurz",
    ],
    conjunctions: &[
        "wie", "dass", "und", "aber", "während", "denn", "weil", "obwohl", "als", "wenn",
        "nachdem", "bevor", "wo", "oder", "sondern",
    ],
    prepositions: &[
        "am", "im", "in", "an", "auf", "bei", "nach", "vor", "während", "mit", "von", "zu", "zum",
        "zur", "über", "gegenüber", "für", "gestern", "heute", "seit", "trotz", "wegen", "ohne",
        "unter", "aus", "beim", "durch", "bis", "ab", "zwischen", "neben", "hinter", "außer",
        "innerhalb", "außerhalb",
    ],
};

#[rustfmt::skip]
pub const ES: Lexicon = Lexicon {
    speech_verbs: &[
        "replicó", "replica", "ironizó", "resumió", "apostilló", "remachó", "puntualizó",
        "señalaba", "explicaba", "contó", "relató", "narró", "recalcó", "matizó", "zanjó",
        "sentenció", "aclaró", "relata", "cuenta", "declaraba", "decía", "dijo", "dice", "dijeron",
        "afirmó", "afirma", "declaró", "declara", "señaló", "señala", "explicó", "explica",
        "aseguró", "asegura", "indicó", "indica", "añadió", "añade", "agregó", "agrega",
        "advirtió", "advierte", "sostuvo", "sostiene", "subrayó", "subraya", "destacó", "destaca",
        "manifestó", "reconoció", "reconoce", "apuntó", "apunta", "insistió", "insiste", "recordó",
        "recuerda", "precisó", "precisa", "anunció", "anuncia", "confirmó", "confirma", "negó",
        "niega", "respondió", "responde", "escribió", "escribe", "comentó", "comenta", "admitió",
        "admite", "prometió", "lamentó", "lamenta", "expresó", "expresa", "consideró", "considera",
        "estimó", "estima", "opinó", "denunció", "criticó", "alertó", "alerta", "remarcó",
        "enfatizó", "reiteró", "concluyó", "defendió", "defiende", "cree", "creía", "teme",
        "espera", "dicho", "afirmado", "declarado", "señalado", "explicado", "asegurado",
        "indicado", "añadido", "advertido", "subrayado", "destacado", "reconocido", "insistido",
        "recordado", "anunciado", "confirmado", "negado", "respondido", "escrito", "comentado",
        "admitido", "prometido", "lamentado", "expresado", "considerado", "denunciado",
        "criticado", "defendido",
    ],
    object_verbs: &[
        "denunció", "condenó", "criticó", "calificó", "acusó", "rechazó", "celebró", "denuncia",
        "condena", "critica", "califica", "acusa", "rechaza",
        "anunció", "anuncia", "anunciaron", "reclamó", "reclama", "reclamaron", "exigió",
        "exige", "exigieron", "pidió", "pide", "pidieron", "propuso", "propone", "solicitó",
        "solicita", "prometió", "promete", "prometieron", "prometido",
    ],
    participles: &[
        "añadiendo", "asegurando", "afirmando", "señalando", "explicando", "indicando",
        "subrayando", "destacando", "advirtiendo", "insistiendo", "denunciando", "acusando",
        "calificando", "recordando",
    ],
    complementizers: &["que"],
    auxiliaries: &[
        "ha", "han", "había", "habían", "habría", "he", "hemos", "fue", "es",
    ],
    according: &[&["según"], &["de", "acuerdo", "con"], &["citando"]],
    according_after: &[],
    so_cue: &[],
    pronouns_female: &["ella"],
    pronouns_male: &["él"],
    pronouns_plural: &["ellos", "ellas"],

    determiners: &["el", "la", "los", "las", "este", "esta", "su", "sus"],
    indefinites: &[
        "un", "una", "unos", "unas", "varios", "varias", "dos", "tres",
    ],
    anonymous_heads: &[
        "fuente", "fuentes", "funcionario", "funcionarios", "funcionaria", "diplomático",
        "diplomáticos", "testigo", "testigos", "vecino", "vecinos", "vecina", "analista",
        "analistas", "observador", "observadores", "miembro", "miembros", "experto", "expertos",
        "experta", "portavoz", "responsable", "responsables", "allegado", "allegados", "persona",
        "personas",
    ],
    female_titles: &[
        "sra", "señora", "srta", "señorita", "doña", "presidenta", "ministra", "directora",
        "secretaria", "alcaldesa", "embajadora", "abogada", "diputada", "senadora", "jefa",
        "reina", "princesa", "madre", "hija", "mujer", "concejala", "candidata", "investigadora",
        "profesora", "experta", "vecina", "funcionaria", "portavoza",
    ],
    male_titles: &[
        "sr", "señor", "don", "presidente", "ministro", "director", "secretario", "alcalde",
        "embajador", "abogado", "diputado", "senador", "jefe", "rey", "príncipe", "padre", "hijo",
        "hombre", "concejal", "candidato", "investigador", "profesor", "experto", "vecino",
        "funcionario",
    ],
    roles: &[
        "vocero", "vocera", "coach", "edil",
        "ministro", "ministra", "portavoz", "presidente", "presidenta", "secretario", "secretaria",
        "director", "directora", "alcalde", "alcaldesa", "diputado", "diputada", "senador",
        "senadora", "embajador", "embajadora", "general", "profesor", "profesora", "abogado",
        "abogada", "analista", "economista", "investigador", "investigadora", "jefe", "jefa",
        "fiscal", "juez", "jueza", "comisario", "comisaria", "consejero", "consejera", "dirigente",
        "responsable", "fundador", "fundadora", "representante", "negociador", "negociadora",
        "diplomático", "diplomática", "experto", "experta", "sr", "sra", "dr", "dra", "candidato",
        "candidata", "concejal", "concejala", "vicepresidente", "vicepresidenta", "gobernador",
        "gobernadora", "delegado", "delegada", "enviado", "enviada", "coordinador", "coordinadora",
        "líder", "médico", "médica", "sindicalista", "canciller", "viceministro", "viceministra",
        "titular", "técnico", "técnica", "seleccionador", "seleccionadora", "regidor", "regidora",
    ],
    organisations: &[
        "ministerio", "gobierno", "policía", "empresa", "consejo", "partido", "agencia",
        "comisión", "unión", "oficina", "departamento", "tribunal", "corte", "ejército", "comité",
        "administración", "banco", "grupo", "instituto", "autoridad", "autoridades", "federación",
        "asociación", "organización", "fundación", "parlamento", "congreso", "senado", "gabinete",
        "embajada", "universidad", "hospital", "sindicato", "ayuntamiento", "fiscalía",
        "ejecutivo", "dirección", "servicio", "servicios", "coalición", "movimiento", "colectivo",
        "compañía", "fondo", "observatorio", "secretaría", "guardia", "moncloa", "cancillería",
        "alcaldía", "junta", "club", "equipo", "liga", "patronal", "ong",
    ],
    adverbs: &[
        "siempre", "nunca", "hoy", "ayer", "también", "además", "luego", "después", "ya",
        "nuevamente", "todavía", "incluso", "sin", "embargo", "asimismo", "no", "se",
    ],
    conjunctions: &[
        "y", "pero", "mientras", "porque", "aunque", "cuando", "si", "quien", "quienes", "donde",
        "o", "sino", "pues", "como",
    ],
    prepositions: &[
        "en", "a", "al", "durante", "tras", "antes", "después", "ante", "sobre", "de", "del",
        "para", "por", "con", "hacia", "ayer", "hoy", "este", "esta", "desde", "hasta", "entre",
        "sin", "contra", "frente", "mediante", "según",
    ],
};

impl Lang {
    pub fn lexicon(self) -> Option<&'static Lexicon> {
        match self {
            Lang::En => Some(&EN),
            Lang::Fr => Some(&FR),
            Lang::De => Some(&DE),
            Lang::Es => Some(&ES),
            Lang::Other => None,
        }
    }
}

/// A word list split for lookup: exact words in a set, `*suffix` entries apart.
struct Index {
    exact: std::collections::HashSet<&'static str>,
    suffixes: Vec<&'static str>,
}

thread_local! {
    /// One index per list, built on first use (the lists are static: address and length are
    /// a key).
    static INDEXES: std::cell::RefCell<std::collections::HashMap<(usize, usize), std::rc::Rc<Index>>> = Default::default();
}

fn index(list: &'static [&'static str]) -> std::rc::Rc<Index> {
    INDEXES.with(|cache| {
        cache
            .borrow_mut()
            .entry((list.as_ptr() as usize, list.len()))
            .or_insert_with(|| {
                let (suffixes, exact): (Vec<&'static str>, Vec<&'static str>) =
                    list.iter().partition(|e| e.starts_with('*'));
                std::rc::Rc::new(Index {
                    exact: exact.into_iter().collect(),
                    suffixes: suffixes.into_iter().map(|e| &e[1..]).collect(),
                })
            })
            .clone()
    })
}

/// Whether `word` (lower case) is in `list`, with `*suffix` entries matching compounds.
pub fn contains(list: &'static [&'static str], word: &str) -> bool {
    let index = index(list);
    // "Sen." and "Mme." are "sen" and "mme" to the lists.
    index.exact.contains(word)
        || word
            .strip_suffix('.')
            .is_some_and(|w| index.exact.contains(w))
        || index.suffixes.iter().any(|suffix| {
            word == *suffix || (word.len() > suffix.len() + 2 && word.ends_with(suffix))
        })
}

/// Stems of regular reporting verbs, with the endings news copy uses (tenses, participles,
/// gerunds): "afirm" covers afirmó, afirma, afirmaba, ha afirmado, afirmando, afirmará.
/// The word lists above keep the irregular forms.
#[rustfmt::skip]
const ES_AR_STEMS: &[&str] = &[
    "afirm", "declar", "señal", "explic", "asegur", "indic", "agreg", "destac", "manifest",
    "apunt", "record", "precis", "anunci", "confirm", "coment", "lament", "expres", "consider",
    "estim", "opin", "denunci", "critic", "alert", "remarc", "enfatiz", "reiter", "recalc",
    "matiz", "aclar", "relat", "puntualiz", "replic", "apostill", "zanj", "sentenci", "ironiz",
    "resum", "narr", "subray", "detall", "insinu", "reclam", "advirt", "avis", "asever",
    "garantiz", "ratific", "reivindic", "justific", "argument", "exclam", "confes", "admit",
    "cuestion", "tach", "calific", "celebr", "conden", "acus", "rechaz", "sostuv", "contest",
    "remach", "agradec", "valor", "inform", "reclam",
];
#[rustfmt::skip]
const ES_ER_IR_STEMS: &[&str] = &[
    "añad", "respond", "escrib", "admit", "promet", "defend", "insist", "reconoc", "advert",
    "sosten", "coincid", "sugir", "suger", "añad", "decid", "aplaud", "arremet", "describ",
    "conced", "exig", "ped", "insist",
];
const ES_AR_ENDINGS: &[&str] = &[
    "ó", "a", "an", "aba", "aban", "ado", "ando", "aron", "ará", "aría", "arán",
];
const ES_ER_IR_ENDINGS: &[&str] = &[
    "ió", "e", "en", "ía", "ían", "ido", "iendo", "ieron", "irá", "erá", "iría", "ería",
];
#[rustfmt::skip]
const FR_ER_STEMS: &[&str] = &[
    "déclar", "affirm", "indiqu", "expliqu", "ajout", "soulign", "estim", "assur", "précis",
    "annonc", "confi", "insist", "observ", "relev", "confirm", "racont", "comment", "signal",
    "dénonc", "déplor", "regrett", "tranch", "résum", "ironis", "témoign", "gliss", "lâch",
    "nuanc", "avanc", "alert", "justifi", "plaid", "argu", "détaill", "lanc", "assén", "jur",
    "fulmin", "interpell", "exhort", "réclam", "concéd", "constat", "pointu", "expos", "insinu",
    "rassur", "tempêt", "développ", "souhait", "invoqu", "rétorqu", "répliqu", "ripost",
    "martel", "rappel", "mentionn", "qualifi", "fustig", "salu", "critiqu", "accus",
];
const FR_ER_ENDINGS: &[&str] = &[
    "e", "é", "ée", "és", "ées", "ent", "ait", "aient", "ant", "era", "erait", "a", "èrent", "le",
    "lé", "lait",
];

/// German verbs that report speech only with their separable particle, which stands at the
/// clause's end in a main clause („gab die Polizei an, …“, „hielt Keller dagegen, …“) and right
/// before the verb in a „wie“ clause („wie die Feuerwehr bekannt gab“): „gab“ alone is "gave".
#[rustfmt::skip]
pub const DE_PARTICLE_VERBS: &[(&[&str], &[&str])] = &[
    (&["gab", "gaben", "gibt", "geben"], &["an", "bekannt", "zu"]),
    (&["hielt", "hielten", "hält"], &["dagegen", "fest"]),
    (&["wies", "wiesen", "weist"], &["hin"]),
    (&["stellte", "stellten", "stellt"], &["klar"]),
    (&["machte", "machten", "macht"], &["deutlich", "klar"]),
];

/// The particles `word` needs to report speech, if it is one of `DE_PARTICLE_VERBS`.
pub fn de_particles(word: &str) -> Option<&'static [&'static str]> {
    DE_PARTICLE_VERBS
        .iter()
        .find(|(verbs, _)| verbs.contains(&word))
        .map(|(_, particles)| *particles)
}

/// Whether `word` (lower case) is a reporting verb in `lang`: the list, or a regular stem
/// with one of its endings.
pub fn is_speech_verb(lex: &'static Lexicon, lang: Lang, word: &str) -> bool {
    if contains(lex.speech_verbs, word) {
        return true;
    }
    let stem_with = |stems: &[&str], endings: &[&str]| {
        endings.iter().any(|e| {
            word.strip_suffix(e)
                .is_some_and(|stem| stems.contains(&stem))
        })
    };
    match lang {
        Lang::Es => {
            stem_with(ES_AR_STEMS, ES_AR_ENDINGS) || stem_with(ES_ER_IR_STEMS, ES_ER_IR_ENDINGS)
        }
        Lang::Fr => stem_with(FR_ER_STEMS, FR_ER_ENDINGS),
        _ => false,
    }
}

/// The infinitive of a reporting verb after "a", "à" or "de", in Spanish and French: "se
/// limitó a asegurar que", "a tenu à rappeler que", "s'est contenté de dire que".
pub fn is_speech_infinitive(lang: Lang, word: &str) -> bool {
    match lang {
        Lang::Es => {
            ["decir", "sostener", "reconocer"].contains(&word)
                || word
                    .strip_suffix("ar")
                    .is_some_and(|s| ES_AR_STEMS.contains(&s))
                || word
                    .strip_suffix("ir")
                    .or_else(|| word.strip_suffix("er"))
                    .is_some_and(|s| ES_ER_IR_STEMS.contains(&s))
        }
        Lang::Fr => {
            [
                "dire",
                "répondre",
                "reconnaître",
                "prévenir",
                "soutenir",
                "avertir",
            ]
            .contains(&word)
                || word
                    .strip_suffix("er")
                    .is_some_and(|s| FR_ER_STEMS.contains(&s))
        }
        _ => false,
    }
}

/// Organisation names that read the same in every language.
pub fn is_shared_organisation(word: &str) -> bool {
    ORG_SHARED.contains(&word)
}
