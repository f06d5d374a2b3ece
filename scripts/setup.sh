#!/usr/bin/env bash
# Installs what the build and the tests need, each piece only when it is missing or at the wrong
# version, so a second run takes a second. Everything comes from crates.io, npm or Debian:
# Trunk would otherwise try to download tools from GitHub, which is not reachable here.
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
log() { printf '\033[1msetup:\033[0m %s\n' "$*" >&2; }

export PATH="$HOME/.cargo/bin:$PATH"

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  log "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

# Debian's Chromium is the only browser to be had here; pdftotext reads the print test's PDF;
# Java runs the Nu HTML checker (npm vnu-jar). apt runs beside the cargo builds.
apt_pid=
if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null || ! command -v pdftotext >/dev/null || ! command -v java >/dev/null; then
  log "installing chromium, chromium-driver, poppler-utils and a headless Java from Debian (in the background)"
  (
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq && apt-get install -y -qq chromium chromium-driver fonts-dejavu-core poppler-utils default-jre-headless >/dev/null
  ) &
  apt_pid=$!
fi

if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
  log "installing trunk $TRUNK_VERSION (a few minutes, once)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

# The CLI must match the wasm-bindgen crate in Cargo.lock exactly, or Trunk tries to download one.
want_bindgen=$(awk '/^name = "wasm-bindgen"$/ {getline; gsub(/version = |"/, ""); print; exit}' Cargo.lock)
if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $want_bindgen" ]; then
  log "installing wasm-bindgen-cli $want_bindgen"
  # Not --locked: one of its locked dependencies is missing from the registry mirror.
  cargo install wasm-bindgen-cli --version "$want_bindgen"
fi

# binaryen (wasm-opt; Debian's is too old for Yew's output), playwright-core, axe-core, vnu-jar
# (the Nu HTML checker): pinned in
# package-lock.json. Reinstalled only when the lock file changed since the last install.
if ! cmp -s package-lock.json node_modules/.setup-stamp 2>/dev/null; then
  log "installing npm packages from package-lock.json"
  npm ci --no-audit --no-fund --loglevel=error
  cp package-lock.json node_modules/.setup-stamp
fi

cargo fetch --quiet

if [ -n "$apt_pid" ]; then
  wait "$apt_pid" || { log "apt-get install chromium failed"; exit 1; }
fi
log "ready"
