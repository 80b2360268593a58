#!/usr/bin/env bash
# Builds the suite's container images with Podman: the four services and the gateway (deploy/containers/Containerfile),
# and, on a machine that reaches no container registry, the local base images they need first.
#
#   scripts/containers.sh [--base local|microsoft] [--tag TAG] [--no-build] [--no-publish]
#
# --base local (default): a Debian 12 root file system made by debootstrap from the Debian mirror and imported
#   (localhost/clinicalproject-debian:<point release>), the ASP.NET Core runtime copied from this machine's .NET
#   installation onto it (localhost/clinicalproject-aspnet:<runtime version>, deploy/containers/base), and RabbitMQ
#   from Debian's rabbitmq-server (localhost/clinicalproject-rabbitmq:<package version>, deploy/containers/rabbitmq).
#   Installs podman, runc and debootstrap when missing. The mirror: DEBIAN_MIRROR, else the one apt uses here.
# --base microsoft: FROM mcr.microsoft.com/dotnet/aspnet at the pinned tag (a normal machine); no local base.
# Either way the service images are localhost/clinicalproject-<name>:<TAG> (default: dev), laid out the same.
# --no-build publishes the solution's current Release build (after `dotnet build -c Release`); --no-publish reuses
# the last publish folders.
# Prints each image's size. CONTAINERS_CONF is set to deploy/containers/containers.conf when not already set
# (runc, lowered ulimits: what these machines' kernels and limits allow).
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh

base=local tag=dev publish=true build=()
while [ $# -gt 0 ]; do
  case "$1" in
    --base) base=$2; shift 2 ;;
    --tag) tag=$2; shift 2 ;;
    --no-build) build=(--no-build); shift ;;
    --no-publish) publish=false; shift ;;
    *) echo "unknown option $1 (see the head of $0)" >&2; exit 2 ;;
  esac
done
case "$base" in local|microsoft) ;; *) echo "--base is local or microsoft" >&2; exit 2 ;; esac

require_dotnet
ensure_podman
[ "$base" = local ] && ensure_debootstrap
export CONTAINERS_CONF=${CONTAINERS_CONF:-$PWD/deploy/containers/containers.conf}

out=artifacts/containers
mkdir -p "$out"

# name:project path:assembly
images=(
  "profiling:services/PopulationProfiling/ClinicalProject.PopulationProfiling:ClinicalProject.PopulationProfiling"
  "inventory:services/ResourceInventory/ClinicalProject.ResourceInventory:ClinicalProject.ResourceInventory"
  "gapanalysis:services/GapAnalysis/ClinicalProject.GapAnalysis:ClinicalProject.GapAnalysis"
  "impact:services/ImpactFollowUp/ClinicalProject.ImpactFollowUp:ClinicalProject.ImpactFollowUp"
  "gateway:gateway/ClinicalProject.Gateway:ClinicalProject.Gateway"
)

