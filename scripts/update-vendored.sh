#!/usr/bin/env bash
# Refreshes a vendored browser library from the npm registry, so the Maven build never needs node or npm.
#   scripts/update-vendored.sh vis-timeline 8.5.4   -> src/main/resources/static/vendor/vis-timeline/8.5.4/
#   scripts/update-vendored.sh axe-core 4.14.1      -> src/test/resources/vendor/axe-core/4.14.1/
# After a version change, update the paths that name the version (grep -r for the old version) and docs/ui.md.
set -euo pipefail
cd "$(dirname "$0")/.."
name="${1:?package: vis-timeline, vis-data, moment or axe-core}"
version="${2:?version, e.g. 8.5.4}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "$name@$version" >/dev/null && tar xzf ./*.tgz)
pkg="$work/package"
case "$name" in
  vis-timeline)
    dest="src/main/resources/static/vendor/vis-timeline/$version"
    mkdir -p "$dest"
    # the peer build: unlike the standalone one it never injects a <style> element (blocked by our CSP)
    cp "$pkg/peer/umd/vis-timeline-graph2d.min.js" "$pkg/styles/vis-timeline-graph2d.min.css" \
      "$pkg/LICENSE.md" "$pkg/LICENSE.Apache-2.0.txt" "$pkg/LICENSE.MIT.txt" "$dest/"
    ;;
  vis-data)
    dest="src/main/resources/static/vendor/vis-data/$version"
    mkdir -p "$dest"
    cp "$pkg/peer/umd/vis-data.min.js" "$pkg"/LICENSE* "$dest/"
    ;;
  moment)
    dest="src/main/resources/static/vendor/moment/$version"
    mkdir -p "$dest"
    cp "$pkg/min/moment.min.js" "$pkg/LICENSE" "$dest/"
    ;;
  axe-core)
    dest="src/test/resources/vendor/axe-core/$version"
    mkdir -p "$dest"
    cp "$pkg/axe.min.js" "$pkg/LICENSE" "$pkg/LICENSE-3RD-PARTY.txt" "$dest/"
    ;;
  *)
    echo "unknown package $name" >&2
    exit 2
    ;;
esac
echo "$name $version copied to $dest; write its README.md (version, origin, this command)"
