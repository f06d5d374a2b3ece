//! Voices across articles: one corpus voice when the names agree, never a silent merge of two
//! people who share a surname, decisions that later additions respect, and gender as stated.

mod common;

use article_corpus::names::Action;
use article_model::PassageKind::{Direct, Narration, Paraphrase};
use article_model::VoiceKind::{Outlet, Person};
use common::{article, Fixture};

/// An article where `name` says one thing, with `narration` around it.
fn says(name: &str, before: &str, quote: &str, after: &str) -> article_model::Article {
    article(
        "Wire",
        "2025-05-01",
        &[("s", name, Person, ""), ("wire", "Wire", Outlet, "")],
        &[&[
            ("wire", Narration, before),
            ("s", Direct, quote),
            ("wire", Narration, after),
        ]],
    )
}

fn voice_of(f: &Fixture, article_id: &str) -> String {
    f.read()
        .connection()
        .query_row(
            "SELECT n.corpus_voice FROM article_voices v JOIN voice_names n ON n.name_key = v.name_key
             WHERE v.article_id = ?1 AND v.voice = 's'",
            [article_id],
            |r| r.get(0),
        )
        .unwrap()
}

#[test]
fn names_that_agree_after_normalisation_are_one_voice() {
    let f = Fixture::new();
    f.add_articles(&[
        (
            "a1",
            says("John Smith", "", "\"Yes.\"", " said John Smith."),
        ),
        ("a2", says("JOHN SMITH", "", "\"No.\"", " said JOHN SMITH.")),
        ("a3", says("J. Smith", "", "\"Maybe.\"", " said J. Smith.")),
        ("a4", says("José Pérez", "", "\"Sí.\"", " dijo.")),
        ("a5", says("Jose Perez", "", "\"Vale.\"", " dijo.")),
        (
            "a6",
            says("Dr. John Smith Jr.", "", "\"Later.\"", " said Dr Smith."),
        ),
    ]);
    assert_eq!(voice_of(&f, "a1"), "john-smith");
    for id in ["a2", "a3", "a6"] {
        assert_eq!(voice_of(&f, id), "john-smith", "{id}");
    }
    assert_eq!(voice_of(&f, "a4"), voice_of(&f, "a5"));
    let voices = f.read().voices().unwrap();
    let smith = voices.iter().find(|v| v.id == "john-smith").unwrap();
    assert_eq!(smith.articles, 4);
    assert_eq!(smith.name, "John Smith");
    // The match by initial is listed as a doubt, for a person to confirm or split.
    assert!(
        smith.doubts.iter().any(|d| d.contains("initial matched")),
        "{:?}",
        smith.doubts
    );
}

#[test]
fn two_people_with_one_surname_are_never_merged_silently() {
    let f = Fixture::new();
    f.add_articles(&[
        (
            "a1",
            says("John Smith", "", "\"Yes.\"", " said John Smith."),
        ),
        ("a2", says("Mary Smith", "", "\"No.\"", " said Mary Smith.")),
        ("a3", says("Smith", "", "\"Perhaps.\"", " said Smith.")),
        ("a4", says("M. Smith", "", "\"Never.\"", " said M. Smith.")),
        (
            "a5",
            says("Jane Smith", "", "\"Always.\"", " said Jane Smith."),
        ),
        ("a6", says("J. Smith", "", "\"Soon.\"", " said J. Smith.")),
    ]);
    let ids: Vec<String> = (1..=6).map(|i| voice_of(&f, &format!("a{i}"))).collect();
    assert_ne!(ids[0], ids[1], "John and Mary Smith");
    assert_ne!(ids[2], ids[0], "Smith alone joins nobody");
    assert_ne!(ids[2], ids[1]);
    assert_eq!(ids[3], ids[1], "M. Smith: only Mary fits");
    assert_ne!(ids[5], ids[0], "J. Smith could be John or Jane");
    assert_ne!(ids[5], ids[4]);
    let voices = f.read().voices().unwrap();
    let doubts: Vec<String> = voices.iter().flat_map(|v| v.doubts.clone()).collect();
    assert!(
        doubts.iter().any(|d| d.starts_with("surname alone")),
        "{doubts:?}"
    );
    assert!(
        doubts
            .iter()
            .any(|d| d.contains("could be Jane Smith or John Smith")),
        "{doubts:?}"
    );
}

