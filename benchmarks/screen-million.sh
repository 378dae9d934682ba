#!/usr/bin/env bash
# Screens a generated population with `eligo screen` at a small heap, for docs/benchmarks.md.
# Usage: benchmarks/screen-million.sh FORMAT [PATIENTS] [HEAP] [WORKDIR]
#   FORMAT    text, json, csv or html
#   PATIENTS  default 1000000; one Bundle of 50 MB is added in the middle
#   HEAP      default 256m
# ELIGO_ARGS adds options to `eligo screen` (e.g. --explain, so that the text report writes every
# patient's explanation too). POPULATION names an NDJSON file written before by
# `GeneratePopulation` (same arguments) to read instead of generating the input again, so that
# several formats read the same bytes and the generator's CPU is not in the figures.
# Needs cli/target/eligo.jar and benchmarks/target/classes (mvn -B -DskipTests package).
# The input is written into a named pipe as it is read, so no disk holds it; the report goes
# through `tail`, which keeps its end; `-o /dev/stdout` makes eligo print the counts on standard
# error, kept in WORKDIR with the GC log.
set -euo pipefail
format=${1:?format}
patients=${2:-1000000}
heap=${3:-256m}
work=${4:-${TMPDIR:-/tmp}/eligo-million}
root=$(cd "$(dirname "$0")/.." && pwd)
jar=${ELIGO_JAR:-$root/cli/target/eligo.jar}
classes=${GENERATOR_CLASSES:-$root/benchmarks/target/classes}
mkdir -p "$work"
if [ -n "${POPULATION:-}" ]; then
  input=$POPULATION
else
  input="$work/population-$format.ndjson"
  rm -f "$input"
  mkfifo "$input"
  java -cp "$classes" dev.eligo.benchmarks.GeneratePopulation "$root/examples/mcrpc/patients" "$input" "$patients" \
    --big-mb 50 --big-at $((patients / 2)) &
fi
start=$(date +%s)
set +e
java -Xmx"$heap" -Xlog:gc:file="$work/gc-$format.log" -jar "$jar" screen \
  --protocol "$root/examples/mcrpc/src/main/eligo/NCT07298239.eligo" --as-of 2026-11-24 --format "$format" \
  -o /dev/stdout ${ELIGO_ARGS:-} "$input" \
  2> "$work/stderr-$format.txt" | tail -c 2000 > "$work/tail-$format.txt"
status=${PIPESTATUS[0]}
set -e
wait
echo "format $format, $patients patients + 1 Bundle of 50 MB, -Xmx$heap: exit $status in $(( $(date +%s) - start )) s"
cat "$work/stderr-$format.txt"
[ -n "${POPULATION:-}" ] || rm -f "$input"
