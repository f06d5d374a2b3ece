//! Trunk post-build hook: prerenders `index.html` and `embed.html`, writes `article.json`,
//! `quotes.csv` and the one-file viewer `article-viewer.html` into Trunk's staging directory.
//! Any problem fails the build with a message, rather than shipping a page without its article.

use article_viewer::app::Mode;
use article_viewer::i18n::{Locale, Strings};
use article_viewer::model::{builtin_article, BUILTIN_ARTICLE_JSON};
use article_viewer::pages::{assemble, one_file, prerender, quotes_csv, Bundle};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::rc::Rc;

#[tokio::main(flavor = "current_thread")]
async fn main() -> ExitCode {
    match run().await {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("build-pages: {e}");
            ExitCode::FAILURE
        }
    }
}

async fn run() -> Result<(), String> {
    let dir = PathBuf::from(
        std::env::var("TRUNK_STAGING_DIR")
            .map_err(|_| "TRUNK_STAGING_DIR is not set (run me from Trunk)")?,
    );
    let article = builtin_article().map_err(|errors| {
        let list: Vec<String> = errors.iter().map(ToString::to_string).collect();
        format!("data/article.json is invalid:\n  {}", list.join("\n  "))
    })?;
    let template = read(&dir.join("index.html"))?;
    // The prerendered pages speak the built-in article's language.
    let locale = Locale::from_tag(&article.meta.language).unwrap_or(Locale::En);
    let strings = match locale {
        Locale::En => Strings::english(),
        other => Rc::new(Strings::parse(
            other,
            &read(&dir.join(format!("locales/{}.json", other.tag())))?,
        )?),
    };
    let page = assemble(
        &template,
        &article,
        &prerender(&article, Mode::Page, strings.clone()).await,
        Mode::Page,
    )?;
    let frame = assemble(
        &template,
        &article,
        &prerender(&article, Mode::Frame, strings).await,
        Mode::Frame,
    )?;
    write(&dir.join("index.html"), &page)?;
    write(&dir.join("embed.html"), &frame)?;
    write(&dir.join("article.json"), BUILTIN_ARTICLE_JSON)?;
    write(&dir.join("quotes.csv"), &quotes_csv(&article)?)?;

    let wasm_path = dir.join("article-viewer_bg.wasm");
    let wasm = std::fs::read(&wasm_path).map_err(|e| format!("{}: {e}", wasm_path.display()))?;
    let single = one_file(&Bundle {
        page: &page,
        css: &read(&dir.join("style.css"))?,
        glue_js: &read(&dir.join("article-viewer.js"))?,
        wasm: &wasm,
        locales: &catalogues(&dir.join("locales"))?,
    })?;
    write(&dir.join("article-viewer.html"), &single)
}

/// Every catalogue but English (which the wasm carries), as (tag, JSON), in a stable order.
fn catalogues(dir: &Path) -> Result<Vec<(String, String)>, String> {
    let mut all = Vec::new();
    for locale in Locale::ALL.into_iter().filter(|l| *l != Locale::En) {
        let json = read(&dir.join(format!("{}.json", locale.tag())))?;
        Strings::parse(locale, &json)?;
        all.push((locale.tag().to_string(), json));
    }
    Ok(all)
}

fn read(path: &Path) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))
}

fn write(path: &Path, text: &str) -> Result<(), String> {
    std::fs::write(path, text).map_err(|e| format!("{}: {e}", path.display()))
}
