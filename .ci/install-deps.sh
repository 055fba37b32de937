#!/usr/bin/env bash
# Installs the Debian 12 packages Altrata Explorer needs to build, test, run and package.
# Idempotent: it asks apt only for packages that are not installed yet.
set -euo pipefail

packages=(
  build-essential cmake ninja-build file pkg-config clang libclang-rt-14-dev
  qt6-base-dev qt6-websockets-dev qt6-httpserver-dev qt6-svg-dev qtkeychain-qt6-dev
  libqscintilla2-qt6-dev libsimdjson-dev libqt6sql6-sqlite fonts-dejavu-core
  dbus gnome-keyring libsecret-1-0
  xvfb xauth imagemagick desktop-file-utils appstream openssl
)
# nodejs npm: the graphql-js conformance test; machines with their own node on PATH keep it.
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then packages+=(nodejs npm); fi

missing=()
for p in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
  if [[ "$status" != "install ok installed" ]]; then
    missing+=("$p")
  fi
done

if ((${#missing[@]} == 0)); then
  exit 0
fi

echo "Installing: ${missing[*]}"
sudo_cmd=()
if [[ $(id -u) -ne 0 ]]; then sudo_cmd=(sudo); fi
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -q
"${sudo_cmd[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
