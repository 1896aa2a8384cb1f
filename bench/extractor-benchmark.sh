#!/usr/bin/env bash
# Throughput of the extractor alone, once warm, on generated 3-5 KB articles: no database, no Spring.
#
#   bench/extractor-benchmark.sh [articles=1000] [threads=processors] [warm-up s=20] [measured s=30]
#
# Builds the jar (unless REBUILD=0 and it exists), unpacks it with Spring Boot's jar tools into
# target/bench-app (a plain class path), generates the archive with bench/ArchiveGenerator.java into
# target/archive-<articles> if missing, and runs bench/ExtractorBenchmark.java on it. With JFR=1 a
# Java Flight Recorder profile of the run is written to target/extractor.jfr
# (`jfr print --events jdk.ExecutionSample target/extractor.jfr`).
set -euo pipefail
cd "$(dirname "$0")/.."
articles=${1:-1000}
threads=${2:-$(nproc)}
warmup=${3:-20}
measured=${4:-30}

if [ ! -f target/diplomatic-timeline.jar ] || [ "${REBUILD:-1}" != 0 ]; then
  ./mvnw -q -B -ntp package -DskipTests
fi
rm -rf target/bench-app
java -Djarmode=tools -jar target/diplomatic-timeline.jar extract --destination target/bench-app > /dev/null
archive=target/archive-$articles
[ -d "$archive" ] || java bench/ArchiveGenerator.java "$articles" "$archive"

jfr=()
[ "${JFR:-0}" = 1 ] && jfr=(-XX:StartFlightRecording=filename=target/extractor.jfr,settings=profile)
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
java "${jfr[@]}" -Xmx1g -cp target/bench-app/diplomatic-timeline.jar bench/ExtractorBenchmark.java \
  "$archive" "$threads" "$warmup" "$measured"
echo "load average after:  $(cut -d' ' -f1-3 /proc/loadavg)"
