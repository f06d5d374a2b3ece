//! Pattern 6 of issue 19: Words near the cue that are not its speaker: the object or addressee
//! ("would tell Mayor Ray Dunn that"), a place, an event or a body ("the Davis Cup", "the Lower
//! House"), a news agency's credit line ("(AFP)", "Efe"), and noun phrases that cannot speak ("A
//! speech given …"). A speaker is a person, an organisation or a group of people.

use super::t;
use super::Template;
use crate::checklist::fill::{as_voice, form, Fill};
use crate::checklist::words::Person;
use crate::checklist::{Case, Pattern};
use crate::Lang::{self, De, En, Es, Fr};

pub fn templates() -> Vec<Template> {
    let mut out = Vec::new();
    for lang in [En, Fr, De, Es] {
        out.push(t(Pattern::DistractorObject, lang, tells_someone_that));
        out.push(t(Pattern::DistractorObject, lang, quote_said_to_someone));
        out.push(t(Pattern::DistractorPlace, lang, after_an_event));
        out.push(t(Pattern::DistractorPlace, lang, quote_before_a_body));
        out.push(t(Pattern::DistractorCreditLine, lang, credit_line_then_cue));
        out.push(t(Pattern::DistractorCreditLine, lang, quote_told_an_agency));
        out.push(t(Pattern::DistractorNounPhrase, lang, a_speech_by));
        out.push(t(
            Pattern::DistractorNounPhrase,
            lang,
            visited_a_named_place,
        ));
    }
    out
}

/// "Mayor Ray Dunn" as the object: with the article French and Spanish need after "à"/"a".
fn to_titled(lang: Lang, title: &str) -> String {
    let (le, la, l) = match lang {
        Fr => ("au ", "à la ", "à l'"),
        _ => ("al ", "a la ", "a l'"),
    };
    if let Some(rest) = title
        .strip_prefix("le ")
        .or_else(|| title.strip_prefix("el "))
    {
        format!("{le}{rest}")
    } else if let Some(rest) = title.strip_prefix("la ") {
        format!("{la}{rest}")
    } else if let Some(rest) = title.strip_prefix("l'") {
        format!("{l}{rest}")
    } else {
        format!("a {title}")
    }
}

fn titled(f: &mut Fill, p: Person) -> String {
    let role = f.role();
    format!("{} {}", form(role.title, p), p.full())
}

/// "Okafor said she would tell Mayor Ray Dunn that …"
fn tells_someone_that(f: &mut Fill) -> Case {
    let lang = f.w.lang;
    let mut c = Case::new(lang);
    let (p, other) = (f.person(), f.person());
    let a = as_voice(&mut c, p);
    let object = titled(f, other);
    let (main, sub) = f.clause();
    let lead = f.start(&p.full());
    let time = f.time();
    match lang {
        En => c
            .n(&format!(
                "{lead} said{time} {} would tell {object} that ",
                f.pronoun(p)
            ))
            .p(a, &format!("{sub}.")),
        Fr => c
            .n(&format!(
                "{lead} a assuré{time} {} que ",
                to_titled(Fr, &object)
            ))
            .p(a, &format!("{sub}.")),
        De => c
            .n(&format!("{lead} erklärte{time} gegenüber {object}, "))
            .p(a, &format!("{main}.")),
        _ => c
            .n(&format!(
                "{lead} aseguró{time} {} que ",
                to_titled(Es, &object)
            ))
            .p(a, &format!("{sub}.")),
    };
    c
}

/// “…,” Okafor told Kwame Mensah.
fn quote_said_to_someone(f: &mut Fill) -> Case {
    let lang = f.w.lang;
    let mut c = Case::new(lang);
    let (p, other) = (f.person(), f.person());
    let a = as_voice(&mut c, p);
    let q = f.quote();
    let q = f.quote_before_cue(q);
    let time = f.time();
    let cue = match lang {
        En => format!(" {} told {}{time}.", p.full(), other.full()),
        Fr => format!(", a lancé {} à {}{time}.", p.full(), other.full()),
        De => format!(", sagte {}{time} zu {}.", p.full(), other.full()),
        _ => format!(", le dijo {}{time} a {}.", p.full(), other.full()),
    };
    c.d(a, &q).n(&cue);
    c
}

