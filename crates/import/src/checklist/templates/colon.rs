//! Pattern 1 of issue 19: A lead-in clause ending in a colon: the speaker is the subject of that
//! clause.

use super::t;
use super::Template;
use crate::checklist::fill::{as_voice, form, org_voice, Fill};
use crate::checklist::{Case, Pattern::ColonLeadIn};
use crate::Lang::{self, De, En, Es, Fr};

pub fn templates() -> Vec<Template> {
    vec![
        t(ColonLeadIn, En, subject_verb),
        t(ColonLeadIn, En, en_asked),
        t(ColonLeadIn, En, en_blunt),
        t(ColonLeadIn, En, org_statement),
        t(ColonLeadIn, Fr, subject_verb),
        t(ColonLeadIn, Fr, fr_firm),
        t(ColonLeadIn, Fr, fr_asked),
        t(ColonLeadIn, Fr, org_statement),
        t(ColonLeadIn, De, subject_verb),
        t(ColonLeadIn, De, de_described),
        t(ColonLeadIn, De, de_pleased),
        t(ColonLeadIn, De, org_statement),
        t(ColonLeadIn, Es, subject_verb),
        t(ColonLeadIn, Es, es_blunt),
        t(ColonLeadIn, Es, es_asked),
        t(ColonLeadIn, Es, org_statement),
    ]
}

/// The colon as the language sets it: French puts a space before it.
fn colon(lang: Lang) -> &'static str {
    if lang == Fr {
        " : "
    } else {
        ": "
    }
}

/// "Okafor told reporters on Friday: “…”"
fn subject_verb(f: &mut Fill) -> Case {
    let lang = f.w.lang;
    let mut c = Case::new(lang);
    let p = f.person();
    let a = as_voice(&mut c, p);
    let verb = match lang {
        En => f.pick(&["said", "added", "says", "declared"]),
        _ => f.verb(),
    };
    let q = f.quote();
    let q = f.quote_sentence(q);
    let lead = format!("{}{}{}{}", f.start(&p.full()), " ", verb, f.after_verb());
    c.n(&lead).n(colon(lang)).d(a, &q);
    c
}

/// "Okafor told reporters on Friday: “…”"
pub fn en_told_reporters(f: &mut Fill) -> Case {
    let mut c = Case::new(En);
    let p = f.person();
    let a = as_voice(&mut c, p);
    let to = f.pick(&["reporters", "the BBC", "a news conference", "the committee"]);
    let q = f.quote();
    let q = f.quote_sentence(q);
    let lead = f.start(&p.full());
    let time = f.time();
    c.n(&format!("{lead} told {to}{time}: ")).d(a, &q);
    c
}

/// An introduction, then a cue after a question: "Asked about the levy, she said: “…”"
fn en_asked(f: &mut Fill) -> Case {
    let mut c = Case::new(En);
    let p = f.person();
    let a = as_voice(&mut c, p);
    let topic = f.topic();
    let q = f.quote();
    let q = f.quote_sentence(q);
    let asked = f.start("asked");
    let after = f.after_verb();
    c.n(&format!(
        "{} spoke after the meeting. {asked} about {topic}, {} said{after}: ",
        p.full(),
        f.pronoun(p)
    ))
    .d(a, &q);
    c
}

/// A paragraph that introduces the speaker, then "Brandt was more blunt: “…”"
fn en_blunt(f: &mut Fill) -> Case {
    let mut c = Case::new(En);
    let p = f.person();
    let a = as_voice(&mut c, p);
    let role = f.role();
    let (_, clause) = f.clause();
    let q = f.quote();
    let q = f.quote_sentence(q);
    let verb = f.verb();
    c.n(&format!(
        "{}, {}, {verb} that ",
        p.full(),
        form(role.apposition, p)
    ))
    .p(a, &format!("{clause}."))
    .para();
    let lead = f.start(p.family);
    let how = f.pick(&[
        "was more blunt",
        "went further",
        "put it simply",
        "was clear",
    ]);
    c.n(&format!("{lead} {how}: ")).d(a, &q);
    c
}

/// "In its statement, the union said: “…”"
fn org_statement(f: &mut Fill) -> Case {
    let lang = f.w.lang;
    let mut c = Case::new(lang);
    let o = f.org();
    let a = org_voice(&mut c, o);
    let q = f.quote();
    let q = f.quote_sentence(q);
    let after = f.after_verb();
    let lead = match lang {
        En => format!("{}, {} said{after}", f.start("in a statement"), o.written),
        Fr => format!(
            "{}, {} indique{after}",
            f.start("dans un communiqué"),
            o.written
        ),
        De => format!(
            "{} {}{after}",
            f.start("in einer Mitteilung schrieb"),
            o.written
        ),
        _ => format!(
            "{}, {} indicó{after}",
            f.start("en un comunicado"),
            o.written
        ),
    };
    c.n(&lead).n(colon(lang)).d(a, &q);
    c
}

