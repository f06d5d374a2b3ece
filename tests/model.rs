//! The data model: the seed article's annotation, validation with field paths, derived counts.
#![cfg(not(target_arch = "wasm32"))]

use article_viewer::model::*;

fn seed() -> Article {
    builtin_article().expect("the built-in article is valid")
}

fn errors_of(json: &str) -> Vec<String> {
    Article::parse(json)
        .unwrap_err()
        .iter()
        .map(ToString::to_string)
        .collect()
}

fn mutated(edit: impl FnOnce(&mut serde_json::Value)) -> String {
    let mut value: serde_json::Value = serde_json::from_str(BUILTIN_ARTICLE_JSON).unwrap();
    edit(&mut value);
    value.to_string()
}

#[test]
fn seed_has_the_voices_an_editor_would_name() {
    let a = seed();
    let ids: Vec<&str> = a.voices.iter().map(|v| v.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "maria-zakharova",
            "sergei-lavrov",
            "james-mattis",
            "russia",
            "syria",
            "radio-habana-cuba"
        ]
    );
    let zakharova = &a.voices[0];
    assert_eq!(zakharova.role, "Russian Foreign Ministry spokeswoman");
    assert_eq!(a.voices[3].kind, VoiceKind::Collective);
    assert_eq!(a.voices[5].kind, VoiceKind::Outlet);
}

#[test]
fn pronouns_resolve_to_the_speaker_and_attributions_are_narration() {
    let a = seed();
    // "she added" follows Zakharova's second quote; "he said" follows Mattis's and Lavrov's.
    let p1 = &a.paragraphs[1].passages;
    assert_eq!(
        (p1[0].voice.as_str(), p1[0].kind),
        ("maria-zakharova", PassageKind::Direct)
    );
    assert_eq!(p1[1].text.trim(), "she added.");
    assert_eq!(p1[1].kind, PassageKind::Narration);
    let mattis_quote = a.paragraphs[2]
        .passages
        .iter()
        .find(|p| p.text.contains("The enemy"))
        .unwrap();
    assert_eq!(mattis_quote.voice, "james-mattis");
    let lavrov_quote = a.paragraphs[3]
        .passages
        .iter()
        .find(|p| p.text.contains("interesting"))
        .unwrap();
    assert_eq!(lavrov_quote.voice, "sergei-lavrov");
}

#[test]
fn every_quoted_span_is_a_direct_passage_and_no_direct_passage_lacks_quotes() {
    for (_, p) in seed().passages() {
        let t = p.text.trim();
        let quoted = t.starts_with('"') && (t.ends_with('"') || t.ends_with('\u{201d}'));
        assert_eq!(quoted, p.kind == PassageKind::Direct, "{t:?}");
    }
}

#[test]
fn the_year_is_inferred_with_a_reason() {
    let date = seed().meta.date;
    assert_eq!(date.value, "2017-11-24");
    assert!(date.year_inferred);
    assert!(date.reason.unwrap().contains("Mattis"));
    assert_eq!(date.printed, "November 24");
}

#[test]
fn counts_are_derived_once_per_voice() {
    let a = seed();
    let index = ArticleIndex::new(&a);
    let counts: Vec<usize> = index.stats.iter().map(|s| s.passages).collect();
    assert_eq!(counts.iter().sum::<usize>(), index.passage_count());
    assert_eq!(index.stats[0].direct, 2); // Zakharova: two quotes
    assert_eq!(index.stats[2].direct + index.stats[2].paraphrase, 3); // Mattis
    assert_eq!(
        index.total_words,
        a.passages()
            .map(|(_, p)| count_words(&p.text))
            .sum::<usize>()
    );
    assert_eq!(index.paragraph_passages.len(), 6);
}

