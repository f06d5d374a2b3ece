//! Attribution by the patterns of issue 19, one group per pattern and in each language: who
//! the importer gives each quote and paraphrase to, on short texts written for these tests.
#![cfg(not(target_arch = "wasm32"))]

use article_import::{import, ImportOptions};
use article_model::{Article, PassageKind};

fn draft_in(lang: &str, text: &str) -> Article {
    let options = ImportOptions {
        language: Some(lang.to_string()),
        ..ImportOptions::default()
    };
    let article = import(text, &options).expect("drafts").article;
    assert!(article.validate().is_empty(), "{:?}", article.validate());
    article
}

/// The voice name, kind, confidence and reason of the passage that holds `needle`.
fn passage<'a>(a: &'a Article, needle: &str) -> (&'a str, PassageKind, Option<u8>, &'a str) {
    let (_, p) = a
        .passages()
        .find(|(_, p)| p.text.contains(needle))
        .unwrap_or_else(|| panic!("no passage holds {needle:?}"));
    let voice = &a.voices[a.voice_index(&p.voice).unwrap()];
    (
        voice.name.as_str(),
        p.kind,
        p.confidence,
        p.reason.as_deref().unwrap_or(""),
    )
}

fn said_by<'a>(a: &'a Article, needle: &str) -> &'a str {
    passage(a, needle).0
}

const OUTLET: &str = "the outlet";

// ---- Pattern 1: a lead-in clause ending in a colon ----

#[test]
fn colon_lead_ins_give_the_quote_to_the_clause_subject_in_english() {
    let a = draft_in(
        "en",
        "Grace Okafor told reporters on Friday in Lagos: \u{201c}We have done all we can.\u{201d}\n\n\
         Tom Brandt, the union's negotiator, spoke next. Brandt was more blunt: \u{201c}This plan will fail by summer.\u{201d}\n\n\
         In its statement, the union said: \u{201c}Our members reject these terms.\u{201d}",
    );
    assert_eq!(said_by(&a, "We have done"), "Grace Okafor");
    assert_eq!(said_by(&a, "This plan will fail"), "Tom Brandt");
    assert_eq!(said_by(&a, "Our members reject"), "Union");
    assert_eq!(said_by(&a, "Brandt was more blunt"), OUTLET);
}

#[test]
fn colon_lead_ins_in_german_find_the_subject_before_or_after_the_verb() {
    let a = draft_in(
        "de",
        "Innenminister Jonas Vogt äußerte sich am Dienstag in Berlin.\n\n\
         Die Lage beschrieb Vogt so: \u{201e}Wir stehen am Anfang einer langen Krise.\u{201c}\n\n\
         Die Bürgermeisterin Eva Keller zeigte sich zufrieden: \u{201e}Das Ergebnis übertrifft unsere Erwartungen.\u{201c}",
    );
    assert_eq!(said_by(&a, "Wir stehen"), "Jonas Vogt");
    assert_eq!(said_by(&a, "Das Ergebnis"), "Eva Keller");
}

#[test]
fn colon_lead_ins_in_french_and_spanish() {
    let a = draft_in(
        "fr",
        "Le maire Paul Girard s'est montré ferme : \u{ab} Nous ne céderons rien sur ce dossier. \u{bb}",
    );
    assert_eq!(said_by(&a, "Nous ne céderons"), "Paul Girard");
    let a = draft_in(
        "es",
        "La alcaldesa Marta Rivas fue tajante: \u{ab}No habrá más retrasos en la obra\u{bb}.",
    );
    assert_eq!(said_by(&a, "No habrá"), "Marta Rivas");
}

#[test]
fn a_lead_in_paragraph_ending_in_a_colon_gives_the_next_quote() {
    let a = draft_in(
        "en",
        "Asked about the levy, Finance Minister Ana Ruiz said:\n\n\u{201c}It is a tax on the poor and nothing else.\u{201d}",
    );
    assert_eq!(said_by(&a, "It is a tax"), "Ana Ruiz");
}

// ---- Pattern 2: a quote with no cue, after someone was introduced ----

