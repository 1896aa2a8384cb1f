#!/usr/bin/env bash
# End-to-end throughput of the `ingest` command on a generated archive, into a fresh H2 file.
#
#   bench/ingest-benchmark.sh [articles=10000] [threads=processors]
#
# Builds the jar (unless REBUILD=0 and it exists), generates the archive with
# bench/ArchiveGenerator.java into target/archive-<articles> if missing, and times
# `java -jar target/diplomatic-timeline.jar ingest <archive>` with GNU time against a new H2 file
# database under target/ (JVM start-up, migration and every article's transaction included). Prints
# wall time, articles per second, peak resident memory and the machine's load. With JFR=1 a Java
# Flight Recorder profile is written to target/ingest.jfr.
set -euo pipefail
cd "$(dirname "$0")/.."
articles=${1:-10000}
threads=${2:-$(nproc)}

if [ ! -f target/diplomatic-timeline.jar ] || [ "${REBUILD:-1}" != 0 ]; then
  ./mvnw -q -B -ntp package -DskipTests
fi
archive=target/archive-$articles
[ -d "$archive" ] || java bench/ArchiveGenerator.java "$articles" "$archive"

db=target/ingest-bench
rm -rf "$db"
jfr=()
[ "${JFR:-0}" = 1 ] && jfr=(-XX:StartFlightRecording=filename=target/ingest.jfr,settings=profile)
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
/usr/bin/time -f '%e %M' -o target/ingest-bench.time \
  java "${jfr[@]}" -Dspring.datasource.url="jdbc:h2:file:./$db/timeline" -Dtimeline.ingest.threads="$threads" \
    -jar target/diplomatic-timeline.jar ingest "$archive" > target/ingest-bench.log
read -r seconds max_kb < target/ingest-bench.time
echo "load average after:  $(cut -d' ' -f1-3 /proc/loadavg)"
tail -n 1 target/ingest-bench.log | head -c 300; echo
grep '^ingest:' target/ingest-bench.log | head -1
echo "articles:        $articles, $threads threads"
echo "wall time:       ${seconds} s (JVM start-up and schema migration included)"
echo "throughput:      $(awk -v n="$articles" -v s="$seconds" 'BEGIN { printf "%.1f", n / s }') articles/s"
echo "peak memory:     $((max_kb / 1024)) MiB resident"
