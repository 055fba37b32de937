#!/usr/bin/env bash
# Installs what is missing, builds, and starts Altrata Explorer.
set -euo pipefail
cd "$(dirname "$0")/.."

bash .ci/install-deps.sh

cmake --preset dev
cmake --build --preset dev
exec ./build/dev/app/altrata-explorer "$@"
