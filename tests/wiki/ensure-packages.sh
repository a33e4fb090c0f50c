#!/usr/bin/env bash
# Installs the Debian packages the local wiki needs, only when some are missing, so CI and
# `npm run demo` can call it on every run at almost no cost.
# Usage: tests/wiki/ensure-packages.sh [extra-package …]   (e.g. chromium firefox-esr)
set -euo pipefail

packages=(mediawiki php-cli php-sqlite3 php-intl php-mbstring openssl "$@")

missing=()
for package in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${db:Status-Status}' "$package" 2>/dev/null || true)
  if [[ "$status" != "installed" ]]; then
    missing+=("$package")
  fi
done

if [[ ${#missing[@]} -eq 0 ]]; then
  exit 0
fi

if [[ $(id -u) -eq 0 ]]; then
  sudo=()
else
  sudo=(sudo)
fi

# mediawiki pulls in apache2; a policy-rc.d that exits 101 keeps apt from starting it.
if [[ ! -e /usr/sbin/policy-rc.d ]]; then
  printf '#!/bin/sh\nexit 101\n' | "${sudo[@]}" tee /usr/sbin/policy-rc.d >/dev/null
  "${sudo[@]}" chmod 755 /usr/sbin/policy-rc.d
fi

echo "Installing missing Debian packages: ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
