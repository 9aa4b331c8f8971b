#!/usr/bin/env bash
# Run the main job (`npm start`) N times in a row, each from a cold VM state (no local VM
# running), and report how many passed with their times. The flake this guards against was a
# boot race on a busy machine.
#   bash scripts/start-repeat.sh [N=20] [LOG_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-20}"
logs="${2:-$(mktemp -d)}"
mkdir -p "$logs"
passed=0
for run in $(seq 1 "$runs"); do
  node dist/cli.js vm stop livepatch-demo >/dev/null 2>&1 || true
  start=$(date +%s)
  if npm start >"$logs/run-$run.log" 2>&1; then
    status=pass
    passed=$((passed + 1))
  else
    status=FAIL
  fi
  echo "run $run/$runs: $status in $(($(date +%s) - start)) s (log $logs/run-$run.log)"
done
echo "npm start: $passed of $runs runs passed"
[ "$passed" -eq "$runs" ]
