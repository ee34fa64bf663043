#!/usr/bin/env bash
# BCCD end to end: import ../shared/datasets/bccd, train `small` on the train split (validating on val),
# evaluate on the 72 test images and print one table.
# Usage: bench/bccd.sh            Environment: EPOCHS (70), IMAGE_SIZE (384), BATCH (16), SEED (0),
#                                 DATASET (../shared/datasets/bccd), WORKSPACE (a new temporary directory),
#                                 JAVA_OPTS (extra JVM options)
set -euo pipefail
cd "$(dirname "$0")/.."

dataset="${DATASET:-../shared/datasets/bccd}"
workspace="${WORKSPACE:-$(mktemp -d -t autogon-bccd-XXXXXX)}"
if [ ! -d "$dataset" ]; then
  echo "bench/bccd.sh: dataset directory $dataset not found; set DATASET to the BCCD folder (Pascal VOC layout)" >&2
  exit 2
fi
jar="adapters-cli/target/autogon-label.jar"
if [ ! -f "$jar" ]; then
  ./mvnw -q -DskipTests package
fi

# Run from a copy, so that rebuilding the project during a long run cannot change the jar under it.
mkdir -p "$workspace"
cp "$jar" "$workspace/autogon-label.jar"
jar="$workspace/autogon-label.jar"

echo "hardware: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/ {print $2}') GiB" >&2
export TORCH_CPP_LOG_LEVEL="${TORCH_CPP_LOG_LEVEL:-ERROR}"
# PyTorch's OpenMP threads spin while they wait, which slowed training down several times on a busy machine.
export OMP_WAIT_POLICY="${OMP_WAIT_POLICY:-PASSIVE}"
exec java ${JAVA_OPTS:-} -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -cp "$jar" bench/BccdBenchmark.java \
  "$dataset" "$workspace" "${EPOCHS:-70}" "${IMAGE_SIZE:-384}" "${BATCH:-16}" "${SEED:-0}"
