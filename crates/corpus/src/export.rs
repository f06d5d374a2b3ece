//! `corpus export`: one row per passage (the columns of `article_model::rows::PassageRow`) and
//! one row per corpus voice, as CSV, JSON Lines or Parquet. Rows stream out an article at a
//! time; Parquet is written in row groups, so memory stays flat.

use crate::read::CorpusVoice;
use crate::{Corpus, CorpusError};
use article_model::rows::{passage_rows, PassageRow};
use parquet::basic::Compression;
use parquet::data_type::{BoolType, ByteArray, ByteArrayType, Int32Type, Int64Type};
use parquet::file::properties::WriterProperties;
use parquet::file::writer::SerializedFileWriter;
use parquet::schema::parser::parse_message_type;
use serde::Serialize;
use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Csv,
    Jsonl,
    Parquet,
}

impl Format {
    pub fn from_name(name: &str) -> Option<Format> {
        match name {
            "csv" => Some(Format::Csv),
            "jsonl" => Some(Format::Jsonl),
            "parquet" => Some(Format::Parquet),
            _ => None,
        }
    }
}

/// One row per corpus voice.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct VoiceRow {
    pub voice_id: String,
    pub name: String,
    pub kind: String,
    pub gender: String,
    pub articles: u64,
    pub passages: u64,
    pub quoted_words: u64,
    /// `|`-separated.
    pub outlets: String,
    pub first_date: Option<String>,
    pub last_date: Option<String>,
    /// The normalised names it groups, `|`-separated.
    pub names: String,
    /// Its roles and titles as the articles give them, `role (date)`, `|`-separated.
    pub roles: String,
    /// Why a match is doubtful, `|`-separated; empty when none is.
    pub doubts: String,
}

impl VoiceRow {
    pub const COLUMNS: [&'static str; 13] = [
        "voice_id",
        "name",
        "kind",
        "gender",
        "articles",
        "passages",
        "quoted_words",
        "outlets",
        "first_date",
        "last_date",
        "names",
        "roles",
        "doubts",
    ];
}

/// Where the voices go beside `out`: `corpus.csv` → `corpus-voices.csv`.
pub fn voices_path(out: &Path) -> PathBuf {
    let stem = out
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let name = match out.extension() {
        Some(ext) => format!("{stem}-voices.{}", ext.to_string_lossy()),
        None => format!("{stem}-voices"),
    };
    out.with_file_name(name)
}

/// What an export wrote.
#[derive(Debug, Clone, PartialEq)]
pub struct Exported {
    pub passages: u64,
    pub voices: u64,
    pub passages_path: PathBuf,
    pub voices_path: PathBuf,
}

/// Rows of one kind, to one file.
trait Sink<R> {
    fn push(&mut self, row: R) -> Result<(), CorpusError>;
    fn finish(self: Box<Self>) -> Result<(), CorpusError>;
}

fn io(path: &Path) -> impl Fn(std::io::Error) -> CorpusError + '_ {
    move |e| CorpusError::Io(format!("{}: {e}", path.display()))
}

struct CsvSink(csv::Writer<BufWriter<File>>, PathBuf);
impl<R: Serialize> Sink<R> for CsvSink {
    fn push(&mut self, row: R) -> Result<(), CorpusError> {
        self.0
            .serialize(row)
            .map_err(|e| CorpusError::Io(format!("{}: {e}", self.1.display())))
    }
    fn finish(mut self: Box<Self>) -> Result<(), CorpusError> {
        self.0.flush().map_err(io(&self.1))
    }
}

struct JsonlSink(BufWriter<File>, PathBuf);
impl<R: Serialize> Sink<R> for JsonlSink {
    fn push(&mut self, row: R) -> Result<(), CorpusError> {
        let line = serde_json::to_string(&row).expect("rows serialise");
        writeln!(self.0, "{line}").map_err(io(&self.1))
    }
    fn finish(mut self: Box<Self>) -> Result<(), CorpusError> {
        self.0.flush().map_err(io(&self.1))
    }
}

/// A column's values for one row group. Optional columns keep definition levels.
enum Column {
    Text(Vec<ByteArray>),
    MaybeText(Vec<ByteArray>, Vec<i16>),
    Int(Vec<i32>),
    MaybeInt(Vec<i32>, Vec<i16>),
    Long(Vec<i64>),
    Bool(Vec<bool>),
}

