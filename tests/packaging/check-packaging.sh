#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The packaging checks run by ctest (tests/packaging/CMakeLists.txt), one per subcommand:
#   validate-desktop TOOL FILE        desktop-file-validate passes (no errors, no hints)
#   validate-metainfo TOOL FILE       appstreamcli validate --no-net --pedantic passes
#   versions VERSION SOURCE_DIR       CMake's version is in debian/changelog, the metainfo's newest
#                                     release and both manual pages
#   cli-documented CLI SOURCE_DIR     every command `CLI --help` lists is in orgdesk-cli(1) and the completion
#   completion FILE                   the bash completion answers as expected
#   manpages FILE...                  man formats each page without a warning
#   install-tree BUILD_DIR DEST       cmake --install lays out what the package ships
#   layers SOURCE_DIR                 ui/ runs no SQL; app/ and db/ use no widgets; db/ knows no app/
# Exit status 0 when the check passes; otherwise 1 with the reason on stderr.
set -uo pipefail

fail() {
    echo "FAIL: $*" >&2
    exit 1
}

need_tool() {
    [ -n "$1" ] && [ "${1%-NOTFOUND}" = "$1" ] && [ -x "$1" ] \
        || fail "$2 is not installed (Debian package $3; packaging/dev.sh installs it)"
}

