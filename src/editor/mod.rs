//! The editor page (`editor.html`, its own wasm): start from pasted text, a file or the
//! built-in article; the importer drafts who says what in the browser; correct the draft
//! (passages, voices, source) with undo and redo and live validation, the work saved as it
//! changes; preview it in the viewer's own components; publish it.

mod autosave;
mod correct;
mod dom;
mod doubts;
mod from_page;
mod preview;
mod problems;
mod publish;
mod session;
mod source_form;
mod start;
mod voices;

pub use autosave::load as load_saved;
pub use session::{
    byte_offset, passage_at, trim_range, utf16_offset, Action, Said, Saved, Session,
};

use autosave::{use_autosave, SaveStatus};
use correct::CorrectPanel;
use doubts::Doubts;
use preview::Preview;
use problems::Problems;
use publish::PublishPanel;
use source_form::SourceForm;
use start::StartForm;
use voices::VoicesPanel;

use crate::edit::draft_errors;
use crate::i18n::Strings;
use crate::model::Article;
use crate::shared::Shared;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct EditorProps {
    #[prop_or_else(|| Shared(Strings::english()))]
    pub strings: Shared<Strings>,
    /// The work saved by an earlier visit, restored at once.
    #[prop_or_default]
    pub saved: Option<Saved>,
    /// Where the viewer's files are (the editor's own directory).
    #[prop_or(AttrValue::Static("./"))]
    pub base: AttrValue,
}

#[component]
pub fn EditorApp(props: &EditorProps) -> Html {
    let strings = props.strings.clone();
    let session = {
        let saved = props.saved.clone();
        use_reducer(move || Session::new(saved))
    };
    let autosave = use_autosave(&session, props.saved.as_ref().map(|s| s.stamp));
    let confirming = use_state(|| false);
    let on_action = {
        let session = session.clone();
        Callback::from(move |action: Action| session.dispatch(action))
    };
    use_undo_keys(on_action.clone());
    use_preview_selection(&session, on_action.clone());
    // Validated once per change of the article, not on every selection.
    let errors = use_memo(session.article().map(|a| Shared(a.clone())), |article| {
        Shared::new(
            article
                .as_ref()
                .map(|a| draft_errors(a))
                .unwrap_or_default(),
        )
    });
    let t = |key: &str| strings.get(key).to_string();

    let Some(editor) = &session.editor else {
        let on_open = on_action.reform(|(article, published): (Article, bool)| {
            let ids = match published {
                true => article.voices.iter().map(|v| v.id.clone()).collect(),
                false => Vec::new(),
            };
            Action::Open(article, ids)
        });
        return frame(
            &strings,
            session.rev,
            html! { <StartForm strings={strings.clone()} {on_open} /> },
        );
    };
    let article = Shared(editor.article.clone());
    let errors = (*errors).clone();
    let refusal = match &session.said {
        Some(Said::Refused(refusal)) => Some(refusal.clone()),
        _ => None,
    };
    let said = match &session.said {
        Some(Said::Done(message)) => message.render(&strings),
        Some(Said::Refused(refusal)) => {
            format!("{}: {}", refusal.field, refusal.message.render(&strings))
        }
        None => String::new(),
    };
    let on_select = on_action.reform(|(paragraph, range)| Action::Select {
        paragraph,
        range: Some(range),
    });
    let step = |action: Action| on_action.reform(move |_: MouseEvent| action.clone());
    let on_again = {
        let confirming = confirming.clone();
        Callback::from(move |_: MouseEvent| confirming.set(true))
    };
    let on_discard = {
        let (confirming, discard, on_action) = (
            confirming.clone(),
            autosave.discard.clone(),
            on_action.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            confirming.set(false);
            discard.emit(());
            on_action.emit(Action::Close);
        })
    };
    let on_keep = {
        let confirming = confirming.clone();
        Callback::from(move |_: MouseEvent| confirming.set(false))
    };
    let save_note = match autosave.status {
        SaveStatus::Refused => {
            html! { <p class="ed-save ed-warning" role="alert">{ t("editor.save.refused") }</p> }
        }
        SaveStatus::Conflict => html! {
            <div class="ed-save ed-warning" role="alert">
                <p>{ t("editor.save.conflict") }</p>
                <button type="button" class="ed-take-theirs" onclick={autosave.take_theirs.reform(|_: MouseEvent| ())}>{ t("editor.save.theirs") }</button>
                <button type="button" class="ed-keep-mine" onclick={autosave.keep_mine.reform(|_: MouseEvent| ())}>{ t("editor.save.mine") }</button>
            </div>
        },
        SaveStatus::Saved => {
            html! { <p class="ed-save" data-saved="true">{ t("editor.save.saved") }</p> }
        }
        SaveStatus::Idle => html! { <p class="ed-save" /> },
    };
    let body = html! {
        <>
            <div class="ed-toolbar" role="region" aria-label={t("editor.toolbar")}>
                <Doubts article={article.clone()} strings={strings.clone()} {on_select} />
                <button type="button" class="ed-undo" disabled={!editor.can_undo()} onclick={step(Action::Undo)}
                    aria-keyshortcuts="Control+Z">{ t("editor.undo") }</button>
                <button type="button" class="ed-redo" disabled={!editor.can_redo()} onclick={step(Action::Redo)}
                    aria-keyshortcuts="Control+Shift+Z Control+Y">{ t("editor.redo") }</button>
                if *confirming {
                    <span class="ed-confirm" role="group" aria-label={t("editor.again")}>
                        { t("editor.again.confirm") }
                        <button type="button" class="ed-discard" onclick={on_discard}>{ t("editor.again.discard") }</button>
                        <button type="button" class="ed-keep" onclick={on_keep}>{ t("editor.again.keep") }</button>
                    </span>
                } else {
                    <button type="button" class="ed-again" onclick={on_again}>{ t("editor.again") }</button>
                }
                <p class="ed-said" role="status" aria-live="polite">{ said }</p>
                { save_note }
            </div>
            <div class="ed-work">
                <Preview article={article.clone()} strings={strings.clone()} rev={session.rev} />
                <div class="ed-panels">
                    <CorrectPanel article={article.clone()} paragraph={session.paragraph} selection={session.selection}
                        strings={strings.clone()} refusal={refusal.clone()} on_action={on_action.clone()} />
                    <VoicesPanel article={article.clone()} strings={strings.clone()} refusal={refusal}
                        on_action={on_action.clone()} />
                    <SourceForm article={article.clone()} strings={strings.clone()} errors={errors.clone()}
                        on_action={on_action.clone()} />
                    <Problems errors={errors.clone()} strings={strings.clone()} />
                    <PublishPanel article={article} strings={strings.clone()} valid={errors.is_empty()}
                        base={props.base.clone()} {on_action} />
                </div>
            </div>
        </>
    };
    frame(&strings, session.rev, body)
}