/// "After the Davis Cup final, Okafor said that …"
fn after_an_event(f: &mut Fill) -> Case {
    let lang = f.w.lang;
    let mut c = Case::new(lang);
    let p = f.person();
    let a = as_voice(&mut c, p);
    let (main, sub) = f.clause();
    let after = f.after_verb();
    let lead = match lang {
        En => f.pick(&[
            "After the Davis Cup final",
            "Before the World Cup draw",
            "At the Geneva talks",
            "After the Lower House vote",
        ]),
        Fr => f.pick(&[
            "Après la finale de la Coupe Davis",
            "Avant le Tour de France",
            "Lors du sommet de Genève",
            "Après le vote de l'Assemblée nationale",
        ]),
        De => f.pick(&[
            "Nach dem Finale des Davis Cups",
            "Vor der Weltmeisterschaft",
            "Beim Gipfel in Genf",
            "Nach der Abstimmung im Bundestag",
        ]),
        _ => f.pick(&[
            "Tras la final de la Copa Davis",
            "Antes del Mundial",
            "En la cumbre de Ginebra",
            "Tras la votación en la Cámara Baja",
        ]),
    };
    match lang {
        En => c
            .n(&format!("{lead}, {} said{after} that ", p.full()))
            .p(a, &format!("{sub}.")),
        Fr => c
            .n(&format!("{lead}, {} a déclaré{after} que ", p.full()))
            .p(a, &format!("{sub}.")),
        De => c
            .n(&format!("{lead} sagte {}{after}, ", p.full()))
            .p(a, &format!("{main}.")),
        _ => c
            .n(&format!("{lead}, {} dijo{after} que ", p.full()))
            .p(a, &format!("{sub}.")),
    };
    c
}

/// “…,” Okafor told the Lower House.
fn quote_before_a_body(f: &mut Fill) -> Case {
    let lang = f.w.lang;
    let mut c = Case::new(lang);
    let p = f.person();
    let a = as_voice(&mut c, p);
    let q = f.quote();
    let q = f.quote_before_cue(q);
    let time = f.time();
    let cue = match lang {
        En => {
            let body = f.pick(&[
                "the Lower House",
                "the Senate",
                "the European Parliament",
                "the Supreme Court",
            ]);
            format!(" {} told {body}{time}.", p.full())
        }
        Fr => {
            let body = f.pick(&[
                "devant l'Assemblée nationale",
                "devant le Sénat",
                "au Parlement européen",
                "devant le Conseil d'État",
            ]);
            format!(", a déclaré {} {body}{time}.", p.full())
        }
        De => {
            let body = f.pick(&[
                "im Bundestag",
                "vor dem Landtag",
                "im Europäischen Parlament",
                "vor dem Bundesverfassungsgericht",
            ]);
            format!(", sagte {}{time} {body}.", p.full())
        }
        _ => {
            let body = f.pick(&[
                "ante la Cámara Baja",
                "en el Senado",
                "ante el Parlamento Europeo",
                "ante el Tribunal Supremo",
            ]);
            format!(", dijo {} {body}{time}.", p.full())
        }
    };
    c.d(a, &q).n(&cue);
    c
}

