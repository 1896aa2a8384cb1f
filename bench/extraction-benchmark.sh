#!/usr/bin/env bash
# Extraction and ingest throughput, and peak memory, of the `extract` command.
#
#   bench/extraction-benchmark.sh [copies]
#
# Builds the jar, makes a folder holding the seed articles and the test corpus `copies` times
# over (each copy made unique with a trailing line, so none is skipped as already present), then times
# `java -jar target/diplomatic-timeline.jar extract <folder> <out.json>` with GNU time: wall time,
# articles per second and peak resident memory. Nothing leaves this machine.
set -euo pipefail
cd "$(dirname "$0")/.."
copies=${1:-20}

./mvnw -q -B -ntp package -DskipTests

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/in"
sources=(data/articles/*.txt src/test/resources/corpus/*.txt)
for ((i = 1; i <= copies; i++)); do
  for f in "${sources[@]}"; do
    name=$(basename "$f" .txt)
    { cat "$f"; printf '\n(copy %d)\n' "$i"; } > "$work/in/${name}-copy${i}.txt"
  done
done
count=$(ls "$work/in" | wc -l)
bytes=$(cat "$work/in"/*.txt | wc -c)

/usr/bin/time -f '%e %M' -o "$work/time" \
  java -jar target/diplomatic-timeline.jar extract "$work/in" "$work/out.json" > "$work/log"
read -r seconds max_kb < "$work/time"

echo "articles:        $count ($((bytes / 1024)) KiB)"
echo "wall time:       ${seconds} s (JVM start-up and schema migration included)"
echo "throughput:      $(awk -v n="$count" -v s="$seconds" 'BEGIN { printf "%.1f", n / s }') articles/s"
echo "peak memory:     $((max_kb / 1024)) MiB resident"
tail -n 1 "$work/log"
