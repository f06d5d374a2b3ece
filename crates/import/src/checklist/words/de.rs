//! German word lists. Roles agree with the person ([masculine, feminine]); the reported-speech
//! contents are in the subjunctive (Konjunktiv I, or II where I equals the indicative).

use super::{Org, Person, Role, Words};
use crate::Lang;

pub static PEOPLE: [Person; 18] = [
    Person {
        given: "Hannah",
        family: "Vogt",
        female: true,
    },
    Person {
        given: "Markus",
        family: "Keller",
        female: false,
    },
    Person {
        given: "Sabine",
        family: "Roth",
        female: true,
    },
    Person {
        given: "Jürgen",
        family: "Brandt",
        female: false,
    },
    Person {
        given: "Ayşe",
        family: "Yılmaz",
        female: true,
    },
    Person {
        given: "Mehmet",
        family: "Demir",
        female: false,
    },
    Person {
        given: "Olga",
        family: "Petrenko",
        female: true,
    },
    Person {
        given: "Jan",
        family: "Kowalski",
        female: false,
    },
    Person {
        given: "Anh",
        family: "Pham",
        female: true,
    },
    Person {
        given: "Kofi",
        family: "Asante",
        female: false,
    },
    Person {
        given: "Miriam",
        family: "Haddad",
        female: true,
    },
    Person {
        given: "Tobias",
        family: "Schäfer",
        female: false,
    },
    Person {
        given: "Lena",
        family: "Hoffmann",
        female: true,
    },
    Person {
        given: "Stefan",
        family: "Wagner",
        female: false,
    },
    Person {
        given: "Fatma",
        family: "Aydın",
        female: true,
    },
    Person {
        given: "Klaus",
        family: "Richter",
        female: false,
    },
    Person {
        given: "Chiara",
        family: "Lombardi",
        female: true,
    },
    Person {
        given: "Felix",
        family: "Neumann",
        female: false,
    },
];

pub static ROLES: [Role; 6] = [
    Role {
        title: ["Bürgermeister", "Bürgermeisterin"],
        apposition: ["Bürgermeister der Stadt", "Bürgermeisterin der Stadt"],
        anaphor: ["der Bürgermeister", "die Bürgermeisterin"],
        other_words: ["der Rathauschef", "die Rathauschefin"],
    },
    Role {
        title: ["Innenminister", "Innenministerin"],
        apposition: ["Innenminister des Landes", "Innenministerin des Landes"],
        anaphor: ["der Minister", "die Ministerin"],
        other_words: ["der Ressortchef", "die Ressortchefin"],
    },
    Role {
        title: ["Trainer", "Trainerin"],
        apposition: ["Trainer des Vereins", "Trainerin des Vereins"],
        anaphor: ["der Trainer", "die Trainerin"],
        other_words: ["der Übungsleiter", "die Übungsleiterin"],
    },
    Role {
        title: ["Polizeisprecher", "Polizeisprecherin"],
        apposition: ["Sprecher der Polizei", "Sprecherin der Polizei"],
        anaphor: ["der Sprecher", "die Sprecherin"],
        other_words: ["der Polizeisprecher", "die Polizeisprecherin"],
    },
    Role {
        title: ["Konzernchef", "Konzernchefin"],
        apposition: ["Vorstandschef des Konzerns", "Vorstandschefin des Konzerns"],
        anaphor: ["der Konzernchef", "die Konzernchefin"],
        other_words: ["der Manager", "die Managerin"],
    },
    Role {
        title: ["Gewerkschaftschef", "Gewerkschaftschefin"],
        apposition: [
            "Vorsitzender der Gewerkschaft",
            "Vorsitzende der Gewerkschaft",
        ],
        anaphor: ["der Gewerkschafter", "die Gewerkschafterin"],
        other_words: ["der Arbeitnehmervertreter", "die Arbeitnehmervertreterin"],
    },
];

pub static ORGS: [Org; 6] = [
    Org {
        written: "die Polizei",
        name: "die Polizei",
    },
    Org {
        written: "das Gesundheitsministerium",
        name: "das Gesundheitsministerium",
    },
    Org {
        written: "die Deutsche Bahn",
        name: "die Deutsche Bahn",
    },
    Org {
        written: "die Gewerkschaft Verdi",
        name: "Verdi",
    },
    Org {
        written: "die Stadtverwaltung",
        name: "die Stadtverwaltung",
    },
    Org {
        written: "die Feuerwehr",
        name: "die Feuerwehr",
    },
];

pub static WORDS: Words = Words {
    lang: Lang::De,
    people: &PEOPLE,
    roles: &ROLES,
    orgs: &ORGS,
    quote_styles: &[("\u{201e}", "\u{201c}"), ("\u{bb}", "\u{ab}"), ("\"", "\"")],
    quotes: &[
        "Wir werden nicht auf den nächsten Bericht warten",
        "Niemand hört zu, bis es zu spät ist",
        "Das ist die schlimmste Saison seit zwanzig Jahren",
        "Das Geld ist da, und es muss ausgegeben werden",
        "So voll habe ich die Stationen noch nie gesehen",
        "Wir wollten Gespräche und bekamen Schweigen",
        "Einen Plan B gibt es nicht",
        "Die Familien können nicht immer mehr bezahlen",
        "Das ist ein gutes Ergebnis, aber es reicht nicht",
        "Die Brücke wird im Frühjahr wieder offen sein",
    ],
    clauses: &[
        "man prüfe den Fall",
        "die Brücke werde im Mai wieder geöffnet",
        "für die Reparaturen sei kein Geld mehr da",
        "die Gespräche würden nächste Woche fortgesetzt",
        "das Unternehmen habe keine Regeln gebrochen",
        "die Stationen seien jede Nacht voll",
        "die Gewerkschaft werde den Vertrag nicht unterschreiben",
        "die Preise würden bis zum Sommer weiter steigen",
        "es sei ein langes Jahr gewesen",
        "der Bericht enthalte mehrere Fehler",
    ],
    subordinate: &[
        "man den Fall prüfe",
        "die Brücke im Mai wieder geöffnet werde",
        "für die Reparaturen kein Geld mehr da sei",
        "die Gespräche nächste Woche fortgesetzt würden",
        "das Unternehmen keine Regeln gebrochen habe",
        "die Stationen jede Nacht voll seien",
        "die Gewerkschaft den Vertrag nicht unterschreiben werde",
        "die Preise bis zum Sommer weiter steigen würden",
        "es ein langes Jahr gewesen sei",
        "der Bericht mehrere Fehler enthalte",
    ],
    verbs: &[
        "sagte",
        "erklärte",
        "betonte",
        "sagt",
        "meinte",
        "versicherte",
        "warnte",
        "hat gesagt",
    ],
    pronouns: ["er", "sie"],
    but: "Aber",
    fronted_time: None,
    times: &[
        "am Montag",
        "am Freitagabend",
        "vergangene Woche",
        "am Dienstagmorgen",
        "heute",
    ],
    addressees: &[
        "vor Journalisten",
        "der Zeitung",
        "im Radio",
        "vor dem Ausschuss",
    ],
    topics: &[
        "die Abgabe",
        "den Streik",
        "den neuen Fahrplan",
        "den Haushalt",
        "das Hochwasser",
    ],
};
