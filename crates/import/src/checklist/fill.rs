//! Filling a template: seeded choices from a language's word lists, and the few variations
//! the invariance tests make. Every choice is drawn whatever the variant, so that a variant
//! changes only the words it is about.

use super::words::{words, Org, Person, Role, Words};
use crate::Lang;
use article_model::VoiceKind;
use rand::rngs::Xoshiro256PlusPlus;
use rand::{RngExt, SeedableRng};

/// What an invariance test changes: each must leave who said what as it was.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Variant {
    /// A sentence-initial "But" before the cue.
    pub conj: bool,
    /// A sentence-initial "On Monday," before the cue's subject (not in German, where it would
    /// put the verb before the subject).
    pub fronted_time: bool,
    /// A time phrase after the reporting verb.
    pub time: bool,
    /// An addressee after the reporting verb.
    pub addressee: bool,
    /// The first person named is another one of the same gender.
    pub swap: bool,
}

pub struct Fill {
    pub w: &'static Words,
    pub v: Variant,
    rng: Xoshiro256PlusPlus,
    used: Vec<usize>,
    first_person: bool,
}

impl Fill {
    pub fn new(lang: Lang, seed: u64, v: Variant) -> Fill {
        Fill {
            w: words(lang),
            v,
            rng: Xoshiro256PlusPlus::seed_from_u64(seed),
            used: Vec::new(),
            first_person: true,
        }
    }

    pub fn pick<T: Copy>(&mut self, list: &[T]) -> T {
        list[self.rng.random_range(0..list.len())]
    }

    /// A coin toss, for a template's two forms.
    pub fn either(&mut self) -> bool {
        self.rng.random_range(0..2) == 1
    }

    /// A person not yet named in this case. The first one drawn has a partner of the same
    /// gender, reserved in every variant, whom the name-swap variant names instead.
    pub fn person(&mut self) -> Person {
        let people = self.w.people;
        let i = loop {
            let i = self.rng.random_range(0..people.len());
            if !self.used.contains(&i) {
                break i;
            }
        };
        self.used.push(i);
        if !std::mem::take(&mut self.first_person) {
            return people[i];
        }
        let partner = (1..people.len())
            .map(|k| (i + k) % people.len())
            .find(|&j| people[j].female == people[i].female && !self.used.contains(&j))
            .unwrap_or(i);
        self.used.push(partner);
        people[if self.v.swap { partner } else { i }]
    }

    /// A person of the other gender than `p`, not yet named.
    pub fn person_unlike(&mut self, p: Person) -> Person {
        let people = self.w.people;
        let start = self.rng.random_range(0..people.len());
        let i = (0..people.len())
            .map(|k| (start + k) % people.len())
            .find(|&j| people[j].female != p.female && !self.used.contains(&j))
            .unwrap_or(start);
        self.used.push(i);
        people[i]
    }

    /// A person of the same gender as `p`, not yet named (another gender when none is left).
    pub fn person_like(&mut self, p: Person) -> Person {
        let people = self.w.people;
        let start = self.rng.random_range(0..people.len());
        let i = (0..people.len())
            .map(|k| (start + k) % people.len())
            .find(|&j| people[j].female == p.female && !self.used.contains(&j))
            .or_else(|| {
                (0..people.len())
                    .map(|k| (start + k) % people.len())
                    .find(|&j| !self.used.contains(&j))
            })
            .unwrap_or(start);
        self.used.push(i);
        people[i]
    }

    pub fn role(&mut self) -> Role {
        self.pick(self.w.roles)
    }

    /// Two roles that a later mention tells apart (their short forms differ).
    pub fn roles(&mut self) -> (Role, Role) {
        let roles = self.w.roles;
        let a = roles[self.rng.random_range(0..roles.len())];
        let start = self.rng.random_range(0..roles.len());
        let b = (0..roles.len())
            .map(|k| roles[(start + k) % roles.len()])
            .find(|b| b.anaphor != a.anaphor && b.other_words != a.other_words)
            .unwrap_or(a);
        (a, b)
    }

    pub fn org(&mut self) -> Org {
        self.pick(self.w.orgs)
    }

