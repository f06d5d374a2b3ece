//! `score-import [--split dev|heldout|all] [--details]`: drafts every article of the annotated
//! corpus (`tests/import/<split>/<lang>/*.json`, plus the seed's `data/article.json` in dev/en)
//! from its plain text, scores the drafts against the gold, and prints a table per language
//! beside the quotation-marks-only baseline. `--details` lists each development article's misses
//! (never the held-out set's), each marked flagged or not by the editor's review.
//! `--speed` instead times drafting a 10,000-word article (for `./dev bench`).
//! `--fit-confidence` refits the confidence model on the development set alone and writes
//! `crates/import/src/confidence_model.txt` (the held-out set is never read for it).
//! `--cv-confidence` prints what that fit reaches on development articles it did not see
//! (cross-validation by article); `--dump-confidence PATH` writes the development set's
//! confidence features as a table.

use article_import::score::{
    match_quotes, quotes, same_speaker, score, source_text, Counts, QuoteKind,
};
use article_import::{import, ImportOptions};
use article_model::Article;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

const LANGS: [&str; 4] = ["en", "fr", "de", "es"];

/// The repository, where the annotated corpus lives (tests/import/).
const ROOT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../..");

/// The gold files of a split, with their language: the seed's article first in dev/en.
fn corpus_files(root: &Path, split: &str) -> Vec<(String, PathBuf)> {
    let mut files: Vec<(String, PathBuf)> = Vec::new();
    if split == "dev" {
        files.push(("en".into(), root.join("data/article.json")));
    }
    for lang in LANGS {
        let dir = root.join("tests/import").join(split).join(lang);
        let mut found: Vec<PathBuf> = std::fs::read_dir(&dir)
            .map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).collect())
            .unwrap_or_default();
        found.sort();
        files.extend(
            found
                .into_iter()
                .filter(|p| p.extension().is_some_and(|e| e == "json"))
                .map(|p| (lang.to_string(), p)),
        );
    }
    files
}

/// The share of attributed passages the fitted operating point may flag: below the issue's
/// 30%, with room for harsher real news.
const MAX_FLAGGED: f64 = 0.25;

/// The development set drafted with the neutral model, for fitting: each article's language
/// and its example (draft, gold, passage features). The held-out set is never read here.
fn dev_examples() -> Result<Vec<(String, article_import::confidence::Example)>, String> {
    use article_import::confidence::{Example, Model};
    let root = Path::new(ROOT);
    let mut examples = Vec::new();
    for (lang, path) in corpus_files(root, "dev") {
        let text = std::fs::read_to_string(&path).unwrap_or_default();
        let Ok(gold) = Article::parse(&text) else {
            return Err(format!("{}: invalid gold", path.display()));
        };
        let options = ImportOptions {
            title_line: true,
            ..ImportOptions::default()
        };
        let input = source_text(&gold);
        let Ok((draft, features)) =
            article_import::import_with(&input, &options, &Model::neutral())
        else {
            return Err(format!("{}: import failed", path.display()));
        };
        examples.push((
            lang,
            Example {
                draft: draft.article,
                gold,
                features,
            },
        ));
    }
    Ok(examples)
}

/// Folds of the development set's cross-validation, by article.
const FOLDS: usize = 10;

