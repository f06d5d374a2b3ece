# Where the Python side lives; sourced by scripts/setup.sh, scripts/test.sh and the Python bench.
#
# The virtual environment holds only the pinned tools of tests/python/requirements.txt (about
# 900 MB: PySpark carries Spark's jars). It lives outside the work tree, under
# ~/.cache/article-viewer/, named by a hash of the requirements and of the interpreter, so a
# fresh clone on the same machine (every CI run) reuses it instead of spending two minutes
# downloading it again, and a change to either makes a new one. Nobody installs into it: the
# package built from this tree goes into its own target/python-site (on PYTHONPATH), so work
# trees that share the environment never see each other's builds. AV_VENV overrides the place.

AV_REQUIREMENTS=tests/python/requirements.txt
AV_PYTHON_SITE="$PWD/target/python-site"

# The interpreter that makes the environment: python3 on the PATH (pyenv's, or Debian's).
av_base_python() { command -v python3 || true; }

# Prints the environment's directory for the current interpreter and requirements.
av_venv_dir() {
  if [ -n "${AV_VENV:-}" ]; then
    echo "$AV_VENV"
    return
  fi
  local key
  key=$( { "$(av_base_python)" -c 'import sys; print(sys.executable, sys.version)'; cat "$AV_REQUIREMENTS"; } | sha256sum | cut -c1-12)
  echo "${XDG_CACHE_HOME:-$HOME/.cache}/article-viewer/venv-$key"
}
