#!/usr/bin/env bash
# Installs what is missing, builds, and starts Altrata Explorer on its built-in sandbox (an Altrata
# look-alike on 127.0.0.1 with the demo credentials filled in), so it works without real credentials.
set -euo pipefail
cd "$(dirname "$0")/.."

bash .ci/install-deps.sh

cmake --preset dev
cmake --build --preset dev
exec ./build/dev/app/altrata-explorer --sandbox "$@"
