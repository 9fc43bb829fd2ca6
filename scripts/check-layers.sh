#!/usr/bin/env bash
# SPDX-License-Identifier: BSD-3-Clause
#
# The dependency rule between libmanager's layers (README § Architecture):
#   - wire/ includes only wire/ headers, error.h, token.h (and libmanager_global.h) and Qt;
#   - client/ and server/ never include each other;
#   - standardtypes/ includes nothing of client/ or server/: it sees the server only through
#     its host interface (ObjectHost, standardtypes/standardobject_p.h);
#   - platform/ includes nothing of ours but error.h, libmanager_global.h and platform/.
# Every violation is printed. The ones listed in scripts/layer-exceptions.txt (known leaks,
# one "file: included header  # reason" a line) are allowed; any other one fails the check,
# so the known leaks can only shrink. An exception that no longer happens is reported, so
# that its line can go.
# Usage: scripts/check-layers.sh   (from anywhere; exits 1 on a new violation)
set -euo pipefail

cd "$(dirname "$0")/.."
exceptions=scripts/layer-exceptions.txt

# "file: header" per allowed violation, comments and blank lines dropped.
allowed=$(sed -e 's/#.*//' -e 's/[[:space:]]*$//' -e 's/^[[:space:]]*//' \
              -e 's/:[[:space:]]*/: /' "$exceptions" | grep -v '^$' || true)

# The layer of a path below libmanager/ ("api" for the flat public API).
layer_of() {
    case "$1" in
    libmanager/*/*) local rest=${1#libmanager/}; echo "${rest%%/*}" ;;
    *) echo api ;;
    esac
}

# Why $2 may not be included by $1, or nothing if it may.
rule_broken() {
    local from=$1 to=$2 fromlayer tolayer
    fromlayer=$(layer_of "$from")
    tolayer=$(layer_of "$to")
    case "$fromlayer" in
    wire)
        case "$to" in
        libmanager/wire/*|libmanager/error.h|libmanager/token.h|libmanager/libmanager_global.h) ;;
        *) echo "wire/ includes only wire/, error.h, token.h and Qt" ;;
        esac ;;
    platform)
        case "$to" in
        libmanager/platform/*|libmanager/error.h|libmanager/libmanager_global.h) ;;
        *) echo "platform/ includes nothing of ours but error.h and platform/" ;;
        esac ;;
    client)
        [[ $tolayer == server ]] && echo "client/ never includes server/" ;;
    server)
        [[ $tolayer == client ]] && echo "server/ never includes client/" ;;
    standardtypes)
        [[ $tolayer == server || $tolayer == client ]] &&
            echo "standardtypes/ sees the server only through its host interface" ;;
    esac
    return 0
}

new=0
known=0
seen=""
for file in libmanager/{wire,transport,client,server,standardtypes,platform}/*.{h,cpp}; do
    [[ -e $file ]] || continue
    dir=$(dirname "$file")
    # Our includes: <libmanager/...> as is, "x.h" relative to the including file's folder.
    while IFS= read -r line; do
        case "$line" in
        *'<libmanager/'*) to=$(sed -e 's/.*<\(libmanager\/[^>]*\)>.*/\1/' <<<"$line") ;;
        *'"'*) to="$dir/$(sed -e 's/.*"\([^"]*\)".*/\1/' <<<"$line")" ;;
        *) continue ;;
        esac
        why=$(rule_broken "$file" "$to")
        [[ -z $why ]] && continue
        if grep -qxF "$file: $to" <<<"$allowed"; then
            echo "allowed:   $file: $to  ($why)"
            known=$((known + 1))
            seen+="$file: $to"$'\n'
        else
            echo "VIOLATION: $file: $to  ($why)"
            new=$((new + 1))
        fi
    done < <(grep -E '^[[:space:]]*#[[:space:]]*include[[:space:]]*[<"]' "$file" | grep -E '<libmanager/|"')
done

# Exceptions that no longer happen: say so, so that the list shrinks with the leaks.
while IFS= read -r entry; do
    [[ -z $entry ]] && continue
    grep -qxF "$entry" <<<"$seen" || echo "note: $exceptions lists '$entry', which no longer happens: remove the line"
done <<<"$allowed"

echo "check-layers: $known known violation(s) allowed by $exceptions, $new new"
if ((new > 0)); then
    echo "check-layers: a new include crosses a layer boundary; cut it, or list it in $exceptions with the reason" >&2
    exit 1
fi
