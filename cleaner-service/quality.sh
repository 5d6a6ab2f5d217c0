#!/usr/bin/env bash
# Extraction quality harness and JMH benchmark of the cleaner (see ReadabilityBenchmark and ExtractionBenchmark).
#   cleaner-service/quality.sh harness [-v] [--baseline] [DIR]   text P/R/F1 + metadata accuracy (--baseline: also Readability4J)
#   cleaner-service/quality.sh jmh [JMH options]                  pages/s per core, ours vs Readability4J
#   cleaner-service/quality.sh cpu [rounds] [warmup]               pages per CPU-second, ours vs Readability4J (alternating)
# Pages: NEWSPIPE_READABILITY_PAGES, default ../shared/data/readability-test-pages beside the repository.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -pl cleaner-service -am test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
m=cleaner-service/target
cp="$m/test-classes:$m/classes:$(cat $m/test-classpath.txt)"
what="${1:-harness}"; shift || true
case "$what" in
  harness) exec java -cp "$cp" io.newspipe.cleaner.quality.ReadabilityBenchmark "$@" ;;
  jmh)     exec java -cp "$cp" org.openjdk.jmh.Main ExtractionBenchmark "$@" ;;
  cpu)     exec java -Xms1g -Xmx1g -cp "$cp" io.newspipe.cleaner.bench.CpuThroughput "$@" ;;
  *) echo "usage: $0 harness|jmh|cpu [args]" >&2; exit 2 ;;
esac
