#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The rules the PostgreSQL server keeps by itself (db/migrations/postgresql/0010_schema.sql),
# checked from the side of the staff's own database logins: what a clerk, a supervisor or an
# administrator may not do with psql, and that the ordinary path works. See README.md here.
#
# Runs against the cluster named by the PG* variables (pg_virtualenv -v 15 bash server_rules.sh);
# exits 77 (skipped) when there is none. Makes a scratch database and login roles with unique names
# and removes them afterwards, also on failure. The last line says "N passed, N failed".
set -euo pipefail
trap '' PIPE   # a session that ended fails its step (EPIPE, then end of file) instead of killing it

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
schema="$here/../../../db/migrations/postgresql/0010_schema.sql"
migrations="$here/../../../db/migrations"

skip() {
    echo "server_rules: skipped: $*" >&2
    exit 77
}
[ -n "${PGHOST:-}" ] || skip "PGHOST is not set (run under pg_virtualenv, or point PG* at a test cluster)"
command -v psql >/dev/null || skip "psql is not installed"
psql -X -q -At -c 'SELECT 1' >/dev/null 2>&1 || skip "psql cannot connect to ${PGHOST}:${PGPORT:-5432}"
[ "$(psql -X -q -At -c "SELECT rolsuper OR (rolcreaterole AND rolcreatedb) FROM pg_roles WHERE rolname = current_user")" = t ] \
    || skip "the PG* user can neither create databases nor roles"
[ -f "$schema" ] || { echo "server_rules: $schema is missing" >&2; exit 1; }

db="orgdesk_rules_$$_${RANDOM}"
prefix="sr$$_"   # (the application's own tests use "t<pid>_<n>_")
work=$(mktemp -d)
passed=0
failed=0
declare -A pw      # password of each staff login
declare -A id      # users.id of each staff account
declare -A sin     # a psql session per person: the descriptor its commands are written to
declare -A sout    # ... and the one its messages are read from

close_sessions() {
    local who fd
    for who in "${!sin[@]}"; do
        fd=${sin[$who]}
        exec {fd}>&-
        fd=${sout[$who]}
        exec {fd}<&-
    done
    sin=() sout=()
    wait 2>/dev/null || true
}
drop_scratch() {
    close_sessions
    dropdb --if-exists --force "$db" >/dev/null 2>&1 || true
    dropdb --if-exists --force "${db}_su" >/dev/null 2>&1 || true
    psql -X -q -At >/dev/null 2>&1 <<SQL || true
SELECT format('DROP ROLE IF EXISTS %I', rolname) FROM pg_roles WHERE starts_with(rolname, '$prefix')
ORDER BY rolname = '${prefix}owner' \\gexec
SQL
    rm -rf "$work"
}
on_exit() {
    local status=$?
    drop_scratch
    if [ "$status" -ne 0 ]; then
        echo "server_rules: stopped early (exit status $status)"
        echo "$passed passed, $((failed + 1)) failed"
        exit 1
    fi
}
trap on_exit EXIT

ok() {
    passed=$((passed + 1))
    echo "ok - $1"
}
not_ok() {
    failed=$((failed + 1))
    echo "not ok - $1"
    if [ -n "${2:-}" ]; then
        local line
        while IFS= read -r line; do
            echo "    | $line"
        done <<<"$2"
    fi
}

# psql_as WHO [options]: a new psql, as the database owner (a role with CREATEROLE, as in
# production), or as the login of staff account WHO with its own password, over the same host
# as the PG* variables' superuser.
psql_as() {
    local who=$1
    shift
    if [ "$who" = owner ]; then
        PGUSER="${prefix}owner" PGPASSWORD="${pw[owner]}" psql -X -q -At -d "$db" "$@"
    else
        PGUSER="$prefix$who" PGPASSWORD="${pw[$who]}" psql -X -q -At -d "$db" "$@"
    fi
}

# Each person works in one long psql session (starting psql is what takes time), fed through a
# FIFO; errors and the end-of-step marker come back, in order, on its standard error. Query
# results go to /dev/null unless a step asks for them (q). Sessions are opened by the main shell
# (not inside $(...)), so that every later step finds them.
open_session() {
    local who=$1
    mkfifo "$work/$who.in" "$work/$who.out"
    psql_as "$who" -v ON_ERROR_STOP=0 -o /dev/null <"$work/$who.in" >"$work/$who.out" 2>&1 &
    local fd
    exec {fd}>"$work/$who.in"
    sin[$who]=$fd
    exec {fd}<"$work/$who.out"
    sout[$who]=$fd
}
# step WHO SQL: runs SQL in one transaction of WHO's session; prints the messages it caused.
step() {
    local who=$1 line out=""
    if [ -z "${sin[$who]:-}" ]; then
        echo "(no session of $who is open: the test opens it with open_session first)"
        return 0
    fi
    local fd=${sin[$who]}
    printf 'BEGIN;\n%s\n;\nCOMMIT;\n\\warn @@done\n' "$2" 1>&"$fd" 2>/dev/null || true
    while IFS= read -r -t 60 -u "${sout[$who]}" line; do
        if [ "$line" = "@@done" ]; then
            printf '%s' "$out"
            return 0
        fi
        out+="$line"$'\n'
    done
    printf '%s(the session of %s ended)\n' "$out" "$who"
}
failed_step() {  # whether step messages hold an error
    [[ $1 =~ (ERROR|FATAL|ended\)|no\ session) ]]
}
first_error() {  # the words of the first error in step messages
    local line
    while IFS= read -r line; do
        if [[ $line =~ (ERROR|FATAL):\ +(.*)$ ]]; then
            printf '%s' "${BASH_REMATCH[2]}"
            return
        fi
    done <<<"$1"
}
# q WHO SQL: the result of a query, unaligned ('|' between columns), in WHO's session.
q() {
    local out
    rm -f "$work/q.out"
    out=$(step "$1" "\\o $work/q.out
$2
;
\\o /dev/null")
    if failed_step "$out"; then
        printf '%s' "$out"
    fi
    cat "$work/q.out" 2>/dev/null || true
}

# accept WHO WHAT SQL: the statements succeed.
accept() {
    local out
    out=$(step "$1" "$3")
    if failed_step "$out"; then
        not_ok "$2: refused" "$out"
    else
        ok "$2"
    fi
}
# refuse WHO WHAT EXPECTED SQL: the server refuses, saying EXPECTED (an extended regular
# expression), so that a mistake in the test's own SQL cannot pass for a refusal.
refuse() {
    local out
    out=$(step "$1" "$4")
    local first
    first=$(first_error "$out")
    if ! failed_step "$out"; then
        not_ok "$2: accepted" "$out"
    elif [[ $first =~ $3 ]]; then
        ok "$2"
        echo "    ($first)"
    else
        not_ok "$2: refused for another reason (expected /$3/)" "$out"
    fi
}
# same WHAT EXPECTED ACTUAL
same() {
    if [ "$2" = "$3" ]; then
        ok "$1"
    else
        not_ok "$1" "expected: $2"$'\n'"actual:   $3"
    fi
}

now=$(date -u +%Y-%m-%dT%H:%M:%SZ)
hkyear=$(TZ=Asia/Hong_Kong date +%Y)
# hash_of PREFIX: the SQL of an event's hash recomputed under its own scheme (EventLog::canonical;
# scheme 2 from migration 12 on), for the columns of PREFIX ("e." or "").
hash_of() {
    local e=$1
    local columns="${e}id, ${e}at, ${e}user_id, ${e}action, ${e}subject_type, ${e}subject_id, ${e}details, ${e}prev_hash"
    printf "CASE WHEN %sscheme >= 2 THEN encode(public.digest(orgdesk_event_canonical_v2(%sscheme, %s), 'sha256'), 'hex') ELSE orgdesk_event_hash(%s) END" \
        "$e" "$e" "$columns" "$columns"
}
genesis=$(printf '0%.0s' $(seq 64))

# The SQL of a move (and its event) of the case with reference $1 from $2 to $3 by staff id $4;
# then, optionally: recommendation, eligibility_policy, eligibility_outcome (SQL: 'text' or NULL),
# the note and the reason codes (a JSON array).
move() {
    local ref=$1 from=$2 to=$3 actor=$4 rec=${5:-NULL} policy=${6:-NULL} outcome=${7:-NULL} note=${8:-} codes=${9:-[]}
    printf '%s\n' "INSERT INTO application_transitions (application_id, from_status, to_status, actor_id, at, reason_codes, note,
                                     recommendation, eligibility_policy, eligibility_outcome)
VALUES ((SELECT id FROM applications WHERE reference = '$ref'), '$from', '$to', $actor, '$now', '$codes', '$note',
        $rec, $policy, $outcome);
INSERT INTO events (at, user_id, action, subject_type, subject_id, details)
VALUES ('$now', $actor, 'application.status_changed', 'application',
        (SELECT id FROM applications WHERE reference = '$ref'), '{\"from\":\"$from\",\"to\":\"$to\"}');"
}
# The SQL of a new case (its reference number and its event), reference $1, received by staff
# id $2, of organization type $3.
receive() {
    local ref=$1 by=$2 type=$3
    printf '%s\n' "INSERT INTO reference_counters (year, last_value) VALUES ($hkyear, 1)
    ON CONFLICT (year) DO UPDATE SET last_value = reference_counters.last_value + 1;
INSERT INTO applications (reference, status, channel, received_at, registered_by, org_name_en, org_type,
                          created_at, updated_at)
VALUES ('$ref', 'received', 'fax', '$now', $by, 'Organization $ref', '$type', '$now', '$now');
INSERT INTO events (at, user_id, action, subject_type, subject_id, details)
VALUES ('$now', $by, 'application.received', 'application', (SELECT id FROM applications WHERE reference = '$ref'),
        '{\"reference\":\"$ref\",\"channel\":\"fax\"}');"
}

