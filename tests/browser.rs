//! Component tests in headless Chromium (wasm-bindgen-test): mount the app into a fresh,
//! visible element, click real buttons, wait for Yew's tick, and read what a user would see.
#![cfg(target_arch = "wasm32")]

use article_viewer::app::{App, AppProps, Mode};
use article_viewer::model::builtin_article;
use article_viewer::shared::Shared;
use gloo::utils::{document, window};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};

wasm_bindgen_test_configure!(run_in_browser);

/// The viewer's own stylesheet, so that layout (hidden paragraphs) is real.
fn load_stylesheet() {
    if document().get_element_by_id("av-test-style").is_none() {
        let style = document().create_element("style").unwrap();
        style.set_id("av-test-style");
        style.set_text_content(Some(include_str!("../static/style.css")));
        document().head().unwrap().append_child(&style).unwrap();
    }
}

async fn mount(mode: Mode) -> Element {
    load_stylesheet();
    let host = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&host).unwrap();
    let props = AppProps::new(builtin_article().map(Shared::new), mode);
    yew::Renderer::<App>::with_root_and_props(host.clone(), props).render();
    yew::scheduler::flush().await;
    host
}

async fn click(root: &Element, selector: &str) {
    let el: HtmlElement = root
        .query_selector(selector)
        .unwrap()
        .unwrap()
        .unchecked_into();
    el.click();
    yew::scheduler::flush().await;
}

fn marks(root: &Element, voice: &str) -> Vec<Option<String>> {
    let list = root
        .query_selector_all(&format!(".av-passage[data-voice=\"{voice}\"]"))
        .unwrap();
    (0..list.length())
        .map(|i| {
            list.item(i)
                .unwrap()
                .unchecked_into::<Element>()
                .get_attribute("data-match")
        })
        .collect()
}

/// `location.hash` once it is `wanted` (the viewer writes it just after the frame), or as it is
/// after a second: polled every 10 ms.
async fn hash_when(wanted: &str) -> String {
    for _ in 0..100 {
        let hash = window().location().hash().unwrap();
        if hash == wanted {
            return hash;
        }
        let tick = js_sys::Promise::new(&mut |resolve, _| {
            let _ = window().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 10);
        });
        wasm_bindgen_futures::JsFuture::from(tick).await.unwrap();
    }
    window().location().hash().unwrap()
}

fn text(root: &Element, selector: &str) -> String {
    root.query_selector(selector)
        .unwrap()
        .unwrap()
        .text_content()
        .unwrap()
}

#[wasm_bindgen_test]
async fn clicking_a_voice_dims_the_others_updates_the_hash_and_announces() {
    let root = mount(Mode::Page).await;
    click(&root, "button[data-voice=\"maria-zakharova\"]").await;
    assert_eq!(
        marks(&root, "maria-zakharova"),
        vec![Some("true".into()); 2]
    );
    assert!(marks(&root, "james-mattis")
        .iter()
        .all(|m| m.as_deref() == Some("false")));
    // The hash is written just after the frame that shows the change.
    assert_eq!(
        hash_when("#voices=maria-zakharova").await,
        "#voices=maria-zakharova"
    );
    let pressed = root
        .query_selector("button[data-voice=\"maria-zakharova\"]")
        .unwrap()
        .unwrap();
    assert_eq!(
        pressed.get_attribute("aria-pressed").as_deref(),
        Some("true")
    );
    assert!(text(&root, ".av-status").starts_with("Showing 2 of "));

    click(&root, "button[data-voice=\"james-mattis\"]").await;
    assert_eq!(
        hash_when("#voices=maria-zakharova,james-mattis").await,
        "#voices=maria-zakharova,james-mattis"
    );
    assert!(marks(&root, "james-mattis")
        .iter()
        .all(|m| m.as_deref() == Some("true")));

    click(&root, ".av-all").await;
    assert!(marks(&root, "james-mattis").iter().all(|m| m.is_none()));
    assert_eq!(hash_when("").await, "");
    root.remove();
}

#[wasm_bindgen_test]
async fn only_matching_hides_paragraphs_without_a_match() {
    let hash_before = window().location().hash().unwrap();
    let root = mount(Mode::Script).await;
    click(&root, "button[data-voice=\"sergei-lavrov\"]").await;
    click(&root, ".av-only").await;
    let blocks = root.query_selector_all(".av-paragraph-block").unwrap();
    let visible: Vec<bool> = (0..blocks.length())
        .map(|i| {
            blocks
                .item(i)
                .unwrap()
                .unchecked_into::<HtmlElement>()
                .offset_height()
                > 0
        })
        .collect();
    assert_eq!(visible, [false, false, false, true, false, false]);
    assert_eq!(
        window().location().hash().unwrap(),
        hash_before,
        "a script embed never touches the host's URL"
    );
    root.remove();
}

#[wasm_bindgen_test]
async fn a_panic_leaves_a_visible_panel_instead_of_a_dead_viewer() {
    load_stylesheet();
    let host: HtmlElement = document().create_element("div").unwrap().unchecked_into();
    // The article inside the element: without one, a script embed fetches the built-in
    // `article.json` from beside the viewer's files, which this test page does not serve.
    let data = document().create_element("script").unwrap();
    data.set_attribute("type", "application/json").unwrap();
    data.set_attribute("data-article-viewer-article", "")
        .unwrap();
    data.set_text_content(Some(article_viewer::model::BUILTIN_ARTICLE_JSON));
    host.append_child(&data).unwrap();
    document().body().unwrap().append_child(&host).unwrap();
    article_viewer::mount::mount_element(host.clone(), "");
    yew::scheduler::flush().await;
    let shadow = host.shadow_root().expect("mounted in a shadow root");
    assert!(shadow.query_selector(".av-paragraph").unwrap().is_some());
    // What the panic hook runs (a real panic would abort this test's wasm instance too).
    article_viewer::mount::report_panic("test panic");
    let panel = shadow
        .query_selector(".av-error[role=alert]")
        .unwrap()
        .expect("panel");
    assert!(panel
        .text_content()
        .unwrap()
        .contains("The viewer stopped working"));
    assert!(shadow.query_selector(".av-paragraph").unwrap().is_none());
    host.remove();
}

/// The plural rules in `src/i18n.rs` agree with the browser's own CLDR data (`Intl.PluralRules`)
/// for every count from 0 to 1,200 in every locale.
#[wasm_bindgen_test]
fn plural_categories_agree_with_the_browsers_cldr_data() {
    use article_viewer::i18n::Locale;
    for locale in Locale::ALL {
        let rules = js_sys::Intl::PluralRules::new(
            &js_sys::Array::of1(&locale.tag().into()),
            &js_sys::Object::new(),
        );
        let select = js_sys::Reflect::get(&rules, &"select".into())
            .unwrap()
            .unchecked_into::<js_sys::Function>();
        for n in 0..=1200usize {
            let browser = select
                .call1(&rules, &(n as f64).into())
                .unwrap()
                .as_string()
                .unwrap();
            assert_eq!(locale.plural(n).name(), browser, "{} {n}", locale.tag());
        }
    }
}
