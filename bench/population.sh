#!/usr/bin/env bash
# Benchmarks of the synthetic population generator (docs/benchmarks.md):
#   1. records/s of our generator and of Bogus (vi locale, nearest equivalent fields), one thread each, CSV to a
#      file, five alternating rounds, medians compared;
#   2. the nation: 100,000,000 records streamed with every core, records/s and peak memory (VmHWM).
# Usage: bench/population.sh [ours-count] [bogus-count] [nation-count] [nation-target]
#   nation-target: a file path, or "-" for a null stream (default: a file under $TMPDIR when 40 GB are free, else "-").
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
OURS=${1:-2000000}
BOGUS=${2:-200000}
NATION=${3:-100000000}
TMP=${TMPDIR:-/tmp}
free_gb=$(df -BG --output=avail "$TMP" | tail -n 1 | tr -dc '0-9')
TARGET=${4:-$([ "$free_gb" -ge 40 ] && echo "$TMP/dfl-nation.csv" || echo "-")}

dotnet build bench/DataForLife.Population.Bench -c Release -nologo -v q
BENCH=bench/DataForLife.Population.Bench/bin/Release/net10.0/DataForLife.Population.Bench.dll

echo "== machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GB memory, $(df -h --output=avail "$TMP" | tail -n 1 | tr -d ' ') free in $TMP"
echo "== 1. single thread, CSV to a file in $TMP"
sync
dotnet "$BENCH" compare "$OURS" "$BOGUS" "$TMP"
echo "== 2. the nation: $NATION records, every core, to ${TARGET}"
sync
dotnet "$BENCH" nation "$NATION" "$TARGET"
if [ "$TARGET" != "-" ]; then
  rm -f "$TARGET"
fi
