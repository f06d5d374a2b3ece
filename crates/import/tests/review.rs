//! What the editor's review sees: a reporting cue left with nothing attributed to it is flagged
//! (so that a missed quote can be found), a cue beside its quote is not, and the scores count
//! the review cost at the editor's threshold.
#![cfg(not(target_arch = "wasm32"))]

use article_import::score::{score, QuoteKind};
use article_import::{import, is_doubtful, ImportOptions, DOUBT_BELOW};
use article_model::{Article, PassageKind};

fn draft(text: &str, lang: &str) -> Article {
    let options = ImportOptions {
        language: Some(lang.to_string()),
        ..ImportOptions::default()
    };
    import(text, &options).unwrap().article
}

fn flagged_narration(article: &Article) -> Vec<(String, String)> {
    article
        .passages()
        .filter(|(_, p)| p.kind == PassageKind::Narration && is_doubtful(p))
        .map(|(_, p)| (p.text.clone(), p.reason.clone().unwrap_or_default()))
        .collect()
}

#[test]
fn a_reporting_cue_with_nothing_attributed_is_flagged_with_the_cue_in_the_reason() {
    for (text, lang, cue) in [
        (
            "The port reopened on Monday. Nothing else was announced in the notice.",
            "en",
            "announced",
        ),
        (
            "Le port a rouvert lundi. Rien d'autre n'a été déclaré dans l'avis.",
            "fr",
            "déclaré",
        ),
        (
            "Der Hafen wurde am Montag wieder geöffnet. Mehr wurde nicht erklärt.",
            "de",
            "erklärt",
        ),
        (
            "El puerto reabrió el lunes. Nada más fue anunciado en el aviso.",
            "es",
            "anunciado",
        ),
    ] {
        let a = draft(text, lang);
        let flags = flagged_narration(&a);
        assert_eq!(flags.len(), 1, "{text}: {flags:?}");
        assert!(flags[0].1.contains(cue), "{text}: {}", flags[0].1);
    }
}

#[test]
fn a_cue_beside_its_quote_is_not_flagged() {
    for (text, lang) in [
        (
            "\u{201c}We will rebuild the bridge,\u{201d} Mayor Ana Silva said on Monday.",
            "en",
        ),
        (
            "\u{ab} Nous reconstruirons le pont \u{bb}, a déclaré lundi la maire Ana Silva.",
            "fr",
        ),
        (
            "\u{201e}Wir bauen die Brücke wieder auf\u{201c}, sagte Bürgermeisterin Ana Silva.",
            "de",
        ),
        (
            "\u{ab}Reconstruiremos el puente\u{bb}, dijo el lunes la alcaldesa Ana Silva.",
            "es",
        ),
    ] {
        assert!(flagged_narration(&draft(text, lang)).is_empty(), "{text}");
    }
}

#[test]
fn the_review_cost_counts_wrong_attributions_below_the_threshold() {
    let text = "\u{201c}We will rebuild the bridge,\u{201d} Mayor Ana Silva said on Monday.";
    let mut drafted = draft(text, "en");
    // The gold gives the quote to someone else: the draft's attribution is wrong.
    let mut gold = drafted.clone();
    let quote = gold.paragraphs[0]
        .passages
        .iter_mut()
        .find(|p| p.kind == PassageKind::Direct)
        .unwrap();
    let mut other = gold.voices[0].clone();
    other.id = "someone-else".into();
    other.name = "Someone Else".into();
    other.short_name = "Else".into();
    quote.voice = other.id.clone();
    gold.voices.push(other);

    let sure = score(&drafted, &gold);
    assert_eq!((sure.wrong, sure.wrong_doubtful), (1, 0));
    assert_eq!((sure.attributed, sure.attributed_doubtful), (1, 0));
    let direct = QuoteKind::Direct as usize;
    assert_eq!(sure.kind_gold[direct], 1);
    assert_eq!(sure.kind_found[direct], 1);
    assert_eq!(sure.kind_speaker_right[direct], 0);

    // Below the editor's threshold, the same wrong attribution is one the review shows.
    for p in drafted.paragraphs[0].passages.iter_mut() {
        if p.kind == PassageKind::Direct {
            p.confidence = Some(DOUBT_BELOW - 1);
        }
    }
    let doubted = score(&drafted, &gold);
    assert_eq!((doubted.wrong, doubted.wrong_doubtful), (1, 1));
    assert_eq!(doubted.attributed_flagged(), 1.0);
    assert_eq!(doubted.wrong_flagged(), 1.0);
}

