#!/usr/bin/env bash
# Set up and run all the tests (lint, then pytest). Extra arguments go to pytest.
# By default against the embedded default (SQLite, in-process broker); .ci/run runs it again
# with SHENGUAN_TEST_DATABASE_URL, SHENGUAN_TEST_REDIS_URL and SHENGUAN_TEST_BROKER_URLS.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/bootstrap.sh

"$UV" sync --frozen
"$UV" run ruff check .
"$UV" run pytest "$@"
