#!/usr/bin/env bash
# The gateway benchmark: the same small GET directly against a service, through nginx (a plain reverse proxy)
# and through the gateway, with wrk, in one run; results to benchmarks/results/gateway-<date>.md.
# Installs Debian's wrk and nginx when missing. Options go to the benchmark (--duration, --connections,
# --threads, --rounds, --warmup, --output).
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh

require_dotnet
ensure_rabbitmq_server
for tool in wrk nginx; do
  if ! command -v "$tool" >/dev/null 2>&1 && [ ! -x "/usr/sbin/$tool" ]; then
    echo "Installing $tool (Debian package)…"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$tool" >/dev/null
  fi
done
export PATH="$PATH:/usr/sbin"
for project in services/PopulationProfiling/ClinicalProject.PopulationProfiling services/ResourceInventory/ClinicalProject.ResourceInventory \
               services/GapAnalysis/ClinicalProject.GapAnalysis services/ImpactFollowUp/ClinicalProject.ImpactFollowUp \
               gateway/ClinicalProject.Gateway benchmarks/ClinicalProject.Benchmarks.Gateway; do
  dotnet build "$project" -c Release -nologo -v quiet
done
exec dotnet benchmarks/ClinicalProject.Benchmarks.Gateway/bin/Release/net10.0/ClinicalProject.Benchmarks.Gateway.dll "$@"