echo "# scratch database $db, login prefix $prefix"
# The database is owned by a role that has CREATEROLE and is no superuser, as in production. The
# same script also runs as a superuser (as the application's own tests run it), in a second database.
pw[owner]="pw-owner-$RANDOM$RANDOM"
psql -X -q -v ON_ERROR_STOP=1 -c "CREATE ROLE \"${prefix}owner\" LOGIN CREATEROLE PASSWORD '${pw[owner]}'" >/dev/null
createdb -E UTF8 --locale=C.UTF-8 -T template0 -O "${prefix}owner" "$db"
createdb -E UTF8 --locale=C.UTF-8 -T template0 "${db}_su"
psql -X -q -v ON_ERROR_STOP=1 --single-transaction -d "${db}_su" -f "$schema" >"$work/su.log" 2>&1 &
su_load=$!

# ---------------------------------------------------------------------------------------------
# The schema, and the same reference data as SQLite
# ---------------------------------------------------------------------------------------------
start=$(date +%s%N)
if out=$(psql_as owner -v ON_ERROR_STOP=1 --single-transaction -f "$schema" 2>&1); then
    ok "0010_schema.sql runs in one transaction on an empty database, as its owner with CREATEROLE ($((($(date +%s%N) - start) / 1000000)) ms)"
else
    not_ok "0010_schema.sql runs in one transaction on an empty database, as its owner with CREATEROLE" "$out"
    exit 1
