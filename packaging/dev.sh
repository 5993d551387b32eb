#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# OrgDesk developer entry point on Debian 12.
#
#   packaging/dev.sh run [--demo] [-- ARGS]   install what is missing, build, start OrgDesk
#   packaging/dev.sh test [--sanitize]         install what is missing, build, run every test (on SQLite and
#                                              on a throwaway PostgreSQL cluster)
#   packaging/dev.sh build [--sanitize]        install what is missing and build only
#   packaging/dev.sh deb                       build the Debian package, check it with lintian
#
# Idempotent: packages already installed are not installed again; builds are incremental.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$here"

packages=(
    cmake ninja-build g++ pkg-config ccache
    qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-svg-dev qt6-charts-dev
    libqt6opengl6-dev libxkbcommon-dev qt6-image-formats-plugins qt6-translations-l10n libqt6sql6-sqlite libqt6sql6-psql
    libpoppler-qt6-dev poppler-data poppler-utils libtiff-dev libsodium-dev libssl-dev libsqlite3-dev sqlite3 libical-dev
    libseccomp-dev postgresql postgresql-contrib libpq-dev
    libtesseract-dev tesseract-ocr-eng tesseract-ocr-chi-tra tesseract-ocr
    catch2 xvfb xauth fonts-noto-cjk fonts-arphic-uming
    desktop-file-utils appstream bash-completion librsvg2-bin libqrencode-dev
)
# What `dev.sh deb` needs besides the above.
deb_packages=(debhelper dpkg-dev fakeroot lintian)

install_missing() {
    local missing=()
    for p in "${packages[@]}" "$@"; do
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

# Builds orgdesk_<version>_<arch>.deb from packaging/debian in build-deb/ (a copy of the tree
# with packaging/debian as debian/; the tracked files stay untouched), runs lintian on it (errors
# fail) and prints the package's path as the last line.
build_deb() {
    local out=$here/build-deb
    local version
    version=$(dpkg-parsechangelog -l packaging/debian/changelog -S Version)
    local src=$out/orgdesk-$version
    rm -rf "$src"
    mkdir -p "$src"
    if git -C "$here" rev-parse --is-inside-work-tree >/dev/null 2>&1; then
        # Tracked files and new ones not ignored, as they are in the working tree now.
        git -C "$here" ls-files -z --cached --others --exclude-standard \
            | tar -C "$here" --null --ignore-failed-read -T - -cf - 2>/dev/null | tar -C "$src" -xf -
    else
        tar -C "$here" --exclude='./build*' --exclude='./.git' -cf - . | tar -C "$src" -xf -
    fi
    rm -rf "$src/debian"
    cp -r packaging/debian "$src/debian"
    rm -f "$out"/orgdesk_"$version"_*.deb "$out"/orgdesk-dbgsym_"$version"_*.deb "$out"/orgdesk_"$version"_*.changes \
          "$out"/orgdesk_"$version"_*.buildinfo

    # debhelper gives the build a HOME of its own: tell ccache where its cache and settings are.
    if command -v ccache >/dev/null; then
        CCACHE_DIR=$(ccache -k cache_dir) && export CCACHE_DIR
        local base
        base=$(ccache -k base_dir) && [ -n "$base" ] && export CCACHE_BASEDIR=$base
    fi
    echo "dev.sh: building the package in $src (log: $out/build.log)" >&2
    if ! (cd "$src" && DEB_BUILD_OPTIONS="nocheck noddebs parallel=$(nproc)" \
            nice dpkg-buildpackage -b -us -uc >"$out/build.log" 2>&1); then
        tail -n 40 "$out/build.log" >&2
        echo "dev.sh: the package build failed; see $out/build.log" >&2
        exit 1
    fi
    local deb
    deb=$(ls "$out"/orgdesk_"$version"_*.deb)
    echo "dev.sh: lintian $deb" >&2
    lintian --fail-on error "$deb" >&2 \
        || { echo "dev.sh: lintian reports errors" >&2; exit 1; }
    echo "$deb"
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
        # The tests run against SQLite and, in a throwaway PostgreSQL cluster made for this run
        # (and removed after it), against PostgreSQL as well.
        if command -v pg_virtualenv >/dev/null; then
            # As root the cluster runs as the postgres user, which must be able to reach its folder.
            exec pg_virtualenv -v 15 -o "max_connections=200" -o "fsync=off" \
                packaging/test-server.sh "$dir" --output-on-failure -j2 --timeout 600
        fi
        echo "dev.sh: pg_virtualenv is missing: the PostgreSQL runs of the tests are skipped" >&2
        cd "$dir" && ctest --output-on-failure -j2 --timeout 600
        ;;
    deb)
        install_missing "${deb_packages[@]}"
        # Anything in debian/control's Build-Depends still missing (versions dropped: bookworm's fit).
        unmet=$(dpkg-checkbuilddeps packaging/debian/control 2>&1 | sed -n 's/.*Unmet build dependencies: //p' \
            | sed 's/([^)]*)//g; s/ *| *[^ ]*//g')
        # shellcheck disable=SC2086 # one package name per word
        [ -z "$unmet" ] || install_missing $unmet
        build_deb
        ;;
    *)
        sed -n '3,11p' "$0" | sed 's/^# \{0,1\}//' >&2
        exit 2
        ;;
esac
