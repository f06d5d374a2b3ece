//! Who speaks in German news copy, from how German reports speech: the finite verb stands
//! second, so the subject often follows it („Dazu sagte die Ministerin:“, „Dem Sender sagte
//! Keller“); cues follow the quote („…“, sagte Vogt. / „…“, so der Sprecher.), in the perfect
//! and pluperfect as well („…“, hatte Keller gesagt.), with separable verbs („…“, teilte die
//! Polizei mit.); a person is named again by role („die Ministerin“, „der Sprecher des
//! Ministeriums“) or by age („der 54-Jährige“), and pronouns agree in gender with one of
//! several people the text has named.
//!
//! Every case names two people (often of the same gender) before the quote, so that the
//! grammar, not the nearest name, must decide.

use super::t;
use super::Template;
use crate::checklist::fill::{as_voice, org_voice, Fill};
use crate::checklist::words::{Org, Person};
use crate::checklist::{Case, Pattern};
use crate::Lang::De;

pub fn templates() -> Vec<Template> {
    vec![
        t(Pattern::ColonLeadIn, De, colon_fronted),
        t(Pattern::ColonLeadIn, De, colon_predicate),
        t(Pattern::ColonLeadIn, De, colon_perfect),
        t(Pattern::ColonLeadIn, De, colon_long_middle),
        t(Pattern::InvertedCue, De, postposed_role),
        t(Pattern::InvertedCue, De, postposed_so),
        t(Pattern::InvertedCue, De, postposed_tenses),
        t(Pattern::InvertedCue, De, postposed_org),
        t(Pattern::RoleAfterName, De, role_with_complement),
        t(Pattern::RoleAfterName, De, role_by_age),
        t(Pattern::RoleBeforeName, De, title_then_fronted_role),
        t(Pattern::NoThat, De, fronted_indirect),
        t(Pattern::NoCueAfterIntroduction, De, no_cue_after_object),
        t(Pattern::DistractorObject, De, nested_apposition),
        t(Pattern::DistractorObject, De, colon_addressee_person),
        t(Pattern::Pronoun, De, pronoun_by_gender),
        t(Pattern::Pronoun, De, pronoun_subject_of_colon),
    ]
}

