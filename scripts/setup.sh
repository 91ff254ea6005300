#!/usr/bin/env bash
# Installs what LHR Assist needs on a Debian machine, idempotently: Debian packages only when missing, then
# `npm ci` only when the lockfile changed since the last install. Safe to run before every command.
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES=(
  g++ make python3            # node-gyp builds the pcsclite addon
  pcscd libpcsclite-dev       # PC/SC daemon and headers
  pcsc-tools                  # pcsc_scan for support sessions
  vsmartcard-vpcd             # virtual reader driver used by the virtual Thai ID card
  iproute2                    # ip netns: vpcd listens on all interfaces, so the rig runs in a private namespace
  chromium fonts-thai-tlwg    # extension e2e tests and screenshots with Thai glyphs
)

missing=()
for pkg in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
done

if ((${#missing[@]})); then
  echo "setup: installing Debian packages: ${missing[*]}"
  SUDO=()
  [[ $(id -u) -eq 0 ]] || SUDO=(sudo)
  "${SUDO[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${SUDO[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if [[ ! -f node_modules/.package-lock.json || package-lock.json -nt node_modules/.package-lock.json ]]; then
  echo "setup: npm ci"
  npm ci --no-audit --no-fund
fi
echo "setup: ready"
