#!/usr/bin/env bash
# The SQL Server schema checks CI runs (SQL Server itself cannot run on the build machines): for every
# service, the model has no change without a migration, and the idempotent deployment script generates.
# Pass --no-build after a Release build to reuse it.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
out=artifacts/sql
mkdir -p "$out"
for project in \
  services/PopulationProfiling/ClinicalProject.PopulationProfiling \
  services/ResourceInventory/ClinicalProject.ResourceInventory \
  services/GapAnalysis/ClinicalProject.GapAnalysis \
  services/ImpactFollowUp/ClinicalProject.ImpactFollowUp; do
  name=$(basename "$project")
  echo "== $name"
  dotnet dotnet-ef migrations has-pending-model-changes --project "$project" --configuration Release "$@"
  dotnet dotnet-ef migrations script --idempotent --project "$project" --configuration Release -o "$out/$name.sql" "$@"
  grep -q "CREATE TABLE" "$out/$name.sql" || { echo "$out/$name.sql has no CREATE TABLE" >&2; exit 1; }
done
echo "SQL Server migrations: no pending model changes; idempotent scripts in $out/"
