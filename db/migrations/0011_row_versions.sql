-- SPDX-License-Identifier: GPL-3.0-or-later
-- OrgDesk schema, version 11: a row version on every application, so that a desk saving a form it
-- read some time ago can tell whether someone else changed the case meanwhile (FormService::save
-- refuses to overwrite a newer version and reports who changed what). Every update of a case
-- counts one more version, however it is made: the trigger below bumps it when the statement did
-- not, and no statement may set it to anything but the next number.
ALTER TABLE applications ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;

CREATE TRIGGER applications_row_version_guard BEFORE UPDATE OF row_version ON applications
WHEN NEW.row_version IS NOT OLD.row_version AND NEW.row_version IS NOT OLD.row_version + 1
BEGIN
    SELECT RAISE(ABORT, 'an application''s row version only ever counts up by one with each change');
END;
CREATE TRIGGER applications_row_version AFTER UPDATE ON applications
WHEN NEW.row_version IS OLD.row_version
BEGIN
    UPDATE applications SET row_version = OLD.row_version + 1 WHERE id = NEW.id;
END;

-- Who has a case open for editing, at which desk and since when: advisory only (nobody is blocked),
-- shown to the others who open the case ("being edited by … at desk 3 since 10:42"). A desk keeps
-- its row fresh while the case is open (heartbeat_at) and removes it when it closes the case,
-- closes, or locks when idle; a row not refreshed for a while is ignored (a desk that was killed).
CREATE TABLE desk_presence (
    application_id INTEGER NOT NULL REFERENCES applications (id),
    user_id        INTEGER NOT NULL REFERENCES users (id),
    desk           TEXT NOT NULL,
    since          TEXT NOT NULL,
    heartbeat_at   TEXT NOT NULL,
    PRIMARY KEY (application_id, user_id, desk)
);
