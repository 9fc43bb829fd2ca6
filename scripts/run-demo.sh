#!/usr/bin/env bash
# SPDX-License-Identifier: BSD-3-Clause
#
# Installs the dependencies (Debian 12, as root; skipped when present), builds libmanager and
# runs the main demo, the showcase: a server with one of every standard shared type, worker
# processes that keep changing them, and the inspector looking at it all. With a display the
# inspector opens and the demo ends when it is closed; without one the inspector takes a
# screenshot offscreen and the demo serves for 20 s, printing how to connect.
# Arguments are passed on to the showcase (--seconds N, --deadlock, --state-dir DIR,
# --no-inspector; --help lists them); the exit code is the showcase's.
# The seed's FooClass demo is still there: build/demos/newtype/newtype.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
jobs=${JOBS:-2}
demo=demos/showcase/showcase

bash scripts/setup-debian.sh

echo "run-demo: configuring in $root/build"
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo

# Only what the demo needs: the showcase, the library's server program and the inspector (and,
# through them, the library). `bash scripts/run-tests.sh` builds everything.
targets=("$demo" libmanager/libmanager-server)
if ninja -C build -t query inspector/libmanager-inspector >/dev/null 2>&1; then
    targets+=(inspector/libmanager-inspector)
else
    echo "run-demo: the inspector is not configured (LIBMANAGER_BUILD_INSPECTOR=OFF): the showcase runs without it"
fi
echo "run-demo: building ${targets[*]} (-j$jobs)"
if ! ninja -C build -j"$jobs" "${targets[@]}"; then
    echo "run-demo: the build failed" >&2
    exit 1
fi

echo "run-demo: running build/$demo"
exec "build/$demo" "$@"
