//! Browser entry points: read the options from the page (query, hash, `data-*`), pick the
//! article, mount the app into its host element, and show a panel if anything panics.
//! The app never mounts on `<body>` and never touches the host page outside its element.

use crate::app::{App, AppProps, ArticleLoad, Mode};
use crate::citation::Day;
use crate::hooks::use_frame_messages::FrameConfig;
use crate::i18n::{Locale, Message, Strings};
use crate::model::{Article, DataError};
use crate::options::{split_query, Options, OPTION_NAMES};
use crate::shared::Shared;
use crate::state::{parse_hash, HashRoute};
use gloo::utils::{document, window};
use std::cell::RefCell;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{Element, HtmlElement, ShadowRootInit, ShadowRootMode};

/// Query names that are not viewer options but say how the page is used.
const FRAME_PARAMS: [&str; 4] = ["embed", "id", "sync", "article"];
pub const READY_MARK: &str = "article-viewer:ready";
/// The wasm is instantiated and starts mounting (boot.js marks `article-viewer:boot` before).
pub const START_MARK: &str = "article-viewer:start";
/// On the prerendered `.av-root`: the mode (`page`, `frame`) it was rendered for.
pub const PRERENDERED_ATTR: &str = "data-prerendered";
/// The built-in article's data element in our pages (`pages::assemble`).
pub const BUILTIN_ATTR: &str = "data-article-viewer-builtin";

thread_local! {
    /// Every element we mounted into, to show the panic panel in.
    static ROOTS: RefCell<Vec<Element>> = const { RefCell::new(Vec::new()) };
    /// The interface's strings, for the panic panel (the last viewer mounted decides).
    static STRINGS: RefCell<Option<Shared<Strings>>> = const { RefCell::new(None) };
}

/// Mounts the full page (or the iframe embed) into `#article-viewer`. Where the page's
/// prerendered copy is what the app would render, the app takes it over in place (Yew's
/// hydration): the article a reader already sees is neither rebuilt nor painted again. Else the
/// app renders off-screen and replaces the copy once rendered, so the swap neither flashes nor
/// moves the scroll position.
pub fn mount_page() {
    let Some(host) = document().get_element_by_id("article-viewer") else {
        return; // loaded as a library by embed.js on someone else's page
    };
    install_panic_hook();
    if let Some(performance) = window().performance() {
        let _ = performance.mark(START_MARK);
    }
    let location = window().location();
    let query = location.search().unwrap_or_default();
    let query = query.strip_prefix('?').unwrap_or(&query).to_string();
    let params: Vec<(&str, String)> = split_query(&query).collect();
    let param = |name: &str| {
        params
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, v)| v.clone())
    };
    let framed =
        param("embed").is_some() || host.get_attribute("data-mode").as_deref() == Some("frame");
    let mode = if framed { Mode::Frame } else { Mode::Page };
    if framed {
        let _ = document()
            .document_element()
            .map(|e| e.class_list().add_1("av-embed"));
    }
    let (mut options, mut notices) = Options::from_pairs(params.clone(), &FRAME_PARAMS);
    let (route, hash_warnings) = parse_hash(&location.hash().unwrap_or_default());
    notices.extend(hash_warnings);
    if let HashRoute::Options(from_hash) = route {
        options = overlay(options, from_hash);
    }
    let frame = framed.then(|| FrameConfig {
        id: param("id").unwrap_or_default(),
        sync: param("sync").is_some_and(|v| v != "false"),
    });
    let saved = crate::storage::load();
    let base = base_url();
    let builtin_url = format!("{base}article.json");
    // The editor is a page of its own beside the viewer; a file opened from disk has none.
    let editor = (mode == Mode::Page && location.protocol().is_ok_and(|p| p.starts_with("http")))
        .then(|| format!("{base}editor.html").into());
    let props = move |article: ArticleLoad| AppProps {
        options: options.clone(),
        notices: notices.clone(),
        frame: frame.clone(),
        today: Some(today()),
        base: base.clone().into(),
        prefs: saved.unwrap_or_default(),
        remembered: saved.is_some(),
        editor: editor.clone(),
        ..AppProps::new(article, mode)
    };
    // The article: in the page (the one-file viewer the editor writes), fetched (`?article=`),
    // or built in; only the built-in one has the build's downloads.
    let (article, downloads) = match (supplied_article(&host), param("article")) {
        (Some(article), _) => (article, false),
        (None, None) => match page_builtin(&host) {
            Some(article) => (article, true),
            None => {
                return wasm_bindgen_futures::spawn_local(async move {
                    let load = fetch_builtin(&builtin_url).await;
                    render_page(host, props(load), true);
                })
            }
        },
        (None, Some(url)) => {
            host.set_text_content(Some(Strings::english().get("error.loading")));
            return wasm_bindgen_futures::spawn_local(async move {
                let load = fetch_article(&url).await;
                render_page(host, props(load), false);
            });
        }
    };
    render_page(host, props(article), downloads);
}

