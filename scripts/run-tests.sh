#!/usr/bin/env bash
# SPDX-License-Identifier: BSD-3-Clause
#
# Checks the layers' dependency rule (scripts/check-layers.sh), installs the dependencies
# (Debian 12, as root; skipped when present), builds libmanager with its tests, and runs every
# test. The exit code is ctest's (or 1 when the layer check fails).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
jobs=${JOBS:-2}

# The dependency rule between the library's layers (README § Architecture): cheap, so first.
if ! bash scripts/check-layers.sh; then
    echo "run-tests: an include crosses a layer boundary (scripts/check-layers.sh); nothing was built" >&2
    exit 1
fi

bash scripts/setup-debian.sh

echo "run-tests: configuring in $root/build"
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo

echo "run-tests: building (-j$jobs)"
if ! ninja -C build -j"$jobs"; then
    echo "run-tests: the build failed; no tests were run" >&2
    exit 1
fi

# A minute of coverage-guided fuzzing of the wire decoder under ASan and UBSan (build-fuzz/),
# before the suite so that ctest's summary closes the output; FUZZ_SECONDS=0 skips it.
fuzz=0
if [[ "${FUZZ_SECONDS:-60}" != 0 ]]; then
    FUZZ_SECONDS=${FUZZ_SECONDS:-60} bash scripts/run-fuzzer.sh > build/fuzzer.log 2>&1 || fuzz=$?
    tail -n 8 build/fuzzer.log
    echo "run-tests: the fuzzer exited with $fuzz (its log: build/fuzzer.log)"
fi

# GUI tests run without a display.
export QT_QPA_PLATFORM=offscreen
echo "run-tests: running ctest (-j$jobs)"
status=0
ctest --test-dir build --output-on-failure --no-tests=error -j"$jobs" || status=$?
echo "run-tests: ctest exited with $status"
# The inspector's responsiveness figures (a 1,000,000-entry dict, a flood of 50,000 changes a
# second): the suites fail only on gross regressions, so the figures are printed here.
if [[ -f build/Testing/Temporary/LastTest.log ]]; then
    grep -hE "QINFO.*(1M dict: first page|inspector under a flood)" build/Testing/Temporary/LastTest.log \
        | sed 's/^.*QINFO *: /run-tests: figures: /' || true
fi
if [[ $status -eq 0 && $fuzz -ne 0 ]]; then
    status=$fuzz
fi

exit "$status"
