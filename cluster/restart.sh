#!/usr/bin/env bash
# Starts instance <n> of the cluster again (after cluster/kill.sh), with the settings it had.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
port=${CLUSTER_PORT:-9280}
export DB_KIND=postgresql
export DB_HOST=${DB_HOST:-localhost} DB_PORT=${DB_PORT:-5432} DB_NAME=${DB_NAME:-routebook_cluster}
export DB_USER=${DB_USER:-routebook} DB_PASSWORD=${DB_PASSWORD:-routebook}
export DEMO_DATA=${DEMO_DATA:-true} JVM_ARGS=${CLUSTER_JVM_ARGS:--Xmx512m}
HTTP_PORT=$((port + $1)) HTTPS_PORT=$((port + 10 + $1)) \
  "$root/server-config/target/liberty/wlp/bin/server" start "routebook-cluster-$1" >/dev/null
until curl -fsS -o /dev/null --max-time 2 "http://127.0.0.1:$((port + $1))/health/ready"; do sleep 1; done
echo "routebook-cluster-$1 ready"