/// `builtin`: the article is the built-in one, the one the page was prerendered with.
fn render_page(host: Element, props: AppProps, builtin: bool) {
    let props = AppProps {
        downloads: builtin,
        ..props
    };
    with_strings(props, move |props| {
        warn_all(&props.notices);
        speak_page_language(props.strings.locale);
        #[cfg(feature = "hydration")]
        if let Some(root) = hydratable_root(&host, &props, builtin) {
            return hydrate(root, props);
        }
        render_swapping(host, props)
    });
}

/// The prerendered `.av-root`, if it shows this article in this mode and in this interface
/// language: what the app's first render would produce. An article given in the page (the
/// editor's one-file viewer) or fetched (`?article=`) is not the one the page was prerendered
/// with, a page opened as another mode (`index.html?embed`) was rendered for the other one, and
/// another locale changes every label: those are rendered afresh (hydrating them would rebuild
/// it all anyway, and Yew's hydration requires the same structure).
#[cfg(feature = "hydration")]
fn hydratable_root(host: &Element, props: &AppProps, builtin: bool) -> Option<Element> {
    let root = host.first_element_child()?;
    let same_mode = root.get_attribute(PRERENDERED_ATTR).as_deref() == Some(props.mode.as_str());
    let language = root
        .query_selector(".av")
        .ok()
        .flatten()?
        .get_attribute("lang");
    // The prerendered page links the editor (`pages::prerender`); a page that cannot has no
    // such link.
    let same_links = props.editor.is_some() == (props.mode == Mode::Page);
    (builtin && same_mode && same_links && language.as_deref() == Some(props.strings.locale.tag()))
        .then_some(root)
}

/// Takes over the prerendered copy in place: the same nodes stay on the page.
#[cfg(feature = "hydration")]
fn hydrate(root: Element, mut props: AppProps) {
    ROOTS.with(|r| r.borrow_mut().push(root.clone()));
    props.hydrating = true;
    props.on_ready = yew::Callback::from(|()| mark_ready());
    yew::Renderer::<App>::with_root_and_props(root, props).hydrate();
}

/// Renders with the interface in the locale asked for (the `locale` option) or the article's
/// own: English at once; another locale once its catalogue is here (inline in the one-file
/// viewer, or `locales/<tag>.json` beside the viewer's files). A catalogue that cannot be had
/// leaves the interface in English, with a notice.
fn with_strings(mut props: AppProps, render: impl FnOnce(AppProps) + 'static) {
    let article_language = props.article.as_ref().ok().map(|a| a.meta.language.clone());
    let locale = props
        .options
        .locale
        .or_else(|| article_language.as_deref().and_then(Locale::from_tag))
        .unwrap_or(Locale::En);
    let render = move |props: AppProps| {
        STRINGS.with(|s| *s.borrow_mut() = Some(props.strings.clone()));
        render(props)
    };
    if locale == Locale::En {
        return render(props);
    }
    wasm_bindgen_futures::spawn_local(async move {
        match load_strings(locale, &props.base).await {
            Some(strings) => props.strings = Shared::new(strings),
            None => props.notices.push(Message::new(
                "notice.catalogue",
                &[("value", locale.tag().to_string())],
            )),
        }
        render(props);
    });
}