/// One value of a row, in schema order.
enum Value<'a> {
    Text(&'a str),
    MaybeText(Option<&'a str>),
    Int(i32),
    MaybeInt(Option<i32>),
    Long(i64),
    Bool(bool),
}

trait Columnar {
    /// The Parquet schema, column by column in `values` order.
    const SCHEMA: &'static str;
    fn values(&self) -> Vec<Value<'_>>;
}

impl Columnar for PassageRow {
    const SCHEMA: &'static str = "message passage {
        REQUIRED BYTE_ARRAY article_id (UTF8);
        REQUIRED BYTE_ARRAY outlet (UTF8);
        OPTIONAL BYTE_ARRAY date (UTF8);
        REQUIRED BYTE_ARRAY url (UTF8);
        REQUIRED INT32 paragraph;
        REQUIRED BYTE_ARRAY voice (UTF8);
        REQUIRED BYTE_ARRAY voice_name (UTF8);
        REQUIRED BYTE_ARRAY voice_kind (UTF8);
        REQUIRED BYTE_ARRAY passage_kind (UTF8);
        REQUIRED BYTE_ARRAY text (UTF8);
        OPTIONAL INT32 confidence;
        REQUIRED BOOLEAN reviewed;
    }";
    fn values(&self) -> Vec<Value<'_>> {
        vec![
            Value::Text(&self.article_id),
            Value::Text(&self.outlet),
            Value::MaybeText(self.date.as_deref()),
            Value::Text(&self.url),
            Value::Int(self.paragraph as i32),
            Value::Text(&self.voice),
            Value::Text(&self.voice_name),
            Value::Text(&self.voice_kind),
            Value::Text(&self.passage_kind),
            Value::Text(&self.text),
            Value::MaybeInt(self.confidence.map(i32::from)),
            Value::Bool(self.reviewed),
        ]
    }
}

impl Columnar for VoiceRow {
    const SCHEMA: &'static str = "message voice {
        REQUIRED BYTE_ARRAY voice_id (UTF8);
        REQUIRED BYTE_ARRAY name (UTF8);
        REQUIRED BYTE_ARRAY kind (UTF8);
        REQUIRED BYTE_ARRAY gender (UTF8);
        REQUIRED INT64 articles;
        REQUIRED INT64 passages;
        REQUIRED INT64 quoted_words;
        REQUIRED BYTE_ARRAY outlets (UTF8);
        OPTIONAL BYTE_ARRAY first_date (UTF8);
        OPTIONAL BYTE_ARRAY last_date (UTF8);
        REQUIRED BYTE_ARRAY names (UTF8);
        REQUIRED BYTE_ARRAY roles (UTF8);
        REQUIRED BYTE_ARRAY doubts (UTF8);
    }";
    fn values(&self) -> Vec<Value<'_>> {
        vec![
            Value::Text(&self.voice_id),
            Value::Text(&self.name),
            Value::Text(&self.kind),
            Value::Text(&self.gender),
            Value::Long(self.articles as i64),
            Value::Long(self.passages as i64),
            Value::Long(self.quoted_words as i64),
            Value::Text(&self.outlets),
            Value::MaybeText(self.first_date.as_deref()),
            Value::MaybeText(self.last_date.as_deref()),
            Value::Text(&self.names),
            Value::Text(&self.roles),
            Value::Text(&self.doubts),
        ]
    }
}

/// Rows per row group: large enough for good compression, small enough to stay flat.
const ROW_GROUP: usize = 50_000;

struct ParquetSink {
    writer: SerializedFileWriter<BufWriter<File>>,
    columns: Option<Vec<Column>>,
    rows: usize,
    path: PathBuf,
}

impl ParquetSink {
    fn create(path: &Path, schema: &str) -> Result<ParquetSink, CorpusError> {
        let pq =
            |e: parquet::errors::ParquetError| CorpusError::Io(format!("{}: {e}", path.display()));
        let schema = Arc::new(parse_message_type(schema).map_err(pq)?);
        let props = WriterProperties::builder()
            .set_compression(Compression::SNAPPY)
            .build();
        let file = File::create(path).map_err(io(path))?;
        Ok(ParquetSink {
            writer: SerializedFileWriter::new(BufWriter::new(file), schema, Arc::new(props))
                .map_err(pq)?,
            columns: None,
            rows: 0,
            path: path.to_path_buf(),
        })
    }

    fn flush(&mut self) -> Result<(), CorpusError> {
        let Some(columns) = self.columns.take() else {
            return Ok(());
        };
        let path = self.path.clone();
        let pq =
            |e: parquet::errors::ParquetError| CorpusError::Io(format!("{}: {e}", path.display()));
        let mut group = self.writer.next_row_group().map_err(pq)?;
        for column in columns {
            let mut w = group
                .next_column()
                .map_err(pq)?
                .ok_or_else(|| CorpusError::Io("parquet: schema has fewer columns".into()))?;
            match column {
                Column::Text(v) => w.typed::<ByteArrayType>().write_batch(&v, None, None),
                Column::MaybeText(v, d) => {
                    w.typed::<ByteArrayType>().write_batch(&v, Some(&d), None)
                }
                Column::Int(v) => w.typed::<Int32Type>().write_batch(&v, None, None),
                Column::MaybeInt(v, d) => w.typed::<Int32Type>().write_batch(&v, Some(&d), None),
                Column::Long(v) => w.typed::<Int64Type>().write_batch(&v, None, None),
                Column::Bool(v) => w.typed::<BoolType>().write_batch(&v, None, None),
            }
            .map_err(pq)?;
            w.close().map_err(pq)?;
        }
        group.close().map_err(pq)?;
        self.rows = 0;
        Ok(())
    }
}

