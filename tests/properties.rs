//! Property tests of the parser and validator: no input panics, and valid data round-trips.
#![cfg(not(target_arch = "wasm32"))]

use article_viewer::model::{Article, BUILTIN_ARTICLE_JSON};
use article_viewer::state::parse_hash;
use proptest::prelude::*;

/// Valid articles: the seed with generated voices and passages.
fn articles() -> impl Strategy<Value = Article> {
    let text = "[a-zA-Z0-9 ,.\"'<>&;:/!?\u{201c}\u{201d}\u{e9}\u{4e2d}-]{1,40}";
    (
        proptest::collection::vec(("[a-z]{1,8}", text, text), 1..6),
        proptest::collection::vec(
            proptest::collection::vec((any::<prop::sample::Index>(), any::<bool>(), text), 1..5),
            1..6,
        ),
        text,
    )
        .prop_map(|(voices, paragraphs, title)| {
            let mut a = Article::parse(BUILTIN_ARTICLE_JSON).unwrap();
            a.meta.title = format!("T{title}");
            let mut vs = vec![a.voices[5].clone()];
            for (i, (id, name, role)) in voices.into_iter().enumerate() {
                let mut v = a.voices[0].clone();
                v.id = format!("{id}-{i}");
                v.name = format!("N{name}");
                v.short_name = "S".into();
                v.role = format!("R{role}");
                vs.push(v);
            }
            a.paragraphs = paragraphs
                .into_iter()
                .map(|ps| {
                    let mut p = a.paragraphs[5].clone();
                    p.passages = ps
                        .into_iter()
                        .map(|(who, quote, text)| {
                            let mut x = a.paragraphs[0].passages[1].clone();
                            let v = &vs[who.index(vs.len())];
                            x.voice = v.id.clone();
                            x.kind = match (v.kind, quote) {
                                (article_viewer::model::VoiceKind::Outlet, _) => {
                                    article_viewer::model::PassageKind::Narration
                                }
                                (_, true) => article_viewer::model::PassageKind::Direct,
                                (_, false) => article_viewer::model::PassageKind::Paraphrase,
                            };
                            x.text = format!("w{text}");
                            x
                        })
                        .collect();
                    p
                })
                .collect();
            // Every voice needs a passage: give each one at the end.
            for v in &vs {
                let mut x = a.paragraphs[0].passages[0].clone();
                x.voice = v.id.clone();
                x.kind = if v.kind == article_viewer::model::VoiceKind::Outlet {
                    article_viewer::model::PassageKind::Narration
                } else {
                    article_viewer::model::PassageKind::Paraphrase
                };
                a.paragraphs[0].passages.push(x);
            }
            a.voices = vs;
            a.notes.clear();
            a
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn arbitrary_text_never_panics(input in ".{0,400}") {
        let _ = Article::parse(&input);
        let _ = parse_hash(&input);
    }

    #[test]
    fn mutated_seed_json_never_panics(cut in 0usize..8000, insert in "[\\[\\]{}\",:0-9a-z\\\\]{0,6}") {
        let mut json = BUILTIN_ARTICLE_JSON.to_string();
        let at = json.char_indices().map(|(i, _)| i).nth(cut % json.chars().count()).unwrap_or(0);
        json.insert_str(at, &insert);
        let _ = Article::parse(&json);
    }

    #[test]
    fn valid_articles_round_trip(article in articles()) {
        prop_assert!(article.validate().is_empty(), "{:?}", article.validate());
        let json = serde_json::to_string(&article).unwrap();
        prop_assert_eq!(Article::parse(&json).unwrap(), article);
    }
}
