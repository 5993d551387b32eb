-- SPDX-License-Identifier: GPL-3.0-or-later
-- OrgDesk schema, version 5: the head of the audit chain, and instant search.

-- The newest event's id and hash, kept by a trigger. EventLog::verify compares the end of the chain
-- with it, so removing the newest events (which the chain alone cannot show) is detected. Someone
-- who can rewrite the database file can rewrite this row too; a printed or exported head hash
-- (orgdesk-cli audit verify prints it) is what proves the trail against such a person.
CREATE TABLE audit_head (
    singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
    last_id   INTEGER NOT NULL,
    last_hash TEXT NOT NULL
);
INSERT INTO audit_head (singleton, last_id, last_hash)
    SELECT 1, id, hash FROM events ORDER BY id DESC LIMIT 1;
CREATE TRIGGER events_head AFTER INSERT ON events
BEGIN
    INSERT INTO audit_head (singleton, last_id, last_hash) VALUES (1, new.id, new.hash)
        ON CONFLICT (singleton) DO UPDATE SET last_id = excluded.last_id, last_hash = excluded.last_hash;
END;

-- Search: one row per application (rowid = application id) with the text a clerk searches by,
-- indexed by trigrams so any substring of three or more characters (Chinese included) is found.
CREATE VIRTUAL TABLE application_search USING fts5(body, tokenize = 'trigram');

-- Text of attached PDFs (rowid = attachment id), filled at intake.
CREATE VIRTUAL TABLE attachment_search USING fts5(body, tokenize = 'trigram');

-- What is indexed for an application: reference, names, BR number, e-mail and case numbers.
CREATE VIEW application_search_text AS
    SELECT a.id AS id,
           a.reference || ' ' || a.org_name_en || ' ' || a.org_name_zh || ' ' || a.br_number || ' ' || a.email
               || ' ' || coalesce((SELECT group_concat(c.case_number, ' ') FROM application_case_numbers c
                                   WHERE c.application_id = a.id), '') AS body
    FROM applications a;

CREATE TRIGGER application_search_insert AFTER INSERT ON applications
BEGIN
    INSERT INTO application_search (rowid, body) SELECT id, body FROM application_search_text WHERE id = new.id;
END;

CREATE TRIGGER application_search_update AFTER UPDATE OF reference, org_name_en, org_name_zh, br_number, email
    ON applications
BEGIN
    DELETE FROM application_search WHERE rowid = new.id;
    INSERT INTO application_search (rowid, body) SELECT id, body FROM application_search_text WHERE id = new.id;
END;

CREATE TRIGGER application_search_cases_insert AFTER INSERT ON application_case_numbers
BEGIN
    DELETE FROM application_search WHERE rowid = new.application_id;
    INSERT INTO application_search (rowid, body)
        SELECT id, body FROM application_search_text WHERE id = new.application_id;
END;

CREATE TRIGGER application_search_cases_delete AFTER DELETE ON application_case_numbers
BEGIN
    DELETE FROM application_search WHERE rowid = old.application_id;
    INSERT INTO application_search (rowid, body)
        SELECT id, body FROM application_search_text WHERE id = old.application_id;
END;

CREATE TRIGGER attachment_search_delete AFTER DELETE ON attachments
BEGIN
    DELETE FROM attachment_search WHERE rowid = old.id;
END;

-- Existing applications are indexed now.
INSERT INTO application_search (rowid, body) SELECT id, body FROM application_search_text;