/// « Le maire s'est montré ferme : … », after an introduction.
fn fr_firm(f: &mut Fill) -> Case {
    let mut c = Case::new(Fr);
    let p = f.person();
    let a = as_voice(&mut c, p);
    let role = f.role();
    let e = if p.female { "e" } else { "" };
    let time = f.time();
    c.n(&format!(
        "{}, {}, s'est exprimé{e}{time} devant le conseil.",
        p.full(),
        form(role.apposition, p)
    ))
    .para();
    let q = f.quote();
    let q = f.quote_sentence(q);
    let who = f.start(form(role.anaphor, p));
    let how = f.pick(&["s'est montré{e} ferme", "a été clair{e}", "a tranché"]);
    c.n(&format!("{who} {} : ", how.replace("{e}", e))).d(a, &q);
    c
}

/// « Interrogée sur la grève, Claire Vasseur a répondu : … »
fn fr_asked(f: &mut Fill) -> Case {
    let mut c = Case::new(Fr);
    let p = f.person();
    let a = as_voice(&mut c, p);
    let topic = f.topic();
    let e = if p.female { "e" } else { "" };
    let asked = f.start("interrogé");
    let after = f.after_verb();
    let q = f.quote();
    let q = f.quote_sentence(q);
    c.n(&format!(
        "{asked}{e} sur {topic}, {} a répondu{after} : ",
        p.full()
    ))
    .d(a, &q);
    c
}

/// „Die Lage beschrieb Vogt so: …“, after an introduction.
fn de_described(f: &mut Fill) -> Case {
    let mut c = Case::new(De);
    let p = f.person();
    let a = as_voice(&mut c, p);
    let role = f.role();
    let time = f.time();
    c.n(&format!(
        "{}, {}, äußerte sich{time} im Stadtrat.",
        p.full(),
        form(role.apposition, p)
    ))
    .para();
    let q = f.quote();
    let q = f.quote_sentence(q);
    let what = f.pick(&["die Lage", "den Plan", "die Stimmung"]);
    let lead = f.start(what);
    c.n(&format!("{lead} beschrieb {} so: ", p.family)).d(a, &q);
    c
}

/// „Keller zeigte sich zufrieden: …“, „Roth verteidigte den Plan mit den Worten: …“
fn de_pleased(f: &mut Fill) -> Case {
    let mut c = Case::new(De);
    let p = f.person();
    let a = as_voice(&mut c, p);
    let role = f.role();
    c.n(&format!("{} ist {}.", p.full(), form(role.apposition, p)))
        .n(" ");
    let q = f.quote();
    let q = f.quote_sentence(q);
    let lead = f.start(p.family);
    let how = f.pick(&[
        "zeigte sich zufrieden",
        "verteidigte den Plan mit den Worten",
        "blieb hart",
        "wurde deutlich",
    ]);
    c.n(&format!("{lead} {how}: ")).d(a, &q);
    c
}

/// "Mora fue tajante: «…»", after an introduction.
fn es_blunt(f: &mut Fill) -> Case {
    let mut c = Case::new(Es);
    let p = f.person();
    let a = as_voice(&mut c, p);
    let role = f.role();
    let (_, clause) = f.clause();
    let verb = f.verb();
    c.n(&format!(
        "{}, {}, {verb} que ",
        p.full(),
        form(role.apposition, p)
    ))
    .p(a, &format!("{clause}."))
    .para();
    let q = f.quote();
    let q = f.quote_sentence(q);
    let lead = f.start(p.family);
    let how = f.pick(&["fue tajante", "fue más allá", "lo resumió así", "insistió"]);
    c.n(&format!("{lead} {how}: ")).d(a, &q);
    c
}

/// "Preguntada por la huelga, Ana Ruiz respondió: «…»"
fn es_asked(f: &mut Fill) -> Case {
    let mut c = Case::new(Es);
    let p = f.person();
    let a = as_voice(&mut c, p);
    let topic = f.topic();
    let o = if p.female { "a" } else { "o" };
    let asked = f.start("preguntad");
    let after = f.after_verb();
    let q = f.quote();
    let q = f.quote_sentence(q);
    c.n(&format!(
        "{asked}{o} por {topic}, {} respondió{after}: ",
        p.full()
    ))
    .d(a, &q);
    c
}
