use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct NoticesProps {
    pub items: Vec<String>,
}

/// Options or links that asked for something we could not do (an unknown voice, a bad value).
#[component]
pub fn Notices(props: &NoticesProps) -> Html {
    if props.items.is_empty() {
        return html! {};
    }
    html! {
        <div class="av-notices" role="status">
            <p>{ "Some settings were ignored:" }</p>
            <ul>{ for props.items.iter().map(|n| html! { <li>{ n }</li> }) }</ul>
        </div>
    }
}
