//! Pattern 5 of issue 19: Inverted and postposed cues: "said Ruiz", ", so der Sprecher", « selon la
//! préfecture », "según ha explicado Mora", ", she says,", "was quoted as saying".

use super::t;
use super::Template;
use crate::checklist::fill::{as_voice, capitalise, form, org_voice, Fill};
use crate::checklist::{Case, Pattern::InvertedCue as P};
use crate::Lang::{De, En, Es, Fr};

pub fn templates() -> Vec<Template> {
    let mut out = Vec::new();
    for lang in [En, Fr, De, Es] {
        out.push(t(P, lang, quote_then_inverted_cue));
        out.push(t(P, lang, quote_then_inverted_cue_with_title));
        out.push(t(P, lang, content_then_phrase_cue));
    }
    out.push(t(P, En, en_says_between_quotes));
    out.push(t(P, En, en_quoted_as_saying));
    out.push(t(P, De, de_so_role));
    out.push(t(P, Es, es_segun_ha_explicado));
    out.push(t(P, Fr, fr_estime_inverted));
    out
}

fn inverted_verb(f: &mut Fill) -> &'static str {
    match f.w.lang {
        En => f.pick(&["said", "says", "added", "explained", "insisted"]),
        Fr => f.pick(&[
            "a déclaré",
            "a affirmé",
            "explique",
            "a ajouté",
            "souligne",
            "a assuré",
        ]),
        De => f.pick(&["sagte", "erklärte", "betonte", "meinte", "sagt"]),
        _ => f.pick(&[
            "dijo",
            "afirmó",
            "explicó",
            "aseguró",
            "ha dicho",
            "respondía",
        ]),
    }
}

/// “…,” said Ruiz. / « … », a déclaré Claire Vasseur. / „…“, sagte Vogt. / «…», dijo Mora.
fn quote_then_inverted_cue(f: &mut Fill) -> Case {
    let mut c = Case::new(f.w.lang);
    let p = f.person();
    let a = as_voice(&mut c, p);
    let q = f.quote();
    let q = f.quote_before_cue(q);
    let verb = inverted_verb(f);
    let after = f.after_verb();
    let sep = f.cue_separator();
    c.d(a, &q).n(&format!("{sep}{verb} {}{after}.", p.full()));
    c
}

/// “…,” said Finance Minister Ana Ruiz. / «…», respondía la ministra Ana Ruiz desde Lima.
fn quote_then_inverted_cue_with_title(f: &mut Fill) -> Case {
    let lang = f.w.lang;
    let mut c = Case::new(lang);
    let p = f.person();
    let a = as_voice(&mut c, p);
    let role = f.role();
    let q = f.quote();
    let q = f.quote_before_cue(q);
    let verb = inverted_verb(f);
    let place = f.pick(&["Lima", "Geneva", "Dakar", "Hanoi"]);
    let from = match lang {
        En => format!(" from {place}"),
        Fr => format!(" depuis {place}"),
        De => format!(" aus {place}"),
        _ => format!(" desde {place}"),
    };
    let sep = f.cue_separator();
    c.d(a, &q).n(&format!(
        "{sep}{verb} {} {}{from}.",
        form(role.title, p),
        p.full()
    ));
    c
}

/// Indirect speech, then the cue phrase: "…, according to …" / « …, selon la préfecture. »
fn content_then_phrase_cue(f: &mut Fill) -> Case {
    let lang = f.w.lang;
    let mut c = Case::new(lang);
    let o = f.org();
    let a = org_voice(&mut c, o);
    let (main, _) = f.clause();
    let cue = match lang {
        En => format!(", according to {}.", o.written),
        Fr => format!(", selon {}.", o.written),
        De => format!(", so {}.", o.written),
        _ => format!(", según {}.", o.written),
    };
    c.p(a, &capitalise(main)).n(&cue);
    c
}

/// “…,” she says. “…” after an introduction.
fn en_says_between_quotes(f: &mut Fill) -> Case {
    let mut c = Case::new(En);
    let p = f.person();
    let a = as_voice(&mut c, p);
    let role = f.role();
    c.n(&format!("{} is {}.", p.full(), form(role.apposition, p)))
        .para();
    let (q1, q2) = f.quotes();
    let (q1, q2) = (f.quote_before_cue(q1), f.quote_sentence(q2));
    let after = f.after_verb();
    let verb = f.pick(&["says", "said", "adds", "added"]);
    c.d(a, &q1)
        .n(&format!(" {} {verb}{after}. ", f.pronoun(p)))
        .d(a, &q2);
    c
}

/// "Okafor was quoted as saying the plan had failed."
fn en_quoted_as_saying(f: &mut Fill) -> Case {
    let mut c = Case::new(En);
    let p = f.person();
    let a = as_voice(&mut c, p);
    let (_, sub) = f.clause();
    let time = f.time();
    let lead = f.start(&p.full());
    c.n(&format!("{lead} was quoted{time} as saying "))
        .p(a, &format!("{sub}."));
    c
}

/// „…“, so Polizeisprecher Markus Keller.
fn de_so_role(f: &mut Fill) -> Case {
    let mut c = Case::new(De);
    let p = f.person();
    let a = as_voice(&mut c, p);
    let role = f.role();
    let (main, _) = f.clause();
    c.p(a, &capitalise(main))
        .n(&format!(", so {} {}.", form(role.title, p), p.full()));
    c
}

/// "…, según ha explicado Mora."
fn es_segun_ha_explicado(f: &mut Fill) -> Case {
    let mut c = Case::new(Es);
    let p = f.person();
    let a = as_voice(&mut c, p);
    let (main, _) = f.clause();
    let cue = f.pick(&[
        "según ha explicado",
        "según explicó",
        "según dijo",
        "según ha señalado",
    ]);
    c.p(a, &capitalise(main))
        .n(&format!(", {cue} {}.", p.full()));
    c
}

/// « … », estime Claire Vasseur, maire de Rennes.
fn fr_estime_inverted(f: &mut Fill) -> Case {
    let mut c = Case::new(Fr);
    let p = f.person();
    let a = as_voice(&mut c, p);
    let role = f.role();
    let q = f.quote();
    let q = f.quote_before_cue(q);
    let verb = f.pick(&["estime", "juge", "regrette", "prévient", "résume"]);
    c.d(a, &q).n(&format!(
        ", {verb} {}, {}.",
        p.full(),
        form(role.apposition, p)
    ));
    c
}
