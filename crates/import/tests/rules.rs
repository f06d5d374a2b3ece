//! The importer, rule by rule: quotation marks, indirect speech, speakers, metadata and
//! fidelity. Each test drafts a short text of our own and checks what a reader of the draft
//! would see: which words went to which voice, and how.
#![cfg(not(target_arch = "wasm32"))]

use article_import::text::normalise;
use article_import::{import, ImportError, ImportOptions, MAX_IMPORT_BYTES};
use article_model::{Article, PassageKind, VoiceKind};

fn draft_in(lang: &str, text: &str) -> Article {
    let options = ImportOptions {
        language: Some(lang.to_string()),
        ..ImportOptions::default()
    };
    let article = import(text, &options).expect("drafts").article;
    assert_faithful(text, &article);
    article
}

/// Fidelity: paragraph i is input paragraph i, and its passages concatenate to it.
fn assert_faithful(text: &str, article: &Article) {
    let inputs: Vec<String> = text
        .split("\n\n")
        .map(normalise)
        .filter(|p| !p.is_empty())
        .collect();
    assert_eq!(article.paragraphs.len(), inputs.len(), "paragraph count");
    for (i, input) in inputs.iter().enumerate() {
        assert_eq!(&article.paragraph_text(i), input, "paragraph {i}");
    }
    assert!(
        article.validate().is_empty(),
        "draft validates: {:?}",
        article.validate()
    );
}

/// The voice name and kind of the passage that holds `needle`.
fn who(article: &Article, needle: &str) -> (String, PassageKind) {
    let (_, passage) = article
        .passages()
        .find(|(_, p)| p.text.contains(needle))
        .unwrap_or_else(|| panic!("no passage holds {needle:?}"));
    let voice = &article.voices[article.voice_index(&passage.voice).unwrap()];
    (voice.name.clone(), passage.kind)
}

fn said_by(article: &Article, needle: &str) -> String {
    who(article, needle).0
}

fn kind_of(article: &Article, needle: &str) -> PassageKind {
    who(article, needle).1
}

const OUTLET: &str = "the outlet";

// ---- Direct quotes: marks of each language ----

#[test]
fn english_curly_and_straight_quotes_pair_with_a_named_cue() {
    let a = draft_in(
        "en",
        "\u{201c}We will rebuild the bridge,\u{201d} Mayor Ana Silva said on Monday.\n\n\"The money is there,\" said Tom Reed, the city's treasurer.",
    );
    assert_eq!(
        who(&a, "We will rebuild"),
        ("Ana Silva".into(), PassageKind::Direct)
    );
    assert_eq!(
        who(&a, "The money is there"),
        ("Tom Reed".into(), PassageKind::Direct)
    );
    assert_eq!(said_by(&a, "said on Monday"), OUTLET);
    let reed = a.voices.iter().find(|v| v.name == "Tom Reed").unwrap();
    assert_eq!(reed.role, "the city's treasurer");
}

#[test]
fn guillemets_with_and_without_inner_spaces() {
    let a = draft_in(
        "fr",
        "\u{ab} Nous sommes pr\u{ea}ts \u{bb}, a d\u{e9}clar\u{e9} le ministre Paul Roux.\n\n\u{ab}Le dialogue reste ouvert\u{bb}, a-t-il ajout\u{e9}.",
    );
    assert_eq!(said_by(&a, "Nous sommes"), "Paul Roux");
    assert_eq!(said_by(&a, "Le dialogue reste ouvert"), "Paul Roux");
}

#[test]
fn german_low_high_and_reversed_guillemets() {
    let a = draft_in(
        "de",
        "\u{201e}Wir bauen die Br\u{fc}cke wieder auf\u{201c}, sagte B\u{fc}rgermeisterin Anna Weber.\n\n\u{bb}Das Geld ist da\u{ab}, erkl\u{e4}rte sie.",
    );
    assert_eq!(said_by(&a, "Wir bauen"), "Anna Weber");
    assert_eq!(said_by(&a, "Das Geld ist da"), "Anna Weber");
}

