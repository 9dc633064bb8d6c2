#!/usr/bin/env bash
# A soak run, not a test: mixed API load (single routing, directory search, document batches)
# through HAProxy on a running cluster of two instances (cluster/start.sh 2) for SOAK_MINUTES
# (30), printing after each SOAK_WINDOW_MINUTES (5): throughput, p50 and p99 latency, failures, and
# each instance's heap after a full collection (used, and committed), so that a leak or a slow
# drift shows as a rising line.
#
#   cluster/start.sh 2 && cluster/soak.sh | tee cluster/SOAK.txt; cluster/stop.sh
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
port=${CLUSTER_PORT:-9280}
minutes=${SOAK_MINUTES:-30}
window=${SOAK_WINDOW_MINUTES:-5}
connections=${SOAK_CONNECTIONS:-16}
pids=$root/server-config/target/liberty/wlp/usr/servers/.pid

heap() {
  local out="" f name
  for f in "$pids"/routebook-cluster-*.pid; do
    name=$(basename "$f" .pid)
    jcmd "$(cat "$f")" GC.run >/dev/null 2>&1 || { out+=" $name=down"; continue; }
    out+=" $name=$(jcmd "$(cat "$f")" GC.heap_info | awk '/heap/ && /total/ {
      for (i = 1; i <= NF; i++) { if ($i == "total") t = $(i + 1); if ($i == "used") u = $(i + 1) }
      gsub("[K,]", "", t); gsub("[K,]", "", u); printf "%dMB-used/%dMB", u / 1024, t / 1024; exit }')"
  done
  echo "$out"
}

echo "soak: $minutes min, windows of $window min, $connections connections, $(nproc) cores, $(date -u +%FT%TZ)"
echo "before:$(heap)"
for w in $(seq 1 $((minutes / window))); do
  line=$(wrk -t 2 -c "$connections" -d "${window}m" --timeout 10s -s "$root/cluster/soak.lua" \
    "http://127.0.0.1:$port" | grep '^SOAK')
  echo "window $w ($((w * window)) min): ${line#SOAK } heap:$(heap)"
done
