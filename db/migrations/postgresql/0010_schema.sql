-- SPDX-License-Identifier: GPL-3.0-or-later
-- OrgDesk on PostgreSQL 15: the whole schema at version 10, in one script.
--
-- A PostgreSQL database of OrgDesk starts at version 10. This script creates, in an empty database
-- (UTF8, LC_CTYPE C.UTF-8 so that pg_trgm indexes Chinese), everything SQLite has after migrations
-- 0001..0010 (db/migrations/*.sql, which explain each rule), with the same table, column, view and
-- index names, so the same application SQL runs on both:
--   * times stay text 'YYYY-MM-DDTHH:MM:SSZ' (UTC), dates 'YYYY-MM-DD'; 0/1 flags stay integers;
--     ids are bigint, `INTEGER PRIMARY KEY` is an identity column that still takes explicit ids;
--   * the FTS5 tables are plain tables with a column named rowid and a trigram GIN index;
--   * every rule SQLite keeps with a trigger is kept here by a PL/pgSQL trigger that refuses with
--     the same words (SQLSTATE P0001). SQLite's trigger names are kept where one trigger maps to one.
-- On top of the SQLite rules, the server keeps what a desk could otherwise forge:
--   * the audit chain: events get their id, prev_hash and hash from the server (canonical bytes as
--     db/EventLog.cpp's EventLog::canonical), whatever the client sent;
--   * the actor: a session logged in as a staff member's own database role (users.login_role)
--     writes only in that person's name, and only while the account is active;
--   * least privilege: group roles orgdesk_clerk, orgdesk_supervisor and orgdesk_admin hold the
--     grants; staff login roles are made and changed only by the SECURITY DEFINER functions
--     orgdesk_create_login, orgdesk_set_login_active, orgdesk_set_login_role and
--     orgdesk_reset_login_password.
-- The session that runs this script (the database owner) and any other session that is not a staff
-- login role is "the system": its values are taken as given (the owner can drop triggers anyway).
--
-- Run by the database owner in one transaction (the runner writes BEGIN/COMMIT and the version).
-- tests/db/postgres/server_rules.sh checks the rules from the staff roles' side.

SET LOCAL search_path = public;
SET LOCAL client_min_messages = warning;

CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public;
CREATE EXTENSION IF NOT EXISTS pgcrypto WITH SCHEMA public;

-- Group roles are cluster-wide: many databases (test databases too) share them. Created if
-- missing; a concurrent creator in another database wins without failing this script.
DO $$
DECLARE
    g text;
BEGIN
    FOREACH g IN ARRAY ARRAY['orgdesk_clerk', 'orgdesk_supervisor', 'orgdesk_admin'] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = g) THEN
            BEGIN
                EXECUTE format('CREATE ROLE %I NOLOGIN', g);
            EXCEPTION WHEN duplicate_object OR unique_violation THEN
                NULL;
            END;
        END IF;
    END LOOP;
END
$$;

------------------------------------------------------------------------------------------------
-- Pure helpers (IMMUTABLE): JSON as SQLite's json1 reads it, and SQLite's date(t, '+8 hours').
------------------------------------------------------------------------------------------------

-- json_valid(t) AND json_type(t) = 'array', without raising on malformed text.
CREATE FUNCTION orgdesk_json_array_length(t text) RETURNS integer
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE SET search_path = public, pg_temp AS $$
DECLARE
    j jsonb;
BEGIN
    IF t IS NULL THEN
        RETURN NULL;
    END IF;
    BEGIN
        j := t::jsonb;
    EXCEPTION WHEN others THEN
        RETURN NULL;
    END;
    IF jsonb_typeof(j) <> 'array' THEN
        RETURN NULL;
    END IF;
    RETURN jsonb_array_length(j);
END
$$;

-- The values of json_each(t) for an array (as text); nothing for malformed text or a non-array.
CREATE FUNCTION orgdesk_json_array_texts(t text) RETURNS SETOF text
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE SET search_path = public, pg_temp AS $$
DECLARE
    j jsonb;
BEGIN
    BEGIN
        j := t::jsonb;
    EXCEPTION WHEN others THEN
        RETURN;
    END;
    IF jsonb_typeof(j) IS DISTINCT FROM 'array' THEN
        RETURN;
    END IF;
    RETURN QUERY SELECT jsonb_array_elements_text(j);
END
$$;

-- json_extract(t, '$.<key>') for a scalar member; NULL for malformed text.
CREATE FUNCTION orgdesk_json_text(t text, key text) RETURNS text
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE SET search_path = public, pg_temp AS $$
BEGIN
    RETURN t::jsonb ->> key;
EXCEPTION WHEN others THEN
    RETURN NULL;
END
$$;

-- SQLite's date(t, '+8 hours'): the Hong Kong date of a UTC time written as text, NULL when SQLite
-- would not read it. Follows SQLite 3.40's parser: 'YYYY-MM-DD', then optionally any run of spaces
-- or 'T', 'HH:MM' (hour 00-24), ':SS' (00-59) and '.fraction' (rounded to the millisecond), then
-- optional spaces and a zone ('Z'/'z' or '+HH:MM'/'-HH:MM' up to 14:59) and trailing spaces; a day
-- past the month's end runs on into the next month (2026-02-30 is 2026-03-02), as in SQLite.
-- A time alone ('HH:MM...') is on 2000-01-01; a number is a Julian day number. ('now' is not read:
-- it is not a date a case was received on.)
CREATE FUNCTION orgdesk_hk_date(t text) RETURNS text
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE SET search_path = public, pg_temp AS $$
DECLARE
    m text[];
    y int; mo int; d int; h int := 0; mi int := 0; s int := 0;
    frac numeric := 0;
    tz_minutes int := 0;
    ms bigint;
    base date;
    jd numeric;
BEGIN
    IF t IS NULL THEN
        RETURN NULL;
    END IF;
    m := regexp_match(t,
        '^([0-9]{4})-([0-9]{2})-([0-9]{2})'
        '(?:[ \t\n\v\f\rT]*([0-9]{2}):([0-9]{2})(?::([0-9]{2})(?:\.([0-9]+))?)?'
        '[ \t\n\v\f\r]*(?:([Zz])|([+-])([0-9]{2}):([0-9]{2}))?[ \t\n\v\f\r]*'
        '|[ \t\n\v\f\rT]*)$');
    IF m IS NULL THEN
        -- A time alone is on 2000-01-01.
        m := regexp_match(t,
            '^()()()([0-9]{2}):([0-9]{2})(?::([0-9]{2})(?:\.([0-9]+))?)?'
            '[ \t\n\v\f\r]*(?:([Zz])|([+-])([0-9]{2}):([0-9]{2}))?[ \t\n\v\f\r]*$');
        IF m IS NOT NULL THEN
            m[1] := '2000'; m[2] := '01'; m[3] := '01';
        END IF;
    END IF;
    IF m IS NULL THEN
        -- A Julian day number (SQLite reads any number so, from 0 up to 9999-12-31).
        IF t ~ '^[ \t\n\v\f\r]*[+-]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][+-]?[0-9]+)?[ \t\n\v\f\r]*$' THEN
            BEGIN
                jd := btrim(t, E' \t\n\v\f\r')::numeric;
            EXCEPTION WHEN others THEN
                RETURN NULL;
            END;
            IF jd < 0 OR jd >= 5373484.5 THEN
                RETURN NULL;
            END IF;
            ms := floor(jd * 86400000 + 0.5)::bigint - 210866760000000 + 8 * 3600000;  -- JD 2440587.5 = 1970-01-01
            base := date '1970-01-01' + floor(ms / 86400000.0)::int;
            -- (SQLite writes a year before 1 as '-YYYY'; it sorts before every date, as NULL does here.)
            RETURN CASE WHEN base >= date '0001-01-01' THEN to_char(base, 'YYYY-MM-DD') END;
        END IF;
        RETURN NULL;
    END IF;
    y := m[1]::int; mo := m[2]::int; d := m[3]::int;
    IF mo < 1 OR mo > 12 OR d < 1 OR d > 31 OR y < 1 THEN
        RETURN NULL;   -- (year 0000 is valid in SQLite but has no PostgreSQL date)
    END IF;
    IF m[4] IS NOT NULL THEN
        h := m[4]::int; mi := m[5]::int;
        IF h > 24 OR mi > 59 THEN
            RETURN NULL;
        END IF;
        IF m[6] IS NOT NULL THEN
            s := m[6]::int;
            IF s > 59 THEN
                RETURN NULL;
            END IF;
            IF m[7] IS NOT NULL THEN
                frac := ('0.' || m[7])::numeric;
            END IF;
        END IF;
        IF m[9] IS NOT NULL THEN
            IF m[10]::int > 14 OR m[11]::int > 59 THEN
                RETURN NULL;
            END IF;
            tz_minutes := (CASE WHEN m[9] = '-' THEN -1 ELSE 1 END) * (m[10]::int * 60 + m[11]::int);
        END IF;
    END IF;
    base := make_date(y, mo, 1) + (d - 1);
    ms := h * 3600000::bigint + mi * 60000 + floor((s + frac) * 1000 + 0.5)::bigint
          - tz_minutes * 60000::bigint + 8 * 3600000;
    RETURN to_char(base + floor(ms / 86400000.0)::int, 'YYYY-MM-DD');
END
$$;

------------------------------------------------------------------------------------------------
-- Tables: the final shape after migrations 0001..0010 (columns in SQLite's order).
------------------------------------------------------------------------------------------------

-- username: SQLite's `UNIQUE COLLATE NOCASE` is the unique index users_username_nocase on
-- lower(username); look names up with lower(username) = lower(?). password_hash stays '' on
-- PostgreSQL (the server checks passwords; a staff session cannot store anything else), and
-- nobody but the owner reads it. login_role: the database role of the account (NULL: none),
-- written only by orgdesk_create_login.
CREATE TABLE users (
    id              bigint GENERATED BY DEFAULT AS IDENTITY (SEQUENCE NAME users_id_seq) PRIMARY KEY,
    username        text NOT NULL CHECK (length(btrim(username)) > 0),
    display_name    text NOT NULL DEFAULT '',
    role            text NOT NULL CHECK (role IN ('clerk', 'supervisor', 'admin')),
    password_hash   text NOT NULL DEFAULT '',
    active          integer NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    failed_attempts integer NOT NULL DEFAULT 0,
    locked_until    text,
    created_at      text NOT NULL,
    login_role      text UNIQUE
);
CREATE UNIQUE INDEX users_username_nocase ON users (lower(username));

CREATE TABLE organization_types (
    code       text PRIMARY KEY,
    name_en    text NOT NULL,
    name_zh    text NOT NULL,
    sort_order integer NOT NULL DEFAULT 0
);

-- prefix = upper(prefix) with SQLite's upper(), which changes a-z only.
CREATE TABLE case_prefixes (
    prefix   text PRIMARY KEY CHECK (prefix !~ '[a-z]'),
    court_en text NOT NULL,
    court_zh text NOT NULL DEFAULT ''
);

CREATE TABLE reason_codes (
    code    text PRIMARY KEY,
    kind    text NOT NULL CHECK (kind IN ('requisition', 'rejection', 'any')),
    text_en text NOT NULL,
    text_zh text NOT NULL,
    active  integer NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
);

CREATE TABLE public_holidays (
    day     text PRIMARY KEY CHECK (day ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'),
    name_en text NOT NULL,
    name_zh text NOT NULL DEFAULT ''
);

-- Last reference number handed out per year; only ever grows, so numbers are never reused.
CREATE TABLE reference_counters (
    year       integer PRIMARY KEY,
    last_value bigint NOT NULL CHECK (last_value >= 0)
);

CREATE TABLE settings (
    key   text PRIMARY KEY,
    value text NOT NULL
);

CREATE TABLE applications (
    id                     bigint GENERATED BY DEFAULT AS IDENTITY (SEQUENCE NAME applications_id_seq) PRIMARY KEY,
    reference              text NOT NULL UNIQUE CHECK (reference ~ '^OA-[0-9]{4}-[0-9]'),
    status                 text NOT NULL DEFAULT 'received' CHECK (status IN (
                               'received', 'registered', 'under_review', 'awaiting_applicant',
                               'recommended', 'case_by_case', 'approved', 'rejected',
                               'account_created', 'withdrawn', 'duplicate', 'closed')),
    channel                text NOT NULL CHECK (channel IN ('fax', 'post', 'hand', 'online')),
    received_at            text NOT NULL,
    registered_by          bigint REFERENCES users (id),
    sender_fax             text NOT NULL DEFAULT '',
    pages_received         integer,
    org_name_en            text NOT NULL DEFAULT '',
    org_name_zh            text NOT NULL DEFAULT '',
    org_type               text REFERENCES organization_types (code),
    br_number              text NOT NULL DEFAULT '',
    br_branch              text NOT NULL DEFAULT '',
    registered_address     text NOT NULL DEFAULT '',
    correspondence_address text NOT NULL DEFAULT '',
    pa_name_en             text NOT NULL DEFAULT '',
    pa_name_zh             text NOT NULL DEFAULT '',
    pa_id_type             text NOT NULL DEFAULT '' CHECK (pa_id_type IN ('', 'hkid', 'passport')),
    pa_id_number           text NOT NULL DEFAULT '',
    pa_position            text NOT NULL DEFAULT '',
    phone                  text NOT NULL DEFAULT '',
    fax                    text NOT NULL DEFAULT '',
    email                  text NOT NULL DEFAULT '',
    form_signed            integer CHECK (form_signed IN (0, 1)),
    form_date              text,
    remarks                text NOT NULL DEFAULT '',
    created_at             text NOT NULL,
    updated_at             text NOT NULL,
    lshk_confirmed_by      bigint REFERENCES users (id),
    lshk_confirmed_on      text,
    lshk_confirmed_how     text NOT NULL DEFAULT '',
    org_name_en_key        text NOT NULL DEFAULT '',
    org_name_zh_key        text NOT NULL DEFAULT ''
);
CREATE INDEX applications_received ON applications (received_at);
CREATE INDEX applications_status_received ON applications (status, received_at);
CREATE INDEX applications_channel_received ON applications (channel, received_at);
CREATE INDEX applications_org_name ON applications (org_name_en);
CREATE INDEX applications_br ON applications (br_number, br_branch);
CREATE INDEX applications_org_name_en_key ON applications (org_name_en_key) WHERE org_name_en_key <> '';
CREATE INDEX applications_org_name_zh_key ON applications (org_name_zh_key) WHERE org_name_zh_key <> '';
CREATE INDEX applications_email ON applications (lower(email)) WHERE email <> '';
CREATE INDEX applications_phone ON applications (phone) WHERE phone <> '';
CREATE INDEX applications_org_type_received ON applications (org_type, received_at);
CREATE INDEX applications_registered_by ON applications (registered_by, received_at);

CREATE TABLE application_case_numbers (
    application_id bigint NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
    position       integer NOT NULL,
    case_number    text NOT NULL,
    note           text NOT NULL DEFAULT '',
    PRIMARY KEY (application_id, position)
);
CREATE INDEX application_case_numbers_number ON application_case_numbers (case_number);

CREATE TABLE attachments (
    id             bigint GENERATED BY DEFAULT AS IDENTITY (SEQUENCE NAME attachments_id_seq) PRIMARY KEY,
    application_id bigint NOT NULL REFERENCES applications (id),
    original_name  text NOT NULL,
    mime_type      text NOT NULL,
    size           bigint NOT NULL CHECK (size >= 0),
    sha256         text NOT NULL CHECK (length(sha256) = 64),
    page_count     integer NOT NULL CHECK (page_count >= 0),
    content        bytea NOT NULL,
    added_at       text NOT NULL,
    added_by       bigint REFERENCES users (id),
    purged_at      text,
    purged_by      bigint REFERENCES users (id)
);
-- Scans, PDFs and faxes are compressed already: store them out of line without trying again.
ALTER TABLE attachments ALTER COLUMN content SET STORAGE EXTERNAL;
CREATE INDEX attachments_application ON attachments (application_id);
CREATE INDEX attachments_sha256 ON attachments (sha256);

CREATE TABLE attachment_pages (
    attachment_id bigint NOT NULL REFERENCES attachments (id) ON DELETE CASCADE,
    page_no       integer NOT NULL CHECK (page_no >= 1),
    rotation      integer NOT NULL DEFAULT 0 CHECK (rotation IN (0, 90, 180, 270)),
    PRIMARY KEY (attachment_id, page_no)
);

-- The audit trail. id, prev_hash and hash are set by the server (events_chain); a client sends
-- at (or leaves it to the server's clock), user_id, action, subject_type, subject_id, details.
CREATE TABLE events (
    id           bigint PRIMARY KEY,
    at           text NOT NULL DEFAULT to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
    user_id      bigint REFERENCES users (id),
    action       text NOT NULL,
    subject_type text NOT NULL DEFAULT '',
    subject_id   bigint,
    details      text NOT NULL DEFAULT '{}',
    prev_hash    text NOT NULL UNIQUE,   -- no fork: each event has one successor at most
    hash         text NOT NULL UNIQUE
);
CREATE INDEX events_subject ON events (subject_type, subject_id);
CREATE INDEX events_at ON events (at);

CREATE TABLE eligibility_policies (
    code          text PRIMARY KEY,
    name_en       text NOT NULL,
    name_zh       text NOT NULL,
    in_force_from text NOT NULL UNIQUE CHECK (in_force_from ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'),
    source        text NOT NULL DEFAULT ''
);

CREATE TABLE eligibility_rules (
    policy_code             text NOT NULL REFERENCES eligibility_policies (code) ON DELETE CASCADE,
    org_type                text NOT NULL REFERENCES organization_types (code),
    without_case            text NOT NULL CHECK (without_case IN ('eligible', 'needs_case_number', 'case_by_case')),
    needs_lshk_confirmation integer NOT NULL DEFAULT 0 CHECK (needs_lshk_confirmation IN (0, 1)),
    fallback_without_case   text NOT NULL DEFAULT 'case_by_case'
                                CHECK (fallback_without_case IN ('needs_case_number', 'case_by_case')),
    PRIMARY KEY (policy_code, org_type)
);

CREATE TABLE checklist_templates (
    org_type    text NOT NULL REFERENCES organization_types (code),
    item_code   text NOT NULL,
    position    integer NOT NULL,
    label_en    text NOT NULL,
    label_zh    text NOT NULL,
    reason_code text REFERENCES reason_codes (code),
    active      integer NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    PRIMARY KEY (org_type, item_code)
);

CREATE TABLE application_checklist (
    application_id bigint NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
    item_code      text NOT NULL,
    position       integer NOT NULL,
    label_en       text NOT NULL,
    label_zh       text NOT NULL,
    reason_code    text REFERENCES reason_codes (code),
    attachment_id  bigint REFERENCES attachments (id),
    page_no        integer CHECK (page_no >= 1),
    ticked_by      bigint REFERENCES users (id),
    ticked_at      text,
    PRIMARY KEY (application_id, item_code),
    CHECK ((attachment_id IS NULL) = (page_no IS NULL))
);
CREATE INDEX application_checklist_ticked ON application_checklist (item_code, attachment_id)
    WHERE attachment_id IS NOT NULL;

CREATE TABLE application_links (
    id             bigint GENERATED BY DEFAULT AS IDENTITY (SEQUENCE NAME application_links_id_seq) PRIMARY KEY,
    application_id bigint NOT NULL REFERENCES applications (id),
    linked_id      bigint NOT NULL REFERENCES applications (id),
    kind           text NOT NULL CHECK (kind IN ('resubmission_of', 'duplicate_of')),
    note           text NOT NULL DEFAULT '',
    created_by     bigint REFERENCES users (id),
    created_at     text NOT NULL,
    UNIQUE (application_id, linked_id),
    CHECK (application_id <> linked_id)
);
CREATE INDEX application_links_linked ON application_links (linked_id);

CREATE TABLE application_drafts (
    application_id bigint NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
    user_id        bigint NOT NULL,
    saved_at       text NOT NULL,
    content        text NOT NULL,
    PRIMARY KEY (application_id, user_id)
);

CREATE TABLE allowed_transitions (
    from_status   text NOT NULL,
    to_status     text NOT NULL,
    roles         text NOT NULL CHECK (length(btrim(roles)) > 0),
    reason_kind   text CHECK (reason_kind IN ('requisition', 'rejection')),
    note_required integer NOT NULL DEFAULT 0 CHECK (note_required IN (0, 1)),
    four_eyes     integer NOT NULL DEFAULT 0 CHECK (four_eyes IN (0, 1)),
    PRIMARY KEY (from_status, to_status)
);

CREATE TABLE application_transitions (
    id                  bigint GENERATED BY DEFAULT AS IDENTITY (SEQUENCE NAME application_transitions_id_seq) PRIMARY KEY,
    application_id      bigint NOT NULL REFERENCES applications (id),
    from_status         text NOT NULL,
    to_status           text NOT NULL,
    actor_id            bigint NOT NULL REFERENCES users (id),
    at                  text NOT NULL,
    reason_codes        text NOT NULL DEFAULT '[]' CHECK (orgdesk_json_array_length(reason_codes) IS NOT NULL),
    note                text NOT NULL DEFAULT '',
    recommendation      text CHECK (recommendation IN ('approve', 'reject')),
    eligibility_policy  text,
    eligibility_outcome text CHECK (eligibility_outcome IN (
                            'undetermined', 'eligible', 'eligible_with_case_number', 'needs_case_number', 'case_by_case')),
    CHECK (recommendation IS NULL OR to_status = 'recommended')
);
CREATE INDEX application_transitions_application ON application_transitions (application_id, id);
CREATE INDEX application_transitions_to_at ON application_transitions (to_status, at);
CREATE INDEX application_transitions_actor_application ON application_transitions (actor_id, application_id);

CREATE TABLE requisitions (
    id                  bigint GENERATED BY DEFAULT AS IDENTITY (SEQUENCE NAME requisitions_id_seq) PRIMARY KEY,
    application_id      bigint NOT NULL REFERENCES applications (id),
    transition_id       bigint NOT NULL UNIQUE REFERENCES application_transitions (id),
    reason_codes        text NOT NULL CHECK (coalesce(orgdesk_json_array_length(reason_codes), 0) > 0),
    missing_items       text NOT NULL DEFAULT '[]' CHECK (orgdesk_json_array_length(missing_items) IS NOT NULL),
    note                text NOT NULL DEFAULT '',
    raised_by           bigint NOT NULL REFERENCES users (id),
    raised_at           text NOT NULL,
    closed_at           text,
    closed_by           bigint REFERENCES users (id),
    outcome             text CHECK (outcome IN ('replied', 'no_reply', 'withdrawn')),
    reply_attachment_id bigint REFERENCES attachments (id),
    close_transition_id bigint REFERENCES application_transitions (id),
    CHECK ((closed_at IS NULL) = (outcome IS NULL)),
    CHECK (outcome IS DISTINCT FROM 'replied' OR reply_attachment_id IS NOT NULL)
);
CREATE INDEX requisitions_application ON requisitions (application_id, id);
CREATE INDEX requisitions_close_transition ON requisitions (close_transition_id);
CREATE INDEX requisitions_reply_attachment ON requisitions (reply_attachment_id);
CREATE UNIQUE INDEX requisitions_one_open ON requisitions (application_id) WHERE closed_at IS NULL;

CREATE TABLE letter_templates (
    kind       text NOT NULL CHECK (kind IN ('acknowledgement', 'requisition', 'approval', 'rejection')),
    lang       text NOT NULL CHECK (lang IN ('en', 'zh')),
    subject    text NOT NULL CHECK (length(btrim(subject)) > 0),
    body       text NOT NULL CHECK (length(btrim(body)) > 0),
    updated_at text NOT NULL,
    updated_by bigint REFERENCES users (id),
    PRIMARY KEY (kind, lang)
);

-- The newest event's id and hash, kept by events_head.
CREATE TABLE audit_head (
    singleton integer PRIMARY KEY CHECK (singleton = 1),
    last_id   bigint NOT NULL,
    last_hash text NOT NULL
);

-- Search: SQLite's FTS5 tables as plain tables (rowid = application id / attachment id) with
-- trigram indexes: body LIKE/ILIKE '%…%' and the pg_trgm operators use them.
CREATE TABLE application_search (
    rowid bigint PRIMARY KEY,
    body  text NOT NULL
);
CREATE INDEX application_search_body ON application_search USING gin (body gin_trgm_ops);

CREATE TABLE attachment_search (
    rowid bigint PRIMARY KEY,
    body  text NOT NULL
);
CREATE INDEX attachment_search_body ON attachment_search USING gin (body gin_trgm_ops);

CREATE TABLE quality_samples (
    id          bigint GENERATED BY DEFAULT AS IDENTITY (SEQUENCE NAME quality_samples_id_seq) PRIMARY KEY,
    drawn_at    text NOT NULL,
    drawn_by    bigint NOT NULL REFERENCES users (id),
    period_from text NOT NULL CHECK (period_from ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'),
    period_to   text NOT NULL CHECK (period_to ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'),
    percent     double precision NOT NULL CHECK (percent > 0 AND percent <= 100),
    seed        bigint NOT NULL,
    population  integer NOT NULL CHECK (population >= 0),
    CHECK (period_from COLLATE "C" <= period_to)
);

CREATE TABLE quality_sample_items (
    sample_id              bigint NOT NULL REFERENCES quality_samples (id),
    position               integer NOT NULL CHECK (position >= 1),
    application_id         bigint NOT NULL REFERENCES applications (id),
    decision_transition_id bigint NOT NULL REFERENCES application_transitions (id),
    verdict                text CHECK (verdict IN ('agree', 'disagree')),
    note                   text NOT NULL DEFAULT '',
    reviewed_by            bigint REFERENCES users (id),
    reviewed_at            text,
    PRIMARY KEY (sample_id, position),
    UNIQUE (sample_id, application_id),
    CHECK ((verdict IS NULL) = (reviewed_by IS NULL) AND (verdict IS NULL) = (reviewed_at IS NULL)),
    CHECK (verdict IS DISTINCT FROM 'disagree' OR length(btrim(note)) > 0)
);
CREATE INDEX quality_sample_items_application ON quality_sample_items (application_id);

-- Which event authorised which change of a staff account's role or active state (0010).
CREATE TABLE staff_changes (
    event_id bigint PRIMARY KEY REFERENCES events (id),
    user_id  bigint NOT NULL REFERENCES users (id),
    role     text NOT NULL,
    active   integer NOT NULL
);
CREATE INDEX staff_changes_user ON staff_changes (user_id);

CREATE TABLE reference_data_versions (
    name    text PRIMARY KEY,
    version bigint NOT NULL
);

-- PostgreSQL only: how staff login roles are named (role_prefix || lower(username)), so that
-- several OrgDesk databases (or test runs) can share one cluster. Lower-case letters, digits and
-- '_' only, so that a login name never needs quoting.
CREATE TABLE server_config (
    singleton   integer PRIMARY KEY CHECK (singleton = 1),
    role_prefix text NOT NULL DEFAULT '' CHECK (role_prefix ~ '^[a-z0-9_]{0,20}$')
);
INSERT INTO server_config (singleton, role_prefix) VALUES (1, '');

------------------------------------------------------------------------------------------------
-- Reference data, exactly as SQLite has it after migrations 1..10 (loaded before the triggers,
-- as in SQLite, so reference_data_versions starts at 0).
------------------------------------------------------------------------------------------------

INSERT INTO organization_types (code, name_en, name_zh, sort_order) VALUES
    ('law_firm', 'Law firm registered with the Law Society', '律師行', 1),
    ('hkba', 'Hong Kong Bar Association', '香港大律師公會', 2),
    ('lshk', 'The Law Society of Hong Kong', '香港律師會', 3),
    ('government', 'Government department', '政府部門', 4),
    ('law_enforcement', 'Law enforcement agency', '執法機構', 5),
    ('statutory_body', 'Statutory body', '法定機構', 6),
    ('company', 'Company party to proceedings', '屬訴訟一方的公司', 7),
    ('other_organization', 'Other organization party to proceedings', '屬訴訟一方的其他組織', 8);
INSERT INTO case_prefixes (prefix, court_en, court_zh) VALUES
    ('FACV', 'Court of Final Appeal', '終審法院'),
    ('FACC', 'Court of Final Appeal', '終審法院'),
    ('FAMV', 'Court of Final Appeal', '終審法院'),
    ('FAMC', 'Court of Final Appeal', '終審法院'),
    ('CACV', 'Court of Appeal', '上訴法庭'),
    ('CACC', 'Court of Appeal', '上訴法庭'),
    ('CAAR', 'Court of Appeal', '上訴法庭'),
    ('CAMP', 'Court of Appeal', '上訴法庭'),
    ('CAQL', 'Court of Appeal', '上訴法庭'),
    ('HCA', 'Court of First Instance', '原訟法庭'),
    ('HCAL', 'Court of First Instance', '原訟法庭'),
    ('HCMP', 'Court of First Instance', '原訟法庭'),
    ('HCPI', 'Court of First Instance', '原訟法庭'),
    ('HCCL', 'Court of First Instance', '原訟法庭'),
    ('HCCW', 'Court of First Instance', '原訟法庭'),
    ('HCB', 'Court of First Instance', '原訟法庭'),
    ('HCCT', 'Court of First Instance', '原訟法庭'),
    ('HCIP', 'Court of First Instance', '原訟法庭'),
    ('HCAJ', 'Court of First Instance', '原訟法庭'),
    ('HCMC', 'Court of First Instance', '原訟法庭'),
    ('HCAP', 'Court of First Instance', '原訟法庭'),
    ('HCCC', 'Court of First Instance', '原訟法庭'),
    ('HCMA', 'Court of First Instance', '原訟法庭'),
    ('HCLA', 'Court of First Instance', '原訟法庭'),
    ('HCSA', 'Court of First Instance', '原訟法庭'),
    ('DCCJ', 'District Court', '區域法院'),
    ('DCPI', 'District Court', '區域法院'),
    ('DCEO', 'District Court', '區域法院'),
    ('DCMP', 'District Court', '區域法院'),
    ('DCCC', 'District Court', '區域法院'),
    ('DCTC', 'District Court', '區域法院'),
    ('DCEC', 'District Court', '區域法院'),
    ('DCDT', 'District Court', '區域法院'),
    ('FCMC', 'Family Court', '家事法庭'),
    ('FCJA', 'Family Court', '家事法庭'),
    ('FCMP', 'Family Court', '家事法庭'),
    ('FCAD', 'Family Court', '家事法庭'),
    ('LDPD', 'Lands Tribunal', '土地審裁處'),
    ('LDBM', 'Lands Tribunal', '土地審裁處'),
    ('LDMR', 'Lands Tribunal', '土地審裁處'),
    ('LDCS', 'Lands Tribunal', '土地審裁處'),
    ('LDLA', 'Lands Tribunal', '土地審裁處'),
    ('LDRT', 'Lands Tribunal', '土地審裁處'),
    ('LBTC', 'Labour Tribunal', '勞資審裁處'),
    ('SCTC', 'Small Claims Tribunal', '小額錢債審裁處'),
    ('CTEA', 'Competition Tribunal', '競爭事務審裁處'),
    ('CTA', 'Competition Tribunal', '競爭事務審裁處'),
    ('OATD', 'Obscene Articles Tribunal', '淫褻物品審裁處'),
    ('CCDI', 'Coroner''s Court', '死因裁判法庭');
INSERT INTO reason_codes (code, kind, text_en, text_zh) VALUES
    ('REQ-BR', 'requisition', 'A copy of the Business Registration certificate is required.', '須提交商業登記證副本。'),
    ('REQ-AUTH', 'requisition', 'An authorisation letter appointing the Principal Administrator is required.', '須提交委任首席管理人的授權書。'),
    ('REQ-ID', 'requisition', 'A copy of the Principal Administrator''s identity document is required.', '須提交首席管理人身份證明文件副本。'),
    ('REQ-LSHK', 'requisition', 'Proof of registration with the Law Society of Hong Kong is required.', '須提交在香港律師會註冊的證明。'),
    ('REQ-CASE', 'requisition', 'A valid case number of an on-going or new e-proceeding is required.', '須提供進行中或新展開的電子程序的有效案件編號。'),
    ('REQ-SIGN', 'requisition', 'The application form must be signed and dated.', '申請表格須簽署並註明日期。'),
    ('REQ-FIELDS', 'requisition', 'Some required fields of the application form are incomplete.', '申請表格部分必須填寫的欄位尚未填妥。'),
    ('REJ-ELIG', 'rejection', 'The organization is not eligible for an Organization Account under the arrangement in force.', '根據現行安排，有關組織不符合開設機構帳戶的資格。'),
    ('REJ-PARTY', 'rejection', 'The organization is not a party to the proceedings named.', '有關組織並非所述訴訟的一方。'),
    ('REJ-VERIFY', 'rejection', 'The information provided could not be verified.', '所提供的資料未能核實。'),
    ('REJ-NOREPLY', 'rejection', 'No reply to the requisition was received within the time allowed.', '在限期內未有收到對補交文件要求的回覆。'),
    ('REJ-DUP', 'rejection', 'An Organization Account already exists or is being applied for by the organization.', '有關組織已有或正申請機構帳戶。');
-- Hong Kong general holidays as gazetted; check against the Government Gazette each year.
INSERT INTO public_holidays (day, name_en, name_zh) VALUES
    ('2025-01-01', 'The first day of January', '一月一日'),
    ('2025-01-29', 'Lunar New Year''s Day', '農曆年初一'),
    ('2025-01-30', 'The second day of Lunar New Year', '農曆年初二'),
    ('2025-01-31', 'The third day of Lunar New Year', '農曆年初三'),
    ('2025-04-04', 'Ching Ming Festival', '清明節'),
    ('2025-04-18', 'Good Friday', '耶穌受難節'),
    ('2025-04-19', 'The day following Good Friday', '耶穌受難節翌日'),
    ('2025-04-21', 'Easter Monday', '復活節星期一'),
    ('2025-05-01', 'Labour Day', '勞動節'),
    ('2025-05-05', 'The Birthday of the Buddha', '佛誕'),
    ('2025-05-31', 'Tuen Ng Festival', '端午節'),
    ('2025-07-01', 'HKSAR Establishment Day', '香港特別行政區成立紀念日'),
    ('2025-10-01', 'National Day', '國慶日'),
    ('2025-10-07', 'The day following the Chinese Mid-Autumn Festival', '中秋節翌日'),
    ('2025-10-29', 'Chung Yeung Festival', '重陽節'),
    ('2025-12-25', 'Christmas Day', '聖誕節'),
    ('2025-12-26', 'The first weekday after Christmas Day', '聖誕節後第一個周日'),
    ('2026-01-01', 'The first day of January', '一月一日'),
    ('2026-02-17', 'Lunar New Year''s Day', '農曆年初一'),
    ('2026-02-18', 'The second day of Lunar New Year', '農曆年初二'),
    ('2026-02-19', 'The third day of Lunar New Year', '農曆年初三'),
    ('2026-04-03', 'Good Friday', '耶穌受難節'),
    ('2026-04-04', 'The day following Good Friday', '耶穌受難節翌日'),
    ('2026-04-06', 'The day following Ching Ming Festival', '清明節翌日'),
    ('2026-04-07', 'The day following Easter Monday', '復活節星期一翌日'),
    ('2026-05-01', 'Labour Day', '勞動節'),
    ('2026-05-25', 'The day following the Birthday of the Buddha', '佛誕翌日'),
    ('2026-06-19', 'Tuen Ng Festival', '端午節'),
    ('2026-07-01', 'HKSAR Establishment Day', '香港特別行政區成立紀念日'),
    ('2026-09-26', 'The day following the Chinese Mid-Autumn Festival', '中秋節翌日'),
    ('2026-10-01', 'National Day', '國慶日'),
    ('2026-10-19', 'The day following Chung Yeung Festival', '重陽節翌日'),
    ('2026-12-25', 'Christmas Day', '聖誕節'),
    ('2026-12-26', 'The first weekday after Christmas Day', '聖誕節後第一個周日'),
    ('2027-01-01', 'The first day of January', '一月一日'),
    ('2027-02-06', 'Lunar New Year''s Day', '農曆年初一'),
    ('2027-02-08', 'The third day of Lunar New Year', '農曆年初三'),
    ('2027-02-09', 'The fourth day of Lunar New Year', '農曆年初四'),
    ('2027-03-26', 'Good Friday', '耶穌受難節'),
    ('2027-03-27', 'The day following Good Friday', '耶穌受難節翌日'),
    ('2027-03-29', 'Easter Monday', '復活節星期一'),
    ('2027-04-05', 'Ching Ming Festival', '清明節'),
    ('2027-05-01', 'Labour Day', '勞動節'),
    ('2027-05-13', 'The Birthday of the Buddha', '佛誕'),
    ('2027-06-09', 'Tuen Ng Festival', '端午節'),
    ('2027-07-01', 'HKSAR Establishment Day', '香港特別行政區成立紀念日'),
    ('2027-09-16', 'The day following the Chinese Mid-Autumn Festival', '中秋節翌日'),
    ('2027-10-01', 'National Day', '國慶日'),
    ('2027-10-08', 'Chung Yeung Festival', '重陽節'),
    ('2027-12-25', 'Christmas Day', '聖誕節'),
    ('2027-12-27', 'The first weekday after Christmas Day', '聖誕節後第一個周日');

INSERT INTO eligibility_policies (code, name_en, name_zh, in_force_from, source) VALUES
    ('original', 'Original arrangement', '原有安排', '2018-01-01',
     'Registration starts with the case number of an on-going or new e-proceeding; applicants with no case number are considered case by case.'),
    ('facilitation_2023', 'Further facilitation of 20 January 2023', '2023年1月20日進一步便利措施', '2023-01-20',
     'Judiciary Administration letter to the Law Society of Hong Kong, 20 January 2023 (JUD ITOO 6-25/1).');

INSERT INTO eligibility_rules (policy_code, org_type, without_case, needs_lshk_confirmation, fallback_without_case) VALUES
    ('original', 'law_firm', 'case_by_case', 0, 'case_by_case'),
    ('original', 'hkba', 'case_by_case', 0, 'case_by_case'),
    ('original', 'lshk', 'case_by_case', 0, 'case_by_case'),
    ('original', 'government', 'case_by_case', 0, 'case_by_case'),
    ('original', 'law_enforcement', 'case_by_case', 0, 'case_by_case'),
    ('original', 'statutory_body', 'case_by_case', 0, 'case_by_case'),
    ('original', 'company', 'needs_case_number', 0, 'needs_case_number'),
    ('original', 'other_organization', 'needs_case_number', 0, 'needs_case_number'),
    ('facilitation_2023', 'law_firm', 'eligible', 1, 'case_by_case'),
    ('facilitation_2023', 'hkba', 'eligible', 0, 'case_by_case'),
    ('facilitation_2023', 'lshk', 'eligible', 0, 'case_by_case'),
    ('facilitation_2023', 'government', 'case_by_case', 0, 'case_by_case'),
    ('facilitation_2023', 'law_enforcement', 'case_by_case', 0, 'case_by_case'),
    ('facilitation_2023', 'statutory_body', 'case_by_case', 0, 'case_by_case'),
    ('facilitation_2023', 'company', 'needs_case_number', 0, 'needs_case_number'),
    ('facilitation_2023', 'other_organization', 'needs_case_number', 0, 'needs_case_number');
-- Migration 0009: companies and other organizations with no case number are considered case by case.
UPDATE eligibility_rules SET without_case = 'case_by_case'
WHERE org_type IN ('company', 'other_organization') AND without_case = 'needs_case_number';
UPDATE eligibility_rules SET fallback_without_case = 'case_by_case'
WHERE org_type IN ('company', 'other_organization') AND fallback_without_case = 'needs_case_number';

INSERT INTO checklist_templates (org_type, item_code, position, label_en, label_zh, reason_code) VALUES
    ('law_firm', 'br_certificate', 1, 'Business Registration certificate', '商業登記證', 'REQ-BR'),
    ('law_firm', 'lshk_registration', 2, 'Proof of registration with the Law Society of Hong Kong', '在香港律師會註冊的證明', 'REQ-LSHK'),
    ('law_firm', 'authorisation_letter', 3, 'Authorisation letter appointing the Principal Administrator', '委任首席管理人的授權書', 'REQ-AUTH'),
    ('law_firm', 'pa_identity', 4, 'Copy of the Principal Administrator''s identity document', '首席管理人身份證明文件副本', 'REQ-ID'),
    ('hkba', 'authorisation_letter', 1, 'Authorisation letter on letterhead', '印有機構名稱的授權書', 'REQ-AUTH'),
    ('hkba', 'pa_identity', 2, 'Copy of the Principal Administrator''s identity document', '首席管理人身份證明文件副本', 'REQ-ID'),
    ('lshk', 'authorisation_letter', 1, 'Authorisation letter on letterhead', '印有機構名稱的授權書', 'REQ-AUTH'),
    ('lshk', 'pa_identity', 2, 'Copy of the Principal Administrator''s identity document', '首席管理人身份證明文件副本', 'REQ-ID'),
    ('government', 'nomination_letter', 1, 'Letter from an officer of appropriate rank nominating the Principal Administrator', '由適當職級人員發出提名首席管理人的信件', 'REQ-AUTH'),
    ('law_enforcement', 'nomination_letter', 1, 'Letter from an officer of appropriate rank nominating the Principal Administrator', '由適當職級人員發出提名首席管理人的信件', 'REQ-AUTH'),
    ('statutory_body', 'authorisation_letter', 1, 'Authorisation letter', '授權書', 'REQ-AUTH'),
    ('statutory_body', 'statutory_status', 2, 'Evidence of statutory status (ordinance reference)', '法定地位證明（條例依據）', NULL),
    ('company', 'br_certificate', 1, 'Business Registration certificate', '商業登記證', 'REQ-BR'),
    ('company', 'incorporation_certificate', 2, 'Certificate of Incorporation', '公司註冊證明書', NULL),
    ('company', 'authorisation_letter', 3, 'Authorisation letter', '授權書', 'REQ-AUTH'),
    ('company', 'party_evidence', 4, 'Evidence of being a party (case number, sealed document)', '屬訴訟一方的證明（案件編號、蓋印文件）', 'REQ-CASE'),
    ('other_organization', 'br_certificate', 1, 'Business Registration certificate', '商業登記證', 'REQ-BR'),
    ('other_organization', 'authorisation_letter', 2, 'Authorisation letter', '授權書', 'REQ-AUTH'),
    ('other_organization', 'party_evidence', 3, 'Evidence of being a party (case number, sealed document)', '屬訴訟一方的證明（案件編號、蓋印文件）', 'REQ-CASE');

INSERT INTO allowed_transitions (from_status, to_status, roles, reason_kind, note_required, four_eyes) VALUES
    ('received', 'registered', 'clerk supervisor', NULL, 0, 0),
    ('received', 'withdrawn', 'clerk supervisor', NULL, 1, 0),
    ('received', 'duplicate', 'clerk supervisor', NULL, 1, 0),
    ('registered', 'under_review', 'clerk supervisor', NULL, 0, 0),
    ('registered', 'withdrawn', 'clerk supervisor', NULL, 1, 0),
    ('registered', 'duplicate', 'clerk supervisor', NULL, 1, 0),
    ('under_review', 'awaiting_applicant', 'clerk supervisor', 'requisition', 0, 0),
    ('under_review', 'recommended', 'clerk supervisor', NULL, 0, 0),
    ('under_review', 'case_by_case', 'clerk supervisor', NULL, 1, 0),
    ('under_review', 'withdrawn', 'clerk supervisor', NULL, 1, 0),
    ('under_review', 'duplicate', 'clerk supervisor', NULL, 1, 0),
    ('awaiting_applicant', 'under_review', 'clerk supervisor', NULL, 0, 0),
    ('awaiting_applicant', 'withdrawn', 'clerk supervisor', NULL, 1, 0),
    ('recommended', 'approved', 'supervisor', NULL, 0, 1),
    ('recommended', 'rejected', 'supervisor', 'rejection', 0, 1),
    ('recommended', 'case_by_case', 'supervisor', NULL, 1, 0),
    ('recommended', 'under_review', 'supervisor', NULL, 1, 0),
    ('recommended', 'withdrawn', 'clerk supervisor', NULL, 1, 0),
    ('case_by_case', 'approved', 'supervisor', NULL, 1, 1),
    ('case_by_case', 'rejected', 'supervisor', 'rejection', 1, 1),
    ('case_by_case', 'under_review', 'supervisor', NULL, 1, 0),
    ('case_by_case', 'withdrawn', 'clerk supervisor', NULL, 1, 0),
    ('approved', 'account_created', 'clerk supervisor', NULL, 0, 0),
    ('account_created', 'closed', 'clerk supervisor', NULL, 0, 0),
    ('rejected', 'closed', 'clerk supervisor', NULL, 0, 0),
    ('withdrawn', 'closed', 'clerk supervisor', NULL, 0, 0),
    ('duplicate', 'closed', 'clerk supervisor', NULL, 0, 0);

INSERT INTO letter_templates (kind, lang, subject, body, updated_at) VALUES
('acknowledgement', 'en', 'Application for an iCMS Organization Account: acknowledgement of receipt',
'Dear {{pa_name}},

We received the application of {{organization}} for an Organization Account of the integrated Court Case Management System (iCMS) on {{received_date}}. Its reference number is {{reference}}. Please quote this number in all correspondence.

We will process the application and write to you again. If we need further information or documents, we will let you know.

Yours faithfully,', '2026-01-01T00:00:00Z'),
('acknowledgement', 'zh', '申請開設綜合法院案件管理系統機構帳戶：確認收件',
'{{pa_name}}：

本處已於{{received_date}}收到{{organization}}申請開設綜合法院案件管理系統機構帳戶的申請，參考編號為{{reference}}。往來通訊時請註明此編號。

本處會處理有關申請，並另函通知。如需補交資料或文件，本處會與閣下聯絡。', '2026-01-01T00:00:00Z'),
('requisition', 'en', 'Application for an iCMS Organization Account: further information required',
'Dear {{pa_name}},

To continue processing application {{reference}} of {{organization}}, received on {{received_date}}, we need the following:

{{reasons}}

Documents missing:

{{missing_items}}

{{note}}

Please send them to us by fax ({{fax}}), by post or by hand to {{address}}, quoting the reference number. Processing of the application is suspended until we receive them.

Yours faithfully,', '2026-01-01T00:00:00Z'),
('requisition', 'zh', '申請開設綜合法院案件管理系統機構帳戶：須補交資料',
'{{pa_name}}：

就{{organization}}於{{received_date}}遞交的申請（參考編號{{reference}}），本處需要以下資料或文件方可繼續處理：

{{reasons}}

尚欠文件：

{{missing_items}}

{{note}}

請註明參考編號，以傳真（{{fax}}）、郵寄或親身遞交至{{address}}。在收到所需資料或文件前，有關申請將暫停處理。', '2026-01-01T00:00:00Z'),
('approval', 'en', 'Application for an iCMS Organization Account: approved',
'Dear {{pa_name}},

We are pleased to inform you that the application of {{organization}} for an Organization Account of the integrated Court Case Management System (iCMS), reference {{reference}}, received on {{received_date}}, has been approved on {{decision_date}}.

The Principal Administrator will receive the details for activating the account separately.

Yours faithfully,', '2026-01-01T00:00:00Z'),
('approval', 'zh', '申請開設綜合法院案件管理系統機構帳戶：獲批准',
'{{pa_name}}：

本處欣然通知，{{organization}}於{{received_date}}遞交的綜合法院案件管理系統機構帳戶申請（參考編號{{reference}}）已於{{decision_date}}獲批准。

首席管理人將另行收到啟用帳戶的資料。', '2026-01-01T00:00:00Z'),
('rejection', 'en', 'Application for an iCMS Organization Account: not approved',
'Dear {{pa_name}},

We regret to inform you that the application of {{organization}} for an Organization Account of the integrated Court Case Management System (iCMS), reference {{reference}}, received on {{received_date}}, was not approved on {{decision_date}} for the following reason(s):

{{reasons}}

You may submit a new application when the above has been addressed.

Yours faithfully,', '2026-01-01T00:00:00Z'),
('rejection', 'zh', '申請開設綜合法院案件管理系統機構帳戶：不獲批准',
'{{pa_name}}：

本處遺憾通知，{{organization}}於{{received_date}}遞交的綜合法院案件管理系統機構帳戶申請（參考編號{{reference}}）已於{{decision_date}}被拒，理由如下：

{{reasons}}

待上述事項處理妥當後，貴機構可重新提出申請。', '2026-01-01T00:00:00Z');

INSERT INTO reference_data_versions (name, version) VALUES ('case_prefixes', 0), ('eligibility', 0);

------------------------------------------------------------------------------------------------
-- Views
------------------------------------------------------------------------------------------------

-- What is indexed for an application: reference, names, BR number, e-mail and case numbers.
CREATE VIEW application_search_text AS
    SELECT a.id AS id,
           a.reference || ' ' || a.org_name_en || ' ' || a.org_name_zh || ' ' || a.br_number || ' ' || a.email
               || ' ' || coalesce((SELECT string_agg(c.case_number, ' ' ORDER BY c.position)
                                   FROM application_case_numbers c
                                   WHERE c.application_id = a.id), '') AS body
    FROM applications a;

-- Eligibility of every application under the policy in force on its Hong Kong date received, as
-- migration 0009's view computes it (date(received_at, '+8 hours') is orgdesk_hk_date; dates
-- compare as text, byte by byte, as in SQLite).
CREATE VIEW application_eligibility AS
SELECT a.id AS application_id,
       CASE WHEN coalesce(a.org_type, '') = '' THEN NULL ELSE p.code END AS policy_code,
       CASE
           WHEN coalesce(a.org_type, '') = '' THEN 'undetermined'
           WHEN p.code IS NULL OR r.org_type IS NULL THEN 'case_by_case'
           WHEN r.without_case = 'eligible' AND (r.needs_lshk_confirmation = 0 OR a.lshk_confirmed_on IS NOT NULL)
               THEN 'eligible'
           WHEN EXISTS (SELECT 1 FROM application_case_numbers c WHERE c.application_id = a.id)
               THEN 'eligible_with_case_number'
           WHEN (CASE WHEN r.without_case = 'eligible' THEN r.fallback_without_case ELSE r.without_case END)
                    = 'needs_case_number'
               THEN 'needs_case_number'
           ELSE 'case_by_case'
       END AS outcome
FROM applications a
CROSS JOIN LATERAL (SELECT orgdesk_hk_date(a.received_at) AS day) hk
LEFT JOIN eligibility_policies p
       ON p.code = (SELECT ep.code FROM eligibility_policies ep
                    WHERE ep.in_force_from COLLATE "C" <= hk.day
                    ORDER BY ep.in_force_from COLLATE "C" DESC LIMIT 1)
LEFT JOIN eligibility_rules r ON r.policy_code = p.code AND r.org_type = a.org_type;

------------------------------------------------------------------------------------------------
-- The session: who is writing.
------------------------------------------------------------------------------------------------

-- The staff account (users.id) whose database login is this session's user, or NULL when the
-- session user is not a staff login role (the database owner, the IT officer: "the system").
-- session_user, not current_user: SECURITY DEFINER functions and SET ROLE do not change it.
CREATE FUNCTION orgdesk_session_staff() RETURNS bigint
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT id FROM public.users WHERE login_role = session_user::text
$$;

-- Whether the session user is, directly or through other roles, a member of a staff group
-- (pg_auth_members itself: pg_has_role() says yes to superusers for every role).
CREATE FUNCTION orgdesk_session_in_staff_group() RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    WITH RECURSIVE member_of (roleid) AS (
        SELECT m.roleid FROM pg_catalog.pg_auth_members m
        WHERE m.member = (SELECT oid FROM pg_catalog.pg_roles WHERE rolname = session_user)
        UNION
        SELECT m.roleid FROM pg_catalog.pg_auth_members m JOIN member_of ON m.member = member_of.roleid
    )
    SELECT EXISTS (SELECT 1 FROM member_of JOIN pg_catalog.pg_roles r ON r.oid = member_of.roleid
                   WHERE r.rolname IN ('orgdesk_clerk', 'orgdesk_supervisor', 'orgdesk_admin'))
$$;

-- For a write: the staff id of the session (NULL: the system, values taken as given). Refuses a
-- deactivated account, and a login in a staff group that no staff account names.
CREATE FUNCTION orgdesk_session_writer() RETURNS bigint
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    staff bigint;
    is_active integer;
BEGIN
    SELECT id, active INTO staff, is_active FROM users WHERE login_role = session_user::text;
    IF staff IS NULL THEN
        IF orgdesk_session_in_staff_group() THEN
            RAISE EXCEPTION 'this database login is not linked to a staff account';
        END IF;
        RETURN NULL;
    END IF;
    IF is_active IS DISTINCT FROM 1 THEN
        RAISE EXCEPTION 'this staff account has been deactivated';
    END IF;
    RETURN staff;
END
$$;

------------------------------------------------------------------------------------------------
-- The audit chain
------------------------------------------------------------------------------------------------

-- EventLog::canonical (db/EventLog.cpp): id, at, user_id or '', action, subject_type,
-- subject_id or '', details as stored, prev_hash, separated by U+001F, in UTF-8.
CREATE FUNCTION orgdesk_event_canonical(p_id bigint, p_at text, p_user_id bigint, p_action text,
                                        p_subject_type text, p_subject_id bigint, p_details text,
                                        p_prev_hash text) RETURNS bytea
LANGUAGE sql IMMUTABLE PARALLEL SAFE SET search_path = public, pg_temp AS $$
    SELECT convert_to(p_id::text || chr(31) || p_at || chr(31) || coalesce(p_user_id::text, '') || chr(31)
                      || p_action || chr(31) || p_subject_type || chr(31) || coalesce(p_subject_id::text, '')
                      || chr(31) || p_details || chr(31) || p_prev_hash, 'UTF8')
$$;

-- Lower-case hex SHA-256 of the canonical bytes (EventLog::computeHash).
CREATE FUNCTION orgdesk_event_hash(p_id bigint, p_at text, p_user_id bigint, p_action text,
                                   p_subject_type text, p_subject_id bigint, p_details text,
                                   p_prev_hash text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE SET search_path = public, pg_temp AS $$
    SELECT encode(public.digest(orgdesk_event_canonical(p_id, p_at, p_user_id, p_action, p_subject_type,
                                                        p_subject_id, p_details, p_prev_hash), 'sha256'), 'hex')
$$;

-- Appends are serialised by this transaction-level advisory lock (per database), held to commit
-- (0x4f7267446573, "OrgDes"). A desk that takes it first thing in a write transaction (as SQLite's
-- BEGIN IMMEDIATE takes the write lock) writes one transaction at a time with the others and cannot
-- deadlock between a row it locked and the chain.
CREATE FUNCTION orgdesk_lock_event_chain() RETURNS void
LANGUAGE sql VOLATILE SET search_path = public, pg_temp AS $$
    SELECT pg_catalog.pg_advisory_xact_lock(87352777401715)
$$;

-- BEFORE INSERT ON events: the server numbers, chains and hashes every event. A staff session
-- records only in its own name (user_id NULL becomes the session's account) and not ahead of the
-- server's clock.
CREATE FUNCTION orgdesk_events_chain() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    staff bigint;
    last_id bigint;
    last_hash text;
BEGIN
    staff := orgdesk_session_writer();
    IF staff IS NOT NULL THEN
        IF NEW.user_id IS NULL THEN
            NEW.user_id := staff;
        ELSIF NEW.user_id <> staff THEN
            RAISE EXCEPTION 'an event may only be recorded in your own name';
        END IF;
        IF NEW.at COLLATE "C" > to_char(clock_timestamp() AT TIME ZONE 'UTC' + interval '5 minutes',
                                        'YYYY-MM-DD"T"HH24:MI:SS"Z"') THEN
            RAISE EXCEPTION 'an event cannot be dated more than 5 minutes ahead of the server''s clock';
        END IF;
    END IF;
    PERFORM orgdesk_lock_event_chain();
    SELECT e.id, e.hash INTO last_id, last_hash FROM events e ORDER BY e.id DESC LIMIT 1;
    IF last_id IS NULL THEN
        last_id := 0;
        last_hash := repeat('0', 64);
    END IF;
    NEW.id := last_id + 1;
    NEW.prev_hash := last_hash;
    NEW.hash := orgdesk_event_hash(NEW.id, NEW.at, NEW.user_id, NEW.action, NEW.subject_type, NEW.subject_id,
                                   NEW.details, NEW.prev_hash);
    RETURN NEW;
END
$$;

-- AFTER INSERT ON events: the audit head names the newest event. (Row AFTER triggers run at the
-- end of the statement in PostgreSQL, so the head is read from the chain, not from NEW.)
CREATE FUNCTION orgdesk_events_head() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    INSERT INTO audit_head (singleton, last_id, last_hash)
        SELECT 1, e.id, e.hash FROM events e ORDER BY e.id DESC LIMIT 1
        ON CONFLICT (singleton) DO UPDATE SET last_id = excluded.last_id, last_hash = excluded.last_hash;
    RETURN NULL;
END
$$;

CREATE FUNCTION orgdesk_events_no_replace() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM events WHERE id = NEW.id) OR EXISTS (SELECT 1 FROM events WHERE hash = NEW.hash) THEN
        RAISE EXCEPTION 'events are append-only';
    END IF;
    RETURN NEW;
END
$$;

CREATE FUNCTION orgdesk_audit_head_newest() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    IF NEW.last_id IS DISTINCT FROM (SELECT max(id) FROM events)
       OR NEW.last_hash IS DISTINCT FROM (SELECT hash FROM events WHERE id = NEW.last_id) THEN
        RAISE EXCEPTION 'the audit head names the newest event';
    END IF;
    RETURN NEW;
END
$$;

------------------------------------------------------------------------------------------------
-- Generic trigger functions
------------------------------------------------------------------------------------------------

-- Refuses with the message given as the trigger's argument (SQLite's RAISE(ABORT, ...)).
CREATE FUNCTION orgdesk_refuse() RETURNS trigger
LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
BEGIN
    RAISE EXCEPTION '%', TG_ARGV[0];
END
$$;

-- Every write of a staff session: the account is active, and each actor column named in the
-- arguments (pairs: column, what it records) names the session's own account when it is written
-- (on INSERT when not NULL, on UPDATE when changed to a non-NULL value).
CREATE FUNCTION orgdesk_session_guard() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    staff bigint;
    i integer := 0;
    new_value bigint;
    old_value bigint;
BEGIN
    staff := orgdesk_session_writer();
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    IF staff IS NULL THEN
        RETURN NEW;
    END IF;
    WHILE i < TG_NARGS LOOP
        EXECUTE format('SELECT ($1).%I::bigint', TG_ARGV[i]) INTO new_value USING NEW;
        IF TG_OP = 'UPDATE' THEN
            EXECUTE format('SELECT ($1).%I::bigint', TG_ARGV[i]) INTO old_value USING OLD;
        END IF;
        IF new_value IS NOT NULL AND new_value <> staff
           AND (TG_OP = 'INSERT' OR new_value IS DISTINCT FROM old_value) THEN
            RAISE EXCEPTION '% may only be recorded in your own name', TG_ARGV[i + 1];
        END IF;
        i := i + 2;
    END LOOP;
    RETURN NEW;
END
$$;

-- An explicit id ahead of the identity sequence moves the sequence on (SQLite's next rowid is
-- max(rowid) + 1), so rows added later without an id do not collide with it.
CREATE FUNCTION orgdesk_identity_follow() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    seq regclass := TG_ARGV[0]::regclass;
BEGIN
    IF NEW.id > coalesce(pg_sequence_last_value(seq), 0) THEN
        PERFORM setval(seq, NEW.id, true);
    END IF;
    RETURN NEW;
END
$$;

-- Whether an application's form is frozen (recommended on, until a move sends it back to review).
CREATE FUNCTION orgdesk_application_frozen(p_application_id bigint) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT coalesce((SELECT status IN ('recommended', 'case_by_case', 'approved', 'rejected', 'account_created',
                                       'closed', 'withdrawn', 'duplicate')
                     FROM public.applications WHERE id = p_application_id), false)
$$;

-- The case numbers, checklist and links of a frozen application (0009): insert checks the new
-- row's application, update both, delete the old one. Argument: the refusal.
CREATE FUNCTION orgdesk_child_frozen() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        IF orgdesk_application_frozen(NEW.application_id) THEN
            RAISE EXCEPTION '%', TG_ARGV[0];
        END IF;
        RETURN NEW;
    ELSIF TG_OP = 'UPDATE' THEN
        IF orgdesk_application_frozen(OLD.application_id) OR orgdesk_application_frozen(NEW.application_id) THEN
            RAISE EXCEPTION '%', TG_ARGV[0];
        END IF;
        RETURN NEW;
    ELSE
        IF orgdesk_application_frozen(OLD.application_id) THEN
            RAISE EXCEPTION '%', TG_ARGV[0];
        END IF;
        RETURN OLD;
    END IF;
END
$$;

-- Reference data the desk caches carries a change counter (0010). Argument: the counter's name.
CREATE FUNCTION orgdesk_bump_reference_version() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    UPDATE reference_data_versions SET version = version + 1 WHERE name = TG_ARGV[0];
    RETURN NULL;
END
$$;

------------------------------------------------------------------------------------------------
-- Applications
------------------------------------------------------------------------------------------------

CREATE FUNCTION orgdesk_applications_insert_guard() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM applications WHERE id = NEW.id)
       OR EXISTS (SELECT 1 FROM applications WHERE reference = NEW.reference) THEN
        RAISE EXCEPTION 'an application with this id or reference exists already; a case is never replaced';
    END IF;
    IF NEW.status IS DISTINCT FROM 'received' THEN
        RAISE EXCEPTION 'a new application starts as received; later statuses are reached by recorded moves';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM users WHERE id = NEW.registered_by AND active = 1) THEN
        RAISE EXCEPTION 'a new application names the active staff account that received it';
    END IF;
    RETURN NEW;
END
$$;

CREATE FUNCTION orgdesk_applications_status_guard() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM allowed_transitions WHERE from_status = OLD.status AND to_status = NEW.status) THEN
        RAISE EXCEPTION 'status change refused: the workflow does not allow this move';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM (SELECT t.from_status, t.to_status FROM application_transitions t
                                  WHERE t.application_id = NEW.id ORDER BY t.id DESC LIMIT 1) last
                   WHERE last.from_status = OLD.status AND last.to_status = NEW.status) THEN
        RAISE EXCEPTION 'status change refused: record the move in application_transitions';
    END IF;
    RETURN NEW;
END
$$;

CREATE FUNCTION orgdesk_application_search_refresh() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    app bigint;
BEGIN
    IF TG_TABLE_NAME = 'applications' THEN
        app := NEW.id;
    ELSIF TG_OP = 'DELETE' THEN
        app := OLD.application_id;
    ELSE
        app := NEW.application_id;
    END IF;
    DELETE FROM application_search WHERE rowid = app;
    INSERT INTO application_search (rowid, body) SELECT id, body FROM application_search_text WHERE id = app;
    RETURN NULL;
END
$$;

CREATE TRIGGER applications_insert_guard BEFORE INSERT ON applications
    FOR EACH ROW EXECUTE FUNCTION orgdesk_applications_insert_guard();
CREATE TRIGGER applications_identity_fixed BEFORE UPDATE OF id, reference ON applications
    FOR EACH ROW WHEN (NEW.id IS DISTINCT FROM OLD.id OR NEW.reference IS DISTINCT FROM OLD.reference)
    EXECUTE FUNCTION orgdesk_refuse('an application''s id and reference never change');
CREATE TRIGGER applications_no_delete BEFORE DELETE ON applications
    FOR EACH ROW EXECUTE FUNCTION orgdesk_refuse(
        'applications are kept: a case is withdrawn, marked duplicate or closed, never deleted');
CREATE TRIGGER applications_no_truncate BEFORE TRUNCATE ON applications
    FOR EACH STATEMENT EXECUTE FUNCTION orgdesk_refuse(
        'applications are kept: a case is withdrawn, marked duplicate or closed, never deleted');
CREATE TRIGGER applications_status_guard BEFORE UPDATE OF status ON applications
    FOR EACH ROW WHEN (NEW.status IS DISTINCT FROM OLD.status)
    EXECUTE FUNCTION orgdesk_applications_status_guard();
CREATE TRIGGER applications_registered_by_fixed BEFORE UPDATE OF registered_by ON applications
    FOR EACH ROW WHEN (OLD.registered_by IS NOT NULL AND NEW.registered_by IS DISTINCT FROM OLD.registered_by)
    EXECUTE FUNCTION orgdesk_refuse('who registered an application cannot be changed');
CREATE TRIGGER applications_form_frozen BEFORE UPDATE ON applications
    FOR EACH ROW WHEN (OLD.status IN ('recommended', 'case_by_case', 'approved', 'rejected', 'account_created', 'closed',
                                      'withdrawn', 'duplicate')
     AND (NEW.channel IS DISTINCT FROM OLD.channel OR NEW.received_at IS DISTINCT FROM OLD.received_at
          OR NEW.sender_fax IS DISTINCT FROM OLD.sender_fax OR NEW.pages_received IS DISTINCT FROM OLD.pages_received
          OR NEW.org_name_en IS DISTINCT FROM OLD.org_name_en OR NEW.org_name_zh IS DISTINCT FROM OLD.org_name_zh
          OR NEW.org_type IS DISTINCT FROM OLD.org_type OR NEW.br_number IS DISTINCT FROM OLD.br_number
          OR NEW.br_branch IS DISTINCT FROM OLD.br_branch
          OR NEW.registered_address IS DISTINCT FROM OLD.registered_address
          OR NEW.correspondence_address IS DISTINCT FROM OLD.correspondence_address
          OR NEW.pa_name_en IS DISTINCT FROM OLD.pa_name_en OR NEW.pa_name_zh IS DISTINCT FROM OLD.pa_name_zh
          OR NEW.pa_id_type IS DISTINCT FROM OLD.pa_id_type
          OR (NEW.pa_id_number IS DISTINCT FROM OLD.pa_id_number AND NOT (OLD.status = 'closed' AND NEW.pa_id_number = ''))
          OR NEW.pa_position IS DISTINCT FROM OLD.pa_position OR NEW.phone IS DISTINCT FROM OLD.phone
          OR NEW.fax IS DISTINCT FROM OLD.fax OR NEW.email IS DISTINCT FROM OLD.email
          OR NEW.form_signed IS DISTINCT FROM OLD.form_signed OR NEW.form_date IS DISTINCT FROM OLD.form_date
          OR NEW.remarks IS DISTINCT FROM OLD.remarks OR NEW.lshk_confirmed_by IS DISTINCT FROM OLD.lshk_confirmed_by
          OR NEW.lshk_confirmed_on IS DISTINCT FROM OLD.lshk_confirmed_on
          OR NEW.lshk_confirmed_how IS DISTINCT FROM OLD.lshk_confirmed_how))
    EXECUTE FUNCTION orgdesk_refuse(
        'the form is frozen once the application is recommended: send it back to review to change it');
CREATE TRIGGER orgdesk_session_guard BEFORE INSERT OR UPDATE OR DELETE ON applications
    FOR EACH ROW EXECUTE FUNCTION orgdesk_session_guard(
        'registered_by', 'who received an application',
        'lshk_confirmed_by', 'who confirmed the Law Society registration');
CREATE TRIGGER orgdesk_identity_follow BEFORE INSERT ON applications
    FOR EACH ROW EXECUTE FUNCTION orgdesk_identity_follow('applications_id_seq');
CREATE TRIGGER application_search_insert AFTER INSERT ON applications
    FOR EACH ROW EXECUTE FUNCTION orgdesk_application_search_refresh();
CREATE TRIGGER application_search_update AFTER UPDATE OF reference, org_name_en, org_name_zh, br_number, email
    ON applications FOR EACH ROW EXECUTE FUNCTION orgdesk_application_search_refresh();

CREATE TRIGGER application_case_numbers_frozen_insert BEFORE INSERT ON application_case_numbers
    FOR EACH ROW EXECUTE FUNCTION orgdesk_child_frozen(
        'the form is frozen once the application is recommended: send it back to review to change it');
CREATE TRIGGER application_case_numbers_frozen_update BEFORE UPDATE ON application_case_numbers
    FOR EACH ROW EXECUTE FUNCTION orgdesk_child_frozen(
        'the form is frozen once the application is recommended: send it back to review to change it');
CREATE TRIGGER application_case_numbers_frozen_delete BEFORE DELETE ON application_case_numbers
    FOR EACH ROW EXECUTE FUNCTION orgdesk_child_frozen(
        'the form is frozen once the application is recommended: send it back to review to change it');
CREATE TRIGGER orgdesk_session_guard BEFORE INSERT OR UPDATE OR DELETE ON application_case_numbers
    FOR EACH ROW EXECUTE FUNCTION orgdesk_session_guard();
CREATE TRIGGER application_search_cases_insert AFTER INSERT ON application_case_numbers
    FOR EACH ROW EXECUTE FUNCTION orgdesk_application_search_refresh();
CREATE TRIGGER application_search_cases_delete AFTER DELETE ON application_case_numbers
    FOR EACH ROW EXECUTE FUNCTION orgdesk_application_search_refresh();

CREATE TRIGGER application_checklist_frozen_insert BEFORE INSERT ON application_checklist
    FOR EACH ROW EXECUTE FUNCTION orgdesk_child_frozen(
        'the checklist is frozen once the application is recommended: send it back to review to change it');
CREATE TRIGGER application_checklist_frozen_update BEFORE UPDATE ON application_checklist
    FOR EACH ROW EXECUTE FUNCTION orgdesk_child_frozen(
        'the checklist is frozen once the application is recommended: send it back to review to change it');
CREATE TRIGGER application_checklist_frozen_delete BEFORE DELETE ON application_checklist
    FOR EACH ROW EXECUTE FUNCTION orgdesk_child_frozen(
        'the checklist is frozen once the application is recommended: send it back to review to change it');
CREATE TRIGGER orgdesk_session_guard BEFORE INSERT OR UPDATE OR DELETE ON application_checklist
    FOR EACH ROW EXECUTE FUNCTION orgdesk_session_guard('ticked_by', 'who ticked a checklist item');

CREATE TRIGGER application_links_frozen_insert BEFORE INSERT ON application_links
    FOR EACH ROW EXECUTE FUNCTION orgdesk_child_frozen(
        'the links of an application are frozen once it is recommended: send it back to review to change them');
CREATE TRIGGER application_links_frozen_update BEFORE UPDATE ON application_links
    FOR EACH ROW EXECUTE FUNCTION orgdesk_child_frozen(
        'the links of an application are frozen once it is recommended: send it back to review to change them');
CREATE TRIGGER application_links_frozen_delete BEFORE DELETE ON application_links
    FOR EACH ROW EXECUTE FUNCTION orgdesk_child_frozen(
        'the links of an application are frozen once it is recommended: send it back to review to change them');
CREATE TRIGGER orgdesk_session_guard BEFORE INSERT OR UPDATE OR DELETE ON application_links
    FOR EACH ROW EXECUTE FUNCTION orgdesk_session_guard('created_by', 'who linked two applications');
CREATE TRIGGER orgdesk_identity_follow BEFORE INSERT ON application_links
    FOR EACH ROW EXECUTE FUNCTION orgdesk_identity_follow('application_links_id_seq');

CREATE TRIGGER orgdesk_session_guard BEFORE INSERT OR UPDATE OR DELETE ON application_drafts
    FOR EACH ROW EXECUTE FUNCTION orgdesk_session_guard('user_id', 'a draft');

------------------------------------------------------------------------------------------------
-- The workflow: moves (0003, 0009, 0010) and requisitions
------------------------------------------------------------------------------------------------

CREATE TRIGGER allowed_transitions_no_insert BEFORE INSERT ON allowed_transitions
    FOR EACH ROW EXECUTE FUNCTION orgdesk_refuse('the workflow is fixed: allowed_transitions cannot be changed');
CREATE TRIGGER allowed_transitions_no_update BEFORE UPDATE ON allowed_transitions
    FOR EACH ROW EXECUTE FUNCTION orgdesk_refuse('the workflow is fixed: allowed_transitions cannot be changed');
CREATE TRIGGER allowed_transitions_no_delete BEFORE DELETE ON allowed_transitions
    FOR EACH ROW EXECUTE FUNCTION orgdesk_refuse('the workflow is fixed: allowed_transitions cannot be changed');
CREATE TRIGGER allowed_transitions_no_truncate BEFORE TRUNCATE ON allowed_transitions
    FOR EACH STATEMENT EXECUTE FUNCTION orgdesk_refuse('the workflow is fixed: allowed_transitions cannot be changed');

-- The checks on every move, in SQLite's order (0009's application_transitions_check). The
-- application's row is locked first, so two moves of one case are checked one after the other.
CREATE FUNCTION orgdesk_application_transitions_check() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    current_status text;
    registrar bigint;
BEGIN
    SELECT a.status, a.registered_by INTO current_status, registrar
    FROM applications a WHERE a.id = NEW.application_id FOR UPDATE;
    IF NEW.from_status IS DISTINCT FROM current_status THEN
        RAISE EXCEPTION 'status change refused: the move does not start from the application''s current status';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM allowed_transitions
                   WHERE from_status = NEW.from_status AND to_status = NEW.to_status) THEN
        RAISE EXCEPTION 'status change refused: the workflow does not allow this move';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM allowed_transitions t JOIN users u ON u.id = NEW.actor_id AND u.active = 1
                   WHERE t.from_status = NEW.from_status AND t.to_status = NEW.to_status
                     AND strpos(' ' || t.roles || ' ', ' ' || u.role || ' ') > 0) THEN
        RAISE EXCEPTION 'status change refused: this staff role may not make this move, or the account is inactive';
    END IF;
    IF EXISTS (SELECT 1 FROM orgdesk_json_array_texts(NEW.reason_codes) j (v)
               WHERE NOT EXISTS (SELECT 1 FROM reason_codes r WHERE r.code = j.v AND r.active = 1)) THEN
        RAISE EXCEPTION 'status change refused: unknown or inactive reason code';
    END IF;
    IF EXISTS (SELECT 1 FROM allowed_transitions t
               WHERE t.from_status = NEW.from_status AND t.to_status = NEW.to_status AND t.reason_kind IS NOT NULL
                 AND (NOT EXISTS (SELECT 1 FROM orgdesk_json_array_texts(NEW.reason_codes))
                      OR EXISTS (SELECT 1 FROM orgdesk_json_array_texts(NEW.reason_codes) j (v)
                                 JOIN reason_codes r ON r.code = j.v
                                 WHERE r.kind NOT IN (t.reason_kind, 'any')))) THEN
        RAISE EXCEPTION 'status change refused: at least one reason code of the right kind is required';
    END IF;
    IF length(btrim(NEW.note)) = 0
       AND EXISTS (SELECT 1 FROM allowed_transitions
                   WHERE from_status = NEW.from_status AND to_status = NEW.to_status AND note_required = 1) THEN
        RAISE EXCEPTION 'status change refused: written reasons are required';
    END IF;
    IF NEW.to_status = 'recommended' AND NEW.recommendation IS NULL THEN
        RAISE EXCEPTION 'status change refused: a recommendation must say approve or reject';
    END IF;
    IF EXISTS (SELECT 1 FROM allowed_transitions
               WHERE from_status = NEW.from_status AND to_status = NEW.to_status AND four_eyes = 1)
       AND (NEW.actor_id IS NOT DISTINCT FROM registrar
            OR EXISTS (SELECT 1 FROM application_transitions p
                       WHERE p.application_id = NEW.application_id AND p.actor_id = NEW.actor_id
                         AND (p.to_status IN ('registered', 'recommended')
                              OR (p.to_status = 'case_by_case' AND p.from_status = 'under_review')))
            OR EXISTS (SELECT 1 FROM events e
                       WHERE e.subject_type = 'application' AND e.subject_id = NEW.application_id
                         AND e.user_id = NEW.actor_id
                         AND e.action IN ('application.form_saved', 'checklist.ticked', 'checklist.unticked'))) THEN
        RAISE EXCEPTION 'four-eyes: the person deciding must not have registered, recommended or edited this application';
    END IF;
    IF NEW.to_status IN ('recommended', 'case_by_case', 'approved', 'rejected')
       AND NOT EXISTS (SELECT 1 FROM application_eligibility e
                       WHERE e.application_id = NEW.application_id
                         AND NEW.eligibility_outcome IS NOT DISTINCT FROM e.outcome
                         AND NEW.eligibility_policy IS NOT DISTINCT FROM e.policy_code) THEN
        RAISE EXCEPTION 'status change refused: a recommendation, referral or decision must record the eligibility of the case under the policy of its date received';
    END IF;
    IF (NEW.to_status = 'recommended' OR (NEW.from_status = 'recommended' AND NEW.to_status = 'approved'))
       AND NEW.eligibility_outcome IS DISTINCT FROM 'eligible'
       AND NEW.eligibility_outcome IS DISTINCT FROM 'eligible_with_case_number' THEN
        RAISE EXCEPTION 'status change refused: the application is not eligible under the policy of its date received; refer it for a case-by-case decision with written reasons';
    END IF;
    RETURN NEW;
END
$$;

CREATE FUNCTION orgdesk_application_transitions_no_replace() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM application_transitions WHERE id = NEW.id) THEN
        RAISE EXCEPTION 'the record of status changes is append-only';
    END IF;
    RETURN NEW;
END
$$;

-- Inserting a move is how a status changes: applied once the move is recorded.
CREATE FUNCTION orgdesk_application_transitions_apply() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    UPDATE applications SET status = NEW.to_status, updated_at = NEW.at WHERE id = NEW.application_id;
    RETURN NULL;
END
$$;

CREATE TRIGGER application_transitions_check BEFORE INSERT ON application_transitions
    FOR EACH ROW EXECUTE FUNCTION orgdesk_application_transitions_check();
CREATE TRIGGER application_transitions_no_replace BEFORE INSERT ON application_transitions
    FOR EACH ROW EXECUTE FUNCTION orgdesk_application_transitions_no_replace();
CREATE TRIGGER application_transitions_apply AFTER INSERT ON application_transitions
    FOR EACH ROW EXECUTE FUNCTION orgdesk_application_transitions_apply();
CREATE TRIGGER application_transitions_no_update BEFORE UPDATE ON application_transitions
    FOR EACH ROW EXECUTE FUNCTION orgdesk_refuse('the record of status changes is append-only');
CREATE TRIGGER application_transitions_no_delete BEFORE DELETE ON application_transitions
    FOR EACH ROW EXECUTE FUNCTION orgdesk_refuse('the record of status changes is append-only');
CREATE TRIGGER application_transitions_no_truncate BEFORE TRUNCATE ON application_transitions
    FOR EACH STATEMENT EXECUTE FUNCTION orgdesk_refuse('the record of status changes is append-only');
CREATE TRIGGER orgdesk_session_guard BEFORE INSERT OR UPDATE OR DELETE ON application_transitions
    FOR EACH ROW EXECUTE FUNCTION orgdesk_session_guard('actor_id', 'a move');
CREATE TRIGGER orgdesk_identity_follow BEFORE INSERT ON application_transitions
    FOR EACH ROW EXECUTE FUNCTION orgdesk_identity_follow('application_transitions_id_seq');

CREATE FUNCTION orgdesk_requisitions_needs_awaiting() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM application_transitions t
                   WHERE t.id = NEW.transition_id AND t.application_id = NEW.application_id
                     AND t.to_status = 'awaiting_applicant') THEN
        RAISE EXCEPTION 'a requisition belongs to the move of its application to awaiting_applicant';
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER requisitions_needs_awaiting BEFORE INSERT ON requisitions
    FOR EACH ROW EXECUTE FUNCTION orgdesk_requisitions_needs_awaiting();
CREATE TRIGGER requisitions_closed_once BEFORE UPDATE ON requisitions
    FOR EACH ROW WHEN (OLD.closed_at IS NOT NULL)
    EXECUTE FUNCTION orgdesk_refuse('a closed requisition cannot be changed');
CREATE TRIGGER requisitions_fixed_content BEFORE UPDATE OF application_id, transition_id, reason_codes,
    missing_items, note, raised_by, raised_at ON requisitions
    FOR EACH ROW EXECUTE FUNCTION orgdesk_refuse('what a requisition asked for cannot be changed');
CREATE TRIGGER requisitions_no_delete BEFORE DELETE ON requisitions
    FOR EACH ROW EXECUTE FUNCTION orgdesk_refuse('requisitions are kept');
CREATE TRIGGER requisitions_no_truncate BEFORE TRUNCATE ON requisitions
    FOR EACH STATEMENT EXECUTE FUNCTION orgdesk_refuse('requisitions are kept');
CREATE TRIGGER orgdesk_session_guard BEFORE INSERT OR UPDATE OR DELETE ON requisitions
    FOR EACH ROW EXECUTE FUNCTION orgdesk_session_guard(
        'raised_by', 'a requisition', 'closed_by', 'the closing of a requisition');
CREATE TRIGGER orgdesk_identity_follow BEFORE INSERT ON requisitions
    FOR EACH ROW EXECUTE FUNCTION orgdesk_identity_follow('requisitions_id_seq');

------------------------------------------------------------------------------------------------
-- Attachments (0001, 0005, 0006, 0010)
------------------------------------------------------------------------------------------------

CREATE FUNCTION orgdesk_attachments_insert_guard() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM attachments WHERE id = NEW.id) THEN
        RAISE EXCEPTION 'an attachment with this id exists already; a stored attachment is never replaced';
    END IF;
    RETURN NEW;
END
$$;

CREATE FUNCTION orgdesk_attachment_search_forget() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        DELETE FROM attachment_search WHERE rowid = OLD.id;
    ELSE
        DELETE FROM attachment_search WHERE rowid = NEW.id;
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER attachments_insert_guard BEFORE INSERT ON attachments
    FOR EACH ROW EXECUTE FUNCTION orgdesk_attachments_insert_guard();
CREATE TRIGGER attachments_identity_fixed BEFORE UPDATE OF id ON attachments
    FOR EACH ROW WHEN (NEW.id IS DISTINCT FROM OLD.id)
    EXECUTE FUNCTION orgdesk_refuse('an attachment''s id never changes');
CREATE TRIGGER attachments_no_delete BEFORE DELETE ON attachments
    FOR EACH ROW EXECUTE FUNCTION orgdesk_refuse(
        'attachments are kept; identity documents are purged under the retention rules, which keeps their record');
CREATE TRIGGER attachments_no_truncate BEFORE TRUNCATE ON attachments
    FOR EACH STATEMENT EXECUTE FUNCTION orgdesk_refuse(
        'attachments are kept; identity documents are purged under the retention rules, which keeps their record');
-- Stored bytes never change, except that a purge may empty them once (0006).
CREATE TRIGGER attachments_content_fixed BEFORE UPDATE OF content, sha256, size, page_count, application_id
    ON attachments
    FOR EACH ROW WHEN (NOT (OLD.purged_at IS NULL AND NEW.purged_at IS NOT NULL AND octet_length(NEW.content) = 0
                            AND NEW.sha256 IS NOT DISTINCT FROM OLD.sha256 AND NEW.size IS NOT DISTINCT FROM OLD.size
                            AND NEW.page_count IS NOT DISTINCT FROM OLD.page_count
                            AND NEW.application_id IS NOT DISTINCT FROM OLD.application_id))
    EXECUTE FUNCTION orgdesk_refuse(
        'a stored attachment cannot be changed; it can only be purged under the retention rules');
CREATE TRIGGER attachments_purge_final BEFORE UPDATE OF purged_at, purged_by ON attachments
    FOR EACH ROW WHEN (OLD.purged_at IS NOT NULL)
    EXECUTE FUNCTION orgdesk_refuse('a purged attachment stays purged');
CREATE TRIGGER attachments_purge_search AFTER UPDATE OF purged_at ON attachments
    FOR EACH ROW WHEN (NEW.purged_at IS NOT NULL)
    EXECUTE FUNCTION orgdesk_attachment_search_forget();
CREATE TRIGGER attachment_search_delete AFTER DELETE ON attachments
    FOR EACH ROW EXECUTE FUNCTION orgdesk_attachment_search_forget();
CREATE TRIGGER orgdesk_session_guard BEFORE INSERT OR UPDATE OR DELETE ON attachments
    FOR EACH ROW EXECUTE FUNCTION orgdesk_session_guard(
        'added_by', 'who added an attachment', 'purged_by', 'who purged an attachment');
CREATE TRIGGER orgdesk_identity_follow BEFORE INSERT ON attachments
    FOR EACH ROW EXECUTE FUNCTION orgdesk_identity_follow('attachments_id_seq');

CREATE TRIGGER orgdesk_session_guard BEFORE INSERT OR UPDATE OR DELETE ON attachment_pages
    FOR EACH ROW EXECUTE FUNCTION orgdesk_session_guard();
CREATE TRIGGER orgdesk_session_guard BEFORE INSERT OR UPDATE OR DELETE ON attachment_search
    FOR EACH ROW EXECUTE FUNCTION orgdesk_session_guard();

------------------------------------------------------------------------------------------------
-- The audit trail and its head (0001, 0005, 0010)
------------------------------------------------------------------------------------------------

CREATE TRIGGER events_chain BEFORE INSERT ON events
    FOR EACH ROW EXECUTE FUNCTION orgdesk_events_chain();
CREATE TRIGGER events_no_replace BEFORE INSERT ON events
    FOR EACH ROW EXECUTE FUNCTION orgdesk_events_no_replace();
CREATE TRIGGER events_head AFTER INSERT ON events
    FOR EACH ROW EXECUTE FUNCTION orgdesk_events_head();
CREATE TRIGGER events_no_update BEFORE UPDATE ON events
    FOR EACH ROW EXECUTE FUNCTION orgdesk_refuse('events are append-only');
CREATE TRIGGER events_no_delete BEFORE DELETE ON events
    FOR EACH ROW EXECUTE FUNCTION orgdesk_refuse('events are append-only');
CREATE TRIGGER events_no_truncate BEFORE TRUNCATE ON events
    FOR EACH STATEMENT EXECUTE FUNCTION orgdesk_refuse('events are append-only');

CREATE TRIGGER audit_head_insert_newest BEFORE INSERT ON audit_head
    FOR EACH ROW EXECUTE FUNCTION orgdesk_audit_head_newest();
CREATE TRIGGER audit_head_update_newest BEFORE UPDATE ON audit_head
    FOR EACH ROW EXECUTE FUNCTION orgdesk_audit_head_newest();
CREATE TRIGGER audit_head_no_delete BEFORE DELETE ON audit_head
    FOR EACH ROW EXECUTE FUNCTION orgdesk_refuse('the audit head is kept');
CREATE TRIGGER audit_head_no_truncate BEFORE TRUNCATE ON audit_head
    FOR EACH STATEMENT EXECUTE FUNCTION orgdesk_refuse('the audit head is kept');

------------------------------------------------------------------------------------------------
-- Staff accounts (0010)
------------------------------------------------------------------------------------------------

CREATE FUNCTION orgdesk_users_insert_guard() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM users WHERE id = NEW.id)
       OR EXISTS (SELECT 1 FROM users WHERE lower(username) = lower(NEW.username)) THEN
        RAISE EXCEPTION 'a staff account with this id or user name exists already; an account is never replaced';
    END IF;
    RETURN NEW;
END
$$;

-- A role or active-state change needs the newest event of the trail to be its own, unused event.
-- The event chain's lock is taken first, so "newest" cannot move while this is decided.
CREATE FUNCTION orgdesk_users_change_needs_event() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    e events%ROWTYPE;
BEGIN
    IF NEW.role IS DISTINCT FROM OLD.role AND NEW.active IS DISTINCT FROM OLD.active THEN
        RAISE EXCEPTION 'change a staff account''s role or its active state, not both at once';
    END IF;
    PERFORM orgdesk_lock_event_chain();
    SELECT * INTO e FROM events ORDER BY id DESC LIMIT 1;
    IF e.id IS NULL OR e.subject_type IS DISTINCT FROM 'user' OR e.subject_id IS DISTINCT FROM NEW.id
       OR NOT coalesce(CASE WHEN NEW.role IS DISTINCT FROM OLD.role
                                THEN e.action = 'user.role_changed'
                                     AND orgdesk_json_text(e.details, 'role') IS NOT DISTINCT FROM NEW.role
                            WHEN NEW.active = 1 THEN e.action = 'user.reactivated'
                            ELSE e.action = 'user.deactivated' END, false) THEN
        RAISE EXCEPTION 'a staff account''s role or active state changes only with its event, recorded just before it';
    END IF;
    IF EXISTS (SELECT 1 FROM staff_changes WHERE event_id = e.id) THEN
        RAISE EXCEPTION 'this event has already been used for a change of a staff account';
    END IF;
    RETURN NEW;
END
$$;

CREATE FUNCTION orgdesk_users_change_recorded() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    INSERT INTO staff_changes (event_id, user_id, role, active)
        VALUES ((SELECT max(id) FROM events), NEW.id, NEW.role, NEW.active);
    RETURN NULL;
END
$$;

-- What a staff session may do to users beyond its grants: store no password hash (the server
-- keeps passwords), and, unless an administrator, touch only its own account's sign-in state.
CREATE FUNCTION orgdesk_users_session_guard() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    staff bigint;
BEGIN
    staff := orgdesk_session_writer();
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    IF staff IS NULL THEN
        RETURN NEW;
    END IF;
    IF NEW.password_hash IS DISTINCT FROM '' AND (TG_OP = 'INSERT' OR NEW.password_hash IS DISTINCT FROM OLD.password_hash) THEN
        RAISE EXCEPTION 'password hashes are not stored on the server: PostgreSQL checks the password of each login';
    END IF;
    IF TG_OP = 'UPDATE' AND OLD.id <> staff
       AND NOT EXISTS (SELECT 1 FROM users WHERE id = staff AND role = 'admin' AND active = 1) THEN
        RAISE EXCEPTION 'only an administrator can change another staff account';
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER users_insert_guard BEFORE INSERT ON users
    FOR EACH ROW EXECUTE FUNCTION orgdesk_users_insert_guard();
CREATE TRIGGER users_identity_fixed BEFORE UPDATE OF id, username ON users
    FOR EACH ROW WHEN (NEW.id IS DISTINCT FROM OLD.id OR NEW.username IS DISTINCT FROM OLD.username)
    EXECUTE FUNCTION orgdesk_refuse('a staff account''s id and user name never change');
CREATE TRIGGER users_no_delete BEFORE DELETE ON users
    FOR EACH ROW EXECUTE FUNCTION orgdesk_refuse('staff accounts are kept: deactivate an account instead');
CREATE TRIGGER users_no_truncate BEFORE TRUNCATE ON users
    FOR EACH STATEMENT EXECUTE FUNCTION orgdesk_refuse('staff accounts are kept: deactivate an account instead');
CREATE TRIGGER users_change_needs_event BEFORE UPDATE OF role, active ON users
    FOR EACH ROW WHEN (NEW.role IS DISTINCT FROM OLD.role OR NEW.active IS DISTINCT FROM OLD.active)
    EXECUTE FUNCTION orgdesk_users_change_needs_event();
CREATE TRIGGER users_change_recorded AFTER UPDATE OF role, active ON users
    FOR EACH ROW WHEN (NEW.role IS DISTINCT FROM OLD.role OR NEW.active IS DISTINCT FROM OLD.active)
    EXECUTE FUNCTION orgdesk_users_change_recorded();
CREATE TRIGGER orgdesk_session_guard BEFORE INSERT OR UPDATE OR DELETE ON users
    FOR EACH ROW EXECUTE FUNCTION orgdesk_users_session_guard();
CREATE TRIGGER orgdesk_identity_follow BEFORE INSERT ON users
    FOR EACH ROW EXECUTE FUNCTION orgdesk_identity_follow('users_id_seq');

CREATE TRIGGER staff_changes_no_update BEFORE UPDATE ON staff_changes
    FOR EACH ROW EXECUTE FUNCTION orgdesk_refuse('the record of staff changes is append-only');
CREATE TRIGGER staff_changes_no_delete BEFORE DELETE ON staff_changes
    FOR EACH ROW EXECUTE FUNCTION orgdesk_refuse('the record of staff changes is append-only');
CREATE TRIGGER staff_changes_no_truncate BEFORE TRUNCATE ON staff_changes
    FOR EACH STATEMENT EXECUTE FUNCTION orgdesk_refuse('the record of staff changes is append-only');

------------------------------------------------------------------------------------------------
-- Oversight (0006), letters, settings, holidays, reference counters
------------------------------------------------------------------------------------------------

CREATE TRIGGER quality_samples_no_update BEFORE UPDATE ON quality_samples
    FOR EACH ROW EXECUTE FUNCTION orgdesk_refuse('a quality sample is fixed once drawn');
CREATE TRIGGER quality_samples_no_delete BEFORE DELETE ON quality_samples
    FOR EACH ROW EXECUTE FUNCTION orgdesk_refuse('a quality sample is fixed once drawn');
CREATE TRIGGER quality_samples_no_truncate BEFORE TRUNCATE ON quality_samples
    FOR EACH STATEMENT EXECUTE FUNCTION orgdesk_refuse('a quality sample is fixed once drawn');
CREATE TRIGGER orgdesk_session_guard BEFORE INSERT OR UPDATE OR DELETE ON quality_samples
    FOR EACH ROW EXECUTE FUNCTION orgdesk_session_guard('drawn_by', 'a quality sample');
CREATE TRIGGER orgdesk_identity_follow BEFORE INSERT ON quality_samples
    FOR EACH ROW EXECUTE FUNCTION orgdesk_identity_follow('quality_samples_id_seq');

CREATE TRIGGER quality_sample_items_review_once BEFORE UPDATE ON quality_sample_items
    FOR EACH ROW WHEN (OLD.verdict IS NOT NULL OR NEW.sample_id IS DISTINCT FROM OLD.sample_id
                       OR NEW.position IS DISTINCT FROM OLD.position
                       OR NEW.application_id IS DISTINCT FROM OLD.application_id
                       OR NEW.decision_transition_id IS DISTINCT FROM OLD.decision_transition_id)
    EXECUTE FUNCTION orgdesk_refuse('a sampled case is reviewed once, and what was drawn cannot change');
CREATE TRIGGER quality_sample_items_no_delete BEFORE DELETE ON quality_sample_items
    FOR EACH ROW EXECUTE FUNCTION orgdesk_refuse('a quality sample is fixed once drawn');
CREATE TRIGGER quality_sample_items_no_truncate BEFORE TRUNCATE ON quality_sample_items
    FOR EACH STATEMENT EXECUTE FUNCTION orgdesk_refuse('a quality sample is fixed once drawn');
CREATE TRIGGER orgdesk_session_guard BEFORE INSERT OR UPDATE OR DELETE ON quality_sample_items
    FOR EACH ROW EXECUTE FUNCTION orgdesk_session_guard('reviewed_by', 'a review of a sampled case');

CREATE TRIGGER orgdesk_session_guard BEFORE INSERT OR UPDATE OR DELETE ON letter_templates
    FOR EACH ROW EXECUTE FUNCTION orgdesk_session_guard('updated_by', 'a change of a letter template');
CREATE TRIGGER orgdesk_session_guard BEFORE INSERT OR UPDATE OR DELETE ON settings
    FOR EACH ROW EXECUTE FUNCTION orgdesk_session_guard();
CREATE TRIGGER orgdesk_session_guard BEFORE INSERT OR UPDATE OR DELETE ON public_holidays
    FOR EACH ROW EXECUTE FUNCTION orgdesk_session_guard();
CREATE TRIGGER orgdesk_session_guard BEFORE INSERT OR UPDATE OR DELETE ON reference_counters
    FOR EACH ROW EXECUTE FUNCTION orgdesk_session_guard();

-- Change counters of the reference data a desk caches (0010), row by row as in SQLite.
CREATE TRIGGER case_prefixes_version_insert AFTER INSERT ON case_prefixes
    FOR EACH ROW EXECUTE FUNCTION orgdesk_bump_reference_version('case_prefixes');
CREATE TRIGGER case_prefixes_version_update AFTER UPDATE ON case_prefixes
    FOR EACH ROW EXECUTE FUNCTION orgdesk_bump_reference_version('case_prefixes');
CREATE TRIGGER case_prefixes_version_delete AFTER DELETE ON case_prefixes
    FOR EACH ROW EXECUTE FUNCTION orgdesk_bump_reference_version('case_prefixes');
CREATE TRIGGER case_prefixes_version_truncate AFTER TRUNCATE ON case_prefixes
    FOR EACH STATEMENT EXECUTE FUNCTION orgdesk_bump_reference_version('case_prefixes');
CREATE TRIGGER eligibility_policies_version_insert AFTER INSERT ON eligibility_policies
    FOR EACH ROW EXECUTE FUNCTION orgdesk_bump_reference_version('eligibility');
CREATE TRIGGER eligibility_policies_version_update AFTER UPDATE ON eligibility_policies
    FOR EACH ROW EXECUTE FUNCTION orgdesk_bump_reference_version('eligibility');
CREATE TRIGGER eligibility_policies_version_delete AFTER DELETE ON eligibility_policies
    FOR EACH ROW EXECUTE FUNCTION orgdesk_bump_reference_version('eligibility');
CREATE TRIGGER eligibility_policies_version_truncate AFTER TRUNCATE ON eligibility_policies
    FOR EACH STATEMENT EXECUTE FUNCTION orgdesk_bump_reference_version('eligibility');
CREATE TRIGGER eligibility_rules_version_insert AFTER INSERT ON eligibility_rules
    FOR EACH ROW EXECUTE FUNCTION orgdesk_bump_reference_version('eligibility');
CREATE TRIGGER eligibility_rules_version_update AFTER UPDATE ON eligibility_rules
    FOR EACH ROW EXECUTE FUNCTION orgdesk_bump_reference_version('eligibility');
CREATE TRIGGER eligibility_rules_version_delete AFTER DELETE ON eligibility_rules
    FOR EACH ROW EXECUTE FUNCTION orgdesk_bump_reference_version('eligibility');
CREATE TRIGGER eligibility_rules_version_truncate AFTER TRUNCATE ON eligibility_rules
    FOR EACH STATEMENT EXECUTE FUNCTION orgdesk_bump_reference_version('eligibility');

------------------------------------------------------------------------------------------------
-- Database logins of staff accounts (SECURITY DEFINER, run as the database owner, which needs
-- CREATEROLE). EXECUTE: orgdesk_admin, except orgdesk_reset_login_password, which everyone may
-- call for their own login. A login is named role_prefix || lower(username) (users.login_role
-- holds the name) and is a member of exactly one group, orgdesk_<users.role>, while the account
-- is active. The application changes users itself (with its events) and then calls these in the
-- same transaction; each refuses when the users row does not already say what is asked.
-- Passwords are never put in a message; pass them as bind parameters (or pass a SCRAM verifier
-- made with libpq's PQencryptPasswordConn, which PostgreSQL stores as it is).
------------------------------------------------------------------------------------------------

-- Refuses unless the session is an active administrator's login, or not a staff login at all.
CREATE FUNCTION orgdesk_require_login_manager() RETURNS void
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    staff bigint;
BEGIN
    staff := orgdesk_session_writer();
    IF staff IS NOT NULL AND NOT EXISTS (SELECT 1 FROM users WHERE id = staff AND role = 'admin' AND active = 1) THEN
        RAISE EXCEPTION 'only an administrator can manage the database logins of staff accounts';
    END IF;
END
$$;

-- The users row of a staff account that has a login, and that login (a role this schema made).
CREATE FUNCTION orgdesk_login_of(p_username text) RETURNS users
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    u users;
BEGIN
    SELECT * INTO u FROM users WHERE lower(username) = lower(p_username);
    IF u.id IS NULL THEN
        RAISE EXCEPTION 'there is no staff account %', p_username;
    END IF;
    IF u.login_role IS NULL THEN
        RAISE EXCEPTION 'the staff account % has no database login', u.username;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = u.login_role AND NOT rolsuper) THEN
        RAISE EXCEPTION 'the database login of the staff account % is missing', u.username;
    END IF;
    RETURN u;
END
$$;

-- Makes the login of group `orgdesk_<role>` the one group of `login` (none when p_role is NULL).
CREATE FUNCTION orgdesk_set_login_group(login text, p_role text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    g text;
BEGIN
    FOR g IN SELECT r.rolname FROM pg_catalog.pg_auth_members m
             JOIN pg_catalog.pg_roles r ON r.oid = m.roleid
             JOIN pg_catalog.pg_roles l ON l.oid = m.member
             WHERE l.rolname = login AND r.rolname IN ('orgdesk_clerk', 'orgdesk_supervisor', 'orgdesk_admin')
               AND r.rolname IS DISTINCT FROM 'orgdesk_' || p_role LOOP
        EXECUTE format('REVOKE %I FROM %I', g, login);
    END LOOP;
    IF p_role IS NOT NULL AND NOT pg_catalog.pg_has_role(login, 'orgdesk_' || p_role, 'MEMBER') THEN
        EXECUTE format('GRANT %I TO %I', 'orgdesk_' || p_role, login);
    END IF;
END
$$;

-- Creates the login of an existing staff account (inserted, with its event, by the application
-- just before) and records it in users.login_role. Returns the login's name. A NULL password makes
-- a login nobody can sign in with until orgdesk_reset_login_password gives it one (a desk copied
-- to the server); the login of a deactivated account is made NOLOGIN and in no group.
CREATE FUNCTION orgdesk_create_login(p_username text, p_role text, p_password text) RETURNS text
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    u users;
    login text;
BEGIN
    PERFORM orgdesk_require_login_manager();
    IF p_role IS NULL OR p_role NOT IN ('clerk', 'supervisor', 'admin') THEN
        RAISE EXCEPTION 'the role must be clerk, supervisor or admin';
    END IF;
    IF p_password = '' THEN
        RAISE EXCEPTION 'a database login needs a password (or NULL for none yet)';
    END IF;
    SELECT * INTO u FROM users WHERE lower(username) = lower(p_username);
    IF u.id IS NULL THEN
        RAISE EXCEPTION 'there is no staff account %', p_username;
    END IF;
    IF u.username !~ '^[A-Za-z0-9._-]{2,40}$' THEN
        RAISE EXCEPTION 'a user name is 2 to 40 letters, digits, dots, dashes or underscores';
    END IF;
    IF u.login_role IS NOT NULL THEN
        RAISE EXCEPTION 'the staff account % has a database login already', u.username;
    END IF;
    IF u.role IS DISTINCT FROM p_role THEN
        RAISE EXCEPTION 'the staff account % has the role %, not %', u.username, u.role, p_role;
    END IF;
    SELECT role_prefix || lower(u.username) INTO login FROM server_config WHERE singleton = 1;
    IF EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = login) THEN
        RAISE EXCEPTION 'a database role named % exists already', login;
    END IF;
    BEGIN
        EXECUTE format('CREATE ROLE %I %s NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS INHERIT '
                       'PASSWORD %L', login, CASE WHEN u.active = 1 THEN 'LOGIN' ELSE 'NOLOGIN' END, p_password);
    EXCEPTION WHEN others THEN
        -- Re-raised without the statement, which holds the password.
        RAISE EXCEPTION 'the database login % could not be created: %', login, SQLERRM;
    END;
    IF u.active = 1 THEN
        PERFORM orgdesk_set_login_group(login, u.role);
    END IF;
    UPDATE users SET login_role = login WHERE id = u.id;
    RETURN login;
END
$$;

-- Lets the login in (LOGIN, member of its group) or keeps it out (NOLOGIN, no group: an open
-- session of it can no longer read or write either) after users.active was changed with its event.
CREATE FUNCTION orgdesk_set_login_active(p_username text, p_active boolean) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    u users;
BEGIN
    PERFORM orgdesk_require_login_manager();
    u := orgdesk_login_of(p_username);
    IF p_active IS NULL OR (u.active = 1) IS DISTINCT FROM p_active THEN
        RAISE EXCEPTION 'change the active state of the staff account % first, with its event', u.username;
    END IF;
    IF p_active THEN
        EXECUTE format('ALTER ROLE %I LOGIN', u.login_role);
        PERFORM orgdesk_set_login_group(u.login_role, u.role);
    ELSE
        EXECUTE format('ALTER ROLE %I NOLOGIN', u.login_role);
        PERFORM orgdesk_set_login_group(u.login_role, NULL);
    END IF;
END
$$;

-- Moves the login to the group of its role after users.role was changed with its event.
CREATE FUNCTION orgdesk_set_login_role(p_username text, p_role text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    u users;
BEGIN
    PERFORM orgdesk_require_login_manager();
    IF p_role IS NULL OR p_role NOT IN ('clerk', 'supervisor', 'admin') THEN
        RAISE EXCEPTION 'the role must be clerk, supervisor or admin';
    END IF;
    u := orgdesk_login_of(p_username);
    IF u.role IS DISTINCT FROM p_role THEN
        RAISE EXCEPTION 'change the role of the staff account % first, with its event', u.username;
    END IF;
    PERFORM orgdesk_set_login_group(u.login_role, CASE WHEN u.active = 1 THEN p_role END);
END
$$;

-- Sets the password of a login: an administrator's (or the system's) for anyone, everyone's for
-- their own (as ALTER ROLE CURRENT_USER PASSWORD does).
CREATE FUNCTION orgdesk_reset_login_password(p_username text, p_password text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    u users;
    staff bigint;
BEGIN
    staff := orgdesk_session_writer();
    IF p_password IS NULL OR p_password = '' THEN
        RAISE EXCEPTION 'a database login needs a password';
    END IF;
    u := orgdesk_login_of(p_username);
    IF u.id IS DISTINCT FROM staff THEN
        PERFORM orgdesk_require_login_manager();
    END IF;
    BEGIN
        EXECUTE format('ALTER ROLE %I PASSWORD %L', u.login_role, p_password);
    EXCEPTION WHEN others THEN
        RAISE EXCEPTION 'the password of % could not be set: %', u.login_role, SQLERRM;
    END;
END
$$;

------------------------------------------------------------------------------------------------
-- Privileges. Nothing for PUBLIC; each group gets what its work needs. The triggers run as the
-- owner (SECURITY DEFINER), so derived tables (application_search, audit_head, staff_changes,
-- reference_data_versions, the status of a case) need no grant.
------------------------------------------------------------------------------------------------

DO $$
DECLARE
    f regprocedure;
BEGIN
    EXECUTE format('REVOKE CONNECT, TEMPORARY ON DATABASE %I FROM PUBLIC', current_database());
    EXECUTE format('GRANT CONNECT ON DATABASE %I TO orgdesk_clerk, orgdesk_supervisor, orgdesk_admin',
                   current_database());
    -- This schema's functions (not those of the extensions, which the trigram index needs).
    FOR f IN SELECT p.oid::regprocedure FROM pg_catalog.pg_proc p
             WHERE p.pronamespace = 'public'::regnamespace
               AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                               WHERE d.classid = 'pg_catalog.pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e') LOOP
        EXECUTE format('REVOKE ALL ON FUNCTION %s FROM PUBLIC', f);
    END LOOP;
END
$$;
-- Functions later migrations add are not PUBLIC's either (per database, for the owner's objects).
ALTER DEFAULT PRIVILEGES REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;

REVOKE ALL ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO orgdesk_clerk, orgdesk_supervisor, orgdesk_admin;
REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC;
REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM PUBLIC;

-- Reading: every group reads the cases, the trail and the reference data; nobody reads
-- users.password_hash (column grants), server_config tells how logins are named.
GRANT SELECT ON organization_types, case_prefixes, reason_codes, public_holidays, reference_counters, settings,
                applications, application_case_numbers, attachments, attachment_pages, events,
                eligibility_policies, eligibility_rules, checklist_templates, application_checklist,
                application_links, application_drafts, allowed_transitions, application_transitions, requisitions,
                letter_templates, audit_head, application_search, attachment_search, quality_samples,
                quality_sample_items, staff_changes, reference_data_versions, server_config,
                application_search_text, application_eligibility
    TO orgdesk_clerk, orgdesk_supervisor, orgdesk_admin;
GRANT SELECT (id, username, display_name, role, active, failed_attempts, locked_until, created_at, login_role)
    ON users TO orgdesk_clerk, orgdesk_supervisor, orgdesk_admin;

-- Everyone: the audit trail (append), autosaved drafts expire at every sign-in, and the sign-in
-- state of one's own account (others' only for administrators: orgdesk_users_session_guard).
GRANT INSERT ON events TO orgdesk_clerk, orgdesk_supervisor, orgdesk_admin;
GRANT DELETE ON application_drafts TO orgdesk_clerk, orgdesk_supervisor, orgdesk_admin;
GRANT UPDATE (failed_attempts, locked_until) ON users TO orgdesk_clerk, orgdesk_supervisor, orgdesk_admin;

-- Case work (clerks and supervisors): intake, the form, documents, checklist, links, moves,
-- requisitions.
GRANT INSERT, UPDATE ON applications, reference_counters, attachment_pages, application_checklist, requisitions,
                        application_drafts
    TO orgdesk_clerk, orgdesk_supervisor;
GRANT INSERT, UPDATE, DELETE ON application_case_numbers TO orgdesk_clerk, orgdesk_supervisor;
GRANT DELETE ON application_checklist TO orgdesk_clerk, orgdesk_supervisor;
GRANT INSERT ON attachments, application_links, application_transitions TO orgdesk_clerk, orgdesk_supervisor;
GRANT INSERT, DELETE ON attachment_search TO orgdesk_clerk, orgdesk_supervisor;
GRANT USAGE ON SEQUENCE applications_id_seq, attachments_id_seq, application_links_id_seq,
                        application_transitions_id_seq, requisitions_id_seq
    TO orgdesk_clerk, orgdesk_supervisor;

-- Quality sampling (supervisors).
GRANT INSERT ON quality_samples TO orgdesk_supervisor;
GRANT INSERT, UPDATE ON quality_sample_items TO orgdesk_supervisor;
GRANT USAGE ON SEQUENCE quality_samples_id_seq TO orgdesk_supervisor;

-- Administration: staff accounts (rows only; logins through the functions below), settings,
-- letter templates, the holiday calendar, and the retention purge (an attachment's bytes, a
-- closed case's identity number, its drafts).
GRANT INSERT (username, display_name, role, password_hash, active, created_at) ON users TO orgdesk_admin;
GRANT UPDATE (role, active) ON users TO orgdesk_admin;
GRANT USAGE ON SEQUENCE users_id_seq TO orgdesk_admin;
GRANT INSERT, UPDATE ON settings TO orgdesk_admin;
GRANT UPDATE (subject, body, updated_at, updated_by) ON letter_templates TO orgdesk_admin;
GRANT INSERT, UPDATE, DELETE ON public_holidays TO orgdesk_admin;
GRANT UPDATE (content, purged_at, purged_by) ON attachments TO orgdesk_admin;
GRANT UPDATE (pa_id_number, updated_at) ON applications TO orgdesk_admin;

GRANT EXECUTE ON FUNCTION orgdesk_create_login(text, text, text), orgdesk_set_login_active(text, boolean),
                          orgdesk_set_login_role(text, text)
    TO orgdesk_admin;
GRANT EXECUTE ON FUNCTION orgdesk_reset_login_password(text, text)
    TO orgdesk_clerk, orgdesk_supervisor, orgdesk_admin;

-- Functions the groups' own statements evaluate (CHECK constraints, the eligibility view) or may
-- call: who am I, the write lock, and the event hash for checking the chain.
GRANT EXECUTE ON FUNCTION orgdesk_session_staff(), orgdesk_lock_event_chain(),
                          orgdesk_json_array_length(text), orgdesk_hk_date(text),
                          orgdesk_event_canonical(bigint, text, bigint, text, text, bigint, text, text),
                          orgdesk_event_hash(bigint, text, bigint, text, text, bigint, text, text)
    TO orgdesk_clerk, orgdesk_supervisor, orgdesk_admin;
