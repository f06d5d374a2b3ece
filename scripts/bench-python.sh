#!/usr/bin/env bash
# The Python side of ./dev bench (tests/bench/python_bench.py): builds the wheel and the release
# command line, then times both and the Spark job. Run through ./dev bench or ./dev bench-python.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/python-env.sh
scripts/build-python.sh
cargo build -q --release --offline -p article-cli --bin import
PYTHONPATH="$AV_PYTHON_SITE" AV_IMPORT_CLI="$PWD/target/release/import" \
  exec "$(av_venv_dir)/bin/python" tests/bench/python_bench.py "$@"
