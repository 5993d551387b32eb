-- SPDX-License-Identifier: GPL-3.0-or-later
-- OrgDesk schema, version 11 on PostgreSQL: row versions (as 0011_row_versions.sql on SQLite) and
-- live updates between desks.
--
-- Every update of an application counts one more row version, whatever the statement says.
ALTER TABLE applications ADD COLUMN row_version bigint NOT NULL DEFAULT 1;

CREATE FUNCTION orgdesk_row_version_bump() RETURNS trigger
LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
BEGIN
    NEW.row_version := OLD.row_version + 1;
    RETURN NEW;
END
$$;
-- Named to run after the guards (BEFORE triggers fire in name order): a refused update bumps nothing.
CREATE TRIGGER zz_applications_row_version BEFORE UPDATE ON applications
    FOR EACH ROW EXECUTE FUNCTION orgdesk_row_version_bump();

-- Live updates: each committed change of a case, its moves, attachments (letters are stored as
-- attachments), checklist and requisitions sends a notification on the channel orgdesk_changes,
-- delivered to every listening desk when the transaction commits. The payload is only a hint to
-- read again, never the data: {"table": ..., "id": row id, "application": case id, "version": row
-- version of the case (0 when the table has none)}. app/ChangeFeed listens on its own connection.
CREATE FUNCTION orgdesk_notify_change() RETURNS trigger
LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
DECLARE
    application bigint;
    row_id bigint;
    version bigint := 0;
BEGIN
    IF TG_TABLE_NAME = 'applications' THEN
        application := NEW.id;
        row_id := NEW.id;
        version := NEW.row_version;
    ELSIF TG_TABLE_NAME = 'application_checklist' THEN
        application := NEW.application_id;
        row_id := NEW.application_id;
    ELSE
        application := NEW.application_id;
        row_id := NEW.id;
        IF TG_TABLE_NAME = 'application_transitions' THEN
            SELECT a.row_version INTO version FROM applications a WHERE a.id = NEW.application_id;
        END IF;
    END IF;
    PERFORM pg_notify('orgdesk_changes',
                      json_build_object('table', TG_TABLE_NAME, 'op', lower(TG_OP), 'id', row_id, 'application', application,
                                        'version', version)::text);
    RETURN NULL;
END
$$;
CREATE TRIGGER applications_notify AFTER INSERT OR UPDATE ON applications
    FOR EACH ROW EXECUTE FUNCTION orgdesk_notify_change();
CREATE TRIGGER application_transitions_notify AFTER INSERT ON application_transitions
    FOR EACH ROW EXECUTE FUNCTION orgdesk_notify_change();
CREATE TRIGGER attachments_notify AFTER INSERT OR UPDATE ON attachments
    FOR EACH ROW EXECUTE FUNCTION orgdesk_notify_change();
CREATE TRIGGER application_checklist_notify AFTER INSERT OR UPDATE ON application_checklist
    FOR EACH ROW EXECUTE FUNCTION orgdesk_notify_change();
CREATE TRIGGER requisitions_notify AFTER INSERT OR UPDATE ON requisitions
    FOR EACH ROW EXECUTE FUNCTION orgdesk_notify_change();

-- Who has a case open for editing (as 0011_row_versions.sql on SQLite): advisory only. Each staff
-- session writes rows in its own name only; a change is announced like the others, so that the
-- desks showing the case say who is editing it.
CREATE TABLE desk_presence (
    application_id bigint NOT NULL REFERENCES applications (id),
    user_id        bigint NOT NULL REFERENCES users (id),
    desk           text NOT NULL,
    since          text NOT NULL,
    heartbeat_at   text NOT NULL,
    PRIMARY KEY (application_id, user_id, desk)
);
CREATE TRIGGER orgdesk_session_guard BEFORE INSERT OR UPDATE OR DELETE ON desk_presence
    FOR EACH ROW EXECUTE FUNCTION orgdesk_session_guard('user_id', 'who is editing a case');
CREATE FUNCTION orgdesk_notify_presence() RETURNS trigger
LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
DECLARE
    application bigint;
BEGIN
    IF TG_OP = 'DELETE' THEN
        application := OLD.application_id;
    ELSE
        application := NEW.application_id;
    END IF;
    PERFORM pg_notify('orgdesk_changes',
                      json_build_object('table', TG_TABLE_NAME, 'op', lower(TG_OP), 'id', application,
                                        'application', application, 'version', 0)::text);
    RETURN NULL;
END
$$;
CREATE TRIGGER desk_presence_notify AFTER INSERT OR UPDATE OR DELETE ON desk_presence
    FOR EACH ROW EXECUTE FUNCTION orgdesk_notify_presence();
GRANT SELECT, INSERT, UPDATE, DELETE ON desk_presence TO orgdesk_clerk, orgdesk_supervisor, orgdesk_admin;
