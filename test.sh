#!/usr/bin/env bash
# Runs every test: unit and integration tests on SQLite, the integration tests again on a throwaway PostgreSQL
# server, the browser journeys in Debian's Chromium, and two platform instances behind nginx on that PostgreSQL. Installs what the tests need when it is missing.
# Ends with one line: "N passed, N failed, N skipped".
set -uo pipefail
cd "$(dirname "$0")"
ROOT=$(pwd)

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

# 1. What the tests need from Debian.
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || need+=(nginx)
command -v npm >/dev/null 2>&1 || need+=(npm)
[ -d /usr/share/fonts/truetype/noto ] || need+=(fonts-noto-core)
[ -d /usr/share/fonts/truetype/dejavu ] || need+=(fonts-dejavu-core)
if [ ${#need[@]} -gt 0 ]; then
  echo "Installing: ${need[*]}"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi

# An S3-compatible server for the S3 file store's test (s3rver, from npm), in the user's cache.
S3RVER_DIR=${DFL_S3RVER_DIR:-${HOME:-/tmp}/.cache/dfl-s3rver}
if [ ! -x "$S3RVER_DIR/node_modules/.bin/s3rver" ]; then
  npm install --prefix "$S3RVER_DIR" s3rver@3.7.1 --no-audit --no-fund >/dev/null 2>&1 || echo "s3rver could not be installed"
fi
export DFL_S3RVER="$S3RVER_DIR/node_modules/.bin/s3rver"

# 2. A throwaway PostgreSQL server on loopback, stopped when this script ends.
PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
PG_DIR=$(mktemp -d /tmp/dfl-pg.XXXXXX)
PG_PORT=${DFL_TEST_PG_PORT:-55432}
RESULTS="$ROOT/TestResults"
rm -rf "$RESULTS"
mkdir -p "$RESULTS"
if [ "$(id -u)" -eq 0 ]; then
  chown postgres:postgres "$PG_DIR"
  PG_RUN=(runuser -u postgres --)
else
  PG_RUN=()
fi
stop_pg() {
  "${PG_RUN[@]}" "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m immediate stop >/dev/null 2>&1
  rm -rf "$PG_DIR"
}
trap stop_pg EXIT
"${PG_RUN[@]}" "$PG_BIN/initdb" -D "$PG_DIR/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$PG_DIR/initdb.log" 2>&1 \
  || { cat "$PG_DIR/initdb.log"; echo "0 passed, 1 failed"; exit 1; }
"${PG_RUN[@]}" "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w \
  -o "-p $PG_PORT -k $PG_DIR -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=300" start >/dev/null \
  || { cat "$PG_DIR/server.log"; echo "0 passed, 1 failed"; exit 1; }
export DFL_TEST_POSTGRES="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Pooling=true"

# 3. Build once (the benchmarks under bench/ too, so that they keep compiling), then run each suite.
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet build DataForLife.slnx -c Release -nologo -v q || { echo "0 passed, 1 failed"; exit 1; }

run() {
  local name=$1; shift
  echo "== $name"
  "$@" --no-build -c Release --logger "trx;LogFileName=$name.trx" --results-directory "$RESULTS" || true
}
run population dotnet test tests/DataForLife.Population.Tests
run sqlite dotnet test tests/DataForLife.Tests
DFL_TEST_PROVIDER=postgres run postgres dotnet test tests/DataForLife.Tests --filter "Category=Integration"
run browser dotnet test tests/DataForLife.BrowserTests
# Two real instances behind nginx on one PostgreSQL database (processes of the build above).
run operations dotnet test tests/DataForLife.OperationsTests

# 4. One line for everything.
passed=0; failed=0; skipped=0; expected=(population sqlite postgres browser operations)
for name in "${expected[@]}"; do
  trx="$RESULTS/$name.trx"
  if [ ! -f "$trx" ]; then
    echo "The $name run produced no results."
    failed=$((failed + 1))
    continue
  fi
  counters=$(grep -o '<Counters [^>]*>' "$trx")
  value() { echo "$counters" | grep -o " $1=\"[0-9]*\"" | grep -o '[0-9]*'; }
  p=$(value passed); f=$(value failed); t=$(value total); e=$(value executed)
  passed=$((passed + p)); failed=$((failed + f)); skipped=$((skipped + t - e))
done
echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ]
