#!/usr/bin/env bash
# Runs every benchmark whose figures docs/benchmarks.md and the README publish, once, in one sitting, and writes the
# raw output of each to one folder (default: benchmarks/results/<UTC time>). Run it on an otherwise idle machine;
# it records the load average before and after each step. About 25–40 minutes on 2 cores.
#   benchmarks/run-published.sh [OUTPUT_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-benchmarks/results/$(date -u +%Y%m%dT%H%MZ)}"
mkdir -p "$out"
bench=benchmarks/Dalhaengi.Core.Benchmarks
step() {
  local name="$1"; shift
  { echo "# $name"; echo "command: $*"; echo "start: $(date -u +%H:%M:%S) UTC, load $(cut -d' ' -f1-3 /proc/loadavg)"; } > "$out/$name.txt"
  "$@" >> "$out/$name.txt" 2>&1 || echo "FAILED: $*" >> "$out/$name.txt"
  echo "end: $(date -u +%H:%M:%S) UTC, load $(cut -d' ' -f1-3 /proc/loadavg)" >> "$out/$name.txt"
  echo "$name done"
}
{ uname -srm; nproc; grep -m1 'model name' /proc/cpuinfo; dotnet --version; git rev-parse --short HEAD; } > "$out/machine.txt"
dotnet build "$bench" -c Release 2>&1 | grep -E "Warning\(s\)|Error\(s\)" > "$out/build.txt"
run() { dotnet run -c Release --no-build --project "$bench" -- "$@"; }
step cpu run --cpu
step cold-start bash -c 'cd benchmarks/Dalhaengi.ColdStart && ./publish.sh > /dev/null && dotnet build -c Release > /dev/null && bin/Release/net10.0/Dalhaengi.ColdStart --measure 10'
step scaling run --scaling
step quality run --quality
step layouts run --layouts
for c in DenseScreeningBenchmarks ScreeningBenchmarks BatchBuildBenchmarks EndToEndBenchmarks WhatIfBenchmarks BackTestBenchmarks \
         ParallelScreeningBenchmarks RuleSetLoadingBenchmarks RotationDistrictScalingBenchmarks \
         CalendarBenchmarks RotationPlannerBenchmarks RotationScalingBenchmarks; do
  step "bdn-$c" bash -c "cd $bench && dotnet run -c Release --no-build -- --filter '*.$c.*' --inProcess --launchCount 1 --warmupCount 1 --iterationCount 3 | sed -n '/^| Method/,/^\$/p'"
done
step quality-suite run --quality-suite 100 60
echo "results in $out"