fn passages_with(article: &Article, needle: &str) -> Vec<(u8, String, String)> {
    article
        .passages()
        .filter(|(_, p)| p.kind != PassageKind::Narration && p.text.contains(needle))
        .map(|(_, p)| {
            (
                p.confidence.unwrap_or(0),
                p.reason.clone().unwrap_or_default(),
                p.voice.clone(),
            )
        })
        .collect()
}

#[test]
fn a_named_speaker_at_an_explicit_cue_is_not_flagged() {
    let a = draft(
        "The council met on Monday.\n\n\u{201c}We will rebuild the bridge before winter,\u{201d} Mayor Ana Silva said.",
        "en",
    );
    let found = passages_with(&a, "rebuild");
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].0 >= DOUBT_BELOW, "{found:?}");
}

#[test]
fn a_pronoun_with_two_candidates_the_text_does_not_tell_apart_is_flagged() {
    // Two women named together, neither having spoken: nothing says which one "she" is.
    let a = draft(
        "Ms Lena Odum and Ms Ines Varga inspected the plant on Monday.\n\n\u{201c}The pumps failed twice this year,\u{201d} she said.",
        "en",
    );
    let found = passages_with(&a, "pumps");
    assert_eq!(found.len(), 1, "{found:?}");
    let (confidence, reason, _) = &found[0];
    assert!(*confidence < DOUBT_BELOW, "{found:?}");
    assert!(reason.contains("check the speaker"), "{reason}");
}

#[test]
fn a_tie_broken_only_by_a_given_names_usual_gender_is_taken_and_flagged() {
    // The text never says Maria Costa is a woman; only her given name suggests it. The
    // importer takes that tie-break, but the editor is told to check it.
    let a = draft(
        "Maria Costa and Peter Brandt met the unions on Monday.\n\nPeter Brandt left early. \u{201c}The deal is not done,\u{201d} she said.",
        "en",
    );
    let found = passages_with(&a, "deal");
    assert_eq!(found.len(), 1, "{found:?}");
    let (confidence, reason, voice) = &found[0];
    assert_eq!(voice, "maria-costa", "{found:?}");
    assert!(*confidence < DOUBT_BELOW, "{found:?}");
    assert!(reason.contains("usual gender of a given name"), "{reason}");

    // Where the text states the gender ("Ms Costa"), no tie-break is needed.
    let a = draft(
        "Ms Maria Costa and Peter Brandt met the unions on Monday.\n\nPeter Brandt left early. \u{201c}The deal is not done,\u{201d} she said.",
        "en",
    );
    let found = passages_with(&a, "deal");
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(!found[0].1.contains("given name"), "{found:?}");
}

#[test]
fn the_committed_confidence_model_loads_and_names_every_feature() {
    use article_import::confidence::{Model, FEATURES, MODEL_FILE};
    let model = Model::parse(MODEL_FILE).expect("the committed model parses");
    assert_eq!(model.weights.len(), FEATURES.len());
    assert!(0.0 < model.threshold && model.threshold < 1.0);
    for (name, _) in FEATURES {
        assert!(
            MODEL_FILE
                .lines()
                .any(|l| l.split_whitespace().next() == Some(*name)),
            "the model file has no weight for {name}: refit with `score-import --fit-confidence`"
        );
    }
    // What `to_file` writes, `parse` reads back as the same model.
    assert_eq!(Model::parse(&model.to_file("header", &[])).unwrap(), model);
    assert!(Model::parse("threshold 2\n").is_err());
    assert!(Model::parse("no_such_feature 1\nthreshold 0.5\n").is_err());
}

#[test]
fn the_model_maps_its_operating_point_onto_the_editors_threshold() {
    use article_import::confidence::{Model, FEATURES};
    let bias = |z: f64| {
        let mut weights = vec![0.0; FEATURES.len()];
        weights[0] = z;
        Model {
            weights,
            threshold: 0.3,
        }
    };
    let mut x = vec![0.0; FEATURES.len()];
    x[0] = 1.0;
    // logistic(z) against the threshold 0.3: above it is doubt, below it is not.
    let (above, why) = bias(0.0).judge(&x);
    assert!(above < DOUBT_BELOW && why.is_some(), "{above}");
    let (below, why) = bias(-2.0).judge(&x);
    assert!(below >= DOUBT_BELOW && why.is_none(), "{below}");
    // More doubt, less confidence.
    assert!(bias(2.0).judge(&x).0 <= above);
}

