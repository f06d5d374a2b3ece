"""The Spark job (examples/spark_draft.py) in local mode on two cores: its Parquet output,
row by row, against the command line's drafts of the same articles; bad articles get a status
row with the command line's message and never fail the job."""

import datetime
import json
import os
import subprocess
import sys
from collections import defaultdict

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

import article_viewer as av
import synthetic
from conftest import ROOT
from test_api import assert_same_json

JOB = ROOT / "examples" / "spark_draft.py"
GOOD = "“We will rebuild the bridge,” Mayor Ana Silva said on Monday."
OPTIONS = ("lang", "outlet", "url", "date")

BAD = [
    {"id": "empty", "text": ""},
    {"id": "blank", "text": " \n\n "},
    {"id": "bad-date", "text": GOOD, "date": "2026-13-01"},
    {"id": "bad-url", "text": GOOD, "url": "not a link"},
    {"id": "binary", "text": "abc\u0001def"},
    {"id": "too-large", "text": "a" * (av.MAX_TEXT_BYTES + 1)},
]


def run_job(input_path, output_dir, **env):
    env = dict(os.environ, PYSPARK_PYTHON=sys.executable, PYSPARK_DRIVER_PYTHON=sys.executable,
               **env)
    done = subprocess.run(
        [sys.executable, str(JOB), str(input_path), str(output_dir), "--master", "local[2]",
         "--conf", "spark.ui.enabled=false", "--conf", "spark.sql.shuffle.partitions=4"],
        env=env, capture_output=True, text=True, timeout=600,
    )
    assert done.returncode == 0, done.stderr[-4000:]
    return done.stderr


def read(output_dir, table):
    """A table's rows in file order (Spark keeps each article's rows together, in order)."""
    return pq.read_table(output_dir / table).to_pylist()


def by_article(rows):
    grouped = defaultdict(list)
    for row in rows:
        grouped[row["article_id"]].append(row)
    return grouped


def options_of(article):
    return {k: article[k] for k in OPTIONS if article.get(k) is not None}


@pytest.fixture(scope="module")
def jsonl_run(tmp_path_factory):
    good = synthetic.corpus(30, seed=11)
    tmp = tmp_path_factory.mktemp("spark-jsonl")
    lines = [json.dumps(a, ensure_ascii=False) for a in good + BAD]
    lines.insert(5, "this line is not JSON")
    lines.append(json.dumps({"id": "no-text", "lang": "en"}))
    (tmp / "corpus.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    log = run_job(tmp / "corpus.jsonl", tmp / "out")
    return good, tmp / "out", log


def test_passages_are_the_command_lines_rows(cli, jsonl_run):
    good, out, _ = jsonl_run
    got = by_article(read(out, "passages"))
    assert set(got) == {a["id"] for a in good}
    for article in good:
        want = av.passages(cli.draft(article["text"], **options_of(article)), article_id=article["id"])
        assert_same_json(got[article["id"]], want, article["id"])


def test_the_passages_table_has_the_export_columns(jsonl_run):
    _, out, _ = jsonl_run
    schema = pq.read_schema(next((out / "passages").glob("*.parquet")))
    assert schema.names == av.PASSAGE_COLUMNS
    # The types and nullability of `corpus export`'s Parquet (crates/corpus/src/export.rs).
    types = {"paragraph": pa.int32(), "confidence": pa.int32(), "reviewed": pa.bool_()}
    for field in schema:
        assert field.type == types.get(field.name, pa.string()), field
        assert field.nullable == (field.name in ("date", "confidence")), field


def test_every_article_has_a_status_and_bad_ones_the_command_lines_error(cli, jsonl_run):
    good, out, log = jsonl_run
    status = {row["id"]: row for row in read(out, "status")}
    assert len(read(out, "status")) == len(good) + len(BAD) + 2
    for article in good:
        row = status[article["id"]]
        assert (row["ok"], row["error"]) == (True, None), row
        assert row["language"] == (article["lang"] or row["language"])
        assert row["passages"] > 0 and row["paragraphs"] > 0
    for article in BAD:
        row = status[article["id"]]
        assert row["ok"] is False
        assert row["error"] == cli.error(article["text"], **options_of(article)), row
        assert row["passages"] is None
    assert status["no-text"]["error"] == "text: missing"
    corrupt = status[None]
    assert corrupt["ok"] is False and "this line is not JSON" in corrupt["error"]
    assert f"{len(good) + len(BAD) + 2} articles ({len(good)} drafted" in log


def test_parquet_input_with_typed_dates_and_a_missing_column(cli, tmp_path):
    good = synthetic.corpus(12, seed=12)
    table = pa.table({
        "id": [a["id"] for a in good] + ["empty"],
        "text": [a["text"] for a in good] + [""],
        "lang": [a["lang"] for a in good] + [None],
        "outlet": [a["outlet"] for a in good] + [None],
        # A Parquet date, not a string; and no `url` column at all.
        "date": [datetime.date.fromisoformat(a["date"]) if a["date"] else None for a in good] + [None],
    })
    pq.write_table(table, tmp_path / "corpus.parquet")
    # Small output frames: each input batch is handed on in several.
    run_job(tmp_path / "corpus.parquet", tmp_path / "out", AV_SPARK_TEXT_PER_FRAME="3000")
    got = by_article(read(tmp_path / "out", "passages"))
    for article in good:
        options = {k: v for k, v in options_of(article).items() if k != "url"}
        want = av.passages(cli.draft(article["text"], **options), article_id=article["id"])
        assert_same_json(got[article["id"]], want, article["id"])
    status = {row["id"]: row for row in read(tmp_path / "out", "status")}
    assert status["empty"]["error"] == "the input holds no text"
