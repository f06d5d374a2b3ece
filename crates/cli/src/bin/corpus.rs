//! `corpus`: many articles in one SQLite database. Thin: every command is a call into
//! article-corpus and a printout. `corpus --help` and `corpus COMMAND --help` say more.

use article_corpus::export::Format;
use article_corpus::input::Source;
use article_corpus::names::Action;
use article_corpus::stats::GroupBy;
use article_corpus::table::{to_csv, Cell, Table};
use article_corpus::{AddOptions, Corpus, Mode, Outcome, Progress};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressState, ProgressStyle};
use lexopt::prelude::*;
use std::ffi::OsString;
use std::io::IsTerminal;
use std::process::ExitCode;
use std::time::{Duration, Instant};

// `corpus site`: the static corpus browser (crates/site), in corpus/site.rs.
#[path = "corpus/site.rs"]
mod site;

const USAGE: &str = "usage: corpus COMMAND DB [ARGS]

commands:
  add DB INPUT...          add folders of .txt and article.json files, or JSON Lines files
  voices DB [--ambiguous]  list the corpus voices, or only the doubtful matches
  merge DB A B             record that voices (or names) A and B are one speaker
  split DB A B             record that names A and B are two speakers
  stats DB [--by G]        statistics tables (G: outlet, month, language)
  export DB --format F OUT one row per passage in OUT, one per voice beside it (F: csv, jsonl, parquet)
  search DB QUERY          full-text search over the passages
  synthetic N OUT          write N synthetic articles as JSON Lines (for benchmarks)
  site DB OUT              a static corpus browser of DB in the folder OUT (any static host)

`corpus COMMAND --help` describes each command.";

const ADD: &str = "usage: corpus add DB INPUT... [--threads N] [--quiet]

