-- SPDX-License-Identifier: GPL-3.0-or-later
-- OrgDesk schema, version 6: oversight. Quality sampling of decided cases, retention of identity
-- documents (a purge empties the stored copy and leaves a tombstone), and the indexes the
-- supervisor console and the dashboard read by.

-- Decisions, closures and every other move by date: dashboard, console and retention read these.
CREATE INDEX application_transitions_to_at ON application_transitions (to_status, at);
-- The console filters by who made a move, newest first.
CREATE INDEX application_transitions_actor_at ON application_transitions (actor_id, at);
-- The console filters by organization type.
CREATE INDEX applications_org_type_received ON applications (org_type, received_at);

-- Quality sampling: a supervisor draws a random share of the cases decided (approved or rejected)
-- in a period. The seed, the share and the size of the population are recorded, so the same draw
-- can be made again from them and compared.
CREATE TABLE quality_samples (
    id          INTEGER PRIMARY KEY,
    drawn_at    TEXT NOT NULL,
    drawn_by    INTEGER NOT NULL REFERENCES users (id),
    period_from TEXT NOT NULL CHECK (period_from GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    period_to   TEXT NOT NULL CHECK (period_to GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    percent     REAL NOT NULL CHECK (percent > 0 AND percent <= 100),
    seed        INTEGER NOT NULL,
    population  INTEGER NOT NULL CHECK (population >= 0),
    CHECK (period_from <= period_to)
);
CREATE TRIGGER quality_samples_no_update BEFORE UPDATE ON quality_samples
BEGIN
    SELECT RAISE(ABORT, 'a quality sample is fixed once drawn');
END;
CREATE TRIGGER quality_samples_no_delete BEFORE DELETE ON quality_samples
BEGIN
    SELECT RAISE(ABORT, 'a quality sample is fixed once drawn');
END;

-- The cases drawn, in draw order, each with the decision reviewed and the reviewer's verdict.
-- A verdict is given once; disagreeing needs a note.
CREATE TABLE quality_sample_items (
    sample_id              INTEGER NOT NULL REFERENCES quality_samples (id),
    position               INTEGER NOT NULL CHECK (position >= 1),
    application_id         INTEGER NOT NULL REFERENCES applications (id),
    decision_transition_id INTEGER NOT NULL REFERENCES application_transitions (id),
    verdict                TEXT CHECK (verdict IN ('agree', 'disagree')),
    note                   TEXT NOT NULL DEFAULT '',
    reviewed_by            INTEGER REFERENCES users (id),
    reviewed_at            TEXT,
    PRIMARY KEY (sample_id, position),
    UNIQUE (sample_id, application_id),
    CHECK ((verdict IS NULL) = (reviewed_by IS NULL) AND (verdict IS NULL) = (reviewed_at IS NULL)),
    CHECK (verdict IS NOT 'disagree' OR length(trim(note)) > 0)
) WITHOUT ROWID;
CREATE INDEX quality_sample_items_application ON quality_sample_items (application_id);
CREATE TRIGGER quality_sample_items_review_once BEFORE UPDATE ON quality_sample_items
WHEN OLD.verdict IS NOT NULL OR NEW.sample_id IS NOT OLD.sample_id OR NEW.position IS NOT OLD.position
     OR NEW.application_id IS NOT OLD.application_id OR NEW.decision_transition_id IS NOT OLD.decision_transition_id
BEGIN
    SELECT RAISE(ABORT, 'a sampled case is reviewed once, and what was drawn cannot change');
END;
CREATE TRIGGER quality_sample_items_no_delete BEFORE DELETE ON quality_sample_items
BEGIN
    SELECT RAISE(ABORT, 'a quality sample is fixed once drawn');
END;

-- Retention. A purged attachment keeps its row (name, type, size, SHA-256, page count: the
-- tombstone) but not its bytes; when and by whom is recorded here and as an event.
ALTER TABLE attachments ADD COLUMN purged_at TEXT;
ALTER TABLE attachments ADD COLUMN purged_by INTEGER REFERENCES users (id);

-- Stored bytes never change, except that a purge may empty them once.
CREATE TRIGGER attachments_content_fixed BEFORE UPDATE OF content, sha256, size, page_count, application_id ON attachments
WHEN NOT (OLD.purged_at IS NULL AND NEW.purged_at IS NOT NULL AND length(NEW.content) = 0
          AND NEW.sha256 IS OLD.sha256 AND NEW.size IS OLD.size AND NEW.page_count IS OLD.page_count
          AND NEW.application_id IS OLD.application_id)
BEGIN
    SELECT RAISE(ABORT, 'a stored attachment cannot be changed; it can only be purged under the retention rules');
END;
CREATE TRIGGER attachments_purge_final BEFORE UPDATE OF purged_at, purged_by ON attachments
WHEN OLD.purged_at IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'a purged attachment stays purged');
END;
-- A purged attachment's text leaves the search index with it.
CREATE TRIGGER attachments_purge_search AFTER UPDATE OF purged_at ON attachments
WHEN NEW.purged_at IS NOT NULL
BEGIN
    DELETE FROM attachment_search WHERE rowid = NEW.id;
END;
