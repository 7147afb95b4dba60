#!/usr/bin/env bash
# Public-vote throughput: wrk (64 connections, 10 s) against a hello-world ASP.NET Core endpoint, then against the
# platform's partner vote endpoint (group commit, SQLite), and the same endpoint saving each vote in its own EF Core
# SaveChanges (Voting:Writer=PerRequest). Both writers commit with SQLite's default synchronous=FULL. Each server gets
# a 5 s warm-up with the same load first (the JIT's second tier), not measured.
# Every vote is a new reader, so every answer is a counted vote; the tally is checked afterwards so that no
# acknowledged vote is missing.
# Usage: bench/vote-throughput.sh [seconds] [connections]
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
SECONDS_RUN=${1:-10}
CONNECTIONS=${2:-64}
command -v wrk >/dev/null || { echo "wrk is needed (apt-get install wrk)"; exit 1; }

dotnet build bench/HelloWorld -c Release -nologo -v q >/dev/null
dotnet build src/DataForLife.Cli -c Release -nologo -v q >/dev/null
dotnet build src/DataForLife.Web -c Release -nologo -v q >/dev/null
WEB="$ROOT/src/DataForLife.Web/bin/Release/net10.0/DataForLife.Web.dll"
CLI="$ROOT/src/DataForLife.Cli/bin/Release/net10.0/dfl.dll"
WORK=$(mktemp -d /tmp/dfl-vote-bench.XXXXXX)
PIDS=()
cleanup() { for pid in "${PIDS[@]:-}"; do kill "$pid" 2>/dev/null || true; done; rm -rf "$WORK"; }
trap cleanup EXIT

# The demo edition with its TOP 30 published and the vote open now; a partner key without rate limit.
mkdir -p "$WORK/data"
Data__Directory="$WORK/data" dotnet "$CLI" demo seed --stage voting >/dev/null
KEY=$(Data__Directory="$WORK/data" dotnet "$CLI" partner-keys create --name "Benchmark" --edition demo --rate-limit 0 | tail -n 1)
cp -r "$WORK/data" "$WORK/naive"

wait_for() { for _ in $(seq 1 150); do curl -fs "$1" >/dev/null 2>&1 && return 0; sleep 0.2; done; echo "no answer from $1"; exit 1; }
start() { # name port dll [env...]
  local port=$2 dll=$3; shift 3
  env "$@" dotnet "$dll" --urls "http://127.0.0.1:$port" >"$WORK/server-$port.log" 2>&1 &
  PIDS+=($!)
}
stop_last() { kill "${PIDS[-1]}"; wait "${PIDS[-1]}" 2>/dev/null || true; unset 'PIDS[-1]'; }
rps() { grep -o 'Requests/sec: *[0-9.]*' "$1" | grep -o '[0-9.]*$'; }
p99() { awk '/ 99%/ { print $2 }' "$1"; }
non2xx() { grep -o 'Non-2xx or 3xx responses: *[0-9]*' "$1" | grep -o '[0-9]*$' || echo 0; }
requests() { grep -o '[0-9]* requests in' "$1" | grep -o '^[0-9]*'; }
tally() { curl -fs -H "Authorization: Bearer $KEY" "http://127.0.0.1:$1/api/v1/editions/demo/votes/tally" | grep -o '"votes":[0-9]*' | awk -F: '{ s += $2 } END { print s }'; }

# The Lua script: each request a new reader, entries in turn.
ENTRIES=$(Data__Directory="$WORK/data" dotnet "$WEB" --urls http://127.0.0.1:5791 >/dev/null 2>&1 & pid=$!; wait_for http://127.0.0.1:5791/health; curl -fs http://127.0.0.1:5791/api/v1/editions/demo/entries | grep -o '"entry":"[^"]*"' | cut -d'"' -f4 | awk '{ printf "\"%s\",", $0 }'; kill $pid; wait $pid 2>/dev/null || true)
cat >"$WORK/vote.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer $KEY"
local entries = { ${ENTRIES%,} }
local counter = 0
local run = os.time()
local threads = 0
function setup(thread) threads = threads + 1; thread:set("tid", threads) end
function request()
  counter = counter + 1
  local body = '{"entry":"' .. entries[(counter % #entries) + 1] .. '","voter":"bench-' .. run .. '-' .. tid .. '-' .. counter .. '"}'
  return wrk.format(nil, "/api/v1/editions/demo/votes", nil, body)
end
LUA

load() { wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_RUN}s" --latency "$@"; }
warm() { wrk -t2 -c"$CONNECTIONS" -d5s "$@" >/dev/null; sleep 1; }

echo "== hello world"
start hello 5790 "$ROOT/bench/HelloWorld/bin/Release/net10.0/HelloWorld.dll" ASPNETCORE_ENVIRONMENT=Production
wait_for http://127.0.0.1:5790/
warm http://127.0.0.1:5790/
load http://127.0.0.1:5790/ >"$WORK/hello.txt"
stop_last
cat "$WORK/hello.txt"

echo "== votes, group commit"
start votes 5791 "$WEB" Data__Directory="$WORK/data" ASPNETCORE_ENVIRONMENT=Production
wait_for http://127.0.0.1:5791/health
warm -s "$WORK/vote.lua" http://127.0.0.1:5791
before=$(tally 5791)
load -s "$WORK/vote.lua" http://127.0.0.1:5791 >"$WORK/votes.txt"
sleep 1
after=$(tally 5791)
stop_last
cat "$WORK/votes.txt"

echo "== votes, one SaveChanges per vote"
start naive 5792 "$WEB" Data__Directory="$WORK/naive" Voting__Writer=PerRequest ASPNETCORE_ENVIRONMENT=Production
wait_for http://127.0.0.1:5792/health
warm -s "$WORK/vote.lua" http://127.0.0.1:5792
load -s "$WORK/vote.lua" http://127.0.0.1:5792 >"$WORK/naive.txt"
stop_last
cat "$WORK/naive.txt"

hello=$(rps "$WORK/hello.txt"); votes=$(rps "$WORK/votes.txt"); naive=$(rps "$WORK/naive.txt")
echo
echo "hello world:             $hello requests/s, p99 $(p99 "$WORK/hello.txt")"
echo "votes, group commit:     $votes votes/s, p99 $(p99 "$WORK/votes.txt"), non-2xx $(non2xx "$WORK/votes.txt")"
echo "votes, SaveChanges each: $naive votes/s, p99 $(p99 "$WORK/naive.txt"), non-2xx $(non2xx "$WORK/naive.txt")"
echo "votes / hello world:     $(awk -v a="$votes" -v b="$hello" 'BEGIN { printf "%.2f", a / b }') (target 0.40)"
echo "group commit / naive:    $(awk -v a="$votes" -v b="$naive" 'BEGIN { printf "%.1f", a / b }')"
echo "acknowledged $(( $(requests "$WORK/votes.txt") - $(non2xx "$WORK/votes.txt") )) votes (wrk may stop with a few in flight), tally grew by $(( after - before ))"
