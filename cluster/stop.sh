#!/usr/bin/env bash
# Stops what cluster/start.sh started: HAProxy, then every instance routebook-cluster-<n>.
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
wlp=$root/server-config/target/liberty/wlp
state=$root/server-config/target/cluster

if [ -f "$state/haproxy.pid" ]; then
  kill "$(cat "$state/haproxy.pid")" 2>/dev/null
  rm -f "$state/haproxy.pid"
fi
for dir in "$wlp"/usr/servers/routebook-cluster-*; do
  [ -d "$dir" ] || continue
  name=$(basename "$dir")
  pidfile=$wlp/usr/servers/.pid/$name.pid
  if [ -f "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null; then
    "$wlp/bin/server" stop "$name" >/dev/null || kill -9 "$(cat "$pidfile")" 2>/dev/null
  fi
  rm -f "$pidfile"
done
echo "cluster stopped"
