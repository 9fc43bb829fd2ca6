#!/usr/bin/env bash
# SPDX-License-Identifier: BSD-3-Clause
#
# Builds libmanager and every test with AddressSanitizer and UndefinedBehaviorSanitizer (GCC),
# in build-asan/, and runs the whole test suite there: every server, helper and worker process
# the tests start is instrumented too. Any sanitizer report fails the test that caused it.
# Slower than the ordinary build (about 3x); run before resolving an issue that touches the
# protocol, the server or memory handling, and quote its last lines.
# LSAN=1 also looks for leaks (Qt keeps some allocations until exit; expect noise).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
jobs=${JOBS:-2}

bash scripts/setup-debian.sh

flags="-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined"
echo "run-sanitized-tests: configuring in $root/build-asan ($flags)"
cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_FLAGS="$flags" -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=address,undefined" \
    -DCMAKE_SHARED_LINKER_FLAGS="-fsanitize=address,undefined" >/dev/null
echo "run-sanitized-tests: building (-j$jobs)"
ninja -C build-asan -j"$jobs"

export QT_QPA_PLATFORM=offscreen
export ASAN_OPTIONS="detect_leaks=${LSAN:-0}:abort_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
# Left out, with the reason: lmbench measures speed, which sanitizers distort (its functional
# checks run in the ordinary suite); install_consumer builds a consumer program without the
# sanitizers, which cannot load an instrumented library (ASan's runtime must come first).
echo "run-sanitized-tests: not run here: lmbench_smoke (speed), install_consumer (an uninstrumented consumer)"
echo "run-sanitized-tests: running ctest (-j$jobs) with ASAN_OPTIONS=$ASAN_OPTIONS"
status=0
ctest --test-dir build-asan --output-on-failure --no-tests=error -j"$jobs" \
    -E 'lmbench|install_consumer' --timeout 600 || status=$?
echo "run-sanitized-tests: ctest exited with $status"
exit "$status"
