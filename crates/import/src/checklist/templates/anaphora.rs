//! Row 3d: a body named in narration and later the speaker through its kind alone ("Norvell
//! Systems … the company said", „das Ministerium für Küstenschutz … teilte das Ministerium
//! mit“, « la société a indiqué », "la empresa aseguró"): the noun refers back to the body of
//! its kind most recently named, past a person named in between and past a public body where
//! the noun names a business; with no body named, the noun is its own speaker and no name is
//! invented. All names are invented for the suite.

use super::t;
use super::Template;
use crate::checklist::fill::{as_voice, capitalise, org_voice, Fill};
use crate::checklist::words::Org;
use crate::checklist::{Case, Pattern};
use crate::Lang::{De, En, Es, Fr};

pub fn templates() -> Vec<Template> {
    let mut out = Vec::new();
    for lang in [En, Fr, De, Es] {
        out.push(t(Pattern::BodyByKind, lang, named_then_kind));
        out.push(t(Pattern::BodyByKind, lang, person_between));
        out.push(t(Pattern::BodyByKind, lang, public_body_between));
        out.push(t(Pattern::BodyByKind, lang, ministry_by_kind));
        out.push(t(Pattern::BodyByKind, lang, no_body_named));
    }
    out
}

fn org(name: &'static str) -> Org {
    Org {
        written: name,
        name,
    }
}

/// Businesses, as narration names them (as a sentence's subject).
fn company(f: &mut Fill) -> Org {
    org(f.pick(match f.w.lang {
        En => &[
            "Norvell Systems",
            "Brackwater Energy",
            "Tallis Freight Group",
            "Okkaro Holdings",
            "Quenby Foods Ltd",
        ][..],
        Fr => &[
            "Vallorin Énergie",
            "Transports Dubreuil SA",
            "Groupe Ardanne",
            "Aciéries Morvand SA",
            "Lescot Industrie",
        ][..],
        De => &[
            "Die Halvering AG",
            "Die Brunnholt GmbH",
            "Die Kessler Werke",
            "Die Ostmark Logistik GmbH",
            "Die Tannberg Energie AG",
        ][..],
        _ => &[
            "Grupo Arenzana",
            "Velarde Energía",
            "Transportes Olmedo SA",
            "Industrias Carbajo",
            "Alcántara Logistics",
        ][..],
    }))
}

/// A business named by its kind, and the cue it speaks with: a quote or a paraphrase.
fn cue(f: &mut Fill, c: &mut Case, a: usize, noun: &str) {
    let lang = f.w.lang;
    let (q, (main, sub)) = (f.quote(), f.clause());
    let direct = f.either();
    match lang {
        En => {
            let after = f.after_verb();
            if direct {
                let q = f.quote_before_cue(q);
                c.d(a, &q).n(&format!(" {noun} said{after}."));
            } else {
                c.n(&format!("{} said{after} that ", capitalise(noun)))
                    .p(a, &format!("{sub}."));
            }
        }
        Fr => {
            let after = f.after_verb();
            let verb = f.pick(&["a indiqué", "a précisé", "a assuré"]);
            if direct {
                // (No time phrase after a subject put after its verb: row 5's concern.)
                let to = f.addressee();
                let q = f.quote_before_cue(q);
                c.d(a, &q).n(&format!(", {verb} {noun}{to}."));
            } else {
                c.n(&format!("{} {verb}{after} que ", capitalise(noun)))
                    .p(a, &format!("{sub}."));
            }
        }
        De => {
            let time = f.time();
            if direct {
                let q = f.quote_before_cue(q);
                let cue = if f.either() {
                    format!(", teilte {noun}{time} mit.")
                } else {
                    format!(", erklärte {noun}{time}.")
                };
                c.d(a, &q).n(&cue);
            } else {
                c.n(&format!("{} erklärte{time}, ", capitalise(noun)))
                    .p(a, &format!("{main}."));
            }
        }
        _ => {
            let after = f.after_verb();
            let verb = f.pick(&["explicó", "aseguró", "indicó"]);
            if direct {
                let to = f.addressee();
                let q = f.quote_before_cue(q);
                c.d(a, &q).n(&format!(", {verb} {noun}{to}."));
            } else {
                c.n(&format!("{} {verb}{after} que ", capitalise(noun)))
                    .p(a, &format!("{sub}."));
            }
        }
    }
}

/// The noun that names any business, in the language.
fn business_noun(f: &mut Fill) -> &'static str {
    f.pick(match f.w.lang {
        En => &["the company", "the firm", "the group"][..],
        Fr => &["la société", "l'entreprise", "le groupe"][..],
        De => &["das Unternehmen", "der Konzern", "die Firma"][..],
        _ => &["la empresa", "la compañía", "el grupo"][..],
    })
}

/// Something a body did, that no one says: narration with the body as subject.
fn deed(f: &mut Fill, body: &str) -> String {
    let done = f.pick(match f.w.lang {
        En => &[
            "will close two depots in the north next year",
            "has cut 300 jobs since the spring",
            "opened a new site near the river in May",
        ][..],
        Fr => &[
            "va fermer deux dépôts dans le nord l'an prochain",
            "a supprimé 300 postes depuis le printemps",
            "a ouvert un nouveau site près du fleuve en mai",
        ][..],
        De => &[
            "schließt im kommenden Jahr zwei Lager im Norden",
            "hat seit dem Frühjahr 300 Stellen gestrichen",
            "hat im Mai einen neuen Standort am Fluss eröffnet",
        ][..],
        _ => &[
            "cerrará dos almacenes en el norte el próximo año",
            "ha recortado 300 empleos desde la primavera",
            "abrió una nueva planta junto al río en mayo",
        ][..],
    });
    format!("{} {done}.", capitalise(body))
}

