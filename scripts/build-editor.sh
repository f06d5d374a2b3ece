#!/usr/bin/env bash
# Trunk post-build hook: the editor's own wasm (src/bin/editor.rs), built beside the viewer's,
# so that the viewer's first load carries none of the editor (importer, editing commands).
# Trunk builds one wasm per page; this is the second, made the way Trunk makes the first:
# cargo, wasm-bindgen (the version Cargo.lock pins), then wasm-opt in release builds.
set -euo pipefail
cd "$(dirname "$0")/.."
out="${TRUNK_STAGING_DIR:?run me from Trunk (a post_build hook)}"
profile="${TRUNK_PROFILE:-release}"
flags=(--quiet --offline --target wasm32-unknown-unknown --bin editor)
[ "$profile" = release ] && flags+=(--release)
cargo build "${flags[@]}"
wasm-bindgen --target web --no-typescript --out-dir "$out" --out-name editor \
  "${CARGO_TARGET_DIR:-target}/wasm32-unknown-unknown/$profile/editor.wasm"
if [ "$profile" = release ]; then
  wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
    --enable-reference-types --enable-multivalue --enable-mutable-globals \
    "$out/editor_bg.wasm" -o "$out/editor_bg.wasm"
fi
