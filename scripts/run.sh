#!/usr/bin/env bash
# Starts the whole suite through the Aspire app host with local infrastructure (no container engine): a private
# RabbitMQ node and SQLite files in the run folder (.local/), each service's migrate step, the four services
# (population profiling with two replicas), the gateway on http://localhost:5080/, the demo data, and the Aspire
# dashboard (its login URL is printed). Installs Debian's rabbitmq-server when missing. Ctrl-C stops everything.
# Options go to the app host: --GatewayPort N (5080), --RunDirectory DIR (.local), --Demo false.
# With Docker or Podman: `dotnet run --project ClinicalProject.AppHost` starts the containers mode instead.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh

require_dotnet
ensure_rabbitmq_server
dotnet build ClinicalProject.AppHost -c Release -nologo -v quiet
exec dotnet run --project ClinicalProject.AppHost -c Release --no-build -- --Infrastructure local "$@"