/// `--cv-confidence`: the review cost of the confidence model fitted as `--fit-confidence`
/// fits it, on development articles it did not see (10 folds by article), per language; and
/// of the committed model on the whole development set, for comparison. Writes nothing.
fn cv_confidence() -> ExitCode {
    use article_import::confidence::{apply, cross_validate, Model};
    let examples = match dev_examples() {
        Ok(e) => e,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::FAILURE;
        }
    };
    let plain: Vec<_> = examples.iter().map(|(_, e)| e.clone()).collect();
    let crossed = cross_validate(&plain, FOLDS, MAX_FLAGGED);
    let builtin = Model::builtin();
    println!("\n### Confidence model on the development set ({FOLDS}-fold cross-validation by article)\n");
    println!("| language | CV wrong attributions flagged | CV attributed passages flagged | committed model: wrong flagged | committed model: attributed flagged |");
    println!("|---|---:|---:|---:|---:|");
    for lang in LANGS.iter().copied().chain(["all"]) {
        let mut cv = Counts::default();
        let mut fitted = Counts::default();
        for ((l, ex), c) in examples.iter().zip(&crossed) {
            if lang == "all" || l == lang {
                cv += *c;
                let mut draft = ex.draft.clone();
                apply(&builtin, &mut draft, &ex.features);
                fitted += score(&draft, &ex.gold);
            }
        }
        println!(
            "| {lang} | {} | {} | {} | {} |",
            share(cv.wrong_doubtful, cv.wrong),
            share(cv.attributed_doubtful, cv.attributed),
            share(fitted.wrong_doubtful, fitted.wrong),
            share(fitted.attributed_doubtful, fitted.attributed),
        );
    }
    ExitCode::SUCCESS
}

/// `--dump-confidence PATH`: the development set's confidence features as a table (article,
/// language, quote, wrong, then each feature), for studying designs offline.
fn dump_confidence(path: &str) -> ExitCode {
    use article_import::confidence::FEATURES;
    use article_import::score::{quotes_and_members, wrong_passages};
    let examples = match dev_examples() {
        Ok(e) => e,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::FAILURE;
        }
    };
    let mut out = String::from("article\tlang\tquote\twrong");
    for (name, _) in FEATURES {
        out.push('\t');
        out.push_str(name);
    }
    out.push('\n');
    for (a, (lang, ex)) in examples.iter().enumerate() {
        let labels = wrong_passages(&ex.draft, &ex.gold);
        let (_, members) = quotes_and_members(&ex.draft);
        for ((fs, ls), ms) in ex.features.iter().zip(&labels).zip(&members) {
            for ((x, wrong), q) in fs.iter().zip(ls).zip(ms) {
                let (Some(x), Some(q)) = (x, q) else {
                    continue;
                };
                out.push_str(&format!("{a}\t{lang}\t{a}.{q}\t{}", u8::from(*wrong)));
                for v in x {
                    out.push_str(&format!("\t{v}"));
                }
                out.push('\n');
            }
        }
    }
    match std::fs::write(path, out) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("{path}: {e}");
            ExitCode::FAILURE
        }
    }
}

/// Refits the confidence model on the development set and writes it where `import` reads it.
fn fit_confidence() -> ExitCode {
    use article_import::confidence::{fit, Example};
    let root = Path::new(ROOT);
    let examples: Vec<Example> = match dev_examples() {
        Ok(e) => e.into_iter().map(|(_, e)| e).collect(),
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::FAILURE;
        }
    };
    // An honest estimate first: each fold of articles judged by a model fitted without it.
    let mut crossed = Counts::default();
    for c in article_import::confidence::cross_validate(&examples, FOLDS, MAX_FLAGGED) {
        crossed += c;
    }
    println!(
        "cross-validated on dev ({FOLDS} folds by article): wrong attributions flagged {}, attributed passages flagged {}",
        share(crossed.wrong_doubtful, crossed.wrong),
        share(crossed.attributed_doubtful, crossed.attributed)
    );
    let (model, counts) = fit(&examples, MAX_FLAGGED);
    let header = format!(
        "The confidence model: P(wrong attribution) = logistic(sum of weight * feature).\n\
         Written by `score-import --fit-confidence` from the development set ({} articles); do not edit by hand.\n\
         On that set: {} of {} wrong attributions flagged, {} of {} attributed passages flagged.\n\
         Cross-validated ({FOLDS} folds by article): {} of {} wrong attributions flagged, {} of {} attributed passages flagged.",
        examples.len(),
        counts.wrong_doubtful,
        counts.wrong,
        counts.attributed_doubtful,
        counts.attributed,
        crossed.wrong_doubtful,
        crossed.wrong,
        crossed.attributed_doubtful,
        crossed.attributed
    );
    let path = root.join("crates/import/src/confidence_model.txt");
    if let Err(e) = std::fs::write(
        &path,
        model.to_file(
            &header,
            &article_import::confidence::feature_notes(&examples),
        ),
    ) {
        eprintln!("{}: {e}", path.display());
        return ExitCode::FAILURE;
    }
    println!(
        "wrote {}: dev wrong attributions flagged {}, attributed passages flagged {}",
        path.display(),
        share(counts.wrong_doubtful, counts.wrong),
        share(counts.attributed_doubtful, counts.attributed)
    );
    ExitCode::SUCCESS
}

