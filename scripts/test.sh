#!/usr/bin/env bash
# Every test, in the order that fails fastest: format and lints, native tests, the Python
# package and the Spark job (pytest), browser component tests, the release build, its HTML
# validity and size budget, then end-to-end tests in Chromium.
# Run it through ./dev test, which sets up the machine first.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "cargo fmt --check"
cargo fmt --all -- --check

step "clippy (native with ssr, and wasm)"
cargo clippy --offline --workspace --all-targets --features article-viewer/ssr -- -D warnings
cargo clippy --offline --target wasm32-unknown-unknown --lib --bins --tests -- -D warnings
cargo clippy --offline --target wasm32-unknown-unknown --lib --bin article-viewer --features hydration -- -D warnings

step "native tests: the pure crates (model, page, import, corpus, site, cli: including corpus crash and concurrency runs), then the viewer: state, source text, rendering, corpus, properties"
cargo test --offline --workspace --features article-viewer/ssr

step "importer scores on the annotated corpus (development and held-out)"
cargo run -q --offline -p article-cli --bin score-import

step "Python package: the wheel (maturin), then pytest: the API against the command line, errors, threads, the Spark job in local[2]"
scripts/build-python.sh
cargo build -q --offline -p article-cli --bin import
. scripts/python-env.sh
PYTHONPATH="$AV_PYTHON_SITE" AV_IMPORT_CLI="$PWD/target/debug/import" \
  "$(av_venv_dir)/bin/python" -m pytest -q -p no:cacheprovider tests/python

step "page reader scores on the test pages (body word F1, metadata fields)"
cargo run -q --offline -p article-cli --bin score-pages

step "browser component tests (wasm-bindgen-test, headless Chromium)"
cargo test --offline --target wasm32-unknown-unknown --test browser

step "release build"
trunk build --release

step "valid HTML: the Nu checker over every page in dist/"
node tests/html/validate.mjs

step "size budget"
node tests/bench/size.mjs --budget

step "the corpus command, for the corpus browser's end-to-end test (tests/e2e/site.test.mjs)"
cargo build --offline -p article-cli --bin corpus

step "end-to-end tests against dist/ in headless Chromium"
node --test --test-concurrency=1 tests/e2e/
