#!/usr/bin/env bash
# The services' OpenAPI documents. Each service's build writes its document to <project>/obj/openapi/<name>.json
# (services/ServiceOpenApiDocument.props); the committed copies are docs/openapi/<name>.json, and
# tests/ClinicalProject.Api.Tests fails while the two differ.
#   scripts/openapi.sh --update [--no-build]  builds the services (unless --no-build) and copies their documents to
#                                             docs/openapi/: run it after an API change and commit the result.
#   scripts/openapi.sh --lint                 lints docs/openapi/*.json with Redocly CLI and the suite's rules
#                                             (tools/openapi-lint: the version pinned by its package-lock, npm ci).
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh

services=(
  services/PopulationProfiling/ClinicalProject.PopulationProfiling
  services/ResourceInventory/ClinicalProject.ResourceInventory
  services/GapAnalysis/ClinicalProject.GapAnalysis
  services/ImpactFollowUp/ClinicalProject.ImpactFollowUp
)

update() {
  local build=$1 project document
  mkdir -p docs/openapi
  for project in "${services[@]}"; do
    if [ "$build" = yes ]; then
      require_dotnet
      dotnet build "$project/$(basename "$project").csproj" -c Release -nologo -v quiet -m:1 >/dev/null
    fi
    for document in "$project"/obj/openapi/*.json; do
      [ -e "$document" ] || { echo "$project wrote no OpenAPI document: build it first." >&2; exit 1; }
      cp "$document" "docs/openapi/$(basename "$document")"
      echo "docs/openapi/$(basename "$document") <- $document"
    done
  done
}

lint() {
  if ! command -v npm >/dev/null 2>&1; then
    echo "Node.js and npm are needed to lint the OpenAPI documents: apt-get install nodejs npm." >&2
    exit 1
  fi
  (cd tools/openapi-lint && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
  # Redocly's banner about Node.js versions is noise here; its findings and summary are not.
  local status=0 output
  output=$(tools/openapi-lint/node_modules/.bin/redocly lint --config tools/openapi-lint/redocly.yaml docs/openapi/*.json 2>&1) || status=$?
  printf '%s\n' "$output" | grep -v '[║╔╚]' | grep -v '^[[:space:]]*$' || true
  return "$status"
}

build=yes action=
for argument in "$@"; do
  case "$argument" in
    --update) action=update ;;
    --lint) action=lint ;;
    --no-build) build=no ;;
    *) echo "Usage: scripts/openapi.sh --update [--no-build] | --lint" >&2; exit 2 ;;
  esac
done
case "$action" in
  update) update "$build" ;;
  lint) lint ;;
  *) echo "Usage: scripts/openapi.sh --update [--no-build] | --lint" >&2; exit 2 ;;
esac
