-- SPDX-License-Identifier: GPL-3.0-or-later
-- OrgDesk on PostgreSQL, version 13: what was read on image pages, and where a form's fields are
-- (as db/migrations/0013_ocr.sql, with the same rules enforced by the server).
SET LOCAL search_path = public;

CREATE TABLE attachment_ocr (
    attachment_id bigint NOT NULL REFERENCES attachments (id),
    page_no       integer NOT NULL CHECK (page_no >= 1),
    width         integer NOT NULL CHECK (width > 0),
    height        integer NOT NULL CHECK (height > 0),
    dpi           double precision NOT NULL CHECK (dpi > 0),
    engine        text NOT NULL,
    text          text NOT NULL,
    words         text NOT NULL,
    read_at       text NOT NULL,
    PRIMARY KEY (attachment_id, page_no)
);

CREATE FUNCTION orgdesk_attachment_ocr_update_guard() RETURNS trigger
LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
BEGIN
    IF NOT (NEW.text = '' AND NEW.words = '[]' AND NEW.attachment_id = OLD.attachment_id AND NEW.page_no = OLD.page_no
            AND EXISTS (SELECT 1 FROM attachments WHERE id = OLD.attachment_id AND purged_at IS NOT NULL)) THEN
        RAISE EXCEPTION 'what was read on a page is kept as it was read; it goes only with a purged attachment';
    END IF;
    RETURN NEW;
END
$$;