impl<R: Columnar> Sink<R> for ParquetSink {
    fn push(&mut self, row: R) -> Result<(), CorpusError> {
        let values = row.values();
        let columns = self.columns.get_or_insert_with(|| {
            values
                .iter()
                .map(|v| match v {
                    Value::Text(_) => Column::Text(Vec::new()),
                    Value::MaybeText(_) => Column::MaybeText(Vec::new(), Vec::new()),
                    Value::Int(_) => Column::Int(Vec::new()),
                    Value::MaybeInt(_) => Column::MaybeInt(Vec::new(), Vec::new()),
                    Value::Long(_) => Column::Long(Vec::new()),
                    Value::Bool(_) => Column::Bool(Vec::new()),
                })
                .collect()
        });
        for (column, value) in columns.iter_mut().zip(values) {
            match (column, value) {
                (Column::Text(c), Value::Text(s)) => c.push(ByteArray::from(s)),
                (Column::MaybeText(c, d), Value::MaybeText(s)) => {
                    d.push(i16::from(s.is_some()));
                    c.extend(s.map(ByteArray::from));
                }
                (Column::Int(c), Value::Int(n)) => c.push(n),
                (Column::MaybeInt(c, d), Value::MaybeInt(n)) => {
                    d.push(i16::from(n.is_some()));
                    c.extend(n);
                }
                (Column::Long(c), Value::Long(n)) => c.push(n),
                (Column::Bool(c), Value::Bool(b)) => c.push(b),
                _ => unreachable!("a row's values follow its schema"),
            }
        }
        self.rows += 1;
        if self.rows >= ROW_GROUP {
            self.flush()?;
        }
        Ok(())
    }

    fn finish(mut self: Box<Self>) -> Result<(), CorpusError> {
        self.flush()?;
        let path = self.path.clone();
        self.writer
            .close()
            .map_err(|e| CorpusError::Io(format!("{}: {e}", path.display())))?;
        Ok(())
    }
}

fn sink<R: Serialize + Columnar>(
    format: Format,
    path: &Path,
) -> Result<Box<dyn Sink<R>>, CorpusError> {
    let create = || File::create(path).map(BufWriter::new).map_err(io(path));
    Ok(match format {
        Format::Csv => Box::new(CsvSink(csv::Writer::from_writer(create()?), path.into())),
        Format::Jsonl => Box::new(JsonlSink(create()?, path.into())),
        Format::Parquet => Box::new(ParquetSink::create(path, R::SCHEMA)?),
    })
}

impl Corpus {
    /// Writes the passages to `out` and the corpus voices beside it (see [`voices_path`]).
    pub fn export(&self, format: Format, out: &Path) -> Result<Exported, CorpusError> {
        let voices_out = voices_path(out);
        let mut passages = sink::<PassageRow>(format, out)?;
        let mut count = 0u64;
        self.for_each_article(|stored| {
            for row in passage_rows(&stored.summary.id, &stored.article, stored.summary.reviewed) {
                passages.push(row)?;
                count += 1;
            }
            Ok(())
        })?;
        passages.finish()?;
        let mut voices = sink::<VoiceRow>(format, &voices_out)?;
        let all = self.voices()?;
        let n = all.len() as u64;
        for v in all {
            let roles = self
                .voice_roles(&v.id)?
                .into_iter()
                .map(|r| match r.date {
                    Some(d) => format!("{} ({d})", r.role),
                    None => r.role,
                })
                .collect::<Vec<_>>()
                .join("|");
            voices.push(voice_row(v, roles))?;
        }
        voices.finish()?;
        Ok(Exported {
            passages: count,
            voices: n,
            passages_path: out.to_path_buf(),
            voices_path: voices_out,
        })
    }
}

fn voice_row(v: CorpusVoice, roles: String) -> VoiceRow {
    VoiceRow {
        voice_id: v.id,
        name: v.name,
        kind: v.kind,
        gender: v.gender,
        articles: v.articles,
        passages: v.passages,
        quoted_words: v.quoted_words,
        outlets: v.outlets.join("|"),
        first_date: v.first_date,
        last_date: v.last_date,
        names: v.names.join("|"),
        roles,
        doubts: v.doubts.join("|"),
    }
}
