#!/usr/bin/env bash
# The soak (docs/performance.md): 10 minutes at 200 learners who walk away without pressing
# "Afslut", against a server whose sessions expire after 1 idle minute. Each learner leaves a
# sandbox behind every ~20 s, so thousands expire during the run while about 1,000 are open.
# Every minute the heap is read after GC (it must stay flat); afterwards every session must
# expire and take its sandbox and every row of it along. Exits non-zero on any error or
# anything left behind. The figures come from the server's management port (load-test.sh sets it).
#   scripts/soak-test.sh [more driver options]
set -euo pipefail
cd "$(dirname "$0")/.."
export SERVER_ARGS="--spring.session.timeout=1m ${SERVER_ARGS:-}"
exec scripts/load-test.sh --learners 200 --duration 10m --ramp-up 30s --warm-up 30s --think 1000-3000 \
  --sample 1m --sample-gc --leave-open --expect-cleanup 5m "$@"