/// "NAIROBI, March 3 (AFP) – Okafor, the finance minister, said that …"
fn credit_line_then_cue(f: &mut Fill) -> Case {
    let lang = f.w.lang;
    let mut c = Case::new(lang);
    let p = f.person();
    let a = as_voice(&mut c, p);
    let role = f.role();
    let (main, sub) = f.clause();
    let after = f.after_verb();
    let who = format!("{}, {},", p.full(), form(role.apposition, p));
    match lang {
        En => {
            let line = f.pick(&[
                "NAIROBI, March 3 (AFP) \u{2013} ",
                "GENEVA (Reuters) - ",
                "LAGOS, May 9 (AP) \u{2014} ",
            ]);
            c.n(&format!("{line}{who} said{after} that "))
                .p(a, &format!("{sub}."))
        }
        Fr => {
            let line = f.pick(&[
                "PARIS, 3 mars (AFP) - ",
                "DAKAR (AFP) \u{2013} ",
                "Lyon, 9 mai (AFP) \u{2014} ",
            ]);
            c.n(&format!("{line}{who} a déclaré{after} que "))
                .p(a, &format!("{sub}."))
        }
        De => {
            let line = f.pick(&[
                "Berlin (dpa) - ",
                "Hamburg, 3. März (dpa) \u{2013} ",
                "WIEN (APA) \u{2014} ",
            ]);
            c.n(&format!("{line}{who} sagte{after}, "))
                .p(a, &format!("{main}."))
        }
        _ => {
            let line = f.pick(&[
                "Madrid, 3 mar (EFE).- ",
                "LIMA (Efe) - ",
                "Bogotá, 9 may (EFE) \u{2013} ",
            ]);
            c.n(&format!("{line}{who} dijo{after} que "))
                .p(a, &format!("{sub}."))
        }
    };
    c
}

/// “…,” Okafor told AFP. / «…», dijo Ruiz a Efe.
fn quote_told_an_agency(f: &mut Fill) -> Case {
    let lang = f.w.lang;
    let mut c = Case::new(lang);
    let p = f.person();
    let a = as_voice(&mut c, p);
    let q = f.quote();
    let q = f.quote_before_cue(q);
    let time = f.time();
    let cue = match lang {
        En => format!(
            " {} told {}{time}.",
            p.full(),
            f.pick(&["AFP", "Reuters", "the Associated Press"])
        ),
        Fr => format!(
            ", a déclaré {} {}{time}.",
            p.full(),
            f.pick(&["à l'AFP", "à Reuters", "à l'agence Belga"])
        ),
        De => format!(
            ", sagte {}{time} {}.",
            p.full(),
            f.pick(&[
                "der Deutschen Presse-Agentur",
                "der dpa",
                "der Nachrichtenagentur Reuters"
            ])
        ),
        _ => format!(
            ", dijo {} {}{time}.",
            p.full(),
            f.pick(&["a Efe", "a la agencia Efe", "a Europa Press"])
        ),
    };
    c.d(a, &q).n(&cue);
    c
}

/// "A speech given by Okafor on Monday was interrupted twice. “…”"
fn a_speech_by(f: &mut Fill) -> Case {
    let lang = f.w.lang;
    let mut c = Case::new(lang);
    let p = f.person();
    let a = as_voice(&mut c, p);
    let time = f.time();
    let lead = match lang {
        En => format!(
            "A speech given by {}{time} was interrupted twice. ",
            p.full()
        ),
        Fr => format!(
            "Le discours prononcé par {}{time} a été interrompu deux fois. ",
            p.full()
        ),
        De => format!(
            "Die Rede von {}{time} wurde zweimal unterbrochen. ",
            p.full()
        ),
        _ => format!(
            "El discurso pronunciado por {}{time} fue interrumpido dos veces. ",
            p.full()
        ),
    };
    let q = f.quote();
    let q = f.quote_sentence(q);
    c.n(&lead).d(a, &q);
    c
}

/// "Okafor, the finance minister, visited the Red Cross Hospital. “…”"
fn visited_a_named_place(f: &mut Fill) -> Case {
    let lang = f.w.lang;
    let mut c = Case::new(lang);
    let p = f.person();
    let a = as_voice(&mut c, p);
    let role = f.role();
    let time = f.time();
    let who = format!("{}, {},", p.full(), form(role.apposition, p));
    let lead = match lang {
        En => format!("{who} visited the Red Cross Hospital{time}. "),
        Fr => format!("{who} a visité l'Hôpital Saint-Louis{time}. "),
        De => format!("{who} besuchte{time} das Klinikum Nord. "),
        _ => format!("{who} visitó el Hospital del Mar{time}. "),
    };
    let q = f.quote();
    let q = f.quote_sentence(q);
    c.n(&lead).d(a, &q);
    c
}
