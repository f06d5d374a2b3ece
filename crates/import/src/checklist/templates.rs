//! The templates, one file per pattern of issue 19 (each with the languages where the pattern
//! exists), and the list of all of them in table order.

mod anaphora;
mod colon;
mod distractors;
mod german;
mod german_reports;
mod german_speakers;
mod inverted;
mod no_cue;
mod no_that;
mod roles;
mod romance;
mod unwritten;
mod wire;

use super::fill::{Fill, Variant};
use super::{Case, Pattern};
use crate::Lang;

pub struct Template {
    pub pattern: Pattern,
    pub lang: Lang,
    pub build: fn(&mut Fill) -> Case,
}

impl Template {
    pub fn make(&self, seed: u64, variant: Variant) -> Case {
        let mut case = (self.build)(&mut Fill::new(self.lang, seed, variant));
        case.pattern = self.pattern;
        case
    }
}

pub(crate) fn t(pattern: Pattern, lang: Lang, build: fn(&mut Fill) -> Case) -> Template {
    Template {
        pattern,
        lang,
        build,
    }
}

pub fn all() -> Vec<Template> {
    let mut out = Vec::new();
    out.extend(colon::templates());
    out.extend(no_cue::templates());
    out.extend(roles::templates());
    out.extend(unwritten::templates());
    out.extend(inverted::templates());
    out.extend(distractors::templates());
    out.extend(no_that::templates());
    out.extend(german::templates());
    out.extend(romance::templates());
    // Templates added later go last, so that every earlier case keeps its seed.
    out.push(t(Pattern::ColonLeadIn, Lang::En, colon::en_told_reporters));
    out.push(t(
        Pattern::GermanSubjunctive,
        Lang::De,
        german::carried_on_after_quote,
    ));
    out.push(t(
        Pattern::GermanSubjunctive,
        Lang::De,
        german::carried_on_varied,
    ));
    out.push(t(Pattern::InvertedCue, Lang::Es, romance::es_segun_fronted));
    for lang in [Lang::Fr, Lang::Es] {
        out.push(t(Pattern::RomanceVerbCue, lang, romance::announcement));
        out.push(t(
            Pattern::RoleBeforeName,
            lang,
            romance::role_with_listed_complement,
        ));
    }
    out.extend(german_speakers::templates());
    out.extend(german_reports::templates());
    out.extend(wire::templates());
    out.extend(german_reports::later());
    out.extend(anaphora::templates());
    out
}
