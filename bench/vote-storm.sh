#!/usr/bin/env bash
# The vote storm on PostgreSQL, every figure from one run on one machine:
#  1. wrk (2 threads, CONNECTIONS connections, SECONDS s, after a 5 s unmeasured warm-up each) against hello world, the
#     partner vote on SQLite (group commit), on PostgreSQL through one instance, through one instance behind nginx,
#     and through two instances behind nginx; every request a new reader; the tally checked against the answers.
#  2. PostgreSQL restarted (pg_ctl restart -m fast) 10 s into a 30 s storm against the two instances behind nginx.
#  3. One of the two instances killed with kill -9 10 s into a 30 s storm; the other keeps serving.
# In 2 and 3 bench/VoteStorm records every answer and then looks up every vote answered 201 in the database.
# PostgreSQL is a throwaway server of this script's own, durable: fsync and synchronous_commit on (its defaults).
# Usage: bench/vote-storm.sh [seconds] [connections]
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
SECONDS_RUN=${1:-10}
CONNECTIONS=${2:-64}
command -v wrk >/dev/null || { echo "wrk is needed (apt-get install wrk)"; exit 1; }
NGINX=$(command -v nginx || echo /usr/sbin/nginx)
[ -x "$NGINX" ] || { echo "nginx is needed (apt-get install nginx)"; exit 1; }

for project in bench/HelloWorld bench/VoteStorm src/DataForLife.Cli src/DataForLife.Web; do
  dotnet build "$project" -c Release -nologo -v q >/dev/null
done
WEB="$ROOT/src/DataForLife.Web/bin/Release/net10.0/DataForLife.Web.dll"
CLI="$ROOT/src/DataForLife.Cli/bin/Release/net10.0/dfl.dll"
STORM="$ROOT/bench/VoteStorm/bin/Release/net10.0/VoteStorm.dll"
WORK=$(mktemp -d /tmp/dfl-vote-storm.XXXXXX)
PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
PG_PORT=55450
PG_RUN=(); [ "$(id -u)" -eq 0 ] && PG_RUN=(runuser -u postgres --) && chown postgres:postgres "$WORK"
PIDS=()
cleanup() {
  for pid in "${PIDS[@]:-}"; do kill -9 "$pid" 2>/dev/null || true; done
  [ -n "${NGX:-}" ] && [ -f "$NGX/nginx.pid" ] && kill "$(cat "$NGX/nginx.pid")" 2>/dev/null || true
  "${PG_RUN[@]}" "$PG_BIN/pg_ctl" -D "$WORK/pg" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$WORK" "${NGX:-}"
}
trap cleanup EXIT

"${PG_RUN[@]}" "$PG_BIN/initdb" -D "$WORK/pg" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
pg_start() { "${PG_RUN[@]}" "$PG_BIN/pg_ctl" -D "$WORK/pg" -l "$WORK/pg.log" -w -o "-p $PG_PORT -k $WORK -c listen_addresses=127.0.0.1 -c max_connections=300" start >/dev/null; }
pg_start
"${PG_RUN[@]}" "$PG_BIN/psql" -h 127.0.0.1 -p $PG_PORT -U postgres -qc "CREATE DATABASE dfl" >/dev/null
echo "PostgreSQL $("${PG_RUN[@]}" "$PG_BIN/psql" -h 127.0.0.1 -p $PG_PORT -U postgres -tAc "SELECT current_setting('server_version') || ', fsync ' || current_setting('fsync') || ', synchronous_commit ' || current_setting('synchronous_commit')")"
PG_ENV=(Database__Provider=Postgres "ConnectionStrings__Postgres=Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=dfl" Data__Directory="$WORK/pgdata" Files__Directory="$WORK/pgfiles")

# The demo edition at the vote, a partner key without rate limit: once in a SQLite folder, once in PostgreSQL.
mkdir -p "$WORK/data" "$WORK/pgdata"
Data__Directory="$WORK/data" dotnet "$CLI" demo seed --stage voting >/dev/null
KEY=$(Data__Directory="$WORK/data" dotnet "$CLI" partner-keys create --name "Benchmark" --edition demo --rate-limit 0 | tail -n 1)
env "${PG_ENV[@]}" dotnet "$CLI" db migrate >/dev/null
env "${PG_ENV[@]}" dotnet "$CLI" demo seed --stage voting >/dev/null
PGKEY=$(env "${PG_ENV[@]}" dotnet "$CLI" partner-keys create --name "Benchmark" --edition demo --rate-limit 0 | tail -n 1)