async fn load_strings(locale: Locale, base: &str) -> Option<Strings> {
    let selector = format!("script[data-article-viewer-locale=\"{}\"]", locale.tag());
    let json = match document().query_selector(&selector).ok().flatten() {
        Some(inline) => inline.text_content()?,
        None => fetch_text(&format!("{base}locales/{}.json", locale.tag()))
            .await
            .ok()?,
    };
    Strings::parse(locale, &json).ok()
}

/// Mounts the editor into `#editor` (editor.html), in the locale the link asks for
/// (`?locale=`), else the browser's language, else English.
pub fn mount_editor() {
    let Some(host) = document().get_element_by_id("editor") else {
        return;
    };
    install_panic_hook();
    ROOTS.with(|r| r.borrow_mut().push(host.clone()));
    let query = window().location().search().unwrap_or_default();
    let (options, _) = Options::from_query(query.strip_prefix('?').unwrap_or(&query), &[]);
    let browser = window().navigator().language().unwrap_or_default();
    let locale = options
        .locale
        .or_else(|| Locale::from_tag(&browser))
        .unwrap_or(Locale::En);
    wasm_bindgen_futures::spawn_local(async move {
        let base = base_url();
        let viewer = match locale {
            Locale::En => None,
            other => load_strings(other, &base).await,
        }
        .unwrap_or_else(|| Strings::english().as_ref().clone());
        // The editor's strings come on top: its own file per locale, English filling gaps.
        let own = match viewer.locale {
            Locale::En => None,
            other => fetch_text(&format!("{base}locales/editor/{}.json", other.tag()))
                .await
                .ok(),
        };
        let english = crate::i18n::EDITOR_ENGLISH_JSON;
        let strings = std::rc::Rc::new(
            viewer
                .with(own.as_deref().unwrap_or(english), english)
                .unwrap_or_else(|_| Strings::english().as_ref().clone()),
        );
        speak_page_language(strings.locale);
        STRINGS.with(|s| *s.borrow_mut() = Some(Shared(strings.clone())));
        // Rendered afresh: editor.html is not prerendered, since what it shows (saved work, a
        // draft, the preview of an article being edited) exists only in this browser.
        let props = crate::editor::EditorProps {
            strings: Shared(strings),
            saved: crate::editor::load_saved(),
            base: base.into(),
        };
        yew::Renderer::<crate::editor::EditorApp>::with_root_and_props(host, props).render();
    });
}

/// Mounts a viewer into a host page's element, inside a shadow root, with options from its
/// `data-*` attributes and, optionally, an article from a child
/// `<script type="application/json" data-article-viewer-article>`.
pub fn mount_element(host: HtmlElement, stylesheet: &str) {
    if host.shadow_root().is_some() {
        return; // already mounted (embed.js rescans when the page changes)
    }
    install_panic_hook();
    let mut pairs = Vec::new();
    let mut notices: Vec<Message> = Vec::new();
    for name in host
        .get_attribute_names()
        .iter()
        .filter_map(|n| n.as_string())
    {
        let Some(key) = name.strip_prefix("data-") else {
            continue;
        };
        if key == "article-viewer" {
            continue;
        }
        if OPTION_NAMES.contains(&key) {
            pairs.push((
                key.to_string(),
                host.get_attribute(&name).unwrap_or_default(),
            ));
        } else {
            notices.push(Message::new(
                "notice.unknown_option",
                &[("name", format!("{name:?}"))],
            ));
        }
    }
    let (options, warnings) =
        Options::from_pairs(pairs.iter().map(|(k, v)| (k.as_str(), v.clone())), &[]);
    notices.extend(warnings);
    let supplied = supplied_article(&host);
    let downloads = supplied.is_none();
    let saved = crate::storage::load();
    let init = ShadowRootInit::new(ShadowRootMode::Open);
    let Ok(shadow) = host.attach_shadow(&init) else {
        gloo::console::error!("article-viewer: this element cannot hold a shadow root");
        return;
    };
    let Ok(link) = document().create_element("link") else {
        return;
    };
    let _ = link.set_attribute("rel", "stylesheet");
    let _ = link.set_attribute("href", stylesheet);
    let Ok(root) = document().create_element("div") else {
        return;
    };
    root.set_class_name("av-root");
    // Hidden until the stylesheet has loaded (or failed), so the host never shows it unstyled.
    let _ = root.set_attribute("hidden", "");
    for event in ["load", "error"] {
        let root = root.clone();
        gloo::events::EventListener::once(&link, event, move |_| {
            let _ = root.remove_attribute("hidden");
        })
        .forget();
    }
    let _ = shadow.append_child(&link);
    let _ = shadow.append_child(&root);
    ROOTS.with(|r| r.borrow_mut().push(root.clone()));
    let base = stylesheet.trim_end_matches("style.css").to_string();
    let builtin_url = format!("{base}article.json");
    let props = move |article| AppProps {
        options,
        notices,
        today: Some(today()),
        base: base.into(),
        prefs: saved.unwrap_or_default(),
        remembered: saved.is_some(),
        downloads,
        on_ready: yew::Callback::from(|()| mark_ready()),
        ..AppProps::new(article, Mode::Script)
    };
    // Rendered afresh: a host page carries no prerendered copy of us (and may give an article
    // of its own; else the built-in one comes from beside the viewer's files, like the wasm).
    let render = move |props| {
        with_strings(props, move |props| {
            warn_all(&props.notices);
            yew::Renderer::<App>::with_root_and_props(root, props).render();
        })
    };
    match supplied {
        Some(article) => render(props(article)),
        None => wasm_bindgen_futures::spawn_local(async move {
            render(props(fetch_builtin(&builtin_url).await));
        }),
    }
}

