//! French word lists. Roles agree with the person ([masculine, feminine]).

use super::{Org, Person, Role, Words};
use crate::Lang;

pub static PEOPLE: [Person; 18] = [
    Person {
        given: "Claire",
        family: "Vasseur",
        female: true,
    },
    Person {
        given: "Jean-Marc",
        family: "Lefèvre",
        female: false,
    },
    Person {
        given: "Aminata",
        family: "Diallo",
        female: true,
    },
    Person {
        given: "Moussa",
        family: "Keïta",
        female: false,
    },
    Person {
        given: "Nadia",
        family: "Belkacem",
        female: true,
    },
    Person {
        given: "Karim",
        family: "Benzarti",
        female: false,
    },
    Person {
        given: "Mei",
        family: "Chen",
        female: true,
    },
    Person {
        given: "Thi Lan",
        family: "Nguyen",
        female: true,
    },
    Person {
        given: "Hugo",
        family: "Marchand",
        female: false,
    },
    Person {
        given: "Élodie",
        family: "Garnier",
        female: true,
    },
    Person {
        given: "François",
        family: "Aubry",
        female: false,
    },
    Person {
        given: "Inès",
        family: "Carvalho",
        female: true,
    },
    Person {
        given: "Pablo",
        family: "Ortega",
        female: false,
    },
    Person {
        given: "Youssef",
        family: "El Amrani",
        female: false,
    },
    Person {
        given: "Sophie",
        family: "Delaunay",
        female: true,
    },
    Person {
        given: "Étienne",
        family: "Roussel",
        female: false,
    },
    Person {
        given: "Fatou",
        family: "Ndiaye",
        female: true,
    },
    Person {
        given: "Olivier",
        family: "Brunet",
        female: false,
    },
];

pub static ROLES: [Role; 6] = [
    Role {
        title: ["le ministre de l'Économie", "la ministre de l'Économie"],
        apposition: ["ministre de l'Économie", "ministre de l'Économie"],
        anaphor: ["le ministre", "la ministre"],
        other_words: ["le locataire de Bercy", "la locataire de Bercy"],
    },
    Role {
        title: ["le maire de Rennes", "la maire de Rennes"],
        apposition: ["maire de Rennes", "maire de Rennes"],
        anaphor: ["le maire", "la maire"],
        other_words: ["l'édile rennais", "l'édile rennaise"],
    },
    Role {
        title: [
            "l'entraîneur du Stade rennais",
            "l'entraîneuse du Stade rennais",
        ],
        apposition: [
            "entraîneur du Stade rennais",
            "entraîneuse du Stade rennais",
        ],
        anaphor: ["l'entraîneur", "l'entraîneuse"],
        other_words: ["le coach rennais", "la coach rennaise"],
    },
    Role {
        title: ["le préfet de la Gironde", "la préfète de la Gironde"],
        apposition: ["préfet de la Gironde", "préfète de la Gironde"],
        anaphor: ["le préfet", "la préfète"],
        other_words: ["le représentant de l'État", "la représentante de l'État"],
    },
    Role {
        title: [
            "le secrétaire général de la CGT",
            "la secrétaire générale de la CGT",
        ],
        apposition: [
            "secrétaire général de la CGT",
            "secrétaire générale de la CGT",
        ],
        anaphor: ["le syndicaliste", "la syndicaliste"],
        other_words: ["le numéro un de la CGT", "la numéro un de la CGT"],
    },
    Role {
        title: ["le PDG du groupe", "la PDG du groupe"],
        apposition: ["PDG du groupe", "PDG du groupe"],
        anaphor: ["le PDG", "la PDG"],
        other_words: ["le patron du groupe", "la patronne du groupe"],
    },
];

pub static ORGS: [Org; 6] = [
    Org {
        written: "la préfecture",
        name: "la préfecture",
    },
    Org {
        written: "le ministère de la Santé",
        name: "le ministère de la Santé",
    },
    Org {
        written: "la SNCF",
        name: "la SNCF",
    },
    Org {
        written: "le syndicat Force ouvrière",
        name: "Force ouvrière",
    },
    Org {
        written: "la mairie de Lyon",
        name: "la mairie de Lyon",
    },
    Org {
        written: "l'Agence régionale de santé",
        name: "l'Agence régionale de santé",
    },
];

pub static WORDS: Words = Words {
    lang: Lang::Fr,
    people: &PEOPLE,
    roles: &ROLES,
    orgs: &ORGS,
    quote_styles: &[
        ("\u{ab}\u{a0}", "\u{a0}\u{bb}"),
        ("\u{ab} ", " \u{bb}"),
        ("\u{ab}", "\u{bb}"),
        ("\u{201c}", "\u{201d}"),
    ],
    quotes: &[
        "Nous ne laisserons personne au bord de la route",
        "Personne n'écoute avant qu'il ne soit trop tard",
        "C'est la pire saison depuis vingt ans",
        "L'argent existe, il faut le dépenser",
        "Je n'ai jamais vu les urgences aussi pleines",
        "Nous avons demandé un dialogue et nous avons eu le silence",
        "Il n'y a pas de plan B",
        "Les familles ne peuvent plus payer davantage",
        "C'est un bon résultat, mais ce n'est pas suffisant",
        "Le pont rouvrira au printemps",
    ],
    clauses: &[
        "le projet serait abandonné",
        "le pont rouvrirait en mai",
        "il ne restait plus d'argent pour les travaux",
        "les négociations reprendraient la semaine prochaine",
        "l'entreprise n'avait enfreint aucune règle",
        "les urgences étaient pleines chaque nuit",
        "le syndicat ne signerait pas l'accord",
        "les prix continueraient d'augmenter jusqu'à l'été",
        "l'année avait été longue",
        "le rapport contenait plusieurs erreurs",
    ],
    subordinate: &[
        "le projet serait abandonné",
        "le pont rouvrirait en mai",
        "il ne restait plus d'argent pour les travaux",
        "les négociations reprendraient la semaine prochaine",
        "l'entreprise n'avait enfreint aucune règle",
        "les urgences étaient pleines chaque nuit",
        "le syndicat ne signerait pas l'accord",
        "les prix continueraient d'augmenter jusqu'à l'été",
        "l'année avait été longue",
        "le rapport contenait plusieurs erreurs",
    ],
    verbs: &[
        "a déclaré",
        "a affirmé",
        "a indiqué",
        "a expliqué",
        "déclare",
        "affirme",
        "assurait",
        "a ajouté",
        "a souligné",
    ],
    pronouns: ["il", "elle"],
    but: "Mais",
    fronted_time: Some("Lundi"),
    times: &[
        "lundi",
        "vendredi soir",
        "la semaine dernière",
        "mardi matin",
        "ce matin",
    ],
    addressees: &[
        "aux journalistes",
        "à la presse",
        "devant les députés",
        "à l'AFP",
    ],
    topics: &[
        "la taxe",
        "la grève",
        "les nouveaux horaires",
        "le budget",
        "les inondations",
    ],
};
