//! Pattern 8 of issue 19: German reported speech: the subjunctive carries the reported speech on
//! across the sentences after a cue („Er sagte, man prüfe den Fall. Eine Entscheidung falle im
//! Mai.“), and the cue phrases „laut“, „zufolge“, „nach Angaben von“, „wie … mitteilte“, „nach
//! Darstellung der …“.

use super::t;
use super::Template;
use crate::checklist::fill::{as_voice, capitalise, form, Fill};
use crate::checklist::{Case, Pattern};
use crate::Lang::De;
use article_model::VoiceKind;

pub fn templates() -> Vec<Template> {
    vec![
        t(Pattern::GermanSubjunctive, De, carried_on_after_comma),
        t(Pattern::GermanSubjunctive, De, carried_on_after_dass),
        t(Pattern::GermanSubjunctive, De, carried_on_to_next_paragraph),
        t(Pattern::GermanCuePhrase, De, laut),
        t(Pattern::GermanCuePhrase, De, zufolge),
        t(Pattern::GermanCuePhrase, De, nach_angaben_von),
        t(Pattern::GermanCuePhrase, De, wie_mitteilte),
        t(Pattern::GermanCuePhrase, De, nach_darstellung),
    ]
}

/// „Vogt sagte, man prüfe den Fall. Eine Entscheidung falle im Mai.“
fn carried_on_after_comma(f: &mut Fill) -> Case {
    let mut c = Case::new(De);
    let p = f.person();
    let a = as_voice(&mut c, p);
    let (c1, c2) = f.clauses();
    let lead = f.start(&p.full());
    let verb = f.verb();
    let after = f.after_verb();
    c.n(&format!("{lead} {verb}{after}, "))
        .p(a, &format!("{c1}. {}.", capitalise(c2)));
    c
}

/// „Vogt betonte, dass man den Fall prüfe. Eine Entscheidung falle im Mai.“
fn carried_on_after_dass(f: &mut Fill) -> Case {
    let mut c = Case::new(De);
    let p = f.person();
    let a = as_voice(&mut c, p);
    let (c1, sub1) = f.clause();
    let (c2, _) = f.clauses();
    let c2 = if c2 == c1 {
        "eine Entscheidung falle im Mai"
    } else {
        c2
    };
    let lead = f.start(&p.full());
    let verb = f.verb();
    let after = f.after_verb();
    c.n(&format!("{lead} {verb}{after}, dass "))
        .p(a, &format!("{sub1}. {}.", capitalise(c2)));
    c
}

/// The subjunctive paragraph after the cue's paragraph is still the speaker's.
fn carried_on_to_next_paragraph(f: &mut Fill) -> Case {
    let mut c = Case::new(De);
    let p = f.person();
    let a = as_voice(&mut c, p);
    let role = f.role();
    let (c1, c2) = f.clauses();
    let verb = f.verb();
    let after = f.after_verb();
    c.n(&format!(
        "{}, {}, {verb}{after}, ",
        p.full(),
        form(role.apposition, p)
    ))
    .p(a, &format!("{c1}."))
    .para()
    .p(a, &format!("{}.", capitalise(c2)));
    c
}

/// Contents after a fronted cue phrase (verb first), and as a main clause (subject first).
const FACTS: [(&str, &str); 6] = [
    (
        "wurden drei Menschen verletzt",
        "Drei Menschen wurden verletzt",
    ),
    (
        "ist der Schaden geringer als befürchtet",
        "Der Schaden ist geringer als befürchtet",
    ),
    (
        "soll die Strecke am Montag wieder öffnen",
        "Die Strecke soll am Montag wieder öffnen",
    ),
    (
        "fehlen der Stadt rund zwei Millionen Euro",
        "Der Stadt fehlen rund zwei Millionen Euro",
    ),
    (
        "gibt es bislang keine Hinweise auf Brandstiftung",
        "Es gibt bislang keine Hinweise auf Brandstiftung",
    ),
    (
        "bleibt die Schule bis Freitag geschlossen",
        "Die Schule bleibt bis Freitag geschlossen",
    ),
];

/// Organisations in the dative and genitive, after „laut“, „zufolge“, „nach Darstellung“.
const BODIES: [(&str, &str, &str); 4] = [
    ("der Polizei", "der Polizei", "die Polizei"),
    ("der Feuerwehr", "der Feuerwehr", "die Feuerwehr"),
    (
        "dem Gesundheitsministerium",
        "des Gesundheitsministeriums",
        "das Gesundheitsministerium",
    ),
    ("der Gewerkschaft Verdi", "der Gewerkschaft Verdi", "Verdi"),
];

/// „Laut Polizeisprecherin Hannah Vogt wurden drei Menschen verletzt.“, „Laut der Polizei …“
fn laut(f: &mut Fill) -> Case {
    let mut c = Case::new(De);
    let p = f.person();
    let role = f.role();
    let (fronted, _) = f.pick(&FACTS);
    let (dative, _, name) = f.pick(&BODIES);
    let (who, a) = if f.either() {
        (
            format!("{} {}", form(role.title, p), p.full()),
            as_voice(&mut c, p),
        )
    } else {
        (
            dative.to_string(),
            c.speaker(name, name, VoiceKind::Collective),
        )
    };
    let lead = f.start("laut");
    c.n(&format!("{lead} {who} ")).p(a, &format!("{fronted}."));
    c
}

