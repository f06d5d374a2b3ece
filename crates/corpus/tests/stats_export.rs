//! `stats` on a corpus whose figures are known by hand, and the exports read back: Parquet
//! with the parquet crate's own record reader, CSV and JSON Lines with csv and serde.

mod common;

use article_corpus::export::{voices_path, Format};
use article_corpus::stats::GroupBy;
use article_corpus::table::{to_csv, Cell, Table};
use article_model::rows::{passage_rows, PassageRow};
use article_model::PassageKind::{Direct, Narration, Paraphrase};
use article_model::VoiceKind::{Collective, Outlet, Person};
use common::{article, Fixture};
use parquet::file::reader::{FileReader, SerializedFileReader};
use parquet::record::Field;

/// Two outlets, two months. Words: article one has narration 3 + 2, Ann 4 (direct), an
/// anonymous source 4 (paraphrase); article two has narration 3, Ann 3 (direct) and a
/// ministry 6 (paraphrase).
fn corpus() -> Fixture {
    let f = Fixture::new();
    let one = article(
        "Harbour Times",
        "2025-01-10",
        &[
            ("ann", "Ann Bell", Person, "the harbour master"),
            ("anon", "A senior official", Person, "anonymous source"),
            ("ht", "Harbour Times", Outlet, ""),
        ],
        &[
            &[("ht", Narration, "The port closed.")],
            &[
                ("ann", Direct, "\"We are ready now,\""),
                ("ht", Narration, " she said."),
            ],
            &[("anon", Paraphrase, "the deal was close.")],
        ],
    );
    let two = article(
        "Valley Gazette",
        "2025-02-03",
        &[
            ("bell", "Ann Bell", Person, "port director"),
            ("min", "The Ministry of Ports", Collective, ""),
            ("vg", "Valley Gazette", Outlet, ""),
        ],
        &[&[
            ("bell", Direct, "\"Ships are back.\""),
            ("vg", Narration, "It added that"),
            ("min", Paraphrase, " traffic had doubled since last year."),
        ]],
    );
    f.add_articles(&[("one", one), ("two", two)]);
    f
}

fn row<'a>(table: &'a Table, first: &[&str]) -> &'a [Cell] {
    table
        .rows
        .iter()
        .find(|r| {
            // The row's text cells, in order, begin with `first`.
            let texts = r.iter().filter(|c| matches!(c, Cell::Text(_)));
            first
                .iter()
                .zip(texts)
                .all(|(want, cell)| *cell == Cell::Text(want.to_string()))
        })
        .unwrap_or_else(|| panic!("no row {first:?} in {}", table.to_text()))
}

fn int(cell: &Cell) -> u64 {
    match cell {
        Cell::Int(n) => *n,
        other => panic!("{other:?} is not a count"),
    }
}

#[test]
fn stats_count_articles_words_kinds_voices_and_gender() {
    let f = corpus();
    let tables = f.read().stats(GroupBy::All, 10).unwrap();
    let [overview, kinds, passage_kinds, top, gender] = &tables[..] else {
        panic!("five tables")
    };
    let all = row(overview, &["all"]);
    assert_eq!(
        all[1..5].iter().map(int).collect::<Vec<_>>(),
        vec![2, 7, 25, 17]
    );
    assert_eq!(int(&row(kinds, &["all", "person"])[3]), 7);
    assert_eq!(int(&row(kinds, &["all", "anonymous"])[3]), 4);
    assert_eq!(int(&row(kinds, &["all", "collective"])[3]), 6);
    assert_eq!(int(&row(kinds, &["all", "outlet"])[3]), 8);
    assert_eq!(int(&row(passage_kinds, &["all", "direct"])[3]), 7);
    assert_eq!(int(&row(passage_kinds, &["all", "paraphrase"])[3]), 10);
    // Ann Bell is one voice across the two articles and the most quoted person.
    assert_eq!(row(top, &["all"])[2], Cell::Text("Ann Bell".into()));
    assert_eq!(int(&row(top, &["all", "The Ministry of Ports"])[5]), 6);
    let bell = row(top, &["all", "Ann Bell"]);
    assert_eq!((int(&bell[4]), int(&bell[5]), int(&bell[6])), (2, 7, 2));
    // "she" in article one only: 4 words female, 3 not stated; the anonymous source counts
    // among people, not stated.
    assert_eq!(int(&row(gender, &["all", "female"])[4]), 4);
    assert_eq!(int(&row(gender, &["all", "not stated"])[4]), 3 + 4);
    assert_eq!(int(&row(gender, &["all", "male"])[2]), 0);
    let text = overview.to_text();
    assert!(
        text.lines().nth(1).unwrap().starts_with("corpus  articles"),
        "{text}"
    );

    let by_outlet = f.read().stats(GroupBy::Outlet, 10).unwrap();
    assert_eq!(int(&row(&by_outlet[0], &["Harbour Times"])[3]), 13);
    let by_month = f.read().stats(GroupBy::Month, 10).unwrap();
    assert_eq!(int(&row(&by_month[0], &["2025-02"])[1]), 1);
    let csv = to_csv(&by_month);
    assert!(csv.starts_with("table,row,column,value\n"), "{csv}");
    assert!(csv.contains("overview,2025-01,words,13\n"), "{csv}");
}

