//! Pattern 2 of issue 19: A quote with no cue of its own, right after a sentence or paragraph that
//! introduced or quoted someone: the quote is theirs.

use super::t;
use super::Template;
use crate::checklist::fill::{as_voice, Fill};
use crate::checklist::words::Person;
use crate::checklist::{Case, Pattern::NoCueAfterIntroduction as P};
use crate::Lang::{self, De, En, Es, Fr};

pub fn templates() -> Vec<Template> {
    let mut out = Vec::new();
    for lang in [En, Fr, De, Es] {
        out.push(t(P, lang, introduced_then_quote_paragraph));
        out.push(t(P, lang, introduced_then_quote));
        out.push(t(P, lang, quoted_then_quote_paragraph));
    }
    out
}

/// Who the person is, as a news introduction gives it ("a nurse in Accra"), and what they have
/// lived ("has seen it for years").
fn description(f: &mut Fill, lang: Lang, p: Person) -> (String, &'static str) {
    let e = if p.female { 1 } else { 0 };
    match lang {
        En => (
            f.pick(&[
                "a nurse in Accra",
                "a farmer near Tula",
                "a bus driver in Kingsford",
                "a teacher in Lyon",
            ])
            .to_string(),
            f.pick(&[
                "has seen it for years",
                "has waited three months for a repair",
                "knows the problem well",
            ]),
        ),
        Fr => (
            f.pick(&[
                ["infirmier à Dakar", "infirmière à Dakar"],
                ["agriculteur près de Rennes", "agricultrice près de Rennes"],
                ["chauffeur de bus à Lyon", "conductrice de bus à Lyon"],
            ])[e]
                .to_string(),
            f.pick(&[
                "le constate depuis des années",
                "attend une réparation depuis trois mois",
                "connaît bien le problème",
            ]),
        ),
        De => (
            f.pick(&[
                ["Pfleger in Köln", "Pflegerin in Köln"],
                ["Landwirt bei Passau", "Landwirtin bei Passau"],
                ["Busfahrer in Leipzig", "Busfahrerin in Leipzig"],
            ])[e]
                .to_string(),
            f.pick(&[
                "erlebt das seit Jahren",
                "wartet seit drei Monaten auf eine Reparatur",
                "kennt das Problem gut",
            ]),
        ),
        _ => (
            f.pick(&[
                ["enfermero en Quito", "enfermera en Quito"],
                ["agricultor cerca de Tula", "agricultora cerca de Tula"],
                [
                    "conductor de autobús en Lima",
                    "conductora de autobús en Lima",
                ],
            ])[e]
                .to_string(),
            f.pick(&[
                "lo ve desde hace años",
                "espera una reparación desde hace tres meses",
                "conoce bien el problema",
            ]),
        ),
    }
}

/// "Ada Mensah, a nurse in Accra, has seen it for years." ¶ "“Nobody listens …”"
fn introduced_then_quote_paragraph(f: &mut Fill) -> Case {
    let lang = f.w.lang;
    let mut c = Case::new(lang);
    let p = f.person();
    let a = as_voice(&mut c, p);
    let (who, lived) = description(f, lang, p);
    let q = f.quote();
    let q = f.quote_sentence(q);
    c.n(&format!("{}, {who}, {lived}.", p.full()))
        .para()
        .d(a, &q);
    c
}

/// The same within one paragraph.
fn introduced_then_quote(f: &mut Fill) -> Case {
    let lang = f.w.lang;
    let mut c = Case::new(lang);
    let p = f.person();
    let a = as_voice(&mut c, p);
    let (who, lived) = description(f, lang, p);
    let q = f.quote();
    let q = f.quote_sentence(q);
    c.n(&format!("{}, {who}, {lived}. ", p.full())).d(a, &q);
    c
}

/// A quote with a named cue, then a paragraph that is all quote: the same speaker goes on.
fn quoted_then_quote_paragraph(f: &mut Fill) -> Case {
    let lang = f.w.lang;
    let mut c = Case::new(lang);
    let p = f.person();
    let a = as_voice(&mut c, p);
    let (who, _) = description(f, lang, p);
    let (q1, q2) = f.quotes();
    let q1 = f.quote_before_cue(q1);
    let q2 = f.quote_sentence(q2);
    let verb = match lang {
        En => "said",
        Fr => "a déclaré",
        De => "sagte",
        _ => "dijo",
    };
    let sep = f.cue_separator();
    c.d(a, &q1)
        .n(&format!("{sep}{verb} {}, {who}.", p.full()))
        .para()
        .d(a, &q2);
    c
}
