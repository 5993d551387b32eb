-- SPDX-License-Identifier: GPL-3.0-or-later
-- OrgDesk schema, version 4: letter templates (reference data an administrator edits).
-- Bodies are plain text; a blank line separates paragraphs. Merge fields in double braces are
-- filled from the case and the settings (see app/letters/LetterService.cpp for the list);
-- {{reasons}} and {{missing_items}} become numbered lists, and a paragraph left empty is dropped.
CREATE TABLE letter_templates (
    kind       TEXT NOT NULL CHECK (kind IN ('acknowledgement', 'requisition', 'approval', 'rejection')),
    lang       TEXT NOT NULL CHECK (lang IN ('en', 'zh')),
    subject    TEXT NOT NULL CHECK (length(trim(subject)) > 0),
    body       TEXT NOT NULL CHECK (length(trim(body)) > 0),
    updated_at TEXT NOT NULL,
    updated_by INTEGER REFERENCES users (id),
    PRIMARY KEY (kind, lang)
) WITHOUT ROWID;

INSERT INTO letter_templates (kind, lang, subject, body, updated_at) VALUES
('acknowledgement', 'en', 'Application for an iCMS Organization Account: acknowledgement of receipt',
'Dear {{pa_name}},

We received the application of {{organization}} for an Organization Account of the integrated Court Case Management System (iCMS) on {{received_date}}. Its reference number is {{reference}}. Please quote this number in all correspondence.

We will process the application and write to you again. If we need further information or documents, we will let you know.

Yours faithfully,', '2026-01-01T00:00:00Z'),
('acknowledgement', 'zh', '申請開設綜合法院案件管理系統機構帳戶：確認收件',
'{{pa_name}}：

本處已於{{received_date}}收到{{organization}}申請開設綜合法院案件管理系統機構帳戶的申請，參考編號為{{reference}}。往來通訊時請註明此編號。

本處會處理有關申請，並另函通知。如需補交資料或文件，本處會與閣下聯絡。', '2026-01-01T00:00:00Z'),
('requisition', 'en', 'Application for an iCMS Organization Account: further information required',
'Dear {{pa_name}},

To continue processing application {{reference}} of {{organization}}, received on {{received_date}}, we need the following:

{{reasons}}

Documents missing:

{{missing_items}}

{{note}}

Please send them to us by fax ({{fax}}), by post or by hand to {{address}}, quoting the reference number. Processing of the application is suspended until we receive them.

Yours faithfully,', '2026-01-01T00:00:00Z'),
('requisition', 'zh', '申請開設綜合法院案件管理系統機構帳戶：須補交資料',
'{{pa_name}}：

就{{organization}}於{{received_date}}遞交的申請（參考編號{{reference}}），本處需要以下資料或文件方可繼續處理：

{{reasons}}

尚欠文件：

{{missing_items}}

{{note}}

請註明參考編號，以傳真（{{fax}}）、郵寄或親身遞交至{{address}}。在收到所需資料或文件前，有關申請將暫停處理。', '2026-01-01T00:00:00Z'),
('approval', 'en', 'Application for an iCMS Organization Account: approved',
'Dear {{pa_name}},

We are pleased to inform you that the application of {{organization}} for an Organization Account of the integrated Court Case Management System (iCMS), reference {{reference}}, received on {{received_date}}, has been approved on {{decision_date}}.

The Principal Administrator will receive the details for activating the account separately.

Yours faithfully,', '2026-01-01T00:00:00Z'),
('approval', 'zh', '申請開設綜合法院案件管理系統機構帳戶：獲批准',
'{{pa_name}}：

本處欣然通知，{{organization}}於{{received_date}}遞交的綜合法院案件管理系統機構帳戶申請（參考編號{{reference}}）已於{{decision_date}}獲批准。

首席管理人將另行收到啟用帳戶的資料。', '2026-01-01T00:00:00Z'),
('rejection', 'en', 'Application for an iCMS Organization Account: not approved',
'Dear {{pa_name}},

We regret to inform you that the application of {{organization}} for an Organization Account of the integrated Court Case Management System (iCMS), reference {{reference}}, received on {{received_date}}, was not approved on {{decision_date}} for the following reason(s):

{{reasons}}

You may submit a new application when the above has been addressed.

Yours faithfully,', '2026-01-01T00:00:00Z'),
('rejection', 'zh', '申請開設綜合法院案件管理系統機構帳戶：不獲批准',
'{{pa_name}}：

本處遺憾通知，{{organization}}於{{received_date}}遞交的綜合法院案件管理系統機構帳戶申請（參考編號{{reference}}）已於{{decision_date}}被拒，理由如下：

{{reasons}}

待上述事項處理妥當後，貴機構可重新提出申請。', '2026-01-01T00:00:00Z');
