#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Checks an installed OrgDesk package (apt-get install ./orgdesk_<version>_amd64.deb) on this machine:
#
#   packaging/check-installed.sh            orgdesk-cli works, the window starts (under xvfb-run)
#   packaging/check-installed.sh --remove   the same, then apt-get remove orgdesk and check that a
#                                           user's database in ~/.local/share/OrgDesk is left alone
#
# Needs no build tree; uses only temporary databases (and a temporary HOME for --remove).
# xvfb-run comes from the xvfb package, xwininfo (to see the window) from x11-utils. Exit status 0 when every check passes.
set -uo pipefail

remove=0
[ "${1:-}" = "--remove" ] && remove=1

failures=0
ok() { echo "ok:   $*"; }
bad() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

version=$(dpkg-query -W -f='${Version}' orgdesk 2>/dev/null)
status=$(dpkg-query -W -f='${Status}' orgdesk 2>/dev/null)
if [ "$status" != "install ok installed" ]; then
    echo "FAIL: the orgdesk package is not installed (apt-get install ./orgdesk_*.deb)" >&2
    exit 1
fi
ok "package orgdesk $version is installed"

for f in /usr/bin/orgdesk /usr/bin/orgdesk-cli /usr/libexec/orgdesk/orgdesk-docworker \
         /usr/share/applications/hk.gov.judiciary.OrgDesk.desktop \
         /usr/share/metainfo/hk.gov.judiciary.OrgDesk.metainfo.xml \
         /usr/share/icons/hicolor/scalable/apps/hk.gov.judiciary.OrgDesk.svg \
         /usr/share/bash-completion/completions/orgdesk-cli; do
    [ -e "$f" ] && ok "$f" || bad "$f is missing"
done
# Any other helper executable in /usr/libexec/orgdesk must be executable too.
for helper in /usr/libexec/orgdesk/*; do
    [ -e "$helper" ] && [ "$helper" != /usr/libexec/orgdesk/orgdesk-docworker ] || continue
    if [ -x "$helper" ]; then ok "$helper"; else bad "$helper is not executable"; fi
done
for page in orgdesk orgdesk-cli; do
    man -w "$page" >/dev/null 2>&1 && ok "man $page" || bad "no manual page $page(1)"
done

cli_version=$(orgdesk-cli --version 2>&1)
[ "$cli_version" = "orgdesk-cli $version" ] && ok "orgdesk-cli --version: $cli_version" \
    || bad "orgdesk-cli --version printed \"$cli_version\", expected \"orgdesk-cli $version\""
if orgdesk-cli --db "$work/cli.sqlite" init >/dev/null 2>&1 && orgdesk-cli --db "$work/cli.sqlite" check >/dev/null 2>&1; then
    ok "orgdesk-cli init and check a new database"
else
    bad "orgdesk-cli could not create and check a database"
fi

# Intake reads every file through the document worker in /usr/libexec/orgdesk: file the package's
# own 48 px icon (a PNG) as a new application received by post.
icon=/usr/share/icons/hicolor/48x48/apps/hk.gov.judiciary.OrgDesk.png
if out=$(orgdesk-cli --db "$work/cli.sqlite" import "$icon" --channel post 2>&1) \
    && orgdesk-cli --db "$work/cli.sqlite" list | grep -q 'OA-'; then
    ok "orgdesk-cli import reads a file through the document worker and stores it"
else
    bad "orgdesk-cli import of $icon failed: $out"
fi

# The window: on a new database OrgDesk shows its first-run dialog ("Welcome to OrgDesk") and waits
# for the user. It must still be running after 8 seconds, with that window on the (virtual) screen.
if command -v xvfb-run >/dev/null; then
    LC_ALL=C.UTF-8 LANG=C.UTF-8 timeout 60 xvfb-run -a bash -c '
        orgdesk --db "$1" >"$2" 2>&1 &
        pid=$!
        sleep 8
        kill -0 $pid 2>/dev/null || { wait $pid; echo "ended with status $?" >>"$2"; exit 3; }
        if command -v xwininfo >/dev/null; then xwininfo -root -tree >"$3" 2>&1; fi
        kill $pid
        wait $pid 2>/dev/null
        exit 0' check "$work/window.sqlite" "$work/window.log" "$work/windows.txt"
    rc=$?
    if [ $rc -ne 0 ]; then
        bad "orgdesk did not keep running under xvfb-run (status $rc): $(head -c 2000 "$work/window.log")"
    elif [ ! -f "$work/window.sqlite" ]; then
        bad "orgdesk ran but did not create its database"
    elif [ ! -f "$work/windows.txt" ]; then
        ok "orgdesk started and was still running after 8 seconds (window title not checked: install x11-utils)"
    elif grep -q '"Welcome to OrgDesk"' "$work/windows.txt"; then
        ok "orgdesk started, showed \"Welcome to OrgDesk\" and was still running after 8 seconds"
    else
        bad "orgdesk was running but showed no \"Welcome to OrgDesk\" window: $(grep -o '"[^"]*"' "$work/windows.txt" | head -n 5 | xargs)"
    fi
else
    bad "xvfb-run is not installed (apt-get install xvfb xauth): the window was not tried"
fi

if [ $remove -eq 1 ]; then
    # A user's database at the default place, made by the installed orgdesk-cli.
    home=$work/home
    mkdir -p "$home"
    env -u ORGDESK_DB HOME="$home" XDG_DATA_HOME= orgdesk-cli init >/dev/null 2>&1
    db=$home/.local/share/OrgDesk/orgdesk.sqlite
    if [ -f "$db" ]; then
        before=$(sha256sum "$db" | cut -d' ' -f1)
        sudo=()
        [ "$(id -u)" -ne 0 ] && sudo=(sudo)
        if DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get remove -y -qq orgdesk >/dev/null 2>&1; then
            ok "apt-get remove orgdesk"
            [ ! -e /usr/bin/orgdesk ] && ok "/usr/bin/orgdesk is gone" || bad "/usr/bin/orgdesk is still there"
            if [ -f "$db" ] && [ "$(sha256sum "$db" | cut -d' ' -f1)" = "$before" ]; then
                ok "the user's database $db is unchanged"
            else
                bad "the user's database $db was changed or removed"
            fi
        else
            bad "apt-get remove orgdesk failed"
        fi
    else
        bad "orgdesk-cli init did not create $db"
    fi
fi

if [ $failures -ne 0 ]; then
    echo "$failures check(s) failed" >&2
    exit 1
fi
echo "all checks passed"
