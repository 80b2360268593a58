#!/usr/bin/env bash
# The offline checks of deploy/ that CI runs: the Compose file with `docker-compose config` (Debian's
# docker-compose, installed when missing), and every Kustomize overlay rendered by `kubectl kustomize` and
# validated against the Kubernetes and KEDA schemas and the suite's rules (deploy/kubernetes/validate, npm ci).
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh

command -v docker-compose >/dev/null 2>&1 || ensure_debian_packages docker-compose
# Placeholder secrets: `config` only needs the required variables set.
SQL_SA_PASSWORD=check RABBITMQ_PASSWORD=check docker-compose -f deploy/compose/compose.yaml --env-file deploy/compose/.env.example config -q
echo "deploy/compose/compose.yaml: valid (docker-compose $(docker-compose version --short))"

if ! command -v kubectl >/dev/null 2>&1; then
  echo "kubectl (with its built-in kustomize) is needed to render deploy/kubernetes: install kubectl." >&2
  exit 1
fi
if ! command -v npm >/dev/null 2>&1; then
  echo "Node.js and npm are needed to validate deploy/kubernetes: apt-get install nodejs npm." >&2
  exit 1
fi
(cd deploy/kubernetes/validate && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
for overlay in base overlays/production overlays/staging; do
  kubectl kustomize "deploy/kubernetes/$overlay" | node deploy/kubernetes/validate/validate.mjs "deploy/kubernetes/$overlay"
done