    /// A direct-quote content and a second, different one.
    pub fn quotes(&mut self) -> (&'static str, &'static str) {
        let q = self.w.quotes;
        let a = self.rng.random_range(0..q.len());
        (
            q[a],
            q[(a + 1 + self.rng.random_range(0..q.len() - 1)) % q.len()],
        )
    }

    pub fn quote(&mut self) -> &'static str {
        self.quotes().0
    }

    /// An indirect-speech content: (as a main clause, after "that"), the same content.
    pub fn clause(&mut self) -> (&'static str, &'static str) {
        let i = self.rng.random_range(0..self.w.clauses.len());
        (self.w.clauses[i], self.w.subordinate[i])
    }

    /// Two different indirect-speech contents, as main clauses.
    pub fn clauses(&mut self) -> (&'static str, &'static str) {
        let c = self.w.clauses;
        let a = self.rng.random_range(0..c.len());
        (
            c[a],
            c[(a + 1 + self.rng.random_range(0..c.len() - 1)) % c.len()],
        )
    }

    pub fn verb(&mut self) -> &'static str {
        self.pick(self.w.verbs)
    }

    pub fn topic(&mut self) -> &'static str {
        self.pick(self.w.topics)
    }

    /// A style of quotation marks: (opening, closing).
    pub fn style(&mut self) -> (&'static str, &'static str) {
        self.pick(self.w.quote_styles)
    }

    /// A direct quote that a cue follows: “Content,” (English) or « Content » (the others,
    /// which put the comma after the closing mark).
    pub fn quote_before_cue(&mut self, content: &str) -> String {
        let (open, close) = self.style();
        match self.w.lang {
            Lang::En => format!("{open}{content},{close}"),
            _ => format!("{open}{content}{close}"),
        }
    }

    /// A direct quote that is a whole sentence: “Content.”
    pub fn quote_sentence(&mut self, content: &str) -> String {
        let (open, close) = self.style();
        format!("{open}{content}.{close}")
    }

    /// What separates a quote from the cue after it: " said X" or ", a déclaré X".
    pub fn cue_separator(&self) -> &'static str {
        match self.w.lang {
            Lang::En => " ",
            _ => ", ",
        }
    }

    /// Where a sentence starts: "But " in the conjunction variant, "On Monday, " in the fronted
    /// time variant, else nothing. The word after it is given in lower case; `start` capitalises
    /// it when nothing precedes.
    pub fn start(&mut self, word: &str) -> String {
        if self.v.conj {
            format!("{} {word}", self.w.but)
        } else if let Some(time) = self.w.fronted_time.filter(|_| self.v.fronted_time) {
            format!("{time}, {word}")
        } else {
            capitalise(word)
        }
    }

    /// " on Monday" in the time variant, else nothing (always drawn).
    pub fn time(&mut self) -> String {
        let t = self.pick(self.w.times);
        if self.v.time {
            format!(" {t}")
        } else {
            String::new()
        }
    }

    /// " to reporters" in the addressee variant, else nothing (always drawn).
    pub fn addressee(&mut self) -> String {
        let a = self.pick(self.w.addressees);
        if self.v.addressee {
            format!(" {a}")
        } else {
            String::new()
        }
    }

    /// Both of the above, after a reporting verb.
    pub fn after_verb(&mut self) -> String {
        let t = self.time();
        let a = self.addressee();
        format!("{a}{t}")
    }

    pub fn pronoun(&self, p: Person) -> &'static str {
        self.w.pronouns[usize::from(p.female)]
    }
}

pub fn capitalise(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// The gendered form of a role for `p`.
pub fn form(forms: [&'static str; 2], p: Person) -> &'static str {
    forms[usize::from(p.female)]
}

/// A person as a voice: the full name, the family name as the short one.
pub fn as_voice(case: &mut super::Case, p: Person) -> usize {
    case.speaker(&p.full(), p.family, VoiceKind::Person)
}

pub fn org_voice(case: &mut super::Case, o: Org) -> usize {
    case.speaker(o.name, o.name, VoiceKind::Collective)
}
