#!/usr/bin/env bash
# Installs the Debian packages that integration suites need, only when missing (CI runs as root).
set -euo pipefail
need=()
for pkg in "$@"; do
  dpkg -s "$pkg" >/dev/null 2>&1 || need+=("$pkg")
done
if [ ${#need[@]} -eq 0 ]; then echo "system packages present: ${*:-none needed}"; exit 0; fi
if [ "$(id -u)" -ne 0 ]; then echo "not root: cannot install ${need[*]}; suites that need them will skip"; exit 0; fi
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}"