#[test]
fn swiss_single_guillemets_nest_inside_double_ones() {
    let a = draft_in(
        "fr",
        "\u{ab}Il a parl\u{e9} d\u{2019}un \u{2039}accord historique\u{203a}, mais rien n\u{2019}est sign\u{e9}\u{bb}, a d\u{e9}clar\u{e9} la diplomate Marie Keller.",
    );
    let quotes: Vec<_> = a
        .passages()
        .filter(|(_, p)| p.kind == PassageKind::Direct)
        .collect();
    assert_eq!(
        quotes.len(),
        1,
        "the inner quote stays inside the outer one"
    );
    assert!(quotes[0]
        .1
        .text
        .contains("\u{2039}accord historique\u{203a}"));
    assert_eq!(said_by(&a, "accord historique"), "Marie Keller");
}

#[test]
fn nested_quotes_of_another_mark_stay_in_one_passage() {
    let a = draft_in(
        "en",
        "\u{201c}He told me \u{2018}this is the end of it,\u{2019} and I believed him,\u{201d} said Carla Mendes.",
    );
    let direct: Vec<_> = a
        .passages()
        .filter(|(_, p)| p.kind == PassageKind::Direct)
        .collect();
    assert_eq!(direct.len(), 1);
    assert!(direct[0].1.text.ends_with("believed him,\u{201d}"));
    assert_eq!(said_by(&a, "end of it"), "Carla Mendes");
}

#[test]
fn british_single_quotes_are_quotes_and_apostrophes_are_not() {
    let a = draft_in(
        "en",
        "\u{2018}It\u{2019}s the gas bill,\u{2019} said Kwame Mensah. He hasn\u{2019}t paid since the \u{2019}90s, and the players\u{2019} union won\u{2019}t help.",
    );
    let direct: Vec<_> = a
        .passages()
        .filter(|(_, p)| p.kind == PassageKind::Direct)
        .collect();
    assert_eq!(direct.len(), 1, "{direct:?}");
    assert_eq!(
        direct[0].1.text,
        "\u{2018}It\u{2019}s the gas bill,\u{2019}"
    );
    assert_eq!(said_by(&a, "the \u{2019}90s"), OUTLET);
}

#[test]
fn french_elisions_are_not_quotes() {
    let a = draft_in(
        "fr",
        "L'accord d'aujourd'hui n'est qu'une \u{e9}tape, a estim\u{e9} l'\u{e9}conomiste Claire Morel.",
    );
    assert!(a.passages().all(|(_, p)| p.kind != PassageKind::Direct));
    assert_eq!(
        who(&a, "L'accord"),
        ("Claire Morel".into(), PassageKind::Paraphrase)
    );
}

#[test]
fn an_interrupted_quote_is_two_passages_of_one_voice() {
    let a = draft_in(
        "en",
        "\u{201c}I find it remarkable,\u{201d} Isabel Duarte told reporters, \u{201c}that a country with so few claims lectures us.\u{201d}",
    );
    let direct: Vec<_> = a
        .passages()
        .filter(|(_, p)| p.kind == PassageKind::Direct)
        .collect();
    assert_eq!(direct.len(), 2);
    assert_eq!(said_by(&a, "I find it"), "Isabel Duarte");
    assert_eq!(said_by(&a, "that a country"), "Isabel Duarte");
    assert_eq!(said_by(&a, "told reporters"), OUTLET);
}

#[test]
fn a_multi_paragraph_quote_runs_on_to_its_closing_mark() {
    let a = draft_in(
        "en",
        "\u{201c}You were elected to serve,\u{201d} Judge Miriam Adler said. \u{201c}Instead you served yourself.\n\n\u{201c}The sentence must reflect that betrayal.\u{201d}\n\nThe court then rose.",
    );
    assert_eq!(said_by(&a, "Instead you served"), "Miriam Adler");
    assert_eq!(
        who(&a, "The sentence must"),
        ("Miriam Adler".into(), PassageKind::Direct)
    );
    assert_eq!(said_by(&a, "The court then rose"), OUTLET);
}

