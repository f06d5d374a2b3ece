//! What the templates are filled from: the word lists of one language. Each language's lists
//! are in their own file (`words/en.rs` …); the templates add the phrases a single pattern needs.

mod de;
mod en;
mod es;
mod fr;

use crate::Lang;

/// A person the text can name, with the gender the text marks (pronouns, agreement, titles).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Person {
    pub given: &'static str,
    pub family: &'static str,
    pub female: bool,
}

impl Person {
    pub fn full(&self) -> String {
        format!("{} {}", self.given, self.family)
    }
}

/// A role, in its masculine and feminine forms ([m, f]), as news writes it: as a title before
/// the name ("Finance Minister"), as an apposition after it ("the finance minister"), as a later
/// mention ("the minister"), and in other words ("the head of the finance ministry").
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Role {
    pub title: [&'static str; 2],
    pub apposition: [&'static str; 2],
    pub anaphor: [&'static str; 2],
    pub other_words: [&'static str; 2],
}

/// An organisation that speaks as a body: as it is written mid-sentence ("the port
/// authority"), and its name as an editor would give the voice.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Org {
    pub written: &'static str,
    pub name: &'static str,
}

#[derive(Debug)]
pub struct Words {
    pub lang: Lang,
    pub people: &'static [Person],
    pub roles: &'static [Role],
    pub orgs: &'static [Org],
    /// Every quotation-mark style of the language: (opening, closing).
    pub quote_styles: &'static [(&'static str, &'static str)],
    /// Direct-quote contents, without final punctuation.
    pub quotes: &'static [&'static str],
    /// Contents of indirect speech as a main clause (German: verb second, subjunctive).
    pub clauses: &'static [&'static str],
    /// The same contents after "that", "que", "dass" (German: verb last).
    pub subordinate: &'static [&'static str],
    /// Reporting verbs after their subject, in several tenses ("said", "has said", "says").
    pub verbs: &'static [&'static str],
    /// Subject pronouns [m, f], lower case.
    pub pronouns: [&'static str; 2],
    /// The sentence-initial conjunction of the invariance test ("But").
    pub but: &'static str,
    /// A time phrase that may open a sentence before its subject ("On Monday"); none in German,
    /// where it would move the verb before the subject.
    pub fronted_time: Option<&'static str>,
    /// Time phrases placed after the verb ("on Monday").
    pub times: &'static [&'static str],
    /// Addressees placed after the verb ("to reporters").
    pub addressees: &'static [&'static str],
    /// What a person may be asked about ("the levy").
    pub topics: &'static [&'static str],
}

pub fn words(lang: Lang) -> &'static Words {
    match lang {
        Lang::Fr => &fr::WORDS,
        Lang::De => &de::WORDS,
        Lang::Es => &es::WORDS,
        Lang::En | Lang::Other => &en::WORDS,
    }
}