/// An article given in the page itself: a child `<script type="application/json"
/// data-article-viewer-article>` of the host (a script embed, or a one-file viewer the editor
/// wrote).
fn supplied_article(host: &Element) -> Option<ArticleLoad> {
    let script = host
        .query_selector("script[data-article-viewer-article]")
        .ok()
        .flatten()?;
    Some(parse(&script.text_content().unwrap_or_default()))
}

fn render_swapping(host: Element, mut props: AppProps) {
    let Ok(root) = document().create_element("div") else {
        return;
    };
    root.set_class_name("av-root");
    ROOTS.with(|r| r.borrow_mut().push(root.clone()));
    let (host2, root2) = (host.clone(), root.clone());
    props.on_ready = yew::Callback::from(move |()| {
        host2.replace_children_with_node_1(&root2);
        mark_ready();
    });
    yew::Renderer::<App>::with_root_and_props(root, props).render();
}

/// A page of ours (index.html, embed.html, editor.html) speaks the interface's language; a host
/// page's `<html>` is never touched.
fn speak_page_language(locale: Locale) {
    if let Some(html) = document().document_element() {
        let _ = html.set_attribute("lang", locale.tag());
        let _ = html.set_attribute("dir", locale.dir());
    }
}

/// `article-viewer:ready`: the first interactive render is on the page.
fn mark_ready() {
    if let Some(performance) = window().performance() {
        let _ = performance.mark(READY_MARK);
    }
}

/// The built-in article from the page's data (our pages carry it beside the prerendered copy).
fn page_builtin(host: &Element) -> Option<ArticleLoad> {
    let script = host
        .query_selector(&format!("script[{BUILTIN_ATTR}]"))
        .ok()
        .flatten()?;
    Some(parse(&script.text_content().unwrap_or_default()))
}

/// The built-in article from the build's `article.json` beside the viewer's files (a script
/// embed, or a page that lost its data element).
async fn fetch_builtin(url: &str) -> ArticleLoad {
    match fetch_text(url).await {
        Ok(text) => parse(&text),
        Err(_) => Err(vec![DataError::new(
            "article",
            Message::new("error.network", &[("url", format!("{url:?}"))]),
        )]),
    }
}

fn parse(json: &str) -> ArticleLoad {
    Article::parse(json).map(Shared::new)
}

