#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# OrgDesk developer entry point on Debian 12.
#
#   packaging/dev.sh run [--demo] [-- ARGS]   install what is missing, build, start OrgDesk
#   packaging/dev.sh test [--sanitize]         install what is missing, build, run every test
#   packaging/dev.sh build [--sanitize]        install what is missing and build only
#
# Idempotent: packages already installed are not installed again; builds are incremental.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$here"

packages=(
    cmake ninja-build g++ pkg-config ccache
    qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-svg-dev qt6-charts-dev
    libqt6opengl6-dev libxkbcommon-dev qt6-image-formats-plugins libqt6sql6-sqlite
    libpoppler-qt6-dev poppler-data poppler-utils libtiff-dev libsodium-dev libssl-dev libsqlite3-dev sqlite3 libical-dev
    catch2 xvfb xauth fonts-noto-cjk fonts-arphic-uming
)

install_missing() {
    local missing=()
    for p in "${packages[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "dev.sh: installing ${missing[*]}" >&2
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null || { echo "dev.sh: need root or sudo to install: ${missing[*]}" >&2; exit 1; }
        sudo=(sudo)
    fi
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

build() {
    local dir=$1; shift
    if [ ! -f "$dir/build.ninja" ]; then
        # ccache keeps rebuilds of unchanged sources cheap, also across clones of the tree.
        local launcher=()
        command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
        cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "${launcher[@]}" "$@"
    fi
    cmake --build "$dir"
}

cmd=${1:-}
[ $# -gt 0 ] && shift
case "$cmd" in
    run)
        install_missing
        build build
        args=()
        for a in "$@"; do [ "$a" = "--" ] || args+=("$a"); done
        exec build/ui/orgdesk "${args[@]}"
        ;;
    build|test)
        install_missing
        dir=build; extra=()
        if [ "${1:-}" = "--sanitize" ]; then
            dir=build-asan
            extra=(-DORGDESK_SANITIZE=ON -DCMAKE_BUILD_TYPE=Debug -DORGDESK_BUILD_BENCH=OFF)
            export ASAN_OPTIONS=detect_leaks=0:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
        fi
        build "$dir" "${extra[@]}"
        [ "$cmd" = build ] && exit 0
        export QT_QPA_PLATFORM=offscreen
        cd "$dir" && ctest --output-on-failure -j2 --timeout 600
        ;;
    *)
        sed -n '3,9p' "$0" | sed 's/^# \{0,1\}//' >&2
        exit 2
        ;;
esac
