//! The editor's commands on a real draft (the seed's plain text through the importer): each
//! correction a journalist makes, undo and redo, and the fidelity rule after every step, also
//! over random sequences of commands.
#![cfg(not(target_arch = "wasm32"))]

use article_viewer::edit::{Command, Editor};
use article_viewer::import::score::source_text;
use article_viewer::import::{import, ImportOptions};
use article_viewer::model::{builtin_article, Article, PassageKind, VoiceKind};
use proptest::prelude::*;

fn seed_draft() -> Article {
    let gold = builtin_article().unwrap();
    let options = ImportOptions {
        title_line: true,
        outlet: Some("Radio Habana Cuba".into()),
        ..ImportOptions::default()
    };
    import(&source_text(&gold), &options).unwrap().article
}

fn texts(article: &Article) -> Vec<String> {
    (0..article.paragraphs.len())
        .map(|p| article.paragraph_text(p))
        .collect()
}

/// Fidelity and shape: the words never change, no passage is blank, narration is the outlet's.
fn assert_sound(before: &[String], article: &Article) {
    assert_eq!(texts(article), before, "paragraph text changed");
    for (_, p) in article.passages() {
        assert!(!p.text.trim().is_empty(), "blank passage {p:?}");
        let voice = &article.voices[article.voice_index(&p.voice).expect("known voice")];
        assert_eq!(
            p.kind == PassageKind::Narration,
            voice.kind == VoiceKind::Outlet
        );
    }
}

fn offset_of(article: &Article, p: usize, needle: &str) -> (usize, usize) {
    let start = article.paragraph_text(p).find(needle).unwrap();
    (start, start + needle.len())
}

#[test]
fn reassign_a_selection_then_undo_and_redo() {
    let draft = seed_draft();
    let before = texts(&draft);
    let mut editor = Editor::new(draft.clone());
    // The importer gives Syria's paraphrase to Syria; say a reader wants it as Russia's.
    let (start, end) = offset_of(&draft, 2, "the U.S. military presence in the country as ");
    editor
        .apply(Command::Assign {
            paragraph: 2,
            start,
            end,
            voice: "russia".into(),
            kind: PassageKind::Paraphrase,
        })
        .unwrap();
    assert_sound(&before, &editor.article);
    let (_, p) = editor
        .article
        .passages()
        .find(|(_, p)| p.text == "the U.S. military presence in the country as ")
        .unwrap();
    assert_eq!((p.voice.as_str(), p.confidence), ("russia", None));
    assert!(editor.undo());
    assert_eq!(*editor.article, draft);
    assert!(editor.redo());
    assert_eq!(
        editor.article.paragraphs[2]
            .passages
            .iter()
            .filter(|p| p.voice == "russia")
            .count(),
        1
    );
    assert!(!editor.redo(), "nothing more to redo");
}

#[test]
fn refusals_name_the_field_and_change_nothing() {
    let draft = seed_draft();
    let mut editor = Editor::new(draft.clone());
    let err = |editor: &mut Editor, c: Command| editor.apply(c).unwrap_err().to_string();
    assert!(err(
        &mut editor,
        Command::Assign {
            paragraph: 0,
            start: 3,
            end: 3,
            voice: "russia".into(),
            kind: PassageKind::Direct
        }
    )
    .starts_with("selection:"));
    assert!(err(
        &mut editor,
        Command::Assign {
            paragraph: 0,
            start: 0,
            end: 5,
            voice: "nobody".into(),
            kind: PassageKind::Direct
        }
    )
    .starts_with("voice:"));
    assert!(err(
        &mut editor,
        Command::Assign {
            paragraph: 0,
            start: 0,
            end: 5,
            voice: "russia".into(),
            kind: PassageKind::Narration
        }
    )
    .starts_with("kind:"));
    assert!(err(
        &mut editor,
        Command::Assign {
            paragraph: 99,
            start: 0,
            end: 5,
            voice: "russia".into(),
            kind: PassageKind::Direct
        }
    )
    .starts_with("paragraph:"));
    assert!(err(
        &mut editor,
        Command::AddVoice {
            name: "  ".into(),
            short_name: String::new(),
            role: String::new(),
            kind: VoiceKind::Person
        }
    )
    .starts_with("voices.name:"));
    assert!(err(
        &mut editor,
        Command::MergeVoices {
            from: "radio-habana-cuba".into(),
            into: "russia".into()
        }
    )
    .starts_with("voices:"));
    assert!(err(
        &mut editor,
        Command::Split {
            paragraph: 1,
            passage: 0,
            at: 0
        }
    )
    .starts_with("split:"));
    assert_eq!(*editor.article, draft);
    assert!(!editor.can_undo());
}

