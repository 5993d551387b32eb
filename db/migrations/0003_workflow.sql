-- SPDX-License-Identifier: GPL-3.0-or-later
-- OrgDesk schema, version 3: the workflow. Which status may follow which (and who may make the
-- move), the record of every move, four-eyes decisions and requisitions. The rules are enforced
-- here as well as in app/workflow/WorkflowService, so a script writing to the file directly
-- cannot skip a step or decide its own case.

-- One row per permitted move. `roles` lists the staff roles allowed to make it, separated by
-- spaces. `reason_kind` names the kind of reason code the move needs at least one of;
-- `note_required` asks for written words (a summary or reasons); `four_eyes` bars the person who
-- registered or recommended the case from making it. app/workflow/Workflow.cpp holds the same
-- table (a test keeps the two equal).
CREATE TABLE allowed_transitions (
    from_status   TEXT NOT NULL,
    to_status     TEXT NOT NULL,
    roles         TEXT NOT NULL CHECK (length(trim(roles)) > 0),
    reason_kind   TEXT CHECK (reason_kind IN ('requisition', 'rejection')),
    note_required INTEGER NOT NULL DEFAULT 0 CHECK (note_required IN (0, 1)),
    four_eyes     INTEGER NOT NULL DEFAULT 0 CHECK (four_eyes IN (0, 1)),
    PRIMARY KEY (from_status, to_status)
) WITHOUT ROWID;

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

CREATE TRIGGER allowed_transitions_no_insert BEFORE INSERT ON allowed_transitions
BEGIN
    SELECT RAISE(ABORT, 'the workflow is fixed: allowed_transitions cannot be changed');
END;
CREATE TRIGGER allowed_transitions_no_update BEFORE UPDATE ON allowed_transitions
BEGIN
    SELECT RAISE(ABORT, 'the workflow is fixed: allowed_transitions cannot be changed');
END;
CREATE TRIGGER allowed_transitions_no_delete BEFORE DELETE ON allowed_transitions
BEGIN
    SELECT RAISE(ABORT, 'the workflow is fixed: allowed_transitions cannot be changed');
END;

-- Every move of every application: who, when, from, to, reason codes (a JSON array of
-- reason_codes.code), a note, and for a recommendation the outcome recommended. Append-only.
-- Inserting a row is how a status changes: the row is checked, then applied to the application.
CREATE TABLE application_transitions (
    id             INTEGER PRIMARY KEY,
    application_id INTEGER NOT NULL REFERENCES applications (id),
    from_status    TEXT NOT NULL,
    to_status      TEXT NOT NULL,
    actor_id       INTEGER NOT NULL REFERENCES users (id),
    at             TEXT NOT NULL,
    reason_codes   TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(reason_codes) AND json_type(reason_codes) = 'array'),
    note           TEXT NOT NULL DEFAULT '',
    recommendation TEXT CHECK (recommendation IN ('approve', 'reject')),
    CHECK (recommendation IS NULL OR to_status = 'recommended')
);
CREATE INDEX application_transitions_application ON application_transitions (application_id, id);
CREATE INDEX application_transitions_actor ON application_transitions (actor_id);

CREATE TRIGGER application_transitions_check BEFORE INSERT ON application_transitions
BEGIN
    SELECT RAISE(ABORT, 'status change refused: the move does not start from the application''s current status')
    WHERE NEW.from_status IS NOT (SELECT status FROM applications WHERE id = NEW.application_id);
    SELECT RAISE(ABORT, 'status change refused: the workflow does not allow this move')
    WHERE NOT EXISTS (SELECT 1 FROM allowed_transitions
                      WHERE from_status = NEW.from_status AND to_status = NEW.to_status);
    SELECT RAISE(ABORT, 'status change refused: this staff role may not make this move, or the account is inactive')
    WHERE NOT EXISTS (SELECT 1 FROM allowed_transitions t JOIN users u ON u.id = NEW.actor_id AND u.active = 1
                      WHERE t.from_status = NEW.from_status AND t.to_status = NEW.to_status
                        AND instr(' ' || t.roles || ' ', ' ' || u.role || ' ') > 0);
    SELECT RAISE(ABORT, 'status change refused: unknown or inactive reason code')
    WHERE EXISTS (SELECT 1 FROM json_each(NEW.reason_codes) j
                  WHERE NOT EXISTS (SELECT 1 FROM reason_codes r WHERE r.code = j.value AND r.active = 1));
    SELECT RAISE(ABORT, 'status change refused: at least one reason code of the right kind is required')
    WHERE EXISTS (SELECT 1 FROM allowed_transitions t
                  WHERE t.from_status = NEW.from_status AND t.to_status = NEW.to_status AND t.reason_kind IS NOT NULL
                    AND (NOT EXISTS (SELECT 1 FROM json_each(NEW.reason_codes))
                         OR EXISTS (SELECT 1 FROM json_each(NEW.reason_codes) j JOIN reason_codes r ON r.code = j.value
                                    WHERE r.kind NOT IN (t.reason_kind, 'any'))));
    SELECT RAISE(ABORT, 'status change refused: written reasons are required')
    WHERE length(trim(NEW.note)) = 0
      AND EXISTS (SELECT 1 FROM allowed_transitions
                  WHERE from_status = NEW.from_status AND to_status = NEW.to_status AND note_required = 1);
    SELECT RAISE(ABORT, 'status change refused: a recommendation must say approve or reject')
    WHERE NEW.to_status = 'recommended' AND NEW.recommendation IS NULL;
    SELECT RAISE(ABORT, 'four-eyes: the person deciding must not have registered or recommended this application')
    WHERE EXISTS (SELECT 1 FROM allowed_transitions
                  WHERE from_status = NEW.from_status AND to_status = NEW.to_status AND four_eyes = 1)
      AND (NEW.actor_id IS (SELECT registered_by FROM applications WHERE id = NEW.application_id)
           OR EXISTS (SELECT 1 FROM application_transitions p
                      WHERE p.application_id = NEW.application_id AND +p.actor_id = NEW.actor_id -- '+': look up by application
                        AND (p.to_status IN ('registered', 'recommended')
                             OR (p.to_status = 'case_by_case' AND p.from_status = 'under_review'))));
