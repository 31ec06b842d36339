#!/usr/bin/env bash
# Build the admin page (frontend/dist) when its sources, lock file or schema.graphql changed.
# Sourced or run from the repository root by scripts/run.sh and scripts/test.sh.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v npm >/dev/null 2>&1; then
    echo "!! npm (Node.js 20 or newer) is needed to build the admin page" >&2
    exit 1
fi

stamp() {  # a digest of everything the build depends on
    find frontend/src frontend/index.html frontend/public frontend/package-lock.json \
        frontend/vite.config.ts frontend/codegen.ts frontend/tsconfig.json schema.graphql \
        -type f -print0 2>/dev/null | sort -z | xargs -0 sha256sum | sha256sum | cut -d' ' -f1
}

lock_digest="$(sha256sum frontend/package-lock.json | cut -d' ' -f1)"
if [ "$(cat frontend/node_modules/.lock-digest 2>/dev/null)" != "$lock_digest" ]; then
    echo "== installing the admin page's packages (npm ci)"
    (cd frontend && npm ci --no-audit --no-fund --loglevel=error)
    echo "$lock_digest" > frontend/node_modules/.lock-digest
fi

digest="$(stamp)"
if [ "$(cat frontend/dist/.build-digest 2>/dev/null)" != "$digest" ]; then
    echo "== building the admin page (frontend/dist)"
    (cd frontend && npm run --silent build)
    echo "$digest" > frontend/dist/.build-digest
fi
