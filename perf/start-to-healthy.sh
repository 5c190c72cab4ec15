#!/usr/bin/env bash
# Measures how long Zhengwu takes from `java -jar` to a healthy /actuator/health on the embedded defaults.
# Usage: perf/start-to-healthy.sh [runs]   (after ./mvnw -DskipTests package; the first run is cold, the
# others warm: the data directory and the unpacked PostgreSQL binaries already exist)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-4}
jar=$(ls target/zhengwu-*.jar | grep -v plain | head -1)
work=$(mktemp -d)
port=18099
for run in $(seq 1 "$runs"); do
  start=$(date +%s%N)
  (cd "$work" && exec java --enable-native-access=ALL-UNNAMED -jar "$OLDPWD/$jar" --server.port=$port \
     --zhengwu.demo.password=Bench-Passw0rd! >"$work/run-$run.log" 2>&1) &
  pid=$!
  until curl -fs "http://localhost:$port/actuator/health" | grep -q '"UP"'; do
    kill -0 $pid 2>/dev/null || { echo "start failed, see $work/run-$run.log"; exit 1; }
    sleep 0.1
  done
  echo "run $run: $(( ($(date +%s%N) - start) / 1000000 )) ms to healthy"
  kill $pid; wait $pid 2>/dev/null || true
done
rm -rf "$work"
