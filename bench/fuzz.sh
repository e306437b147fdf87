#!/usr/bin/env bash
# Hostile-input campaign over the packaged jar (issue 13; docs/hostile-input.md): makes ~2,100 cases (mutated specs and
# stage strings, argument sets, projects, IDX/CIFAR/image-folder datasets, damaged databases, special files), runs each
# as its own `java -jar target/scalelab.jar ...` with a time limit, and counts how each ended: exit 2 with one line,
# exit 0 with a sane answer, or a finding (stack trace, hang, other exit code, more than one line, insane answer).
# Exit code 0 only without findings; they are listed, with the command that repeats each, in OUT/findings.txt.
#
#   bench/fuzz.sh [--cases 2100] [--jobs 2] [--timeout 30] [--seed 13] [--out target/fuzz]
#   bench/fuzz.sh --cases 120        # the sample .ci/run runs (about 2 minutes on 2 cores)
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -f target/scalelab.jar ]; then
  mvn -B -q package -DskipTests
fi
if [ ! -f target/test-classes/org/scalelab/fuzz/FuzzCampaign.class ]; then
  mvn -B -q test-compile
fi
# The campaign's own classes beside the jar; the jar's manifest brings its libraries.
exec java -cp "target/test-classes:target/scalelab.jar" org.scalelab.fuzz.FuzzCampaign --jar target/scalelab.jar "$@"
