#!/usr/bin/env bash
# Prints a development JWT with the chosen roles, e.g. scripts/token.sh --role analyst --role planner.
# Signed with the local run's key (.local/signing-key, see scripts/run.sh) when there is one, else with the
# built-in development key that services in the Development environment accept. Options: see
# tools/ClinicalProject.LocalRun/TokenCommand.cs (--subject, --lifetime, --work-dir, --signing-key-file, --built-in-key).
set -euo pipefail
cd "$(dirname "$0")/.."
dll=tools/ClinicalProject.LocalRun/bin/Release/net10.0/ClinicalProject.LocalRun.dll
if [ ! -f "$dll" ]; then
  dotnet build tools/ClinicalProject.LocalRun -c Release -nologo -v quiet >&2
fi
exec dotnet "$dll" token "$@"
