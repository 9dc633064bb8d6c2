#!/usr/bin/env bash
# Kills instance <n> of the cluster with SIGKILL (no shutdown at all), as a crash would.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
pidfile=$root/server-config/target/liberty/wlp/usr/servers/.pid/routebook-cluster-$1.pid
kill -9 "$(cat "$pidfile")"
echo "routebook-cluster-$1 killed"
