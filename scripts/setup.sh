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
  postgresql                  # the backend's tests run on SQLite and on a real PostgreSQL
)

SUDO=()
[[ $(id -u) -eq 0 ]] || SUDO=(sudo)

missing=()
for pkg in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
done

if ((${#missing[@]})); then
  echo "setup: installing Debian packages: ${missing[*]}"
  "${SUDO[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${SUDO[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# A PostgreSQL server for the backend tests: start Debian's cluster when none answers, and a login role for tests.
if ! pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null; then
  version=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
  pg_lsclusters -h 2>/dev/null | grep -q "^$version main" || "${SUDO[@]}" pg_createcluster "$version" main >/dev/null
  "${SUDO[@]}" pg_ctlcluster "$version" main start
  for _ in $(seq 50); do pg_isready -q -h 127.0.0.1 -p 5432 && break; sleep 0.2; done
fi
as_postgres() { if [[ $(id -u) -eq 0 ]]; then runuser -u postgres -- "$@"; else sudo -u postgres "$@"; fi; }
if ! as_postgres psql -tAc "SELECT 1 FROM pg_roles WHERE rolname='lhr_test'" | grep -q 1; then
  as_postgres psql -q -c "CREATE ROLE lhr_test LOGIN CREATEDB PASSWORD 'lhr_test'"
fi

if [[ ! -f node_modules/.package-lock.json || package-lock.json -nt node_modules/.package-lock.json ]]; then
  echo "setup: npm ci"
  npm ci --no-audit --no-fund
fi
echo "setup: ready"