#[test]
fn add_rename_and_merge_voices() {
    let draft = seed_draft();
    let before = texts(&draft);
    let mut editor = Editor::new(draft);
    editor
        .apply(Command::AddVoice {
            name: "Damascus government".into(),
            short_name: String::new(),
            role: "the Syrian government, speaking as a body".into(),
            kind: VoiceKind::Collective,
        })
        .unwrap();
    let added = editor.article.voices.last().unwrap().clone();
    assert_eq!(
        (added.id.as_str(), added.short_name.as_str()),
        ("damascus-government", "government")
    );
    assert!(
        editor.errors().is_empty(),
        "an unused new voice is not an error while editing: {:?}",
        editor.errors()
    );

    // Rename before publishing: the id follows the name.
    editor
        .apply(Command::EditVoice {
            id: "damascus-government".into(),
            name: "Syrian government".into(),
            short_name: "Damascus".into(),
            role: added.role.clone(),
            kind: VoiceKind::Collective,
        })
        .unwrap();
    assert!(editor.article.voice_index("syrian-government").is_some());

    // Merge Syria into it: every passage moves, Syria goes.
    let syria_passages = editor
        .article
        .passages()
        .filter(|(_, p)| p.voice == "syria")
        .count();
    assert!(syria_passages > 0);
    editor
        .apply(Command::MergeVoices {
            from: "syria".into(),
            into: "syrian-government".into(),
        })
        .unwrap();
    assert!(editor.article.voice_index("syria").is_none());
    assert_sound(&before, &editor.article);

    // Once exported, the id is kept through a rename (it may be in links).
    let exported = editor.export().expect("the export validates");
    assert!(exported.voice_index("syrian-government").is_some());
    editor
        .apply(Command::EditVoice {
            id: "syrian-government".into(),
            name: "Government of Syria".into(),
            short_name: "Syria".into(),
            role: String::new(),
            kind: VoiceKind::Collective,
        })
        .unwrap();
    let v = &editor.article.voices[editor.article.voice_index("syrian-government").unwrap()];
    assert_eq!(v.name, "Government of Syria");
}

#[test]
fn split_and_merge_passages() {
    let draft = seed_draft();
    let before = texts(&draft);
    let mut editor = Editor::new(draft);
    let n = editor.article.paragraphs[5].passages.len();
    let at = editor.article.paragraphs[5].passages[0]
        .text
        .find(". ")
        .unwrap()
        + 1;
    editor
        .apply(Command::Split {
            paragraph: 5,
            passage: 0,
            at,
        })
        .unwrap();
    assert_eq!(editor.article.paragraphs[5].passages.len(), n + 1);
    editor
        .apply(Command::Merge {
            paragraph: 5,
            passage: 0,
        })
        .unwrap();
    assert_eq!(editor.article.paragraphs[5].passages.len(), n);
    assert_sound(&before, &editor.article);
    assert!(editor
        .apply(Command::Merge {
            paragraph: 5,
            passage: n - 1
        })
        .is_err());
}

#[test]
fn export_leaves_out_unused_voices_and_validates() {
    let mut editor = Editor::new(seed_draft());
    editor
        .apply(Command::AddVoice {
            name: "Nobody yet".into(),
            short_name: String::new(),
            role: String::new(),
            kind: VoiceKind::Person,
        })
        .unwrap();
    let article = editor.export().unwrap();
    assert!(article.voice_index("nobody-yet").is_none());
    let json = serde_json::to_string(&article).unwrap();
    assert!(Article::parse(&json).is_ok());
}

fn command(article: &Article, seed: (u8, usize, usize, usize, usize)) -> Command {
    let (which, a, b, c, d) = seed;
    let p = a % article.paragraphs.len();
    let len = article.paragraph_text(p).len().max(1);
    let voices: Vec<&str> = article.voices.iter().map(|v| v.id.as_str()).collect();
    let voice = voices[c % voices.len()].to_string();
    let kind = [
        PassageKind::Direct,
        PassageKind::Paraphrase,
        PassageKind::Narration,
    ][d % 3];
    match which % 6 {
        0 | 1 => Command::Assign {
            paragraph: p,
            start: b % len,
            end: (b % len) + 1 + c % len,
            voice,
            kind,
        },
        2 => Command::Split {
            paragraph: p,
            passage: b % 8,
            at: c % 80,
        },
        3 => Command::Merge {
            paragraph: p,
            passage: b % 8,
        },
        4 => Command::MergeVoices {
            from: voice,
            into: voices[d % voices.len()].to_string(),
        },
        _ => Command::AddVoice {
            name: format!("Speaker {b}"),
            short_name: String::new(),
            role: String::new(),
            kind: VoiceKind::Person,
        },
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    /// Any sequence of commands, accepted or refused, keeps every paragraph's words; undoing
    /// all of them gives back the draft, and redoing them gives back the result.
    #[test]
    fn random_commands_keep_the_text_and_undo_completely(seeds in proptest::collection::vec((any::<u8>(), any::<usize>(), any::<usize>(), any::<usize>(), any::<usize>()), 1..40)) {
        let draft = seed_draft();
        let before = texts(&draft);
        let mut editor = Editor::new(draft.clone());
        for seed in seeds {
            let c = command(&editor.article, seed);
            let snapshot = editor.article.clone();
            if editor.apply(c).is_err() {
                prop_assert_eq!(&editor.article, &snapshot, "a refused command changed the article");
            }
            assert_sound(&before, &editor.article);
        }
        let end = editor.article.clone();
        while editor.undo() {}
        prop_assert_eq!(&*editor.article, &draft);
        while editor.redo() {}
        prop_assert_eq!(&editor.article, &end);
    }
}
