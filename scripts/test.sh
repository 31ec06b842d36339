#!/usr/bin/env bash
# Set up and run all the tests: lint, pytest, the admin page's checks and its browser tests.
# Extra arguments go to pytest. By default against the embedded default (SQLite, in-process
# broker); .ci/run runs it again with SHENGUAN_TEST_DATABASE_URL, SHENGUAN_TEST_REDIS_URL,
# SHENGUAN_TEST_BROKER_URLS and SHENGUAN_E2E_DATABASE_URL.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/bootstrap.sh

"$UV" sync --frozen
"$UV" run ruff check .
"$UV" run pytest "$@"

scripts/ensure-chromium.sh
scripts/build-frontend.sh
echo "== admin page: codegen against schema.graphql, type check, format check"
(cd frontend && npm test --silent)
echo "== admin page: browser tests (Chromium, against the real service)"
(cd frontend && npm run --silent test:e2e)