/// A German role with the forms news copy uses ([masculine, feminine]): the title before a
/// name, the apposition after it, the same with its article as a later mention, and the
/// short mention by the role noun alone.
#[derive(Clone, Copy)]
struct DeRole {
    title: [&'static str; 2],
    apposition: [&'static str; 2],
    described: [&'static str; 2],
    short: [&'static str; 2],
}

const ROLES: [DeRole; 8] = [
    DeRole {
        title: ["Ministeriumssprecher", "Ministeriumssprecherin"],
        apposition: [
            "Sprecher des Innenministeriums",
            "Sprecherin des Innenministeriums",
        ],
        described: [
            "der Sprecher des Innenministeriums",
            "die Sprecherin des Innenministeriums",
        ],
        short: ["der Sprecher", "die Sprecherin"],
    },
    DeRole {
        title: ["Bürgermeister", "Bürgermeisterin"],
        apposition: ["Bürgermeister von Halberg", "Bürgermeisterin von Halberg"],
        described: [
            "der Bürgermeister von Halberg",
            "die Bürgermeisterin von Halberg",
        ],
        short: ["der Bürgermeister", "die Bürgermeisterin"],
    },
    DeRole {
        title: ["Landrat", "Landrätin"],
        apposition: ["Landrat des Kreises", "Landrätin des Kreises"],
        described: ["der Landrat des Kreises", "die Landrätin des Kreises"],
        short: ["der Landrat", "die Landrätin"],
    },
    DeRole {
        title: ["Betriebsratschef", "Betriebsratschefin"],
        apposition: [
            "Vorsitzender des Betriebsrats",
            "Vorsitzende des Betriebsrats",
        ],
        described: [
            "der Vorsitzende des Betriebsrats",
            "die Vorsitzende des Betriebsrats",
        ],
        short: ["der Vorsitzende", "die Vorsitzende"],
    },
    DeRole {
        title: ["Wirtschaftsminister", "Wirtschaftsministerin"],
        apposition: [
            "Wirtschaftsminister des Landes",
            "Wirtschaftsministerin des Landes",
        ],
        described: [
            "der Wirtschaftsminister des Landes",
            "die Wirtschaftsministerin des Landes",
        ],
        short: ["der Minister", "die Ministerin"],
    },
    DeRole {
        title: ["Trainer", "Trainerin"],
        apposition: ["Trainer des Vereins", "Trainerin des Vereins"],
        described: ["der Trainer des Vereins", "die Trainerin des Vereins"],
        short: ["der Trainer", "die Trainerin"],
    },
    DeRole {
        title: ["Klinikdirektor", "Klinikdirektorin"],
        apposition: ["Direktor der Uniklinik", "Direktorin der Uniklinik"],
        described: ["der Direktor der Uniklinik", "die Direktorin der Uniklinik"],
        short: ["der Direktor", "die Direktorin"],
    },
    DeRole {
        title: ["Staatsanwalt", "Staatsanwältin"],
        apposition: [
            "Staatsanwalt am Landgericht",
            "Staatsanwältin am Landgericht",
        ],
        described: [
            "der Staatsanwalt am Landgericht",
            "die Staatsanwältin am Landgericht",
        ],
        short: ["der Staatsanwalt", "die Staatsanwältin"],
    },
];

fn g(forms: [&'static str; 2], p: Person) -> &'static str {
    forms[usize::from(p.female)]
}

/// Two roles whose short mentions differ, so that a later „die Ministerin“ tells them apart.
fn two_roles(f: &mut Fill) -> (DeRole, DeRole) {
    let a = f.pick(&ROLES);
    let b = loop {
        let b = f.pick(&ROLES);
        if b.short != a.short {
            break b;
        }
    };
    (a, b)
}

/// Two people; the second of the same gender as the first in half the cases, so that only the
/// role (or the grammar) tells them apart.
fn two_people(f: &mut Fill) -> (Person, Person) {
    let p = f.person();
    let q = if f.either() {
        f.person_like(p)
    } else {
        f.person_unlike(p)
    };
    (p, q)
}

/// The opening paragraph: both people with their roles, as a report introduces them.
fn introduce(f: &mut Fill, c: &mut Case, p: Person, r: DeRole, q: Person, s: DeRole) {
    let topic = f.pick(&[
        "den Haushalt",
        "die Schließung des Bahnhofs",
        "den neuen Fahrplan",
        "das Hochwasser",
        "den Streik",
    ]);
    let time = f.time();
    let text = match f.pick(&[0, 1, 2]) {
        0 => format!(
            "{}, {}, und {}, {}, stritten{time} über {topic}.",
            p.full(),
            g(r.apposition, p),
            q.full(),
            g(s.apposition, q)
        ),
        1 => format!(
            "{} {} traf{time} {} {}, um über {topic} zu sprechen.",
            g(r.title, p),
            p.full(),
            g(s.title, q),
            q.full()
        ),
        _ => format!(
            "Über {topic} berieten{time} {} {} und {}, {}.",
            g(r.title, p),
            p.full(),
            q.full(),
            g(s.apposition, q)
        ),
    };
    c.n(&text).para();
}

/// How the speaker is named at the cue, after the introduction: the surname, the short role,
/// the role with its complement, or title and name again.
fn mention(f: &mut Fill, p: Person, r: DeRole) -> String {
    match f.pick(&[0, 1, 2, 3]) {
        0 => p.family.to_string(),
        1 => g(r.short, p).to_string(),
        2 => g(r.described, p).to_string(),
        _ => format!("{} {}", g(r.title, p), p.family),
    }
}

fn verb(f: &mut Fill) -> &'static str {
    f.pick(&[
        "sagte",
        "erklärte",
        "betonte",
        "sagt",
        "meinte",
        "ergänzte",
        "warnte",
        "erwiderte",
    ])
}

/// Adverbials and objects that stand before the finite verb, pushing the subject after it.
const FRONTED: [&str; 10] = [
    "dazu",
    "am Montag",
    "auf Nachfrage",
    "dem Sender",
    "der Zeitung",
    "im Interview mit dem Radio",
    "nach der Sitzung",
    "vor Journalisten",
    "später",
    "in einer ersten Reaktion",
];

/// The one of the two people who speaks: either.
fn speaker(f: &mut Fill, p: Person, r: DeRole, q: Person, s: DeRole) -> (Person, DeRole, bool) {
    if f.either() {
        (q, s, true)
    } else {
        (p, r, false)
    }
}

/// „Dazu sagte die Ministerin: „…““, „Dem Sender sagte Keller: „…““
fn colon_fronted(f: &mut Fill) -> Case {
    let mut c = Case::new(De);
    let (p, q) = two_people(f);
    let (r, s) = two_roles(f);
    let (a, b) = (as_voice(&mut c, p), as_voice(&mut c, q));
    introduce(f, &mut c, p, r, q, s);
    let (who, role, second) = speaker(f, p, r, q, s);
    let v = if second { b } else { a };
    let name = mention(f, who, role);
    let fronted = f.pick(&FRONTED);
    let verb = verb(f);
    let lead = f.start(fronted);
    let time = f.time();
    let content = f.quote();
    let quote = f.quote_sentence(content);
    c.n(&format!("{lead} {verb} {name}{time}: ")).d(v, &quote);
    c
}

/// „Die Lage beschrieb die Ministerin so: …“, „Keller zeigte sich zufrieden: …“
fn colon_predicate(f: &mut Fill) -> Case {
    let mut c = Case::new(De);
    let (p, q) = two_people(f);
    let (r, s) = two_roles(f);
    let (a, b) = (as_voice(&mut c, p), as_voice(&mut c, q));
    introduce(f, &mut c, p, r, q, s);
    let (who, role, second) = speaker(f, p, r, q, s);
    let v = if second { b } else { a };
    let name = mention(f, who, role);
    let content = f.quote();
    let quote = f.quote_sentence(content);
    let lead = match f.pick(&[0, 1, 2, 3, 4, 5]) {
        0 => format!("{} beschrieb {name} so", f.start("die Lage")),
        1 => format!("{} zeigte sich zuversichtlich", f.start(&name)),
        2 => format!("{} fand deutliche Worte", f.start(&name)),
        3 => format!("{} verteidigte den Plan mit den Worten", f.start(&name)),
        4 => format!("{} formulierte es {name} so", f.start("etwas drastischer")),
        _ => format!("{} gab sich kämpferisch", f.start(&name)),
    };
    c.n(&format!("{lead}: ")).d(v, &quote);
    c
}

/// „Keller hat der Zeitung gesagt: …“, „Vogt hatte zuvor erklärt: …“: the participle last.
fn colon_perfect(f: &mut Fill) -> Case {
    let mut c = Case::new(De);
    let (p, q) = two_people(f);
    let (r, s) = two_roles(f);
    let (a, b) = (as_voice(&mut c, p), as_voice(&mut c, q));
    introduce(f, &mut c, p, r, q, s);
    let (who, role, second) = speaker(f, p, r, q, s);
    let v = if second { b } else { a };
    let name = mention(f, who, role);
    let aux = f.pick(&["hat", "hatte"]);
    let between = f.pick(&["", " zuvor", " der Zeitung", " im Landtag", " schon im Mai"]);
    let participle = f.pick(&["gesagt", "erklärt", "betont", "geschrieben", "angekündigt"]);
    let time = f.time();
    let content = f.quote();
    let quote = f.quote_sentence(content);
    let lead = f.start(&name);
    c.n(&format!("{lead} {aux}{time}{between} {participle}: "))
        .d(v, &quote);
    c
}

/// „Vogt sagte am Montag nach einer Sitzung des Stadtrats im Rathaus vor Journalisten: …“
fn colon_long_middle(f: &mut Fill) -> Case {
    let mut c = Case::new(De);
    let (p, q) = two_people(f);
    let (r, s) = two_roles(f);
    let (a, b) = (as_voice(&mut c, p), as_voice(&mut c, q));
    introduce(f, &mut c, p, r, q, s);
    let (who, role, second) = speaker(f, p, r, q, s);
    let v = if second { b } else { a };
    let name = mention(f, who, role);
    let verb = verb(f);
    let middle = f.pick(&[
        "nach einer Sitzung des Stadtrats im Rathaus vor Journalisten",
        "in einem am Abend veröffentlichten Video",
        "bei einem Besuch der Baustelle in der Innenstadt",
        "auf einer Pressekonferenz in der Landeshauptstadt",
        "gegenüber der Deutschen Presse-Agentur",
    ]);
    let time = f.time();
    let content = f.quote();
    let quote = f.quote_sentence(content);
    let lead = f.start(&name);
    c.n(&format!("{lead} {verb}{time} {middle}: ")).d(v, &quote);
    c
}

/// A quote, then the cue with the subject after the verb, in several tenses and word orders.
fn postposed(f: &mut Fill, name: &str) -> String {
    let time = f.time();
    match f.pick(&[0, 1, 2, 3, 4, 5]) {
        0 => format!(", {} {name}{time}.", verb(f)),
        1 => format!(", hat {name}{time} gesagt."),
        2 => format!(", hatte {name}{time} erklärt."),
        3 => format!(", sagte {name}{time} der Zeitung."),
        4 => format!(", wird {name} zitiert."),
        _ => format!(", betonte {name}{time} im Gespräch mit dem Sender."),
    }
}

/// „…“, sagte die Ministerin. after both people were introduced.
fn postposed_role(f: &mut Fill) -> Case {
    let mut c = Case::new(De);
    let (p, q) = two_people(f);
    let (r, s) = two_roles(f);
    let (a, b) = (as_voice(&mut c, p), as_voice(&mut c, q));
    introduce(f, &mut c, p, r, q, s);
    let (who, role, second) = speaker(f, p, r, q, s);
    let v = if second { b } else { a };
    let name = g(role.short, who);
    let content = f.quote();
    let quote = f.quote_before_cue(content);
    let cue = postposed(f, name);
    c.d(v, &quote).n(&cue);
    c
}

/// „…“, so der Sprecher. / „…“, so Keller.
fn postposed_so(f: &mut Fill) -> Case {
    let mut c = Case::new(De);
    let (p, q) = two_people(f);
    let (r, s) = two_roles(f);
    let (a, b) = (as_voice(&mut c, p), as_voice(&mut c, q));
    introduce(f, &mut c, p, r, q, s);
    let (who, role, second) = speaker(f, p, r, q, s);
    let v = if second { b } else { a };
    let name = mention(f, who, role);
    let content = f.quote();
    let quote = f.quote_before_cue(content);
    c.d(v, &quote).n(&format!(", so {name}."));
    c
}

/// The cue after the quote in the perfect, the pluperfect and the passive, by name.
fn postposed_tenses(f: &mut Fill) -> Case {
    let mut c = Case::new(De);
    let (p, q) = two_people(f);
    let (r, s) = two_roles(f);
    let (a, b) = (as_voice(&mut c, p), as_voice(&mut c, q));
    introduce(f, &mut c, p, r, q, s);
    let (who, role, second) = speaker(f, p, r, q, s);
    let v = if second { b } else { a };
    let name = mention(f, who, role);
    let (q1, q2) = f.quotes();
    let quote = f.quote_before_cue(q1);
    let cue = postposed(f, &name);
    let more = f.quote_sentence(q2);
    c.d(v, &quote).n(&cue).n(" ").d(v, &more);
    c
}

const BODIES: [Org; 5] = [
    Org {
        written: "die Polizei",
        name: "die Polizei",
    },
    Org {
        written: "die Behörde",
        name: "die Behörde",
    },
    Org {
        written: "das Ministerium",
        name: "das Ministerium",
    },
    Org {
        written: "die Stadtverwaltung",
        name: "die Stadtverwaltung",
    },
    Org {
        written: "der Verband",
        name: "der Verband",
    },
];

/// „…“, erklärte die Behörde am Montag. / „…“, teilte die Polizei mit.
fn postposed_org(f: &mut Fill) -> Case {
    let mut c = Case::new(De);
    let p = f.person();
    let o = f.pick(&BODIES);
    // The person who asked is named too, though the body speaks.
    as_voice(&mut c, p);
    let a = org_voice(&mut c, o);
    c.n(&format!(
        "Seit Wochen fordert {} Auskunft über die Pläne.",
        p.full()
    ))
    .para();
    let content = f.quote();
    let quote = f.quote_before_cue(content);
    let time = f.time();
    let cue = match f.pick(&[0, 1, 2, 3]) {
        0 => format!(", erklärte {}{time}.", o.written),
        1 => format!(", teilte {}{time} mit.", o.written),
        2 => format!(", hieß es{time} aus {}.", dative(o.written)),
        _ => format!(", schrieb {}{time} auf Anfrage.", o.written),
    };
    c.d(a, &quote).n(&cue);
    c
}

fn dative(np: &str) -> String {
    match np.split_once(' ') {
        Some(("die", rest)) => format!("der {rest}"),
        Some(("das", rest)) | Some(("der", rest)) => format!("dem {rest}"),
        _ => np.to_string(),
    }
}

/// „der Sprecher des Innenministeriums“ as the subject, in V2 after an adverbial or after the
/// quote: the complement is part of the role, not a body that speaks.
fn role_with_complement(f: &mut Fill) -> Case {
    let mut c = Case::new(De);
    let (p, q) = two_people(f);
    let (r, s) = two_roles(f);
    let (a, b) = (as_voice(&mut c, p), as_voice(&mut c, q));
    introduce(f, &mut c, p, r, q, s);
    let (who, role, second) = speaker(f, p, r, q, s);
    let v = if second { b } else { a };
    let name = g(role.described, who);
    if f.either() {
        let content = f.quote();
        let quote = f.quote_before_cue(content);
        let verb = verb(f);
        let time = f.time();
        c.d(v, &quote).n(&format!(", {verb} {name}{time}."));
    } else {
        let (main, _) = f.clause();
        let verb = verb(f);
        let fronted = f.pick(&FRONTED);
        let lead = f.start(fronted);
        let time = f.time();
        c.n(&format!("{lead} {verb} {name}{time}, "))
            .p(v, &format!("{main}."));
    }
    c
}

/// „Hannah Vogt (54) …“, then „…“, sagt die 54-Jährige.
fn role_by_age(f: &mut Fill) -> Case {
    let mut c = Case::new(De);
    let p = f.person();
    let q = f.person_unlike(p);
    let (a, _) = (as_voice(&mut c, p), as_voice(&mut c, q));
    let age = f.pick(&["54", "38", "61", "29", "47"]);
    let job = f.pick(&[
        ["Pfleger", "Pflegerin"],
        ["Busfahrer", "Busfahrerin"],
        ["Landwirt", "Landwirtin"],
    ]);
    let time = f.time();
    c.n(&format!(
        "{} ({age}) arbeitet seit zwanzig Jahren als {} in Halberg. Mit {} {} hat {} schon oft gesprochen{time}.",
        p.full(),
        g(job, p),
        g(["Ortsvorsteher", "Ortsvorsteherin"], q),
        q.full(),
        if p.female { "sie" } else { "er" }
    ))
    .para();
    let content = f.quote();
    let quote = f.quote_before_cue(content);
    let art = if p.female { "die" } else { "der" };
    let verb = f.pick(&["sagt", "sagte", "erzählt", "meint"]);
    c.d(a, &quote).n(&format!(", {verb} {art} {age}-Jährige."));
    c
}

/// „Innenministerin Vogt …“, then „Im Landtag sagte die Ministerin, …“: the role given before
/// the name, the subject after a fronted adverbial.
fn title_then_fronted_role(f: &mut Fill) -> Case {
    let mut c = Case::new(De);
    let (p, q) = two_people(f);
    let (r, s) = two_roles(f);
    let (a, b) = (as_voice(&mut c, p), as_voice(&mut c, q));
    let time = f.time();
    c.n(&format!(
        "{} {} und {} {} haben sich{time} auf einen Kompromiss geeinigt.",
        g(r.title, p),
        p.full(),
        g(s.title, q),
        q.full()
    ))
    .para();
    let (who, role, second) = speaker(f, p, r, q, s);
    let v = if second { b } else { a };
    let name = g(role.short, who);
    let fronted = f.pick(&FRONTED);
    let lead = f.start(fronted);
    let verb = verb(f);
    let (main, _) = f.clause();
    c.n(&format!("{lead} {verb} {name}, "))
        .p(v, &format!("{main}."));
    c
}

/// „Dem Sender sagte Keller, man prüfe den Fall.“: reported speech after a verb-second cue.
fn fronted_indirect(f: &mut Fill) -> Case {
    let mut c = Case::new(De);
    let (p, q) = two_people(f);
    let (r, s) = two_roles(f);
    let (a, b) = (as_voice(&mut c, p), as_voice(&mut c, q));
    introduce(f, &mut c, p, r, q, s);
    let (who, role, second) = speaker(f, p, r, q, s);
    let v = if second { b } else { a };
    let name = mention(f, who, role);
    let fronted = f.pick(&FRONTED);
    let lead = f.start(fronted);
    let verb = verb(f);
    let time = f.time();
    let (main, sub) = f.clause();
    if f.either() {
        c.n(&format!("{lead} {verb} {name}{time}, "))
            .p(v, &format!("{main}."));
    } else {
        c.n(&format!("{lead} {verb} {name}{time}, dass "))
            .p(v, &format!("{sub}."));
    }
    c
}

/// „Vogt wartet seit Monaten auf einen Termin bei Bürgermeister Keller.“ „…“: the quote with
/// no cue is the subject's, not the person named in the object.
fn no_cue_after_object(f: &mut Fill) -> Case {
    let mut c = Case::new(De);
    let p = f.person();
    let q = f.person();
    let a = as_voice(&mut c, p);
    let r = f.pick(&ROLES);
    let time = f.time();
    let intro = match f.pick(&[0, 1, 2]) {
        0 => format!(
            "{} wartet seit Monaten auf einen Termin bei {} {}.",
            p.full(),
            g(r.title, q),
            q.full()
        ),
        1 => format!(
            "{} hat{time} einen Brief an {} {} geschrieben.",
            p.full(),
            g(r.title, q),
            q.full()
        ),
        _ => format!(
            "Von {} {} fühlt sich {} im Stich gelassen.",
            g(r.title, q),
            q.full(),
            p.full()
        ),
    };
    let content = f.quote();
    let quote = f.quote_sentence(content);
    if f.either() {
        c.n(&intro).para().d(a, &quote);
    } else {
        c.n(&format!("{intro} ")).d(a, &quote);
    }
    c
}

/// „Hannah Vogt, Sprecherin von Landrat Markus Keller, …“: a name inside the apposition is
/// not the speaker.
fn nested_apposition(f: &mut Fill) -> Case {
    let mut c = Case::new(De);
    let p = f.person();
    let q = f.person();
    let a = as_voice(&mut c, p);
    let boss = f.pick(&[
        ["Landrat", "Landrätin"],
        ["Bürgermeister", "Bürgermeisterin"],
        ["Minister", "Ministerin"],
    ]);
    let spokes = g(["Sprecher", "Sprecherin"], p);
    let content = f.quote();
    let verb = verb(f);
    let time = f.time();
    if f.either() {
        let quote = f.quote_before_cue(content);
        c.d(a, &quote).n(&format!(
            ", {verb} {}, {spokes} von {} {}{time}.",
            p.full(),
            g(boss, q),
            q.full()
        ));
    } else {
        let quote = f.quote_sentence(content);
        let lead = f.start(&p.full());
        c.n(&format!(
            "{lead}, {spokes} von {} {}, {verb}{time}: ",
            g(boss, q),
            q.full()
        ))
        .d(a, &quote);
    }
    c
}

/// „Vogt sagte zu Keller: „…““, „Keller antwortete Vogt: „…““: the addressee is not the
/// speaker.
fn colon_addressee_person(f: &mut Fill) -> Case {
    let mut c = Case::new(De);
    let (p, q) = two_people(f);
    let (r, s) = two_roles(f);
    let (a, b) = (as_voice(&mut c, p), as_voice(&mut c, q));
    introduce(f, &mut c, p, r, q, s);
    let (who, _, second) = speaker(f, p, r, q, s);
    let (other, v) = if second { (p, b) } else { (q, a) };
    let content = f.quote();
    let quote = f.quote_sentence(content);
    let lead = f.start(who.family);
    let time = f.time();
    let cue = match f.pick(&[0, 1, 2]) {
        0 => format!("{lead} sagte{time} zu {}: ", other.family),
        1 => format!("{lead} antwortete {}{time}: ", other.family),
        _ => format!("{lead} entgegnete{time} an {} gewandt: ", other.family),
    };
    c.n(&cue).d(v, &quote);
    c
}

/// Two people of different gender, then „…“, sagte sie. / Er betonte, …
fn pronoun_by_gender(f: &mut Fill) -> Case {
    let mut c = Case::new(De);
    let p = f.person();
    let q = f.person_unlike(p);
    let (r, s) = two_roles(f);
    let (a, b) = (as_voice(&mut c, p), as_voice(&mut c, q));
    introduce(f, &mut c, p, r, q, s);
    let second = f.either();
    let (who, v) = if second { (q, b) } else { (p, a) };
    let pronoun = if who.female { "sie" } else { "er" };
    let time = f.time();
    if f.either() {
        let content = f.quote();
        let quote = f.quote_before_cue(content);
        let verb = verb(f);
        c.d(v, &quote).n(&format!(", {verb} {pronoun}{time}."));
    } else {
        let (main, _) = f.clause();
        let verb = verb(f);
        let lead = f.start(pronoun);
        c.n(&format!("{lead} {verb}{time}, "))
            .p(v, &format!("{main}."));
    }
    c
}

/// „Er widersprach ihr: „…““: the subject pronoun, not the object one, is the speaker.
fn pronoun_subject_of_colon(f: &mut Fill) -> Case {
    let mut c = Case::new(De);
    let p = f.person();
    let q = f.person_unlike(p);
    let (r, s) = two_roles(f);
    let (a, b) = (as_voice(&mut c, p), as_voice(&mut c, q));
    introduce(f, &mut c, p, r, q, s);
    let second = f.either();
    let (who, v) = if second { (q, b) } else { (p, a) };
    let (subject, object) = if who.female {
        ("sie", "ihm")
    } else {
        ("er", "ihr")
    };
    let content = f.quote();
    let quote = f.quote_sentence(content);
    let lead = f.start(subject);
    let how = f.pick(&["widersprach", "antwortete", "entgegnete"]);
    let time = f.time();
    c.n(&format!("{lead} {how} {object}{time}: ")).d(v, &quote);
    c
}