Adds articles to the corpus DB (created if missing). An INPUT is:
  a folder   its .txt files (drafted by the importer; id: the path without .txt) and
             article.json files (validated, stored as reviewed; id: the folder's path)
  FILE.txt   one text;  FILE.json  one reviewed article
  any other  JSON Lines, one article a line: {\"id\",\"text\",\"title\",\"outlet\",\"url\",\"date\",\"lang\"}
             (only text is required; a missing id becomes the text's hash); - reads stdin
Adding the same input twice changes nothing; a changed text replaces its draft; a reviewed
article is never replaced by a draft. Bad items are listed and counted, never fatal.
Exit status: 0 all added, 1 some items failed, 2 the run could not be done.
  --threads N  drafting threads (default: every core)
  --quiet      no progress and no summary (bad items are still listed)
  --json       also print the summary as JSON on stdout, with peak memory and CPU time";

const VOICES: &str = "usage: corpus voices DB [--ambiguous] [--format table|csv|json]

Lists the corpus voices, most quoted first. --ambiguous lists only the names whose match is
doubtful (an initial that fits several people, a surname alone, an initial matched to a full name),
to settle with `corpus merge` or `corpus split`.";

const MERGE: &str = "usage: corpus merge DB A B

Records that A and B are one speaker and regroups the voices. A and B are voice ids (as
`corpus voices` lists them) or names as the articles write them. Later additions respect it.";

const SPLIT: &str = "usage: corpus split DB A B

Records that A and B are two speakers, e.g. `corpus split DB john-smith \"J. Smith\"` keeps
\"J. Smith\" apart from John Smith. Later additions respect it; the latest decision wins.";

const STATS: &str =
    "usage: corpus stats DB [--by outlet|month|language] [--format table|csv|json] [--top N]

Articles, passages and words; words by voice kind (person, collective, anonymous, outlet
narration); direct quotes against paraphrase; the top N voices (default 10); quotes of people by
gender as the articles refer to them (pronouns and titles; \"not stated\" otherwise).
csv is tidy: table,row,column,value.";

const EXPORT: &str = "usage: corpus export DB --format csv|jsonl|parquet OUT

Writes one row per passage to OUT (article_id, outlet, date, url, paragraph, voice,
voice_name, voice_kind, passage_kind, text, confidence, reviewed) and one row per corpus voice
beside it, OUT's name with -voices (out.csv -> out-voices.csv).";

const SEARCH: &str = "usage: corpus search DB QUERY [--limit N] [--format table|json]

Full-text search over every passage (SQLite FTS5; accents and case ignored). Plain words must
all match; quotes, OR, NOT, NEAR and prefix* are FTS5 syntax.";

const SYNTHETIC: &str = "usage: corpus synthetic N OUT [--seed S]

Writes N synthetic news articles (English text with quotes, speakers, several outlets and
dates) as JSON Lines to OUT, deterministic from the seed: the benchmark's input.";

enum Failure {
    Usage(String),
    Fatal(String),
}

impl<E: std::fmt::Display> From<E> for Failure {
    fn from(e: E) -> Self {
        Failure::Fatal(e.to_string())
    }
}

fn main() -> ExitCode {
    match run() {
        Ok(code) => code,
        Err(Failure::Usage(m)) => {
            eprintln!("corpus: {m}");
            ExitCode::from(2)
        }
        Err(Failure::Fatal(m)) => {
            eprintln!("corpus: {m}");
            ExitCode::from(2)
        }
    }
}

/// Positional arguments and options of one command, parsed by lexopt.
struct Args {
    values: Vec<String>,
    options: Vec<(String, Option<String>)>,
}

impl Args {
    fn parse(
        parser: &mut lexopt::Parser,
        flags: &[&str],
        valued: &[&str],
        help: &str,
    ) -> Result<Option<Args>, Failure> {
        let mut args = Args {
            values: Vec::new(),
            options: Vec::new(),
        };
        let usage = |e: String| Failure::Usage(format!("{e}\n{help}"));
        while let Some(arg) = parser.next().map_err(|e| usage(e.to_string()))? {
            match arg {
                Long("help") | Short('h') => {
                    println!("{help}");
                    return Ok(None);
                }
                Long(name) if flags.contains(&name) => {
                    args.options.push((name.to_string(), None));
                }
                Long(name) if valued.contains(&name) => {
                    let name = name.to_string();
                    let v = parser.value().map_err(|e| usage(e.to_string()))?;
                    args.options.push((name, Some(text(v)?)));
                }
                Value(v) => args.values.push(text(v)?),
                other => return Err(usage(other.unexpected().to_string())),
            }
        }
        Ok(Some(args))
    }

    fn flag(&self, name: &str) -> bool {
        self.options.iter().any(|(n, _)| n == name)
    }

    fn value(&self, name: &str) -> Option<&str> {
        self.options
            .iter()
            .rev()
            .find(|(n, _)| n == name)
            .and_then(|(_, v)| v.as_deref())
    }

    fn number(&self, name: &str, default: usize) -> Result<usize, Failure> {
        match self.value(name) {
            None => Ok(default),
            Some(v) => {
                v.parse().ok().filter(|&n: &usize| n > 0).ok_or_else(|| {
                    Failure::Usage(format!("--{name}: {v:?} is not a positive number"))
                })
            }
        }
    }

    /// Exactly `n` positional arguments (at least `n` when `more`).
    fn positional(&self, n: usize, more: bool, help: &str) -> Result<&[String], Failure> {
        let ok = if more {
            self.values.len() >= n
        } else {
            self.values.len() == n
        };
        if ok {
            Ok(&self.values)
        } else {
            Err(Failure::Usage(format!("wrong number of arguments\n{help}")))
        }
    }
}

fn text(v: OsString) -> Result<String, Failure> {
    v.into_string()
        .map_err(|v| Failure::Usage(format!("{v:?}: not valid UTF-8")))
}

fn run() -> Result<ExitCode, Failure> {
    let mut parser = lexopt::Parser::from_env();
    let command = match parser.next().map_err(|e| Failure::Usage(e.to_string()))? {
        Some(Value(v)) => text(v)?,
        Some(Long("help") | Short('h')) => {
            println!("{USAGE}");
            return Ok(ExitCode::SUCCESS);
        }
        _ => return Err(Failure::Usage(USAGE.to_string())),
    };
    let p = &mut parser;
    let done = Ok(ExitCode::SUCCESS);
    match command.as_str() {
        "add" => match Args::parse(p, &["quiet", "json"], &["threads", "batch"], ADD)? {
            Some(a) => add(&a),
            None => done,
        },
        "voices" => match Args::parse(p, &["ambiguous"], &["format"], VOICES)? {
            Some(a) => voices(&a).and(done),
            None => done,
        },
        "merge" | "split" => {
            let help = if command == "merge" { MERGE } else { SPLIT };
            match Args::parse(p, &[], &[], help)? {
                Some(a) => decide(&a, &command, help).and(done),
                None => done,
            }
        }
        "stats" => match Args::parse(p, &[], &["by", "format", "top"], STATS)? {
            Some(a) => stats(&a).and(done),
            None => done,
        },
        "export" => match Args::parse(p, &[], &["format"], EXPORT)? {
            Some(a) => export(&a).and(done),
            None => done,
        },
        "search" => match Args::parse(p, &[], &["limit", "format"], SEARCH)? {
            Some(a) => search(&a).and(done),
            None => done,
        },
        "site" => match Args::parse(p, &["quiet"], &["viewer", "locale", "title"], site::HELP)? {
            Some(a) => site::run(&a).and(done),
            None => done,
        },
        "synthetic" => match Args::parse(p, &[], &["seed"], SYNTHETIC)? {
            Some(a) => synthetic(&a).and(done),
            None => done,
        },
        other => Err(Failure::Usage(format!(
            "unknown command {other:?}\n{USAGE}"
        ))),
    }
}

/// The progress of `corpus add`: a bar on a terminal, a line every few seconds otherwise.
struct Report {
    bar: Option<ProgressBar>,
    quiet: bool,
    total: Option<u64>,
    done: u64,
    started: Instant,
    last_line: Instant,
}

impl Report {
    fn say_failure(&self, line: &str) {
        match &self.bar {
            Some(bar) => bar.println(line),
            None => eprintln!("{line}"),
        }
    }
}

impl Progress for Report {
    fn start(&mut self, total: Option<u64>) {
        self.total = total;
        if self.quiet || !std::io::stderr().is_terminal() {
            return;
        }
        let bar = ProgressBar::with_draw_target(total, ProgressDrawTarget::stderr());
        let template = if total.is_some() {
            "{bar:30} {pos}/{len} articles  {rate}  {eta} left"
        } else {
            "{spinner} {pos} articles  {rate}"
        };
        if let Ok(style) = ProgressStyle::with_template(template) {
            bar.set_style(style.with_key(
                "rate",
                |state: &ProgressState, w: &mut dyn std::fmt::Write| {
                    let _ = write!(w, "{:.0} a second", state.per_sec());
                },
            ));
        }
        bar.enable_steady_tick(Duration::from_millis(200));
        self.bar = Some(bar);
    }

    fn item(&mut self, label: &str, result: &Result<Outcome, String>) {
        self.done += 1;
        if let Err(reason) = result {
            self.say_failure(&format!("corpus add: {label}: {reason}"));
        }
        if let Some(bar) = &self.bar {
            bar.inc(1);
        } else if !self.quiet && self.last_line.elapsed() >= Duration::from_secs(2) {
            self.last_line = Instant::now();
            let rate = self.done as f64 / self.started.elapsed().as_secs_f64().max(1e-9);
            let of = self.total.map(|t| format!("/{t}")).unwrap_or_default();
            eprintln!("corpus add: {}{of} items, {rate:.0} a second", self.done);
        }
    }
}

fn add(a: &Args) -> Result<ExitCode, Failure> {
    let values = a.positional(2, true, ADD)?;
    let sources = values[1..]
        .iter()
        .map(|s| Source::of(s))
        .collect::<Result<Vec<_>, _>>()?;
    let defaults = AddOptions::default();
    let options = AddOptions {
        threads: a.number("threads", defaults.threads)?,
        batch: a.number("batch", defaults.batch)?,
    };
    let mut corpus = Corpus::open(&values[0], Mode::Write)?;
    let mut report = Report {
        bar: None,
        quiet: a.flag("quiet"),
        total: None,
        done: 0,
        started: Instant::now(),
        last_line: Instant::now(),
    };
    let summary = corpus.add(&sources, options, &mut report);
    if let Some(bar) = report.bar.take() {
        bar.finish_and_clear();
    }
    let s = summary?;
    if !report.quiet {
        eprintln!(
            "corpus add: {} items in {:.1} s ({:.0} a second): {} added, {} replaced, {} unchanged, {} kept as reviewed, {} failed",
            s.items(),
            s.seconds,
            s.items() as f64 / s.seconds.max(1e-9),
            s.added,
            s.replaced,
            s.unchanged,
            s.kept_reviewed,
            s.failed
        );
    }
    if a.flag("json") {
        let (peak_kb, cpu) = usage();
        let json = serde_json::json!({
            "items": s.items(), "added": s.added, "replaced": s.replaced,
            "unchanged": s.unchanged, "kept_reviewed": s.kept_reviewed, "failed": s.failed,
            "seconds": s.seconds, "cpu_seconds": cpu, "peak_rss_kb": peak_kb,
            "threads": options.threads,
        });
        println!("{json}");
    }
    Ok(if s.failed > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// Prints tables in the format asked for.
fn print_tables(tables: &[Table], format: Option<&str>) -> Result<(), Failure> {
    match format.unwrap_or("table") {
        "table" => {
            let text: Vec<String> = tables.iter().map(Table::to_text).collect();
            print!("{}", text.join("\n"));
        }
        "csv" => print!("{}", to_csv(tables)),
        "json" => println!("{}", serde_json::to_string_pretty(tables)?),
        other => {
            return Err(Failure::Usage(format!(
                "--format: {other:?} is not table, csv or json"
            )))
        }
    }
    Ok(())
}

fn voices(a: &Args) -> Result<(), Failure> {
    let values = a.positional(1, false, VOICES)?;
    let corpus = Corpus::open(&values[0], Mode::Read)?;
    let voices = corpus.voices()?;
    let ambiguous = a.flag("ambiguous");
    let mut table = if ambiguous {
        Table::new(
            "ambiguous",
            "Doubtful matches (settle with corpus merge or corpus split)",
            &["voice", "id", "names", "doubt"],
        )
    } else {
        Table::new(
            "voices",
            "Corpus voices",
            &[
                "voice",
                "id",
                "kind",
                "gender",
                "articles",
                "quotes",
                "quoted words",
                "outlets",
                "first",
                "last",
            ],
        )
    };
    for v in voices {
        if ambiguous {
            for doubt in &v.doubts {
                table.rows.push(vec![
                    v.name.as_str().into(),
                    v.id.as_str().into(),
                    v.names.join(" | ").into(),
                    doubt.as_str().into(),
                ]);
            }
        } else {
            table.rows.push(vec![
                v.name.into(),
                v.id.into(),
                v.kind.into(),
                v.gender.into(),
                v.articles.into(),
                v.passages.into(),
                v.quoted_words.into(),
                Cell::Text(v.outlets.join(", ")),
                v.first_date.unwrap_or_default().into(),
                v.last_date.unwrap_or_default().into(),
            ]);
        }
    }
    print_tables(&[table], a.value("format"))
}

fn decide(a: &Args, command: &str, help: &str) -> Result<(), Failure> {
    let values = a.positional(3, false, help)?;
    let mut corpus = Corpus::open(&values[0], Mode::Write)?;
    let action = if command == "merge" {
        Action::Merge
    } else {
        Action::Split
    };
    let (ka, kb) = corpus.decide(action, &values[1], &values[2])?;
    println!("corpus {command}: recorded for names {ka:?} and {kb:?}; voices regrouped");
    Ok(())
}

fn stats(a: &Args) -> Result<(), Failure> {
    let values = a.positional(1, false, STATS)?;
    let by = match a.value("by") {
        None => GroupBy::All,
        Some(name) => GroupBy::from_name(name).ok_or_else(|| {
            Failure::Usage(format!("--by: {name:?} is not outlet, month or language"))
        })?,
    };
    let corpus = Corpus::open(&values[0], Mode::Read)?;
    print_tables(&corpus.stats(by, a.number("top", 10)?)?, a.value("format"))
}

fn export(a: &Args) -> Result<(), Failure> {
    let values = a.positional(2, false, EXPORT)?;
    let name = a
        .value("format")
        .ok_or_else(|| Failure::Usage(format!("--format is required\n{EXPORT}")))?;
    let format = Format::from_name(name).ok_or_else(|| {
        Failure::Usage(format!("--format: {name:?} is not csv, jsonl or parquet"))
    })?;
    let corpus = Corpus::open(&values[0], Mode::Read)?;
    let done = corpus.export(format, std::path::Path::new(&values[1]))?;
    eprintln!(
        "corpus export: {} passages to {}, {} voices to {}",
        done.passages,
        done.passages_path.display(),
        done.voices,
        done.voices_path.display()
    );
    Ok(())
}

fn search(a: &Args) -> Result<(), Failure> {
    let values = a.positional(2, false, SEARCH)?;
    let corpus = Corpus::open(&values[0], Mode::Read)?;
    let hits = corpus.search(&values[1], a.number("limit", 20)?)?;
    if a.value("format") == Some("json") {
        println!("{}", serde_json::to_string_pretty(&hits)?);
        return Ok(());
    }
    let mut table = Table::new(
        "search",
        &format!("{} passages match {:?}", hits.len(), values[1]),
        &["article", "paragraph", "voice", "kind", "text"],
    );
    for h in hits {
        table.rows.push(vec![
            h.article_id.into(),
            u64::from(h.paragraph).into(),
            h.voice_name.into(),
            h.kind.into(),
            h.snippet.trim().to_string().into(),
        ]);
    }
    print_tables(&[table], a.value("format"))
}

fn synthetic(a: &Args) -> Result<(), Failure> {
    let values = a.positional(2, false, SYNTHETIC)?;
    let count: usize = values[0]
        .parse()
        .map_err(|_| Failure::Usage(format!("N: {:?} is not a number", values[0])))?;
    let seed = a.number("seed", 1)? as u64;
    let file = std::fs::File::create(&values[1]).map_err(|e| format!("{}: {e}", values[1]))?;
    article_corpus::synthetic::write_jsonl(std::io::BufWriter::new(file), count, seed)
        .map_err(|e| format!("{}: {e}", values[1]))?;
    Ok(())
}

/// This process's peak resident memory (KB) and CPU time (user + system, seconds).
fn usage() -> (i64, f64) {
    // SAFETY: getrusage only writes into the zeroed struct we pass it.
    let mut u: libc::rusage = unsafe { std::mem::zeroed() };
    if unsafe { libc::getrusage(libc::RUSAGE_SELF, &mut u) } != 0 {
        return (0, 0.0);
    }
    let secs = |t: libc::timeval| t.tv_sec as f64 + t.tv_usec as f64 / 1e6;
    (u.ru_maxrss as i64, secs(u.ru_utime) + secs(u.ru_stime))
}
