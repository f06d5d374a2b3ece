//! Pattern 9 of issue 19: French and Spanish cues beyond "say": reporting verbs (« estime que », «
//! juge que », « a fait savoir que », « a rappelé que », "ha señalado que", "ha insistido en que",
//! "se limitó a asegurar que") and noun cues (« la déclaration selon laquelle … », "su respuesta:
//! …").

use super::t;
use super::Template;
use crate::checklist::fill::{as_voice, form, Fill};
use crate::checklist::{Case, Pattern};
use crate::Lang::{Es, Fr};

pub fn templates() -> Vec<Template> {
    vec![
        t(Pattern::RomanceVerbCue, Fr, verb_que),
        t(Pattern::RomanceVerbCue, Fr, verb_que_with_role),
        t(Pattern::RomanceVerbCue, Es, verb_que),
        t(Pattern::RomanceVerbCue, Es, verb_que_with_role),
        t(Pattern::RomanceNounCue, Fr, fr_declaration_selon_laquelle),
        t(Pattern::RomanceNounCue, Fr, answer_colon),
        t(Pattern::RomanceNounCue, Es, es_afirmacion_de_que),
        t(Pattern::RomanceNounCue, Es, answer_colon),
    ]
}

fn verb(f: &mut Fill) -> &'static str {
    if f.w.lang == Fr {
        f.pick(&[
            "estime",
            "juge",
            "a fait savoir",
            "a rappelé",
            "considère",
            "a martelé",
            "a reconnu",
            "a prévenu",
            "a répété",
            "fait valoir",
        ])
    } else {
        f.pick(&[
            "ha señalado",
            "ha insistido en",
            "se limitó a asegurar",
            "ha reconocido",
            "ha advertido",
            "recordó",
            "sostuvo",
            "subrayó",
            "ha remarcado",
            "puntualizó",
        ])
    }
}

/// "Vasseur estime que …", "Ruiz ha insistido en que …"
fn verb_que(f: &mut Fill) -> Case {
    let mut c = Case::new(f.w.lang);
    let p = f.person();
    let a = as_voice(&mut c, p);
    let (_, sub) = f.clause();
    let lead = f.start(&p.full());
    let v = verb(f);
    let after = f.after_verb();
    c.n(&format!("{lead} {v}{after} que "))
        .p(a, &format!("{sub}."));
    c
}

/// "La ministra de Hacienda, Ana Ruiz, se limitó a asegurar que …"
fn verb_que_with_role(f: &mut Fill) -> Case {
    let mut c = Case::new(f.w.lang);
    let p = f.person();
    let a = as_voice(&mut c, p);
    let role = f.role();
    let (_, sub) = f.clause();
    let lead = f.start(form(role.title, p));
    let v = verb(f);
    let after = f.after_verb();
    c.n(&format!("{lead}, {}, {v}{after} que ", p.full()))
        .p(a, &format!("{sub}."));
    c
}

/// « La déclaration de Claire Vasseur selon laquelle … a surpris les élus. »
fn fr_declaration_selon_laquelle(f: &mut Fill) -> Case {
    let mut c = Case::new(Fr);
    let p = f.person();
    let a = as_voice(&mut c, p);
    let (_, sub) = f.clause();
    let (noun, laquelle) = f.pick(&[
        ("la déclaration", "selon laquelle"),
        ("l'affirmation", "selon laquelle"),
        ("l'annonce", "selon laquelle"),
        ("les propos", "selon lesquels"),
    ]);
    let lead = f.start(noun);
    let verb = if noun == "les propos" { "ont" } else { "a" };
    c.n(&format!("{lead} de {} {laquelle} ", p.full()))
        .p(a, sub)
        .n(&format!(" {verb} surpris les élus."));
    c
}