-- The purge of an attachment (an administrator's step) empties what was read on its pages.
CREATE FUNCTION orgdesk_attachment_ocr_purge() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    UPDATE attachment_ocr SET text = '', words = '[]' WHERE attachment_id = NEW.id;
    RETURN NULL;
END
$$;

CREATE TRIGGER attachment_ocr_no_update BEFORE UPDATE ON attachment_ocr
    FOR EACH ROW EXECUTE FUNCTION orgdesk_attachment_ocr_update_guard();
CREATE TRIGGER attachment_ocr_no_delete BEFORE DELETE ON attachment_ocr
    FOR EACH ROW EXECUTE FUNCTION orgdesk_refuse(
        'what was read on a page is kept as it was read; it goes only with a purged attachment');
CREATE TRIGGER attachment_ocr_no_truncate BEFORE TRUNCATE ON attachment_ocr
    FOR EACH STATEMENT EXECUTE FUNCTION orgdesk_refuse(
        'what was read on a page is kept as it was read; it goes only with a purged attachment');
CREATE TRIGGER attachment_ocr_purge AFTER UPDATE OF purged_at ON attachments
    FOR EACH ROW WHEN (NEW.purged_at IS NOT NULL)
    EXECUTE FUNCTION orgdesk_attachment_ocr_purge();
CREATE TRIGGER orgdesk_session_guard BEFORE INSERT OR UPDATE OR DELETE ON attachment_ocr
    FOR EACH ROW EXECUTE FUNCTION orgdesk_session_guard();

CREATE TABLE form_zones (
    form_version text NOT NULL CHECK (length(form_version) > 0),
    page         integer NOT NULL CHECK (page >= 1),
    field        text NOT NULL,
    method       text NOT NULL CHECK (method IN ('anchor', 'box', 'tick', 'after_label')),
    anchor       text NOT NULL CHECK (length(anchor) > 0),
    anchor_x     double precision NOT NULL,
    anchor_y     double precision NOT NULL,
    x0           double precision,
    y0           double precision,
    x1           double precision,
    y1           double precision,
    value        text NOT NULL DEFAULT '',
    stop         text NOT NULL DEFAULT '',
    PRIMARY KEY (form_version, page, field, anchor),
    CHECK (method IN ('anchor', 'after_label') OR (x0 < x1 AND y0 < y1))
);
CREATE TRIGGER orgdesk_session_guard BEFORE INSERT OR UPDATE OR DELETE ON form_zones
    FOR EACH ROW EXECUTE FUNCTION orgdesk_session_guard();

INSERT INTO form_zones (form_version, page, field, method, anchor, anchor_x, anchor_y, x0, y0, x1, y1, value, stop) VALUES
    ('OA-1 boxed', 1, '', 'anchor', 'Type of organi[sz]ation', 0.0770, 0.3084, NULL, NULL, NULL, NULL, '', ''),
    ('OA-1 boxed', 1, '', 'anchor', 'Part\s*A', 0.0602, 0.2645, NULL, NULL, NULL, NULL, '', ''),
    ('OA-1 boxed', 1, '', 'anchor', 'Business\s*Regist', 0.0793, 0.7992, NULL, NULL, NULL, NULL, '', ''),
    ('OA-1 boxed', 1, '', 'anchor', '名稱\(英文', 0.0584, 0.6830, NULL, NULL, NULL, NULL, '', ''),
    ('OA-1 boxed', 1, 'org_type', 'tick', 'Law firm registered', 0.1111, 0.3439, 0.0723, 0.3373, 0.0984, 0.3656, 'law_firm', ''),
    ('OA-1 boxed', 1, 'org_type', 'tick', 'Barristers', 0.1111, 0.3939, 0.0723, 0.3867, 0.0984, 0.4150, 'barristers_chambers', ''),
    ('OA-1 boxed', 1, 'org_type', 'tick', 'Government\s*department', 0.1111, 0.4452, 0.0723, 0.4367, 0.0984, 0.4650, 'government', ''),
    ('OA-1 boxed', 1, 'org_type', 'tick', 'Statutory\s*body', 0.1111, 0.4957, 0.0723, 0.4885, 0.0984, 0.5168, 'statutory_body', ''),
    ('OA-1 boxed', 1, 'org_type', 'tick', 'Company\s*/?\s*organi', 0.1111, 0.5457, 0.0723, 0.5385, 0.0984, 0.5668, 'company', ''),
    ('OA-1 boxed', 1, 'org_type', 'tick', 'Other\s*\(please', 0.1111, 0.5969, 0.0723, 0.5891, 0.0984, 0.6174, 'other', ''),
    ('OA-1 boxed', 1, 'name_en', 'box', 'Name\s*\(English', 0.0758, 0.6613, 0.2745, 0.6482, 0.9463, 0.7161, '', ''),
    ('OA-1 boxed', 1, 'name_zh', 'box', 'Name\s*\(Chinese', 0.0758, 0.7324, 0.2745, 0.7196, 0.9463, 0.7875, '', ''),
    ('OA-1 boxed', 1, 'br', 'box', 'Business\s*Regist', 0.0793, 0.7992, 0.2745, 0.7904, 0.9463, 0.8583, '', ''),
    ('OA-1 boxed', 1, 'address_en', 'box', 'Address', 0.0775, 0.8692, 0.2745, 0.8613, 0.9463, 0.9191, '', ''),
    ('OA-1 boxed', 1, 'address_zh', 'box', '地址', 0.0584, 0.8884, 0.2745, 0.9162, 0.9463, 0.9740, '', ''),
    ('OA-1 boxed', 1, 'cases', 'box', 'Case\s*No', 0.0758, 0.9933, 0.2745, 0.9770, 0.9463, 1.0449, '', ''),
    ('OA-1 boxed', 2, '', 'anchor', 'Part\s*B', 0.0677, 0.0927, NULL, NULL, NULL, NULL, '', ''),
    ('OA-1 boxed', 2, '', 'anchor', 'Signature', 0.0556, 0.9077, NULL, NULL, NULL, NULL, '', ''),
    ('OA-1 boxed', 2, '', 'anchor', 'Principal\s*Admin', 0.1331, 0.0897, NULL, NULL, NULL, NULL, '', ''),
    ('OA-1 boxed', 2, 'pa_name_en', 'box', 'Name\s*\(English', 0.0839, 0.1446, 0.2834, 0.1334, 0.9681, 0.2054, '', ''),
    ('OA-1 boxed', 2, 'pa_name_zh', 'box', 'Name\s*\(Chinese', 0.0828, 0.2157, 0.2834, 0.2043, 0.9681, 0.2763, '', ''),
    ('OA-1 boxed', 2, 'hkid', 'box', 'HKID', 0.0822, 0.2867, 0.2834, 0.2751, 0.9681, 0.3477, '', ''),
    ('OA-1 boxed', 2, 'pa_title', 'box', 'Post\s*/?\s*title', 0.0897, 0.3518, 0.2834, 0.3465, 0.9681, 0.4185, '', ''),
    ('OA-1 boxed', 2, 'tel', 'box', 'Telephone', 0.0880, 0.4283, 0.2834, 0.4174, 0.9681, 0.4900, '', ''),
    ('OA-1 boxed', 2, 'email', 'box', 'Email', 0.0880, 0.4993, 0.2834, 0.4888, 0.9681, 0.5608, '', ''),
    ('OA-1 boxed', 2, 'date', 'box', 'Date\s*\(DD', 0.0532, 1.1281, 0.3117, 1.1181, 0.6553, 1.1848, '', ''),
    ('OA-1 typed', 1, '', 'anchor', 'Part\s*A\s*Organi', 0.0694, 0.1818, NULL, NULL, NULL, NULL, '', ''),
    ('OA-1 typed', 1, '', 'anchor', 'Part\s*B[\s:：.()（）]*Principal', 0.0706, 0.4561, NULL, NULL, NULL, NULL, '', ''),
    ('OA-1 typed', 1, 'org_type', 'after_label', 'Type[\s:：.()（）]*類別[\s:：.()（）]*', 0.0894, 0.2161, NULL, NULL, NULL, NULL, '', ''),
    ('OA-1 typed', 1, 'name_en', 'after_label', 'Name\s*\(English\)[\s:：.()（）]*', 0.0894, 0.2504, NULL, NULL, NULL, NULL, '', ''),
    ('OA-1 typed', 1, 'name_zh', 'after_label', '名稱[\s:：.()（）]*中文[\s:：.()（）]*', 0.0906, 0.2823, NULL, NULL, NULL, NULL, '', ''),
    ('OA-1 typed', 1, 'br', 'after_label', 'BR\s*No[\s:：.()（）]*商業登記號碼[\s:：.()（）]*', 0.0900, 0.3190, NULL, NULL, NULL, NULL, '', ''),
    ('OA-1 typed', 1, 'address_en', 'after_label', 'Address[\s:：.()（）]*地址[\s:：.()（）]*', 0.0900, 0.3533, NULL, NULL, NULL, NULL, '', ''),
    ('OA-1 typed', 1, 'cases', 'after_label', 'Case\s*No[\s:：.()（）]*案件編號[\s:：.()（）]*', 0.0900, 0.3876, NULL, NULL, NULL, NULL, '', ''),
    ('OA-1 typed', 1, 'pa_name_en', 'after_label', 'Name[\s:：.()（）]*姓名[\s:：.()（）]*', 0.0906, 0.4904, NULL, NULL, NULL, NULL, '', ''),
    ('OA-1 typed', 1, 'pa_name_zh', 'after_label', 'Name[\s:：.()（）]*姓名[\s:：.()（）]*', 0.0906, 0.4904, NULL, NULL, NULL, NULL, '', ''),
    ('OA-1 typed', 1, 'hkid', 'after_label', 'HKID[\s:：.()（）]*身份證號碼[\s:：.()（）]*', 0.0906, 0.5247, NULL, NULL, NULL, NULL, '', ''),
    ('OA-1 typed', 1, 'tel', 'after_label', 'Tel[\s:：.()（）]*電話[\s:：.()（）]*', 0.0906, 0.5590, NULL, NULL, NULL, NULL, '', 'Email|電郵'),
    ('OA-1 typed', 1, 'email', 'after_label', 'Email[\s:：.()（）]*電郵[\s:：.()（）]*', 0.3806, 0.5578, NULL, NULL, NULL, NULL, '', '');
INSERT INTO organization_types (code, name_en, name_zh, sort_order)
    SELECT 'barristers_chambers', 'Barristers'' chambers', '大律師事務所', 9
    WHERE NOT EXISTS (SELECT 1 FROM organization_types WHERE code = 'barristers_chambers');
INSERT INTO organization_types (code, name_en, name_zh, sort_order)
    SELECT 'other', 'Other organization', '其他機構', 10
    WHERE NOT EXISTS (SELECT 1 FROM organization_types WHERE code = 'other');

REVOKE ALL ON attachment_ocr, form_zones FROM PUBLIC;
GRANT SELECT ON attachment_ocr, form_zones TO orgdesk_clerk, orgdesk_supervisor, orgdesk_admin;
GRANT INSERT ON attachment_ocr TO orgdesk_clerk, orgdesk_supervisor;
GRANT INSERT, UPDATE, DELETE ON form_zones TO orgdesk_admin;
