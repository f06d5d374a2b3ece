"""The Python side of ./dev bench: articles per second drafted from Python with 1 and 2 threads,
against the `import` command line (one process per article, 1 and 2 at a time), on the same
synthetic articles; then the Spark job (examples/spark_draft.py) in local mode on 2 cores, with
its start-up (JVM and session) reported apart from the drafting. Prints a table and writes
bench-results/python.json. Run by scripts/bench-python.sh, which builds what it needs.
"""

import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests" / "python"))

import article_viewer as av  # noqa: E402
import synthetic  # noqa: E402

ARTICLES = int(os.environ.get("BENCH_ARTICLES", 2000))
ROUNDS = int(os.environ.get("BENCH_PY_ROUNDS", 10))
CLI = os.environ["AV_IMPORT_CLI"]
OPTIONS = ("lang", "outlet", "url", "date")


def options(article):
    return {k: article[k] for k in OPTIONS if article[k] is not None}


def python_rate(articles, threads):
    def one(article):
        return av.draft(article["text"], **options(article))

    start = time.perf_counter()
    with ThreadPoolExecutor(threads) as pool:
        for _ in pool.map(one, articles):
            pass
    return len(articles) / (time.perf_counter() - start)


def cli_rate(articles, processes):
    def one(article):
        args = [CLI]
        for key, value in options(article).items():
            args += ["--" + key, value]
        subprocess.run(args + ["-"], input=article["text"].encode(), check=True,
                       stdout=subprocess.DEVNULL)

    start = time.perf_counter()
    with ThreadPoolExecutor(processes) as pool:
        for _ in pool.map(one, articles):
            pass
    return len(articles) / (time.perf_counter() - start)


def spark_run(articles):
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        corpus.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in articles))
        env = dict(os.environ, PYSPARK_PYTHON=sys.executable, PYSPARK_DRIVER_PYTHON=sys.executable)
        start = time.perf_counter()
        done = subprocess.run(
            [sys.executable, str(ROOT / "examples" / "spark_draft.py"), str(corpus),
             str(Path(tmp) / "out"), "--master", "local[2]", "--conf", "spark.ui.enabled=false"],
            env=env, capture_output=True, text=True, check=False,
        )
        wall = time.perf_counter() - start
    if done.returncode != 0:
        sys.exit(f"spark_draft.py failed:\n{done.stderr[-3000:]}")
    found = re.search(r"(\d+) articles \((\d+) drafted.*start-up ([\d.]+) s, drafting ([\d.]+) s",
                      done.stderr)
    count, ok, startup, drafting = found.groups()
    assert int(ok) == len(articles) == int(count), found.group(0)
    return {"startup_s": float(startup), "drafting_s": float(drafting), "wall_s": wall,
            "articles_per_s": len(articles) / float(drafting)}


def main():
    articles = synthetic.corpus(ARTICLES, seed=21, paragraphs=(6, 24))
    words = statistics.mean(len(a["text"].split()) for a in articles)
    # Each round runs the four measures back to back on its own slice of the articles, so the
    # machine's swings fall on all four alike; ratios are taken within a round, then the median.
    rates = {key: [] for key in ("py1", "py2", "cli1", "cli2")}
    size = -(-len(articles) // ROUNDS)
    for start in range(0, len(articles), size):
        chunk = articles[start:start + size]
        rates["py1"].append(python_rate(chunk, 1))
        rates["py2"].append(python_rate(chunk, 2))
        rates["cli1"].append(cli_rate(chunk, 1))
        rates["cli2"].append(cli_rate(chunk, 2))
    median = {k: statistics.median(v) for k, v in rates.items()}
    ratio = {
        f"{a}/{b}": statistics.median(x / y for x, y in zip(rates[a], rates[b]))
        for a, b in (("cli2", "cli1"), ("py1", "cli1"), ("py2", "py1"), ("py2", "cli2"))
    }
    spark = spark_run(articles)

    print(f"\nPython package and Spark job: {ARTICLES} synthetic articles "
          f"(en, fr, de, es; {words:.0f} words on average); drafting rates are medians of "
          f"{ROUNDS} rounds of {size} articles, ratios medians of the rounds' ratios\n")
    print("| drafting | articles/s | ratio |")
    print("|---|---:|---|")
    print(f"| `import` command line, 1 process at a time | {median['cli1']:.0f} | |")
    print(f"| `import` command line, 2 processes at a time | {median['cli2']:.0f} | "
          f"{ratio['cli2/cli1']:.2f} × 1 process |")
    print(f"| Python `av.draft`, 1 thread | {median['py1']:.0f} | "
          f"{ratio['py1/cli1']:.2f} × the command line, 1 process |")
    print(f"| Python `av.draft`, 2 threads | {median['py2']:.0f} | "
          f"{ratio['py2/py1']:.2f} × 1 thread; {ratio['py2/cli2']:.2f} × the command line, "
          f"2 processes |")
    print(f"| Spark job, local[2]: read, draft, write both tables | "
          f"{spark['articles_per_s']:.0f} | {spark['articles_per_s'] / median['py2']:.2f} × "
          f"Python with 2 threads |")
    print(f"\nSpark: start-up (JVM and session) {spark['startup_s']:.1f} s, apart from the "
          f"drafting ({spark['drafting_s']:.1f} s for {ARTICLES} articles); the whole command "
          f"{spark['wall_s']:.1f} s.")
    out = ROOT / "bench-results"
    out.mkdir(exist_ok=True)
    (out / "python.json").write_text(json.dumps(
        {"articles": ARTICLES, "words_mean": words, "rounds": rates, "median": median,
         "ratio": ratio,
         "spark": spark}, indent=2))


if __name__ == "__main__":
    main()
