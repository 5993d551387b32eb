-- SPDX-License-Identifier: GPL-3.0-or-later
-- OrgDesk schema, version 1: staff, applications, attachments, the event trail and reference data.
-- Times are UTC in ISO 8601 ('YYYY-MM-DDTHH:MM:SSZ'), dates 'YYYY-MM-DD'; both sort as text.

CREATE TABLE users (
    id              INTEGER PRIMARY KEY,
    username        TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(username)) > 0),
    display_name    TEXT NOT NULL DEFAULT '',
    role            TEXT NOT NULL CHECK (role IN ('clerk', 'supervisor', 'admin')),
    password_hash   TEXT NOT NULL,
    active          INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    failed_attempts INTEGER NOT NULL DEFAULT 0,
    locked_until    TEXT,
    created_at      TEXT NOT NULL
);

CREATE TABLE organization_types (
    code       TEXT PRIMARY KEY,
    name_en    TEXT NOT NULL,
    name_zh    TEXT NOT NULL,
    sort_order INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE case_prefixes (
    prefix   TEXT PRIMARY KEY CHECK (prefix = upper(prefix)),
    court_en TEXT NOT NULL,
    court_zh TEXT NOT NULL DEFAULT ''
);

CREATE TABLE reason_codes (
    code    TEXT PRIMARY KEY,
    kind    TEXT NOT NULL CHECK (kind IN ('requisition', 'rejection', 'any')),
    text_en TEXT NOT NULL,
    text_zh TEXT NOT NULL,
    active  INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
);

CREATE TABLE public_holidays (
    day     TEXT PRIMARY KEY CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    name_en TEXT NOT NULL,
    name_zh TEXT NOT NULL DEFAULT ''
);

-- Last reference number handed out per year; only ever grows, so numbers are never reused.
CREATE TABLE reference_counters (
    year       INTEGER PRIMARY KEY,
    last_value INTEGER NOT NULL CHECK (last_value >= 0)
);

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE applications (
    id                     INTEGER PRIMARY KEY,
    reference              TEXT NOT NULL UNIQUE CHECK (reference GLOB 'OA-[0-9][0-9][0-9][0-9]-[0-9]*'),
    status                 TEXT NOT NULL DEFAULT 'received' CHECK (status IN (
                               'received', 'registered', 'under_review', 'awaiting_applicant',
                               'recommended', 'case_by_case', 'approved', 'rejected',
                               'account_created', 'withdrawn', 'duplicate', 'closed')),
    channel                TEXT NOT NULL CHECK (channel IN ('fax', 'post', 'hand', 'online')),
    received_at            TEXT NOT NULL,
    registered_by          INTEGER REFERENCES users (id),
    sender_fax             TEXT NOT NULL DEFAULT '',
    pages_received         INTEGER,
    org_name_en            TEXT NOT NULL DEFAULT '',
    org_name_zh            TEXT NOT NULL DEFAULT '',
    org_type               TEXT REFERENCES organization_types (code),
    br_number              TEXT NOT NULL DEFAULT '',
    br_branch              TEXT NOT NULL DEFAULT '',
    registered_address     TEXT NOT NULL DEFAULT '',
    correspondence_address TEXT NOT NULL DEFAULT '',
    pa_name_en             TEXT NOT NULL DEFAULT '',
    pa_name_zh             TEXT NOT NULL DEFAULT '',
    pa_id_type             TEXT NOT NULL DEFAULT '' CHECK (pa_id_type IN ('', 'hkid', 'passport')),
    pa_id_number           TEXT NOT NULL DEFAULT '',
    pa_position            TEXT NOT NULL DEFAULT '',
    phone                  TEXT NOT NULL DEFAULT '',
    fax                    TEXT NOT NULL DEFAULT '',
    email                  TEXT NOT NULL DEFAULT '',
    form_signed            INTEGER CHECK (form_signed IN (0, 1)),
    form_date              TEXT,
    remarks                TEXT NOT NULL DEFAULT '',
    created_at             TEXT NOT NULL,
    updated_at             TEXT NOT NULL
);
-- The queue sorts and filters by these; rowid breaks ties so keyset paging is exact.
CREATE INDEX applications_received ON applications (received_at);
CREATE INDEX applications_status_received ON applications (status, received_at);
CREATE INDEX applications_channel_received ON applications (channel, received_at);
CREATE INDEX applications_org_name ON applications (org_name_en);
CREATE INDEX applications_br ON applications (br_number, br_branch);

CREATE TABLE application_case_numbers (
    application_id INTEGER NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
    position       INTEGER NOT NULL,
    case_number    TEXT NOT NULL,
    PRIMARY KEY (application_id, position)
);
CREATE INDEX application_case_numbers_number ON application_case_numbers (case_number);

CREATE TABLE attachments (
    id             INTEGER PRIMARY KEY,
    application_id INTEGER NOT NULL REFERENCES applications (id),
    original_name  TEXT NOT NULL,
    mime_type      TEXT NOT NULL,
    size           INTEGER NOT NULL CHECK (size >= 0),
    sha256         TEXT NOT NULL CHECK (length(sha256) = 64),
    page_count     INTEGER NOT NULL CHECK (page_count >= 0),
    content        BLOB NOT NULL,
    added_at       TEXT NOT NULL,
    added_by       INTEGER REFERENCES users (id)
);
CREATE INDEX attachments_application ON attachments (application_id);
CREATE INDEX attachments_sha256 ON attachments (sha256);

CREATE TABLE attachment_pages (
    attachment_id INTEGER NOT NULL REFERENCES attachments (id) ON DELETE CASCADE,
    page_no       INTEGER NOT NULL CHECK (page_no >= 1),
    rotation      INTEGER NOT NULL DEFAULT 0 CHECK (rotation IN (0, 90, 180, 270)),
    PRIMARY KEY (attachment_id, page_no)
);

-- The audit trail. Append-only: each row carries the hash of the row before it and its own
-- SHA-256 over a canonical serialisation (see db/EventLog.cpp), so an edit or removal breaks the chain.
CREATE TABLE events (
    id           INTEGER PRIMARY KEY,
    at           TEXT NOT NULL,
    user_id      INTEGER REFERENCES users (id),
    action       TEXT NOT NULL,
    subject_type TEXT NOT NULL DEFAULT '',
    subject_id   INTEGER,
    details      TEXT NOT NULL DEFAULT '{}',
    prev_hash    TEXT NOT NULL,
    hash         TEXT NOT NULL UNIQUE
);
CREATE INDEX events_subject ON events (subject_type, subject_id);
CREATE INDEX events_at ON events (at);

CREATE TRIGGER events_no_update BEFORE UPDATE ON events
BEGIN
    SELECT RAISE(ABORT, 'events are append-only');
END;
CREATE TRIGGER events_no_delete BEFORE DELETE ON events
BEGIN
    SELECT RAISE(ABORT, 'events are append-only');
END;

-- Reference data from the domain brief; administrators may edit it.
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