/// `av` for the viewer's colours, type and dark mode; `ed` for the editor's own layout;
/// `data-rev`, the article's revision, which the preview reaches a moment later.
fn frame(strings: &Strings, rev: u64, body: Html) -> Html {
    html! {
        <div class="av ed" data-theme="auto" data-rev={rev.to_string()} lang={strings.locale.tag()}
            dir={strings.locale.dir()}>{ body }</div>
    }
}

/// Ctrl+Z (⌘Z) undoes, Ctrl+Shift+Z or Ctrl+Y redoes, except in a field being typed in,
/// where the browser's own undo belongs.
#[hook]
fn use_undo_keys(on_action: Callback<Action>) {
    use_effect_with((), move |()| {
        let listener = gloo::events::EventListener::new_with_options(
            &gloo::utils::document(),
            "keydown",
            gloo::events::EventListenerOptions::enable_prevent_default(),
            move |event| {
                let key = wasm_bindgen::JsCast::dyn_ref::<web_sys::KeyboardEvent>(event);
                if let Some((key, action)) = key.and_then(|k| undo_key(k).map(|a| (k, a))) {
                    key.prevent_default();
                    on_action.emit(action);
                }
            },
        );
        move || drop(listener)
    });
}

fn undo_key(key: &web_sys::KeyboardEvent) -> Option<Action> {
    if !(key.ctrl_key() || key.meta_key()) || key.alt_key() || typing(key) {
        return None;
    }
    match (key.key().to_lowercase().as_str(), key.shift_key()) {
        ("z", false) => Some(Action::Undo),
        ("z", true) | ("y", false) => Some(Action::Redo),
        _ => None,
    }
}

/// An editable field has focus (a read-only one, like the paragraph's text, does not count).
fn typing(event: &web_sys::KeyboardEvent) -> bool {
    let Some(target) = event
        .target()
        .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok())
    else {
        return false;
    };
    let field = matches!(target.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT");
    (field && !target.has_attribute("readonly")) || target.has_attribute("contenteditable")
}

/// Words selected with the mouse in the preview become the correction panel's selection.
#[hook]
fn use_preview_selection(session: &UseReducerHandle<Session>, on_action: Callback<Action>) {
    let open = session.editor.is_some();
    use_effect_with(open, move |open| {
        let listener = open.then(|| {
            gloo::events::EventListener::new(
                &gloo::utils::document(),
                "selectionchange",
                move |_| {
                    let Some(preview) = gloo::utils::document()
                        .query_selector(".ed-preview-frame")
                        .ok()
                        .flatten()
                    else {
                        return;
                    };
                    if let Some((paragraph, start, end)) = dom::preview_selection(&preview) {
                        on_action.emit(Action::SelectUtf16 {
                            paragraph,
                            start,
                            end,
                        });
                    }
                },
            )
        });
        move || drop(listener)
    });
}
