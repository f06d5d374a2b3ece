"""Drafts a corpus with Spark: spark_draft.py INPUT OUTPUT_DIR

INPUT is JSON Lines or Parquet (a file or a directory of them) with the columns
id, text, lang, outlet, url, date (all but text may be null or missing). Every executor drafts
its articles with the article_viewer package, in parallel (mapInPandas), and the job writes
Parquet under OUTPUT_DIR:

  OUTPUT_DIR/passages/  one row per passage: the columns of `corpus export` (article_id, ...)
  OUTPUT_DIR/status/    one row per article: id, ok, error, language, paragraphs, passages

An article that cannot be drafted (no text, over 2 MiB, a bad date, a line that is not JSON)
gets ok = false and the importer's message in `error`; it never fails the job.

    python examples/spark_draft.py corpus.jsonl out/            # local, every core
    spark-submit ... examples/spark_draft.py s3://in/ s3://out/  # a cluster: see README.md
"""

import argparse
import os
import sys
import time

from pyspark import StorageLevel
from pyspark.sql import SparkSession
from pyspark.sql import functions as F
from pyspark.sql import types as T

import article_viewer as av

ARTICLE_COLUMNS = ["id", "text", "lang", "outlet", "url", "date"]
CORRUPT = "_corrupt_record"

# Spark types for the export columns; their names and order come from the package
# (av.PASSAGE_COLUMNS, the one definition shared with `corpus export`).
PASSAGE_TYPES = {
    "article_id": T.StringType(),
    "outlet": T.StringType(),
    "date": T.StringType(),
    "url": T.StringType(),
    "paragraph": T.IntegerType(),
    "voice": T.StringType(),
    "voice_name": T.StringType(),
    "voice_kind": T.StringType(),
    "passage_kind": T.StringType(),
    "text": T.StringType(),
    "confidence": T.IntegerType(),
    "reviewed": T.BooleanType(),
}
if list(PASSAGE_TYPES) != av.PASSAGE_COLUMNS:
    sys.exit(f"spark_draft.py: the package's passage columns changed: {av.PASSAGE_COLUMNS}")

# As in `corpus export`'s Parquet: only these may be null.
OPTIONAL_COLUMNS = {"date", "confidence"}
PASSAGE_SCHEMA = T.StructType(
    [T.StructField(n, t, n in OPTIONAL_COLUMNS) for n, t in PASSAGE_TYPES.items()]
)
DRAFTED_SCHEMA = T.StructType(
    [
        T.StructField("id", T.StringType()),
        T.StructField("ok", T.BooleanType(), False),
        T.StructField("error", T.StringType()),
        T.StructField("language", T.StringType()),
        T.StructField("paragraphs", T.IntegerType()),
        T.StructField("passages", T.IntegerType()),
        T.StructField("rows", T.ArrayType(PASSAGE_SCHEMA, containsNull=False), False),
    ]
)


def draft_one(article):
    """One input row (a dict) to one output row: the draft's passages, or the error."""
    out = {"id": article.get("id"), "ok": False, "error": None, "language": None,
           "paragraphs": None, "passages": None, "rows": []}
    text = article.get("text")
    if article.get(CORRUPT) is not None:
        out["error"] = f"not a JSON object with the corpus columns: {article[CORRUPT][:80]!r}"
        return out
    if not isinstance(text, str):
        out["error"] = "text: missing"
        return out
    try:
        drafted = av.draft(
            text,
            **{k: article.get(k) for k in ("lang", "outlet", "url", "date")},
        )
        rows = av.passages(drafted, article_id=article.get("id") or "")
    except ValueError as e:
        out["error"] = str(e)
        return out
    except BaseException as e:  # A bug (a Rust panic is a BaseException): this article only.
        if isinstance(e, (KeyboardInterrupt, SystemExit, GeneratorExit)):
            raise
        out["error"] = f"internal error: {type(e).__name__}: {e}"
        return out
    out.update(ok=True, language=drafted["meta"]["language"],
               paragraphs=len(drafted["paragraphs"]), passages=len(rows), rows=rows)
    return out


# Drafted rows take about 45 times their text as Python objects: a frame is handed on once its
# articles hold this many characters, so a task's memory stays bounded (about 200 MB) however
# long the articles in a batch are. (The variable is for the tests, which make it small.)
TEXT_PER_FRAME = int(os.environ.get("AV_SPARK_TEXT_PER_FRAME", 4 * 1024 * 1024))


def draft_batches(batches):
    """mapInPandas: pandas frames of input rows in, frames of drafted rows out."""
    import pandas as pd

    def frame_of(rows):
        return pd.DataFrame(rows, columns=DRAFTED_SCHEMA.names)

    for frame in batches:
        records = frame.astype(object).where(frame.notna(), None).to_dict("records")
        rows, text = [], 0
        for record in records:
            rows.append(draft_one(record))
            text += len(record["text"]) if isinstance(record.get("text"), str) else 0
            if text >= TEXT_PER_FRAME:
                yield frame_of(rows)
                rows, text = [], 0
        if rows:
            yield frame_of(rows)