fn main() -> ExitCode {
    let mut split = "all".to_string();
    let mut details = false;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--split" => split = args.next().unwrap_or_default(),
            "--details" => details = true,
            "--speed" => return speed(),
            "--fit-confidence" => return fit_confidence(),
            "--cv-confidence" => return cv_confidence(),
            "--dump-confidence" => return dump_confidence(&args.next().unwrap_or_default()),
            "--checklist-failures" => {
                return checklist_failures(&args.next().unwrap_or_default());
            }
            _ => {
                eprintln!("usage: score-import [--split dev|heldout|all] [--details] | --speed | --fit-confidence | --cv-confidence | --dump-confidence PATH | --checklist-failures ROW");
                return ExitCode::from(2);
            }
        }
    }
    let splits: Vec<&str> = match split.as_str() {
        "all" => vec!["dev", "heldout"],
        "dev" => vec!["dev"],
        "heldout" => vec!["heldout"],
        other => {
            eprintln!("score-import: unknown split {other:?}");
            return ExitCode::from(2);
        }
    };
    // The annotated corpus lives in the repository's tests/import/.
    let root = Path::new(ROOT);
    let mut failed = false;
    for split in splits {
        let files = corpus_files(root, split);
        let mut rows: BTreeMap<(String, &str), Counts> = BTreeMap::new();
        let mut detected_right = 0;
        for (lang, path) in &files {
            let text = std::fs::read_to_string(path).unwrap_or_default();
            let gold = match Article::parse(&text) {
                Ok(a) => a,
                Err(errors) => {
                    eprintln!("{}: invalid gold: {}", path.display(), errors[0]);
                    failed = true;
                    continue;
                }
            };
            let input = source_text(&gold);
            for (system, quotes_only) in [("importer", false), ("quotation marks only", true)] {
                let options = ImportOptions {
                    title_line: true,
                    quotes_only,
                    ..ImportOptions::default()
                };
                let draft = match import(&input, &options) {
                    Ok(d) => d,
                    Err(e) => {
                        eprintln!("{}: {e}", path.display());
                        failed = true;
                        continue;
                    }
                };
                if !quotes_only && draft.language == *lang {
                    detected_right += 1;
                }
                let counts = score(&draft.article, &gold);
                *rows.entry((lang.clone(), system)).or_default() += counts;
                *rows.entry(("all".into(), system)).or_default() += counts;
                // The held-out set's misses are never listed: only its totals are looked at.
                if details && !quotes_only && split == "dev" {
                    print_details(path, &draft.article, &gold);
                }
            }
        }
        let total = rows
            .get(&("all".to_string(), "importer"))
            .copied()
            .unwrap_or_default();
        println!(
            "\n### {} set: {} articles, {} gold quotes (language detected right in {} of {})\n",
            if split == "dev" {
                "Development"
            } else {
                "Held-out"
            },
            total.articles,
            total.gold,
            detected_right,
            total.articles
        );
        println!("| language | system | quotes | P | R | F1 @0.3 | F1 @0.8 | speaker acc. | quote+speaker F1 | direct/para. acc. | fidelity |");
        println!("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        for lang in LANGS.iter().copied().chain(["all"]) {
            for system in ["importer", "quotation marks only"] {
                if let Some(c) = rows.get(&(lang.to_string(), system)) {
                    println!(
                        "| {lang} | {system} | {} | {:.2} | {:.2} | {:.2} | {:.2} | {:.2} | {:.2} | {:.2} | {:.0}% |",
                        c.gold, c.precision(), c.recall(), c.f1_03(), c.f1_08(), c.speaker_accuracy(), c.quote_speaker_f1(), c.kind_accuracy(), c.fidelity() * 100.0
                    );
                    if c.faithful != c.articles {
                        failed = true;
                    }
                }
            }
        }
        print_kinds_and_review(&rows);
    }
    print_checklist(&article_import::checklist::run());
    if failed {
        eprintln!("score-import: fidelity below 100% or unreadable input");
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

/// Drafts a 10,000-word article 11 times and prints the median and best times.
fn speed() -> ExitCode {
    let text = article_import::score::sample_text(10_000);
    let words = text.split_whitespace().count();
    let mut times: Vec<f64> = (0..11)
        .map(|_| {
            let start = std::time::Instant::now();
            let draft = import(
                &text,
                &ImportOptions {
                    language: Some("en".into()),
                    ..ImportOptions::default()
                },
            );
            assert!(draft.is_ok());
            start.elapsed().as_secs_f64() * 1000.0
        })
        .collect();
    times.sort_by(f64::total_cmp);
    println!(
        "import-speed native words={words} median_ms={:.1} best_ms={:.1}",
        times[times.len() / 2],
        times[0]
    );
    ExitCode::SUCCESS
}

fn print_details(path: &Path, draft: &Article, gold: &Article) {
    let (g, p) = (quotes(gold), quotes(draft));
    let compact: Vec<char> = article_import::score::compact_text(gold).chars().collect();
    let snippet = |s: usize, e: usize| compact[s..e.min(s + 60)].iter().collect::<String>();
    let matched = match_quotes(&g, &p, 0.3);
    let flags = article_import::score::doubtful_spans(draft);
    let review = |doubtful: bool| {
        if doubtful {
            "flagged"
        } else {
            "NOT flagged"
        }
    };
    // The confidence and reason of the drafted passage at a compact position.
    let mut spans = Vec::new();
    let mut at = 0;
    for (_, passage) in draft.passages() {
        let len = passage.text.chars().filter(|c| !c.is_whitespace()).count();
        spans.push((at, at + len, passage));
        at += len;
    }
    let why = |start: usize| {
        spans
            .iter()
            .find(|(s, e, _)| *s <= start && start < *e)
            .map(|(_, _, p)| {
                format!(
                    "{} {}",
                    p.confidence.unwrap_or(0),
                    p.reason.as_deref().unwrap_or("")
                )
            })
            .unwrap_or_default()
    };
    println!("\n== {}", path.display());
    for (gi, gq) in g.iter().enumerate() {
        match matched.iter().find(|m| m.0 == gi) {
            None => println!(
                "  MISSED  [{}] {} ({})",
                gold.voices[gq.voice].name,
                snippet(gq.start, gq.end),
                review(flags.iter().any(|&(s, e)| s < gq.end && gq.start < e))
            ),
            Some(&(_, pi)) => {
                let pv = &draft.voices[p[pi].voice];
                if !same_speaker(pv, &gold.voices[gq.voice]) {
                    println!(
                        "  SPEAKER [{} -> {}] {} ({}: {})",
                        gold.voices[gq.voice].name,
                        pv.name,
                        snippet(gq.start, gq.end),
                        review(p[pi].doubtful),
                        why(p[pi].start)
                    );
                }
            }
        }
    }
    for (pi, pq) in p.iter().enumerate() {
        if !matched.iter().any(|m| m.1 == pi) {
            println!(
                "  EXTRA   [{}] {} ({}: {})",
                draft.voices[pq.voice].name,
                snippet(pq.start, pq.end),
                review(pq.doubtful),
                why(pq.start)
            );
        }
    }
}

/// The behavioural suite's pass rates: a row per pattern and per invariance test, a column per
/// language ("—" where the pattern does not exist in the language).
fn print_checklist(rates: &article_import::checklist::Rates) {
    use article_import::checklist::LANGS;
    let count = |invariance: bool| -> usize {
        rates
            .rows
            .iter()
            .filter(|r| r.label.starts_with("INV ") == invariance)
            .map(|r| r.total().1)
            .sum()
    };
    println!(
        "\n### Behavioural suite: {} cases and {} invariance pairs, pass rate per pattern and language\n",
        count(false),
        count(true)
    );
    println!("| pattern | en | fr | de | es | all |");
    println!("|---|---:|---:|---:|---:|---:|");
    for row in &rates.rows {
        let cells: Vec<String> = LANGS
            .iter()
            .zip(row.cells)
            .map(|(_, (passed, run))| percent(passed, run))
            .collect();
        let (passed, run) = row.total();
        println!(
            "| {} | {} | {} |",
            row.label,
            cells.join(" | "),
            percent(passed, run)
        );
    }
}

fn percent(passed: usize, run: usize) -> String {
    if run == 0 {
        "\u{2014}".to_string()
    } else {
        format!("{:.0}% ({run})", 100.0 * passed as f64 / run as f64)
    }
}

/// Lists the behavioural cases that fail, in rows whose label contains `row`.
fn checklist_failures(row: &str) -> ExitCode {
    let rates = article_import::checklist::run();
    for failure in rates.failures.iter().filter(|f| f.row.contains(row)) {
        println!(
            "\n[{} / {}] {}\n{}",
            failure.row,
            article_import::checklist::lang_code(failure.lang),
            failure.what,
            failure.text
        );
    }
    ExitCode::SUCCESS
}

/// Per quote kind (found, and found with the right speaker, of the gold quotes of that kind) and
/// the review cost at the editor's doubt threshold, for the importer.
fn print_kinds_and_review(rows: &BTreeMap<(String, &str), Counts>) {
    println!("\nPer quote kind (found / speaker right, of the gold quotes of the kind; n) and the review cost (passages below the editor's doubt threshold, confidence < {}):\n", article_import::DOUBT_BELOW);
    println!("| language | direct | mixed | indirect | wrong attributions flagged | attributed passages flagged | missed quotes flagged | narration passages flagged |");
    println!("|---|---:|---:|---:|---:|---:|---:|---:|");
    for lang in LANGS.iter().copied().chain(["all"]) {
        let Some(c) = rows.get(&(lang.to_string(), "importer")) else {
            continue;
        };
        let kinds: Vec<String> = QuoteKind::ALL
            .iter()
            .map(|&k| match c.kind_rates(k) {
                Some((found, right)) => format!(
                    "{:.0}% / {:.0}% ({})",
                    found * 100.0,
                    right * 100.0,
                    c.kind_gold[k as usize]
                ),
                None => "\u{2014}".to_string(),
            })
            .collect();
        println!(
            "| {lang} | {} | {} | {} | {} | {} |",
            kinds.join(" | "),
            share(c.wrong_doubtful, c.wrong),
            share(c.attributed_doubtful, c.attributed),
            share(c.missed_doubtful, c.missed),
            c.narration_doubtful
        );
    }
}

/// "82% (55 of 67)": a review figure with the counts behind it (0% of none).
fn share(part: usize, whole: usize) -> String {
    let percent = if whole == 0 {
        0.0
    } else {
        part as f64 * 100.0 / whole as f64
    };
    format!("{percent:.0}% ({part} of {whole})")
}
