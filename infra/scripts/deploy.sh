#!/usr/bin/env bash
# Release to Azure in the order docs/deploy.md describes:
#   1. build both images in the registry (az acr build: no local Docker engine needed);
#   2. move only the migration job to the new image and run it; stop if it fails;
#   3. start the new API and web revisions with no traffic; wait until they are healthy;
#   4. move all traffic to them (the previous revisions stay active for a quick rollback).
#
#   infra/scripts/deploy.sh <tfvars file> <new tag> [<current tag>]
# Omit <current tag> on the very first deploy. Needs az (logged in), terraform, and
# TF_VAR_smtp_url in the environment. Run from the repository root.
set -euo pipefail

if [[ $# -lt 2 ]]; then
  echo "usage: $0 <tfvars file> <new tag> [<current tag>]" >&2
  exit 64
fi
VARS_FILE=$(realpath "$1")
TAG=$2
CURRENT=${3:-}
ROOT=$(pwd)
TF=(terraform -chdir="$ROOT/infra/terraform")

out() { "${TF[@]}" output -raw "$1"; }
apply() { "${TF[@]}" apply -input=false -auto-approve -var-file="$VARS_FILE" "$@"; }

# Known after the first (registry-only) apply; the apps' names are read once they exist (step 2).
REGISTRY=$(out container_registry)
RG=$(out resource_group)

echo "1/4 building mic-api:$TAG and mic-web:$TAG in $REGISTRY"
az acr build -r "$REGISTRY" -f infra/docker/api.Dockerfile -t "mic-api:$TAG" "$ROOT"
az acr build -r "$REGISTRY" -f infra/docker/web.Dockerfile -t "mic-web:$TAG" "$ROOT"

echo "2/4 migrating with mic-api:$TAG"
if [[ -n "$CURRENT" ]]; then
  # Only the job changes: the running revisions keep serving the current release.
  apply -var image_tag="$CURRENT" -var stable_revision_suffix="$CURRENT" -var migration_image_tag="$TAG"
else
  apply -var image_tag="$TAG" -var migration_image_tag="$TAG"
fi
JOB=$(out migration_job)
API=$(out api_app)
WEB=$(out web_app)
EXECUTION=$(az containerapp job start -g "$RG" -n "$JOB" --query name -o tsv)
for _ in $(seq 1 180); do
  STATUS=$(az containerapp job execution show -g "$RG" -n "$JOB" --job-execution-name "$EXECUTION" \
    --query properties.status -o tsv)
  [[ "$STATUS" == "Succeeded" ]] && break
  if [[ "$STATUS" == "Failed" || "$STATUS" == "Stopped" ]]; then
    echo "migration $EXECUTION $STATUS: nothing else was changed; see its logs in Log Analytics" >&2
    exit 1
  fi
  sleep 10
done
[[ "$STATUS" == "Succeeded" ]] || { echo "migration $EXECUTION still $STATUS after 30 min" >&2; exit 1; }

if [[ -n "$CURRENT" ]]; then
  echo "3/4 starting revisions $TAG with no traffic"
  apply -var image_tag="$TAG" -var stable_revision_suffix="$CURRENT" -var new_revision_traffic_percent=0
fi
for APP in "$API" "$WEB"; do
  for _ in $(seq 1 60); do
    HEALTH=$(az containerapp revision show -g "$RG" -n "$APP" --revision "$APP--$TAG" \
      --query properties.healthState -o tsv)
    [[ "$HEALTH" == "Healthy" ]] && break
    sleep 10
  done
  [[ "$HEALTH" == "Healthy" ]] || { echo "$APP--$TAG is $HEALTH: traffic stays on $CURRENT" >&2; exit 1; }
done

if [[ -n "$CURRENT" ]]; then
  echo "4/4 moving all traffic to $TAG ($CURRENT stays active for rollback)"
  apply -var image_tag="$TAG" -var stable_revision_suffix="$CURRENT" -var new_revision_traffic_percent=100
fi
echo "released $TAG"
