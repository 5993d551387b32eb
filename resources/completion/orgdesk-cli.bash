# SPDX-License-Identifier: GPL-3.0-or-later
# bash completion for orgdesk-cli: commands, their options and the values those options take.
# Installed as /usr/share/bash-completion/completions/orgdesk-cli (loaded on first use).
# shellcheck disable=SC2207 # COMPREPLY=($(compgen ...)) is the usual form; no word holds a space

_orgdesk_cli()
{
    local cur prev words cword
    _init_completion -n = || return

    local commands="audit backup check duplicates eligibility help history holiday holidays import init letter list
        ocr overdue render report restore retention sample seed-demo server settings show store suggest timeline user"
    local -A subcommands=(
        [audit]="verify checkpoint checkpoints export"
        [holiday]="add remove"
        [holidays]="import"
        [ocr]="read"
        [retention]="plan purge"
        [sample]="draw list show verify"
        [server]="init"
        [store]="copy"
        [settings]="set"
        [user]="add deactivate list reactivate unlock"
    )

    # Skip the global options to find the command and its subcommand.
    local i cmd="" sub="" cmdIndex=0
    for ((i = 1; i < cword; i++)); do
        case ${words[i]} in
            --db) ((i++)) ;;
            --db=* | --help | -h | --version) ;;
            -*) ;;
            *)
                if [[ -z $cmd ]]; then
                    cmd=${words[i]}
                    cmdIndex=$i
                elif [[ -z $sub && -n ${subcommands[$cmd]:-} && $i -eq $((cmdIndex + 1)) ]]; then
                    sub=${words[i]}
                fi
                ;;
        esac
    done

    case $prev in
        --db)
            _filedir '@(sqlite|db)'
            return
            ;;
        --out | --csv | --pdf | --receipt | --against)
            _filedir
            return
            ;;
        --status)
            COMPREPLY=($(compgen -W "received registered under_review awaiting_applicant recommended
                case_by_case approved rejected account_created withdrawn duplicate closed" -- "$cur"))
            return
            ;;
        --channel)
            COMPREPLY=($(compgen -W "fax post hand online" -- "$cur"))
            return
            ;;
        --role)
            COMPREPLY=($(compgen -W "clerk supervisor admin" -- "$cur"))
            return
            ;;
        --type)
            COMPREPLY=($(compgen -W "ack requisition approval rejection" -- "$cur"))
            return
            ;;
        --lang)
            COMPREPLY=($(compgen -W "en zh" -- "$cur"))
            return
            ;;
        --rotate)
            COMPREPLY=($(compgen -W "0 90 180 270" -- "$cur"))
            return
            ;;
        --from | --to | --count | --seed | --limit | --page | --dpi | --percent | --password | --name | \
            --name-zh | --search | --as | --admin)
            return
            ;;
    esac

    if [[ -z $cmd ]]; then
        if [[ $cur == -* ]]; then
            COMPREPLY=($(compgen -W "--db --help --version" -- "$cur"))
        else
            COMPREPLY=($(compgen -W "$commands" -- "$cur"))
        fi
        return
    fi
    if [[ -n ${subcommands[$cmd]:-} && -z $sub ]]; then
        COMPREPLY=($(compgen -W "${subcommands[$cmd]}" -- "$cur"))
        return
    fi

    local options="--help"
    case "$cmd${sub:+ $sub}" in
        "audit export") options+=" --csv --from --to --out" ;;
        "audit verify") options+=" --against --incremental" ;;
        "audit checkpoint") options+=" --out --as --receipt" ;;
        "backup" | "restore")
            [[ $cmd == restore ]] && options+=" --force --roll-back"
            if [[ $cur != -* ]]; then
                _filedir
                return
            fi
            ;;
        "duplicates" | "eligibility" | "show") options+=" --json" ;;
        "holiday add") options+=" --name --name-zh" ;;
        "holidays import")
            options+=" --dry-run"
            if [[ $cur != -* ]]; then
                _filedir '@(ics|ICS)'
                return
            fi
            ;;
        "import")
            options+=" --as --channel --to"
            if [[ $cur != -* ]]; then
                _filedir
                return
            fi
            ;;
        "letter") options+=" --type --lang --out" ;;
        "list") options+=" --status --channel --search --limit --json" ;;
        "render")
            options+=" --out --page --dpi --rotate --password"
            if [[ $cur != -* ]]; then
                _filedir '@(pdf|PDF|tif|TIF|tiff|TIFF|png|PNG|jpg|JPG|jpeg|JPEG)'
                return
            fi
            ;;
        "ocr read") options+=" --limit" ;;
        "suggest")
            options+=" --json"
            if [[ $cur != -* ]]; then
                _filedir '@(pdf|PDF|tif|TIF|tiff|TIFF|png|PNG|jpg|JPG|jpeg|JPEG)'
                return
            fi
            ;;
        "report") options+=" --from --to --csv --pdf" ;;
        "retention purge") options+=" --confirm" ;;
        "sample draw") options+=" --from --to --percent --seed --as" ;;
        "seed-demo") options+=" --count --seed" ;;
        "server init") options+=" --admin --name" ;;
        "store copy") options+=" --from --to --admin" ;;
        "user add") options+=" --role --name" ;;
    esac
    COMPREPLY=($(compgen -W "$options" -- "$cur"))
} && complete -F _orgdesk_cli orgdesk-cli
