//! Pattern 3 of issue 19: Titles and roles instead of names: a later mention by role resolves to
//! the person the article gave that role, whether it was given after the name, before it, or in
//! other words. Two people with different roles are introduced, so the role (or its gender) must
//! decide.

use super::t;
use super::Template;
use crate::checklist::fill::{as_voice, capitalise, form, Fill};
use crate::checklist::words::{Person, Role};
use crate::checklist::{Case, Pattern};
use crate::Lang::{De, En, Es, Fr};

pub fn templates() -> Vec<Template> {
    let mut out = Vec::new();
    for lang in [En, Fr, De, Es] {
        out.push(t(Pattern::RoleAfterName, lang, |f| {
            roles(f, Given::After, Mention::Anaphor, false)
        }));
        out.push(t(Pattern::RoleAfterName, lang, |f| {
            roles(f, Given::After, Mention::Anaphor, true)
        }));
        out.push(t(Pattern::RoleBeforeName, lang, |f| {
            roles(f, Given::Before, Mention::Anaphor, false)
        }));
        out.push(t(Pattern::RoleBeforeName, lang, |f| {
            roles(f, Given::Before, Mention::Anaphor, true)
        }));
        out.push(t(Pattern::RoleInOtherWords, lang, |f| {
            roles(f, Given::After, Mention::OtherWords, false)
        }));
        out.push(t(Pattern::RoleInOtherWords, lang, |f| {
            roles(f, Given::After, Mention::OtherWords, true)
        }));
    }
    out
}

#[derive(Clone, Copy)]
enum Given {
    /// "Rivas, alcalde de Tula,"
    After,
    /// "Finance Minister Ana Ruiz"
    Before,
}

#[derive(Clone, Copy)]
enum Mention {
    /// "the minister"
    Anaphor,
    /// "the head of the finance ministry" for "the finance minister"
    OtherWords,
}

fn introduce(lang: crate::Lang, given: Given, p: Person, r: Role) -> String {
    match (given, lang) {
        (Given::After, _) => format!("{}, {},", p.full(), form(r.apposition, p)),
        (Given::Before, Es) => format!("{}, {},", form(r.title, p), p.full()),
        (Given::Before, _) => format!("{} {}", form(r.title, p), p.full()),
    }
}

/// Two people and their roles meet; then one of them speaks, named by role only: a quote with
/// a cue after it, or indirect speech after a cue (`indirect`).
fn roles(f: &mut Fill, given: Given, mention: Mention, indirect: bool) -> Case {
    let lang = f.w.lang;
    let mut c = Case::new(lang);
    let (p1, p2) = (f.person(), f.person());
    let (r1, r2) = f.roles();
    let (a1, a2) = (as_voice(&mut c, p1), as_voice(&mut c, p2));
    let time = f.time();
    let (i1, i2) = (
        introduce(lang, given, p1, r1),
        introduce(lang, given, p2, r2),
    );
    let topic = f.topic();
    let met = match lang {
        En => format!("{i1} and {i2} met{time} to discuss {topic}."),
        Fr => format!(
            "{} et {i2} se sont rencontrés{time} pour évoquer {topic}.",
            capitalise(&i1)
        ),
        De => format!(
            "{} und {i2} trafen sich{time}, um über {topic} zu sprechen.",
            i1
        ),
        _ => format!(
            "{} y {i2} se reunieron{time} para hablar de {topic}.",
            capitalise(&i1)
        ),
    };
    c.n(&met).para();
    let second = f.either();
    let (p, r, a) = if second { (p2, r2, a2) } else { (p1, r1, a1) };
    let who = match mention {
        Mention::Anaphor => form(r.anaphor, p),
        Mention::OtherWords => form(r.other_words, p),
    };
    let after = f.after_verb();
    if indirect {
        let (main, sub) = f.clause();
        let lead = f.start(who);
        match lang {
            En => c
                .n(&format!("{lead} said{after} that "))
                .p(a, &format!("{sub}.")),
            Fr => c
                .n(&format!("{lead} a affirmé{after} que "))
                .p(a, &format!("{sub}.")),
            De => c
                .n(&format!("{lead} sagte{after}, "))
                .p(a, &format!("{main}.")),
            _ => c
                .n(&format!("{lead} aseguró{after} que "))
                .p(a, &format!("{sub}.")),
        };
    } else {
        let q = f.quote();
        let q = f.quote_before_cue(q);
        let sep = f.cue_separator();
        match lang {
            En => c.d(a, &q).n(&format!("{sep}{who} said{after}.")),
            Fr => c.d(a, &q).n(&format!("{sep}a déclaré {who}{after}.")),
            De => c.d(a, &q).n(&format!("{sep}sagte {who}{after}.")),
            _ => c.d(a, &q).n(&format!("{sep}dijo {who}{after}.")),
        };
    }
    c
}