#[test]
fn an_unbalanced_mark_ends_at_its_paragraph() {
    let a = draft_in(
        "en",
        "Mayor Ana Silva said: \u{201c}We will rebuild the bridge and the school\n\nThe council meets on Friday. Officials said the budget was tight.",
    );
    let (name, kind) = who(&a, "We will rebuild");
    assert_eq!((name.as_str(), kind), ("Ana Silva", PassageKind::Direct));
    let (_, passage) = a
        .passages()
        .find(|(_, p)| p.text.contains("We will"))
        .unwrap();
    assert!(
        passage.confidence.unwrap() <= 50,
        "an unbalanced mark lowers confidence"
    );
    assert!(passage
        .reason
        .as_deref()
        .unwrap()
        .contains("no closing mark"));
    assert_eq!(said_by(&a, "The council meets"), OUTLET);
}

#[test]
fn scare_quotes_with_no_speaker_stay_narration() {
    let a = draft_in(
        "en",
        "The so-called \u{201c}peace plan\u{201d} was published on Tuesday.",
    );
    assert!(a.voices.iter().all(|v| v.kind == VoiceKind::Outlet));
}

// ---- Indirect and mixed speech ----

#[test]
fn reporting_verb_and_content_clause_in_four_languages() {
    let cases = [
        (
            "en",
            "Health Minister Ana Costa said that the clinics would reopen in May.",
            "the clinics would reopen",
            "Ana Costa",
        ),
        (
            "fr",
            "La ministre Claire Dubois a affirm\u{e9} que les cliniques rouvriraient en mai.",
            "les cliniques rouvriraient",
            "Claire Dubois",
        ),
        (
            "de",
            "Ministerin Anna Weber sagte, dass die Kliniken im Mai wieder \u{f6}ffnen.",
            "die Kliniken im Mai",
            "Anna Weber",
        ),
        (
            "es",
            "La ministra Ana Costa dijo que las cl\u{ed}nicas reabrir\u{e1}n en mayo.",
            "las cl\u{ed}nicas reabrir\u{e1}n",
            "Ana Costa",
        ),
    ];
    for (lang, text, content, speaker) in cases {
        let a = draft_in(lang, text);
        assert_eq!(
            who(&a, content),
            (speaker.to_string(), PassageKind::Paraphrase),
            "{lang}"
        );
        let (_, cue) = a.passages().next().unwrap();
        assert_eq!(
            a.voices[a.voice_index(&cue.voice).unwrap()].kind,
            VoiceKind::Outlet,
            "{lang}: the cue is narration"
        );
    }
}

#[test]
fn inverted_and_verb_final_cues() {
    let a = draft_in("fr", "Les n\u{e9}gociations reprendront lundi, a-t-il indiqu\u{e9} apr\u{e8}s avoir rencontr\u{e9} Marc Petit.");
    assert_eq!(
        kind_of(&a, "Les n\u{e9}gociations reprendront"),
        PassageKind::Paraphrase
    );
    let a = draft_in(
        "de",
        "Kanzler Martin Roth war in Berlin. Die Gespr\u{e4}che gehen weiter, sagte er am Abend.",
    );
    assert_eq!(
        who(&a, "Die Gespr\u{e4}che"),
        ("Martin Roth".into(), PassageKind::Paraphrase)
    );
    let a = draft_in(
        "en",
        "The talks will resume next week, said Tom Reed, the union's negotiator.",
    );
    assert_eq!(
        who(&a, "The talks will resume"),
        ("Tom Reed".into(), PassageKind::Paraphrase)
    );
    let a = draft_in(
        "de",
        "Mehr als 4000 Menschen mussten ihre H\u{e4}user verlassen, wie die Polizei mitteilte.",
    );
    assert_eq!(
        who(&a, "Mehr als 4000"),
        ("Polizei".into(), PassageKind::Paraphrase)
    );
}

#[test]
fn german_subjunctive_without_dass() {
    let a = draft_in(
        "de",
        "Missionsleiter Jonas Berg sagte, die Astronauten w\u{fc}rden am Freitag zur\u{fc}ckkehren.",
    );
    assert_eq!(
        who(&a, "die Astronauten"),
        ("Jonas Berg".into(), PassageKind::Paraphrase)
    );
}

#[test]
fn english_drops_that_after_said() {
    let a = draft_in(
        "en",
        "Last week, Defense Secretary James Mattis said the U.S. would not walk away from Syria.",
    );
    assert_eq!(
        who(&a, "the U.S. would not"),
        ("James Mattis".into(), PassageKind::Paraphrase)
    );
    assert_eq!(said_by(&a, "Last week"), OUTLET);
}