# The Debian mirror: DEBIAN_MIRROR, else the one this machine's apt uses for its main archive.
debian_mirror() {
  if [ -n "${DEBIAN_MIRROR:-}" ]; then echo "$DEBIAN_MIRROR"; return; fi
  local mirror
  mirror=$(cat /etc/apt/sources.list.d/*.sources 2>/dev/null | sed -n 's/^URIs: *\([^ ]*\/debian\)\/\?$/\1/p' | head -n 1)
  [ -n "$mirror" ] || mirror=$(sed -n 's/^deb \(\[[^]]*\] \)\?\([^ ]*\/debian\)\/\? .*/\2/p' /etc/apt/sources.list 2>/dev/null | head -n 1)
  if [ -z "$mirror" ]; then
    echo "No Debian mirror found in /etc/apt: set DEBIAN_MIRROR." >&2
    exit 1
  fi
  echo "$mirror"
}

build_local_bases() {
  local rootfs="$out/rootfs" debian_version runtime
  debian_version=""
  if ! podman image exists localhost/clinicalproject-debian:bookworm; then
    echo "== Debian 12 root file system (debootstrap --variant=minbase bookworm)"
    as_root rm -rf "$rootfs"
    as_root debootstrap --variant=minbase bookworm "$rootfs" "$(debian_mirror)" >"$out/debootstrap.log"
    debian_version=$(cat "$rootfs/etc/debian_version")
    # No documentation, manual pages or translations, now or from later apt-get installs.
    printf '%s\n' 'path-exclude /usr/share/doc/*' 'path-include /usr/share/doc/*/copyright' 'path-exclude /usr/share/man/*' \
      'path-exclude /usr/share/info/*' 'path-exclude /usr/share/locale/*' 'path-include /usr/share/locale/locale.alias' \
      | as_root tee "$rootfs/etc/dpkg/dpkg.cfg.d/01-nodoc" >/dev/null
    as_root find "$rootfs/usr/share/doc" -type f ! -name copyright -delete
    as_root rm -rf "$rootfs/usr/share/man" "$rootfs/usr/share/info" "$rootfs/var/cache/apt"/*.bin "$rootfs/var/log"/*.log
    as_root find "$rootfs/usr/share/locale" -mindepth 1 -maxdepth 1 ! -name locale.alias -exec rm -rf {} +
    as_root tar -C "$rootfs" --numeric-owner --exclude='./proc/*' --exclude='./sys/*' --exclude='./dev/*' \
        --exclude='./var/cache/apt/archives/*.deb' --exclude='./var/lib/apt/lists/*' -c . \
      | podman import --change 'CMD ["/bin/bash"]' - "localhost/clinicalproject-debian:$debian_version" >/dev/null
    podman tag "localhost/clinicalproject-debian:$debian_version" localhost/clinicalproject-debian:bookworm
    as_root rm -rf "$rootfs"
  fi

  runtime=$(dotnet --list-runtimes | sed -n 's/^Microsoft.AspNetCore.App \([0-9.]*\) .*/\1/p' | sort -V | tail -n 1)
  local dotnet_root
  dotnet_root=$(dirname "$(readlink -f "$(command -v dotnet)")")
  if ! podman image exists "localhost/clinicalproject-aspnet:$runtime"; then
    echo "== ASP.NET Core $runtime runtime on Debian 12 (from $dotnet_root)"
    local stage="$out/aspnet-base"
    rm -rf "$stage" && mkdir -p "$stage/dotnet/shared"
    cp deploy/containers/base/Containerfile "$stage/"
    cp -a "$dotnet_root/dotnet" "$dotnet_root/host" "$dotnet_root/LICENSE.txt" "$dotnet_root/ThirdPartyNotices.txt" "$stage/dotnet/" 2>/dev/null || true
    for framework in Microsoft.NETCore.App Microsoft.AspNetCore.App; do
      mkdir -p "$stage/dotnet/shared/$framework"
      cp -a "$dotnet_root/shared/$framework/$runtime" "$stage/dotnet/shared/$framework/"
    done
    podman build --format docker -q --build-arg "DOTNET_VERSION=$runtime" -t "localhost/clinicalproject-aspnet:$runtime" "$stage" >/dev/null
    rm -rf "$stage"
  fi
  BASE_IMAGE="localhost/clinicalproject-aspnet:$runtime"

  if ! podman image exists localhost/clinicalproject-rabbitmq:local; then
    echo "== RabbitMQ (Debian's rabbitmq-server)"
    podman build --format docker -q -t localhost/clinicalproject-rabbitmq:local deploy/containers/rabbitmq >/dev/null
  fi
}

if [ "$base" = local ]; then
  build_local_bases
else
  BASE_IMAGE=$(sed -n 's/^ARG BASE_IMAGE=//p' deploy/containers/Containerfile)
fi

for entry in "${images[@]}"; do
  IFS=: read -r name project assembly <<<"$entry"
  dir="$out/publish/$name"
  if [ "$publish" = true ]; then
    echo "== publish $name"
    rm -rf "$dir"
    # Portable (framework-dependent, no RID): it reuses the solution's Release build instead of rebuilding every
    # project for linux-x64; the native assets of other platforms are then dropped.
    dotnet publish "$project" -c Release -nologo -v q -m:1 "${build[@]}" -o "$dir" -p:UseAppHost=false -p:GenerateDocumentationFile=false >/dev/null
    # Not needed in a Linux server image: symbols, development settings, other platforms' native assets, and MSAL's
    # 37 MB broker library (interactive Windows sign-in; SqlClient's token logins do not load it).
    rm -f "$dir"/*.pdb "$dir"/appsettings.Development.json
    find "$dir/runtimes" -mindepth 1 -maxdepth 1 ! -name linux-x64 ! -name linux ! -name unix -exec rm -rf {} + 2>/dev/null || true
    rm -f "$dir"/runtimes/linux-x64/native/libmsalruntime.so
  fi
  echo "== image clinicalproject-$name:$tag (FROM $BASE_IMAGE)"
  podman build --format docker -q -f deploy/containers/Containerfile \
    --build-arg "BASE_IMAGE=$BASE_IMAGE" --build-arg "ASSEMBLY=$assembly" --build-arg "VERSION=$tag" \
    -t "localhost/clinicalproject-$name:$tag" "$dir" >/dev/null
done

podman image prune -f >/dev/null  # the previous builds of these tags
echo "== sizes"
podman images --filter 'reference=localhost/clinicalproject-*' --format '{{.Repository}}:{{.Tag}} {{.Size}}' | sort -u
