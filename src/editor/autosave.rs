//! Nothing lost: the work is written to `localStorage` after every change, and restored on the
//! next visit. A second tab never overwrites the first silently: a save that finds another
//! tab's newer record stops and asks. Storage refused or full is said, not hidden.

use super::session::{Action, Saved, Session};
use crate::storage::storage;
use std::rc::Rc;
use yew::prelude::*;

pub const KEY: &str = "article-viewer:editor";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SaveStatus {
    /// Nothing to save yet.
    Idle,
    Saved,
    /// Storage refused (private mode, a policy) or full.
    Refused,
    /// Another tab saved other work since this tab last read or wrote it.
    Conflict,
}

pub struct Autosave {
    pub status: SaveStatus,
    /// Opens the other tab's work here.
    pub take_theirs: Callback<()>,
    /// Saves this tab's work over the other's.
    pub keep_mine: Callback<()>,
    /// Forgets the saved work (starting again).
    pub discard: Callback<()>,
}

/// The saved work, if any can be read.
pub fn load() -> Option<Saved> {
    read(&storage()?)
}

fn read(storage: &web_sys::Storage) -> Option<Saved> {
    let json = storage.get_item(KEY).ok()??;
    serde_json::from_str::<Saved>(&json)
        .ok()
        .filter(Saved::usable)
}

#[hook]
pub fn use_autosave(session: &UseReducerHandle<Session>, restored: Option<u64>) -> Autosave {
    let tab = use_memo((), |()| {
        format!("{:x}", (js_sys::Math::random() * 1e15) as u64)
    });
    // The stamp of the record this tab last read or wrote.
    let known = use_mut_ref(|| restored.unwrap_or(0));
    let status = use_state_eq(|| SaveStatus::Idle);

    let write = {
        let (tab, known, status, session) =
            (tab.clone(), known.clone(), status.clone(), session.clone());
        Rc::new(move |force: bool| {
            let Some(editor) = session.editor.as_ref() else {
                return;
            };
            let Some(storage) = storage() else {
                return status.set(SaveStatus::Refused);
            };
            let stored = read(&storage);
            if let Some(stored) = &stored {
                if stored.article == *editor.article && stored.published == editor.published() {
                    *known.borrow_mut() = stored.stamp;
                    return status.set(SaveStatus::Saved);
                }
                if !force && stored.tab != *tab && stored.stamp != *known.borrow() {
                    return status.set(SaveStatus::Conflict);
                }
            }
            let stamp = stored.map_or(0, |s| s.stamp).max(*known.borrow()) + 1;
            let record = Saved {
                tab: tab.to_string(),
                stamp,
                article: (*editor.article).clone(),
                published: editor.published(),
            };
            let written = serde_json::to_string(&record)
                .ok()
                .is_some_and(|json| storage.set_item(KEY, &json).is_ok());
            if written {
                *known.borrow_mut() = stamp;
            }
            status.set(if written {
                SaveStatus::Saved
            } else {
                SaveStatus::Refused
            });
        })
    };

    {
        let (write, status) = (write.clone(), status.clone());
        use_effect_with(session.rev, move |_| {
            if *status != SaveStatus::Conflict {
                write(false);
            }
        });
    }

    // Another tab's save shows at once, not only at this tab's next change.
    {
        let (tab, known, status) = (tab.clone(), known.clone(), status.clone());
        use_effect_with((), move |()| {
            let listener =
                gloo::events::EventListener::new(&gloo::utils::window(), "storage", move |event| {
                    let Some(event) = wasm_bindgen::JsCast::dyn_ref::<web_sys::StorageEvent>(event)
                    else {
                        return;
                    };
                    if event.key().as_deref() != Some(KEY) {
                        return;
                    }
                    let theirs = event
                        .new_value()
                        .and_then(|json| serde_json::from_str::<Saved>(&json).ok());
                    if theirs.is_some_and(|s| s.tab != *tab && s.stamp != *known.borrow()) {
                        status.set(SaveStatus::Conflict);
                    }
                });
            move || drop(listener)
        });
    }

    let take_theirs = {
        let (known, status, session) = (known.clone(), status.clone(), session.clone());
        Callback::from(move |()| {
            if let Some(saved) = storage().and_then(|s| read(&s)) {
                *known.borrow_mut() = saved.stamp;
                status.set(SaveStatus::Saved);
                session.dispatch(Action::Open(saved.article, saved.published));
            }
        })
    };
    let keep_mine = {
        let write = write.clone();
        Callback::from(move |()| write(true))
    };
    let discard = {
        let (known, status, tab) = (known.clone(), status.clone(), tab.clone());
        Callback::from(move |()| {
            // Only this tab's own record: another tab's work is not this tab's to forget.
            if let Some(storage) = storage() {
                if read(&storage).is_some_and(|s| s.tab == *tab || s.stamp == *known.borrow()) {
                    let _ = storage.remove_item(KEY);
                }
            }
            *known.borrow_mut() = 0;
            status.set(SaveStatus::Idle);
        })
    };
    Autosave {
        status: *status,
        take_theirs,
        keep_mine,
        discard,
    }
}
