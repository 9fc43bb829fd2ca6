#!/usr/bin/env bash
# SPDX-License-Identifier: BSD-3-Clause
#
# Installs what building and testing libmanager needs on Debian 12 (bookworm).
# Idempotent: when every package is already installed it does not touch the network, and then
# it also works without root. Otherwise it must run as root (it calls apt-get).
set -euo pipefail

packages=(
    build-essential cmake ninja-build ccache
    qt6-base-dev                        # Qt Core, Network, Widgets, Test (Qt 6.4 on Debian 12)
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools   # Qt Linguist: lupdate, lrelease
    qt6-translations-l10n               # Qt's own German and French texts (dialog buttons)
    imagemagick                         # scripts/screenshots.sh: a check that pictures are not blank
    libssl-dev openssl                  # the TLS transport (tls://) and its test certificates
    libgl-dev                           # GL headers that qt6-base-dev's Widgets config needs
    xvfb xauth                          # a display for GUI tests that want more than offscreen
    python3                             # the benchmark's Python multiprocessing baseline
    clang libclang-rt-14-dev            # the libFuzzer target (scripts/run-fuzzer.sh)
    iproute2                            # tst_liveness's network namespaces
)

log() { printf 'setup-debian: %s\n' "$*"; }

missing=()
for pkg in "${packages[@]}"; do
    status=$(dpkg-query -W -f='${db:Status-Status}' "$pkg" 2>/dev/null || true)
    if [[ "$status" != "installed" ]]; then
        missing+=("$pkg")
    fi
done

if [[ ${#missing[@]} -eq 0 ]]; then
    log "all ${#packages[@]} packages already installed; skipping apt-get"
    exit 0
fi

log "missing: ${missing[*]}"
if [[ $(id -u) -ne 0 ]]; then
    log "error: these packages must be installed, which needs root." >&2
    log "run as root: bash scripts/setup-debian.sh" >&2
    log "or install them yourself: apt-get install --no-install-recommends ${missing[*]}" >&2
    exit 1
fi

export DEBIAN_FRONTEND=noninteractive
log "apt-get update"
apt-get update
log "apt-get install -y --no-install-recommends ${packages[*]}"
apt-get install -y --no-install-recommends "${packages[@]}"
log "done"
