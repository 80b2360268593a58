#!/usr/bin/env bash
# Runs every test of the suite (unit, service, messaging against a real broker, end to end, and the suite in
# containers), installing Debian's rabbitmq-server first when it is missing and building the container images
# with scripts/containers.sh (Podman, runc and debootstrap installed when missing; root or sudo needed).
# Extra arguments go to `dotnet test`.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh

require_dotnet
ensure_rabbitmq_server
# One Release build for the images and the tests: the images tests/ClinicalProject.Containers.Tests starts are
# published from it (their base images are built once per machine).
dotnet build ClinicalProject.sln -c Release -nologo -v quiet
scripts/containers.sh --no-build
results=TestResults
rm -rf "$results"
status=0
dotnet test ClinicalProject.sln -c Release -nologo --no-build --logger trx --results-directory "$results" "$@" || status=$?

# One closing line for the whole run, summed over the test projects' result files.
passed=0; failed=0; skipped=0
for trx in "$results"/*.trx; do
  [ -e "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  p=$(echo "$counters" | sed -n 's/.* passed="\([0-9]*\)".*/\1/p'); passed=$((passed + ${p:-0}))
  f=$(echo "$counters" | sed -n 's/.* failed="\([0-9]*\)".*/\1/p'); failed=$((failed + ${f:-0}))
  n=$(echo "$counters" | sed -n 's/.* notExecuted="\([0-9]*\)".*/\1/p'); skipped=$((skipped + ${n:-0}))
done
echo "tests: ${passed} passed, ${failed} failed, ${skipped} skipped"
exit $status