#[test]
fn cue_phrases_that_are_not_verbs() {
    let cases = [
        (
            "en",
            "According to the Health Ministry, 40 clinics will close by June.",
            "40 clinics",
            "Health Ministry",
        ),
        (
            "en",
            "Forty clinics will close by June, according to the Health Ministry.",
            "Forty clinics",
            "Health Ministry",
        ),
        (
            "fr",
            "Selon le minist\u{e8}re de la Sant\u{e9}, 40 cliniques fermeront d'ici juin.",
            "40 cliniques",
            "Minist\u{e8}re de la Sant\u{e9}",
        ),
        (
            "de",
            "Laut Gesundheitsministerium schlie\u{df}en bis Juni 40 Kliniken.",
            "bis Juni 40",
            "Gesundheitsministerium",
        ),
        (
            "de",
            "Dem Gesundheitsministerium zufolge schlie\u{df}en bis Juni 40 Kliniken.",
            "bis Juni 40",
            "Gesundheitsministerium",
        ),
        (
            "de",
            "Nach Angaben der Polizei wurden drei Menschen verletzt.",
            "drei Menschen",
            "Polizei",
        ),
        (
            "es",
            "Seg\u{fa}n el Ministerio de Sanidad, 40 cl\u{ed}nicas cerrar\u{e1}n en junio.",
            "40 cl\u{ed}nicas",
            "Ministerio de Sanidad",
        ),
    ];
    for (lang, text, content, speaker) in cases {
        let a = draft_in(lang, text);
        let (name, kind) = who(&a, content);
        assert_eq!(kind, PassageKind::Paraphrase, "{lang}: {text}");
        assert!(
            name.to_lowercase().contains(&speaker.to_lowercase()),
            "{lang}: {name:?} for {speaker:?}"
        );
    }
}

#[test]
fn a_quoted_fragment_inside_indirect_speech_is_direct() {
    let a = draft_in(
        "en",
        "Prosecutor Daniel Osei said the verdict showed that \u{201c}no one is above the law.\u{201d}",
    );
    assert_eq!(
        who(&a, "the verdict showed"),
        ("Daniel Osei".into(), PassageKind::Paraphrase)
    );
    assert_eq!(
        who(&a, "no one is above"),
        ("Daniel Osei".into(), PassageKind::Direct)
    );
    let (_, p) = a
        .passages()
        .find(|(_, p)| p.text.contains("no one"))
        .unwrap();
    assert!(p
        .reason
        .as_deref()
        .unwrap()
        .contains("inside indirect speech"));
}

// ---- Speakers ----

#[test]
fn appositions_give_the_role_either_way() {
    let a = draft_in(
        "en",
        "\u{201c}This is illegal,\u{201d} Maria Zakharova, the Foreign Ministry's spokeswoman, said.\n\n\u{201c}We disagree,\u{201d} said Foreign Ministry spokesman Igor Petrov.",
    );
    let role = |name: &str| {
        a.voices
            .iter()
            .find(|v| v.name == name)
            .unwrap()
            .role
            .clone()
    };
    assert_eq!(
        role("Maria Zakharova"),
        "the Foreign Ministry's spokeswoman"
    );
    assert_eq!(role("Igor Petrov"), "Foreign Ministry spokesman");
}

#[test]
fn surname_title_and_pronoun_resolve_to_one_voice() {
    let a = draft_in(
        "en",
        "Finance Minister Laura Chen said the budget was balanced.\n\n\u{201c}We kept our promise,\u{201d} Chen said.\n\n\u{201c}Nobody believed us,\u{201d} the minister added.\n\n\u{201c}Now they do,\u{201d} she said.",
    );
    for needle in ["the budget", "We kept", "Nobody believed", "Now they do"] {
        assert_eq!(said_by(&a, needle), "Laura Chen", "{needle}");
    }
    assert_eq!(
        a.voices
            .iter()
            .filter(|v| v.kind == VoiceKind::Person)
            .count(),
        1
    );
}

