use crate::i18n::{Message, Strings};
use yew::prelude::*;

/// Options or links that asked for something we could not do (an unknown voice, a bad value).
/// A function: it has no state.
pub fn notices(strings: &Strings, items: &[Message]) -> Html {
    if items.is_empty() {
        return html! {};
    }
    html! {
        <div class="av-notices" role="status">
            <p>{ strings.get("notices.heading") }</p>
            <ul>{ for items.iter().map(|n| html! { <li>{ n.render(strings) }</li> }) }</ul>
        </div>
    }
}
