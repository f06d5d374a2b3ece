//! English word lists.

use super::{Org, Person, Role, Words};
use crate::Lang;

pub static PEOPLE: [Person; 20] = [
    Person {
        given: "Amara",
        family: "Okafor",
        female: true,
    },
    Person {
        given: "Kwame",
        family: "Mensah",
        female: false,
    },
    Person {
        given: "Wei",
        family: "Zhang",
        female: false,
    },
    Person {
        given: "Yuki",
        family: "Tanaka",
        female: true,
    },
    Person {
        given: "Priya",
        family: "Nair",
        female: true,
    },
    Person {
        given: "Omar",
        family: "Haddad",
        female: false,
    },
    Person {
        given: "Leila",
        family: "Benali",
        female: true,
    },
    Person {
        given: "Carlos",
        family: "Rivas",
        female: false,
    },
    Person {
        given: "Lucía",
        family: "Mora",
        female: true,
    },
    Person {
        given: "Ingrid",
        family: "Larsen",
        female: true,
    },
    Person {
        given: "Piotr",
        family: "Nowak",
        female: false,
    },
    Person {
        given: "Margaret",
        family: "Doyle",
        female: true,
    },
    Person {
        given: "Thomas",
        family: "Brandt",
        female: false,
    },
    Person {
        given: "Aisha",
        family: "Bello",
        female: true,
    },
    Person {
        given: "Rajesh",
        family: "Iyer",
        female: false,
    },
    Person {
        given: "Minh",
        family: "Tran",
        female: false,
    },
    Person {
        given: "Fatima",
        family: "Al-Sayed",
        female: true,
    },
    Person {
        given: "Diego",
        family: "Castillo",
        female: false,
    },
    Person {
        given: "Hannah",
        family: "Whitfield",
        female: true,
    },
    Person {
        given: "Samuel",
        family: "Adeyemi",
        female: false,
    },
];

const fn same(s: &'static str) -> [&'static str; 2] {
    [s, s]
}

pub static ROLES: [Role; 8] = [
    Role {
        title: same("Finance Minister"),
        apposition: same("the finance minister"),
        anaphor: same("the minister"),
        other_words: same("the head of the finance ministry"),
    },
    Role {
        title: same("Police Chief"),
        apposition: same("the city's police chief"),
        anaphor: same("the police chief"),
        other_words: same("the head of the city's police"),
    },
    Role {
        title: same("Agency Director"),
        apposition: same("the agency's chief"),
        anaphor: same("the director"),
        other_words: same("the head of the agency"),
    },
    Role {
        title: same("Union Leader"),
        apposition: same("the leader of the dockers' union"),
        anaphor: same("the union leader"),
        other_words: same("the dockers' most senior representative"),
    },
    Role {
        title: same("Mayor"),
        apposition: same("the mayor of Kingsford"),
        anaphor: same("the mayor"),
        other_words: same("Kingsford's elected leader"),
    },
    Role {
        title: same("Chief Executive"),
        apposition: same("the company's chief executive"),
        anaphor: same("the chief executive"),
        other_words: same("the head of the company"),
    },
    Role {
        title: ["Coach", "Coach"],
        apposition: same("the club's coach"),
        anaphor: same("the coach"),
        other_words: same("the man in charge of the team"),
    },
    Role {
        title: same("Health Minister"),
        apposition: same("the health minister"),
        anaphor: same("the minister"),
        other_words: same("the country's top health official"),
    },
];

pub static ORGS: [Org; 6] = [
    Org {
        written: "the port authority",
        name: "the port authority",
    },
    Org {
        written: "the health ministry",
        name: "the health ministry",
    },
    Org {
        written: "the dockers' union",
        name: "the dockers' union",
    },
    Org {
        written: "Northwind Airlines",
        name: "Northwind Airlines",
    },
    Org {
        written: "the city council",
        name: "the city council",
    },
    Org {
        written: "the World Food Programme",
        name: "the World Food Programme",
    },
];

pub static WORDS: Words = Words {
    lang: Lang::En,
    people: &PEOPLE,
    roles: &ROLES,
    orgs: &ORGS,
    quote_styles: &[
        ("\u{201c}", "\u{201d}"),
        ("\u{2018}", "\u{2019}"),
        ("\"", "\""),
    ],
    quotes: &[
        "We will not wait for another report",
        "Nobody listens until it is too late",
        "This is the worst season we have had in twenty years",
        "The money is there, and it has to be spent",
        "I have never seen the wards this full",
        "We asked for talks and we got silence",
        "There is no plan B",
        "Families cannot keep paying more for less",
        "It is a good result, but it is not enough",
        "The bridge will be open again by the spring",
    ],
    clauses: &[
        "the plan had failed",
        "the bridge would reopen in May",
        "there was no money left for repairs",
        "the talks would resume next week",
        "the company had broken no rules",
        "the wards were full every night",
        "the union would not sign the deal",
        "prices would keep rising until the summer",
        "it had been a long year",
        "the report contained several errors",
    ],
    subordinate: &[
        "the plan had failed",
        "the bridge would reopen in May",
        "there was no money left for repairs",
        "the talks would resume next week",
        "the company had broken no rules",
        "the wards were full every night",
        "the union would not sign the deal",
        "prices would keep rising until the summer",
        "it had been a long year",
        "the report contained several errors",
    ],
    verbs: &[
        "said",
        "says",
        "has said",
        "added",
        "explained",
        "insisted",
        "warned",
        "argued",
    ],
    pronouns: ["he", "she"],
    but: "But",
    fronted_time: Some("On Monday"),
    times: &[
        "on Monday",
        "on Friday",
        "last week",
        "late on Tuesday",
        "this morning",
    ],
    addressees: &[
        "to reporters",
        "to the committee",
        "to local radio",
        "to the court",
    ],
    topics: &[
        "the levy",
        "the strike",
        "the new timetable",
        "the budget",
        "the floods",
    ],
};
