//! Nothing lost: the work is written to `localStorage` after every change, and restored on the
//! next visit. A second tab never overwrites the first silently: a save that finds another
//! tab's newer record stops and asks. Storage refused or full is said, not hidden.
//!
//! Two keys: the work itself, and a small stamp (which tab saved last, and a counter) that a
//! save reads and that other tabs listen to, so that a long article is written once a change
//! and never read back.

use super::session::{Action, Saved, Session};
use crate::model::Article;
use crate::storage::storage;
use serde::{Deserialize, Serialize};
use std::rc::Rc;
use yew::prelude::*;

pub const KEY: &str = "article-viewer:editor";
const STAMP_KEY: &str = "article-viewer:editor-stamp";

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

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
struct Stamp {
    tab: String,
    stamp: u64,
}

/// The saved work, if any can be read and shown.
pub fn load() -> Option<Saved> {
    let json = storage()?.get_item(KEY).ok()??;
    serde_json::from_str::<Saved>(&json)
        .ok()
        .filter(Saved::usable)
}

fn read_stamp(storage: &web_sys::Storage) -> Option<Stamp> {
    serde_json::from_str(&storage.get_item(STAMP_KEY).ok()??).ok()
}

/// What this tab knows of storage: the stamp it last read or wrote, and the article (with its
/// published ids) that storage holds for it, so that an unchanged article is not written again.
#[derive(Default)]
struct Known {
    stamp: u64,
    article: Option<(Rc<Article>, Vec<String>)>,
    /// The next article the session shows is the one in storage (restored, or the other tab's).
    adopt: bool,
}

#[hook]
pub fn use_autosave(session: &UseReducerHandle<Session>, restored: Option<u64>) -> Autosave {
    let tab = use_memo((), |()| {
        format!("{:x}", (js_sys::Math::random() * 1e15) as u64)
    });
    let known = use_mut_ref(|| Known {
        stamp: restored.unwrap_or(0),
        adopt: restored.is_some(),
        ..Known::default()
    });
    let status = use_state_eq(|| SaveStatus::Idle);

    let write = {
        let (tab, known, status, session) =
            (tab.clone(), known.clone(), status.clone(), session.clone());
        Rc::new(move |force: bool| {
            let Some(editor) = session.editor.as_ref() else {
                return;
            };
            let current = (editor.article.clone(), editor.published());
            let mut known = known.borrow_mut();
            if std::mem::take(&mut known.adopt) {
                known.article = Some(current);
                return status.set(SaveStatus::Saved);
            }
            let unchanged = known
                .article
                .as_ref()
                .is_some_and(|(a, p)| Rc::ptr_eq(a, &current.0) && *p == current.1);
            if unchanged && !force {
                return;
            }
            let Some(storage) = storage() else {
                return status.set(SaveStatus::Refused);
            };
            let stored = read_stamp(&storage);
            if let Some(stored) = &stored {
                if !force && stored.tab != *tab && stored.stamp != known.stamp {
                    return status.set(SaveStatus::Conflict);
                }
            }
            let stamp = Stamp {
                tab: tab.to_string(),
                stamp: stored.map_or(0, |s| s.stamp).max(known.stamp) + 1,
            };
            let record = Saved {
                tab: stamp.tab.clone(),
                stamp: stamp.stamp,
                article: (*current.0).clone(),
                published: current.1.clone(),
            };
            let written = [
                (KEY, serde_json::to_string(&record)),
                (STAMP_KEY, serde_json::to_string(&stamp)),
            ]
            .into_iter()
            .all(|(key, json)| json.is_ok_and(|json| storage.set_item(key, &json).is_ok()));
            if written {
                known.stamp = stamp.stamp;
                known.article = Some(current);
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
        let published = session.editor.as_ref().map_or(0, |e| e.published().len());
        use_effect_with((session.rev, published), move |_| {
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
                    if event.key().as_deref() != Some(STAMP_KEY) {
                        return;
                    }
                    let theirs = event
                        .new_value()
                        .and_then(|json| serde_json::from_str::<Stamp>(&json).ok());
                    if theirs.is_some_and(|s| s.tab != *tab && s.stamp != known.borrow().stamp) {
                        status.set(SaveStatus::Conflict);
                    }
                });
            move || drop(listener)
        });
    }

    let take_theirs = {
        let (known, status, session) = (known.clone(), status.clone(), session.clone());
        Callback::from(move |()| {
            if let Some(saved) = load() {
                *known.borrow_mut() = Known {
                    stamp: saved.stamp,
                    article: None,
                    adopt: true,
                };
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
                let stamp = known.borrow().stamp;
                if read_stamp(&storage).is_none_or(|s| s.tab == *tab || s.stamp == stamp) {
                    let _ = storage.remove_item(KEY);
                    let _ = storage.remove_item(STAMP_KEY);
                }
            }
            *known.borrow_mut() = Known::default();
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
