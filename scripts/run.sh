#!/usr/bin/env bash
# Set up and start the service on its embedded default:
# SQLite under var/, migrations applied, demo departments and users loaded on first start,
# http://127.0.0.1:8000 with GraphiQL at /graphql. Extra arguments go to `shenguan serve`.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/bootstrap.sh

"$UV" sync --frozen
scripts/build-frontend.sh
"$UV" run shenguan migrate
if [ -z "${SHENGUAN_DATABASE_URL:-}" ]; then
    # Demo data only goes into an empty embedded database; the command says so otherwise.
    "$UV" run shenguan load-demo
fi
echo "== starting the service: http://127.0.0.1:8000 unless --host/--port say otherwise (GraphiQL at /graphql); Ctrl-C stops"
exec "$UV" run shenguan serve "$@"
