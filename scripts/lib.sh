# Shared by the scripts: what they need installed on a fresh Debian/Ubuntu machine.

# Runs a command as root (directly, or through sudo).
as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"
  elif command -v sudo >/dev/null 2>&1; then sudo "$@"
  else
    echo "Need root to run: $* (install sudo or run as root)." >&2
    return 1
  fi
}

require_dotnet() {
  if ! command -v dotnet >/dev/null 2>&1; then
    echo "The .NET 10 SDK is required: https://learn.microsoft.com/dotnet/core/install/linux-debian" >&2
    exit 1
  fi
}

# Installs Debian's rabbitmq-server when it is missing: the app host's local mode runs a private node from it,
# and so do the tests (the messaging tests use RABBITMQ_URL instead when it is set).
ensure_rabbitmq_server() {
  if command -v rabbitmq-server >/dev/null 2>&1 || [ -x /usr/sbin/rabbitmq-server ]; then return 0; fi
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "rabbitmq-server is missing and this is not a Debian/Ubuntu machine: install RabbitMQ, or set RABBITMQ_URL." >&2
    exit 1
  fi
  echo "Installing rabbitmq-server (Debian package)…"
  as_root apt-get update -qq
  # Containers without an init system refuse to start the default node; that is fine: we start our own.
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq rabbitmq-server >/dev/null
}

# Installs the Debian packages given that are not installed yet.
ensure_debian_packages() {
  local missing=() package
  for package in "$@"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'ok installed' || missing+=("$package")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "Missing: ${missing[*]}; this is not a Debian/Ubuntu machine: install them." >&2
    exit 1
  fi
  echo "Installing ${missing[*]} (Debian packages)…"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# Podman with runc (crun is refused by these machines' hybrid cgroups) and rootful bridge networking.
ensure_podman() {
  if ! command -v dpkg-query >/dev/null 2>&1; then
    command -v podman >/dev/null 2>&1 && return 0
    echo "podman is missing and this is not a Debian/Ubuntu machine: install podman." >&2
    exit 1
  fi
  ensure_debian_packages podman runc netavark aardvark-dns iptables catatonit
}

ensure_debootstrap() {
  command -v debootstrap >/dev/null 2>&1 || [ -x /usr/sbin/debootstrap ] || ensure_debian_packages debootstrap
}