wait_for() { for _ in $(seq 1 300); do curl -fs "$1" >/dev/null 2>&1 && return 0; sleep 0.2; done; echo "no answer from $1"; exit 1; }
start() { # port dll [env...]
  local port=$1 dll=$2; shift 2
  env "$@" Logging__LogLevel__Default=Warning ASPNETCORE_ENVIRONMENT=Production dotnet "$dll" --urls "http://127.0.0.1:$port" >"$WORK/server-$port.log" 2>&1 &
  PIDS+=($!)
}
stop_last() { kill "${PIDS[-1]}"; wait "${PIDS[-1]}" 2>/dev/null || true; unset 'PIDS[-1]'; }
rps() { grep -o 'Requests/sec: *[0-9.]*' "$1" | grep -o '[0-9.]*$'; }
p99() { awk '/ 99%/ { print $2 }' "$1"; }
non2xx() { grep -o 'Non-2xx or 3xx responses: *[0-9]*' "$1" | grep -o '[0-9]*$' || echo 0; }
requests() { grep -o '[0-9]* requests in' "$1" | grep -o '^[0-9]*'; }
tally() { curl -fs -H "Authorization: Bearer $2" "http://127.0.0.1:$1/api/v1/editions/demo/votes/tally" | grep -o '"votes":[0-9]*' | awk -F: '{ s += $2 } END { print s }'; }
lua() { # key file port
  local entries
  entries=$(curl -fs "http://127.0.0.1:$3/api/v1/editions/demo/entries" | grep -o '"entry":"[^"]*"' | cut -d'"' -f4 | awk '{ printf "\"%s\",", $0 }')
  cat >"$2" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer $1"
local entries = { ${entries%,} }
local counter = 0
local run = os.time() .. "-" .. math.random(1000000)
local threads = 0
function setup(thread) threads = threads + 1; thread:set("tid", threads) end
function request()
  counter = counter + 1
  local body = '{"entry":"' .. entries[(counter % #entries) + 1] .. '","voter":"bench-' .. run .. '-' .. tid .. '-' .. counter .. '"}'
  return wrk.format(nil, "/api/v1/editions/demo/votes", nil, body)
end
LUA
}
load() { wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_RUN}s" --latency "$@"; }
warm() { wrk -t2 -c"$CONNECTIONS" -d5s "$@" >/dev/null; sleep 1; }
measure() { # name port key lua
  warm -s "$4" "http://127.0.0.1:$2"
  local before after
  before=$(tally "$2" "$3")
  load -s "$4" "http://127.0.0.1:$2" >"$WORK/$1.txt"
  sleep 1
  after=$(tally "$2" "$3")
  echo "$(( $(requests "$WORK/$1.txt") - $(non2xx "$WORK/$1.txt") )) $(( after - before ))" >"$WORK/$1.acks"
}
# nginx's workers run as an unprivileged user and keep large request bodies in files: a folder they can reach.
NGX=$(mktemp -d /tmp/dfl-vote-storm-nginx.XXXXXX); chmod 755 "$NGX"
proxy() { # port upstream-port...
  local servers="" port=$1; shift
  for upstream in "$@"; do servers="$servers server 127.0.0.1:$upstream;"; done
  cat >>"$NGX/servers.conf" <<NGINX
upstream platform$port { $servers keepalive 64; }
server {
  listen 127.0.0.1:$port;
  location / {
    proxy_pass http://platform$port;
    proxy_http_version 1.1;
    proxy_set_header Connection "";
    proxy_set_header Host \$host;
    proxy_set_header X-Forwarded-For \$remote_addr;
    proxy_set_header X-Forwarded-Proto \$scheme;
    proxy_read_timeout 30s;
  }
}
NGINX
}

echo "== hello world"
start 5790 "$ROOT/bench/HelloWorld/bin/Release/net10.0/HelloWorld.dll"
wait_for http://127.0.0.1:5790/
warm http://127.0.0.1:5790/
load http://127.0.0.1:5790/ >"$WORK/hello.txt"
stop_last

echo "== PostgreSQL instances and nginx"
start 5795 "$WEB" "${PG_ENV[@]}" Platform__Instances=2
start 5796 "$WEB" "${PG_ENV[@]}" Data__Directory="$WORK/pgdata-b" Platform__Instances=2
B_PID=${PIDS[-1]}
wait_for http://127.0.0.1:5795/health/ready
wait_for http://127.0.0.1:5796/health/ready
lua "$PGKEY" "$WORK/pgvote.lua" 5795
proxy 5797 5795 5796
proxy 5798 5795
cat >"$NGX/nginx.conf" <<NGINX
worker_processes 1;
pid $NGX/nginx.pid;
error_log $NGX/error.log;
events { worker_connections 4096; }
http {
  access_log off;
  client_body_temp_path $NGX/body; proxy_temp_path $NGX/proxy; fastcgi_temp_path $NGX/fastcgi;
  uwsgi_temp_path $NGX/uwsgi; scgi_temp_path $NGX/scgi;
  include $NGX/servers.conf;
}
NGINX
"$NGINX" -p "$NGX" -c "$NGX/nginx.conf" -e "$NGX/error.log"
wait_for http://127.0.0.1:5797/health/live

echo "== votes, PostgreSQL, one instance"
measure pg1 5795 "$PGKEY" "$WORK/pgvote.lua"
echo "== votes, PostgreSQL, one instance behind nginx"
measure pg1proxy 5798 "$PGKEY" "$WORK/pgvote.lua"
echo "== votes, PostgreSQL, two instances behind nginx"
measure pg2proxy 5797 "$PGKEY" "$WORK/pgvote.lua"

echo "== votes, SQLite (the other instances idle)"
start 5791 "$WEB" Data__Directory="$WORK/data"
wait_for http://127.0.0.1:5791/health
lua "$KEY" "$WORK/vote.lua" 5791
measure sqlite 5791 "$KEY" "$WORK/vote.lua"
stop_last

hello=$(rps "$WORK/hello.txt")
echo
printf '%-48s %10s %10s %8s %s\n' "run" "req/s" "p99" "/hello" "acknowledged / tally grew by / non-2xx"
printf '%-48s %10s %10s %8s\n' "hello world" "$hello" "$(p99 "$WORK/hello.txt")" "1.00"
for run in sqlite:"votes, SQLite, group commit" pg1:"votes, PostgreSQL, one instance" pg1proxy:"votes, PostgreSQL, one instance behind nginx" pg2proxy:"votes, PostgreSQL, two instances behind nginx"; do
  file=${run%%:*}; name=${run#*:}
  r=$(rps "$WORK/$file.txt")
  printf '%-48s %10s %10s %8s %s / %s\n' "$name" "$r" "$(p99 "$WORK/$file.txt")" "$(awk -v a="$r" -v b="$hello" 'BEGIN { printf "%.2f", a / b }')" "$(cat "$WORK/$file.acks")" "$(non2xx "$WORK/$file.txt")"
done

echo
echo "== PostgreSQL restarted 10 s into a 30 s storm (two instances behind nginx)"
(sleep 10; echo "restart begins at $(date +%T.%N | cut -c1-12)"; "${PG_RUN[@]}" "$PG_BIN/pg_ctl" -D "$WORK/pg" -m fast -w restart -o "-p $PG_PORT -k $WORK -c listen_addresses=127.0.0.1 -c max_connections=300" >/dev/null; echo "PostgreSQL accepts connections again at $(date +%T.%N | cut -c1-12)") &
fault=$!
echo "storm starts at $(date +%T.%N | cut -c1-12)"
dotnet "$STORM" storm http://127.0.0.1:5797 "$PGKEY" 30 "$CONNECTIONS" "$WORK/restart.acked"
wait "$fault"
env "${PG_ENV[@]}" dotnet "$STORM" verify Benchmark "$WORK/restart.acked"

echo
echo "== instance B killed with kill -9 10 s into a 30 s storm (two instances behind nginx)"
(sleep 10; echo "kill -9 of instance B (pid $B_PID) at $(date +%T.%N | cut -c1-12)"; kill -9 "$B_PID") &
fault=$!
echo "storm starts at $(date +%T.%N | cut -c1-12)"
dotnet "$STORM" storm http://127.0.0.1:5797 "$PGKEY" 30 "$CONNECTIONS" "$WORK/kill.acked"
wait "$fault"
echo "instance A still ready: $(curl -fs http://127.0.0.1:5795/health/ready)"
env "${PG_ENV[@]}" dotnet "$STORM" verify Benchmark "$WORK/kill.acked"
