//! The behavioural suite, in the manner of CheckList (Ribeiro et al., ACL 2020): for each way news
//! reports speech that the importer must handle (`Pattern`), templates in each language where
//! the pattern exists are filled from word lists into hundreds of cases, each with its expected
//! passages and speakers; invariance tests then add a conjunction, a time phrase or an addressee,
//! or swap one name for another, and require the same attribution.
//!
//! The word lists and templates are written from how each language reports speech, not from
//! the importer's rules, so that the suite measures them rather than mirrors them. Generation is
//! deterministic: each case comes from a fixed seed.

mod case;
mod fill;
mod run;
mod templates;
mod words;

pub use case::{Case, Seg};
pub use run::{run, Failure, Perturbation, Rates, Row};

use crate::Lang;

/// The patterns of issue 19, each a row of the pass-rate table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Pattern {
    ColonLeadIn,
    NoCueAfterIntroduction,
    Pronoun,
    RoleAfterName,
    RoleBeforeName,
    RoleInOtherWords,
    BodyByKind,
    UnwrittenSubject,
    InvertedCue,
    DistractorObject,
    DistractorPlace,
    DistractorCreditLine,
    DistractorNounPhrase,
    NoThat,
    GermanSubjunctive,
    GermanCuePhrase,
    GermanReportOverParagraphs,
    GermanNarrationConditional,
    GermanWireCue,
    RomanceVerbCue,
    RomanceNounCue,
    LongSubject,
    CarriedOn,
    SourcePhrase,
    NotSpeech,
}

impl Pattern {
    pub const ALL: [Pattern; 25] = [
        Pattern::ColonLeadIn,
        Pattern::NoCueAfterIntroduction,
        Pattern::Pronoun,
        Pattern::RoleAfterName,
        Pattern::RoleBeforeName,
        Pattern::RoleInOtherWords,
        Pattern::BodyByKind,
        Pattern::UnwrittenSubject,
        Pattern::InvertedCue,
        Pattern::DistractorObject,
        Pattern::DistractorPlace,
        Pattern::DistractorCreditLine,
        Pattern::DistractorNounPhrase,
        Pattern::NotSpeech,
        Pattern::NoThat,
        Pattern::GermanSubjunctive,
        Pattern::GermanCuePhrase,
        Pattern::GermanReportOverParagraphs,
        Pattern::GermanNarrationConditional,
        Pattern::GermanWireCue,
        Pattern::RomanceVerbCue,
        Pattern::RomanceNounCue,
        Pattern::LongSubject,
        Pattern::CarriedOn,
        Pattern::SourcePhrase,
    ];

    /// The row label: the number for the pattern, then what it is.
    pub fn label(self) -> &'static str {
        match self {
            Pattern::ColonLeadIn => "1 colon lead-in",
            Pattern::NoCueAfterIntroduction => "2 no cue, after an introduction",
            Pattern::Pronoun => "2b pronoun, told apart by gender",
            Pattern::RoleAfterName => "3a role after the name",
            Pattern::RoleBeforeName => "3b role before the name",
            Pattern::RoleInOtherWords => "3c role in other words",
            Pattern::BodyByKind => "3d body referred back to by a generic noun",
            Pattern::UnwrittenSubject => "4 unwritten or inverted subject",
            Pattern::InvertedCue => "5 inverted and postposed cues",
            Pattern::DistractorObject => "6a distractor: object, addressee",
            Pattern::DistractorPlace => "6b distractor: place, event, body",
            Pattern::DistractorCreditLine => "6c distractor: agency credit line",
            Pattern::DistractorNounPhrase => "6d distractor: noun phrase that cannot speak",
            Pattern::NoThat => "7 reporting verb without \"that\", words between",
            Pattern::GermanSubjunctive => "8a German subjunctive carried on",
            Pattern::GermanCuePhrase => "8b German cue phrases",
            Pattern::GermanReportOverParagraphs => {
                "8c German subjunctive over paragraphs, and where it ends"
            }
            Pattern::GermanNarrationConditional => {
                "8d German Konjunktiv II narration stays narration"
            }
            Pattern::GermanWireCue => "8e German wire-copy cues, subject after the verb",
            Pattern::RomanceVerbCue => "9a French, Spanish reporting verbs",
            Pattern::RomanceNounCue => "9b French, Spanish noun cues",
            Pattern::LongSubject => "10a indirect speech: long subjects and appositions",
            Pattern::CarriedOn => "10b indirect speech carried on",
            Pattern::SourcePhrase => "10c according to, told an agency, quoted as",
            Pattern::NotSpeech => "6e distractor: words of saying that report nothing",
        }
    }
}

/// The languages the suite covers, in table order.
pub const LANGS: [Lang; 4] = [Lang::En, Lang::Fr, Lang::De, Lang::Es];

pub fn lang_code(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "en",
        Lang::Fr => "fr",
        Lang::De => "de",
        Lang::Es => "es",
        Lang::Other => "und",
    }
}

/// Cases generated from each template (each from its own seed).
pub const CASES_PER_TEMPLATE: u64 = 24;

/// Every case of the suite, in a fixed order: (template's pattern, case).
pub fn cases() -> Vec<Case> {
    let mut out = Vec::new();
    for (t, template) in templates::all().iter().enumerate() {
        for k in 0..CASES_PER_TEMPLATE {
            out.push(template.make(seed(t, k), fill::Variant::default()));
        }
    }
    out
}

fn seed(template: usize, k: u64) -> u64 {
    (template as u64) << 32 | k
}