def read_corpus(spark, path, form="auto"):
    """The corpus as strings, with the columns a file lacks as nulls."""
    if form == "parquet" or (form == "auto" and is_parquet(path)):
        frame = spark.read.parquet(path)
        present = set(frame.columns)
        if "text" not in present:
            raise SystemExit(f"{path}: no `text` column (columns: {', '.join(frame.columns)})")
        return frame.select(
            *[(F.col(c).cast("string") if c in present else F.lit(None).cast("string")).alias(c)
              for c in ARTICLE_COLUMNS],
            F.lit(None).cast("string").alias(CORRUPT),
        )
    schema = T.StructType(
        [T.StructField(c, T.StringType()) for c in ARTICLE_COLUMNS + [CORRUPT]]
    )
    return spark.read.schema(schema).option("mode", "PERMISSIVE").option(
        "columnNameOfCorruptRecord", CORRUPT).json(path)


def is_parquet(path):
    """A local file or directory of Parquet, or a name ending in .parquet (else: JSON Lines)."""
    if path.rstrip("/").endswith(".parquet"):
        return True
    if os.path.isdir(path):
        return any(name.endswith(".parquet") for name in os.listdir(path))
    return False


def draft_corpus(spark, input_path, output_dir, partitions=None, form="auto"):
    """Drafts INPUT into OUTPUT_DIR/passages and OUTPUT_DIR/status; returns the counts."""
    articles = read_corpus(spark, input_path, form)
    # A small file is one partition, which would use one core: spread it over every core,
    # a few partitions each so a slow partition does not hold up the end.
    wanted = partitions or 4 * spark.sparkContext.defaultParallelism
    if partitions or articles.rdd.getNumPartitions() < wanted:
        articles = articles.repartition(wanted)
    drafted = articles.mapInPandas(draft_batches, DRAFTED_SCHEMA).persist(
        StorageLevel.MEMORY_AND_DISK)
    try:
        drafted.drop("rows").write.mode("overwrite").parquet(os.path.join(output_dir, "status"))
        drafted.select(F.inline("rows")).write.mode("overwrite").parquet(
            os.path.join(output_dir, "passages"))
        counts = drafted.agg(
            F.count("*").alias("articles"),
            F.sum(F.col("ok").cast("int")).alias("ok"),
            F.sum("passages").alias("passages"),
        ).first().asDict()
    finally:
        drafted.unpersist()
    return {k: v or 0 for k, v in counts.items()}


def session(master=None, conf=()):
    builder = SparkSession.builder.appName("article-viewer draft")
    if master:
        builder = builder.master(master)
    # Small Arrow batches: a batch is drafted in one Python worker's memory (see README.md).
    builder = builder.config("spark.sql.execution.arrow.maxRecordsPerBatch", "256")
    for item in conf:
        key, _, value = item.partition("=")
        builder = builder.config(key, value)
    return builder.getOrCreate()


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("input", help="JSON Lines or Parquet: id, text, lang, outlet, url, date")
    parser.add_argument("output_dir", help="where passages/ and status/ are written (replaced)")
    parser.add_argument("--format", choices=["auto", "jsonl", "parquet"], default="auto",
                        help="auto: Parquet when the name ends in .parquet or a local directory "
                        "holds .parquet files, else JSON Lines")
    parser.add_argument("--partitions", type=int, help="default: 4 per core, or the input's")
    parser.add_argument("--master", help="e.g. local[2]; default: spark-submit's, else local[*]")
    parser.add_argument("--conf", action="append", default=[], metavar="KEY=VALUE")
    args = parser.parse_args(argv)
    master = args.master or os.environ.get("SPARK_MASTER")
    if master is None or master.startswith("local"):
        # Local workers run this interpreter, which has the package and pyarrow; on a cluster
        # spark.pyspark.python says which one (README.md).
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    started = time.monotonic()
    spark = session(args.master, args.conf)
    ready = time.monotonic()
    try:
        counts = draft_corpus(spark, args.input, args.output_dir, args.partitions, args.format)
    finally:
        spark.stop()
    done = time.monotonic()
    print(
        f"spark_draft: {counts['articles']} articles ({counts['ok']} drafted, "
        f"{counts['articles'] - counts['ok']} with an error), {counts['passages']} passages; "
        f"start-up {ready - started:.1f} s, drafting {done - ready:.1f} s "
        f"({counts['articles'] / max(done - ready, 1e-9):.0f} articles/s)",
        file=sys.stderr,
    )


if __name__ == "__main__":
    main()
