#!/usr/bin/env bash
# Read load while editors add articles: latency and throughput of the busiest pages.
#
#   bench/load-test.sh [seconds-per-target] [connections]
#
# Builds the jar, starts the application on 127.0.0.1 with a fresh H2 file database (the seed
# articles are ingested at start-up), signs in an editor and keeps uploading generated articles in
# the background (copies of the seed articles and the test corpus, each with its own added lines,
# through the real preview-and-save pages, ten files per batch). Meanwhile wrk (Debian package `wrk`)
# loads, one after another, the timeline, a filtered timeline, an encounter page and the JSON API.
# Every request goes to 127.0.0.1; the uploads, each wrk run and the whole script are bounded in
# time. Prints a Markdown table for docs/performance.md and fails if any request failed.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-20}
connections=${2:-16}
host=127.0.0.1
port=${PORT:-18080}
base="http://$host:$port"

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 2; }
command -v curl >/dev/null || { echo "curl is missing: apt-get install -y curl" >&2; exit 2; }

[ -f target/diplomatic-timeline.jar ] && [ "${REBUILD:-0}" = 0 ] || ./mvnw -q -B -ntp package -DskipTests
jar=target/diplomatic-timeline.jar

work=$(mktemp -d)
app_pid=
uploader_pid=
cleanup() {
  [ -n "$uploader_pid" ] && kill "$uploader_pid" 2>/dev/null || true
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

# an editor for the uploads: bcrypt hash of a throwaway password, as in production
password="load-test-$(date +%s%N)"
hash=$(printf '%s\n' "$password" | java -jar "$jar" hash-password)

# articles to upload: every source file many times over, each copy made unique by added lines
mkdir -p "$work/articles"
sources=(data/articles/*.txt src/test/resources/corpus/*.txt)
copies=${COPIES:-12}
for ((i = 1; i <= copies; i++)); do
  for f in "${sources[@]}"; do
    name=$(basename "$f" .txt)
    { printf 'Filed by desk %d.\n\n' "$i"; cat "$f"; printf '\n(Archive copy %d of %s.)\n' "$i" "$name"; } \
      > "$work/articles/${name}-copy${i}.txt"
  done
done

TIMELINE_SECURITY_EDITORS_0_USERNAME=loadtest \
TIMELINE_SECURITY_EDITORS_0_PASSWORDHASH="$hash" \
  java -Xmx1g -jar "$jar" --server.address=$host --server.port=$port \
    --spring.datasource.url="jdbc:h2:file:$work/db/timeline" \
    --timeline.ingest.folder=data/articles --logging.level.root=warn > "$work/app.log" 2>&1 &
app_pid=$!
for _ in $(seq 1 120); do
  curl -fsS "$base/actuator/health" 2>/dev/null | grep -q '"UP"' && break
  kill -0 "$app_pid" 2>/dev/null || { cat "$work/app.log" >&2; exit 1; }
  sleep 1
done
curl -fsS "$base/actuator/health" | grep -q '"UP"' || { echo "the application did not start" >&2; exit 1; }

encounter=$(curl -fsS "$base/api/encounters" | grep -o '"id":[0-9]*' | head -1 | cut -d: -f2)
[ -n "$encounter" ] || { echo "no encounter stored" >&2; exit 1; }

csrf() { grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//'; }

# background: sign in, then preview and save ten files at a time until done or time is up
upload_loop() {
  local jar_cookies="$work/cookies" token file batch=() saved=0
  token=$(curl -fsS -c "$jar_cookies" -b "$jar_cookies" "$base/login" | csrf)
  curl -fsS -o /dev/null -c "$jar_cookies" -b "$jar_cookies" \
    --data-urlencode "username=loadtest" --data-urlencode "password=$password" --data-urlencode "_csrf=$token" \
    "$base/login"
  local deadline=$((SECONDS + 5 * seconds + 60))
  for file in "$work"/articles/*.txt; do
    batch+=(-F "files=@$file;type=text/plain")
    [ ${#batch[@]} -lt 20 ] && continue
    [ $SECONDS -ge $deadline ] && break
    token=$(curl -fsS -c "$jar_cookies" -b "$jar_cookies" "$base/admin/articles/new" | csrf)
    local preview
    preview=$(curl -fsS -c "$jar_cookies" -b "$jar_cookies" -F "_csrf=$token" "${batch[@]}" "$base/admin/articles/preview")
    local save
    save=$(printf '%s' "$preview" | grep -o 'name="token" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
    token=$(printf '%s' "$preview" | csrf)
    curl -fsS -o /dev/null -c "$jar_cookies" -b "$jar_cookies" \
      --data-urlencode "token=$save" --data-urlencode "_csrf=$token" "$base/admin/articles"
    saved=$((saved + ${#batch[@]} / 2))
    echo "$saved" > "$work/uploaded"
    batch=()
  done
}
upload_loop > "$work/uploader.log" 2>&1 &
uploader_pid=$!

targets=("timeline|/" "filtered timeline|/?level=leaders&dispute=wartime-labor" "encounter page|/encounters/$encounter" \
  "JSON API|/api/timeline")

# warm-up, not measured: templates compiled, JIT warm, connection pool full
for target in "${targets[@]}"; do
  timeout 30 wrk -t1 -c2 -d"$((seconds / 4 + 1))s" --timeout 10s "$base${target#*|}" > /dev/null
done

rows=()
failed=0
for target in "${targets[@]}"; do
  label=${target%%|*}
  path=${target#*|}
  out=$(timeout $((seconds + 30)) wrk -t2 -c"$connections" -d"${seconds}s" --timeout 10s --latency "$base$path")
  p50=$(printf '%s\n' "$out" | awk '$1 == "50%" {print $2}')
  p99=$(printf '%s\n' "$out" | awk '$1 == "99%" {print $2}')
  rps=$(printf '%s\n' "$out" | awk '/^Requests\/sec/ {print $2}')
  total=$(printf '%s\n' "$out" | awk '/requests in/ {print $1}')
  non2xx=$(printf '%s\n' "$out" | awk '/Non-2xx or 3xx responses/ {print $5}')
  socket=$(printf '%s\n' "$out" | grep 'Socket errors' || true)
  errors=${non2xx:-0}
  [ -n "$socket" ] && errors="$errors; $socket"
  [ "${non2xx:-0}" != 0 ] || [ -n "$socket" ] && failed=1
  rows+=("| $label | \`$path\` | $total | $rps | $p50 | $p99 | $errors |")
done

kill "$uploader_pid" 2>/dev/null || true
wait "$uploader_pid" 2>/dev/null || true
uploader_pid=
uploaded=$(cat "$work/uploaded" 2>/dev/null || echo 0)
articles=$(curl -fsS "$base/api/articles" | grep -o '"id":' | wc -l)

echo
echo "wrk -t2 -c$connections -d${seconds}s --latency, one target after another, on $(nproc) cores (load average" \
  "$(cut -d' ' -f1-3 /proc/loadavg) at the end), while an editor uploaded $uploaded articles in batches of 10" \
  "through preview and save ($articles articles stored at the end)"
echo
echo "| target | path | requests | requests/s | p50 | p99 | errors |"
echo "| --- | --- | ---: | ---: | ---: | ---: | --- |"
printf '%s\n' "${rows[@]}"
if [ -s "$work/uploader.log" ]; then
  echo >&2; echo "uploader:" >&2; cat "$work/uploader.log" >&2
fi
exit $failed