#[test]
fn an_uncued_quote_goes_to_the_person_just_introduced() {
    let a = draft_in(
        "en",
        "Ada Mensah, a nurse in Accra, has seen it for years.\n\n\u{201c}Nobody listens until it is too late.\u{201d}",
    );
    let (name, kind, confidence, reason) = passage(&a, "Nobody listens");
    assert_eq!((name, kind), ("Ada Mensah", PassageKind::Direct));
    assert!(confidence.unwrap() >= 60, "{reason}");
}

#[test]
fn an_uncued_quote_with_no_one_named_before_stays_unidentified_and_says_why() {
    let a = draft_in(
        "en",
        "The storm closed the port on Monday.\n\n\u{201c}Nobody listens until it is too late.\u{201d}",
    );
    let (name, _, confidence, reason) = passage(&a, "Nobody listens");
    assert_eq!(name, "Unidentified speaker");
    assert!(confidence.unwrap() < 60);
    assert!(reason.contains("names no one"), "{reason}");
}

// ---- Pattern 8: German reported speech carried on by the subjunctive ----

#[test]
fn the_german_subjunctive_carries_reported_speech_past_its_cue() {
    let a = draft_in(
        "de",
        "Staatsanwalt Peter Lang sagte, man prüfe den Fall. Eine Entscheidung falle im Mai. Das Gericht tagt am Montag.",
    );
    assert_eq!(said_by(&a, "man prüfe"), "Peter Lang");
    let (name, kind, _, _) = passage(&a, "Eine Entscheidung falle");
    assert_eq!((name, kind), ("Peter Lang", PassageKind::Paraphrase));
    // The indicative is the outlet's again.
    assert_eq!(said_by(&a, "Das Gericht tagt"), OUTLET);
}

#[test]
fn german_cue_phrases_so_and_nach_darstellung_give_indirect_speech() {
    let a = draft_in(
        "de",
        "Die Reform sei gescheitert, so der Sprecher der Partei.\n\n\
         Nach Darstellung der Staatsanwaltschaft habe der Mann die Tat gestanden.",
    );
    let (name, kind, _, _) = passage(&a, "Die Reform sei");
    assert!(name.contains("Sprecher"), "{name}");
    assert_eq!(kind, PassageKind::Paraphrase);
    assert_eq!(said_by(&a, "habe der Mann"), "Staatsanwaltschaft");
}

// ---- Pattern 6: the wrong words taken as the speaker ----

#[test]
fn a_body_named_by_its_kind_is_not_a_person_met_before() {
    let a = draft_in(
        "en",
        "Grace Okafor told reporters: \u{201c}We will not give up on them.\u{201d}\n\nThe union said the strike would go on.",
    );
    assert_eq!(said_by(&a, "the strike would go on"), "Union");
}

// ---- Pattern 3: titles and roles instead of names ----

#[test]
fn a_role_given_after_the_name_resolves_a_later_title() {
    let a = draft_in(
        "en",
        "Piotr Nowak, the finance minister, and Margaret Doyle, the leader of the dockers' union, met on Monday.\n\n\
         \u{201c}We asked for talks and we got silence,\u{201d} the minister said.",
    );
    assert_eq!(said_by(&a, "We asked for talks"), "Piotr Nowak");
    let a = draft_in(
        "es",
        "Rocío Fernández, alcaldesa de Tula, y Joaquín Ibáñez, entrenador del Betis, se reunieron el lunes.\n\n\
         \u{ab}Es la peor temporada en veinte años\u{bb}, dijo la alcaldesa.",
    );
    assert_eq!(said_by(&a, "Es la peor temporada"), "Rocío Fernández");
}

#[test]
fn a_role_given_before_the_name_resolves_a_later_title() {
    let a = draft_in(
        "en",
        "Agency Director Minh Tran and Union Leader Hannah Whitfield met to discuss the strike.\n\n\
         \u{201c}This is the worst season in years,\u{201d} the director said.",
    );
    assert_eq!(said_by(&a, "worst season"), "Minh Tran");
    let a = draft_in(
        "es",
        "El ministro de Hacienda, Mateo Huamán, y la alcaldesa de Tula, Ana Ruiz, se reunieron el lunes.\n\n\
         La alcaldesa aseguró que el puente volvería a abrir en mayo.",
    );
    assert_eq!(said_by(&a, "el puente volvería"), "Ana Ruiz");
}

