#!/usr/bin/env bash
# Builds the Python package's wheel (maturin, Cargo profile `wheel`: see crates/python/) into
# target/wheels and installs it into target/python-site, which the tests and the bench put on
# PYTHONPATH. The shared environment itself is never changed (scripts/python-env.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/python-env.sh
venv=$(av_venv_dir)
rm -f target/wheels/article_viewer-*.whl
"$venv/bin/maturin" build --quiet --offline --locked -m crates/python/Cargo.toml -i "$venv/bin/python" -o target/wheels
"$venv/bin/python" -m pip install --quiet --disable-pip-version-check --no-deps --upgrade \
  --target "$AV_PYTHON_SITE" target/wheels/article_viewer-*.whl
