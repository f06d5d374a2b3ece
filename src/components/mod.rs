pub mod article_body;
pub mod article_header;
pub mod copy_button;
pub mod date_text;
pub mod embed_panel;
pub mod error_panel;
pub mod filter_status;
pub mod notices;
pub mod reading_controls;
pub mod source_panel;
pub mod voice_filter;
pub mod who_said_what;

use crate::i18n::Strings;
use crate::shared::Shared;
use yew::prelude::*;

/// The interface's strings, from the app's context; English where none is given (component
/// tests render parts alone).
#[hook]
pub fn use_strings() -> Shared<Strings> {
    use_context::<Shared<Strings>>().unwrap_or_else(|| Shared(Strings::english()))
}