#[test]
fn pronouns_follow_gender_from_titles_and_earlier_pronouns() {
    let a = draft_in(
        "en",
        "Ms. Okafor, the union leader, met Mr. Brandt on Sunday.\n\n\u{201c}Nobody wins a strike,\u{201d} said Henrik Brandt.\n\n\u{201c}We asked for what we are owed,\u{201d} Grace Okafor said.\n\n\u{201c}We did not ask for charity,\u{201d} she added.\n\n\u{201c}The port can afford it,\u{201d} he said.",
    );
    assert_eq!(said_by(&a, "charity"), "Grace Okafor");
    assert_eq!(said_by(&a, "afford it"), "Henrik Brandt");
    let a = draft_in(
        "fr",
        "La ministre Claire Dubois a rencontr\u{e9} le maire Luc Fontaine.\n\n\u{ab} Nous agirons \u{bb}, a-t-elle promis.\n\n\u{ab} Il \u{e9}tait temps \u{bb}, a r\u{e9}pondu le maire.",
    );
    assert_eq!(said_by(&a, "Nous agirons"), "Claire Dubois");
    assert_eq!(said_by(&a, "Il \u{e9}tait temps"), "Luc Fontaine");
}

#[test]
fn organisations_are_collective_voices() {
    let a = draft_in(
        "en",
        "The Kremlin said the talks had been useful. Police said two people were arrested.",
    );
    let kind = |needle: &str| {
        let name = said_by(&a, needle);
        a.voices.iter().find(|v| v.name == name).unwrap().kind
    };
    assert_eq!(kind("the talks had"), VoiceKind::Collective);
    assert_eq!(kind("two people"), VoiceKind::Collective);
}

#[test]
fn a_paragraph_all_quote_belongs_to_the_previous_speaker() {
    let a = draft_in(
        "en",
        "\u{201c}I've got a mortgage,\u{201d} said crane operator Tom Hale.\n\n\u{201c}The younger guys were ready to hold out for months. I wasn't.\u{201d}",
    );
    assert_eq!(said_by(&a, "younger guys"), "Tom Hale");
    let (_, p) = a
        .passages()
        .find(|(_, p)| p.text.contains("younger"))
        .unwrap();
    assert!(p.reason.as_deref().unwrap().contains("previous paragraph"));
}

#[test]
fn anonymous_sources_are_their_own_voices() {
    let a = draft_in(
        "en",
        "A source close to the talks said the last obstacle was night-shift pay. Officials said a deal was near.",
    );
    let source = said_by(&a, "the last obstacle");
    let voice = a.voices.iter().find(|v| v.name == source).unwrap();
    assert_eq!(voice.name, "A source close to the talks");
    assert!(voice.role.contains("anonymous"));
    assert_ne!(said_by(&a, "a deal was near"), source);
}

#[test]
fn what_cannot_be_resolved_goes_to_the_unidentified_speaker() {
    let a = draft_in(
        "en",
        "\u{201c}We will not give up the fight for these jobs,\u{201d} he said.",
    );
    let (_, p) = a
        .passages()
        .find(|(_, p)| p.kind == PassageKind::Direct)
        .unwrap();
    assert_eq!(p.voice, "unidentified-speaker");
    assert!(p.confidence.unwrap() < 50);
    let voice = &a.voices[a.voice_index("unidentified-speaker").unwrap()];
    assert_eq!(voice.name, "Unidentified speaker");
}

#[test]
fn the_voice_name_is_the_fullest_form_and_the_id_a_stable_slug() {
    let a = draft_in(
        "de",
        "\u{201e}Wir sind bereit\u{201c}, sagte Sacharowa.\n\nAu\u{df}enamtssprecherin Maria Sacharowa sagte, die Lage sei ernst.",
    );
    let v = a
        .voices
        .iter()
        .find(|v| v.kind == VoiceKind::Person)
        .unwrap();
    assert_eq!(v.name, "Maria Sacharowa");
    assert_eq!(v.id, "maria-sacharowa");
    let again = draft_in(
        "de",
        "Au\u{df}enamtssprecherin Maria Sacharowa sagte, die Lage sei ernst.",
    );
    assert_eq!(again.voices[0].id, "maria-sacharowa");
    let accents = draft_in(
        "fr",
        "Le ministre Fran\u{e7}ois L\u{e9}v\u{ea}que a d\u{e9}clar\u{e9} que tout allait bien.",
    );
    assert_eq!(accents.voices[0].id, "francois-leveque");
}