fi
for later in "$migrations"/postgresql/*.sql; do
    [ "$later" -ef "$schema" ] && continue
    name=$(basename "$later")
    if out=$(psql_as owner -v ON_ERROR_STOP=1 --single-transaction -f "$later" 2>&1); then
        ok "$name runs after it, as the owner"
    else
        not_ok "$name runs after it, as the owner" "$out"
        exit 1
    fi
done
open_session owner
if wait "$su_load"; then
    ok "0010_schema.sql runs as a superuser too (in a second database, at the same time)"
else
    not_ok "0010_schema.sql runs as a superuser too (in a second database, at the same time)" "$(cat "$work/su.log")"
fi
dropdb --force "${db}_su" >/dev/null 2>&1 || true

if command -v sqlite3 >/dev/null; then
    lite="$work/lite.sqlite"
    # The server's baseline is version 10: compare with SQLite at the same version.
    { echo 'BEGIN;'; cat "$migrations"/0*.sql; echo 'COMMIT;'; } | sqlite3 "$lite"
    for t in "organization_types ORDER BY code" "case_prefixes ORDER BY prefix" "reason_codes ORDER BY code" \
             "public_holidays ORDER BY day" "eligibility_policies ORDER BY code" \
             "eligibility_rules ORDER BY policy_code, org_type" "checklist_templates ORDER BY org_type, item_code" \
             "allowed_transitions ORDER BY from_status, to_status" "letter_templates ORDER BY kind, lang" \
             "reference_data_versions ORDER BY name" "settings ORDER BY key" "users ORDER BY id" \
             "events ORDER BY id" "audit_head" "reference_counters ORDER BY year"; do
        name=${t%% *}
        a=$(sqlite3 -separator '|' "$lite" "SELECT * FROM $t" | md5sum)
        cols=$(sqlite3 "$lite" "SELECT group_concat(name, ', ') FROM pragma_table_info('$name')")
        b=$(q owner "SELECT $cols FROM $t" | md5sum)
        same "reference data as SQLite has it after every migration: $name" "$a" "$b"
    done
else
    echo "# sqlite3 is not installed: reference data not compared with SQLite's"
fi

# date(t, '+8 hours') as SQLite 3.40 computes it, for application_eligibility.
same "orgdesk_hk_date reads times as SQLite's date(t, '+8 hours')" \
    "2026-01-02|2026-01-01|2026-01-01|2026-03-02|2026-01-02|NULL|NULL|2026-01-02|2026-01-01|2000-01-02|NULL" \
    "$(q owner "SELECT string_agg(coalesce(orgdesk_hk_date(t), 'NULL'), '|' ORDER BY n) FROM (VALUES
        (1, '2026-01-01T16:00:00Z'), (2, '2026-01-01T15:59:59Z'), (3, '2026-01-01'), (4, '2026-02-30'),
        (5, '2026-01-01T24:00:00Z'), (6, '2026-13-01'), (7, '2026-01-01T16:00:60Z'),
        (8, '2026-01-01T16:00:00 Z '), (9, '2026-01-01T10:00:00+02:00'), (10, '16:00'),
        (11, 'yesterday')) v (n, t)")"

same "the event hash is SHA-256 of EventLog::canonical (as sha256sum)" \
    "$(printf '1\x1f2026-01-01T00:00:00Z\x1f\x1fa.b\x1fx\x1f\x1f{}\x1f%s' "$genesis" | sha256sum | cut -d' ' -f1)" \
    "$(q owner "SELECT orgdesk_event_hash(1, '2026-01-01T00:00:00Z', NULL, 'a.b', 'x', NULL, '{}', repeat('0', 64))")"
same "canonical bytes: decimal ids, U+001F, UTF-8" \
    "$(printf '12\x1f2026-01-01T00:00:00Z\x1f3\x1fa.b\x1fapplication\x1f-4\x1f{"n":"律師行"}\x1fab' | od -An -tx1 | tr -d ' \n')" \
    "$(q owner "SELECT encode(orgdesk_event_canonical(12, '2026-01-01T00:00:00Z', 3, 'a.b', 'application', -4,
                                                     '{\"n\":\"律師行\"}', 'ab'), 'hex')")"

# ---------------------------------------------------------------------------------------------
# Staff: the first administrator by the owner (the system), the others by that administrator
# ---------------------------------------------------------------------------------------------
for who in admin.one clerk1 clerk2 sup1; do
    pw[$who]="pw-$who-$RANDOM$RANDOM"
done
accept owner "the owner sets a role prefix of its own for this database's logins" \
    "UPDATE server_config SET role_prefix = '$prefix';"
accept owner "the owner (the system) adds the first administrator and makes the login" \
    "\set pw '${pw[admin.one]}'
     INSERT INTO users (username, display_name, role, created_at) VALUES ('Admin.One', 'Admin One', 'admin', '$now');
     INSERT INTO events (at, user_id, action, subject_type, subject_id, details)
         SELECT '$now', id, 'user.created', 'user', id, '{\"role\":\"admin\",\"username\":\"Admin.One\"}' FROM users;
     SELECT orgdesk_create_login('Admin.One', 'admin', :'pw');"
id[admin.one]=$(q owner "SELECT id FROM users WHERE username = 'Admin.One'")
open_session admin.one
same "the login is role_prefix || lower(username), in orgdesk_admin" "${prefix}admin.one|t" \
    "$(q owner "SELECT login_role, pg_has_role(login_role, 'orgdesk_admin', 'MEMBER') FROM users WHERE id = ${id[admin.one]}")"

for spec in clerk1:clerk clerk2:clerk sup1:supervisor; do
    name=${spec%%:*}
    role=${spec#*:}
    accept admin.one "the administrator adds $name ($role): the row, its event, the login" \
        "\set pw '${pw[$name]}'
         INSERT INTO users (username, display_name, role, created_at) VALUES ('$name', '$name', '$role', '$now');
         INSERT INTO events (at, user_id, action, subject_type, subject_id, details)
             SELECT '$now', ${id[admin.one]}, 'user.created', 'user', id, '{\"role\":\"$role\",\"username\":\"$name\"}'
             FROM users WHERE username = '$name';
         SELECT orgdesk_create_login('$name', '$role', :'pw');"
    id[$name]=$(q owner "SELECT id FROM users WHERE username = '$name'")
    open_session "$name"
done
same "each login is in exactly its role's group" \
    "${prefix}admin.one:orgdesk_admin ${prefix}clerk1:orgdesk_clerk ${prefix}clerk2:orgdesk_clerk ${prefix}sup1:orgdesk_supervisor" \
    "$(q owner "SELECT string_agg(l.rolname || ':' || g.rolname, ' ' ORDER BY l.rolname) FROM pg_auth_members m
                JOIN pg_roles l ON l.oid = m.member JOIN pg_roles g ON g.oid = m.roleid
                WHERE starts_with(l.rolname, '$prefix')")"
same "orgdesk_session_staff() is the login's account" "${id[clerk1]}" "$(q clerk1 "SELECT orgdesk_session_staff()")"
same "orgdesk_session_staff() is NULL for the owner" "" "$(q owner "SELECT orgdesk_session_staff()")"

# ---------------------------------------------------------------------------------------------
# The ordinary path: a clerk registers and recommends, a supervisor approves
# ---------------------------------------------------------------------------------------------
c1=${id[clerk1]}; c2=${id[clerk2]}; s1=${id[sup1]}; a1=${id[admin.one]}
A="OA-$hkyear-000001"; B="OA-$hkyear-000002"; C="OA-$hkyear-000003"; D="OA-$hkyear-000004"

accept clerk1 "a clerk receives a case in their own name" "$(receive "$A" "$c1" hkba)"
accept clerk1 "a clerk registers it and takes it into review" \
    "$(move "$A" received registered "$c1")$(move "$A" registered under_review "$c1")"
accept clerk1 "a clerk saves the form (an author's event)" \
    "UPDATE applications SET org_name_zh = '測試大律師事務所', pa_name_en = 'Chan Tai Man', pa_id_type = 'hkid',
                             pa_id_number = 'A1234563', updated_at = '$now'
         WHERE reference = '$A';
     INSERT INTO events (at, user_id, action, subject_type, subject_id, details)
         VALUES ('$now', $c1, 'application.form_saved', 'application',
                 (SELECT id FROM applications WHERE reference = '$A'), '{}');"
accept clerk1 "a clerk attaches a document in their own name" \
    "INSERT INTO attachments (application_id, original_name, mime_type, size, sha256, page_count, content, added_at, added_by)
         SELECT id, 'form.pdf', 'application/pdf', 5, encode(sha256('\x255044462d'::bytea), 'hex'), 1,
                '\x255044462d'::bytea, '$now', $c1 FROM applications WHERE reference = '$A';
     INSERT INTO attachment_pages (attachment_id, page_no) SELECT max(id), 1 FROM attachments;
     INSERT INTO attachment_search (rowid, body) SELECT max(id), 'Application form 申請表格' FROM attachments;"
accept clerk1 "a clerk turns a page (upsert), ticks an item and autosaves a draft (upsert), in their own name" \
    "INSERT INTO attachment_pages (attachment_id, page_no, rotation) SELECT max(id), 1, 90 FROM attachments
         ON CONFLICT (attachment_id, page_no) DO UPDATE SET rotation = excluded.rotation;
     INSERT INTO application_checklist (application_id, item_code, position, label_en, label_zh, reason_code)
         SELECT (SELECT id FROM applications WHERE reference = '$A'), item_code, position, label_en, label_zh, reason_code
         FROM checklist_templates WHERE org_type = 'hkba' ON CONFLICT DO NOTHING;
     UPDATE application_checklist SET attachment_id = (SELECT max(id) FROM attachments), page_no = 1,
                                      ticked_by = $c1, ticked_at = '$now'
         WHERE item_code = 'authorisation_letter' AND application_id = (SELECT id FROM applications WHERE reference = '$A');
     INSERT INTO application_drafts (application_id, user_id, saved_at, content)
         SELECT id, $c1, '$now', '{}' FROM applications WHERE reference = '$A'
         ON CONFLICT (application_id, user_id) DO UPDATE SET saved_at = excluded.saved_at, content = excluded.content;
     INSERT INTO application_drafts (application_id, user_id, saved_at, content)
         SELECT id, $c1, '$now', '{\"n\":2}' FROM applications WHERE reference = '$A'
         ON CONFLICT (application_id, user_id) DO UPDATE SET saved_at = excluded.saved_at, content = excluded.content;
     DELETE FROM application_drafts WHERE user_id = $c1;"
same "the search index follows the form (trigger) and finds Chinese by trigram" \
    "1" "$(q clerk1 "SELECT count(*) FROM application_search WHERE body LIKE '%大律師%' AND body LIKE '%$A%'")"
same "application_eligibility: an HKBA case received now is eligible under facilitation_2023" \
    "facilitation_2023|eligible" \
    "$(q clerk1 "SELECT policy_code, outcome FROM application_eligibility e JOIN applications a ON a.id = e.application_id
                 WHERE a.reference = '$A'")"
accept clerk1 "a clerk recommends it (recommendation, eligibility recorded)" \
    "$(move "$A" under_review recommended "$c1" "'approve'" "'facilitation_2023'" "'eligible'")"
same "the case is recommended, by the move's trigger" "recommended" \
    "$(q clerk1 "SELECT status FROM applications WHERE reference = '$A'")"

# ---------------------------------------------------------------------------------------------
# REPLACE-style attacks and direct rewrites
# ---------------------------------------------------------------------------------------------
accept clerk1 "(a second case for the attacks, under review)" \
    "$(receive "$D" "$c1" company)$(move "$D" received registered "$c1")$(move "$D" registered under_review "$c1")"
refuse clerk1 "INSERT ... ON CONFLICT (id) DO UPDATE SET status = 'recommended' on applications" \
    "exists already; a case is never replaced" \
    "INSERT INTO applications (id, reference, status, channel, received_at, registered_by, created_at, updated_at)
         SELECT id, reference, 'received', 'fax', '$now', $c1, '$now', '$now' FROM applications WHERE reference = '$D'
     ON CONFLICT (id) DO UPDATE SET status = 'recommended';"
refuse clerk1 "INSERT ... ON CONFLICT (reference) DO UPDATE on applications (new id)" \
    "exists already; a case is never replaced" \
    "INSERT INTO applications (reference, channel, received_at, registered_by, created_at, updated_at)
         VALUES ('$D', 'fax', '$now', $c1, '$now', '$now')
     ON CONFLICT (reference) DO UPDATE SET status = 'approved', org_name_en = 'x';"
refuse clerk1 "INSERT ... ON CONFLICT (id) DO UPDATE on attachments" "exists already|permission denied" \
    "INSERT INTO attachments (id, application_id, original_name, mime_type, size, sha256, page_count, content, added_at, added_by)
         SELECT id, application_id, 'x', 'x', 1, repeat('0', 64), 0, '\x00'::bytea, '$now', $c1 FROM attachments
     ON CONFLICT (id) DO UPDATE SET content = excluded.content;"
refuse admin.one "INSERT ... ON CONFLICT DO UPDATE on users (an existing name, another case)" "exists already" \
    "INSERT INTO users (username, role, created_at) VALUES ('CLERK1', 'admin', '$now')
     ON CONFLICT ((lower(username))) DO UPDATE SET role = 'admin';"
refuse clerk1 "INSERT ... ON CONFLICT (id) DO UPDATE on application_transitions" "append-only|permission denied" \
    "INSERT INTO application_transitions (id, application_id, from_status, to_status, actor_id, at)
         SELECT id, application_id, from_status, to_status, actor_id, at FROM application_transitions
     ON CONFLICT (id) DO UPDATE SET to_status = 'approved';"
refuse owner "... and the triggers refuse the same upserts where the grants would allow them" \
    "exists already; a stored attachment is never replaced" \
    "INSERT INTO attachments (id, application_id, original_name, mime_type, size, sha256, page_count, content, added_at, added_by)
         SELECT id, application_id, 'x', 'x', 1, repeat('0', 64), 0, '\x00'::bytea, '$now', $c1 FROM attachments
     ON CONFLICT (id) DO UPDATE SET content = excluded.content;"
refuse owner "... on application_transitions too" "the record of status changes is append-only|does not start from" \
    "INSERT INTO application_transitions (id, application_id, from_status, to_status, actor_id, at)
         SELECT id, application_id, from_status, to_status, actor_id, at FROM application_transitions
     ON CONFLICT (id) DO UPDATE SET to_status = 'approved';"
refuse clerk1 "a new case naming nobody as its receiver" "names the active staff account that received it" \
    "INSERT INTO applications (reference, channel, received_at, created_at, updated_at)
         VALUES ('OA-$hkyear-000903', 'fax', '$now', '$now', '$now');"
refuse clerk1 "a new case inserted as approved" "starts as received" \
    "INSERT INTO applications (reference, status, channel, received_at, registered_by, created_at, updated_at)
         VALUES ('OA-$hkyear-000901', 'approved', 'fax', '$now', $c1, '$now', '$now');"
refuse clerk1 "UPDATE applications SET status without a recorded move" "record the move in application_transitions" \
    "UPDATE applications SET status = 'recommended' WHERE reference = '$D';"
refuse clerk1 "UPDATE applications SET status to a status the workflow does not reach" \
    "the workflow does not allow this move" "UPDATE applications SET status = 'approved' WHERE reference = '$D';"
refuse clerk1 "a move that does not start from the current status" "does not start from the application's current status" \
    "$(move "$D" recommended approved "$c1" NULL "'facilitation_2023'" "'case_by_case'")"
for t in applications events application_transitions attachments users audit_head; do
    refuse clerk1 "DELETE FROM $t" "permission denied" "DELETE FROM $t;"
done
refuse sup1 "a supervisor cannot DELETE FROM applications either" "permission denied" "DELETE FROM applications;"
refuse admin.one "an administrator cannot DELETE FROM events either" "permission denied" "DELETE FROM events;"
refuse clerk1 "UPDATE events SET ..." "permission denied" "UPDATE events SET details = '{}' WHERE id = 1;"
refuse clerk1 "TRUNCATE events" "permission denied" "TRUNCATE events;"
refuse clerk1 "UPDATE application_transitions SET ..." "permission denied" "UPDATE application_transitions SET note = 'x';"
refuse clerk1 "INSERT INTO staff_changes" "permission denied" \
    "INSERT INTO staff_changes (event_id, user_id, role, active) VALUES (1, $c1, 'admin', 1);"
refuse clerk1 "writing the search index of applications directly" "permission denied" \
    "DELETE FROM application_search;"
# The triggers stand behind the grants: even the owner is refused.
refuse owner "the owner cannot UPDATE events (trigger)" "events are append-only" "UPDATE events SET details = '{}';"
refuse owner "the owner cannot DELETE events (trigger)" "events are append-only" "DELETE FROM events;"
for t in events application_transitions attachments applications users audit_head; do
    refuse owner "the owner cannot TRUNCATE $t (trigger)" "append-only|kept|never deleted|fixed" "TRUNCATE $t CASCADE;"
done
refuse owner "the owner cannot delete an application (trigger)" "applications are kept" \
    "DELETE FROM applications WHERE reference = '$D';"
refuse owner "the owner cannot move the audit head back" "the audit head names the newest event" \
    "UPDATE audit_head SET last_id = 1, last_hash = (SELECT hash FROM events WHERE id = 1);"
refuse owner "the owner cannot change the workflow" "the workflow is fixed" \
    "UPDATE allowed_transitions SET roles = 'clerk' WHERE to_status = 'approved';"
accept owner "an explicit id moves the identity on (SQLite's max(rowid) + 1), the owner's values as given" \
    "INSERT INTO users (id, username, role, created_at) VALUES (1000, 'explicit.id', 'clerk', '$now');
     INSERT INTO users (username, role, created_at, password_hash) VALUES ('next.id', 'clerk', '$now', 'kept as given');"
same "the next account got id 1001" "1001" "$(q owner "SELECT id FROM users WHERE username = 'next.id'")"
accept owner "a change of case-number prefixes raises their version counter" \
    "INSERT INTO case_prefixes (prefix, court_en) VALUES ('TEST', 'Test court'); DELETE FROM case_prefixes WHERE prefix = 'TEST';"
same "reference_data_versions counts row by row" "case_prefixes|2 eligibility|0" \
    "$(q clerk1 "SELECT string_agg(name || '|' || version, ' ' ORDER BY name) FROM reference_data_versions")"

# ---------------------------------------------------------------------------------------------
# Privileges and logins
# ---------------------------------------------------------------------------------------------
refuse clerk1 "a clerk cannot UPDATE users SET role = 'supervisor'" "permission denied" \
    "UPDATE users SET role = 'supervisor' WHERE id = $c1;"
refuse clerk1 "a clerk cannot read users.password_hash" "permission denied" "SELECT password_hash FROM users;"
refuse admin.one "nobody reads users.password_hash, administrators neither" "permission denied" \
    "SELECT username, password_hash FROM users;"
same "a clerk reads the staff list without password hashes" "$(q owner "SELECT count(*) FROM users")" \
    "$(q clerk1 "SELECT count(*) FROM (SELECT id, username, display_name, role, active FROM users) u")"
refuse clerk1 "a clerk cannot call orgdesk_create_login" "permission denied for function" \
    "SELECT orgdesk_create_login('mallory', 'admin', 'secret-secret');"
refuse clerk1 "a clerk cannot call orgdesk_set_login_role" "permission denied for function" \
    "SELECT orgdesk_set_login_role('clerk1', 'supervisor');"
refuse clerk1 "a clerk cannot set someone else's password" "only an administrator can manage the database logins" \
    "SELECT orgdesk_reset_login_password('clerk2', 'secret-secret');"
refuse clerk1 "a clerk cannot ALTER ROLE someone else" "permission denied|must have CREATEROLE" \
    "ALTER ROLE \"${prefix}clerk2\" PASSWORD 'owned-by-clerk1';"
refuse clerk1 "a clerk cannot grant themselves a group" "permission denied|must have admin option" \
    "GRANT orgdesk_admin TO \"${prefix}clerk1\";"
refuse clerk1 "SET ROLE orgdesk_admin as a clerk" "permission denied to set role" "SET ROLE orgdesk_admin;"
refuse clerk1 "SET SESSION AUTHORIZATION as a clerk" "permission denied to set session authorization" \
    "SET SESSION AUTHORIZATION \"${prefix}admin.one\";"
refuse clerk1 "a clerk cannot add staff accounts" "permission denied" \
    "INSERT INTO users (username, role, created_at) VALUES ('mallory', 'admin', '$now');"
refuse clerk1 "a clerk cannot change settings, holidays, letter templates or reference data" "permission denied" \
    "INSERT INTO settings (key, value) VALUES ('pii.reveal_roles', '[\"clerk\"]');"
refuse clerk1 "... nor the holiday calendar" "permission denied" "DELETE FROM public_holidays;"
refuse clerk1 "... nor case-number prefixes" "permission denied" "DELETE FROM case_prefixes;"
refuse clerk1 "a clerk cannot draw quality samples" "permission denied" \
    "INSERT INTO quality_samples (drawn_at, drawn_by, period_from, period_to, percent, seed, population)
         VALUES ('$now', $c1, '2026-01-01', '2026-12-31', 10, 42, 0);"
accept admin.one "an administrator's own work: settings (upsert), a holiday, a letter template in their name" \
    "INSERT INTO settings (key, value) VALUES ('drafts.keep_days', '7') ON CONFLICT (key) DO UPDATE SET value = excluded.value;
     INSERT INTO settings (key, value) VALUES ('drafts.keep_days', '5') ON CONFLICT (key) DO UPDATE SET value = excluded.value;
     INSERT INTO public_holidays (day, name_en) VALUES ('2028-01-01', 'The first day of January')
         ON CONFLICT (day) DO UPDATE SET name_en = excluded.name_en;
     UPDATE letter_templates SET subject = 'Acknowledgement', updated_at = '$now', updated_by = $a1
         WHERE kind = 'acknowledgement' AND lang = 'en';
     INSERT INTO events (at, action, subject_type, details) VALUES ('$now', 'setting.changed', 'setting', '{}');"
refuse admin.one "a letter template changed in someone else's name" "a change of a letter template may only be recorded" \
    "UPDATE letter_templates SET subject = 'x', updated_at = '$now', updated_by = $c1 WHERE kind = 'approval' AND lang = 'en';"
refuse admin.one "administrators do no case work" "permission denied" "$(receive "OA-$hkyear-000904" "$a1" hkba)"
refuse clerk1 "a clerk cannot create functions or tables" "permission denied" \
    "CREATE TABLE public.mine (x int);"
refuse admin.one "an administrator cannot write a login role into users" "permission denied" \
    "UPDATE users SET login_role = 'postgres' WHERE id = $c1;"
refuse admin.one "an administrator stores no password hash" "password hashes are not stored on the server" \
    "INSERT INTO users (username, role, password_hash, created_at) VALUES ('eve', 'clerk', '\$argon2id\$x', '$now');"
refuse owner "orgdesk_create_login never takes over an existing role" "exists already" \
    "INSERT INTO users (username, role, created_at) VALUES ('postgres', 'admin', '$now');
     UPDATE server_config SET role_prefix = '';
     SELECT orgdesk_create_login('postgres', 'admin', 'secret-secret');"
refuse admin.one "orgdesk_create_login: the role asked for is the account's role" "has the role clerk, not admin" \
    "INSERT INTO users (username, role, created_at) VALUES ('eve', 'clerk', '$now');
     SELECT orgdesk_create_login('eve', 'admin', 'secret-secret');"
accept owner "a desk copied to the server: a login with no password yet, a deactivated account's closed" \
    "INSERT INTO users (username, role, active, created_at) VALUES ('Copied.One', 'clerk', 1, '$now'),
                                                                   ('copied.two', 'supervisor', 0, '$now');
     SELECT orgdesk_create_login('Copied.One', 'clerk', NULL);
     SELECT orgdesk_create_login('copied.two', 'supervisor', NULL);
     SELECT orgdesk_set_login_active('copied.two', false);"
same "... copied.one can log in (once it has a password) as a clerk; copied.two cannot, and has no group" \
    "${prefix}copied.one|t|t|f|${prefix}copied.two|f|f|f" \
    "$(q owner "SELECT string_agg(concat_ws('|', r.rolname, r.rolcanlogin, pg_has_role(r.rolname, 'orgdesk_clerk', 'MEMBER'),
                                           pg_has_role(r.rolname, 'orgdesk_supervisor', 'MEMBER')), '|' ORDER BY r.rolname)
                FROM users u JOIN pg_roles r ON r.rolname = u.login_role WHERE u.username ILIKE 'copied.%'")"
refuse admin.one "orgdesk_set_login_role before the role was changed with its event" "first, with its event" \
    "SELECT orgdesk_set_login_role('clerk2', 'supervisor');"
refuse admin.one "an administrator cannot change a role without its event" \
    "changes only with its event, recorded just before it" \
    "UPDATE users SET role = 'supervisor' WHERE id = $c2;"
refuse clerk1 "a clerk can only touch their own sign-in state" "only an administrator can change another staff account" \
    "UPDATE users SET locked_until = '2099-01-01T00:00:00Z' WHERE id = $c2;"
accept clerk1 "a clerk resets their own sign-in state" "UPDATE users SET failed_attempts = 0, locked_until = NULL WHERE id = $c1;"

# ---------------------------------------------------------------------------------------------
# Actors: in one's own name only
# ---------------------------------------------------------------------------------------------
refuse clerk1 "a clerk records an event in another clerk's name" "an event may only be recorded in your own name" \
    "INSERT INTO events (at, user_id, action, subject_type, subject_id, details)
         VALUES ('$now', $c2, 'application.form_saved', 'application', 1, '{}');"
refuse clerk1 "a clerk records a move in another clerk's name" "a move may only be recorded in your own name" \
    "$(move "$D" under_review withdrawn "$c2" NULL NULL NULL 'withdrawn by letter')"
refuse clerk1 "a clerk receives a case in another clerk's name" "who received an application may only be recorded" \
    "$(receive "OA-$hkyear-000902" "$c2" hkba)"
refuse clerk1 "a clerk attaches a document in another clerk's name" "who added an attachment may only be recorded" \
    "INSERT INTO attachments (application_id, original_name, mime_type, size, sha256, page_count, content, added_at, added_by)
         SELECT id, 'x.pdf', 'application/pdf', 1, repeat('0', 64), 0, '\x00'::bytea, '$now', $c2
         FROM applications WHERE reference = '$D';"
refuse clerk1 "a clerk ticks a checklist item in another clerk's name" "who ticked a checklist item may only be recorded" \
    "INSERT INTO application_checklist (application_id, item_code, position, label_en, label_zh, ticked_by, ticked_at)
         SELECT id, 'br_certificate', 1, 'BR', 'BR', $c2, '$now' FROM applications WHERE reference = '$D';"
refuse clerk1 "a clerk saves a draft in another clerk's name" "a draft may only be recorded" \
    "INSERT INTO application_drafts (application_id, user_id, saved_at, content)
         SELECT id, $c2, '$now', '{}' FROM applications WHERE reference = '$D';"
refuse sup1 "a supervisor draws a quality sample in someone else's name" "a quality sample may only be recorded" \
    "INSERT INTO quality_samples (drawn_at, drawn_by, period_from, period_to, percent, seed, population)
         VALUES ('$now', $c1, '2026-01-01', '2026-12-31', 10, 42, 0);"
refuse clerk1 "an event dated ahead of the server's clock" "more than 5 minutes ahead of the server's clock" \
    "INSERT INTO events (at, action, subject_type, details) VALUES ('2099-01-01T00:00:00Z', 'x.y', '', '{}');"

before=$(q owner "SELECT max(id) FROM events")
accept clerk1 "a clerk's event with a forged id and hash is accepted (the server numbers and hashes it)" \
    "INSERT INTO events (id, at, user_id, action, subject_type, subject_id, details, prev_hash, hash)
         VALUES (999, '$now', NULL, 'forged.test', 'application', 1, '{\"n\":1}', 'abc', repeat('f', 64));"
same "the forged event got the next id, the chain's prev_hash, the server's hash, and the session's user" \
    "$((before + 1))|t|t|t|$c1" \
    "$(q owner "SELECT e.id, e.prev_hash = (SELECT hash FROM events WHERE id = e.id - 1), e.hash <> repeat('f', 64),
                       e.hash = $(hash_of e.), e.user_id
                FROM events e WHERE e.action = 'forged.test'")"
same "INSERT ... RETURNING gives the client the server's id, prev_hash and hash" "t" \
    "$(q clerk2 "INSERT INTO events (at, user_id, action, subject_type, subject_id, details)
                     VALUES ('$now', $c2, 'returning.test', '', NULL, '{}') RETURNING id, prev_hash, hash" \
       | { IFS='|' read -r rid rprev rhash
           # (the scheme-2 encoder is the owner's to call: migration 12 granted the groups no EXECUTE on it)
           q owner "SELECT $(hash_of e.) = '$rhash' AND e.prev_hash = '$rprev' FROM events e WHERE e.id = $rid"; })"
accept clerk1 "two events in one statement chain one after the other" \
    "INSERT INTO events (at, action, subject_type, details) VALUES ('$now', 'multi.one', '', '{}'), ('$now', 'multi.two', '', '{}');"

# ---------------------------------------------------------------------------------------------
# Decisions: roles, four-eyes, eligibility, the frozen form
# ---------------------------------------------------------------------------------------------
refuse clerk1 "a clerk approves" "this staff role may not make this move" \
    "$(move "$A" recommended approved "$c1" NULL "'facilitation_2023'" "'eligible'")"
refuse clerk1 "the form is frozen once recommended" "the form is frozen once the application is recommended" \
    "UPDATE applications SET org_name_en = 'Someone Else' WHERE reference = '$A';"
refuse clerk1 "case numbers are frozen once recommended" "the form is frozen" \
    "INSERT INTO application_case_numbers (application_id, position, case_number)
         SELECT id, 1, 'HCA 1/2026' FROM applications WHERE reference = '$A';"
refuse sup1 "a decision must record the eligibility the view computes" "must record the eligibility of the case" \
    "$(move "$A" recommended approved "$s1" NULL "'original'" "'eligible'")"

accept sup1 "(a supervisor receives and recommends a case themselves)" \
    "$(receive "$B" "$s1" hkba)$(move "$B" received registered "$s1")$(move "$B" registered under_review "$s1")$(move "$B" under_review recommended "$s1" "'approve'" "'facilitation_2023'" "'eligible'")"
refuse sup1 "four-eyes: a supervisor approves a case they registered and recommended" "four-eyes" \
    "$(move "$B" recommended approved "$s1" NULL "'facilitation_2023'" "'eligible'")"

accept clerk1 "(a clerk's case the supervisor edits before it is recommended)" \
    "$(receive "$C" "$c1" hkba)$(move "$C" received registered "$c1")$(move "$C" registered under_review "$c1")"
accept sup1 "(the supervisor saves its form)" \
    "UPDATE applications SET remarks = 'checked by phone', updated_at = '$now' WHERE reference = '$C';
     INSERT INTO events (at, user_id, action, subject_type, subject_id, details)
         SELECT '$now', $s1, 'application.form_saved', 'application', id, '{}' FROM applications WHERE reference = '$C';"
accept clerk1 "(the clerk recommends it)" \
    "$(move "$C" under_review recommended "$c1" "'approve'" "'facilitation_2023'" "'eligible'")"
refuse sup1 "four-eyes: a supervisor approves a case whose form they edited (events trail)" \
    "must not have registered, recommended or edited" \
    "$(move "$C" recommended approved "$s1" NULL "'facilitation_2023'" "'eligible'")"

same "application_eligibility: a company with no case number is case by case" "facilitation_2023|case_by_case" \
    "$(q clerk1 "SELECT policy_code, outcome FROM application_eligibility e JOIN applications a ON a.id = e.application_id
                 WHERE a.reference = '$D'")"
refuse clerk1 "a recommendation of an ineligible case" "not eligible under the policy of its date received" \
    "$(move "$D" under_review recommended "$c1" "'approve'" "'facilitation_2023'" "'case_by_case'")"
refuse clerk1 "a recommendation claiming an eligibility the case does not have" "must record the eligibility" \
    "$(move "$D" under_review recommended "$c1" "'approve'" "'facilitation_2023'" "'eligible'")"
refuse clerk1 "a referral without written reasons" "written reasons are required" \
    "$(move "$D" under_review case_by_case "$c1" NULL "'facilitation_2023'" "'case_by_case'")"
refuse clerk1 "a requisition without a reason code" "at least one reason code of the right kind" \
    "$(move "$D" under_review awaiting_applicant "$c1")"
refuse clerk1 "a requisition with a rejection code" "at least one reason code of the right kind" \
    "$(move "$D" under_review awaiting_applicant "$c1" NULL NULL NULL '' '["REJ-ELIG"]')"
accept clerk1 "a requisition: the move and its requisition" \
    "$(move "$D" under_review awaiting_applicant "$c1" NULL NULL NULL '' '["REQ-CASE"]')
     INSERT INTO requisitions (application_id, transition_id, reason_codes, missing_items, raised_by, raised_at)
         SELECT application_id, max(id), '[\"REQ-CASE\"]', '[]', $c1, '$now' FROM application_transitions
         WHERE application_id = (SELECT id FROM applications WHERE reference = '$D') GROUP BY application_id;"
refuse clerk1 "what a requisition asked for cannot change" "what a requisition asked for cannot be changed" \
    "UPDATE requisitions SET note = 'changed';"
accept clerk1 "the case comes back to review and goes case by case, with reasons" \
    "$(move "$D" awaiting_applicant under_review "$c1")
     UPDATE requisitions SET closed_at = '$now', closed_by = $c1, outcome = 'no_reply',
                             close_transition_id = (SELECT max(id) FROM application_transitions) WHERE closed_at IS NULL;
     $(move "$D" under_review case_by_case "$c1" NULL "'facilitation_2023'" "'case_by_case'" 'no case number: the supervisor decides')"

accept sup1 "a different supervisor approves the clerk's recommendation" \
    "$(move "$A" recommended approved "$s1" NULL "'facilitation_2023'" "'eligible'")"
same "the case is approved" "approved" "$(q clerk1 "SELECT status FROM applications WHERE reference = '$A'")"
accept sup1 "a supervisor samples the decision and reviews it once" \
    "INSERT INTO quality_samples (drawn_at, drawn_by, period_from, period_to, percent, seed, population)
         VALUES ('$now', $s1, '2026-01-01', '2026-12-31', 100, 42, 1);
     INSERT INTO quality_sample_items (sample_id, position, application_id, decision_transition_id)
         SELECT (SELECT max(id) FROM quality_samples), 1, application_id, max(id) FROM application_transitions
         WHERE to_status = 'approved' GROUP BY application_id;
     UPDATE quality_sample_items SET verdict = 'agree', reviewed_by = $s1, reviewed_at = '$now';"
refuse sup1 "a sampled case is reviewed once" "reviewed once" \
    "UPDATE quality_sample_items SET verdict = 'disagree', note = 'no', reviewed_at = '$now';"
accept clerk1 "the account is created and the case closed" \
    "$(move "$A" approved account_created "$c1")$(move "$A" account_created closed "$c1")"
refuse clerk1 "a closed case's identity number cannot be rewritten" "the form is frozen" \
    "UPDATE applications SET pa_id_number = 'B7654321' WHERE reference = '$A';"
refuse admin.one "administrators change nothing else of a case" "permission denied" \
    "UPDATE applications SET org_name_en = 'x' WHERE reference = '$A';"
accept admin.one "the retention purge of a closed case's identity number (the one change of a frozen form)" \
    "UPDATE applications SET pa_id_number = '', updated_at = '$now' WHERE reference = '$A' AND status = 'closed';
     DELETE FROM application_drafts WHERE application_id = (SELECT id FROM applications WHERE reference = '$A');
     INSERT INTO events (at, action, subject_type, subject_id, details)
         SELECT '$now', 'application.id_number_purged', 'application', id, '{}' FROM applications WHERE reference = '$A';"

# ---------------------------------------------------------------------------------------------
# Attachments: bytes never change, except the one-time purge
# ---------------------------------------------------------------------------------------------
att=$(q owner "SELECT min(id) FROM attachments")
refuse clerk1 "a clerk changes attachment bytes" "permission denied" \
    "UPDATE attachments SET content = '\x00'::bytea WHERE id = $att;"
refuse admin.one "an administrator changes attachment bytes" "a stored attachment cannot be changed" \
    "UPDATE attachments SET content = '\x00'::bytea WHERE id = $att;"
refuse admin.one "an administrator re-attaches a document to another case" "permission denied|cannot be changed" \
    "UPDATE attachments SET application_id = application_id + 1 WHERE id = $att;"
refuse admin.one "a purge in someone else's name" "who purged an attachment may only be recorded" \
    "UPDATE attachments SET content = ''::bytea, purged_at = '$now', purged_by = $c1 WHERE id = $att;"
accept admin.one "the retention purge empties the bytes once, keeping the record" \
    "UPDATE attachments SET content = ''::bytea, purged_at = '$now', purged_by = $a1 WHERE id = $att;
     INSERT INTO events (at, action, subject_type, subject_id, details)
         VALUES ('$now', 'attachment.purged', 'attachment', $att, '{}');"
same "the purged attachment keeps its record and leaves the search index" "0|64|0" \
    "$(q owner "SELECT octet_length(content), length(sha256), (SELECT count(*) FROM attachment_search WHERE rowid = $att)
                FROM attachments WHERE id = $att")"
refuse admin.one "a purged attachment stays purged" "a purged attachment stays purged" \
    "UPDATE attachments SET purged_at = '$now', purged_by = $a1 WHERE id = $att;"

# ---------------------------------------------------------------------------------------------
# Staff changes: after their event, once; logins follow; a deactivated login cannot connect
# ---------------------------------------------------------------------------------------------
accept admin.one "a role change right after its event, then the login's group" \
    "INSERT INTO events (at, action, subject_type, subject_id, details)
         VALUES ('$now', 'user.role_changed', 'user', $c2, '{\"role\":\"supervisor\"}');
     UPDATE users SET role = 'supervisor' WHERE id = $c2;
     SELECT orgdesk_set_login_role('clerk2', 'supervisor');"
same "the login moved from orgdesk_clerk to orgdesk_supervisor; staff_changes names the event" "f|t|t" \
    "$(q owner "SELECT pg_has_role('${prefix}clerk2', 'orgdesk_clerk', 'MEMBER'),
                       pg_has_role('${prefix}clerk2', 'orgdesk_supervisor', 'MEMBER'),
                       EXISTS (SELECT 1 FROM staff_changes s JOIN events e ON e.id = s.event_id
                               WHERE s.user_id = $c2 AND e.action = 'user.role_changed')")"
refuse admin.one "a change needs an event saying that change" "changes only with its event, recorded just before it" \
    "UPDATE users SET role = 'clerk' WHERE id = $c2;"
refuse owner "one event authorises one change (staff_changes)" "this event has already been used" \
    "INSERT INTO events (at, action, subject_type, subject_id, details)
         VALUES ('$now', 'user.role_changed', 'user', $c2, '{\"role\":\"clerk\"}');
     INSERT INTO staff_changes (event_id, user_id, role, active) SELECT max(id), $c2, 'clerk', 1 FROM events;
     UPDATE users SET role = 'clerk' WHERE id = $c2;"
accept admin.one "deactivation: the event, then the account" \
    "INSERT INTO events (at, action, subject_type, subject_id, details)
         VALUES ('$now', 'user.deactivated', 'user', $c2, '{\"username\":\"clerk2\"}');
     UPDATE users SET active = 0 WHERE id = $c2;"
refuse clerk2 "a deactivated account writes nothing, even while its login still works" \
    "this staff account has been deactivated" \
    "INSERT INTO events (at, action, subject_type, details) VALUES ('$now', 'x.y', '', '{}');"
refuse clerk2 "a deactivated account cannot touch its own sign-in state either" "this staff account has been deactivated" \
    "UPDATE users SET failed_attempts = 0 WHERE id = $c2;"
accept admin.one "the administrator closes the login" "SELECT orgdesk_set_login_active('clerk2', false);"
refuse clerk2 "the deactivated person's open session can no longer read either" "permission denied|does not exist" \
    "SELECT count(*) FROM applications;"
if out=$(psql_as clerk2 -c "SELECT 1" 2>&1); then
    not_ok "psql as the deactivated person cannot connect: connected" "$out"
elif grep -q "not permitted to log in" <<<"$out"; then
    ok "psql as the deactivated person cannot connect"
    echo "    ($(sed -E 's/^.*FATAL: +//' <<<"$out" | head -1))"
else
    not_ok "psql as the deactivated person cannot connect: another reason" "$out"
fi
new_pw="changed-$RANDOM$RANDOM"
accept clerk1 "a person changes their own password with ALTER ROLE CURRENT_USER" \
    "ALTER ROLE CURRENT_USER PASSWORD '$new_pw';"
pw[clerk1]=$new_pw
same "and signs in with it" "${id[clerk1]}" "$(psql_as clerk1 -c "SELECT orgdesk_session_staff()" 2>&1)"
new_pw="reset-$RANDOM$RANDOM"
accept admin.one "an administrator resets a password (orgdesk_reset_login_password)" \
    "SELECT orgdesk_reset_login_password('sup1', '$new_pw');"
pw[sup1]=$new_pw
same "and the person signs in with it" "${id[sup1]}" "$(psql_as sup1 -c "SELECT orgdesk_session_staff()" 2>&1)"
new_pw="own-$RANDOM$RANDOM"
accept sup1 "a person sets their own password with orgdesk_reset_login_password too" \
    "SELECT orgdesk_reset_login_password('sup1', '$new_pw');"
pw[sup1]=$new_pw
same "and signs in with it" "${id[sup1]}" "$(psql_as sup1 -c "SELECT orgdesk_session_staff()" 2>&1)"

# ---------------------------------------------------------------------------------------------
# Two desks appending at once: one chain, no fork
# ---------------------------------------------------------------------------------------------
events_before=$(q owner "SELECT count(*) FROM events")
writers=()
for who in clerk1 sup1; do
    for i in $(seq 40); do
        echo "INSERT INTO events (at, action, subject_type, details) VALUES ('$now', 'concurrent.$who', '', '{\"i\":$i}');"
    done | psql_as "$who" -v ON_ERROR_STOP=1 >"$work/concurrent.$who" 2>&1 &
    writers+=($!)
done
if wait "${writers[@]}"; then
    same "two desks appending 40 events each at the same time: all 80 written" "$((events_before + 80))" \
        "$(q owner "SELECT count(*) FROM events")"
else
    not_ok "two desks appending 40 events each at the same time" "$(cat "$work"/concurrent.*)"
fi

# ---------------------------------------------------------------------------------------------
# The tables of later versions: presence, the audit checkpoints, what OCR read, the form zones
# ---------------------------------------------------------------------------------------------
accept clerk1 "(a clerk shows they are editing a case, in their own name)" \
    "INSERT INTO desk_presence (application_id, user_id, desk, since, heartbeat_at)
         SELECT id, $c1, 'desk-1', '$now', '$now' FROM applications WHERE reference = '$A';"
refuse clerk1 "a clerk shows someone else as editing a case" "may only be recorded in your own name" \
    "INSERT INTO desk_presence (application_id, user_id, desk, since, heartbeat_at)
         SELECT id, $s1, 'desk-2', '$now', '$now' FROM applications WHERE reference = '$A';"
refuse clerk1 "a clerk moves their presence into a supervisor's name" "may only be recorded in your own name" \
    "UPDATE desk_presence SET user_id = $s1 WHERE user_id = $c1;"
refuse clerk1 "a clerk writes an audit checkpoint" "permission denied for table audit_checkpoints" \
    "INSERT INTO audit_checkpoints (event_id, head_hash, event_count, taken_at, user_id, public_key, signature, body)
         SELECT max(id), repeat('0', 64), count(*), '$now', $c1, 'k', 's', '{}' FROM events;"
refuse sup1 "a supervisor writes a checkpoint in another supervisor's name" "may only be recorded in your own name" \
    "INSERT INTO audit_checkpoints (event_id, head_hash, event_count, taken_at, user_id, public_key, signature, body)
         SELECT max(id), repeat('0', 64), count(*), '$now', $a1, 'k', 's', '{}' FROM events;"
refuse sup1 "a supervisor registers a signing key for someone else" "may only be recorded in your own name" \
    "INSERT INTO audit_signing_keys (user_id, public_key, sealed_key, created_at, event_id)
         SELECT $c1, 'pk-$RANDOM', 'sealed', '$now', max(id) FROM events;"
accept sup1 "(a supervisor takes a checkpoint in their own name)" \
    "INSERT INTO audit_checkpoints (event_id, head_hash, event_count, taken_at, user_id, public_key, signature, body)
         SELECT max(id), (SELECT hash FROM events ORDER BY id DESC LIMIT 1), count(*), '$now', $s1, 'k', 's', '{}'
         FROM events;"
refuse sup1 "a supervisor rewrites a checkpoint" "permission denied for table audit_checkpoints" \
    "UPDATE audit_checkpoints SET head_hash = repeat('1', 64);"
refuse sup1 "a supervisor deletes a checkpoint" "permission denied for table audit_checkpoints" \
    "DELETE FROM audit_checkpoints;"
refuse owner "even the database owner cannot rewrite a checkpoint" "checkpoints are append-only" \
    "UPDATE audit_checkpoints SET head_hash = repeat('1', 64);"
refuse owner "even the database owner cannot delete a checkpoint" "checkpoints are append-only" \
    "DELETE FROM audit_checkpoints;"
refuse owner "even the database owner cannot change the store's identity" "the store's identity never changes" \
    "UPDATE audit_store SET store_id = 'another';"
refuse clerk1 "a clerk records a verification in a supervisor's name" "may only be recorded in your own name" \
    "INSERT INTO audit_verifications (through_id, through_hash, verified_at, kind, user_id)
         SELECT max(id), repeat('0', 64), '$now', 'full', $s1 FROM events;"
refuse clerk1 "a clerk removes the record of a verification" "permission denied for table audit_verifications" \
    "DELETE FROM audit_verifications;"
accept clerk1 "(a clerk records what OCR read on a page of their attachment)" \
    "INSERT INTO attachment_ocr (attachment_id, page_no, width, height, dpi, engine, text, words, read_at)
         SELECT max(id), 1, 1654, 2339, 200, 'tesseract', 'CHAN Tai Man', '[]', '$now' FROM attachments;"
refuse clerk1 "a clerk rewrites what OCR read" "permission denied for table attachment_ocr" \
    "UPDATE attachment_ocr SET text = 'LEE Siu Ming';"
refuse owner "even the database owner cannot rewrite what OCR read" "kept as it was read" \
    "UPDATE attachment_ocr SET text = 'LEE Siu Ming';"
refuse owner "even the database owner cannot delete what OCR read" "kept as it was read" \
    "DELETE FROM attachment_ocr;"
refuse clerk1 "a clerk moves a form's reading zones" "permission denied for table form_zones" \
    "UPDATE form_zones SET x0 = x0 + 0.1;"
refuse sup1 "a supervisor adds a form zone" "permission denied for table form_zones" \
    "INSERT INTO form_zones (form_version, page, field, method, anchor, anchor_x, anchor_y)
         VALUES ('boxed-2023', 1, 'email', 'anchor', 'E-mail', 0.1, 0.5);"

# ---------------------------------------------------------------------------------------------
# The chain, recomputed in SQL from the canonical bytes
# ---------------------------------------------------------------------------------------------
same "every event's hash is SHA-256 of its canonical bytes and follows the one before; the head is the newest" \
    "0|0|t" \
    "$(q owner "SELECT count(*) FILTER (WHERE NOT hash_ok), count(*) FILTER (WHERE NOT link_ok),
                        (SELECT last_id = (SELECT max(id) FROM events)
                                AND last_hash = (SELECT hash FROM events ORDER BY id DESC LIMIT 1) FROM audit_head)
                 FROM (SELECT hash = $(hash_of "") AS hash_ok,
                              prev_hash = coalesce(lag(hash) OVER w, repeat('0', 64)) AND id = row_number() OVER w
                                  AS link_ok
                       FROM events WINDOW w AS (ORDER BY id)) chain")"
same "events were written by the people named in them (the session's account, never another)" "0" \
    "$(q owner "SELECT count(*) FROM events WHERE action IN ('forged.test', 'multi.one', 'multi.two')
                AND user_id IS DISTINCT FROM $c1")"

drop_scratch
trap - EXIT
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
