#!/usr/bin/env bash
# Loopback load on `autogon-label serve`: CLIENTS concurrent predict requests for DURATION seconds, then requests/s,
# p50/p95 latency, errors and the server's resident memory before and after.
# Usage: bench/server-load.sh        Environment: CLIENTS (16), DURATION (60 seconds), IMAGE_SIZE (128)
# It trains a tiny demo model in a temporary workspace first, so that the server has a model to predict with.
set -euo pipefail
cd "$(dirname "$0")/.."

jar="adapters-cli/target/autogon-label.jar"
if [ ! -f "$jar" ]; then
  ./mvnw -q -DskipTests package
fi
work="$(mktemp -d -t autogon-load-XXXXXX)"
cp "$jar" "$work/autogon-label.jar"
cli() { java -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -jar "$work/autogon-label.jar" --workspace "$work/workspace" "$@"; }
export OMP_WAIT_POLICY="${OMP_WAIT_POLICY:-PASSIVE}" TORCH_CPP_LOG_LEVEL="${TORCH_CPP_LOG_LEVEL:-ERROR}"

echo "hardware: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)" >&2
cli demo --images 40 --epochs 1 --image-size "${IMAGE_SIZE:-128}" --fresh-images 1 --output "$work/demo" > /dev/null 2>&1
model=$(cli --json models list | grep -o '"model_name": "[^"]*"' | head -1 | cut -d'"' -f4)
app=$(cli --json project show 1 | grep -o '"app_id": [0-9]*' | head -1 | grep -o '[0-9]*$')
image="$(ls "$work"/demo/fresh/*.png | head -1)"
printf '{"app_id": %s, "model_name": "%s", "image_urls": ["%s"]}' "$app" "$model" "file:$image" > "$work/predict.json"

port=$((20000 + RANDOM % 20000))
key="load-$RANDOM$RANDOM"
AUTOGON_SERVER_KEYS="$key" cli serve --port "$port" --file-root "$work/demo" > "$work/serve.log" 2>&1 &
server=$!
trap 'pkill -f "serve --port $port" || true; wait $server 2>/dev/null || true' EXIT
for _ in $(seq 1 60); do
  curl -sf "http://127.0.0.1:$port/health" > /dev/null && break
  sleep 1
done
# A short warm-up first, so that loading the model and filling the thread and buffer pools are not measured.
java bench/ServerLoadBenchmark.java "http://127.0.0.1:$port/" --clients "${CLIENTS:-16}" --seconds 10 \
  --path /api/v1/label/model/predict/ --body-file "$work/predict.json" --key "$key" > /dev/null

java bench/ServerLoadBenchmark.java "http://127.0.0.1:$port/" --clients "${CLIENTS:-16}" --seconds "${DURATION:-60}" \
  --path /api/v1/label/model/predict/ --body-file "$work/predict.json" --key "$key"