#[test]
fn words_in_quotation_marks_left_as_narration_are_flagged() {
    // Two words in quotation marks are too short to be drafted as a quote with no cue, but
    // they may be someone's: the editor is pointed to them.
    let a = draft(
        "The plan was shelved on Monday after months of \u{201c}deep concern\u{201d} in the villages.",
        "en",
    );
    let flags = flagged_narration(&a);
    assert_eq!(flags.len(), 1, "{flags:?}");
    assert!(flags[0].1.contains("deep concern"), "{}", flags[0].1);
}

/// Each claim carries the typed route of the rule that made it, and `confidence::features`
/// turns it into one route feature: every attributed passage of the development corpus, as
/// drafted and tiled, must land on exactly one.
#[test]
fn every_attributed_passage_of_the_development_corpus_has_one_route() {
    use article_import::confidence::{Model, FEATURES};
    let routes: Vec<usize> = FEATURES
        .iter()
        .enumerate()
        .filter(|(_, (name, _))| name.starts_with("route_"))
        .map(|(i, _)| i)
        .collect();
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/import/dev");
    let mut seen = 0;
    for lang in ["en", "fr", "de", "es"] {
        for entry in std::fs::read_dir(format!("{root}/{lang}")).unwrap() {
            let path = entry.unwrap().path();
            let gold = Article::parse(&std::fs::read_to_string(&path).unwrap()).unwrap();
            let text = article_import::score::source_text(&gold);
            let options = ImportOptions {
                language: Some(lang.into()),
                ..ImportOptions::default()
            };
            let (_, features) =
                article_import::import_with(&text, &options, &Model::builtin()).unwrap();
            for x in features.iter().flatten().flatten() {
                let on = routes.iter().filter(|&&i| x[i] != 0.0).count();
                assert_eq!(on, 1, "{}: a passage with {on} routes", path.display());
                seen += 1;
            }
        }
    }
    assert!(seen > 400, "{seen} attributed passages");
}

/// The review cost's other half: a reporting cue left in narration, where the gold has the
/// paraphrase the importer missed, counts as a missed quote that a flag points to (and as a
/// flagged narration passage); the same miss without the flag is not pointed to.
#[test]
fn the_review_cost_counts_a_said_left_in_narration_as_a_missed_quote_flagged() {
    use article_model::{Voice, VoiceKind};
    for (text, lang) in [
        (
            "The port reopened on Monday. Nothing else was said about the bridge.",
            "en",
        ),
        (
            "Le port a rouvert lundi. Rien d'autre n'a été déclaré sur le pont.",
            "fr",
        ),
        (
            "Der Hafen wurde am Montag wieder geöffnet. Mehr wurde zur Brücke nicht gesagt.",
            "de",
        ),
        (
            "El puerto reabrió el lunes. Nada más fue dicho sobre el puente.",
            "es",
        ),
    ] {
        let drafted = draft(text, lang);
        assert!(
            drafted
                .passages()
                .all(|(_, p)| p.kind == PassageKind::Narration),
            "{text}: the draft attributes nothing"
        );
        assert_eq!(flagged_narration(&drafted).len(), 1, "{text}");
        // The gold gives the flagged sentence to a speaker: a paraphrase the draft missed.
        let mut gold = drafted.clone();
        gold.voices.push(Voice {
            id: "harbour-master".into(),
            name: "Harbour Master".into(),
            short_name: "Master".into(),
            role: String::new(),
            kind: VoiceKind::Person,
        });
        for p in gold
            .paragraphs
            .iter_mut()
            .flat_map(|p| p.passages.iter_mut())
        {
            if is_doubtful(p) {
                p.kind = PassageKind::Paraphrase;
                p.voice = "harbour-master".into();
                p.confidence = None;
                p.reason = None;
            }
        }
        let counts = score(&drafted, &gold);
        assert_eq!((counts.missed, counts.missed_doubtful), (1, 1), "{text}");
        assert_eq!(counts.narration_doubtful, 1, "{text}");
        assert_eq!(counts.missed_flagged(), 1.0, "{text}");
        assert_eq!((counts.attributed, counts.wrong), (0, 0), "{text}");
        // Without the flag, the same miss is one the review does not point to.
        let mut unflagged = drafted.clone();
        for p in unflagged
            .paragraphs
            .iter_mut()
            .flat_map(|p| p.passages.iter_mut())
        {
            p.confidence = None;
        }
        let counts = score(&unflagged, &gold);
        assert_eq!((counts.missed, counts.missed_doubtful), (1, 0), "{text}");
        assert_eq!(counts.narration_doubtful, 0, "{text}");
    }
}
