-- SPDX-License-Identifier: GPL-3.0-or-later
-- OrgDesk schema, version 7: retention of identity documents. The purge finds the attachments a
-- checklist item is ticked against by item, without reading every case's checklist.
CREATE INDEX application_checklist_ticked ON application_checklist (item_code, attachment_id)
    WHERE attachment_id IS NOT NULL;