/// "Norvell Systems will close two depots … “…,” the company said."
fn named_then_kind(f: &mut Fill) -> Case {
    let mut c = Case::new(f.w.lang);
    let o = company(f);
    let a = org_voice(&mut c, o);
    let noun = business_noun(f);
    c.n(&deed(f, o.written)).para();
    cue(f, &mut c, a, noun);
    c
}

/// "Norvell Systems … Ana Ruiz has worked at the site for twenty years. “…,” the company said."
fn person_between(f: &mut Fill) -> Case {
    let lang = f.w.lang;
    let mut c = Case::new(lang);
    let o = company(f);
    let a = org_voice(&mut c, o);
    let p = f.person();
    // (A voice though silent, so that a swapped name is swapped back.)
    as_voice(&mut c, p);
    let noun = business_noun(f);
    let worked = match lang {
        En => "has worked at the site for twenty years",
        Fr => "travaille sur le site depuis vingt ans",
        De => "arbeitet seit zwanzig Jahren an dem Standort",
        _ => "trabaja en la planta desde hace veinte años",
    };
    c.n(&deed(f, o.written))
        .n(&format!(" {} {worked}.", p.full()))
        .para();
    cue(f, &mut c, a, noun);
    c
}

/// A public body named after the business: "the company" still means the business.
fn public_body_between(f: &mut Fill) -> Case {
    let lang = f.w.lang;
    let mut c = Case::new(lang);
    let o = company(f);
    let a = org_voice(&mut c, o);
    let noun = business_noun(f);
    let public = f.pick(match lang {
        En => &["Harwick City Council", "the Ministry of Coastal Affairs"][..],
        Fr => &["la Ville de Castelmont", "la Préfecture de Lorvan"][..],
        De => &["der Stadt Lindenau", "dem Ministerium für Küstenschutz"][..],
        _ => &["el Ayuntamiento de Velarde", "el Ministerio de Costas"][..],
    });
    let fined = match lang {
        En => format!("{} was fined by {public} last month.", o.written),
        Fr => format!(
            "{} a reçu une amende infligée par {public} le mois dernier.",
            o.written
        ),
        De => format!(
            "{} muss {public} im vergangenen Monat ein Bußgeld zahlen.",
            o.written
        ),
        _ => format!(
            "{} recibió una sanción impuesta por {public} el mes pasado.",
            o.written
        ),
    };
    c.n(&fined).para();
    cue(f, &mut c, a, noun);
    c
}

/// "the Ministry of Coastal Affairs … Norvell Systems … the ministry said": a ministry noun
/// means the ministry, though a business was named since.
fn ministry_by_kind(f: &mut Fill) -> Case {
    let lang = f.w.lang;
    let mut c = Case::new(lang);
    let (ministry, noun): (&'static str, &'static str) = f.pick(match lang {
        En => &[
            ("the Ministry of Coastal Affairs", "the ministry"),
            ("the Harbour Safety Agency", "the agency"),
        ][..],
        Fr => &[
            ("l'Agence Marenne", "l'agence"),
            ("le Syndicat Ouvrier Lorvanais", "le syndicat"),
        ][..],
        De => &[
            ("das Ministerium für Küstenschutz", "das Ministerium"),
            ("die Gewerkschaft Hafen Nord", "die Gewerkschaft"),
        ][..],
        _ => &[
            ("el Ministerio de Costas", "el ministerio"),
            ("la Agencia Portuaria Velarde", "la agencia"),
        ][..],
    });
    let o = company(f);
    let b = org_voice(&mut c, org(ministry));
    // (German: the business's name in the genitive, „der Halvering AG“.)
    let of = match o.written.strip_prefix("Die ") {
        Some(rest) => format!("der {rest}"),
        None => o.written.to_string(),
    };
    let review = match lang {
        En => format!("{} is reviewing the permits of {of}.", capitalise(ministry)),
        Fr => format!("{} examine les permis de {of}.", capitalise(ministry)),
        De => format!("{} prüft die Genehmigungen {of}.", capitalise(ministry)),
        _ => format!("{} revisa los permisos de {of}.", capitalise(ministry)),
    };
    c.n(&review).para();
    cue(f, &mut c, b, noun);
    c
}

/// With no body named before, "the company" speaks as itself: nothing is invented for it.
fn no_body_named(f: &mut Fill) -> Case {
    let lang = f.w.lang;
    let mut c = Case::new(lang);
    let noun = business_noun(f);
    let a = org_voice(&mut c, org(noun));
    let before = match lang {
        En => "Heating prices rose again in the north this winter.",
        Fr => "Les prix du chauffage ont encore augmenté dans le nord cet hiver.",
        De => "Die Heizpreise sind im Norden in diesem Winter erneut gestiegen.",
        _ => "Los precios de la calefacción volvieron a subir en el norte este invierno.",
    };
    c.n(before).para();
    cue(f, &mut c, a, noun);
    c
}
