//! The editor's commands on a real draft (the seed's plain text through the importer): each
//! correction a journalist makes, undo and redo, and the fidelity rule after every step, also
//! over random sequences of commands.
#![cfg(not(target_arch = "wasm32"))]

use article_viewer::edit::{Command, Editor};
use article_viewer::editor::{
    byte_offset, passage_at, trim_range, utf16_offset, Action, Said, Saved, Session,
};
use article_viewer::i18n::Message;
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

/// A random step of the editor page: a command, undo, redo, or a selection (in bytes, or in
/// the browser's UTF-16 units, anywhere).
fn action(session: &Session, seed: (u8, usize, usize, usize, usize)) -> Action {
    let article = session.article().expect("open");
    match seed.0 % 9 {
        0 => Action::Undo,
        1 => Action::Redo,
        2 => Action::Select {
            paragraph: seed.1 % article.paragraphs.len(),
            range: None,
        },
        3 => Action::SelectUtf16 {
            paragraph: seed.1 % 12,
            start: (seed.2 % 400) as u32,
            end: (seed.3 % 400) as u32,
        },
        _ => Action::Apply(
            command(article, seed),
            Message::new("edit.done.source", &[]),
        ),
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    /// The page's reducer, over any sequence of steps: the words never change, the paragraph in
    /// hand exists, a selection lies on character boundaries inside it, the revision moves
    /// exactly when the article does, and a refusal changes nothing but what is said.
    #[test]
    fn random_page_steps_keep_the_text_and_a_sound_state(seeds in proptest::collection::vec((any::<u8>(), any::<usize>(), any::<usize>(), any::<usize>(), any::<usize>()), 1..40)) {
        let draft = seed_draft();
        let before = texts(&draft);
        let mut session = Session::new(None);
        session.step(Action::Open(draft, Vec::new()));
        for seed in seeds {
            let step = action(&session, seed);
            let (article, rev) = (session.article().unwrap().clone(), session.rev);
            session.step(step);
            let now = session.article().unwrap();
            assert_sound(&before, now);
            prop_assert_eq!(session.rev != rev, !std::rc::Rc::ptr_eq(&article, now));
            if let Some(Said::Refused(_)) = &session.said {
                prop_assert!(std::rc::Rc::ptr_eq(&article, now), "a refusal changed the article");
            }
            prop_assert!(session.paragraph < now.paragraphs.len());
            if let Some((start, end)) = session.selection {
                let text = now.paragraph_text(session.paragraph);
                prop_assert!(start <= text.len() && end <= text.len());
                prop_assert!(text.is_char_boundary(start) && text.is_char_boundary(end));
            }
        }
    }
}

#[test]
fn the_page_says_what_each_step_did() {
    let mut session = Session::new(None);
    session.step(Action::Open(seed_draft(), Vec::new()));
    let said = |s: &Session| match &s.said {
        Some(Said::Done(m)) => m.key.to_string(),
        Some(Said::Refused(e)) => format!("refused {}", e.field),
        None => String::new(),
    };
    session.step(Action::Undo);
    assert_eq!(said(&session), "edit.nothing_to_undo");
    session.step(Action::Apply(
        Command::Merge {
            paragraph: 2,
            passage: 0,
        },
        Message::new("edit.done.merge", &[]),
    ));
    assert_eq!((said(&session), session.rev), ("edit.done.merge".into(), 2));
    session.step(Action::Apply(
        Command::Split {
            paragraph: 2,
            passage: 0,
            at: 0,
        },
        Message::new("edit.done.split", &[]),
    ));
    assert_eq!((said(&session), session.rev), ("refused split".into(), 2));
    session.step(Action::Undo);
    assert_eq!((said(&session), session.rev), ("edit.undone".into(), 3));
    session.step(Action::Redo);
    assert_eq!(said(&session), "edit.redone");
    // Saved work comes back with its published ids, and says so.
    let saved = Saved {
        tab: "t".into(),
        stamp: 7,
        article: (*session.article().unwrap().clone()).clone(),
        published: vec!["syria".into()],
    };
    let restored = Session::new(Some(saved));
    assert_eq!(said(&restored), "edit.restored");
    assert_eq!(restored.editor.as_ref().unwrap().published(), ["syria"]);
    session.step(Action::Close);
    assert!(session.editor.is_none());
}

#[test]
fn browser_offsets_and_selections() {
    let text = "Zoë said: «😀 ok» ";
    // UTF-16 units and bytes, both ways, with a two-unit emoji.
    for (i, _) in text.char_indices().chain([(text.len(), ' ')]) {
        assert_eq!(byte_offset(text, utf16_offset(text, i)), i);
    }
    let emoji = text.find('😀').unwrap();
    assert_eq!(
        byte_offset(text, utf16_offset(text, emoji) + 1),
        emoji,
        "inside a pair"
    );
    assert_eq!(byte_offset(text, 999), text.len());
    // Spaces at a selection's edges stay with the words around it.
    let space = text.find(" «").unwrap();
    assert_eq!(
        trim_range(text, (space, text.len())),
        (space + 1, text.len() - 1)
    );
    assert_eq!(trim_range(text, (3, 4)), (3, 4));
    assert_eq!(
        trim_range("a   b", (1, 4)),
        (1, 4),
        "spaces alone are left for the refusal"
    );
    assert_eq!(passage_at(["ab", "cde"].into_iter(), 2), Some((1, 2)));
    assert_eq!(passage_at(["ab", "cde"].into_iter(), 5), None);
}