END;

CREATE TRIGGER application_transitions_apply AFTER INSERT ON application_transitions
BEGIN
    UPDATE applications SET status = NEW.to_status, updated_at = NEW.at WHERE id = NEW.application_id;
END;

CREATE TRIGGER application_transitions_no_update BEFORE UPDATE ON application_transitions
BEGIN
    SELECT RAISE(ABORT, 'the record of status changes is append-only');
END;
CREATE TRIGGER application_transitions_no_delete BEFORE DELETE ON application_transitions
BEGIN
    SELECT RAISE(ABORT, 'the record of status changes is append-only');
END;

-- A status may only change by a move the workflow allows, recorded first in application_transitions.
CREATE TRIGGER applications_status_guard BEFORE UPDATE OF status ON applications
WHEN NEW.status IS NOT OLD.status
BEGIN
    SELECT RAISE(ABORT, 'status change refused: the workflow does not allow this move')
    WHERE NOT EXISTS (SELECT 1 FROM allowed_transitions WHERE from_status = OLD.status AND to_status = NEW.status);
    SELECT RAISE(ABORT, 'status change refused: record the move in application_transitions')
    WHERE NOT EXISTS (SELECT 1 FROM (SELECT from_status, to_status FROM application_transitions
                                     WHERE application_id = NEW.id ORDER BY id DESC LIMIT 1) last
                      WHERE last.from_status = OLD.status AND last.to_status = NEW.status);
END;

-- Who registered a case is part of four-eyes: once set it stays.
CREATE TRIGGER applications_registered_by_fixed BEFORE UPDATE OF registered_by ON applications
WHEN OLD.registered_by IS NOT NULL AND NEW.registered_by IS NOT OLD.registered_by
BEGIN
    SELECT RAISE(ABORT, 'who registered an application cannot be changed');
END;

-- A requisition: what the applicant is asked for. Raising one moves the case to
-- awaiting_applicant (its service clock pauses); a reply (a new attachment) or a lapse brings it
-- back to under_review and closes the requisition.
CREATE TABLE requisitions (
    id                   INTEGER PRIMARY KEY,
    application_id       INTEGER NOT NULL REFERENCES applications (id),
    transition_id        INTEGER NOT NULL UNIQUE REFERENCES application_transitions (id),
    reason_codes         TEXT NOT NULL CHECK (json_valid(reason_codes) AND json_type(reason_codes) = 'array'
                                              AND json_array_length(reason_codes) > 0),
    missing_items        TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(missing_items) AND json_type(missing_items) = 'array'),
    note                 TEXT NOT NULL DEFAULT '',
    raised_by            INTEGER NOT NULL REFERENCES users (id),
    raised_at            TEXT NOT NULL,
    closed_at            TEXT,
    closed_by            INTEGER REFERENCES users (id),
    outcome              TEXT CHECK (outcome IN ('replied', 'no_reply', 'withdrawn')),
    reply_attachment_id  INTEGER REFERENCES attachments (id),
    close_transition_id  INTEGER REFERENCES application_transitions (id),
    CHECK ((closed_at IS NULL) = (outcome IS NULL)),
    CHECK (outcome IS NOT 'replied' OR reply_attachment_id IS NOT NULL)
);
CREATE INDEX requisitions_application ON requisitions (application_id, id);
-- Foreign-key checks look children up when a parent row is inserted: index every reference.
CREATE INDEX requisitions_close_transition ON requisitions (close_transition_id);
CREATE INDEX requisitions_reply_attachment ON requisitions (reply_attachment_id);
-- At most one open requisition per application.
CREATE UNIQUE INDEX requisitions_one_open ON requisitions (application_id) WHERE closed_at IS NULL;

CREATE TRIGGER requisitions_needs_awaiting BEFORE INSERT ON requisitions
BEGIN
    SELECT RAISE(ABORT, 'a requisition belongs to the move of its application to awaiting_applicant')
    WHERE NOT EXISTS (SELECT 1 FROM application_transitions t
                      WHERE t.id = NEW.transition_id AND t.application_id = NEW.application_id
                        AND t.to_status = 'awaiting_applicant');
END;
CREATE TRIGGER requisitions_closed_once BEFORE UPDATE ON requisitions
WHEN OLD.closed_at IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'a closed requisition cannot be changed');
END;
CREATE TRIGGER requisitions_fixed_content BEFORE UPDATE OF application_id, transition_id, reason_codes,
    missing_items, note, raised_by, raised_at ON requisitions
BEGIN
    SELECT RAISE(ABORT, 'what a requisition asked for cannot be changed');
END;
CREATE TRIGGER requisitions_no_delete BEFORE DELETE ON requisitions
BEGIN
    SELECT RAISE(ABORT, 'requisitions are kept');
END;

-- Typed settings (app/Settings) live in `settings`; defaults are in code, so nothing is seeded here.
