#!/usr/bin/env bash
# Throughput of pages and API over HTTP, with and without a cached copy: full renders, gzipped
# answers, 304 revalidations, a streamed export. Uses bench/HttpBenchmark.java (no wrk needed).
#
#   bench/http-benchmark.sh [seconds-per-target=10] [connections=16]
#
# Builds the jar if missing, starts the application on 127.0.0.1 with a fresh H2 file database (the
# seed articles ingested at start-up), loads each target in turn and prints a Markdown table.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-10}
connections=${2:-16}
host=127.0.0.1
port=${PORT:-18081}
base="http://$host:$port"

[ -f target/diplomatic-timeline.jar ] && [ "${REBUILD:-0}" = 0 ] || ./mvnw -q -B -ntp package -DskipTests
jar=target/diplomatic-timeline.jar

work=$(mktemp -d)
app_pid=
cleanup() {
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

java -Xmx512m -jar "$jar" --server.address=$host --server.port=$port \
  --spring.datasource.url="jdbc:h2:file:$work/db/timeline" \
  --timeline.ingest.folder=data/articles --logging.level.root=warn > "$work/app.log" 2>&1 &
app_pid=$!
for _ in $(seq 1 180); do
  curl -fsS -o /dev/null "$base/actuator/health" 2>/dev/null && break
  sleep 1
done
curl -fsS -o /dev/null "$base/actuator/health" || { cat "$work/app.log" >&2; exit 1; }

etag() { curl -fsS -D - -o /dev/null "$base$1" | tr -d '\r' | awk -F': ' 'tolower($1)=="etag" {print $2}'; }

bench() { java bench/HttpBenchmark.java "$base$1" "$seconds" "$connections" "${@:2}"; }

echo "| target | requests | requests/s | p50 | p99 | bytes/answer | errors |"
echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"
bench /
bench / "Accept-Encoding: gzip"
bench / "If-None-Match: $(etag /)"
bench /encounters/1
bench /api/encounters
bench /api/encounters "If-None-Match: $(etag /api/encounters)"
bench /api/export/encounters "Accept-Encoding: gzip"
echo
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores"
