<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_HK" sourcelanguage="en">
<context>
    <name>ApplicationService</name>
    <message>
        <source>Choose how the form arrived: fax, post or by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time received cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of pages cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApplicationStore</name>
    <message>
        <source>There is no application with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no application %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentStore</name>
    <message>
        <source>There is no attachment %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupService</name>
    <message>
        <source>Could not write the copy to %1 (is the disk full or the folder read-only?): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not name the copy %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has problems:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists already. Choose a new file name for the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be verified and was removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no backup at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup and the database are the same file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was not restored. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists already. Use --force to replace it (it will be kept beside the new one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not move the current database aside; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not put the restored database in place; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Channel</name>
    <message>
        <source>Fax</source>
        <translation>傳真</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>郵寄</translation>
    </message>
    <message>
        <source>By hand</source>
        <translation>親身遞交</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>網上</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>There is no OrgDesk database at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an OrgDesk database, or it is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not one of OrgDesk&apos;s; it has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer OrgDesk (schema version %2; this program knows up to %3). It has not been changed. Please use the newer OrgDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading the database to version %1 failed: %2. The database is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntegrityChecker</name>
    <message>
        <source>The check was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schema is at version %1; this OrgDesk expects version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the database file</source>
        <translation>正在檢查資料庫檔案</translation>
    </message>
    <message>
        <source>SQLite integrity check: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 of table %2 points to a missing row in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment %1 (&quot;%2&quot; of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: its content no longer matches its SHA-256; the stored file has been altered or damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: its recorded size is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking attachments</source>
        <translation>正在檢查附件</translation>
    </message>
    <message>
        <source>Verifying the audit trail</source>
        <translation>正在核實審計紀錄</translation>
    </message>
    <message>
        <source>Audit trail: %1. The trail may have been tampered with.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordHasher</name>
    <message>
        <source>A password needs at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password cannot be only spaces.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Received</source>
        <translation>已收件</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>已登記</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>審核中</translation>
    </message>
    <message>
        <source>Awaiting applicant</source>
        <translation>等待申請人</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>已建議</translation>
    </message>
    <message>
        <source>Case-by-case</source>
        <translation>個別考慮</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已拒絕</translation>
    </message>
    <message>
        <source>Account created</source>
        <translation>帳戶已開設</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>重複申請</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已結案</translation>
    </message>
</context>
<context>
    <name>UserService</name>
    <message>
        <source>A user name is 2 to 40 letters, digits, dots, dashes or underscores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role must be clerk, supervisor or admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator can add staff accounts once the first one exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator can add staff accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first staff account must be an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name or password is not right. Please try again.</source>
        <translation>用戶名稱或密碼不正確，請再試一次。</translation>
    </message>
    <message>
        <source>This staff account has been deactivated. Please ask an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is locked after too many wrong passwords. Try again in %n minute(s) or ask an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserStore</name>
    <message>
        <source>There is no staff account %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A staff account named %1 exists already.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>An HKID number is one or two letters, six digits and a check character, e.g. A123456(3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check character of this HKID number does not match; please compare it with the form.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>OrgDesk: the Help Centre&apos;s desk for iCMS Organization Account applications.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the database at &lt;path&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OrgDesk cannot open its database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orgdesk::DetailPane</name>
    <message>
        <source>Select an application in the queue to see its details.

Press Ctrl+N to record a newly received form.</source>
        <translation>在申請列表中選擇一宗申請以查看詳情。

按 Ctrl+N 記錄新收到的表格。</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>參考編號</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>遞交方式</translation>
    </message>
    <message>
        <source>Received at</source>
        <translation>收件時間</translation>
    </message>
    <message>
        <source>Registered by</source>
        <translation>登記人員</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>機構</translation>
    </message>
    <message>
        <source>Organization (Chinese)</source>
        <translation>機構（中文）</translation>
    </message>
    <message>
        <source>Organization type</source>
        <translation>機構類別</translation>
    </message>
    <message>
        <source>BR number</source>
        <translation>商業登記號碼</translation>
    </message>
    <message>
        <source>Registered address</source>
        <translation>註冊地址</translation>
    </message>
    <message>
        <source>Principal Administrator</source>
        <translation>首席管理人</translation>
    </message>
    <message>
        <source>Principal Administrator (Chinese)</source>
        <translation>首席管理人（中文）</translation>
    </message>
    <message>
        <source>Identity document</source>
        <translation>身份證明文件</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>電郵</translation>
    </message>
    <message>
        <source>Case numbers</source>
        <translation>案件編號</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 page(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HKID %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passport %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n page(s), %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No attachments yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orgdesk::FirstRunDialog</name>
    <message>
        <source>Welcome to OrgDesk</source>
        <translation>歡迎使用 OrgDesk</translation>
    </message>
    <message>
        <source>This database has no staff accounts yet. Create the first administrator; they can then add clerks and supervisors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. chan.taiman</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用戶名稱(&amp;U)：</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation>全名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密碼(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>再次輸入密碼(&amp;R)：</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用戶名稱</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>全名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密碼</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>再次輸入密碼</translation>
    </message>
    <message>
        <source>Add 300 fictional demo applications to try OrgDesk out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create administrator</source>
        <translation>建立管理員</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>兩次輸入的密碼不相同。</translation>
    </message>
    <message>
        <source>The administrator was created, but the demo applications could not be added: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orgdesk::MainWindow</name>
    <message>
        <source>OrgDesk — Organization Account applications</source>
        <translation>OrgDesk — 機構帳戶申請</translation>
    </message>
    <message>
        <source>Application queue</source>
        <translation>申請列表</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>已登入：%1（%2）</translation>
    </message>
    <message>
        <source>Could not load the queue: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search reference, organization (English or Chinese), BR number…  (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search applications</source>
        <translation>搜尋申請</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>狀態篩選</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>所有狀態</translation>
    </message>
    <message>
        <source>Channel filter</source>
        <translation>遞交方式篩選</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>所有遞交方式</translation>
    </message>
    <message>
        <source>any date</source>
        <translation>任何日期</translation>
    </message>
    <message>
        <source>Received from</source>
        <translation>收件日期由</translation>
    </message>
    <message>
        <source>Received until</source>
        <translation>收件日期至</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已收件</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New application…</source>
        <translation>新申請(&amp;N)…</translation>
    </message>
    <message>
        <source>Record a form received by fax, post or by hand</source>
        <translation>記錄經傳真、郵寄或親身遞交的表格</translation>
    </message>
    <message>
        <source>&amp;Back up database…</source>
        <translation>備份資料庫(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Check database…</source>
        <translation>檢查資料庫(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>搜尋(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>重新整理(&amp;R)</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>清除篩選(&amp;L)</translation>
    </message>
    <message>
        <source>Go to &amp;queue</source>
        <translation>前往申請列表(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About OrgDesk</source>
        <translation>關於 OrgDesk(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>關於 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主要</translation>
    </message>
    <message>
        <source>No application matches these filters (Ctrl+Shift+L clears them).</source>
        <translation>沒有符合篩選條件的申請（按 Ctrl+Shift+L 清除篩選）。</translation>
    </message>
    <message>
        <source>No applications yet. Press Ctrl+N to record a received form.</source>
        <translation>尚未有申請。按 Ctrl+N 記錄收到的表格。</translation>
    </message>
    <message>
        <source>%1 application(s) · %2 loaded</source>
        <translation>共 %1 宗申請 · 已載入 %2 宗</translation>
    </message>
    <message>
        <source>Recorded %1. Write this reference on the form.</source>
        <translation>已記錄 %1。請將此參考編號寫在表格上。</translation>
    </message>
    <message>
        <source>Application recorded</source>
        <translation>申請已記錄</translation>
    </message>
    <message>
        <source>&lt;p&gt;The reference number is&lt;/p&gt;&lt;p style=&apos;font-size:x-large&apos;&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Write it on the first page of the form.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up database</source>
        <translation>備份資料庫</translation>
    </message>
    <message>
        <source>OrgDesk database (*.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>備份失敗</translation>
    </message>
    <message>
        <source>Backup written</source>
        <translation>備份完成</translation>
    </message>
    <message>
        <source>The backup was written to %1 and verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the database…</source>
        <translation>正在檢查資料庫…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Check database</source>
        <translation>檢查資料庫</translation>
    </message>
    <message>
        <source>No problems found: %1 attachments and %2 audit events verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems found:

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About OrgDesk</source>
        <translation>關於 OrgDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;OrgDesk %1&lt;/h3&gt;&lt;p&gt;The Judiciary Help Centre&apos;s desk for paper applications for iCMS Organization Accounts: intake, checking, recommendation, decision and audit.&lt;/p&gt;&lt;p&gt;Copyright © 2026 the OrgDesk developers.&lt;/p&gt;&lt;p&gt;This program is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License as published by the Free Software Foundation, either version 3 of the License, or (at your option) any later version. It comes with ABSOLUTELY NO WARRANTY.&lt;/p&gt;&lt;p&gt;PDF rendering by Poppler; built with Qt %2 and SQLite.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orgdesk::QueueModel</name>
    <message>
        <source>(not yet keyed)</source>
        <translation>（尚未輸入）</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>參考編號</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>機構</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>遞交方式</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已收件</translation>
    </message>
</context>
<context>
    <name>orgdesk::ReceiveDialog</name>
    <message>
        <source>New application</source>
        <translation>新申請</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>遞交方式</translation>
    </message>
    <message>
        <source>Received at</source>
        <translation>收件時間</translation>
    </message>
    <message>
        <source>as printed in the fax header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender fax number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not counted</source>
        <translation>未點算</translation>
    </message>
    <message>
        <source>Pages received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>遞交方式(&amp;C)：</translation>
    </message>
    <message>
        <source>Received &amp;at:</source>
        <translation>收件時間(&amp;A)：</translation>
    </message>
    <message>
        <source>Sender &amp;fax:</source>
        <translation>發件傳真號碼(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Pages received:</source>
        <translation>收到頁數(&amp;P)：</translation>
    </message>
    <message>
        <source>Received by: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>記錄(&amp;R)</translation>
    </message>
</context>
<context>
    <name>orgdesk::SignInDialog</name>
    <message>
        <source>Sign in to OrgDesk</source>
        <translation>登入 OrgDesk</translation>
    </message>
    <message>
        <source>Judiciary Help Centre — iCMS Organization Account applications</source>
        <translation>司法機構服務中心 — 綜合法院案件管理系統機構帳戶申請</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用戶名稱</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密碼</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用戶名稱(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密碼(&amp;P)：</translation>
    </message>
    <message>
        <source>Sign-in message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登入</translation>
    </message>
</context>
</TS>
