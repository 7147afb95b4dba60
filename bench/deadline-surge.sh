#!/usr/bin/env bash
# Deadline surge: 500 teams each submit a dossier with 5 MB of files within one minute, against the platform built in
# Release and run as its own process(es) on loopback.
# Usage: bench/deadline-surge.sh [teams] [seconds] [sqlite|postgres|postgres-2]
#   sqlite      one instance on SQLite (the default)
#   postgres    one instance on a throwaway PostgreSQL server of this script's own (durable: its default settings)
#   postgres-2  two instances on that PostgreSQL, sharing one files folder, behind nginx (round robin)
set -euo pipefail
cd "$(dirname "$0")/.."
MODE=${3:-sqlite}
dotnet build bench/DeadlineSurge -c Release -nologo -v q
dotnet build src/DataForLife.Web -c Release -nologo -v q
SURGE=(dotnet bench/DeadlineSurge/bin/Release/net10.0/DeadlineSurge.dll "${1:-500}" "${2:-60}" "$(pwd)/src/DataForLife.Web/bin/Release/net10.0/DataForLife.Web.dll")
[ "$MODE" = sqlite ] && exec "${SURGE[@]}"

WORK=$(mktemp -d /tmp/dfl-surge-pg.XXXXXX)
NGX=
PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
PG_PORT=55451
PG_RUN=(); [ "$(id -u)" -eq 0 ] && PG_RUN=(runuser -u postgres --) && chown postgres:postgres "$WORK"
cleanup() {
  [ -n "${NGX:-}" ] && [ -f "$NGX/nginx.pid" ] && kill "$(cat "$NGX/nginx.pid")" 2>/dev/null || true
  "${PG_RUN[@]}" "$PG_BIN/pg_ctl" -D "$WORK/pg" -m immediate stop >/dev/null 2>&1 || true
  [ -n "${NGX:-}" ] && rm -rf "$NGX"
  rm -rf "$WORK"
}
trap cleanup EXIT
"${PG_RUN[@]}" "$PG_BIN/initdb" -D "$WORK/pg" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
"${PG_RUN[@]}" "$PG_BIN/pg_ctl" -D "$WORK/pg" -l "$WORK/pg.log" -w -o "-p $PG_PORT -k $WORK -c listen_addresses=127.0.0.1 -c max_connections=300" start >/dev/null
"${PG_RUN[@]}" "$PG_BIN/psql" -h 127.0.0.1 -p $PG_PORT -U postgres -qc "CREATE DATABASE dfl" >/dev/null
export SURGE_POSTGRES="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=dfl"
if [ "$MODE" = postgres-2 ]; then
  NGINX=$(command -v nginx || echo /usr/sbin/nginx)
  # nginx's workers run as an unprivileged user and keep large request bodies in files: a folder they can reach.
  NGX=$(mktemp -d /tmp/dfl-surge-nginx.XXXXXX); chmod 755 "$NGX"
  cat >"$NGX/nginx.conf" <<NGINX
worker_processes 1;
pid $NGX/nginx.pid;
error_log $NGX/error.log;
events { worker_connections 4096; }
http {
  access_log off;
  client_body_temp_path $NGX/body; proxy_temp_path $NGX/proxy; fastcgi_temp_path $NGX/fastcgi;
  uwsgi_temp_path $NGX/uwsgi; scgi_temp_path $NGX/scgi;
  upstream platform { server 127.0.0.1:5391; server 127.0.0.1:5392; keepalive 64; }
  server {
    listen 127.0.0.1:5390;
    client_max_body_size 32m;
    location / {
      proxy_pass http://platform;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host \$host;
      proxy_set_header X-Forwarded-For \$remote_addr;
      proxy_set_header X-Forwarded-Proto \$scheme;
    }
  }
}
NGINX
  "$NGINX" -p "$NGX" -c "$NGX/nginx.conf" -e "$NGX/error.log"
  export SURGE_INSTANCES=2 SURGE_URL=http://127.0.0.1:5390
fi
"${SURGE[@]}"