#[test]
fn a_role_in_other_words_resolves_to_the_same_person() {
    let a = draft_in(
        "de",
        "Jürgen Brandt, Sprecher der Polizei, und Tobias Schäfer, Vorsitzender der Gewerkschaft, trafen sich am Montag.\n\n\
         \u{201e}Das Geld ist da\u{201c}, sagte der Polizeisprecher.",
    );
    assert_eq!(said_by(&a, "Das Geld ist da"), "Jürgen Brandt");
    let a = draft_in(
        "en",
        "Samuel Adeyemi, the city's police chief, and Diego Castillo, the company's chief executive, met on Monday.\n\n\
         \u{201c}We will not wait for another report,\u{201d} the head of the city's police said.",
    );
    assert_eq!(said_by(&a, "another report"), "Samuel Adeyemi");
}

// ---- Patterns 4, 5, 7, 9: unwritten subjects, postposed cues, verbs without "that" ----

#[test]
fn english_reporting_verbs_without_that_and_incises() {
    let a = draft_in(
        "en",
        "Mayor Lena Ortiz spoke on Monday.\n\n\
         But she said it had been a long year for the city.\n\n\
         The pills have few real uses, she says, and are meant for short courses.\n\n\
         The driver told the court he did not see the light.",
    );
    assert_eq!(said_by(&a, "a long year"), "Lena Ortiz");
    assert_eq!(passage(&a, "he did not see").1, PassageKind::Paraphrase);
    assert_eq!(said_by(&a, "he did not see"), "The driver");
    assert_eq!(said_by(&a, "few real uses"), "Lena Ortiz");
    assert_eq!(said_by(&a, "meant for short courses"), "Lena Ortiz");
}

#[test]
fn spanish_verb_forms_dropped_subjects_and_postposed_subjects() {
    let a = draft_in(
        "es",
        "La ministra de Hacienda, Ana Ruiz, compareció el lunes en el Congreso.\n\n\
         \u{ab}No vamos a subir los impuestos\u{bb}, respondía la ministra desde Lima.\n\n\
         Ha recalcado que no habrá recortes en sanidad.\n\n\
         El titular de Hacienda se limitó a asegurar que todo está en orden.",
    );
    assert_eq!(said_by(&a, "No vamos a subir"), "Ana Ruiz");
    assert_eq!(said_by(&a, "no habrá recortes"), "Ana Ruiz");
    assert_eq!(passage(&a, "todo está en orden").1, PassageKind::Paraphrase);
}

#[test]
fn german_addressee_or_adjunct_before_the_reported_clause() {
    let a = draft_in(
        "de",
        "Bürgermeisterin Sabine Roth sprach am Montag.\n\n\
         Die Bürgermeisterin sagte vor dem Ausschuss, für die Reparaturen sei kein Geld mehr da.",
    );
    let (name, kind, _, _) = passage(&a, "für die Reparaturen");
    assert_eq!((name, kind), ("Sabine Roth", PassageKind::Paraphrase));
}

// ---- Review: confidence that sends the editor where to look ----

#[test]
fn a_reporting_cue_with_nothing_attributed_is_flagged_for_review() {
    let a = draft_in(
        "en",
        "Mayor Lena Ortiz said on Monday at the town hall in Kingsford.",
    );
    let (name, _, confidence, reason) = passage(&a, "town hall");
    assert_eq!(name, OUTLET);
    assert!(confidence.is_some_and(|c| c < 60));
    assert!(reason.contains("\u{201c}said\u{201d}"), "{reason}");
}

#[test]
fn doubtful_attributions_fall_below_the_editors_threshold() {
    let a = draft_in(
        "en",
        "The company said the plant would close in May.\n\n\
         Senator Ann Lee denounced the plan as a betrayal of the workers.",
    );
    // A body named only by its kind, with no such body named before it.
    let (_, _, confidence, reason) = passage(&a, "plant would close");
    assert!(confidence.unwrap() < 60, "{reason}");
    // A verb of judgement: where the reported gist ends is a guess.
    let (name, _, confidence, reason) = passage(&a, "betrayal");
    assert_eq!(name, "Ann Lee");
    assert!(confidence.unwrap() < 60, "{reason}");
    // A named cue is not flagged.
    let a = draft_in(
        "en",
        "\u{201c}We will rebuild,\u{201d} Mayor Ana Silva said.",
    );
    assert!(passage(&a, "We will rebuild").2.unwrap() >= 60);
}
