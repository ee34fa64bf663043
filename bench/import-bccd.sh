#!/usr/bin/env bash
# Benchmark: import the BCCD dataset with the storage adapter and print the wall time.
# Usage: bench/import-bccd.sh [path/to/bccd]   (run from the repository root; default ../shared/datasets/bccd)
set -euo pipefail

cd "$(dirname "$0")/.."
dataset="${1:-../shared/datasets/bccd}"
classpath_file="adapters-storage/target/bench-classpath.txt"

# Compile the modules and write the runtime classpath; the root pom pins the plugin version.
./mvnw -q -pl adapters-storage -am compile \
  dependency:build-classpath \
  -Dmdep.outputFile="$(pwd)/${classpath_file}" -Dmdep.includeScope=runtime

classpath="adapters-storage/target/classes:$(cat "${classpath_file}")"
exec java -cp "${classpath}" -Dorg.slf4j.simpleLogger.defaultLogLevel=warn bench/ImportBccd.java "${dataset}"
