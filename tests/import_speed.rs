//! The importer in the browser (wasm in headless Chromium): drafts a 10,000-word article and
//! prints the time, for `./dev bench`. It checks that the draft is whole, so it can fail.
#![cfg(target_arch = "wasm32")]

use article_viewer::import::score::sample_text;
use article_viewer::import::{import, ImportOptions};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
fn drafts_ten_thousand_words() {
    let text = sample_text(10_000);
    let words = text.split_whitespace().count();
    let performance = gloo::utils::window().performance().unwrap();
    let options = ImportOptions {
        language: Some("en".into()),
        ..ImportOptions::default()
    };
    let mut times = Vec::new();
    for _ in 0..7 {
        let start = performance.now();
        let draft = import(&text, &options).unwrap().article;
        times.push(performance.now() - start);
        let drafted: usize = (0..draft.paragraphs.len())
            .map(|p| draft.paragraph_text(p).split_whitespace().count())
            .sum();
        assert_eq!(drafted, words, "every word is in the draft");
    }
    times.sort_by(f64::total_cmp);
    console_log!(
        "import-speed browser words={words} median_ms={:.1} best_ms={:.1}",
        times[times.len() / 2],
        times[0]
    );
}
