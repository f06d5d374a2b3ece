//! Writes a synthetic article as JSON to stdout:
//! `gen-article [paragraphs=2000] [voices=50] [seed=1]`.

use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<usize> = match std::env::args().skip(1).map(|a| a.parse()).collect() {
        Ok(args) => args,
        Err(_) => {
            eprintln!("usage: gen-article [paragraphs] [voices] [seed]");
            return ExitCode::from(2);
        }
    };
    let arg = |i: usize, default: usize| args.get(i).copied().unwrap_or(default);
    let article = article_viewer::synthetic::generate(arg(0, 2000), arg(1, 50), arg(2, 1) as u64);
    match serde_json::to_string(&article) {
        Ok(json) => {
            println!("{json}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("gen-article: {e}");
            ExitCode::FAILURE
        }
    }
}
