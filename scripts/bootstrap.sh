# Sourced by scripts/run.sh and scripts/test.sh: sets UV to a working uv, installing it if needed.
# A fresh machine needs only python3 (3.11+) with pip and venv; uv goes into .venv-tools/.

UV_VERSION="0.13.9"

ensure_uv() {
    if command -v uv >/dev/null 2>&1; then
        UV="$(command -v uv)"
    elif [ -x .venv-tools/bin/uv ]; then
        UV="$PWD/.venv-tools/bin/uv"
    else
        echo "== installing uv ${UV_VERSION} into .venv-tools/ (one time)"
        python3 -m venv .venv-tools
        .venv-tools/bin/python -m pip install --quiet --disable-pip-version-check "uv==${UV_VERSION}"
        UV="$PWD/.venv-tools/bin/uv"
    fi
    export UV
}

ensure_uv