#[test]
fn parquet_export_reads_back_with_the_parquet_reader() {
    let f = corpus();
    let out = f.path("out.parquet");
    let done = f.read().export(Format::Parquet, &out).unwrap();
    assert_eq!((done.passages, done.voices), (7, 4));
    let reader = SerializedFileReader::new(std::fs::File::open(&out).unwrap()).unwrap();
    let schema = reader.metadata().file_metadata().schema_descr();
    let names: Vec<&str> = schema.columns().iter().map(|c| c.name()).collect();
    assert_eq!(names, PassageRow::COLUMNS);
    let rows: Vec<parquet::record::Row> = reader
        .get_row_iter(None)
        .unwrap()
        .map(|r| r.unwrap())
        .collect();
    assert_eq!(rows.len(), 7);
    let get = |r: &parquet::record::Row, name: &str| -> Field {
        r.get_column_iter()
            .find(|(n, _)| n.as_str() == name)
            .map(|(_, v)| v.clone())
            .unwrap()
    };
    let first = &rows[0];
    assert_eq!(get(first, "article_id"), Field::Str("one".into()));
    assert_eq!(get(first, "date"), Field::Str("2025-01-10".into()));
    assert_eq!(get(first, "voice_kind"), Field::Str("outlet".into()));
    assert_eq!(get(first, "confidence"), Field::Null);
    assert_eq!(get(first, "reviewed"), Field::Bool(true));
    let anon = rows
        .iter()
        .find(|r| get(r, "voice") == Field::Str("anon".into()))
        .unwrap();
    assert_eq!(get(anon, "voice_kind"), Field::Str("anonymous".into()));
    assert_eq!(get(anon, "paragraph"), Field::Int(2));
    assert_eq!(get(anon, "text"), Field::Str("the deal was close.".into()));

    let voices =
        SerializedFileReader::new(std::fs::File::open(voices_path(&out)).unwrap()).unwrap();
    let rows: Vec<parquet::record::Row> = voices
        .get_row_iter(None)
        .unwrap()
        .map(|r| r.unwrap())
        .collect();
    let ann = rows
        .iter()
        .find(|r| get(r, "voice_id") == Field::Str("ann-bell".into()))
        .expect("Ann Bell's row");
    assert_eq!(get(ann, "articles"), Field::Long(2));
    assert_eq!(
        get(ann, "outlets"),
        Field::Str("Harbour Times|Valley Gazette".into())
    );
    assert_eq!(
        get(ann, "roles"),
        Field::Str("the harbour master (2025-01-10)|port director (2025-02-03)".into())
    );
    assert_eq!(get(ann, "gender"), Field::Str("female".into()));
}

#[test]
fn csv_and_jsonl_exports_hold_the_passage_rows_of_the_model() {
    let f = corpus();
    let corpus = f.read();
    let mut expected = Vec::new();
    for id in ["one", "two"] {
        let a = corpus.article(id).unwrap().unwrap();
        expected.extend(passage_rows(id, &a.article, true));
    }
    let jsonl = f.path("out.jsonl");
    corpus.export(Format::Jsonl, &jsonl).unwrap();
    let rows: Vec<PassageRow> = std::fs::read_to_string(&jsonl)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(rows, expected);

    let csv_path = f.path("out.csv");
    corpus.export(Format::Csv, &csv_path).unwrap();
    let mut reader = csv::Reader::from_path(&csv_path).unwrap();
    assert_eq!(
        reader.headers().unwrap().iter().collect::<Vec<_>>(),
        PassageRow::COLUMNS
    );
    let rows: Vec<PassageRow> = reader.deserialize().map(|r| r.unwrap()).collect();
    assert_eq!(rows, expected, "quotes and commas in text survive CSV");
    let voices = std::fs::read_to_string(f.path("out-voices.csv")).unwrap();
    assert!(
        voices.starts_with("voice_id,name,kind,gender,articles"),
        "{voices}"
    );
    assert_eq!(voices.lines().count(), 1 + 4);
}

#[test]
fn search_finds_passages_by_word_ignoring_case_and_accents() {
    let f = corpus();
    let corpus = f.read();
    let hits = corpus.search("SHIPS", 10).unwrap();
    assert_eq!(hits.len(), 1);
    assert_eq!(hits[0].voice_name, "Ann Bell");
    assert_eq!(hits[0].snippet, "\"[Ships] are back.\"");
    // Punctuation in plain words is not query syntax: "port-closed" is the phrase.
    assert_eq!(corpus.search("port-closed", 10).unwrap().len(), 1);
    assert_eq!(corpus.search("pórt clósed", 10).unwrap().len(), 1);
    assert_eq!(corpus.search("closed.", 10).unwrap().len(), 1);
    // A broken FTS5 query is an error, not a crash.
    assert!(corpus.search("\"unbalanced", 10).is_err());
    assert!(corpus.search("nothing-like-this", 10).unwrap().is_empty());
}