#[test]
fn every_attributed_passage_has_a_confidence_and_a_reason() {
    let a = draft_in(
        "en",
        "\u{201c}We will rebuild,\u{201d} Mayor Ana Silva said. She said the money was there.",
    );
    for (_, p) in a.passages() {
        if p.kind == PassageKind::Narration {
            assert_eq!((p.confidence, p.reason.as_deref()), (None, None));
        } else {
            assert!(p.confidence.is_some_and(|c| c <= 100));
            assert!(!p.reason.as_deref().unwrap_or("").is_empty());
        }
    }
    let (_, q) = a
        .passages()
        .find(|(_, p)| p.kind == PassageKind::Direct)
        .unwrap();
    assert_eq!(q.reason.as_deref(), Some("paired quotes, named cue after"));
    let (_, para) = a
        .passages()
        .find(|(_, p)| p.kind == PassageKind::Paraphrase)
        .unwrap();
    assert!(para
        .reason
        .as_deref()
        .unwrap()
        .contains("pronoun resolved to Ana Silva"));
}

// ---- Metadata, language, limits ----

#[test]
fn metadata_comes_from_options_and_nothing_is_invented() {
    let text = "Port strike ends\n\nDockworkers voted to end the strike, the union said.";
    let bare = import(text, &ImportOptions::default()).unwrap().article;
    assert_eq!(bare.meta.title, "", "no title unless asked");
    assert!(bare.meta.date.is_missing());
    assert_eq!(bare.source.url, "");
    assert_eq!(bare.source.description, "");
    assert_eq!(bare.source.outlet, "the outlet");
    assert_eq!(bare.paragraphs.len(), 2);
    let note = &bare.notes[0].text;
    assert!(
        note.contains("Not given: title, date, original link, description of the outlet"),
        "{note}"
    );

    let options = ImportOptions {
        title_line: true,
        outlet: Some("Harbour City Wire".into()),
        url: Some("https://example.org/port".into()),
        date: Some("2031-03-03".into()),
        ..ImportOptions::default()
    };
    let full = import(text, &options).unwrap().article;
    assert_eq!(full.meta.title, "Port strike ends");
    assert_eq!(full.paragraphs.len(), 1);
    assert_eq!(full.meta.date.value, "2031-03-03");
    assert!(!full.meta.date.year_inferred);
    assert_eq!(full.source.url, "https://example.org/port");
    let outlet = full
        .voices
        .iter()
        .find(|v| v.kind == VoiceKind::Outlet)
        .unwrap();
    assert_eq!(
        (outlet.id.as_str(), outlet.name.as_str()),
        ("harbour-city-wire", "Harbour City Wire")
    );
    let json = serde_json::to_string(&full).unwrap();
    assert!(
        Article::parse(&json).is_ok(),
        "the draft round-trips through the validator"
    );
}

#[test]
fn bad_options_name_their_field() {
    let bad = |options: ImportOptions| import("Some text here.", &options).unwrap_err().to_string();
    assert!(bad(ImportOptions {
        url: Some("javascript:alert(1)".into()),
        ..Default::default()
    })
    .starts_with("url: "));
    assert!(bad(ImportOptions {
        date: Some("2031-02-30".into()),
        ..Default::default()
    })
    .starts_with("date: "));
    assert!(bad(ImportOptions {
        language: Some("en us".into()),
        ..Default::default()
    })
    .starts_with("language: "));
    assert!(bad(ImportOptions {
        outlet: Some("  ".into()),
        ..Default::default()
    })
    .starts_with("outlet: "));
}