/// `?article=` must name a same-origin URL: the viewer is not a proxy for arbitrary hosts.
async fn fetch_article(url: &str) -> ArticleLoad {
    let fail = |key: &'static str, extra: Option<(&'static str, String)>| {
        let mut args = vec![("url", format!("{url:?}"))];
        args.extend(extra);
        Err(vec![DataError::new("article", Message::new(key, &args))])
    };
    let location = window().location();
    let here = location.href().unwrap_or_default();
    let Ok(resolved) = web_sys::Url::new_with_base(url, &here) else {
        return fail("error.not_url", None);
    };
    if resolved.origin() != location.origin().unwrap_or_default() {
        return fail("error.other_origin", None);
    }
    match fetch_text(&resolved.href()).await {
        Ok(text) => parse(&text),
        Err(FetchError::Network) => fail("error.network", None),
        Err(FetchError::Http(status)) => fail("error.http", Some(("status", status.to_string()))),
        Err(FetchError::NotText) => fail("error.not_text", None),
    }
}

enum FetchError {
    Network,
    Http(u16),
    NotText,
}

/// A file's text, or what went wrong. web_sys fetch rather than gloo-net: these are the only
/// requests the viewer makes, and gloo-net cost more wasm than this whole function.
async fn fetch_text(url: &str) -> Result<String, FetchError> {
    let response = match JsFuture::from(window().fetch_with_str(url)).await {
        Ok(r) => r.unchecked_into::<web_sys::Response>(),
        Err(_) => return Err(FetchError::Network),
    };
    if !response.ok() {
        return Err(FetchError::Http(response.status()));
    }
    let text = match response.text() {
        Ok(promise) => JsFuture::from(promise)
            .await
            .ok()
            .and_then(|t| t.as_string()),
        Err(_) => None,
    };
    text.ok_or(FetchError::NotText)
}

/// Later values win: the hash is more specific than the query.
fn overlay(base: Options, over: Options) -> Options {
    Options {
        voices: over.voices.or(base.voices),
        theme: over.theme.or(base.theme),
        panel_open: over.panel_open.or(base.panel_open),
        only: over.only.or(base.only),
        locale: over.locale.or(base.locale),
    }
}

/// The directory this page is served from: where the embed snippets point.
fn base_url() -> String {
    let href = window().location().href().unwrap_or_default();
    web_sys::Url::new_with_base("./", &href)
        .map(|u| u.href())
        .unwrap_or_else(|_| "./".into())
}

fn today() -> Day {
    let now = js_sys::Date::new_0();
    Day {
        year: now.get_full_year(),
        month: now.get_month() + 1,
        day: now.get_date(),
    }
}

fn warn_all(notices: &[Message]) {
    for notice in notices {
        gloo::console::warn!(format!("article-viewer: {notice}"));
    }
}

/// A panic leaves the wasm instance unusable; instead of a dead page, each viewer shows a panel
/// and the console gets the details.
fn install_panic_hook() {
    yew::set_custom_panic_hook(Box::new(|info| report_panic(&info.to_string())));
}

/// What the panic hook does: built with plain DOM calls, since Yew can no longer run.
pub fn report_panic(details: &str) {
    gloo::console::error!(format!("article-viewer panicked: {details}"));
    ROOTS.with(|roots| {
        for root in roots.borrow().iter() {
            show_crash_panel(root);
        }
    });
}

fn show_crash_panel(root: &Element) {
    let doc = document();
    let (Ok(panel), Ok(heading), Ok(text)) = (
        doc.create_element("div"),
        doc.create_element("h2"),
        doc.create_element("p"),
    ) else {
        return;
    };
    panel.set_class_name("av av-error");
    let _ = panel.set_attribute("role", "alert");
    let strings = STRINGS
        .with(|s| s.borrow().clone())
        .unwrap_or_else(|| Shared(Strings::english()));
    heading.set_text_content(Some(strings.get("crash.title")));
    text.set_text_content(Some(strings.get("crash.text")));
    let _ = panel.append_child(&heading);
    let _ = panel.append_child(&text);
    root.replace_children_with_node_1(&panel);
    // A page whose app had not yet replaced its prerendered copy shows the panel instead.
    if let Some(host) = document().get_element_by_id("article-viewer") {
        if root.parent_node().is_none() {
            host.replace_children_with_node_1(root);
        }
    }
}
