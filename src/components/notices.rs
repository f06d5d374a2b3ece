use crate::components::use_strings;
use crate::i18n::Message;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct NoticesProps {
    pub items: Vec<Message>,
}

/// Options or links that asked for something we could not do (an unknown voice, a bad value).
#[component]
pub fn Notices(props: &NoticesProps) -> Html {
    let strings = use_strings();
    if props.items.is_empty() {
        return html! {};
    }
    html! {
        <div class="av-notices" role="status">
            <p>{ strings.get("notices.heading") }</p>
            <ul>{ for props.items.iter().map(|n| html! { <li>{ n.render(&strings) }</li> }) }</ul>
        </div>
    }
}
