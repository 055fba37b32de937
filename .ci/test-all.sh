#!/usr/bin/env bash
# Installs what is missing, builds with warnings as errors, and runs every test headless:
# offscreen Qt, no display, and a private D-Bus session with a freshly unlocked gnome-keyring,
# so the keychain tests talk to a real Secret Service without touching the user's own keyring.
set -euo pipefail
cd "$(dirname "$0")/.."

bash .ci/install-deps.sh

# ALTRATA_TEST_PRESET=asan runs the same suite under AddressSanitizer + UndefinedBehaviorSanitizer.
preset=${ALTRATA_TEST_PRESET:-ci}
cmake --preset "$preset"
cmake --build --preset "$preset"

# The graphql-js oracle of the conformance test, exactly as locked (skipped when already installed).
conformance=tests/conformance
if [[ ! -f $conformance/node_modules/.package-lock.json || $conformance/package-lock.json -nt $conformance/node_modules/.package-lock.json ]]; then
  (cd "$conformance" && npm ci --no-audit --no-fund)
fi

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
mkdir -p "$scratch/data" "$scratch/config" "$scratch/runtime" "$scratch/home"
chmod 700 "$scratch/runtime"

# Nothing of the user's session may leak in: no display (see stack.md G8), no bus, own XDG dirs.
env -u DISPLAY -u WAYLAND_DISPLAY -u DBUS_SESSION_BUS_ADDRESS \
  QT_QPA_PLATFORM=offscreen \
  XDG_DATA_HOME="$scratch/data" XDG_CONFIG_HOME="$scratch/config" XDG_RUNTIME_DIR="$scratch/runtime" \
  HOME="$scratch/home" REQUIRE_KEYCHAIN=1 PRESET="$preset" \
  dbus-run-session -- bash -c '
    echo -n "ci-keyring-password" | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1
    ctest --preset "$PRESET" -j2 "$@"' bash "$@"
