#!/usr/bin/env python3
"""Self and inclusive time per method from a Java Flight Recorder file's execution samples.

    python3 bench/jfr-hotspots.py target/extractor.jfr [filter=org.diplomatictimeline] [rows=40]
"""
import collections
import re
import subprocess
import sys

recording = sys.argv[1]
only = sys.argv[2] if len(sys.argv) > 2 else "org.diplomatictimeline"
rows = int(sys.argv[3]) if len(sys.argv) > 3 else 40
text = subprocess.run(["jfr", "print", "--stack-depth", "200", "--events", "jdk.ExecutionSample", recording],
                      capture_output=True, text=True, check=True).stdout
samples = text.split("jdk.ExecutionSample")[1:]
self_time = collections.Counter()
inclusive = collections.Counter()
for sample in samples:
    frames = re.findall(r"^\s+([\w.$<>]+)\(", sample, re.M)
    if not frames:
        continue
    self_time[frames[0]] += 1
    for frame in set(frames):
        inclusive[frame] += 1
n = max(1, len(samples))
print(f"{len(samples)} samples")
print("self time:")
for frame, count in self_time.most_common(rows // 2):
    print(f"  {100 * count / n:5.1f}%  {frame}")
print(f"inclusive time ({only}):")
for frame, count in [fc for fc in inclusive.most_common() if only in fc[0]][:rows]:
    print(f"  {100 * count / n:5.1f}%  {frame}")