cmd=$1
shift
case "$cmd" in
    layers)
        src=$1
        sql=$(grep -rlE 'QSqlQuery|execPrepared|QSqlQueryModel|QSqlTableModel' "$src/ui" --include='*.cpp' --include='*.h')
        [ -z "$sql" ] || fail "ui/ runs SQL (move it into a store in db/ or a service in app/): $sql"
        widgets=$(grep -rlE '#include <(QWidget|QDialog|QMessageBox|QApplication|QtWidgets)' "$src/app" "$src/db")
        [ -z "$widgets" ] || fail "app/ or db/ include widgets: $widgets"
        up=$(grep -rlE '#include "(cli|documents|form|letters|oversight|reports|validation|workflow)/' "$src/db")
        [ -z "$up" ] || fail "db/ includes app/ headers: $up"
        ;;
    validate-desktop)
        need_tool "$1" desktop-file-validate desktop-file-utils
        out=$("$1" "$2" 2>&1) || fail "desktop-file-validate: $out"
        [ -z "$out" ] || fail "desktop-file-validate has remarks: $out"
        ;;
    validate-metainfo)
        need_tool "$1" appstreamcli appstream
        "$1" validate --no-net --pedantic --no-color "$2" || fail "appstreamcli validate reports problems"
        ;;
    versions)
        version=$1 src=$2
        changelog=$(dpkg-parsechangelog -l "$src/packaging/debian/changelog" -S Version 2>/dev/null) \
            || changelog=$(sed -n '1s/^[^(]*(\([^)]*\)).*/\1/p' "$src/packaging/debian/changelog")
        [ "$changelog" = "$version" ] || fail "debian/changelog is at $changelog, CMake at $version"
        release=$(grep -o '<release version="[^"]*"' "$src/resources/metainfo/hk.gov.judiciary.OrgDesk.metainfo.xml" \
            | head -n 1 | cut -d'"' -f2)
        [ "$release" = "$version" ] || fail "the metainfo's newest release is $release, CMake at $version"
        for page in "$src"/resources/man/*.1; do
            grep -q "^\.TH .* \"OrgDesk $version\"" "$page" || fail "$page does not say OrgDesk $version in .TH"
        done
        ;;
    cli-documented)
        cli=$1 src=$2
        help=$("$cli" --help) || fail "$cli --help failed"
        # Command lines are "  name [usage]   summary"; the name is the leading lower-case words.
        commands=$(sed -n '/^Commands:/,/^$/p' <<<"$help" | sed -n 's/^  \([a-z][a-z-]*\( [a-z][a-z-]*\)\?\)\( \|$\).*/\1/p' \
            | sort -u)
        [ "$(wc -l <<<"$commands")" -ge 20 ] || fail "found only these commands in --help: $commands"
        page=$src/resources/man/orgdesk-cli.1
        completion=$src/resources/completion/orgdesk-cli.bash
        missing=()
        while read -r name; do
            first=${name%% *} second=
            [ "$first" != "$name" ] && second=${name#* }
            # In the manual page a command is the start of a .B/.BI line: ".B audit verify", ".BI show".
            man_name=${name//-/\\\\-}
            grep -Eq "^\.BI? \"?$man_name( |\"|$)" "$page" || missing+=("manual page: $name")
            grep -Eq "(^|[ \"])$first( |\"|$)" <(sed -n '/local commands=/,/"$/p' "$completion") \
                || missing+=("completion: $name")
            if [ -n "$second" ]; then
                grep -Eq "\[$first\]=\"([a-z-]+ )*$second( [a-z-]+)*\"" "$completion" || missing+=("completion: $name")
            fi
        done <<<"$commands"
        [ ${#missing[@]} -eq 0 ] || fail "not documented: ${missing[*]}"
        ;;
    completion)
        file=$1
        [ -f /usr/share/bash-completion/bash_completion ] \
            || fail "bash-completion is not installed (Debian package bash-completion; packaging/dev.sh installs it)"
        # Each case: the words typed so far (the last one is being completed) and the answer expected.
        bash --norc --noprofile -c '
            source /usr/share/bash-completion/bash_completion
            source "$1"
            status=0
            expect() {
                local want=$1; shift
                COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1))
                COMP_LINE="$*"; COMP_POINT=${#COMP_LINE}
                COMPREPLY=()
                _orgdesk_cli orgdesk-cli "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
                local got
                got=$(printf "%s\n" "${COMPREPLY[@]}" | sort | xargs)
                if [ "$got" != "$want" ]; then
                    echo "FAIL: completing \"$*\" gave \"$got\", expected \"$want\"" >&2
                    status=1
                fi
            }
            expect "user" orgdesk-cli us
            expect "add deactivate list reactivate unlock" orgdesk-cli user ""
            expect "verify" orgdesk-cli --db t.db audit v
            expect "admin clerk supervisor" orgdesk-cli --db t.db user add chan.tm --role ""
            expect "under_review" orgdesk-cli list --status under
            expect "fax hand online post" orgdesk-cli list --channel ""
            expect "--channel --help --json --limit --search --status" orgdesk-cli list --
            expect "ack approval rejection requisition" orgdesk-cli letter OA-2026-000001 --type ""
            expect "--confirm --help" orgdesk-cli retention purge --
            expect "--dry-run --help" orgdesk-cli holidays import --
            expect "holiday holidays" orgdesk-cli --db t.db holi
            expect "--db --help --version" orgdesk-cli --
            exit $status
        ' check "$file" || fail "bash completion"
        ;;
    manpages)
        for page in "$@"; do
            warnings=$(LC_ALL=C.UTF-8 MANROFFSEQ='' MANWIDTH=80 man --warnings -E UTF-8 -l -Tutf8 -Z "$page" 2>&1 >/dev/null)
            [ -z "$warnings" ] || fail "$page: $warnings"
            text=$(MANWIDTH=80 man -l "$page" 2>/dev/null)
            grep -q '^NAME' <<<"$text" && grep -q '^SYNOPSIS' <<<"$text" || fail "$page has no NAME or SYNOPSIS section"
        done
        ;;
    install-tree)
        build=$1 dest=$2
        rm -rf "$dest"
        cmake --install "$build" --prefix "$dest/usr" >/dev/null || fail "cmake --install failed"
        id=hk.gov.judiciary.OrgDesk
        for f in bin/orgdesk bin/orgdesk-cli libexec/orgdesk/orgdesk-docworker \
                 share/applications/$id.desktop share/metainfo/$id.metainfo.xml \
                 share/icons/hicolor/scalable/apps/$id.svg \
                 share/icons/hicolor/48x48/apps/$id.png share/icons/hicolor/256x256/apps/$id.png \
                 share/man/man1/orgdesk.1 share/man/man1/orgdesk-cli.1 \
                 share/bash-completion/completions/orgdesk-cli; do
            [ -s "$dest/usr/$f" ] || fail "cmake --install did not install /usr/$f"
        done
        for size in 48 256; do
            png=$dest/usr/share/icons/hicolor/${size}x${size}/apps/$id.png
            dims=$(file -b "$png")
            [[ $dims == *"$size x $size"* ]] || fail "$png is not $size px square: $dims"
        done
        for exe in bin/orgdesk bin/orgdesk-cli libexec/orgdesk/orgdesk-docworker; do
            [ -x "$dest/usr/$exe" ] || fail "/usr/$exe is not executable"
        done
        "$dest/usr/bin/orgdesk-cli" --version | grep -qx "orgdesk-cli [0-9.]*" || fail "the installed orgdesk-cli --version"
        # The icon named in the desktop entry and the metainfo's launchable are the installed ones.
        grep -qx "Icon=$id" "$dest/usr/share/applications/$id.desktop" || fail "the desktop entry names another icon"
        grep -q "<launchable type=\"desktop-id\">$id.desktop</launchable>" "$dest/usr/share/metainfo/$id.metainfo.xml" \
            || fail "the metainfo launches another desktop entry"
        rm -rf "$dest"
        ;;
    *)
        fail "unknown check $cmd"
        ;;
esac
exit 0