#[test]
fn unknown_voice_names_the_field_path() {
    let json = mutated(|v| v["paragraphs"][3]["passages"][1]["voice"] = "lavorv".into());
    let errors = errors_of(&json);
    assert!(
        errors.contains(&r#"paragraphs[3].passages[1].voice: unknown voice "lavorv""#.to_string()),
        "{errors:?}"
    );
    // Lavrov still has his quote, so he is not reported as unused.
    assert_eq!(errors.len(), 1, "{errors:?}");
}

#[test]
fn duplicate_unused_and_malformed_voice_ids_are_reported() {
    let json = mutated(|v| {
        let mut extra = v["voices"][0].clone();
        extra["id"] = "nobody".into();
        v["voices"].as_array_mut().unwrap().push(extra);
        v["voices"][1]["id"] = "maria-zakharova".into();
    });
    let errors = errors_of(&json);
    assert!(
        errors
            .iter()
            .any(|e| e == r#"voices[1].id: duplicate voice id "maria-zakharova""#),
        "{errors:?}"
    );
    assert!(
        errors
            .iter()
            .any(|e| e == r#"voices[6]: voice "nobody" has no passages"#),
        "{errors:?}"
    );
}

#[test]
fn non_web_urls_are_refused() {
    for bad in [
        "javascript:alert(1)",
        "data:text/html,x",
        "vbscript:x",
        "/relative",
        "https://",
        "http://exa mple.com",
        "HTTPS://ok.example/\"x",
    ] {
        let json = mutated(|v| v["source"]["url"] = bad.into());
        let errors = errors_of(&json);
        assert!(
            errors.iter().any(|e| e.starts_with("source.url: ")),
            "{bad}: {errors:?}"
        );
    }
    assert!(is_web_url("https://www.radiohc.cu/en/x?y=1#z"));
    assert!(is_web_url("HTTP://127.0.0.1:8080/a"));
}

#[test]
fn dates_must_exist() {
    for (value, ok) in [
        ("2017-11-24", true),
        ("2016-02-29", true),
        ("2017-02-29", false),
        ("2017-13-01", false),
        ("24 Nov 2017", false),
        ("2017-1-24", false),
    ] {
        assert_eq!(is_iso_date(value), ok, "{value}");
    }
}

#[test]
fn type_errors_carry_the_path_and_syntax_errors_the_position() {
    let json = mutated(|v| v["paragraphs"][0]["passages"][0]["kind"] = "quote".into());
    let errors = errors_of(&json);
    assert!(
        errors[0].starts_with("paragraphs[0].passages[0].kind: unknown variant `quote`"),
        "{errors:?}"
    );
    let errors = errors_of(&BUILTIN_ARTICLE_JSON[..200]);
    assert!(
        errors[0].contains("EOF while parsing") && errors[0].contains("line"),
        "{errors:?}"
    );
}

#[test]
fn narration_belongs_to_the_outlet_only() {
    let json = mutated(|v| v["paragraphs"][1]["passages"][1]["voice"] = "maria-zakharova".into());
    let errors = errors_of(&json);
    assert!(
        errors
            .iter()
            .any(|e| e
                .starts_with("paragraphs[1].passages[1].kind: narration belongs to the outlet")),
        "{errors:?}"
    );
}

#[test]
fn words_are_counted_as_a_reader_would() {
    assert_eq!(count_words(" \"They are there,\" she added. "), 5);
    assert_eq!(count_words("UN-brokered -- talks"), 2);
    assert_eq!(
        count_words("\u{201c}Сирия\u{201d} \u{2014} \u{2026} Genève"),
        2
    );
}

#[cfg(feature = "ssr")]
#[test]
fn synthetic_articles_are_valid_deterministic_and_the_benchmark_size() {
    use article_viewer::synthetic::generate;
    let a = generate(2000, 50, 1);
    assert_eq!(a.validate(), []);
    assert_eq!(a, generate(2000, 50, 1));
    assert_ne!(a, generate(2000, 50, 2));
    let json = serde_json::to_string(&a).unwrap();
    assert!(
        (800_000..1_300_000).contains(&json.len()),
        "{} bytes",
        json.len()
    );
    assert_eq!(Article::parse(&json).unwrap(), a);
    assert_eq!(a.voices.len(), 50);
}

/// Drafts from the importer leave out what was not given; the schema accepts that, and the
/// fields added for drafts (confidence, reason) are checked.
#[test]
fn drafts_may_leave_out_title_date_link_description_and_role() {
    let json = mutated(|v| {
        v["meta"].as_object_mut().unwrap().remove("title");
        v["meta"].as_object_mut().unwrap().remove("date");
        let source = v["source"].as_object_mut().unwrap();
        for field in ["url", "description", "description_basis", "archive_url"] {
            source.remove(field);
        }
        v["voices"][0].as_object_mut().unwrap().remove("role");
        v["paragraphs"][0]["passages"][1]["confidence"] = 80.into();
        v["paragraphs"][0]["passages"][1]["reason"] =
            "indirect speech after \u{201c}says\u{201d}".into();
    });
    let article = Article::parse(&json).expect("a draft's schema");
    assert!(article.meta.date.is_missing());
    assert_eq!(article.meta.date.display(), "date not given");
    assert_eq!(article.paragraphs[0].passages[1].confidence, Some(80));
}

#[test]
fn draft_fields_are_still_checked() {
    let over = mutated(|v| v["paragraphs"][0]["passages"][0]["confidence"] = 101.into());
    assert_eq!(
        errors_of(&over),
        ["paragraphs[0].passages[0].confidence: must be a percentage from 0 to 100"]
    );
    let half = mutated(|v| {
        v["source"]
            .as_object_mut()
            .unwrap()
            .remove("description_basis");
    });
    assert_eq!(
        errors_of(&half),
        ["source.description_basis: a description and its basis go together: give both or neither"]
    );
    let printed_only = mutated(|v| v["meta"]["date"]["value"] = "".into());
    assert!(errors_of(&printed_only)[0].starts_with("meta.date.value: \"\" is not a calendar date"));
    let blank_url = mutated(|v| v["source"]["url"] = "  ".into());
    assert!(errors_of(&blank_url)
        .iter()
        .any(|e| e.starts_with("source.url: must not be empty")));
}