/// « Vasseur a été brève. Sa réponse : « … » », "Ruiz fue breve. Su respuesta: «…»"
fn answer_colon(f: &mut Fill) -> Case {
    let lang = f.w.lang;
    let mut c = Case::new(lang);
    let p = f.person();
    let a = as_voice(&mut c, p);
    let q = f.quote();
    let q = f.quote_sentence(q);
    let time = f.time();
    let lead = if lang == Fr {
        let brief = if p.female { "brève" } else { "bref" };
        let noun = f.pick(&["Sa réponse", "Son message", "Son verdict"]);
        format!("{} a été {brief}{time}. {noun} : ", p.full())
    } else {
        let noun = f.pick(&["Su respuesta", "Su mensaje", "Su diagnóstico"]);
        format!("{} fue breve{time}. {noun}: ", p.full())
    };
    c.n(&lead).d(a, &q);
    c
}

/// "La afirmación de Ruiz de que … sorprendió a los diputados."
fn es_afirmacion_de_que(f: &mut Fill) -> Case {
    let mut c = Case::new(Es);
    let p = f.person();
    let a = as_voice(&mut c, p);
    let (_, sub) = f.clause();
    let noun = f.pick(&[
        "la afirmación",
        "el anuncio",
        "la advertencia",
        "la insistencia",
    ]);
    let lead = f.start(noun);
    c.n(&format!("{lead} de {} de que ", p.full()))
        .p(a, sub)
        .n(" sorprendió a los diputados.");
    c
}

/// "Según ha explicado Mora, …": the postposed cue fronted, its content after the comma.
pub fn es_segun_fronted(f: &mut Fill) -> Case {
    let mut c = Case::new(Es);
    let p = f.person();
    let a = as_voice(&mut c, p);
    let (main, _) = f.clause();
    let cue = f.pick(&[
        "Según ha explicado",
        "Según explicó",
        "Según ha señalado",
        "Según precisó",
    ]);
    c.n(&format!("{cue} {}, ", p.full()))
        .p(a, &format!("{main}."));
    c
}

/// Announcements and demands with a noun-phrase content: « Vasseur a annoncé la fermeture du
/// site », "Ruiz reclamó más fondos para los hospitales".
pub fn announcement(f: &mut Fill) -> Case {
    let lang = f.w.lang;
    let mut c = Case::new(lang);
    let p = f.person();
    let a = as_voice(&mut c, p);
    let role = f.role();
    let time = f.time();
    let (verb, content) = if lang == Fr {
        (
            f.pick(&[
                "a annoncé",
                "annonce",
                "réclame",
                "a réclamé",
                "exige",
                "propose",
            ]),
            f.pick(&[
                "la fermeture du site d'ici à la fin de l'année",
                "une hausse des salaires de cinq pour cent",
                "un plan de formation pour quatre mille infirmiers",
                "la suppression de neuf cents postes en France",
            ]),
        )
    } else {
        (
            f.pick(&[
                "anunció",
                "ha anunciado",
                "reclamó",
                "exigió",
                "pidió",
                "propuso",
            ]),
            f.pick(&[
                "el cierre de la planta antes de fin de año",
                "una subida de los salarios del cinco por ciento",
                "más fondos para los hospitales de la provincia",
                "la supresión de novecientos empleos en España",
            ]),
        )
    };
    c.n(&format!(
        "{}, {}, {verb}{time} ",
        p.full(),
        form(role.apposition, p)
    ))
    .p(a, &format!("{content}."));
    c
}

/// "La ministra de Agricultura, Pesca y Alimentación, Inés Castro, defendió que …": a role
/// whose complement is a list, then the name in apposition.
pub fn role_with_listed_complement(f: &mut Fill) -> Case {
    let lang = f.w.lang;
    let mut c = Case::new(lang);
    let p = f.person();
    let a = as_voice(&mut c, p);
    let (_, sub) = f.clause();
    let (role, verb) = if lang == Fr {
        let role = if p.female {
            "La ministre de l'Agriculture, de la Pêche et de l'Alimentation"
        } else {
            "Le ministre de l'Agriculture, de la Pêche et de l'Alimentation"
        };
        (role, f.pick(&["a affirmé", "a assuré", "estime"]))
    } else {
        let role = if p.female {
            "La ministra de Agricultura, Pesca y Alimentación"
        } else {
            "El ministro de Agricultura, Pesca y Alimentación"
        };
        (role, f.pick(&["defendió", "aseguró", "ha afirmado"]))
    };
    c.n(&format!("{role}, {}, {verb} que ", p.full()))
        .p(a, &format!("{sub}."));
    c
}
