-- SPDX-License-Identifier: GPL-3.0-or-later
-- OrgDesk schema, version 12: an audit trail that proves itself outside the database.
--
-- * Hash scheme 2 (db/EventLog.h): each field length-prefixed and typed, so no two events share
--   their bytes. Events written before keep scheme 1 and are verified under it; the writer records
--   the switch (audit.scheme_changed) as the first scheme-2 event.
-- * The store's identity: a random id made once, named by every checkpoint, so a checkpoint of one
--   database is not taken for another's. A backup or a copy onto the server keeps it.
-- * Signing keys (Ed25519) of supervisors, the secret half sealed by the supervisor's own secret
--   (argon2id + XSalsa20-Poly1305): the database alone cannot sign.
-- * Checkpoints (event, head hash, count, time, signer, signature), also kept outside as files.
-- * Verified points: where a verification ended intact, for incremental verification.

ALTER TABLE events ADD COLUMN scheme INTEGER NOT NULL DEFAULT 1;

-- New events are stored strictly typed: whole numbers as whole numbers, times as UTC text.
CREATE TRIGGER events_strict_types BEFORE INSERT ON events
WHEN typeof(NEW.user_id) NOT IN ('integer', 'null') OR typeof(NEW.subject_id) NOT IN ('integer', 'null')
     OR typeof(NEW.scheme) IS NOT 'integer' OR typeof(NEW.at) IS NOT 'text'
     OR NEW.at NOT GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]T[0-2][0-9]:[0-5][0-9]:[0-5][0-9]Z'
BEGIN
    SELECT RAISE(ABORT, 'an audit event''s numbers and time are stored as such');
END;

-- A hash scheme never goes back, and a newer one starts only with its recorded switch.
CREATE TRIGGER events_scheme_order BEFORE INSERT ON events
WHEN NEW.scheme NOT IN (1, 2)
     OR NEW.scheme < (SELECT scheme FROM events ORDER BY id DESC LIMIT 1)
     OR (NEW.scheme > (SELECT scheme FROM events ORDER BY id DESC LIMIT 1) AND NEW.action IS NOT 'audit.scheme_changed')
BEGIN
    SELECT RAISE(ABORT, 'an audit event''s hash scheme never goes back, and changes only with its recorded switch');
END;

CREATE TABLE audit_store (
    singleton  INTEGER PRIMARY KEY CHECK (singleton = 1),
    store_id   TEXT NOT NULL,
    created_at TEXT NOT NULL
);
INSERT INTO audit_store (singleton, store_id, created_at)
    VALUES (1, lower(hex(randomblob(16))), strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));
CREATE TRIGGER audit_store_no_update BEFORE UPDATE ON audit_store
BEGIN
    SELECT RAISE(ABORT, 'the store''s identity never changes');
END;
CREATE TRIGGER audit_store_no_delete BEFORE DELETE ON audit_store
BEGIN
    SELECT RAISE(ABORT, 'the store''s identity never changes');
END;

CREATE TABLE audit_signing_keys (
    id         INTEGER PRIMARY KEY,
    user_id    INTEGER NOT NULL REFERENCES users (id),
    public_key TEXT NOT NULL UNIQUE,  -- 64 hex digits
    sealed_key TEXT NOT NULL,         -- base64 of salt, nonce and the sealed secret key
    created_at TEXT NOT NULL,
    event_id   INTEGER NOT NULL REFERENCES events (id)
);
CREATE INDEX audit_signing_keys_user ON audit_signing_keys (user_id, id);
CREATE TRIGGER audit_signing_keys_no_update BEFORE UPDATE ON audit_signing_keys
BEGIN
    SELECT RAISE(ABORT, 'signing keys are append-only');
END;
CREATE TRIGGER audit_signing_keys_no_delete BEFORE DELETE ON audit_signing_keys
BEGIN
    SELECT RAISE(ABORT, 'signing keys are append-only');
END;

CREATE TABLE audit_checkpoints (
    id          INTEGER PRIMARY KEY,
    event_id    INTEGER NOT NULL REFERENCES events (id),
    head_hash   TEXT NOT NULL,
    event_count INTEGER NOT NULL,
    taken_at    TEXT NOT NULL,
    user_id     INTEGER NOT NULL REFERENCES users (id),
    public_key  TEXT NOT NULL,
    signature   TEXT NOT NULL,
    body        TEXT NOT NULL         -- the checkpoint as written to its file
);
CREATE TRIGGER audit_checkpoints_no_update BEFORE UPDATE ON audit_checkpoints
BEGIN
    SELECT RAISE(ABORT, 'checkpoints are append-only');
END;
CREATE TRIGGER audit_checkpoints_no_delete BEFORE DELETE ON audit_checkpoints
BEGIN
    SELECT RAISE(ABORT, 'checkpoints are append-only');
END;

CREATE TABLE audit_verifications (
    id            INTEGER PRIMARY KEY,
    through_id    INTEGER NOT NULL,   -- the newest event verified
    through_hash  TEXT NOT NULL,
    verified_at   TEXT NOT NULL,
    kind          TEXT NOT NULL CHECK (kind IN ('full', 'checkpoint', 'incremental')),
    checkpoint_id INTEGER REFERENCES audit_checkpoints (id),
    user_id       INTEGER REFERENCES users (id)
);
CREATE TRIGGER audit_verifications_no_update BEFORE UPDATE ON audit_verifications
BEGIN
    SELECT RAISE(ABORT, 'verifications are append-only');
END;
CREATE TRIGGER audit_verifications_no_delete BEFORE DELETE ON audit_verifications
BEGIN
    SELECT RAISE(ABORT, 'verifications are append-only');
END;
