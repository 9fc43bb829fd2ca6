#!/usr/bin/env bash
# SPDX-License-Identifier: BSD-3-Clause
#
# Installs the dependencies (Debian 12, as root; skipped when present), builds libmanager and
# runs the main demo: the seed's FooClass example, a custom manager started with start().
# Arguments are passed on to the demo; the exit code is the demo's.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
jobs=${JOBS:-2}
demo=demos/newtype/newtype

bash scripts/setup-debian.sh

echo "run-demo: configuring in $root/build"
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo

# Only what the demo needs: the demo and the library's server program (and, through them, the
# library). `bash scripts/run-tests.sh` builds everything.
echo "run-demo: building $demo (-j$jobs)"
if ! ninja -C build -j"$jobs" "$demo" libmanager/libmanager-server; then
    echo "run-demo: the build failed" >&2
    exit 1
fi

echo "run-demo: running build/$demo"
exec "build/$demo" "$@"
