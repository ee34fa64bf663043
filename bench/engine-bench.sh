#!/usr/bin/env bash
# Benchmarks the embedded engine: training images/s, prediction latency and throughput, overhead over the
# bare network and resident memory over many predictions.
# Usage: bench/engine-bench.sh [small] [medium] [large]
# Environment: IMAGE_SIZE (640), TRAIN_IMAGES (40), PREDICTIONS (2000).
set -euo pipefail
cd "$(dirname "$0")/.."

# In one reactor build, so that sibling modules resolve to their target/classes; the engine module is built last
# and writes the file last.
./mvnw -q -ntp -pl adapters-engine -am test-compile dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile="$PWD/adapters-engine/target/engine-bench.classpath"
classpath="adapters-engine/target/classes:adapters-engine/target/test-classes:$(cat adapters-engine/target/engine-bench.classpath)"

# Spinning OpenMP workers slow PyTorch down badly when other processes share the cores.
export OMP_WAIT_POLICY="${OMP_WAIT_POLICY:-PASSIVE}"

echo "nproc: $(nproc)"
grep -m1 'model name' /proc/cpuinfo || true
java -Xmx4g \
  -Dbench.imageSize="${IMAGE_SIZE:-640}" \
  -Dbench.trainImages="${TRAIN_IMAGES:-40}" \
  -Dbench.predictions="${PREDICTIONS:-2000}" \
  -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
  -cp "$classpath" ai.autogon.label.engine.EngineBenchmark "${@:-small}"