#[test]
fn the_language_is_detected_and_other_languages_use_quotation_marks_alone() {
    let fr = import(
        "Le gouvernement a annonc\u{e9} mercredi un plan pour les h\u{f4}pitaux. \u{ab} C'est une \u{e9}tape importante pour les patients \u{bb}, a d\u{e9}clar\u{e9} la ministre.",
        &ImportOptions::default(),
    )
    .unwrap();
    assert_eq!(
        (fr.language.as_str(), fr.detected, fr.full_rules),
        ("fr", true, true)
    );

    let text = "\u{ab}\u{41c}\u{44b} \u{433}\u{43e}\u{442}\u{43e}\u{432}\u{44b} \u{43a} \u{43f}\u{435}\u{440}\u{435}\u{433}\u{43e}\u{432}\u{43e}\u{440}\u{430}\u{43c}\u{bb}, \u{437}\u{430}\u{44f}\u{432}\u{438}\u{43b} \u{43c}\u{438}\u{43d}\u{438}\u{441}\u{442}\u{440} \u{432} \u{43f}\u{44f}\u{442}\u{43d}\u{438}\u{446}\u{443} \u{432}\u{435}\u{447}\u{435}\u{440}\u{43e}\u{43c}.";
    let ru = import(text, &ImportOptions::default()).unwrap();
    assert_eq!(ru.language, "ru");
    assert!(!ru.full_rules);
    let a = &ru.article;
    let (_, quote) = a
        .passages()
        .find(|(_, p)| p.kind == PassageKind::Direct)
        .expect("the quote is found");
    assert_eq!(quote.voice, "unidentified-speaker");
    assert!(quote
        .reason
        .as_deref()
        .unwrap()
        .contains("quotation marks only"));
    assert!(a.notes[0].text.contains("quotation marks alone"));
}

#[test]
fn bad_input_gets_a_clear_error() {
    let none = ImportOptions::default();
    assert_eq!(import("", &none).unwrap_err(), ImportError::Empty);
    assert_eq!(import(" \n\t\n ", &none).unwrap_err(), ImportError::Empty);
    assert!(matches!(
        import("text\u{0}\u{1}", &none),
        Err(ImportError::Binary { offset: 4 })
    ));
    let huge = "word ".repeat(MAX_IMPORT_BYTES / 5 + 1);
    assert!(matches!(
        import(&huge, &none),
        Err(ImportError::TooLarge { .. })
    ));
    let err = article_import::import_bytes(b"caf\xe9", &none).unwrap_err();
    assert_eq!(
        err.to_string(),
        "the input is not UTF-8 text (invalid byte at offset 3)"
    );
    let title_only = ImportOptions {
        title_line: true,
        ..ImportOptions::default()
    };
    assert_eq!(
        import("Just a title", &title_only).unwrap_err(),
        ImportError::Empty
    );
}

#[test]
fn markup_and_script_like_text_are_kept_as_text() {
    let text = "<script>alert(1)</script> \u{201c}<b>Bold</b> words here,\u{201d} said Ana Silva.";
    let a = draft_in("en", text);
    assert!(a.paragraph_text(0).starts_with("<script>alert(1)</script>"));
}

// ---- The seed ----

#[test]
fn the_seed_drafts_close_to_its_hand_annotation() {
    use article_import::score::{score, source_text};
    let gold = article_model::builtin_article().unwrap();
    let options = ImportOptions {
        title_line: true,
        ..ImportOptions::default()
    };
    let draft = import(&source_text(&gold), &options).unwrap().article;
    let s = score(&draft, &gold);
    assert_eq!(s.faithful, 1);
    assert_eq!(s.matched_03, s.gold, "every quote of the seed is found");
    assert_eq!(s.speaker_right, s.gold, "and given to the right voice");
    assert!(draft
        .voices
        .iter()
        .any(|v| v.name == "Maria Zakharova" && v.role == "Russian Foreign Ministry spokeswoman"));
}

#[test]
fn a_parenthesis_and_a_bare_weekday_do_not_hide_the_cue() {
    let a = draft_in(
        "en",
        "Sen. Ann Lee (D-Mass.) said Tuesday that the bill would pass.",
    );
    assert_eq!(
        who(&a, "the bill would pass"),
        ("Ann Lee".into(), PassageKind::Paraphrase)
    );
}

#[test]
fn a_title_describes_the_last_speaker_when_the_text_gave_them_no_role() {
    let a = draft_in(
        "en",
        "\u{201c}We have the votes,\u{201d} Ann Lee said.\n\n\u{201c}It is done,\u{201d} the senator added.",
    );
    assert_eq!(said_by(&a, "It is done"), "Ann Lee");
    let (_, p) = a
        .passages()
        .find(|(_, p)| p.text.contains("It is done"))
        .unwrap();
    assert!(p.confidence.unwrap() <= 50, "a guess says so");
}