/// „Der Polizei zufolge wurden drei Menschen verletzt.“
fn zufolge(f: &mut Fill) -> Case {
    let mut c = Case::new(De);
    let p = f.person();
    let (fronted, _) = f.pick(&FACTS);
    let (dative, _, name) = f.pick(&BODIES);
    let (who, a) = if f.either() {
        (p.full(), as_voice(&mut c, p))
    } else {
        (
            capitalise(dative),
            c.speaker(name, name, VoiceKind::Collective),
        )
    };
    c.n(&format!("{who} zufolge ")).p(a, &format!("{fronted}."));
    c
}

/// „Nach Angaben von Hannah Vogt wurden drei Menschen verletzt.“
fn nach_angaben_von(f: &mut Fill) -> Case {
    let mut c = Case::new(De);
    let p = f.person();
    let a = as_voice(&mut c, p);
    let (fronted, _) = f.pick(&FACTS);
    let lead = f.start("nach Angaben von");
    c.n(&format!("{lead} {} ", p.full()))
        .p(a, &format!("{fronted}."));
    c
}

/// „Drei Menschen wurden verletzt, wie die Polizei mitteilte.“
fn wie_mitteilte(f: &mut Fill) -> Case {
    let mut c = Case::new(De);
    let p = f.person();
    let (_, main) = f.pick(&FACTS);
    let (_, _, name) = f.pick(&BODIES);
    let verb = f.pick(&["mitteilte", "sagte", "berichtete", "erklärte"]);
    let time = f.time();
    let (who, a) = if f.either() {
        (p.full(), as_voice(&mut c, p))
    } else {
        (
            name.to_string(),
            c.speaker(name, name, VoiceKind::Collective),
        )
    };
    c.p(a, main).n(&format!(", wie {who}{time} {verb}."));
    c
}

/// „Nach Darstellung der Gewerkschaft Verdi fehlen der Stadt rund zwei Millionen Euro.“
fn nach_darstellung(f: &mut Fill) -> Case {
    let mut c = Case::new(De);
    let (fronted, _) = f.pick(&FACTS);
    let (_, genitive, name) = f.pick(&BODIES);
    let a = c.speaker(name, name, VoiceKind::Collective);
    let lead = f.start("nach Darstellung");
    c.n(&format!("{lead} {genitive} "))
        .p(a, &format!("{fronted}."));
    c
}

/// Reported sentences as news copy writes them: opening with an adverbial, an object or „man“,
/// the subjunctive anywhere in the verb-second slot, not only after the subject.
const REPORTED: [&str; 12] = [
    "In den kommenden Wochen solle ein Konzept vorgelegt werden",
    "Zudem gebe es noch keine Einigung über die Kosten",
    "Bis Ende des Jahres müsse die Stadt eine Lösung finden",
    "Eine Entscheidung darüber falle frühestens im Herbst",
    "Derzeit prüfe man mehrere Angebote",
    "Über die Höhe der Entschädigung könne noch nichts gesagt werden",
    "Ob die Strecke rechtzeitig fertig werde, sei offen",
    "Man gehe davon aus, dass die Arbeiten im Mai beginnen",
    "Auch die Opposition habe dem Plan zugestimmt",
    "Dafür fehle bislang das Personal",
    "Für die Anwohner bestehe keine Gefahr",
    "Von einer Schließung sei nie die Rede gewesen",
];

/// „„…“, sagte Vogt. Zudem gebe es noch keine Einigung.“: after a quote and its cue, the
/// subjunctive sentences are still the speaker's.
pub fn carried_on_after_quote(f: &mut Fill) -> Case {
    let mut c = Case::new(De);
    let p = f.person();
    let a = as_voice(&mut c, p);
    let q = f.quote();
    let q = f.quote_before_cue(q);
    let verb = f.pick(&[
        "sagte",
        "erklärte",
        "betonte",
        "sagte am Montag",
        "ergänzte",
    ]);
    let first = f.pick(&REPORTED);
    let second = f.pick(&REPORTED);
    let second = if second == first { REPORTED[0] } else { second };
    let second = if second == first { REPORTED[1] } else { second };
    c.d(a, &q)
        .n(&format!(", {verb} {}. ", p.full()))
        .p(a, &format!("{first}. {second}."));
    c
}

/// „Vogt, Sprecherin der Polizei, sagte, …. In den kommenden Wochen solle …“: varied
/// subjunctive sentences after indirect speech, in the same paragraph and the next.
pub fn carried_on_varied(f: &mut Fill) -> Case {
    let mut c = Case::new(De);
    let p = f.person();
    let a = as_voice(&mut c, p);
    let role = f.role();
    let (c1, _) = f.clause();
    let verb = f.verb();
    let after = f.after_verb();
    let first = f.pick(&REPORTED);
    let next = f.pick(&REPORTED);
    let next = if next == first { REPORTED[2] } else { next };
    let next = if next == first { REPORTED[3] } else { next };
    c.n(&format!(
        "{}, {}, {verb}{after}, ",
        p.full(),
        form(role.apposition, p)
    ))
    .p(a, &format!("{c1}. {first}."))
    .para()
    .p(a, &format!("{next}."));
    c
}
