#!/usr/bin/env bash
# Prints a development JWT with the chosen roles, e.g. scripts/token.sh --role analyst --role planner.
# Signed with the run's key (.local/signing-key, written by the app host, see scripts/run.sh) when there is one, else with the
# built-in development key that services in the Development environment accept. Options: see
# tools/ClinicalProject.Tokens/TokenCommand.cs (--subject, --lifetime, --work-dir, --signing-key-file, --built-in-key).
set -euo pipefail
cd "$(dirname "$0")/.."
dll=tools/ClinicalProject.Tokens/bin/Release/net10.0/ClinicalProject.Tokens.dll
if [ ! -f "$dll" ]; then
  dotnet build tools/ClinicalProject.Tokens -c Release -nologo -v quiet >&2
fi
exec dotnet "$dll" "$@"
