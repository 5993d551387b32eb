-- SPDX-License-Identifier: GPL-3.0-or-later
-- OrgDesk schema, version 10: guards in the file itself. Whoever can write the SQLite file can run
-- SQL on it with the sqlite3 shell; these triggers refuse the statements that would rewrite a rule
-- without a trace. They cannot stop someone who drops them (DROP TRIGGER needs no permission in
-- SQLite): `orgdesk-cli check` (app/IntegrityChecker, app/StoreReconciler) compares the file's
-- triggers with the ones these migrations create and reconciles the data with the audit trail.
--
-- REPLACE (and INSERT OR REPLACE, UPDATE OR REPLACE) removes a conflicting row without firing its
-- delete triggers unless PRAGMA recursive_triggers is on, which a sqlite3 shell does not do. So
-- every guarded table refuses an insert whose key already exists, and keys never change: a REPLACE
-- can no longer remove a row on its way in. (OrgDesk's own connections turn recursive_triggers on
-- as well, in db/Database.)

-- Cases. A case is born `received`, naming the active staff account that received it; every later
-- status is reached by a recorded move (0003's application_transitions). Cases are never deleted:
-- they are withdrawn, marked duplicate or closed.
CREATE TRIGGER applications_insert_guard BEFORE INSERT ON applications
BEGIN
    SELECT RAISE(ABORT, 'an application with this id or reference exists already; a case is never replaced')
    WHERE EXISTS (SELECT 1 FROM applications WHERE id = NEW.id)
       OR EXISTS (SELECT 1 FROM applications WHERE reference = NEW.reference);
    SELECT RAISE(ABORT, 'a new application starts as received; later statuses are reached by recorded moves')
    WHERE NEW.status IS NOT 'received';
    SELECT RAISE(ABORT, 'a new application names the active staff account that received it')
    WHERE NOT EXISTS (SELECT 1 FROM users WHERE id = NEW.registered_by AND active = 1);
END;
CREATE TRIGGER applications_identity_fixed BEFORE UPDATE OF id, reference ON applications
WHEN NEW.id IS NOT OLD.id OR NEW.reference IS NOT OLD.reference
BEGIN
    SELECT RAISE(ABORT, 'an application''s id and reference never change');
END;
CREATE TRIGGER applications_no_delete BEFORE DELETE ON applications
BEGIN
    SELECT RAISE(ABORT, 'applications are kept: a case is withdrawn, marked duplicate or closed, never deleted');
END;

-- Moves are append-only already (0003); an insert may not replace one either.
CREATE TRIGGER application_transitions_no_replace BEFORE INSERT ON application_transitions
WHEN EXISTS (SELECT 1 FROM application_transitions WHERE id = NEW.id)
BEGIN
    SELECT RAISE(ABORT, 'the record of status changes is append-only');
END;

-- Attachments are kept. OrgDesk removes none: a mistaken file stays on its case, and an identity
-- document past retention is purged by an UPDATE that keeps its row as a tombstone (0006).
CREATE TRIGGER attachments_insert_guard BEFORE INSERT ON attachments
WHEN EXISTS (SELECT 1 FROM attachments WHERE id = NEW.id)
BEGIN
    SELECT RAISE(ABORT, 'an attachment with this id exists already; a stored attachment is never replaced');
END;
CREATE TRIGGER attachments_identity_fixed BEFORE UPDATE OF id ON attachments
WHEN NEW.id IS NOT OLD.id
BEGIN
    SELECT RAISE(ABORT, 'an attachment''s id never changes');
END;
CREATE TRIGGER attachments_no_delete BEFORE DELETE ON attachments
BEGIN
    SELECT RAISE(ABORT, 'attachments are kept; identity documents are purged under the retention rules, which keeps their record');
END;

-- Staff accounts are kept (deactivated, never deleted), and keep their id and user name.
CREATE TRIGGER users_insert_guard BEFORE INSERT ON users
WHEN EXISTS (SELECT 1 FROM users WHERE id = NEW.id) OR EXISTS (SELECT 1 FROM users WHERE username = NEW.username)
BEGIN
    SELECT RAISE(ABORT, 'a staff account with this id or user name exists already; an account is never replaced');
END;
CREATE TRIGGER users_identity_fixed BEFORE UPDATE OF id, username ON users
WHEN NEW.id IS NOT OLD.id OR NEW.username IS NOT OLD.username
BEGIN
    SELECT RAISE(ABORT, 'a staff account''s id and user name never change');
END;
CREATE TRIGGER users_no_delete BEFORE DELETE ON users
BEGIN
    SELECT RAISE(ABORT, 'staff accounts are kept: deactivate an account instead');
END;

-- A change of a staff account's role or active state needs its event. SQLite cannot name the
-- current transaction, so "the event of this transaction" is made precise this way: OrgDesk appends
-- the event first (user.deactivated, user.reactivated, or user.role_changed with details.role) and
-- changes the row next, in the same transaction. The change is accepted only if the newest event
-- of the whole trail is that event, for that account, saying that change, and if no other change
-- has been accepted on it before: each accepted change is written to staff_changes under the
-- event's id (its primary key), so one event authorises exactly one change, and a change with no
-- event of its own directly before it is refused. An event cannot be forged without leaving it in
-- the hash chain, which is what the rule asks for: no change of privileges without a trace.
CREATE TABLE staff_changes (
    event_id INTEGER PRIMARY KEY REFERENCES events (id),
    user_id  INTEGER NOT NULL REFERENCES users (id),
    role     TEXT NOT NULL,
    active   INTEGER NOT NULL
);
CREATE INDEX staff_changes_user ON staff_changes (user_id);
CREATE TRIGGER users_change_needs_event BEFORE UPDATE OF role, active ON users
WHEN NEW.role IS NOT OLD.role OR NEW.active IS NOT OLD.active
BEGIN
    SELECT RAISE(ABORT, 'change a staff account''s role or its active state, not both at once')
    WHERE NEW.role IS NOT OLD.role AND NEW.active IS NOT OLD.active;
    SELECT RAISE(ABORT, 'a staff account''s role or active state changes only with its event, recorded just before it')
    WHERE NOT EXISTS (SELECT 1 FROM events e
                      WHERE e.id = (SELECT max(id) FROM events) AND e.subject_type = 'user' AND e.subject_id = NEW.id
                        AND CASE WHEN NEW.role IS NOT OLD.role
                                     THEN e.action = 'user.role_changed' AND json_extract(e.details, '$.role') IS NEW.role
                                 WHEN NEW.active = 1 THEN e.action = 'user.reactivated'
                                 ELSE e.action = 'user.deactivated' END);
    SELECT RAISE(ABORT, 'this event has already been used for a change of a staff account')
    WHERE EXISTS (SELECT 1 FROM staff_changes WHERE event_id = (SELECT max(id) FROM events));
END;
CREATE TRIGGER users_change_recorded AFTER UPDATE OF role, active ON users
WHEN NEW.role IS NOT OLD.role OR NEW.active IS NOT OLD.active
BEGIN
    INSERT INTO staff_changes (event_id, user_id, role, active)
        VALUES ((SELECT max(id) FROM events), NEW.id, NEW.role, NEW.active);
END;
CREATE TRIGGER staff_changes_no_update BEFORE UPDATE ON staff_changes
BEGIN
    SELECT RAISE(ABORT, 'the record of staff changes is append-only');
END;
CREATE TRIGGER staff_changes_no_delete BEFORE DELETE ON staff_changes
BEGIN
    SELECT RAISE(ABORT, 'the record of staff changes is append-only');
END;

-- Events are append-only (0001); an insert may not replace one.
CREATE TRIGGER events_no_replace BEFORE INSERT ON events
WHEN EXISTS (SELECT 1 FROM events WHERE id = NEW.id) OR EXISTS (SELECT 1 FROM events WHERE hash = NEW.hash)
BEGIN
    SELECT RAISE(ABORT, 'events are append-only');
END;

-- The audit head (0005) is kept by events_head and only ever names the newest event.
CREATE TRIGGER audit_head_no_delete BEFORE DELETE ON audit_head
BEGIN
    SELECT RAISE(ABORT, 'the audit head is kept');
END;
CREATE TRIGGER audit_head_insert_newest BEFORE INSERT ON audit_head
WHEN NEW.last_id IS NOT (SELECT max(id) FROM events)
     OR NEW.last_hash IS NOT (SELECT hash FROM events WHERE id = NEW.last_id)
BEGIN
    SELECT RAISE(ABORT, 'the audit head names the newest event');
END;
CREATE TRIGGER audit_head_update_newest BEFORE UPDATE ON audit_head
WHEN NEW.last_id IS NOT (SELECT max(id) FROM events)
     OR NEW.last_hash IS NOT (SELECT hash FROM events WHERE id = NEW.last_id)
BEGIN
    SELECT RAISE(ABORT, 'the audit head names the newest event');
END;

-- Reference data the desk keeps in memory (case-number prefixes in app/form/FormService, eligibility
-- policies and rules in app/form/EligibilityService) carries a change counter, raised by any insert,
-- update or delete from any connection. A desk compares it before using what it read, so an
-- administrator's change applies at once, without restarting the desk.
CREATE TABLE reference_data_versions (
    name    TEXT PRIMARY KEY,
    version INTEGER NOT NULL
) WITHOUT ROWID;
INSERT INTO reference_data_versions (name, version) VALUES ('case_prefixes', 0), ('eligibility', 0);
CREATE TRIGGER case_prefixes_version_insert AFTER INSERT ON case_prefixes
BEGIN
    UPDATE reference_data_versions SET version = version + 1 WHERE name = 'case_prefixes';
END;
CREATE TRIGGER case_prefixes_version_update AFTER UPDATE ON case_prefixes
BEGIN
    UPDATE reference_data_versions SET version = version + 1 WHERE name = 'case_prefixes';
END;
CREATE TRIGGER case_prefixes_version_delete AFTER DELETE ON case_prefixes
BEGIN
    UPDATE reference_data_versions SET version = version + 1 WHERE name = 'case_prefixes';
END;
CREATE TRIGGER eligibility_policies_version_insert AFTER INSERT ON eligibility_policies
BEGIN
    UPDATE reference_data_versions SET version = version + 1 WHERE name = 'eligibility';
END;
CREATE TRIGGER eligibility_policies_version_update AFTER UPDATE ON eligibility_policies
BEGIN
    UPDATE reference_data_versions SET version = version + 1 WHERE name = 'eligibility';
END;
CREATE TRIGGER eligibility_policies_version_delete AFTER DELETE ON eligibility_policies
BEGIN
    UPDATE reference_data_versions SET version = version + 1 WHERE name = 'eligibility';
END;
CREATE TRIGGER eligibility_rules_version_insert AFTER INSERT ON eligibility_rules
BEGIN
    UPDATE reference_data_versions SET version = version + 1 WHERE name = 'eligibility';
END;
CREATE TRIGGER eligibility_rules_version_update AFTER UPDATE ON eligibility_rules
BEGIN
    UPDATE reference_data_versions SET version = version + 1 WHERE name = 'eligibility';
END;
CREATE TRIGGER eligibility_rules_version_delete AFTER DELETE ON eligibility_rules
BEGIN
    UPDATE reference_data_versions SET version = version + 1 WHERE name = 'eligibility';
END;
