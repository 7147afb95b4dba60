#!/usr/bin/env bash
# The edition dashboard on a large edition: 3,000 teams (about 9,000 contestants) and 500,000 votes on SQLite, every
# chart's grouped queries run 20 times after a first run that compiles them. Exit code 1 when the median is 300 ms or more.
# Usage: bench/dashboard.sh [teams] [votes] [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build bench/DashboardLoad -c Release -nologo -v q
exec dotnet bench/DashboardLoad/bin/Release/net10.0/DashboardLoad.dll "${1:-3000}" "${2:-500000}" "${3:-20}"
