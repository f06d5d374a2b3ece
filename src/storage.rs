//! Reading settings in `localStorage`. Storage may be missing or refuse (an iframe with
//! third-party storage blocked, private modes): then settings last for the visit only.

use crate::prefs::{ReadingPrefs, STORAGE_KEY};

pub fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The saved settings, or defaults; `None` when storage cannot be used at all.
pub fn load() -> Option<ReadingPrefs> {
    let storage = storage()?;
    let stored = storage.get_item(STORAGE_KEY).ok()?;
    Some(
        stored
            .map(|s| ReadingPrefs::from_storage(&s))
            .unwrap_or_default(),
    )
}

/// Whether the settings were saved.
pub fn save(prefs: ReadingPrefs) -> bool {
    storage().is_some_and(|s| s.set_item(STORAGE_KEY, &prefs.to_storage()).is_ok())
}
