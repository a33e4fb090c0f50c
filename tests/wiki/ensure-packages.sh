#!/usr/bin/env bash
# Installs the Debian packages the local wiki needs, only when some are missing, so CI and
# `npm run demo` can call it on every run at almost no cost.
# Usage: tests/wiki/ensure-packages.sh [extra-package …]   (e.g. chromium firefox-esr)
set -euo pipefail

# php-cgi satisfies php's need for a server module without Apache's (libapache2-mod-php); the
# placeholder below satisfies mediawiki's "apache2 | httpd", so no web server is installed at all:
# the wiki is served by PHP's built-in server (tests/wiki/local-wiki.ts).
packages=(mediawiki php-cli php-cgi php-sqlite3 php-intl php-mbstring openssl "$@")
placeholder=wayfinder-php-builtin-server

missing=()
for package in "${packages[@]}" "$placeholder"; do
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

# An empty package that provides the virtual package httpd, built on the spot with dpkg-deb (no
# equivs needed), so apt does not pick apache2 for mediawiki's dependency. Had it been installed
# before, apache2 stays as it was.
placeholder_dir=$(mktemp -d)
trap 'rm -rf "$placeholder_dir"' EXIT
mkdir -p "$placeholder_dir/pkg/DEBIAN"
cat >"$placeholder_dir/pkg/DEBIAN/control" <<CONTROL
Package: $placeholder
Version: 1.0
Architecture: all
Maintainer: Wiki Wayfinder <wiki-wayfinder@wikiwayfinder.org>
Provides: httpd
Description: stands in for a web server for Wiki Wayfinder's local test wiki
 The local wiki is served by PHP's built-in server on loopback, not by Apache.
CONTROL
dpkg-deb --build "$placeholder_dir/pkg" "$placeholder_dir/$placeholder.deb" >/dev/null

echo "Installing missing Debian packages: ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
missing=("${missing[@]/#$placeholder/$placeholder_dir/$placeholder.deb}")
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
