//! Pattern 7 of issue 19: Reporting verbs without "that", or with words between the subject and the
//! verb or the content: "But she said it had been a long year.", "The driver told the court he did
//! not see the light.", "The pills have few real uses, she says, and are meant for short courses."
//! French and Spanish need their "que", and German its comma, so there the test is the words
//! between.

use super::t;
use super::Template;
use crate::checklist::fill::{as_voice, form, org_voice, Fill};
use crate::checklist::{Case, Pattern::NoThat as P};
use crate::Lang::{De, En, Es, Fr};

pub fn templates() -> Vec<Template> {
    let mut out = vec![
        t(P, En, en_pronoun_said),
        t(P, En, en_told_the_court),
        t(P, En, en_org_told_radio),
        t(P, En, en_says_between),
    ];
    for lang in [En, Fr, De, Es] {
        out.push(t(P, lang, relative_clause_between));
        out.push(t(P, lang, adverb_between));
    }
    out
}

/// An introduction, then "But she said it had been a long year."
fn en_pronoun_said(f: &mut Fill) -> Case {
    let mut c = Case::new(En);
    let p = f.person();
    let a = as_voice(&mut c, p);
    let role = f.role();
    let time = f.time();
    c.n(&format!(
        "{}, {}, spoke{time} at the opening of the new depot.",
        p.full(),
        form(role.apposition, p)
    ))
    .para();
    let (main, _) = f.clause();
    let lead = f.start(f.pronoun(p));
    let verb = f.pick(&["said", "says", "told reporters", "added", "insisted"]);
    c.n(&format!("{lead} {verb} ")).p(a, &format!("{main}."));
    c
}

/// "The driver told the court he did not see the light."
fn en_told_the_court(f: &mut Fill) -> Case {
    let mut c = Case::new(En);
    let p = f.person();
    let a = as_voice(&mut c, p);
    let (main, _) = f.clause();
    let lead = f.start(&p.full());
    let to = f.pick(&["the court", "the inquiry", "the BBC", "a news conference"]);
    let time = f.time();
    c.n(&format!("{lead} told {to}{time} "))
        .p(a, &format!("{main}."));
    c
}

/// "The ministry told local radio it had no such plan."
fn en_org_told_radio(f: &mut Fill) -> Case {
    let mut c = Case::new(En);
    let o = f.org();
    let a = org_voice(&mut c, o);
    let (main, _) = f.clause();
    let lead = f.start(o.written);
    let to = f.pick(&["local radio", "the newspaper", "parliament", "its members"]);
    let time = f.time();
    c.n(&format!("{lead} told {to}{time} "))
        .p(a, &format!("{main}."));
    c
}

/// An introduction, then "The pills have few real uses, she says, and are meant for short
/// courses." (one content, the cue inside it).
fn en_says_between(f: &mut Fill) -> Case {
    let mut c = Case::new(En);
    let p = f.person();
    let a = as_voice(&mut c, p);
    let role = f.role();
    c.n(&format!("{} is {}.", p.full(), form(role.apposition, p)))
        .para();
    let (first, second) = f.pick(&[
        (
            "The pills have few real uses",
            "are meant for short courses",
        ),
        (
            "The new line is already too small",
            "will need more trains by next year",
        ),
        (
            "The harvest was the worst in a decade",
            "may not recover before the autumn",
        ),
        ("The rules are clear", "apply to every member of the board"),
    ]);
    let verb = format!("{} {}", f.pronoun(p), f.pick(&["says", "said"]));
    let after = f.after_verb();
    c.p(a, &format!("{first},"))
        .n(&format!(" {verb}{after}, "))
        .p(a, &format!("and {second}."));
    c
}

/// "Okafor, who chaired the meeting, said that …" and its counterparts.
fn relative_clause_between(f: &mut Fill) -> Case {
    let lang = f.w.lang;
    let mut c = Case::new(lang);
    let p = f.person();
    let a = as_voice(&mut c, p);
    let (main, sub) = f.clause();
    let lead = f.start(&p.full());
    let after = f.after_verb();
    match lang {
        En => {
            let who = f.pick(&[
                "who chaired the meeting",
                "who has led the talks since March",
                "speaking after the vote",
            ]);
            c.n(&format!("{lead}, {who}, said{after} "))
                .p(a, &format!("{main}."))
        }
        Fr => {
            let who = f.pick(&[
                "qui présidait la séance",
                "qui mène les négociations depuis mars",
                "à l'issue du vote",
            ]);
            c.n(&format!("{lead}, {who}, a déclaré{after} que "))
                .p(a, &format!("{sub}."))
        }
        De => {
            let who = if p.female {
                f.pick(&[
                    "die die Sitzung leitete",
                    "die seit März verhandelt",
                    "nach der Abstimmung",
                ])
            } else {
                f.pick(&[
                    "der die Sitzung leitete",
                    "der seit März verhandelt",
                    "nach der Abstimmung",
                ])
            };
            c.n(&format!("{lead}, {who}, sagte{after}, "))
                .p(a, &format!("{main}."))
        }
        _ => {
            let who = f.pick(&[
                "que presidía la sesión",
                "que dirige las negociaciones desde marzo",
                "tras la votación",
            ]);
            c.n(&format!("{lead}, {who}, dijo{after} que "))
                .p(a, &format!("{sub}."))
        }
    };
    c
}

/// "Okafor on Friday again told reporters …": adverbs and an addressee between the subject,
/// the verb and the content.
fn adverb_between(f: &mut Fill) -> Case {
    let lang = f.w.lang;
    let mut c = Case::new(lang);
    let p = f.person();
    let a = as_voice(&mut c, p);
    let role = f.role();
    let (main, sub) = f.clause();
    let lead = f.start(&p.full());
    let time = f.time();
    let ap = form(role.apposition, p);
    match lang {
        En => c
            .n(&format!("{lead}, {ap}, once again told reporters{time} "))
            .p(a, &format!("{main}.")),
        Fr => c
            .n(&format!(
                "{lead}, {ap}, a une nouvelle fois affirmé{time} aux journalistes que "
            ))
            .p(a, &format!("{sub}.")),
        De => c
            .n(&format!(
                "{lead}, {ap}, sagte{time} erneut vor Journalisten, "
            ))
            .p(a, &format!("{main}.")),
        _ => c
            .n(&format!(
                "{lead}, {ap}, volvió a asegurar{time} a los periodistas que "
            ))
            .p(a, &format!("{sub}.")),
    };
    c
}
