-- SPDX-License-Identifier: GPL-3.0-or-later
-- OrgDesk schema, version 2: the application form and its rules. Eligibility policies as dated
-- rows, evidence checklists per organization type, links between applications from the same
-- organization, LSHK confirmation, case-number notes, duplicate-matching keys and form drafts.

-- Eligibility policies. The policy whose in_force_from is the latest on or before the date an
-- application was received (Hong Kong date) applies. Administrators may add rows when the
-- arrangement changes; old rows stay so older applications are judged as they were.
CREATE TABLE eligibility_policies (
    code          TEXT PRIMARY KEY,
    name_en       TEXT NOT NULL,
    name_zh       TEXT NOT NULL,
    in_force_from TEXT NOT NULL UNIQUE CHECK (in_force_from GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    source        TEXT NOT NULL DEFAULT ''
);

-- What each policy says for each organization type:
--   without_case: the outcome when the application gives no case number
--     'eligible'          eligible without a case number
--     'needs_case_number' only with the case number of an on-going or new e-proceeding
--     'case_by_case'      a supervisor decides on individual merits, with written reasons
--   needs_lshk_confirmation: 'eligible' holds only once registration with the Law Society of
--     Hong Kong is confirmed; until then the type is treated as under fallback_without_case.
--   With a case number every type is at least "eligible with case number".
CREATE TABLE eligibility_rules (
    policy_code             TEXT NOT NULL REFERENCES eligibility_policies (code) ON DELETE CASCADE,
    org_type                TEXT NOT NULL REFERENCES organization_types (code),
    without_case            TEXT NOT NULL CHECK (without_case IN ('eligible', 'needs_case_number', 'case_by_case')),
    needs_lshk_confirmation INTEGER NOT NULL DEFAULT 0 CHECK (needs_lshk_confirmation IN (0, 1)),
    fallback_without_case   TEXT NOT NULL DEFAULT 'case_by_case'
                                CHECK (fallback_without_case IN ('needs_case_number', 'case_by_case')),
    PRIMARY KEY (policy_code, org_type)
);

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

-- Evidence normally expected per organization type (domain brief section 4); editable.
CREATE TABLE checklist_templates (
    org_type    TEXT NOT NULL REFERENCES organization_types (code),
    item_code   TEXT NOT NULL,
    position    INTEGER NOT NULL,
    label_en    TEXT NOT NULL,
    label_zh    TEXT NOT NULL,
    reason_code TEXT REFERENCES reason_codes (code),
    active      INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    PRIMARY KEY (org_type, item_code)
);

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

-- The checklist of one application: items copied from the template when the type is chosen
-- (so editing a template later does not rewrite history), each ticked against a page.
CREATE TABLE application_checklist (
    application_id INTEGER NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
    item_code      TEXT NOT NULL,
    position       INTEGER NOT NULL,
    label_en       TEXT NOT NULL,
    label_zh       TEXT NOT NULL,
    reason_code    TEXT REFERENCES reason_codes (code),
    attachment_id  INTEGER REFERENCES attachments (id),
    page_no        INTEGER CHECK (page_no >= 1),
    ticked_by      INTEGER REFERENCES users (id),
    ticked_at      TEXT,
    PRIMARY KEY (application_id, item_code),
    CHECK ((attachment_id IS NULL) = (page_no IS NULL))
);

-- Applications from the same organization, linked by a clerk; never merged.
CREATE TABLE application_links (
    id             INTEGER PRIMARY KEY,
    application_id INTEGER NOT NULL REFERENCES applications (id),
    linked_id      INTEGER NOT NULL REFERENCES applications (id),
    kind           TEXT NOT NULL CHECK (kind IN ('resubmission_of', 'duplicate_of')),
    note           TEXT NOT NULL DEFAULT '',
    created_by     INTEGER REFERENCES users (id),
    created_at     TEXT NOT NULL,
    UNIQUE (application_id, linked_id),
    CHECK (application_id <> linked_id)
);
CREATE INDEX application_links_linked ON application_links (linked_id);

-- LSHK registration of a law firm: who confirmed it, on which date, and how.
ALTER TABLE applications ADD COLUMN lshk_confirmed_by INTEGER REFERENCES users (id);
ALTER TABLE applications ADD COLUMN lshk_confirmed_on TEXT;
ALTER TABLE applications ADD COLUMN lshk_confirmed_how TEXT NOT NULL DEFAULT '';

-- Keys for finding the same organization written differently (see app/validation/Text.h).
-- Computed by OrgDesk when an application is saved; rows from version 1 are filled in by
-- OrgDesk on first use (the key needs Unicode folding SQL does not have).
ALTER TABLE applications ADD COLUMN org_name_en_key TEXT NOT NULL DEFAULT '';
ALTER TABLE applications ADD COLUMN org_name_zh_key TEXT NOT NULL DEFAULT '';
CREATE INDEX applications_org_name_en_key ON applications (org_name_en_key) WHERE org_name_en_key <> '';
CREATE INDEX applications_org_name_zh_key ON applications (org_name_zh_key) WHERE org_name_zh_key <> '';
CREATE INDEX applications_email ON applications (lower(email)) WHERE email <> '';
CREATE INDEX applications_phone ON applications (phone) WHERE phone <> '';

-- A case number whose prefix is not in case_prefixes is kept with the clerk's note.
ALTER TABLE application_case_numbers ADD COLUMN note TEXT NOT NULL DEFAULT '';

-- Form drafts, autosaved while a clerk types; removed when the form is saved.
CREATE TABLE application_drafts (
    application_id INTEGER NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
    user_id        INTEGER NOT NULL,
    saved_at       TEXT NOT NULL,
    content        TEXT NOT NULL,
    PRIMARY KEY (application_id, user_id)
);
