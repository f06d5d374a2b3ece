//! Pattern 4 of issue 19: Subjects that are not written: Spanish drops them ("Añadió que …",
//! "agregó"), French inverts them after the quote (« a-t-elle ajouté »). The speaker is the one the
//! discourse is following; in French the inverted pronoun's gender may also decide.

use super::t;
use super::Template;
use crate::checklist::fill::{as_voice, form, Fill};
use crate::checklist::{Case, Pattern::UnwrittenSubject as P};
use crate::Lang::{Es, Fr};

pub fn templates() -> Vec<Template> {
    vec![
        t(P, Es, es_dropped_that),
        t(P, Es, es_dropped_after_quote),
        t(P, Es, es_dropped_after_a_meeting),
        t(P, Fr, fr_inverted_after_quote),
        t(P, Fr, fr_inverted_two_people),
    ]
}

/// "Ruiz, ministra de Hacienda, dijo que …" ¶ "Ha recalcado que …"
fn es_dropped_that(f: &mut Fill) -> Case {
    let mut c = Case::new(Es);
    let p = f.person();
    let a = as_voice(&mut c, p);
    let role = f.role();
    let (c1, c2) = f.clauses();
    let verb = f.verb();
    c.n(&format!(
        "{}, {}, {verb} que ",
        p.full(),
        form(role.apposition, p)
    ))
    .p(a, &format!("{c1}."))
    .para();
    let cue = f.pick(&[
        "ha recalcado",
        "añadió",
        "insistió en",
        "explicó",
        "ha subrayado",
        "agregó",
    ]);
    let lead = f.start(cue);
    let after = f.after_verb();
    c.n(&format!("{lead}{after} que ")).p(a, &format!("{c2}."));
    c
}

/// "… dijo que …. «…», agregó."
fn es_dropped_after_quote(f: &mut Fill) -> Case {
    let mut c = Case::new(Es);
    let p = f.person();
    let a = as_voice(&mut c, p);
    let (c1, _) = f.clauses();
    let verb = f.verb();
    c.n(&format!("{} {verb} que ", p.full()))
        .p(a, &format!("{c1}."))
        .n(" ");
    let q = f.quote();
    let q = f.quote_before_cue(q);
    let cue = f.pick(&["agregó", "añadió", "apostilló", "remachó", "ha añadido"]);
    let after = f.after_verb();
    c.d(a, &q).n(&format!(", {cue}{after}."));
    c
}

/// Someone meets someone else; the first then speaks, and goes on with no subject.
fn es_dropped_after_a_meeting(f: &mut Fill) -> Case {
    let mut c = Case::new(Es);
    let (p, other) = (f.person(), f.person());
    let a = as_voice(&mut c, p);
    let role = f.role();
    let time = f.time();
    c.n(&format!(
        "{}, {}, se reunió{time} con {}.",
        p.full(),
        form(role.apposition, p),
        other.full()
    ))
    .para();
    let (c1, c2) = f.clauses();
    c.n(&format!("{} dijo que ", p.family))
        .p(a, &format!("{c1}."))
        .para();
    let cue = f.pick(&["añadió", "ha recalcado", "aseguró también", "recordó"]);
    let lead = f.start(cue);
    c.n(&format!("{lead} que ")).p(a, &format!("{c2}."));
    c
}

fn inversion(f: &mut Fill, female: bool) -> String {
    let pronoun = if female { "elle" } else { "il" };
    let form = f.pick(&[
        "a-t-{p} ajouté",
        "a-t-{p} précisé",
        "poursuit-{p}",
        "a-t-{p} insisté",
        "estime-t-{p}",
        "a-t-{p} lancé",
    ]);
    form.replace("{p}", pronoun)
}

/// "Vasseur, maire de Rennes, a déclaré que …" ¶ « … », a-t-elle ajouté.
fn fr_inverted_after_quote(f: &mut Fill) -> Case {
    let mut c = Case::new(Fr);
    let p = f.person();
    let a = as_voice(&mut c, p);
    let role = f.role();
    let (c1, _) = f.clauses();
    let verb = f.verb();
    c.n(&format!(
        "{}, {}, {verb} que ",
        p.full(),
        form(role.apposition, p)
    ))
    .p(a, &format!("{c1}."))
    .para();
    let q = f.quote();
    let q = f.quote_before_cue(q);
    let cue = inversion(f, p.female);
    let after = f.after_verb();
    c.d(a, &q).n(&format!(", {cue}{after}."));
    c
}

/// A man and a woman are named; the inverted pronoun's gender says which one speaks. The text
/// states neither one's gender (« se sont exprimés » agrees with both), so only their given
/// names tell them apart: the importer may take that tie-break, but the case passes only if the
/// quote is also flagged for review (the entities' gender comes from the text alone).
fn fr_inverted_two_people(f: &mut Fill) -> Case {
    let mut c = Case::new(Fr);
    c.open_by_text = true;
    let p = f.person();
    let other = f.person_unlike(p);
    let (a, b) = (as_voice(&mut c, p), as_voice(&mut c, other));
    let time = f.time();
    let (first, second) = if f.either() { (p, other) } else { (other, p) };
    c.n(&format!(
        "{} et {} se sont exprimés{time} devant la presse.",
        first.full(),
        second.full()
    ))
    .para();
    let speaker = if f.either() { p } else { other };
    let who = if speaker == p { a } else { b };
    let q = f.quote();
    let q = f.quote_before_cue(q);
    let cue = inversion(f, speaker.female);
    c.d(who, &q).n(&format!(", {cue}."));
    c
}
