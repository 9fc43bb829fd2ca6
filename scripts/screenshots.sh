#!/usr/bin/env bash
# SPDX-License-Identifier: BSD-3-Clause
#
# Regenerates the README's screenshots of the inspector, docs/screenshots/*.png, under Xvfb.
#
# Builds the showcase, the server program and the inspector, runs the showcase without its own
# inspector (with --deadlock, and a dict "big" of 600,000 entries), then runs
# libmanager-inspector once per picture on a virtual screen of 1280x800 with --screenshot and
# --quit-after. The object ids for --open come from the showcase's objects.tsv.
#
# A picture that needs an inspector feature that is not there yet (a dark theme, going to a
# row, showing the Problems view) is skipped or taken without it, with a note; one that fails
# is reported. The script ends with the list of what it made, and fails only if it made
# nothing or the showcase did not start.
#
#   bash scripts/screenshots.sh [OUTPUT_DIR]     (default: docs/screenshots)
# Environment: JOBS (build jobs, 2), SHOT_WAIT_MS (how long each inspector runs, 4000),
# SCREENSHOT_LANGS (languages besides English, "de").
set -uo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
jobs=${JOBS:-2}
wait_ms=${SHOT_WAIT_MS:-4000}
langs=${SCREENSHOT_LANGS:-de}
outdir=${1:-docs/screenshots}
showcase=build/demos/showcase/showcase
inspector=build/inspector/libmanager-inspector

log() { printf 'screenshots: %s\n' "$*"; }
die() { log "error: $*" >&2; exit 1; }

# --- Tools ---------------------------------------------------------------------------------------
if ! command -v xvfb-run >/dev/null || ! command -v xauth >/dev/null; then
    if [[ $(id -u) -eq 0 ]]; then
        log "installing xvfb and xauth"
        DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends xvfb xauth \
            || { apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends xvfb xauth; } \
            || die "cannot install xvfb"
    else
        die "xvfb-run is missing: as root, apt-get install xvfb xauth (or bash scripts/setup-debian.sh)"
    fi
fi

# --- Build ---------------------------------------------------------------------------------------
if [[ ! -f build/build.ninja ]]; then
    log "configuring in $root/build"
    cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo || die "cmake failed"
fi
log "building the showcase, the server and the inspector (-j$jobs)"
ninja -C build -j"$jobs" demos/showcase/showcase libmanager/libmanager-server \
    inspector/libmanager-inspector || die "the build failed"

# --- The showcase ---------------------------------------------------------------------------------
work=$(mktemp -d /tmp/libmanager-screenshots-XXXXXX)
state=$work/state
showcase_pid=
cleanup() {
    if [[ -n $showcase_pid ]] && kill -0 "$showcase_pid" 2>/dev/null; then
        kill -INT "$showcase_pid" 2>/dev/null
        for _ in $(seq 50); do kill -0 "$showcase_pid" 2>/dev/null || break; sleep 0.2; done
        kill -KILL "$showcase_pid" 2>/dev/null
    fi
    wait 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

log "starting the showcase (--deadlock, a dict of 600,000 entries)"
"$showcase" --no-inspector --deadlock --big 600000 --seconds 1800 --state-dir "$state" \
    >"$work/showcase.log" 2>&1 &
showcase_pid=$!
for _ in $(seq 300); do
    grep -q "connect with:" "$work/showcase.log" 2>/dev/null && break
    kill -0 "$showcase_pid" 2>/dev/null || break
    sleep 0.2
done
grep -q "connect with:" "$work/showcase.log" || { cat "$work/showcase.log" >&2; die "the showcase did not start"; }
address=$(head -n1 "$state/address")
keyfile=$state/authkey
# Let the workers get going: the lock waiters and the deadlock need a second or two.
sleep 3

id_of() { awk -F'\t' -v name="$1" '$1 == name { print $3 }' "$state/objects.tsv"; }

help=$(QT_QPA_PLATFORM=offscreen "$inspector" --help 2>&1 || true)
has_option() { grep -q -- "$1" <<<"$help"; }

# --- Pictures -------------------------------------------------------------------------------------
mkdir -p "$outdir"
made=()
failed=()
notes=()

# shot NAME [inspector arguments...]: one picture, outdir/NAME.png. Env: SHOT_ENV (array).
shot() {
    local name=$1
    shift
    local file=$outdir/$name.png
    local settings=$work/settings-$name
    mkdir -p "$settings"
    rm -f "$file"
    log "taking $file"
    if env "${SHOT_ENV[@]}" xvfb-run -a -s "-screen 0 1280x800x24" "$inspector" \
            --address "$address" --authkey-file "$keyfile" --settings-dir "$settings" \
            --screenshot "$file" --quit-after "$wait_ms" "$@" >"$work/$name.log" 2>&1 \
            && [[ -s $file ]]; then
        # Not blank: a window draws far more than a handful of colours.
        local colours
        colours=$(identify -format %k "$file" 2>/dev/null || echo unknown)
        if [[ $colours != unknown && $colours -lt 16 ]]; then
            failed+=("$name (only $colours colours: blank?)")
            return
        fi
        made+=("$file")
    else
        failed+=("$name (its output is above)")
        sed 's/^/    /' "$work/$name.log" >&2
    fi
}

# Dark: the inspector's own dark theme if it has an option for it (spec 6.14: "Fusion dark").
dark_args=()
if has_option "--theme"; then
    dark_args=(--theme dark)
else
    notes+=("no dark pictures: the inspector has no --theme option (View > Theme > Fusion dark) yet, and Qt 6.4 has no dark palette of its own without a platform theme")
fi

for lang in en $langs; do
    lang_args=()
    [[ $lang != en ]] && lang_args=(--lang "$lang")
    SHOT_ENV=()
    shot "main-light-$lang" "${lang_args[@]}" --open settings
    if [[ ${#dark_args[@]} -gt 0 ]]; then
        shot "main-dark-$lang" "${lang_args[@]}" "${dark_args[@]}" --open settings
    fi
done

# The connection dialog, light and dark, English and German.
for lang in en $langs; do
    lang_args=()
    [[ $lang != en ]] && lang_args=(--lang "$lang")
    SHOT_ENV=()
    shot "connection-light-$lang" "${lang_args[@]}" --show connection
    if [[ ${#dark_args[@]} -gt 0 ]]; then
        shot "connection-dark-$lang" "${lang_args[@]}" "${dark_args[@]}" --show connection
    fi
done

SHOT_ENV=()
# A dict editor scrolled to row 500,000 of "big".
big=$(id_of big)
if has_option "--go-to"; then
    shot "dict-row-500000" --open "$big" --go-to '#500000'
else
    notes+=("dict-big: taken at its first rows; the inspector has no option to go to row 500,000 (--row) yet")
    shot "dict-big" --open "$big"
fi

# The Lock "resource" held by one worker, two others waiting.
shot "lock-waiters" --open "$(id_of resource)"

# The Problems view with the deadlock of deadlock-a and deadlock-b.
if has_option "--show"; then
    shot "problems-deadlock" --show problems
else
    notes+=("problems-deadlock: the main window as it opens (no --show option to bring the Problems view forward yet)")
    shot "problems-deadlock" --open "$(id_of lock-a)"
fi

# --- Report ----------------------------------------------------------------------------------------
echo
log "made ${#made[@]} picture(s):"
for file in "${made[@]}"; do
    printf '    %s\n' "$file"
done
for item in "${failed[@]}"; do
    log "FAILED: $item"
done
for note in "${notes[@]}"; do
    log "note: $note"
done
[[ ${#made[@]} -gt 0 ]] || exit 1
exit 0
