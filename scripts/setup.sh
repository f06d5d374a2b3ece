#!/usr/bin/env bash
# Installs what the build and the tests need, each piece only when it is missing or at the wrong
# version, so a second run takes a second. Everything comes from crates.io, npm or Debian:
# Trunk would otherwise try to download tools from GitHub, which is not reachable here.
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
log() { printf '\033[1msetup:\033[0m %s\n' "$*" >&2; }
. scripts/python-env.sh

export PATH="$HOME/.cargo/bin:$PATH"

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  log "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

# Debian's Chromium is the only browser to be had here; pdftotext reads the print test's PDF;
# Java runs the Nu HTML checker (npm vnu-jar) and Spark; Python 3 with venv (Debian's Python
# has venv apart) runs the Python package's tests. apt runs beside the cargo builds.
python_ready() { local py; py=$(av_base_python); [ -n "$py" ] && "$py" -c 'import ensurepip, venv' 2>/dev/null; }
apt_packages=()
if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null || ! command -v pdftotext >/dev/null || ! command -v java >/dev/null; then
  apt_packages+=(chromium chromium-driver fonts-dejavu-core poppler-utils default-jre-headless)
fi
python_ready || apt_packages+=(python3 python3-venv)
apt_pid=
if [ ${#apt_packages[@]} -gt 0 ]; then
  log "installing ${apt_packages[*]} from Debian (in the background)"
  (
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq && apt-get install -y -qq "${apt_packages[@]}" >/dev/null
  ) &
  apt_pid=$!
fi

# The Python environment (scripts/python-env.sh says where and why): made, or brought up to
# tests/python/requirements.txt, only when its stamp differs; under a lock, since work trees
# share it.
python_env() {
  local venv
  venv=$(av_venv_dir)
  mkdir -p "$(dirname "$venv")"
  (
    flock 9
    touch "$venv.used"
    cmp -s "$AV_REQUIREMENTS" "$venv/.setup-stamp" && exit 0
    log "making the Python environment $venv (maturin, pytest, PySpark, pyarrow, pandas: about 2 minutes, once)"
    [ -x "$venv/bin/python" ] || "$(av_base_python)" -m venv "$venv"
    # --no-cache-dir: the environment is the cache; pip's own would hold a second copy.
    "$venv/bin/python" -m pip install -q --no-cache-dir --disable-pip-version-check --no-input -r "$AV_REQUIREMENTS"
    cp "$AV_REQUIREMENTS" "$venv/.setup-stamp"
    # Environments no run has used for two weeks (older requirements or interpreters) go.
    find "$(dirname "$venv")" -maxdepth 1 -name 'venv-*.used' -mtime +14 | while read -r used; do
      rm -rf "${used%.used}" "$used"
    done
  ) 9>"$(dirname "$venv")/venv.lock"
}
# With a usable Python the environment is made beside the cargo builds; without, after apt.
python_pid=
if python_ready; then
  python_env &
  python_pid=$!
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
  wait "$apt_pid" || { log "apt-get install ${apt_packages[*]} failed"; exit 1; }
fi
if [ -n "$python_pid" ]; then
  wait "$python_pid" || { log "making the Python environment failed"; exit 1; }
else
  python_ready || { log "python3 $(av_base_python) cannot make a virtual environment (no venv/ensurepip)"; exit 1; }
  python_env
fi
log "ready"
