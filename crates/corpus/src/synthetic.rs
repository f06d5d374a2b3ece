//! Synthetic news articles as JSON Lines, for the benchmark and the scale tests: English text
//! of realistic length with direct quotes, paraphrase, pronouns and titles, anonymous sources,
//! collectives, seven outlets and a year of dates. Deterministic from a seed; all text is
//! generated here (no third-party news text).

use serde::Serialize;
use std::io::{self, Write};

/// splitmix64: tiny, deterministic and good enough to vary text (not for anything secret).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

const OUTLETS: [&str; 7] = [
    "Northern Courier",
    "Harbour Times",
    "Valley Gazette",
    "Capital Wire",
    "Evening Post",
    "Coastal Herald",
    "Daily Ledger",
];
const FIRST_FEMALE: [&str; 12] = [
    "Mary", "Anna", "Grace", "Helen", "Laura", "Nadia", "Olivia", "Ruth", "Sara", "Tessa", "Irene",
    "Joan",
];
const FIRST_MALE: [&str; 12] = [
    "John", "Peter", "Mark", "David", "Omar", "Victor", "Paul", "Simon", "Tomas", "Henry", "James",
    "Leon",
];
const SURNAMES: [&str; 40] = [
    "Smith",
    "Okafor",
    "Lindqvist",
    "Moreau",
    "Castillo",
    "Brennan",
    "Haddad",
    "Kowalski",
    "Fischer",
    "Nakamura",
    "Adeyemi",
    "Petrov",
    "Santos",
    "Walsh",
    "Romero",
    "Dubois",
    "Keller",
    "Novak",
    "Osei",
    "Murray",
    "Bauer",
    "Ferreira",
    "Quinn",
    "Varga",
    "Hughes",
    "Silva",
    "Berg",
    "Mensah",
    "Rossi",
    "Kaplan",
    "Doyle",
    "Lund",
    "Ortega",
    "Sato",
    "Weber",
    "Costa",
    "Byrne",
    "Ivanova",
    "Nilsen",
    "Aziz",
];
const ROLES: [&str; 10] = [
    "the finance minister",
    "a spokeswoman for the port authority",
    "the city's mayor",
    "a professor of economics",
    "the union's general secretary",
    "a local shop owner",
    "the health minister",
    "a lawyer for the families",
    "the company's chief executive",
    "an opposition lawmaker",
];
const COLLECTIVES: [&str; 5] = [
    "The Ministry of Transport",
    "The city council",
    "The port authority",
    "The regional government",
    "The teachers' union",
];
const SUBJECTS: [&str; 12] = [
    "the new budget",
    "the harbour project",
    "the rail strike",
    "the water supply",
    "the housing plan",
    "the school reform",
    "the flood defences",
    "the trade agreement",
    "the hospital merger",
    "the fuel prices",
    "the bus network",
    "the election result",
];
const PREDICATES: [&str; 14] = [
    "would cost far more than planned",
    "had been delayed by another year",
    "was the best option on the table",
    "could not go ahead without more money",
    "left thousands of families waiting",
    "needed a full public inquiry",
    "was working better than expected",
    "had been agreed after long talks",
    "would be reviewed in the spring",
    "put small businesses at risk",
    "had the support of most residents",
    "was rushed through without a vote",
    "would create hundreds of jobs",
    "was a mistake that must be corrected",
];
const NARRATION: [&str; 8] = [
    "The debate has divided the region for months.",
    "Figures released on Tuesday showed a sharp rise in costs.",
    "Hundreds of people gathered outside the town hall on Monday evening.",
    "The proposal will be put to a vote next week.",
    "Work on the site began two years ago.",
    "Officials have not published the full report.",
    "The decision follows a long dispute over funding.",
    "Local businesses have watched the talks closely.",
];

/// A person in the synthetic world. `female` decides the pronouns and titles the text uses.
struct Person {
    first: &'static str,
    last: &'static str,
    female: bool,
    role: &'static str,
}

fn people() -> Vec<Person> {
    let mut all = Vec::new();
    for (s, last) in SURNAMES.iter().enumerate() {
        for k in 0..6 {
            let female = (s + k) % 2 == 0;
            let names = if female { &FIRST_FEMALE } else { &FIRST_MALE };
            all.push(Person {
                first: names[(s * 5 + k * 7) % names.len()],
                last,
                female,
                role: ROLES[(s + k * 3) % ROLES.len()],
            });
        }
    }
    all
}

#[derive(Serialize)]
struct Line {
    id: String,
    text: String,
    title: String,
    outlet: String,
    url: String,
    date: String,
    lang: &'static str,
}

fn clause(rng: &mut Rng) -> String {
    format!("{} {}", rng.pick(&SUBJECTS), rng.pick(&PREDICATES))
}

fn quote(rng: &mut Rng) -> String {
    let mut s = clause(rng);
    s[..1].make_ascii_uppercase();
    s
}

/// One article's text: about 450–700 words in 10–16 paragraphs, three or four speakers.
fn article_text(rng: &mut Rng, people: &[Person]) -> String {
    let speakers: Vec<&Person> = (0..3 + rng.below(2))
        .map(|_| &people[rng.below(people.len())])
        .collect();
    let mut paragraphs = vec![format!("{} {}", rng.pick(&NARRATION), rng.pick(&NARRATION))];
    for (i, p) in speakers.iter().enumerate() {
        let (he, title) = if p.female {
            ("she", "Ms")
        } else {
            ("he", "Mr")
        };
        paragraphs.push(format!(
            "\"{}, and {},\" said {} {}, {}. {} added that {}.",
            quote(rng),
            clause(rng),
            p.first,
            p.last,
            p.role,
            if p.female { "She" } else { "He" },
            clause(rng)
        ));
        paragraphs.push(rng.pick(&NARRATION).to_string());
        paragraphs.push(match rng.below(3) {
            0 => format!("{title} {} said {}.", p.last, clause(rng)),
            1 => format!("\"{}.\" {he} said. \"{}.\"", quote(rng), quote(rng)),
            _ => format!("{} said that {} and {}.", p.last, clause(rng), clause(rng)),
        });
        if i == 0 && rng.below(4) == 0 {
            paragraphs.push(format!(
                "A senior official, speaking on condition of anonymity, said {}.",
                clause(rng)
            ));
        }
        if rng.below(3) == 0 {
            paragraphs.push(format!(
                "{} said in a statement that {}.",
                rng.pick(&COLLECTIVES),
                clause(rng)
            ));
        }
    }
    paragraphs.push(format!("{} {}", rng.pick(&NARRATION), rng.pick(&NARRATION)));
    paragraphs.join("\n\n")
}

/// Writes `count` articles, one JSON line each.
pub fn write_jsonl(mut out: impl Write, count: usize, seed: u64) -> io::Result<()> {
    let mut rng = Rng(seed);
    let people = people();
    for n in 0..count {
        let outlet = OUTLETS[rng.below(OUTLETS.len())];
        let date = format!("2025-{:02}-{:02}", 1 + rng.below(12), 1 + rng.below(28));
        let subject = rng.pick(&SUBJECTS);
        let line = Line {
            id: format!("syn-{seed}-{n:07}"),
            text: article_text(&mut rng, &people),
            title: format!("Row over {subject} deepens"),
            outlet: outlet.to_string(),
            url: format!(
                "https://example.org/{}/{n}",
                outlet.to_lowercase().replace(' ', "-")
            ),
            date,
            lang: "en",
        };
        serde_json::to_writer(&mut out, &line)?;
        out.write_all(b"\n")?;
    }
    out.flush()
}
