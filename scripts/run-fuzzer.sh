#!/usr/bin/env bash
# SPDX-License-Identifier: BSD-3-Clause
#
# Builds the libFuzzer target of the wire decoder (tests/fuzz/fuzz_decoder.cpp) with clang,
# AddressSanitizer and UBSan over the whole library, in build-fuzz/, and runs it for
# FUZZ_SECONDS (default 60) on tests/fuzz/corpus and tests/fuzz/crashers. New inputs go to a
# scratch corpus, not into the repository; a crash leaves its input in build-fuzz/findings/
# (copy it to tests/fuzz/crashers/, see the README there) and fails the run.
# Without clang++ or its libFuzzer runtime it says so and exits 0: the fuzzer is optional.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
seconds=${FUZZ_SECONDS:-60}
jobs=${JOBS:-2}

if ! command -v clang++ >/dev/null; then
    echo "run-fuzzer: skipped: clang++ is not installed (Debian: clang, libclang-rt-14-dev)"
    exit 0
fi
probe=$(mktemp -d)
trap 'rm -rf "$probe"' EXIT
echo 'extern "C" int LLVMFuzzerTestOneInput(const char *, unsigned long) { return 0; }' > "$probe/p.cpp"
if ! clang++ -fsanitize=fuzzer "$probe/p.cpp" -o "$probe/p" 2>/dev/null; then
    echo "run-fuzzer: skipped: clang++ has no libFuzzer runtime (Debian: libclang-rt-14-dev)"
    exit 0
fi

sanitizers="-fsanitize=address,undefined,fuzzer-no-link -fno-omit-frame-pointer -fno-sanitize-recover=undefined"
echo "run-fuzzer: configuring in $root/build-fuzz (clang, $sanitizers)"
cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ \
    -DCMAKE_CXX_FLAGS="$sanitizers" -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=address,undefined" \
    -DCMAKE_SHARED_LINKER_FLAGS="-fsanitize=address,undefined" \
    -DLIBMANAGER_FUZZER=ON -DLIBMANAGER_BUILD_DEMOS=OFF -DLIBMANAGER_BUILD_INSPECTOR=OFF >/dev/null
echo "run-fuzzer: building fuzz_decoder (-j$jobs)"
ninja -C build-fuzz -j"$jobs" tests/fuzz/fuzz_decoder

scratch=build-fuzz/corpus
findings=build-fuzz/findings
mkdir -p "$scratch" "$findings"
echo "run-fuzzer: fuzzing for ${seconds} s"
# Qt's own allocations at exit are not the decoder's: leaks are looked for in the inputs' runs
# only (libFuzzer's -detect_leaks), with LeakSanitizer's report of them.
ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:allocator_may_return_null=1} \
UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1} \
build-fuzz/tests/fuzz/fuzz_decoder -max_total_time="$seconds" -max_len=65536 -rss_limit_mb=2048 \
    -timeout=10 -artifact_prefix="$findings/" -print_final_stats=1 \
    "$scratch" tests/fuzz/corpus tests/fuzz/crashers
echo "run-fuzzer: no crash in ${seconds} s"
