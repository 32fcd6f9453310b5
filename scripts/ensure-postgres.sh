#!/usr/bin/env bash
# The store, API and queue tests run against a real PostgreSQL at 127.0.0.1:5432 (trust auth,
# database `test`), as on the project's machines. Starts the local cluster when it is installed
# but stopped; otherwise says clearly that it is missing (those tests then fail, never skip).
set -uo pipefail
url="${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/test}"
ready() { command -v pg_isready >/dev/null 2>&1 && pg_isready -q -d "$url"; }
if ready; then
  echo "postgresql: ready at ${url}"
  exit 0
fi
if command -v pg_ctlcluster >/dev/null 2>&1 && [ -d /etc/postgresql ]; then
  version="$(ls /etc/postgresql | sort -V | tail -1)"
  echo "postgresql: starting cluster ${version}/main"
  pg_ctlcluster --skip-systemctl-redirect "$version" main start || true
  for _ in $(seq 1 20); do ready && { echo "postgresql: ready at ${url}"; exit 0; }; sleep 0.5; done
fi
echo "postgresql: NOT reachable at ${url} — the PostgreSQL store tests will fail." >&2
echo "  Install PostgreSQL 15 (apt-get install -y postgresql) or set DATABASE_URL." >&2
exit 0