#[test]
fn merge_and_split_decisions_hold_for_later_additions() {
    let f = Fixture::new();
    f.add_articles(&[
        (
            "a1",
            says("John Smith", "", "\"Yes.\"", " said John Smith."),
        ),
        ("a2", says("J. Smith", "", "\"Maybe.\"", " said J. Smith.")),
        ("a3", says("Smith", "", "\"Perhaps.\"", " said Smith.")),
    ]);
    assert_eq!(voice_of(&f, "a2"), "john-smith");
    let mut corpus = article_corpus::Corpus::open(&f.db, article_corpus::Mode::Write).unwrap();
    corpus
        .decide(Action::Split, "john-smith", "J. Smith")
        .unwrap();
    corpus.decide(Action::Merge, "smith", "john-smith").unwrap();
    drop(corpus);
    assert_ne!(voice_of(&f, "a2"), "john-smith");
    assert_eq!(voice_of(&f, "a3"), "john-smith");
    // Later articles with the same names follow the decisions.
    f.add_articles(&[
        ("b1", says("J. Smith", "", "\"Again.\"", " said J. Smith.")),
        ("b2", says("Smith", "", "\"Once more.\"", " said Smith.")),
    ]);
    assert_eq!(voice_of(&f, "b1"), voice_of(&f, "a2"));
    assert_ne!(voice_of(&f, "b1"), "john-smith");
    assert_eq!(voice_of(&f, "b2"), "john-smith");
    assert_eq!(f.count("SELECT count(*) FROM voice_decisions"), 2);
    // A name nobody has is refused with its name.
    let mut corpus = article_corpus::Corpus::open(&f.db, article_corpus::Mode::Write).unwrap();
    let err = corpus
        .decide(Action::Merge, "nobody", "john-smith")
        .unwrap_err();
    assert!(err.to_string().contains("nobody"), "{err}");
}

#[test]
fn gender_is_what_the_text_says_never_the_first_name() {
    let f = Fixture::new();
    f.add_articles(&[
        ("she", says("Mary Jones", "", "\"Yes.\"", " she said.")),
        ("he", says("Mary Jones", "", "\"No.\"", " he said.")),
        (
            "title",
            says(
                "Alex Kim",
                "Ms Kim spoke first. ",
                "\"Soon.\"",
                " said Kim.",
            ),
        ),
        (
            "silent",
            says("Mary Jones", "", "\"Maybe.\"", " said Mary Jones."),
        ),
        (
            "both",
            says("Sam Lee", "Mr Lee spoke. ", "\"Well.\"", " she said."),
        ),
    ]);
    let gender = |id: &str| -> (String, String) {
        f.read()
            .connection()
            .query_row(
                "SELECT gender, gender_basis FROM article_voices WHERE article_id = ?1 AND voice = 's'",
                [id],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .unwrap()
    };
    assert_eq!(gender("she"), ("female".into(), "she (1)".into()));
    // "Mary" does not make a woman of a speaker the text calls "he".
    assert_eq!(gender("he").0, "male");
    assert_eq!(gender("title"), ("female".into(), "Ms (1)".into()));
    assert_eq!(gender("silent"), ("not stated".into(), String::new()));
    assert_eq!(gender("both").0, "not stated");
    assert!(gender("both").1.starts_with("conflicting"));
    // Across articles that disagree, the corpus voice says so.
    let voices = f.read().voices().unwrap();
    let jones = voices.iter().find(|v| v.id == "mary-jones").unwrap();
    assert_eq!(jones.gender, "conflicting");
}

#[test]
fn pronouns_count_only_where_one_person_speaks() {
    let f = Fixture::new();
    let two = article(
        "Wire",
        "2025-05-01",
        &[
            ("a", "Ann Bell", Person, ""),
            ("b", "Bo Chan", Person, ""),
            ("wire", "Wire", Outlet, ""),
        ],
        &[&[
            ("a", Direct, "\"Yes,\""),
            (
                "wire",
                Narration,
                " said Ann Bell, and Bo Chan agreed that ",
            ),
            ("b", Paraphrase, "it was so."),
            ("wire", Narration, " He left."),
        ]],
    );
    f.add_articles(&[("two", two)]);
    let genders: Vec<String> = {
        let c = f.read();
        let mut stmt = c
            .connection()
            .prepare("SELECT gender FROM article_voices WHERE article_id = 'two' ORDER BY voice")
            .unwrap();
        stmt.query_map([], |r| r.get(0))
            .unwrap()
            .map(|r| r.unwrap())
            .collect()
    };
    assert_eq!(genders, vec!["not stated"; 3]);
}
