#!/usr/bin/env bash
# Deadline surge: 500 teams each submit a dossier with 5 MB of files within one minute, against the platform built in
# Release and run as its own process on loopback (SQLite). Usage: bench/deadline-surge.sh [teams] [seconds]
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build bench/DeadlineSurge -c Release -nologo -v q
dotnet build src/DataForLife.Web -c Release -nologo -v q
exec dotnet bench/DeadlineSurge/bin/Release/net10.0/DeadlineSurge.dll "${1:-500}" "${2:-60}" "$(pwd)/src/DataForLife.Web/bin/Release/net10.0/DataForLife.Web.dll"
