#!/usr/bin/env bash
# Starts the whole suite on this machine without containers: a RabbitMQ broker (the one at RABBITMQ_URL,
# one already on localhost:5672, or a private node), the four services and the gateway on loopback with
# SQLite, and the demo territories. Ctrl-C stops everything it started.
# Options: --gateway-port N (5080), --first-service-port N (5101), --work-dir DIR (.local), --no-demo.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh

require_dotnet
ensure_rabbitmq_server
dotnet build ClinicalProject.Ci.slnf -c Release -nologo -v quiet
exec dotnet tools/ClinicalProject.LocalRun/bin/Release/net10.0/ClinicalProject.LocalRun.dll --configuration Release "$@"
