<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_HK" sourcelanguage="en">
<context>
    <name>ApplicationForm</name>
    <message>
        <source>edit %1</source>
        <translation>編輯 %1</translation>
    </message>
</context>
<context>
    <name>ApplicationService</name>
    <message>
        <source>Choose how the form arrived: fax, post or by hand.</source>
        <translation>請選擇表格的遞交方式：傳真、郵寄或親身遞交。</translation>
    </message>
    <message>
        <source>The time received cannot be in the future.</source>
        <translation>收件時間不能是將來的時間。</translation>
    </message>
    <message>
        <source>The number of pages cannot be negative.</source>
        <translation>頁數不能是負數。</translation>
    </message>
</context>
<context>
    <name>ApplicationStore</name>
    <message>
        <source>There is no application with id %1.</source>
        <translation>沒有編號為 %1 的申請。</translation>
    </message>
    <message>
        <source>There is no application %1.</source>
        <translation>找不到申請 %1。</translation>
    </message>
</context>
<context>
    <name>AttachmentStore</name>
    <message>
        <source>There is no attachment %1.</source>
        <translation>找不到附件 %1。</translation>
    </message>
    <message>
        <source>This identity document was removed on %1 under the retention rules for personal data; only its record remains.</source>
        <translation>此身份證明文件已於 %1 按個人資料保留規則清除，只保留其記錄。</translation>
    </message>
</context>
<context>
    <name>BackupService</name>
    <message>
        <source>Could not write the copy to %1 (is the disk full or the folder read-only?): %2</source>
        <translation>未能將副本寫入 %1（磁碟是否已滿或資料夾是否唯讀？）：%2</translation>
    </message>
    <message>
        <source>Could not name the copy %1.</source>
        <translation>未能將副本命名為 %1。</translation>
    </message>
    <message>
        <source>%1 has problems:
%2</source>
        <translation>%1 有以下問題：
%2</translation>
    </message>
    <message>
        <source>%1 exists already. Choose a new file name for the backup.</source>
        <translation>%1 已存在。請為備份選擇新的檔案名稱。</translation>
    </message>
    <message>
        <source>The backup could not be verified and was removed: %1</source>
        <translation>備份未能通過核實，已被移除：%1</translation>
    </message>
    <message>
        <source>There is no backup at %1.</source>
        <translation>%1 沒有備份。</translation>
    </message>
    <message>
        <source>The backup and the database are the same file.</source>
        <translation>備份與資料庫是同一個檔案。</translation>
    </message>
    <message>
        <source>The backup was not restored. %1</source>
        <translation>備份未有還原。%1</translation>
    </message>
    <message>
        <source>%1 exists already. Use --force to replace it (it will be kept beside the new one).</source>
        <translation>%1 已存在。如要取代，請使用 --force（原有檔案會保留在新檔案旁）。</translation>
    </message>
    <message>
        <source>Could not move the current database aside; nothing was changed.</source>
        <translation>未能將現有資料庫移往一旁；未有作出任何更改。</translation>
    </message>
    <message>
        <source>Could not put the restored database in place; nothing was changed.</source>
        <translation>未能將還原的資料庫放回原位；未有作出任何更改。</translation>
    </message>
</context>
<context>
    <name>CaseTimeline</name>
    <message>
        <source>There is no application with id %1.</source>
        <translation>沒有編號為 %1 的申請。</translation>
    </message>
    <message>
        <source>attachment %1</source>
        <translation>附件 %1</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>「%1」</translation>
    </message>
    <message>
        <source>%1: %2 → %3.</source>
        <translation>%1：%2 → %3。</translation>
    </message>
    <message>
        <source>Recommends approval.</source>
        <translation>建議批准。</translation>
    </message>
    <message>
        <source>Recommends rejection.</source>
        <translation>建議拒絕。</translation>
    </message>
    <message>
        <source>Reasons: %1.</source>
        <translation>理由：%1。</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>備註：%1</translation>
    </message>
    <message>
        <source>Status recorded as changed from %1 to %2.</source>
        <translation>狀態記錄為由「%1」改為「%2」。</translation>
    </message>
    <message>
        <source>Received by %1.</source>
        <translation>以%1方式收件。</translation>
    </message>
    <message>
        <source>Form saved.</source>
        <translation>表格已儲存。</translation>
    </message>
    <message>
        <source>Form saved: %1 changed.</source>
        <translation>表格已儲存：更改了 %1。</translation>
    </message>
    <message>
        <source>Linked as a duplicate of %1.</source>
        <translation>已連結為 %1 的重複申請。</translation>
    </message>
    <message>
        <source>Linked as a resubmission of %1.</source>
        <translation>已連結為 %1 的重新提交。</translation>
    </message>
    <message numerus="yes">
        <source>Document %1 attached (%n page(s)).</source>
        <translation>
            <numerusform>已附加文件 %1（%n 頁）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Page %1 of %2 turned to %3°.</source>
        <translation>%2 第 %1 頁已旋轉至 %3°。</translation>
    </message>
    <message>
        <source>Checklist item “%1” ticked against %2, page %3.</source>
        <translation>核對項目「%1」已以 %2 第 %3 頁剔選。</translation>
    </message>
    <message>
        <source>Checklist item “%1” unticked.</source>
        <translation>核對項目「%1」已取消剔選。</translation>
    </message>
    <message>
        <source>%1 letter generated (%2).</source>
        <translation>已產生%1信件（%2）。</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>Revealed the Principal Administrator&apos;s passport number.</source>
        <translation>已顯示首席管理人的護照號碼。</translation>
    </message>
    <message>
        <source>Revealed the Principal Administrator&apos;s identity card number.</source>
        <translation>已顯示首席管理人的身份證號碼。</translation>
    </message>
    <message>
        <source>Refused: %1 (%2).</source>
        <translation>操作被拒：%1（%2）。</translation>
    </message>
    <message>
        <source>Quality review (sample %1): agrees with the decision.</source>
        <translation>質素覆核（樣本 %1）：同意有關決定。</translation>
    </message>
    <message>
        <source>Quality review (sample %1): disagrees with the decision.</source>
        <translation>質素覆核（樣本 %1）：不同意有關決定。</translation>
    </message>
    <message>
        <source>Recorded: %1.</source>
        <translation>已記錄：%1。</translation>
    </message>
    <message>
        <source>Eligibility: %1 (no policy in force).</source>
        <translation>資格：%1（並無生效的政策）。</translation>
    </message>
    <message>
        <source>Eligibility: %1 under “%2”.</source>
        <translation>資格（按「%2」）：%1。</translation>
    </message>
    <message>
        <source>The Principal Administrator&apos;s identity number was purged under the retention rules.</source>
        <translation>首席管理人的身份證明文件號碼已按保留規則清除。</translation>
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
    <name>ChecklistService</name>
    <message>
        <source>That attachment does not belong to this application.</source>
        <translation>該附件不屬於此申請。</translation>
    </message>
    <message>
        <source>The attachment has pages 1 to %1.</source>
        <translation>該附件只有第 1 至 %1 頁。</translation>
    </message>
    <message>
        <source>This application has no checklist item %1.</source>
        <translation>此申請沒有核對項目 %1。</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>%1 or more</source>
        <translation>%1 或以上</translation>
    </message>
</context>
<context>
    <name>DashboardService</name>
    <message>
        <source>Give the first and the last day of the period.</source>
        <translation>請提供期間的首日及最後一日。</translation>
    </message>
    <message>
        <source>The period starts on %1, after its last day %2: give the earlier date first.</source>
        <translation>期間的開始日期 %1 在最後一日 %2 之後：請先提供較早的日期。</translation>
    </message>
    <message>
        <source>The period is %1 days long; a report covers at most %2 days.</source>
        <translation>期間長 %1 日；報告最多涵蓋 %2 日。</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>There is no OrgDesk database at %1.</source>
        <translation>%1 沒有 OrgDesk 資料庫。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the database.</source>
        <translation>無法為資料庫建立資料夾 %1。</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>無法開啟 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not an OrgDesk database, or it is damaged.</source>
        <translation>%1 不是 OrgDesk 資料庫，或已損毀。</translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not one of OrgDesk&apos;s; it has not been changed.</source>
        <translation>%1 是 SQLite 資料庫，但並非 OrgDesk 的資料庫；未有作出更改。</translation>
    </message>
    <message>
        <source>%1 was written by a newer OrgDesk (schema version %2; this program knows up to %3). It has not been changed. Please use the newer OrgDesk.</source>
        <translation>%1 由較新版本的 OrgDesk 寫入（結構版本 %2；本程式只支援至版本 %3）。資料庫未有更改。請使用較新版本的 OrgDesk。</translation>
    </message>
    <message>
        <source>Upgrading the database to version %1 failed: %2. The database is unchanged.</source>
        <translation>資料庫升級至版本 %1 失敗：%2。資料庫未有更改。</translation>
    </message>
</context>
<context>
    <name>DuplicateFinder</name>
    <message>
        <source>An application cannot be linked to itself.</source>
        <translation>申請不能與自己連結。</translation>
    </message>
    <message>
        <source>The application to link to does not exist.</source>
        <translation>要連結的申請不存在。</translation>
    </message>
</context>
<context>
    <name>EligibilityService</name>
    <message>
        <source>Eligible</source>
        <translation>符合資格</translation>
    </message>
    <message>
        <source>Eligible with case number</source>
        <translation>憑案件編號符合資格</translation>
    </message>
    <message>
        <source>Needs a case number</source>
        <translation>須提供案件編號</translation>
    </message>
    <message>
        <source>Case-by-case (supervisor decides)</source>
        <translation>按個別情況考慮（由主管決定）</translation>
    </message>
    <message>
        <source>Not yet determined</source>
        <translation>尚未確定</translation>
    </message>
    <message>
        <source>Choose the organization type to see whether it is eligible.</source>
        <translation>請選擇機構類別，以查看是否符合資格。</translation>
    </message>
    <message>
        <source>The date received is missing, so no policy can be chosen.</source>
        <translation>沒有收件日期，無法確定適用的政策。</translation>
    </message>
    <message>
        <source>No eligibility policy was in force on %1; a supervisor decides.</source>
        <translation>%1 並無生效的資格政策，由主管決定。</translation>
    </message>
    <message>
        <source>Under “%1” (in force from %2),</source>
        <translation>根據「%1」（自 %2 起生效），</translation>
    </message>
    <message>
        <source>%1 there is no rule for this organization type; a supervisor decides.</source>
        <translation>%1此機構類別沒有適用規則，由主管決定。</translation>
    </message>
    <message>
        <source> Once registration with the Law Society of Hong Kong is confirmed, the firm is eligible without a case number.</source>
        <translation>確認已在香港律師會註冊後，該律師行無須案件編號即符合資格。</translation>
    </message>
    <message>
        <source>%1 law firms registered with the Law Society of Hong Kong are eligible without a case number; registration is confirmed.</source>
        <translation>%1在香港律師會註冊的律師行無須案件編號即符合資格；註冊已確認。</translation>
    </message>
    <message>
        <source>%1 this organization is eligible without a case number.</source>
        <translation>%1此機構無須案件編號即符合資格。</translation>
    </message>
    <message>
        <source>%1 this organization is eligible because the application names a case number of an on-going or new e-proceeding; check that it is a party.</source>
        <translation>%1由於申請列出進行中或新展開的電子程序的案件編號，此機構符合資格；請核實其為訴訟一方。</translation>
    </message>
    <message>
        <source>%1 this organization is eligible only with the case number of an on-going or new e-proceeding, and none is given: ask for one (requisition).</source>
        <translation>%1此機構須提供進行中或新展開的電子程序的案件編號方符合資格，但申請未有提供：請要求補交（補交文件要求）。</translation>
    </message>
    <message>
        <source>%1 an application without a case number from this kind of organization is considered case by case: a supervisor decides on its merits, with written reasons.</source>
        <translation>%1此類機構沒有案件編號的申請按個別情況考慮：由主管按個別情況決定，並須書面說明理由。</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <source>There is no application with id %1.</source>
        <translation>沒有編號為 %1 的申請。</translation>
    </message>
</context>
<context>
    <name>FilterWidgets</name>
    <message>
        <source>any date</source>
        <translation>任何日期</translation>
    </message>
    <message>
        <source>Channel filter</source>
        <translation>遞交方式篩選</translation>
    </message>
</context>
<context>
    <name>FormFreeze</name>
    <message>
        <source>There is no application with id %1.</source>
        <translation>沒有編號為 %1 的申請。</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <source>Recommended on %1</source>
        <translation>於 %1 作出建議</translation>
    </message>
    <message>
        <source>Referred for a case-by-case decision on %1</source>
        <translation>於 %1 轉交按個別情況決定</translation>
    </message>
    <message>
        <source>Withdrawn on %1</source>
        <translation>於 %1 撤回</translation>
    </message>
    <message>
        <source>Marked as a duplicate on %1</source>
        <translation>於 %1 標記為重複申請</translation>
    </message>
    <message>
        <source>%1 (now %2)</source>
        <translation>%1（目前狀態：%2）</translation>
    </message>
    <message>
        <source>%1 — the form is frozen; send it back to review to change it.</source>
        <translation>%1 — 表格已凍結；如需更改，請先發回審核。</translation>
    </message>
    <message>
        <source>%1 — the form is frozen.</source>
        <translation>%1 — 表格已凍結。</translation>
    </message>
</context>
<context>
    <name>FormService</name>
    <message>
        <source>Choose whether the number is an HKID or a passport number.</source>
        <translation>請選擇號碼屬香港身份證還是護照號碼。</translation>
    </message>
    <message>
        <source>An overseas number: it will be flagged for review.</source>
        <translation>海外號碼：將標示以待覆核。</translation>
    </message>
    <message>
        <source>%1 is listed twice.</source>
        <translation>%1 重複列出。</translation>
    </message>
    <message>
        <source>%1 (confirmed: %2)</source>
        <translation>%1（已確認：%2）</translation>
    </message>
    <message>
        <source>The date on the form cannot be in the future.</source>
        <translation>表格上的日期不能是將來的日期。</translation>
    </message>
    <message>
        <source>An unsigned form needs a requisition before approval.</source>
        <translation>未簽署的表格須先要求補交，才可批准。</translation>
    </message>
    <message>
        <source>Say how the registration with the Law Society was confirmed (e.g. the Law Society&apos;s list of firms).</source>
        <translation>請說明如何確認已在律師會註冊（例如律師會的律師行名單）。</translation>
    </message>
    <message>
        <source>The confirmation date cannot be in the future.</source>
        <translation>確認日期不能是將來的日期。</translation>
    </message>
    <message>
        <source>The identity document is an HKID card or a passport.</source>
        <translation>身份證明文件須為香港身份證或護照。</translation>
    </message>
    <message>
        <source>There is no application with id %1.</source>
        <translation>沒有編號為 %1 的申請。</translation>
    </message>
    <message>
        <source>The form cannot be saved yet: %1</source>
        <translation>表格暫未能儲存：%1</translation>
    </message>
    <message>
        <source>Someone else saved this application meanwhile; reopen it to see their changes.</source>
        <translation>其他人已同時儲存此申請；請重新開啟以查看其更改。</translation>
    </message>
    <message>
        <source>the clerk handling the case</source>
        <translation>負責處理該個案的文員</translation>
    </message>
    <message>
        <source>a clerk</source>
        <translation>文員</translation>
    </message>
    <message>
        <source>a supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <source>an administrator</source>
        <translation>管理員</translation>
    </message>
    <message>
        <source> or </source>
        <translation>或</translation>
    </message>
    <message>
        <source>Only %1 may reveal the identity number of this application.</source>
        <translation>只有%1可以顯示此申請的身份證明文件號碼。</translation>
    </message>
    <message>
        <source>The identity number was purged under the retention rules on %1.</source>
        <translation>身份證明文件號碼已於 %1 按保留規則清除。</translation>
    </message>
</context>
<context>
    <name>IntegrityChecker</name>
    <message>
        <source>The check was cancelled.</source>
        <translation>檢查已取消。</translation>
    </message>
    <message>
        <source>The schema is at version %1; this OrgDesk expects version %2.</source>
        <translation>資料庫結構為版本 %1；此 OrgDesk 須使用版本 %2。</translation>
    </message>
    <message>
        <source>Checking the database file</source>
        <translation>正在檢查資料庫檔案</translation>
    </message>
    <message>
        <source>SQLite integrity check: %1</source>
        <translation>SQLite 完整性檢查：%1</translation>
    </message>
    <message>
        <source>Row %1 of table %2 points to a missing row in %3.</source>
        <translation>資料表 %2 的第 %1 列指向 %3 中不存在的列。</translation>
    </message>
    <message>
        <source>Attachment %1 (&quot;%2&quot; of %3)</source>
        <translation>附件 %1（%3 的「%2」）</translation>
    </message>
    <message>
        <source>%1: its content no longer matches its SHA-256; the stored file has been altered or damaged.</source>
        <translation>%1：內容與其 SHA-256 不再相符；儲存的檔案已被更改或損毀。</translation>
    </message>
    <message>
        <source>%1: its recorded size is wrong.</source>
        <translation>%1：記錄的檔案大小不正確。</translation>
    </message>
    <message>
        <source>Checking attachments</source>
        <translation>正在檢查附件</translation>
    </message>
    <message>
        <source>Verifying the audit trail</source>
        <translation>正在核實審計記錄</translation>
    </message>
    <message>
        <source>Audit trail: %1. The trail may have been tampered with.</source>
        <translation>審計記錄：%1。審計記錄可能已被篡改。</translation>
    </message>
    <message>
        <source>%1: it is recorded as purged but still holds content.</source>
        <translation>%1：記錄顯示已清除，但仍有內容。</translation>
    </message>
    <message>
        <source>Attachment %1 is marked as purged, but the audit trail has no record of a purge: its content was removed outside OrgDesk.</source>
        <translation>附件 %1 標示為已清除，但審計記錄中沒有相關的清除記錄：其內容是在 OrgDesk 以外被移除的。</translation>
    </message>
    <message>
        <source>Reconciling the records with the audit trail</source>
        <translation>正在核對資料與審計記錄</translation>
    </message>
</context>
<context>
    <name>LetterService</name>
    <message>
        <source>Acknowledgement</source>
        <translation>確認收件</translation>
    </message>
    <message>
        <source>Requisition</source>
        <translation>補交文件要求</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>批准</translation>
    </message>
    <message>
        <source>Rejection</source>
        <translation>拒絕</translation>
    </message>
    <message>
        <source>There is no %1 letter template in that language.</source>
        <translation>該語言沒有%1信件範本。</translation>
    </message>
    <message>
        <source>Only an administrator can change letter templates.</source>
        <translation>只有管理員可以更改信件範本。</translation>
    </message>
    <message>
        <source>Unknown letter type or language.</source>
        <translation>信件類別或語言不明。</translation>
    </message>
    <message>
        <source>A letter needs a subject and a body.</source>
        <translation>信件須有主題及內文。</translation>
    </message>
    <message>
        <source>{{%1}} is not a merge field. Use one of: %2.</source>
        <translation>{{%1}} 不是合併欄位。請使用以下其中之一：%2。</translation>
    </message>
    <message>
        <source>The letter type is one of: %1.</source>
        <translation>信件類別須為以下其中之一：%1。</translation>
    </message>
    <message>
        <source>The language is en (English) or zh (Traditional Chinese).</source>
        <translation>語言須為 en（英文）或 zh（繁體中文）。</translation>
    </message>
    <message>
        <source>No requisition has been raised for this application.</source>
        <translation>此申請未有發出補交文件要求。</translation>
    </message>
    <message>
        <source>This application has not been approved.</source>
        <translation>此申請未獲批准。</translation>
    </message>
    <message>
        <source>This application has not been rejected.</source>
        <translation>此申請未被拒絕。</translation>
    </message>
    <message>
        <source>The letter could not be written as PDF.</source>
        <translation>未能將信件寫成 PDF。</translation>
    </message>
    <message>
        <source>Letters and reports can only be written as PDF by a program with fonts (a GUI application).</source>
        <translation>只有具備字型的程式（圖形介面應用程式）才可將信件及報告寫成 PDF。</translation>
    </message>
    <message>
        <source>The font &quot;%1&quot; for letters and reports is not installed (Debian package fonts-arphic-uming).</source>
        <translation>信件及報告所用的字型「%1」尚未安裝（Debian 套件 fonts-arphic-uming）。</translation>
    </message>
</context>
<context>
    <name>PasswordHasher</name>
    <message>
        <source>A password needs at least %1 characters.</source>
        <translation>密碼須最少有 %1 個字元。</translation>
    </message>
    <message>
        <source>A password cannot be only spaces.</source>
        <translation>密碼不能只有空格。</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>This staff account has been deactivated.</source>
        <translation>此職員帳戶已停用。</translation>
    </message>
    <message>
        <source>There is no such staff account.</source>
        <translation>沒有此職員帳戶。</translation>
    </message>
</context>
<context>
    <name>PresenceService</name>
    <message>
        <source>Being edited by %1 at %2 since %3</source>
        <translation>正由 %1 於 %2 編輯（自 %3 起）</translation>
    </message>
</context>
<context>
    <name>QDialog</name>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>QualitySampler</name>
    <message>
        <source>Give the first and the last day of the period.</source>
        <translation>請提供期間的首日及最後一日。</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>期間的結束日期早於開始日期。</translation>
    </message>
    <message>
        <source>The share to draw must be more than 0 % and at most 100 %.</source>
        <translation>抽樣比例必須大於 0 % 及不超過 100 %。</translation>
    </message>
    <message>
        <source>A seed is a whole number from 0 to %1.</source>
        <translation>種子值須為 0 至 %1 的整數。</translation>
    </message>
    <message>
        <source>Only a supervisor may draw a quality sample.</source>
        <translation>只有主管可以進行質素抽樣。</translation>
    </message>
    <message>
        <source>Only a supervisor may review a sampled decision.</source>
        <translation>只有主管可以覆核抽樣選出的決定。</translation>
    </message>
    <message>
        <source>Sample %1 has no case at position %2.</source>
        <translation>樣本 %1 的第 %2 位沒有個案。</translation>
    </message>
    <message>
        <source>You made this decision: another supervisor must review it.</source>
        <translation>此決定由你作出：須由另一名主管覆核。</translation>
    </message>
    <message>
        <source>You registered or recommended this case: another supervisor must review its decision.</source>
        <translation>你曾登記或建議此個案：須由另一名主管覆核其決定。</translation>
    </message>
    <message>
        <source>A verdict is “agree” or “disagree”.</source>
        <translation>覆核結果須為「agree」（同意）或「disagree」（不同意）。</translation>
    </message>
    <message>
        <source>Say in a note why you disagree with the decision.</source>
        <translation>請在備註中說明不同意有關決定的理由。</translation>
    </message>
    <message>
        <source>This case has been reviewed already; a verdict is given once.</source>
        <translation>此個案已覆核；每宗個案只可評定一次。</translation>
    </message>
    <message>
        <source>There is no quality sample %1.</source>
        <translation>找不到質素抽樣樣本 %1。</translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <source>Page %1</source>
        <translation>第 %1 頁</translation>
    </message>
    <message>
        <source>The report could not be written as PDF.</source>
        <translation>未能將報告寫成 PDF。</translation>
    </message>
    <message>
        <source>%1 · %2 to %3</source>
        <translation>%1 · %2 至 %3</translation>
    </message>
    <message>
        <source>Period: %1 to %2 (%3, Hong Kong calendar days)</source>
        <translation>期間：%1 至 %2（%3，以香港曆日計）</translation>
    </message>
    <message>
        <source>Made at %1 (Hong Kong time). Service-level target: %2 from receipt, days waiting for the applicant not counted.</source>
        <translation>製作時間：%1（香港時間）。服務水平目標：收件後 %2，不計等候申請人的日數。</translation>
    </message>
    <message>
        <source>Nothing was received, decided or closed in this period.</source>
        <translation>此期間內沒有收件、決定或結案的申請。</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>服務水平</translation>
    </message>
    <message>
        <source>decided within %1 (%2 of %3)</source>
        <translation>於 %1 內決定（%3 宗中的 %2 宗）</translation>
    </message>
    <message>
        <source>open cases on %1</source>
        <translation>%1 的未結個案</translation>
    </message>
    <message>
        <source>open cases overdue on %1</source>
        <translation>%1 的逾期未結個案</translation>
    </message>
    <message>
        <source>Applications received, by channel</source>
        <translation>按遞交方式劃分的已收申請</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>總計</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>遞交方式</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>申請數目</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>佔比</translation>
    </message>
    <message>
        <source>Received per day</source>
        <translation>每日收件</translation>
    </message>
    <message>
        <source>Received per week (each bar starts on the day under it)</source>
        <translation>每週收件（每條棒柱由其下方所示日期起計）</translation>
    </message>
    <message>
        <source>Received per %1 (each bar starts on the day under it)</source>
        <translation>每 %1 收件（每條棒柱由其下方所示日期起計）</translation>
    </message>
    <message>
        <source>Decisions and other outcomes (by the day of the move)</source>
        <translation>決定及其他結果（按狀態變更當日計）</translation>
    </message>
    <message>
        <source>Processing time: business days from receipt to decision</source>
        <translation>處理時間：由收件至決定的工作天數</translation>
    </message>
    <message>
        <source>Cases approved or rejected in the period; days waiting for the applicant are not counted (cases that waited: %1).</source>
        <translation>此期間內獲批准或被拒絕的個案；不計等候申請人的日數（曾等候的個案：%1）。</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Business days</source>
        <translation>工作天</translation>
    </message>
    <message>
        <source>Cases decided</source>
        <translation>已決定個案</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>中位數</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>平均數</translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation>第 90 百分位數</translation>
    </message>
    <message>
        <source>Shortest – longest</source>
        <translation>最短 – 最長</translation>
    </message>
    <message>
        <source>Cases by business days taken (red: more than the target)</source>
        <translation>按所需工作天數劃分的個案（紅色：超出目標）</translation>
    </message>
    <message>
        <source>Applications received per day</source>
        <translation>每日收到的申請</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>星期</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <source>OrgDesk — supervision report</source>
        <translation>OrgDesk — 監督報告</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 日</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 日</translation>
    </message>
    <message>
        <source>1 business day</source>
        <translation>1 個工作天</translation>
    </message>
    <message>
        <source>%1 business days</source>
        <translation>%1 個工作天</translation>
    </message>
    <message>
        <source>Help Centre</source>
        <translation>服務中心</translation>
    </message>
    <message>
        <source>Period (Hong Kong days)</source>
        <translation>期間（香港日期）</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>日數</translation>
    </message>
    <message>
        <source>Made at (Hong Kong time)</source>
        <translation>製作時間（香港時間）</translation>
    </message>
    <message>
        <source>Service-level target (business days)</source>
        <translation>服務水平目標（工作天）</translation>
    </message>
    <message>
        <source>Intake per day by channel</source>
        <translation>按遞交方式劃分的每日收件量</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>總計</translation>
    </message>
    <message>
        <source>Outcomes (by the day of the decision or closure)</source>
        <translation>結果（按決定或結案當日計）</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>個案數目</translation>
    </message>
    <message>
        <source>Processing time of the cases approved or rejected (business days from receipt to decision, waiting for the applicant not counted)</source>
        <translation>獲批准或被拒絕個案的處理時間（由收件至決定的工作天數，不計等候申請人的時間）</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>數值</translation>
    </message>
    <message>
        <source>Cases decided</source>
        <translation>已決定個案</translation>
    </message>
    <message>
        <source>Of which waited for the applicant</source>
        <translation>其中曾等候申請人</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>中位數</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>平均數</translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation>第 90 百分位數</translation>
    </message>
    <message>
        <source>Shortest</source>
        <translation>最短</translation>
    </message>
    <message>
        <source>Longest</source>
        <translation>最長</translation>
    </message>
    <message>
        <source>Processing time histogram</source>
        <translation>處理時間分佈</translation>
    </message>
    <message>
        <source>Business days</source>
        <translation>工作天</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>服務水平</translation>
    </message>
    <message>
        <source>Target (business days)</source>
        <translation>目標（工作天）</translation>
    </message>
    <message>
        <source>Decided within target</source>
        <translation>在目標內決定</translation>
    </message>
    <message>
        <source>Share within target (%)</source>
        <translation>在目標內的比例（%）</translation>
    </message>
    <message>
        <source>Open cases on %1</source>
        <translation>%1 的未結個案</translation>
    </message>
    <message>
        <source>Open cases overdue on %1</source>
        <translation>%1 的逾期未結個案</translation>
    </message>
    <message>
        <source>Period %1 to %2 (%3, Hong Kong calendar days)</source>
        <translation>期間 %1 至 %2（%3，以香港曆日計）</translation>
    </message>
    <message>
        <source>Received: %1 (%2)</source>
        <translation>已收件：%1（%2）</translation>
    </message>
    <message>
        <source>Decided: %1 (approved %2, rejected %3); also withdrawn %4, duplicate %5</source>
        <translation>已決定：%1（批准 %2，拒絕 %3）；另撤回 %4，重複申請 %5</translation>
    </message>
    <message>
        <source>Processing time (business days, waiting for the applicant not counted): median %1, mean %2, 90th percentile %3</source>
        <translation>處理時間（工作天，不計等候申請人的時間）：中位數 %1，平均數 %2，第 90 百分位數 %3</translation>
    </message>
    <message>
        <source>Processing time: no case was approved or rejected in the period</source>
        <translation>處理時間：此期間內沒有個案獲批准或被拒絕</translation>
    </message>
    <message>
        <source>Service level (%1): %2 of %3 decided within target (%4)</source>
        <translation>服務水平（%1）：%3 宗中有 %2 宗在目標內決定（%4）</translation>
    </message>
    <message>
        <source>Open cases on %1: %2, of which overdue: %3</source>
        <translation>%1 的未結個案：%2，其中逾期：%3</translation>
    </message>
    <message>
        <source>Give the name of the file to write.</source>
        <translation>請提供要寫入的檔案名稱。</translation>
    </message>
    <message>
        <source>%1 is a folder; give a file name inside it.</source>
        <translation>%1 是資料夾；請提供其中的檔案名稱。</translation>
    </message>
    <message>
        <source>Cannot write %1: the folder %2 does not exist.</source>
        <translation>無法寫入 %1：資料夾 %2 不存在。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>無法寫入 %1：%2。</translation>
    </message>
</context>
<context>
    <name>RetentionService</name>
    <message numerus="yes">
        <source>other checklist evidence is ticked against this file too (%n item(s))</source>
        <translation>
            <numerusform>此檔案亦用作剔選其他核對項目的證明（%n 項）</numerusform>
        </translation>
    </message>
    <message>
        <source>the file has %1 pages, more than an identity document; it may hold other evidence</source>
        <translation>此檔案有 %1 頁，多於一份身份證明文件的頁數；可能載有其他證明</translation>
    </message>
    <message>
        <source>Only an administrator can purge personal data.</source>
        <translation>只有管理員可以清除個人資料。</translation>
    </message>
    <message>
        <source>The purge was cancelled; nothing was removed.</source>
        <translation>清除已取消，沒有移除任何檔案。</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Clerk</source>
        <translation>文員</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理員</translation>
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
        <translation>等候申請人</translation>
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
    <name>StoreReconciler</name>
    <message>
        <source>… and %1 more like the one above.</source>
        <translation>… 另有 %1 項同類問題。</translation>
    </message>
    <message>
        <source>application %1</source>
        <translation>申請 %1</translation>
    </message>
    <message>
        <source>The database rule &quot;%1&quot; has been removed from the file: what it refuses may have been done since.</source>
        <translation>資料庫規則「%1」已從資料庫檔案中移除：此後可能已有人作出該規則所禁止的操作。</translation>
    </message>
    <message>
        <source>The database rule &quot;%1&quot; has been altered in the file: it is not the rule OrgDesk created.</source>
        <translation>資料庫檔案中的資料庫規則「%1」已被更改：並非 OrgDesk 所建立的規則。</translation>
    </message>
    <message>
        <source>The file has a trigger &quot;%1&quot; that OrgDesk does not create.</source>
        <translation>資料庫檔案中有一個並非由 OrgDesk 建立的觸發程序「%1」。</translation>
    </message>
    <message>
        <source>%1 has the status &quot;%2&quot;, but its recorded moves leave it &quot;%3&quot;: its status was changed outside the workflow.</source>
        <translation>%1 的狀態為「%2」，但按已記錄的狀態變更應為「%3」：其狀態是在工作流程以外被更改的。</translation>
    </message>
    <message>
        <source>Move %1 of %2 starts from &quot;%3&quot;, but the move before it ended at &quot;%4&quot;: a recorded move is missing.</source>
        <translation>%2 第 %1 次狀態變更由「%3」開始，但上一次狀態變更止於「%4」：有一項已記錄的狀態變更缺失。</translation>
    </message>
    <message>
        <source>Move %1 of %2 (from &quot;%3&quot; to &quot;%4&quot;) has no event in the audit trail: it was written outside OrgDesk.</source>
        <translation>%2 第 %1 次狀態變更（由「%3」改為「%4」）在審計記錄中沒有相應事件：該變更是在 OrgDesk 以外寫入的。</translation>
    </message>
    <message>
        <source>Event %1 records move %2 of %3, which is no longer in the file: it was deleted.</source>
        <translation>事件 %1 記錄了 %3 第 %2 次狀態變更，但資料庫檔案中已沒有該項變更：已被刪除。</translation>
    </message>
    <message>
        <source>%1 has no record of being received in the audit trail: it was written outside OrgDesk.</source>
        <translation>審計記錄中沒有 %1 的收件記錄：該申請是在 OrgDesk 以外寫入的。</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>（無）</translation>
    </message>
    <message>
        <source>%1 names %2 as the person who received it, but the audit trail records %3: it was changed outside OrgDesk.</source>
        <translation>%1 記錄的收件人為 %2，但審計記錄顯示為 %3：該資料是在 OrgDesk 以外被更改的。</translation>
    </message>
    <message>
        <source>%1 is recorded as received in the audit trail but is no longer in the file: it was deleted.</source>
        <translation>審計記錄顯示已收到 %1，但資料庫檔案中已沒有該申請：已被刪除。</translation>
    </message>
    <message>
        <source>Attachment %1 is recorded as stored in the audit trail but is no longer in the file: it was deleted.</source>
        <translation>審計記錄顯示已儲存附件 %1，但資料庫檔案中已沒有該附件：已被刪除。</translation>
    </message>
    <message>
        <source>The staff account %1 (number %2) is recorded as created in the audit trail but is no longer in the file: it was deleted.</source>
        <translation>審計記錄顯示已建立職員帳戶 %1（編號 %2），但資料庫檔案中已沒有該帳戶：已被刪除。</translation>
    </message>
    <message>
        <source>The staff account %1 has no record of being created in the audit trail: it was written outside OrgDesk.</source>
        <translation>審計記錄中沒有建立職員帳戶 %1 的記錄：該帳戶是在 OrgDesk 以外寫入的。</translation>
    </message>
    <message>
        <source>The staff account %1 has the role &quot;%2&quot;, but the audit trail last records &quot;%3&quot;: its role was changed outside OrgDesk.</source>
        <translation>職員帳戶 %1 的角色為「%2」，但審計記錄最後記錄的角色為「%3」：其角色是在 OrgDesk 以外被更改的。</translation>
    </message>
    <message>
        <source>The staff account %1 is active, but the audit trail last records it as deactivated: it was reactivated outside OrgDesk.</source>
        <translation>職員帳戶 %1 現為有效，但審計記錄最後顯示其已停用：該帳戶是在 OrgDesk 以外重新啟用的。</translation>
    </message>
    <message>
        <source>The staff account %1 is deactivated, but the audit trail last records it as active: it was deactivated outside OrgDesk.</source>
        <translation>職員帳戶 %1 已停用，但審計記錄最後顯示其為有效：該帳戶是在 OrgDesk 以外停用的。</translation>
    </message>
    <message>
        <source>The audit head (the record of the newest event) is missing from the file: without it, removing the newest events cannot be detected.</source>
        <translation>資料庫檔案中缺少審計記錄頂端（最新事件的記錄）：缺少此記錄，便無法偵測最新事件是否已被移除。</translation>
    </message>
    <message>
        <source>The database rule &quot;%1&quot; has been removed from the server: what it refuses may have been done since.</source>
        <translation>伺服器上的資料庫規則「%1」已被移除：自此以後，它原本拒絕的操作可能已被執行。</translation>
    </message>
    <message>
        <source>The database rule &quot;%1&quot; has been disabled on the server: what it refuses may have been done since.</source>
        <translation>伺服器上的資料庫規則「%1」已被停用：自此以後，它原本拒絕的操作可能已被執行。</translation>
    </message>
</context>
<context>
    <name>UserService</name>
    <message>
        <source>A user name is 2 to 40 letters, digits, dots, dashes or underscores.</source>
        <translation>用戶名稱由 2 至 40 個英文字母、數字、句點、連字號或底線組成。</translation>
    </message>
    <message>
        <source>The role must be clerk, supervisor or admin.</source>
        <translation>角色必須是 clerk（文員）、supervisor（主管）或 admin（管理員）。</translation>
    </message>
    <message>
        <source>Only an administrator can add staff accounts once the first one exists.</source>
        <translation>建立首個職員帳戶後，只有管理員可以新增職員帳戶。</translation>
    </message>
    <message>
        <source>Only an administrator can add staff accounts.</source>
        <translation>只有管理員可以新增職員帳戶。</translation>
    </message>
    <message>
        <source>The first staff account must be an administrator.</source>
        <translation>首個職員帳戶必須是管理員。</translation>
    </message>
    <message>
        <source>The user name or password is not right. Please try again.</source>
        <translation>用戶名稱或密碼不正確，請再試一次。</translation>
    </message>
    <message>
        <source>This staff account has been deactivated. Please ask an administrator.</source>
        <translation>此職員帳戶已停用。請聯絡管理員。</translation>
    </message>
    <message>
        <source>This account is locked after too many wrong passwords. Try again in %n minute(s) or ask an administrator.</source>
        <translation>由於密碼錯誤次數過多，此帳戶已被鎖定。請於 %n 分鐘後再試，或聯絡管理員。</translation>
    </message>
    <message>
        <source>This staff account has been deactivated.</source>
        <translation>此職員帳戶已停用。</translation>
    </message>
    <message>
        <source>The current password is not right, so the password was not changed.</source>
        <translation>現有密碼不正確，因此密碼未有更改。</translation>
    </message>
    <message>
        <source>Choose a new password different from the current one.</source>
        <translation>請選擇與現有密碼不同的新密碼。</translation>
    </message>
    <message>
        <source>Only an administrator can set someone&apos;s password.</source>
        <translation>只有管理員可以為他人設定密碼。</translation>
    </message>
    <message>
        <source>Only an administrator can deactivate or reactivate staff accounts.</source>
        <translation>只有管理員可以停用或重新啟用職員帳戶。</translation>
    </message>
    <message>
        <source>You cannot deactivate your own account.</source>
        <translation>你不能停用自己的帳戶。</translation>
    </message>
    <message>
        <source>This is the last active administrator; add another one first.</source>
        <translation>這是最後一個有效的管理員帳戶；請先新增另一名管理員。</translation>
    </message>
    <message>
        <source>Only an administrator can unlock staff accounts.</source>
        <translation>只有管理員可以解鎖職員帳戶。</translation>
    </message>
</context>
<context>
    <name>UserStore</name>
    <message>
        <source>There is no staff account %1.</source>
        <translation>沒有職員帳戶 %1。</translation>
    </message>
    <message>
        <source>A staff account named %1 exists already.</source>
        <translation>名為 %1 的職員帳戶已存在。</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>An HKID number is one or two letters, six digits and a check character, e.g. A123456(3).</source>
        <translation>香港身份證號碼由一至兩個英文字母、六個數字及一個檢查碼組成，例如 A123456(3)。</translation>
    </message>
    <message>
        <source>The check character of this HKID number does not match; please compare it with the form.</source>
        <translation>此香港身份證號碼的檢查碼不符；請與表格核對。</translation>
    </message>
    <message>
        <source>A BR number is 8 digits, optionally followed by a 3-digit branch, e.g. 12345678-000 or 12345678-000-03-25-6.</source>
        <translation>商業登記號碼為 8 位數字，可附 3 位分行號碼，例如 12345678-000 或 12345678-000-03-25-6。</translation>
    </message>
    <message>
        <source>The expiry month on this BR certificate number (%1) is not a month; please compare it with the certificate.</source>
        <translation>此商業登記證號碼中的屆滿月份（%1）無效；請與登記證核對。</translation>
    </message>
    <message>
        <source>A case number is a court prefix, a number and a year, e.g. HCA 1234/2025.</source>
        <translation>案件編號由法院案件類別、編號及年份組成，例如 HCA 1234/2025。</translation>
    </message>
    <message>
        <source>A case number cannot be 0.</source>
        <translation>案件編號不能是 0。</translation>
    </message>
    <message>
        <source>The year of case %1 (%2) is in the future.</source>
        <translation>案件 %1 的年份（%2）是將來的年份。</translation>
    </message>
    <message>
        <source>The year of case %1 (%2) is not plausible.</source>
        <translation>案件 %1 的年份（%2）不合理。</translation>
    </message>
    <message>
        <source>%1 is not a known court prefix; check the form and confirm it with a note.</source>
        <translation>%1 不是已知的案件類別；請核對表格並以備註確認。</translation>
    </message>
    <message>
        <source>An e-mail address looks like name@example.com.hk (one address, no spaces).</source>
        <translation>電郵地址格式如 name@example.com.hk（只限一個地址，不含空格）。</translation>
    </message>
    <message>
        <source>A passport number is 5 to 20 letters and digits, e.g. K12345678.</source>
        <translation>護照號碼由 5 至 20 個英文字母及數字組成，例如 K12345678。</translation>
    </message>
    <message>
        <source>A phone number may contain only digits, spaces, dashes and a leading +, e.g. 2345 6789 or +852 2345 6789.</source>
        <translation>電話號碼只可包含數字、空格、連字號及開首的 +，例如 2345 6789 或 +852 2345 6789。</translation>
    </message>
    <message>
        <source>An overseas number is + and 8 to 15 digits starting with the country code, e.g. +44 20 7946 0000.</source>
        <translation>海外號碼以 + 開首，連國家代碼共 8 至 15 位數字，例如 +44 20 7946 0000。</translation>
    </message>
    <message>
        <source>A Hong Kong number has 8 digits starting with 2 to 9; for an overseas number start with + and the country code.</source>
        <translation>香港電話號碼為 8 位數字，以 2 至 9 開首；海外號碼請以 + 及國家代碼開首。</translation>
    </message>
</context>
<context>
    <name>Workflow</name>
    <message>
        <source>Register</source>
        <translation>登記</translation>
    </message>
    <message>
        <source>Start review</source>
        <translation>開始審核</translation>
    </message>
    <message>
        <source>Resume review</source>
        <translation>恢復審核</translation>
    </message>
    <message>
        <source>Send back for review</source>
        <translation>發回審核</translation>
    </message>
    <message>
        <source>Raise requisition</source>
        <translation>發出補交文件要求</translation>
    </message>
    <message>
        <source>Recommend</source>
        <translation>建議</translation>
    </message>
    <message>
        <source>Refer for case-by-case decision</source>
        <translation>轉交按個別情況決定</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>拒絕</translation>
    </message>
    <message>
        <source>Record account created</source>
        <translation>記錄帳戶已開設</translation>
    </message>
    <message>
        <source>Record withdrawal</source>
        <translation>記錄撤回</translation>
    </message>
    <message>
        <source>Mark as duplicate</source>
        <translation>標記為重複申請</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>結案</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>OrgDesk: the Help Centre&apos;s desk for iCMS Organization Account applications.</source>
        <translation>OrgDesk：司法機構服務中心處理綜合法院案件管理系統機構帳戶申請的工作平台。</translation>
    </message>
    <message>
        <source>OrgDesk cannot open its database</source>
        <translation>OrgDesk 無法開啟其資料庫</translation>
    </message>
    <message>
        <source>Use the database at &lt;location&gt;: an SQLite file, or a PostgreSQL server (postgresql://USER@HOST/DBNAME or service=NAME). The last one used is the default.</source>
        <translation>使用位於 &lt;location&gt; 的資料庫：SQLite 檔案，或 PostgreSQL 伺服器（postgresql://USER@HOST/DBNAME 或 service=NAME）。預設為上次使用的資料庫。</translation>
    </message>
</context>
<context>
    <name>orgdesk</name>
    <message>
        <source>%1 is empty (0 bytes).</source>
        <translation>%1 是空白檔案（0 位元組）。</translation>
    </message>
    <message>
        <source>a ZIP archive or an Office document</source>
        <translation>ZIP 壓縮檔或 Office 文件</translation>
    </message>
    <message>
        <source>a Windows program</source>
        <translation>Windows 程式</translation>
    </message>
    <message>
        <source>an XML or SVG file</source>
        <translation>XML 或 SVG 檔案</translation>
    </message>
    <message>
        <source>a web page</source>
        <translation>網頁</translation>
    </message>
    <message>
        <source>an image type OrgDesk does not accept</source>
        <translation>OrgDesk 不接受的圖像類型</translation>
    </message>
    <message>
        <source>text or data of an unknown kind</source>
        <translation>不明類型的文字或資料</translation>
    </message>
    <message>
        <source>%1 is not a PDF, TIFF, JPEG, PNG or WebP file (its content looks like %2). Ask the sender for a PDF or a scan.</source>
        <translation>%1 不是 PDF、TIFF、JPEG、PNG 或 WebP 檔案（其內容看似%2）。請要求發件人提供 PDF 或掃描本。</translation>
    </message>
    <message>
        <source>%1 is a HEIC photo (as iPhones take them), which OrgDesk cannot read. Please ask the sender to send it as JPEG or PDF instead, or to set the iPhone&apos;s camera to “Most Compatible” (Settings → Camera → Formats) before taking the photo again.</source>
        <translation>%1 是 HEIC 相片（iPhone 拍攝的格式），OrgDesk 無法讀取。請要求發件人改以 JPEG 或 PDF 傳送，或先把 iPhone 相機設定為「最相容」（設定 → 相機 → 格式）再重新拍攝。</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3.</source>
        <translation>%1 必須是 %2 至 %3 的整數。</translation>
    </message>
    <message>
        <source>%1 is too long (at most 500 characters).</source>
        <translation>%1 太長（最多 500 個字元）。</translation>
    </message>
    <message>
        <source>Only an administrator can change the holiday calendar.</source>
        <translation>只有管理員可以更改假期表。</translation>
    </message>
    <message>
        <source>a clerk</source>
        <translation>文員</translation>
    </message>
    <message>
        <source>a supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <source>an administrator</source>
        <translation>管理員</translation>
    </message>
    <message>
        <source> or </source>
        <translation>或</translation>
    </message>
    <message>
        <source>This file cannot be imported as a list of public holidays, and nothing was changed: %1</source>
        <translation>此檔案無法作為公眾假期列表匯入，未有作出任何更改：%1</translation>
    </message>
    <message>
        <source>an event with no name</source>
        <translation>未有名稱的項目</translation>
    </message>
    <message>
        <source>%1: give one or more of %2.</source>
        <translation>%1：請填寫以下一項或多項：%2。</translation>
    </message>
    <message>
        <source>You registered, recommended or edited this application, so another supervisor must decide it.</source>
        <translation>你曾登記、建議或編輯此申請，因此須由另一名主管作出決定。</translation>
    </message>
    <message>
        <source>The organization type is not chosen, so the application is not eligible as it stands; refer it for a case-by-case decision, with written reasons.</source>
        <translation>尚未選擇機構類別，因此此申請按現況不符合資格；請轉交按個別情況決定，並須書面說明理由。</translation>
    </message>
    <message>
        <source>no policy in force</source>
        <translation>沒有生效政策的情況</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>「%1」</translation>
    </message>
    <message>
        <source>Under %1 this application is not eligible as it stands (%2); refer it for a case-by-case decision, with written reasons.</source>
        <translation>在%1下，此申請按現況不符合資格（%2）；請轉交按個別情況決定，並須書面說明理由。</translation>
    </message>
    <message>
        <source>This is not a connection to a PostgreSQL server.</source>
        <translation>這不是連接至 PostgreSQL 伺服器的連線。</translation>
    </message>
    <message>
        <source>Could not read how this desk is connected to the server.</source>
        <translation>未能讀取本工作台連接伺服器的設定。</translation>
    </message>
    <message>
        <source>Cannot connect to the OrgDesk server: %1</source>
        <translation>無法連接 OrgDesk 伺服器：%1</translation>
    </message>
</context>
<context>
    <name>orgdesk::ApplicationForm</name>
    <message>
        <source>&amp;Save application</source>
        <translation>儲存申請(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>復原(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Restore &amp;draft</source>
        <translation>還原草稿(&amp;D)</translation>
    </message>
    <message>
        <source>D&amp;iscard draft</source>
        <translation>捨棄草稿(&amp;I)</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>機構</translation>
    </message>
    <message>
        <source>Name (&amp;English):</source>
        <translation>名稱（英文）(&amp;E)：</translation>
    </message>
    <message>
        <source>Organization name in English</source>
        <translation>機構英文名稱</translation>
    </message>
    <message>
        <source>Name (C&amp;hinese):</source>
        <translation>名稱（中文）(&amp;H)：</translation>
    </message>
    <message>
        <source>Organization name in Chinese</source>
        <translation>機構中文名稱</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>類別(&amp;T)：</translation>
    </message>
    <message>
        <source>Organization type</source>
        <translation>機構類別</translation>
    </message>
    <message>
        <source>&amp;BR number:</source>
        <translation>商業登記號碼(&amp;B)：</translation>
    </message>
    <message>
        <source>Business Registration number and branch</source>
        <translation>商業登記號碼及分行號碼</translation>
    </message>
    <message>
        <source>12345678-000 or the certificate number</source>
        <translation>12345678-000 或登記證號碼</translation>
    </message>
    <message>
        <source>Re&amp;gistered address:</source>
        <translation>註冊地址(&amp;G)：</translation>
    </message>
    <message>
        <source>Registered address</source>
        <translation>註冊地址</translation>
    </message>
    <message>
        <source>Corres&amp;pondence address:</source>
        <translation>通訊地址(&amp;P)：</translation>
    </message>
    <message>
        <source>Correspondence address</source>
        <translation>通訊地址</translation>
    </message>
    <message>
        <source>Law Society registration (law firms)</source>
        <translation>律師會註冊（律師行）</translation>
    </message>
    <message>
        <source>Registration with the Law Society &amp;confirmed</source>
        <translation>已確認在律師會註冊(&amp;C)</translation>
    </message>
    <message>
        <source>Law Society registration confirmed</source>
        <translation>已確認在律師會註冊</translation>
    </message>
    <message>
        <source>Confirmed on:</source>
        <translation>確認日期：</translation>
    </message>
    <message>
        <source>Date the Law Society registration was confirmed</source>
        <translation>確認律師會註冊的日期</translation>
    </message>
    <message>
        <source>DD/MM/YYYY (today if empty)</source>
        <translation>日/月/年（留空即今天）</translation>
    </message>
    <message>
        <source>Confirmed how:</source>
        <translation>確認方法：</translation>
    </message>
    <message>
        <source>How the Law Society registration was confirmed</source>
        <translation>確認律師會註冊的方法</translation>
    </message>
    <message>
        <source>e.g. Law Society online list of firms</source>
        <translation>例如律師會網上律師行名單</translation>
    </message>
    <message>
        <source>Confirmed by</source>
        <translation>確認人</translation>
    </message>
    <message>
        <source>Principal Administrator</source>
        <translation>首席管理人</translation>
    </message>
    <message>
        <source>Name (E&amp;nglish):</source>
        <translation>姓名（英文）(&amp;N)：</translation>
    </message>
    <message>
        <source>Principal Administrator name in English</source>
        <translation>首席管理人英文姓名</translation>
    </message>
    <message>
        <source>Name (Ch&amp;inese):</source>
        <translation>姓名（中文）(&amp;I)：</translation>
    </message>
    <message>
        <source>Principal Administrator name in Chinese</source>
        <translation>首席管理人中文姓名</translation>
    </message>
    <message>
        <source>I&amp;dentity document:</source>
        <translation>身份證明文件(&amp;D)：</translation>
    </message>
    <message>
        <source>Identity document type</source>
        <translation>身份證明文件類別</translation>
    </message>
    <message>
        <source>— not given —</source>
        <translation>— 未提供 —</translation>
    </message>
    <message>
        <source>HKID card</source>
        <translation>香港身份證</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>護照</translation>
    </message>
    <message>
        <source>Identity document number</source>
        <translation>身份證明文件號碼</translation>
    </message>
    <message>
        <source>Re&amp;veal</source>
        <translation>顯示(&amp;V)</translation>
    </message>
    <message>
        <source>Reveal the identity document number (recorded)</source>
        <translation>顯示身份證明文件號碼（會記錄）</translation>
    </message>
    <message>
        <source>Document n&amp;umber:</source>
        <translation>文件號碼(&amp;U)：</translation>
    </message>
    <message>
        <source>P&amp;osition:</source>
        <translation>職位(&amp;O)：</translation>
    </message>
    <message>
        <source>Principal Administrator position</source>
        <translation>首席管理人職位</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>聯絡資料</translation>
    </message>
    <message>
        <source>Tele&amp;phone:</source>
        <translation>電話(&amp;P)：</translation>
    </message>
    <message>
        <source>Telephone number</source>
        <translation>電話號碼</translation>
    </message>
    <message>
        <source>2345 6789 or +852 2345 6789</source>
        <translation>2345 6789 或 +852 2345 6789</translation>
    </message>
    <message>
        <source>&amp;Fax:</source>
        <translation>傳真(&amp;F)：</translation>
    </message>
    <message>
        <source>Fax number</source>
        <translation>傳真號碼</translation>
    </message>
    <message>
        <source>E-&amp;mail:</source>
        <translation>電郵(&amp;M)：</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>電郵地址</translation>
    </message>
    <message>
        <source>Court proceedings</source>
        <translation>法律程序</translation>
    </message>
    <message>
        <source>Case n&amp;umbers:</source>
        <translation>案件編號(&amp;U)：</translation>
    </message>
    <message>
        <source>Case numbers, one per line</source>
        <translation>案件編號，每行一個</translation>
    </message>
    <message>
        <source>One per line, e.g. HCA 1234/2025</source>
        <translation>每行一個，例如 HCA 1234/2025</translation>
    </message>
    <message>
        <source>Prefix &amp;note:</source>
        <translation>類別備註(&amp;N)：</translation>
    </message>
    <message>
        <source>Note confirming an unknown case prefix</source>
        <translation>確認未知案件類別的備註</translation>
    </message>
    <message>
        <source>Only for a prefix OrgDesk does not know: how it was checked</source>
        <translation>只適用於 OrgDesk 不認識的案件類別：說明如何核實</translation>
    </message>
    <message>
        <source>Declaration</source>
        <translation>聲明</translation>
    </message>
    <message>
        <source>Form si&amp;gned:</source>
        <translation>表格已簽署(&amp;G)：</translation>
    </message>
    <message>
        <source>Form signed</source>
        <translation>表格已簽署</translation>
    </message>
    <message>
        <source>— not checked —</source>
        <translation>— 未核對 —</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Date on &amp;form:</source>
        <translation>表格日期(&amp;F)：</translation>
    </message>
    <message>
        <source>Date on the form</source>
        <translation>表格上的日期</translation>
    </message>
    <message>
        <source>DD/MM/YYYY</source>
        <translation>日/月/年</translation>
    </message>
    <message>
        <source>&amp;Remarks:</source>
        <translation>備註(&amp;R)：</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>資格</translation>
    </message>
    <message>
        <source>Evidence checklist</source>
        <translation>證明文件核對表</translation>
    </message>
    <message>
        <source>Same organization</source>
        <translation>同一機構</translation>
    </message>
    <message>
        <source>Save state</source>
        <translation>儲存狀態</translation>
    </message>
    <message>
        <source>&amp;Save (Ctrl+S)</source>
        <translation>儲存(&amp;S)（Ctrl+S）</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— 請選擇 —</translation>
    </message>
    <message>
        <source>%1 · received %2 · %3</source>
        <translation>%1 · %2 收件 · %3</translation>
    </message>
    <message>
        <source>No application selected</source>
        <translation>未選擇申請</translation>
    </message>
    <message>
        <source>A draft of this form from %1 was not saved. Restore it to go on where you left off.</source>
        <translation>此表格有一份 %1 的草稿未有儲存。還原草稿即可從上次中斷處繼續。</translation>
    </message>
    <message>
        <source>Confirmed by %1</source>
        <translation>確認人：%1</translation>
    </message>
    <message>
        <source>Masked. Use Reveal to see or change it; revealing is recorded.</source>
        <translation>已遮蓋。按「顯示」查看或更改；顯示會被記錄。</translation>
    </message>
    <message>
        <source>Unsaved changes (kept as a draft)</source>
        <translation>有未儲存的更改（已保留為草稿）</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>已儲存</translation>
    </message>
    <message>
        <source>Select an application to see its form.</source>
        <translation>請選擇申請以查看其表格。</translation>
    </message>
    <message>
        <source>Write the date as DD/MM/YYYY.</source>
        <translation>日期請寫成 日/月/年。</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>Not saved: please correct the fields marked in red.</source>
        <translation>未儲存：請更正以紅色標示的欄位。</translation>
    </message>
    <message>
        <source>Saved (no changes)</source>
        <translation>已儲存（沒有更改）</translation>
    </message>
    <message numerus="yes">
        <source>Saved: %n field(s) changed</source>
        <translation>
            <numerusform>已儲存：更改了 %n 個欄位</numerusform>
        </translation>
    </message>
    <message>
        <source>The draft could not be kept: %1</source>
        <translation>未能保留草稿：%1</translation>
    </message>
    <message>
        <source>Why the form cannot be changed</source>
        <translation>表格無法更改的原因</translation>
    </message>
    <message>
        <source>Purged under the retention rules on %1</source>
        <translation>已於 %1 按保留規則清除</translation>
    </message>
    <message>
        <source>Changed at another desk</source>
        <translation>已在另一櫃位更改</translation>
    </message>
    <message>
        <source>Who else is editing this application</source>
        <translation>還有誰正在編輯此申請</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未儲存：%1</translation>
    </message>
    <message>
        <source>Not saved: changed at another desk. Choose which values to keep.</source>
        <translation>未儲存：已在另一櫃位更改。請選擇保留哪些值。</translation>
    </message>
    <message>
        <source>Changed at another desk at %1 (Hong Kong time) while you were editing. Your edits stay; saving shows any field you both changed, to choose which value to keep.</source>
        <translation>已在另一櫃位更改（香港時間 %1），當時你正在編輯。你所作的修改會保留；儲存時會列出雙方都更改過的欄位，讓你選擇保留哪個值。</translation>
    </message>
    <message>
        <source>Saved, but which fields were taken from the fax could not be noted in the case&apos;s history: %1</source>
        <translation>已儲存，但未能在個案記錄中註明哪些欄位取自傳真：%1</translation>
    </message>
</context>
<context>
    <name>orgdesk::AuditCheckpoints</name>
    <message>
        <source>This database has no store identity (its schema is older than version 12).</source>
        <translation>此資料庫沒有資料庫識別碼（其結構版本早於第 12 版）。</translation>
    </message>
    <message>
        <source>This database&apos;s identity (the audit_store row) is missing.</source>
        <translation>此資料庫的識別碼（audit_store 記錄）已遺失。</translation>
    </message>
    <message>
        <source>Only a supervisor takes an audit checkpoint.</source>
        <translation>只有主管可建立審計檢查點。</translation>
    </message>
    <message>
        <source>This secret does not open %1&apos;s signing key. No checkpoint was taken.</source>
        <translation>此密碼無法開啟 %1 的簽署密鑰。未有建立檢查點。</translation>
    </message>
    <message>
        <source>%1&apos;s stored signing key does not match its public half.</source>
        <translation>%1 已儲存的簽署密鑰與其公開密鑰不相符。</translation>
    </message>
    <message>
        <source>%1 has no signing key yet: give their sign-in password, which seals the new key. No checkpoint was taken.</source>
        <translation>%1 尚未有簽署密鑰：請輸入其登入密碼，用以封存新密鑰。未有建立檢查點。</translation>
    </message>
    <message>
        <source>The signing key could not be sealed (out of memory?).</source>
        <translation>未能封存簽署密鑰（記憶體不足？）。</translation>
    </message>
    <message>
        <source>The audit trail is broken at event %1: %2. No checkpoint was taken.</source>
        <translation>審計記錄在事件 %1 處損壞：%2。未有建立檢查點。</translation>
    </message>
    <message>
        <source>Checkpoint %1 as recorded is damaged: %2</source>
        <translation>已記錄的檢查點 %1 已損壞：%2</translation>
    </message>
    <message>
        <source>the checkpoint&apos;s signature does not match its contents: the file was changed after it was signed, or it was not signed by the key it names</source>
        <translation>檢查點的簽署與其內容不相符：檔案在簽署後曾被更改，或並非由其所列明的密鑰簽署</translation>
    </message>
    <message>
        <source>the checkpoint is of another database (store %1); this database is store %2</source>
        <translation>此檢查點屬於另一個資料庫（識別碼 %1）；本資料庫的識別碼為 %2</translation>
    </message>
    <message>
        <source>the trail ends at event %1, but the checkpoint taken %2 by %3 names event %4: %5 events are gone (the trail was rolled back to an older copy, or cut off)</source>
        <translation>審計記錄止於事件 %1，但 %3 於 %2 建立的檢查點列明事件 %4：有 %5 個事件已不存在（審計記錄被回復至較舊的副本，或被截短）</translation>
    </message>
    <message>
        <source>event %1 no longer has the hash the checkpoint taken %2 by %3 names: the trail up to it was rewritten</source>
        <translation>事件 %1 的雜湊值已不再是 %3 於 %2 建立的檢查點所列明的數值：截至該事件的審計記錄曾被改寫</translation>
    </message>
    <message>
        <source>the checkpoint is signed with a key this database does not know as %1&apos;s (key %2)</source>
        <translation>此檢查點所用的簽署密鑰並非本資料庫所知 %1 的密鑰（密鑰 %2）</translation>
    </message>
</context>
<context>
    <name>orgdesk::BackupService</name>
    <message>
        <source>To prove it on the server, run there:
  createdb -E UTF8 --locale=C.UTF-8 -T template0 orgdesk_restore_check
  pg_restore --no-owner --exit-on-error -d orgdesk_restore_check %1
  orgdesk-cli --db dbname=orgdesk_restore_check check
  dropdb orgdesk_restore_check
and compare the newest event&apos;s hash it shows with event of the same number in %2.</source>
        <translation>如要在伺服器上驗證，請在伺服器執行：
  createdb -E UTF8 --locale=C.UTF-8 -T template0 orgdesk_restore_check
  pg_restore --no-owner --exit-on-error -d orgdesk_restore_check %1
  orgdesk-cli --db dbname=orgdesk_restore_check check
  dropdb orgdesk_restore_check
然後將其顯示的最新事件雜湊值與 %2 中同一編號事件的雜湊值比較。</translation>
    </message>
    <message>
        <source>The dump was written, but this sign-in may not create the scratch database needed to prove it (%1).</source>
        <translation>傾印檔已寫入，但此登入身分無權建立驗證所需的臨時資料庫（%1）。</translation>
    </message>
    <message>
        <source>The dump could not be restored into a scratch database: %1</source>
        <translation>未能將傾印檔還原至臨時資料庫：%1</translation>
    </message>
    <message>
        <source>The restored dump has problems:
%1</source>
        <translation>還原的傾印檔有問題：
%1</translation>
    </message>
    <message>
        <source>The dump&apos;s newest event (%1) is not the same as event %1 in the database.</source>
        <translation>傾印檔的最新事件（%1）與資料庫中的事件 %1 不相同。</translation>
    </message>
    <message>
        <source>%1 exists already. Choose a new file name for the backup.</source>
        <translation>%1 已存在。請為備份選擇新的檔案名稱。</translation>
    </message>
    <message>
        <source>This desk has no PostgreSQL client tools (Debian package postgresql-client-15), so it cannot dump the shared database. Install them, or run on the server: pg_dump -Fc -d %1 -f %2 — then prove it as the server guide (packaging/postgres/README.md) shows.</source>
        <translation>本工作台沒有 PostgreSQL 用戶端工具（Debian 套件 postgresql-client-15），因此無法傾印共用資料庫。請安裝該套件，或在伺服器執行：pg_dump -Fc -d %1 -f %2 — 然後按伺服器指南（packaging/postgres/README.md）驗證。</translation>
    </message>
    <message>
        <source>pg_dump could not write the backup to %1: %2</source>
        <translation>pg_dump 未能將備份寫入 %1：%2</translation>
    </message>
    <message>
        <source>Could not name the copy %1.</source>
        <translation>未能將副本命名為 %1。</translation>
    </message>
    <message>
        <source>The backup %1 was written but not proved. %2
%3</source>
        <translation>備份 %1 已寫入，但未經驗證。%2
%3</translation>
    </message>
    <message>
        <source>A shared PostgreSQL database is restored on the server with pg_restore, by its IT officer, as the server guide (packaging/postgres/README.md) shows; every desk must be signed out.</source>
        <translation>共用的 PostgreSQL 資料庫須由資訊科技人員按伺服器指南（packaging/postgres/README.md）在伺服器上以 pg_restore 還原；還原時所有工作台必須登出。</translation>
    </message>
</context>
<context>
    <name>orgdesk::BusinessCalendar</name>
    <message>
        <source>Give the holiday&apos;s date.</source>
        <translation>請提供假期的日期。</translation>
    </message>
    <message>
        <source>Give the holiday&apos;s name in English.</source>
        <translation>請提供假期的英文名稱。</translation>
    </message>
    <message>
        <source>%1 is not in the holiday calendar.</source>
        <translation>%1 不在假期表內。</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 及 %2</translation>
    </message>
    <message>
        <source>%1 public holidays are not entered: due dates falling then are provisional until an administrator enters or imports them (holiday calendar).</source>
        <translation>尚未輸入 %1 年的公眾假期：在管理員於假期表輸入或匯入這些假期前，落在該段期間的限期均屬暫定。</translation>
    </message>
</context>
<context>
    <name>orgdesk::CaseModel</name>
    <message>
        <source>Past its service-level due date</source>
        <translation>已超過服務水平限期</translation>
    </message>
    <message>
        <source>(form not keyed in yet)</source>
        <translation>（尚未輸入表格）</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1（逾期）</translation>
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
        <source>Clerk</source>
        <translation>文員</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收件日期</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>決定日期</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>The cases could not be counted: the database could not be opened.</source>
        <translation>無法點算個案：未能開啟資料庫。</translation>
    </message>
</context>
<context>
    <name>orgdesk::ChangePasswordDialog</name>
    <message>
        <source>Change your password</source>
        <translation>更改密碼</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>現有密碼</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>新密碼</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>再次輸入新密碼</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>現有密碼(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>新密碼(&amp;N)：</translation>
    </message>
    <message>
        <source>New password &amp;again:</source>
        <translation>再次輸入新密碼(&amp;A)：</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>更改密碼</translation>
    </message>
    <message>
        <source>The two new passwords are not the same.</source>
        <translation>兩次輸入的新密碼不相同。</translation>
    </message>
</context>
<context>
    <name>orgdesk::ChecklistPanel</name>
    <message>
        <source>Evidence checklist</source>
        <translation>證明文件核對表</translation>
    </message>
    <message>
        <source>Attachment holding the evidence</source>
        <translation>載有證明的附件</translation>
    </message>
    <message>
        <source>page </source>
        <translation>第 </translation>
    </message>
    <message>
        <source>Page of the attachment</source>
        <translation>附件頁數</translation>
    </message>
    <message>
        <source>&amp;Tick</source>
        <translation>剔選(&amp;T)</translation>
    </message>
    <message>
        <source>Tick the selected item against this page</source>
        <translation>以此頁剔選所選項目</translation>
    </message>
    <message>
        <source>&amp;Untick</source>
        <translation>取消剔選(&amp;U)</translation>
    </message>
    <message numerus="yes">
        <source>%1. %2 (%n page(s))</source>
        <translation>
            <numerusform>%1. %2（%n 頁）</numerusform>
        </translation>
    </message>
    <message>
        <source>✔ %1 — attachment %2, page %3</source>
        <translation>✔ %1 — 附件 %2，第 %3 頁</translation>
    </message>
    <message>
        <source>✘ %1 — missing</source>
        <translation>✘ %1 — 欠缺</translation>
    </message>
    <message>
        <source>Choose the organization type and save to get its checklist.</source>
        <translation>選擇機構類別並儲存後，便會列出核對表。</translation>
    </message>
    <message>
        <source>All expected documents are ticked.</source>
        <translation>所有須提交的文件均已剔選。</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) missing: a requisition can ask for them.</source>
        <translation>
            <numerusform>欠缺 %n 份文件：可發出補交文件要求。</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an item and an attachment first.</source>
        <translation>請先選擇項目及附件。</translation>
    </message>
</context>
<context>
    <name>orgdesk::Checkpoint</name>
    <message>
        <source>This is not an OrgDesk audit checkpoint: %1.</source>
        <translation>這不是 OrgDesk 審計檢查點：%1。</translation>
    </message>
    <message>
        <source>it is not a JSON object</source>
        <translation>其內容不是 JSON 物件</translation>
    </message>
    <message>
        <source>its format is not %1</source>
        <translation>其格式不是 %1</translation>
    </message>
    <message>
        <source>its store id is not 32 hex digits</source>
        <translation>其資料庫識別碼不是 32 位十六進位數字</translation>
    </message>
    <message>
        <source>its event number or count is not a whole number</source>
        <translation>其事件編號或數目不是整數</translation>
    </message>
    <message>
        <source>its head hash is not 64 hex digits</source>
        <translation>其最新雜湊值不是 64 位十六進位數字</translation>
    </message>
    <message>
        <source>its time is not a UTC time YYYY-MM-DDTHH:MM:SSZ</source>
        <translation>其時間不是 YYYY-MM-DDTHH:MM:SSZ 格式的協調世界時</translation>
    </message>
    <message>
        <source>it names no supervisor</source>
        <translation>其內容沒有列明主管</translation>
    </message>
    <message>
        <source>its key or signature is not in hex digits</source>
        <translation>其密鑰或簽署不是十六進位數字</translation>
    </message>
</context>
<context>
    <name>orgdesk::CheckpointReceipt</name>
    <message>
        <source>The checkpoint does not fit in a QR code.</source>
        <translation>檢查點內容太長，無法放入 QR 碼。</translation>
    </message>
    <message>
        <source>Audit checkpoint receipt</source>
        <translation>審計檢查點收據</translation>
    </message>
    <message>
        <source>OrgDesk, Judiciary Help Centre. Keep this page in the paper file: it proves later that the audit trail was not rolled back or rewritten. 請將本頁存於紙本檔案。</source>
        <translation>OrgDesk, Judiciary Help Centre. Keep this page in the paper file: it proves later that the audit trail was not rolled back or rewritten. 請將本頁存於紙本檔案。</translation>
    </message>
    <message>
        <source>Database (store id)
資料庫</source>
        <translation>Database (store id)
資料庫</translation>
    </message>
    <message>
        <source>Newest event
最新事件編號</source>
        <translation>Newest event
最新事件編號</translation>
    </message>
    <message>
        <source>Events in the trail
事件數目</source>
        <translation>Events in the trail
事件數目</translation>
    </message>
    <message>
        <source>Newest event&apos;s hash
最新事件雜湊值</source>
        <translation>Newest event&apos;s hash
最新事件雜湊值</translation>
    </message>
    <message>
        <source>Taken (Hong Kong time)
時間（香港時間）</source>
        <translation>Taken (Hong Kong time)
時間（香港時間）</translation>
    </message>
    <message>
        <source>Supervisor
主管</source>
        <translation>Supervisor
主管</translation>
    </message>
    <message>
        <source>Signing key (fingerprint)
簽署密鑰指紋</source>
        <translation>Signing key (fingerprint)
簽署密鑰指紋</translation>
    </message>
    <message>
        <source>Ed25519 signature
數碼簽署</source>
        <translation>Ed25519 signature
數碼簽署</translation>
    </message>
    <message>
        <source>The QR code holds the whole checkpoint file. To check the trail against it, save the file (or the QR code&apos;s text) and run:

orgdesk-cli audit verify --against FILE

or, on a desk, Oversight ▸ Verify against checkpoint…

QR 碼載有整個檢查點檔案，可用以核對審計記錄。</source>
        <translation>The QR code holds the whole checkpoint file. To check the trail against it, save the file (or the QR code&apos;s text) and run:

orgdesk-cli audit verify --against FILE

or, on a desk, Oversight ▸ Verify against checkpoint…

QR 碼載有整個檢查點檔案，可用以核對審計記錄。</translation>
    </message>
    <message>
        <source>Supervisor&apos;s signature and date  主管簽署及日期</source>
        <translation>Supervisor&apos;s signature and date  主管簽署及日期</translation>
    </message>
    <message>
        <source>The receipt could not be written as PDF.</source>
        <translation>未能將收據寫成 PDF。</translation>
    </message>
</context>
<context>
    <name>orgdesk::CheckpointTasks</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
    <message>
        <source>%1 exists already; a checkpoint never overwrites a file.</source>
        <translation>%1 已存在；檢查點不會覆寫任何檔案。</translation>
    </message>
    <message>
        <source>The checkpoint was recorded in the database, but its file could not be written (%1). Take another one.</source>
        <translation>檢查點已記入資料庫，但其檔案未能寫入（%1）。請再建立一個。</translation>
    </message>
    <message>
        <source>Take audit checkpoint</source>
        <translation>建立審計檢查點</translation>
    </message>
    <message>
        <source>Only a supervisor takes an audit checkpoint.</source>
        <translation>只有主管可建立審計檢查點。</translation>
    </message>
    <message>
        <source>Save the checkpoint (keep it where the desk cannot write, e.g. a USB stick)</source>
        <translation>儲存檢查點（請存於本系統無法寫入的地方，例如 USB 記憶體）</translation>
    </message>
    <message>
        <source>Audit checkpoints (*.json)</source>
        <translation>審計檢查點 (*.json)</translation>
    </message>
    <message>
        <source>Your signing secret (on your first checkpoint: your sign-in password, which seals your new signing key):</source>
        <translation>你的簽署密碼（第一次建立檢查點時：即你的登入密碼，用以密封你的新簽署密鑰）：</translation>
    </message>
    <message>
        <source>Checkpoint of event %1 taken %2 (Hong Kong time), signed by you, written to %3.</source>
        <translation>已於 %2（香港時間）建立事件 %1 的檢查點，由你簽署，並寫入 %3。</translation>
    </message>
    <message>
        <source>Print the receipt for the paper file:
%1

Hash of event %2:
%3</source>
        <translation>請列印收據存於紙本檔案：
%1

事件 %2 的雜湊值：
%3</translation>
    </message>
    <message>
        <source>Open receipt</source>
        <translation>開啟收據</translation>
    </message>
    <message>
        <source>Verify against checkpoint</source>
        <translation>按檢查點核實</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>無法讀取 %1：%2</translation>
    </message>
    <message>
        <source>Verifying the audit trail against the checkpoint…</source>
        <translation>正按檢查點核實審計記錄…</translation>
    </message>
    <message>
        <source>The audit trail does NOT extend the checkpoint of event %1 taken %2 by %3: %4.

Keep this database as it is and tell the administrator.</source>
        <translation>審計記錄並非延續 %3 於 %2 建立的事件 %1 檢查點：%4。

請保留本資料庫現狀，並通知管理員。</translation>
    </message>
    <message>
        <source>The audit trail extends the checkpoint of event %1 taken %2 by %3: the signature is valid, the database is the same, and all %4 events verify.</source>
        <translation>審計記錄延續 %3 於 %2 建立的事件 %1 檢查點：簽署有效、屬同一資料庫，全部 %4 項事件均核實無誤。</translation>
    </message>
    <message>
        <source>Choose a checkpoint</source>
        <translation>選擇檢查點</translation>
    </message>
    <message>
        <source>Audit checkpoints (*.json);;All files (*)</source>
        <translation>審計檢查點 (*.json);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>The newest signed audit checkpoint was taken %1.</source>
        <translation>最新的已簽署審計檢查點於 %1 建立。</translation>
    </message>
    <message>
        <source>No signed audit checkpoint has been taken yet.</source>
        <translation>尚未建立任何已簽署的審計檢查點。</translation>
    </message>
    <message>
        <source>Audit checkpoint due</source>
        <translation>應建立審計檢查點</translation>
    </message>
    <message>
        <source>%1 One is taken every %2 days: it proves later, outside the database, that the audit trail was not rolled back or rewritten.

Take one now?</source>
        <translation>%1 每 %2 日須建立一個：日後可在資料庫以外證明審計記錄未被還原或改寫。

現在建立嗎？</translation>
    </message>
</context>
<context>
    <name>orgdesk::ConflictDialog</name>
    <message>
        <source>Organization name (English)</source>
        <translation>機構名稱（英文）</translation>
    </message>
    <message>
        <source>Organization name (Chinese)</source>
        <translation>機構名稱（中文）</translation>
    </message>
    <message>
        <source>Type of organization</source>
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
        <source>Correspondence address</source>
        <translation>通訊地址</translation>
    </message>
    <message>
        <source>Case numbers</source>
        <translation>案件編號</translation>
    </message>
    <message>
        <source>Law Society registration confirmed</source>
        <translation>已確認律師會註冊</translation>
    </message>
    <message>
        <source>How it was confirmed</source>
        <translation>確認方式</translation>
    </message>
    <message>
        <source>Principal Administrator&apos;s name (English)</source>
        <translation>主要管理人姓名（英文）</translation>
    </message>
    <message>
        <source>Principal Administrator&apos;s name (Chinese)</source>
        <translation>主要管理人姓名（中文）</translation>
    </message>
    <message>
        <source>Identity document</source>
        <translation>身份證明文件</translation>
    </message>
    <message>
        <source>Identity document number</source>
        <translation>身份證明文件號碼</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>職位</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>傳真</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>電郵</translation>
    </message>
    <message>
        <source>Form signed</source>
        <translation>表格已簽署</translation>
    </message>
    <message>
        <source>Date on the form</source>
        <translation>表格日期</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>已確認</translation>
    </message>
    <message>
        <source>Not confirmed</source>
        <translation>未確認</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（無）</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空白）</translation>
    </message>
    <message>
        <source>HKID card</source>
        <translation>香港身份證</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>護照</translation>
    </message>
    <message>
        <source>Changed at another desk</source>
        <translation>已在另一櫃位更改</translation>
    </message>
    <message>
        <source>Someone else saved this application after you opened it. For each field below they changed it to something other than what you are saving. Choose which value to keep; nothing you typed is lost until you save. All times are Hong Kong time.</source>
        <translation>你開啟此申請後，有人已把它儲存。以下每個欄位都被對方改成與你將儲存的不同的值。請選擇保留哪個值；儲存前你輸入的內容不會遺失。所有時間均為香港時間。</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>欄位</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>更改者</translation>
    </message>
    <message>
        <source>Their value (saved now)</source>
        <translation>對方的值（現已儲存）</translation>
    </message>
    <message>
        <source>Your value</source>
        <translation>你的值</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>有人</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>我的</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>對方的</translation>
    </message>
    <message>
        <source>Keep my value of %1</source>
        <translation>保留我的%1</translation>
    </message>
    <message>
        <source>Take their value of %1</source>
        <translation>採用對方的%1</translation>
    </message>
    <message>
        <source>&amp;Save with these choices</source>
        <translation>按所選儲存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Back to the form</source>
        <translation>返回表格(&amp;B)</translation>
    </message>
</context>
<context>
    <name>orgdesk::DashboardView</name>
    <message>
        <source>Dashboard</source>
        <translation>儀表板</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>匯出 CSV(&amp;C)…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>匯出 PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>Save the figures of this period as a spreadsheet (CSV)</source>
        <translation>將此期間的數字儲存為試算表（CSV）</translation>
    </message>
    <message>
        <source>Save the supervision report of this period as PDF</source>
        <translation>將此期間的監督報告儲存為 PDF</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>首日</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>最後一日</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>由(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>至(&amp;T)</translation>
    </message>
    <message>
        <source>Last &amp;30 days</source>
        <translation>過去 30 日(&amp;3)</translation>
    </message>
    <message>
        <source>Last &amp;90 days</source>
        <translation>過去 90 日(&amp;9)</translation>
    </message>
    <message>
        <source>This &amp;year</source>
        <translation>今年(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>重新整理(&amp;R)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在載入…</translation>
    </message>
    <message>
        <source>Loading the figures</source>
        <translation>正在載入數字</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>服務水平</translation>
    </message>
    <message>
        <source>Processing time, median</source>
        <translation>處理時間中位數</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已收件</translation>
    </message>
    <message>
        <source>Open cases overdue today</source>
        <translation>今天逾期的未結個案</translation>
    </message>
    <message>
        <source>Loading %1 to %2…</source>
        <translation>正在載入 %1 至 %2…</translation>
    </message>
    <message>
        <source>No figures to show.</source>
        <translation>沒有可顯示的數字。</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>訊息</translation>
    </message>
    <message>
        <source>%1 · %2 to %3 (%4)</source>
        <translation>%1 · %2 至 %3（%4）</translation>
    </message>
    <message>
        <source>decided within the target: %1 of %2 cases approved or rejected, target %3</source>
        <translation>在目標內決定：%2 宗獲批准或被拒絕的個案中有 %1 宗，目標為 %3</translation>
    </message>
    <message>
        <source>business days from receipt to decision; mean %1, 90th percentile %2 (%3 cases)</source>
        <translation>由收件至決定的工作天數；平均數 %1，第 90 百分位數 %2（%3 宗個案）</translation>
    </message>
    <message>
        <source>no case approved or rejected in the period</source>
        <translation>此期間內沒有個案獲批准或被拒絕</translation>
    </message>
    <message>
        <source>of %1 open cases on %2</source>
        <translation>佔 %2 的 %1 宗未結個案</translation>
    </message>
    <message>
        <source>Nothing was received, decided or closed from %1 to %2.
Choose another period above.</source>
        <translation>%1 至 %2 期間沒有收件、決定或結案的申請。
請在上方選擇其他期間。</translation>
    </message>
    <message>
        <source>Applications received per day, by channel</source>
        <translation>按遞交方式劃分的每日收到申請</translation>
    </message>
    <message>
        <source>Applications received per week, by channel (each bar from the day under it)</source>
        <translation>按遞交方式劃分的每週收到申請（每條棒柱由其下方所示日期起計）</translation>
    </message>
    <message>
        <source>Applications received per %1, by channel (each bar from the day under it)</source>
        <translation>按遞交方式劃分的每 %1 收到申請（每條棒柱由其下方所示日期起計）</translation>
    </message>
    <message>
        <source>Decisions and other outcomes</source>
        <translation>決定及其他結果</translation>
    </message>
    <message>
        <source>Cases decided, by processing time (business days)</source>
        <translation>已決定個案（按處理時間劃分，工作天）</translation>
    </message>
    <message>
        <source>Within the target of %1</source>
        <translation>在 %1 的目標內</translation>
    </message>
    <message>
        <source>Beyond the target</source>
        <translation>超出目標</translation>
    </message>
    <message>
        <source>Business days from receipt to decision</source>
        <translation>由收件至決定的工作天數</translation>
    </message>
    <message>
        <source>There are no figures to export yet.</source>
        <translation>暫時沒有可匯出的數字。</translation>
    </message>
    <message>
        <source>Export the report as CSV</source>
        <translation>將報告匯出為 CSV</translation>
    </message>
    <message>
        <source>Export the report as PDF</source>
        <translation>將報告匯出為 PDF</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 檔案 (*.csv)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 檔案 (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF report could not be made: %1</source>
        <translation>未能製作 PDF 報告：%1</translation>
    </message>
    <message>
        <source>Nothing was exported. %1</source>
        <translation>未有匯出任何內容。%1</translation>
    </message>
    <message>
        <source>The report was saved to %1, but the export could not be recorded in the audit trail: %2</source>
        <translation>報告已儲存至 %1，但匯出操作未能記入審計記錄：%2</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>已儲存至 %1。</translation>
    </message>
</context>
<context>
    <name>orgdesk::Database</name>
    <message>
        <source>&quot;%1&quot; is not a PostgreSQL connection address: %2</source>
        <translation>「%1」不是 PostgreSQL 連線地址：%2</translation>
    </message>
    <message>
        <source>This OrgDesk cannot reach PostgreSQL: Qt&apos;s PostgreSQL driver is not installed (Debian package libqt6sql6-psql).</source>
        <translation>此 OrgDesk 無法連接 PostgreSQL：未安裝 Qt 的 PostgreSQL 驅動程式（Debian 套件 libqt6sql6-psql）。</translation>
    </message>
    <message>
        <source>The server refused the sign-in: the user name or password is wrong, or the account is deactivated.</source>
        <translation>伺服器拒絕登入：使用者名稱或密碼不正確，或帳戶已停用。</translation>
    </message>
    <message>
        <source>Cannot connect to the OrgDesk server %1: %2</source>
        <translation>無法連接 OrgDesk 伺服器 %1：%2</translation>
    </message>
    <message>
        <source>The PostgreSQL database &quot;%1&quot; uses encoding %2 with character type %3, so searching for Chinese text would find nothing. OrgDesk needs a UTF-8 database with a UTF-8 character type; create it with: createdb -E UTF8 --locale=C.UTF-8 -T template0 %1</source>
        <translation>PostgreSQL 資料庫「%1」使用編碼 %2 及字元類型 %3，搜尋中文字將找不到任何結果。OrgDesk 需要使用 UTF-8 編碼及 UTF-8 字元類型的資料庫；請以下列指令建立：createdb -E UTF8 --locale=C.UTF-8 -T template0 %1</translation>
    </message>
    <message>
        <source>The PostgreSQL database &quot;%1&quot; holds tables but is not one of OrgDesk&apos;s; it has not been changed.</source>
        <translation>PostgreSQL 資料庫「%1」已有資料表，但並非 OrgDesk 的資料庫；資料庫未被更改。</translation>
    </message>
    <message>
        <source>The PostgreSQL database &quot;%1&quot; is empty: set it up first with orgdesk-cli --db URI server init --admin NAME.</source>
        <translation>PostgreSQL 資料庫「%1」是空的：請先以 orgdesk-cli --db URI server init --admin NAME 設定。</translation>
    </message>
    <message>
        <source>The PostgreSQL database &quot;%1&quot; was set up by a newer OrgDesk (schema version %2; this program knows up to %3). It has not been changed. Please use the newer OrgDesk.</source>
        <translation>PostgreSQL 資料庫「%1」由較新版本的 OrgDesk 設定（結構版本 %2；本程式只支援至 %3）。資料庫未被更改。請使用較新版本的 OrgDesk。</translation>
    </message>
    <message>
        <source>Setting up the database at version %1 failed: %2. The database is unchanged.</source>
        <translation>將資料庫設定至第 %1 版失敗：%2。資料庫未被更改。</translation>
    </message>
</context>
<context>
    <name>orgdesk::DatabaseTasks</name>
    <message>
        <source>Check database</source>
        <translation>檢查資料庫</translation>
    </message>
    <message>
        <source>Checking the database…</source>
        <translation>正在檢查資料庫…</translation>
    </message>
    <message>
        <source>No problems found: %1 attachments and %2 audit events verified.</source>
        <translation>未發現問題：已核實 %1 個附件及 %2 個審計事件。</translation>
    </message>
    <message>
        <source>Problems found:

%1</source>
        <translation>發現以下問題：

%1</translation>
    </message>
    <message>
        <source>Verify audit trail</source>
        <translation>核實審計記錄</translation>
    </message>
    <message>
        <source>Verifying the audit trail…</source>
        <translation>正在核實審計記錄…</translation>
    </message>
    <message>
        <source>

The result could not be recorded in the trail.</source>
        <translation>

結果未能記入審計記錄。</translation>
    </message>
    <message>
        <source>The audit trail is broken at event %1: %2.

The trail may have been tampered with. Keep this database as it is and tell the administrator.%3</source>
        <translation>審計記錄在事件 %1 處中斷：%2。

審計記錄可能已被篡改。請保留此資料庫原狀，並通知管理員。%3</translation>
    </message>
    <message>
        <source>The audit trail is intact: %1 events verified in %2 s.%3</source>
        <translation>審計記錄完整：已於 %2 秒內核實 %1 個事件。%3</translation>
    </message>
    <message>
        <source>Newest event&apos;s hash (keep a copy to prove the trail later):
%1</source>
        <translation>最新事件的雜湊值（請保留副本，以便日後證明審計記錄完整）：
%1</translation>
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
        <translation>—</translation>
    </message>
    <message>
        <source> from %1</source>
        <translation>，發件號碼 %1</translation>
    </message>
    <message>
        <source>, %1 page(s)</source>
        <translation>，%1 頁</translation>
    </message>
    <message>
        <source>HKID %1</source>
        <translation>香港身份證 %1</translation>
    </message>
    <message>
        <source>Passport %1</source>
        <translation>護照 %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n page(s), %2</source>
        <translation>
            <numerusform>%1 — %n 頁，%2</numerusform>
        </translation>
    </message>
    <message>
        <source>No attachments yet.</source>
        <translation>尚未有附件。</translation>
    </message>
    <message>
        <source>%1 (Hong Kong time)</source>
        <translation>%1（香港時間）</translation>
    </message>
</context>
<context>
    <name>orgdesk::Document</name>
    <message>
        <source>%1 has no page %2.</source>
        <translation>%1 沒有第 %2 頁。</translation>
    </message>
    <message>
        <source>The resolution must be between 1 and 1200 dpi.</source>
        <translation>解像度必須介乎 1 至 1200 dpi。</translation>
    </message>
    <message>
        <source>Page %1 is too large to show at %2 dpi; choose a smaller zoom.</source>
        <translation>第 %1 頁太大，無法以 %2 dpi 顯示；請選擇較小的縮放比例。</translation>
    </message>
    <message>
        <source>The page was not needed any more.</source>
        <translation>已不再需要此頁。</translation>
    </message>
    <message>
        <source>Page %1 of %2 takes too long to draw; it may be damaged or very complex.</source>
        <translation>%2 第 %1 頁的繪製時間過長；該頁可能已損毀或非常複雜。</translation>
    </message>
    <message>
        <source>Page %1 of %2 could not be drawn.</source>
        <translation>未能繪製 %2 第 %1 頁。</translation>
    </message>
    <message>
        <source>%1 is an incomplete JPEG (the end of the file is missing). Ask for the photo again.</source>
        <translation>%1 是不完整的 JPEG（檔案結尾缺失）。請要求對方再次提供相片。</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 已損毀：%2</translation>
    </message>
    <message>
        <source>%1 is %2 x %3 pixels, too large to show. Ask for a smaller scan.</source>
        <translation>%1 為 %2 x %3 像素，太大而無法顯示。請要求提供較小的掃描本。</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be opened as a PDF (it may be cut short or not really a PDF). Ask the sender to send it again.</source>
        <translation>%1 已損毀，無法以 PDF 開啟（檔案可能不完整或並非真正的 PDF）。請要求發件人再次傳送。</translation>
    </message>
    <message>
        <source>%1 is protected by a password. Enter the password the sender gave.</source>
        <translation>%1 受密碼保護。請輸入發件人提供的密碼。</translation>
    </message>
    <message>
        <source>The password for %1 is not right. Please check it with the sender.</source>
        <translation>%1 的密碼不正確。請向發件人核實。</translation>
    </message>
    <message>
        <source>%1 has no pages that can be shown (the file is damaged or empty).</source>
        <translation>%1 沒有可顯示的頁面（檔案已損毀或空白）。</translation>
    </message>
    <message>
        <source>%1 claims %2 pages, which cannot be right.</source>
        <translation>%1 聲稱有 %2 頁，此數目不可能正確。</translation>
    </message>
    <message>
        <source>%1 is damaged: its first page cannot be read.</source>
        <translation>%1 已損毀：無法讀取第一頁。</translation>
    </message>
    <message>
        <source>%1 is an incomplete or damaged TIFF (%2). If the fax is still arriving, wait until it is complete; otherwise ask for it again.</source>
        <translation>%1 是不完整或已損毀的 TIFF（%2）。如傳真仍在接收中，請待接收完成；否則請要求對方再次傳送。</translation>
    </message>
    <message>
        <source>no readable header</source>
        <translation>沒有可讀取的檔頭</translation>
    </message>
    <message>
        <source>page %1 has no size</source>
        <translation>第 %1 頁沒有尺寸</translation>
    </message>
    <message>
        <source>page %1 claims %2 x %3 pixels</source>
        <translation>第 %1 頁聲稱為 %2 x %3 像素</translation>
    </message>
    <message>
        <source>page %1 is cut short</source>
        <translation>第 %1 頁不完整</translation>
    </message>
    <message>
        <source>more than %1 pages</source>
        <translation>超過 %1 頁</translation>
    </message>
    <message>
        <source>The split fax could not be written.</source>
        <translation>未能寫入分拆後的傳真。</translation>
    </message>
    <message>
        <source>The fax has no page %1.</source>
        <translation>傳真沒有第 %1 頁。</translation>
    </message>
    <message>
        <source>Page %1 of the fax could not be read.</source>
        <translation>未能讀取傳真的第 %1 頁。</translation>
    </message>
    <message>
        <source>%1 is a %2 picture, but this computer has no reader for them. Ask the administrator to install OrgDesk&apos;s packages again (qt6-image-formats-plugins).</source>
        <translation>%1 是 %2 圖片，但此電腦沒有可讀取此格式的程式。請要求管理員重新安裝 OrgDesk 所需的套件（qt6-image-formats-plugins）。</translation>
    </message>
    <message>
        <source>%1 is locked with a protection that no password can open (the “%2” handler, made for one particular program). It was not stored. Ask the sender for a copy without this protection.</source>
        <translation>%1 以任何密碼都無法開啟的保護方式加密（「%2」處理程式，只供某一特定程式使用），檔案未有儲存。請要求發件人提供沒有此保護的副本。</translation>
    </message>
</context>
<context>
    <name>orgdesk::DocumentViewer</name>
    <message>
        <source>Password needed</source>
        <translation>需要密碼</translation>
    </message>
    <message>
        <source>That password is not right.
</source>
        <translation>密碼不正確。
</translation>
    </message>
    <message>
        <source>%1 is protected by a password. Enter the password the sender gave:</source>
        <translation>%1 受密碼保護。請輸入發件人提供的密碼：</translation>
    </message>
    <message>
        <source>Page thumbnails</source>
        <translation>頁面縮圖</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>上一頁</translation>
    </message>
    <message>
        <source>Page number</source>
        <translation>頁碼</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>共 %1 頁</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>下一頁</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>縮放</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>配合寬度</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>配合頁面</translation>
    </message>
    <message>
        <source>Turn page anticlockwise</source>
        <translation>逆時針旋轉頁面</translation>
    </message>
    <message>
        <source>Turn page clockwise</source>
        <translation>順時針旋轉頁面</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>顏色</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>高對比</translation>
    </message>
    <message>
        <source>Inverted</source>
        <translation>反色</translation>
    </message>
    <message>
        <source>Find in document</source>
        <translation>在文件中搜尋</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>下一個結果</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>上一個結果</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>列印…</translation>
    </message>
    <message>
        <source>Print pages</source>
        <translation>列印頁面</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>開啟…</translation>
    </message>
    <message>
        <source>Open in the system&apos;s viewer</source>
        <translation>以系統檢視器開啟</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n page(s))</source>
        <translation>
            <numerusform>%1（%n 頁）</numerusform>
        </translation>
    </message>
    <message>
        <source>This application has no documents yet. Drop files here or use the fax inbox.</source>
        <translation>此申請尚未有文件。請將檔案拖放至此，或使用傳真收件匣。</translation>
    </message>
    <message>
        <source>The turn could not be recorded.</source>
        <translation>未能記錄頁面旋轉。</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>找不到</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>The file could not be handed to the system&apos;s viewer.</source>
        <translation>未能以系統檢視器開啟檔案。</translation>
    </message>
    <message>
        <source>%1 (removed under retention)</source>
        <translation>%1（已按保留規則移除）</translation>
    </message>
</context>
<context>
    <name>orgdesk::DocumentWorker</name>
    <message>
        <source>%1 could not be read: the document reader answered with the wrong number of pages.</source>
        <translation>無法讀取 %1：文件讀取程序回覆的頁數不符。</translation>
    </message>
    <message>
        <source>%1 could not be read safely within %2 s; it was not stored.</source>
        <translation>未能在 %2 秒內安全讀取 %1；檔案未有儲存。</translation>
    </message>
    <message>
        <source>%1 was not stored: OrgDesk&apos;s document reader (orgdesk-docworker) is missing. Ask the administrator to reinstall OrgDesk.</source>
        <translation>%1 未有儲存：找不到 OrgDesk 的文件讀取程式（orgdesk-docworker）。請要求管理員重新安裝 OrgDesk。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>%1 could not be handed to the document reader.</source>
        <translation>未能將 %1 交予文件讀取程式。</translation>
    </message>
    <message>
        <source>%1 could not be read safely within %2 s.</source>
        <translation>未能在 %2 秒內安全讀取 %1。</translation>
    </message>
    <message>
        <source>%1 could not be read safely.</source>
        <translation>未能安全讀取 %1。</translation>
    </message>
    <message>
        <source>%1 was not stored: OrgDesk&apos;s document reader cannot put its safety limits in place on this computer, so it reads no files. Ask the administrator.</source>
        <translation>%1 未有儲存：OrgDesk 的文件讀取程式無法在此電腦上設定其安全限制，因此不會讀取任何檔案。請聯絡管理員。</translation>
    </message>
</context>
<context>
    <name>orgdesk::DuplicatesPanel</name>
    <message>
        <source>Applications from the same organization</source>
        <translation>同一機構的申請</translation>
    </message>
    <message>
        <source>Note for the link (optional)</source>
        <translation>連結備註（可選填）</translation>
    </message>
    <message>
        <source>Note for the link</source>
        <translation>連結備註</translation>
    </message>
    <message>
        <source>Link as &amp;resubmission</source>
        <translation>連結為重新提交(&amp;R)</translation>
    </message>
    <message>
        <source>Link as d&amp;uplicate</source>
        <translation>連結為重複申請(&amp;U)</translation>
    </message>
    <message>
        <source>same BR number</source>
        <translation>商業登記號碼相同</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>名稱相同</translation>
    </message>
    <message>
        <source>same e-mail</source>
        <translation>電郵相同</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>電話相同</translation>
    </message>
    <message>
        <source>%1 · %2 · %3
%4 (%5)</source>
        <translation>%1 · %2 · %3
%4（%5）</translation>
    </message>
    <message>
        <source> — linked as resubmission</source>
        <translation> — 已連結為重新提交</translation>
    </message>
    <message>
        <source> — linked as duplicate</source>
        <translation> — 已連結為重複申請</translation>
    </message>
    <message>
        <source>No other application from this organization found.</source>
        <translation>找不到此機構的其他申請。</translation>
    </message>
    <message numerus="yes">
        <source>%n other application(s) may be from this organization.</source>
        <translation>
            <numerusform>另有 %n 份申請可能來自此機構。</numerusform>
        </translation>
    </message>
    <message>
        <source>same BR number, another branch (%1 there, %2 here)</source>
        <translation>商業登記號碼相同，分行不同（該申請為 %1，此申請為 %2）</translation>
    </message>
</context>
<context>
    <name>orgdesk::EligibilityPanel</name>
    <message>
        <source>Eligibility result</source>
        <translation>資格結果</translation>
    </message>
    <message>
        <source>Reason for the eligibility result</source>
        <translation>資格結果的理由</translation>
    </message>
</context>
<context>
    <name>orgdesk::FaxInbox</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>無法讀取 %1：%2</translation>
    </message>
    <message>
        <source>It is stored, but %1 could not be removed from the fax folder; please delete it by hand.</source>
        <translation>已儲存，但未能從傳真資料夾移除 %1；請自行刪除。</translation>
    </message>
    <message>
        <source>Filed as %1.</source>
        <translation>已歸檔為 %1。</translation>
    </message>
    <message>
        <source>Added to %1.</source>
        <translation>已加入 %1。</translation>
    </message>
    <message>
        <source>Only fax TIFF files can be split into several applications.</source>
        <translation>只有傳真 TIFF 檔案可分拆為多宗申請。</translation>
    </message>
    <message>
        <source>Each part of the split needs at least one page.</source>
        <translation>分拆後的每部分最少須有一頁。</translation>
    </message>
    <message>
        <source>The fax has no page %1.</source>
        <translation>傳真沒有第 %1 頁。</translation>
    </message>
    <message>
        <source>Page %1 is not in any part; put it in one or mark it blank.</source>
        <translation>第 %1 頁不屬於任何部分；請將其編入其中一部分，或標示為空白頁。</translation>
    </message>
    <message>
        <source>Page %1 is in more than one part.</source>
        <translation>第 %1 頁屬於多於一個部分。</translation>
    </message>
    <message>
        <source>Split into %1.</source>
        <translation>已分拆為 %1。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a page or a range like 3-5.</source>
        <translation>「%1」不是頁碼，也不是 3-5 之類的頁數範圍。</translation>
    </message>
    <message>
        <source>Pages %1 are not within 1 to %2.</source>
        <translation>第 %1 頁不在 1 至 %2 的範圍內。</translation>
    </message>
    <message>
        <source>Give the pages of each part, e.g. 1-2; 3-5.</source>
        <translation>請提供每部分的頁數，例如 1-2; 3-5。</translation>
    </message>
    <message>
        <source>Only the pages of fax TIFF files can be arranged.</source>
        <translation>只可排列傳真 TIFF 檔案的頁面。</translation>
    </message>
</context>
<context>
    <name>orgdesk::FaxInboxPanel</name>
    <message>
        <source>Split fax</source>
        <translation>分拆傳真</translation>
    </message>
    <message>
        <source>%1 has %2 pages. Give the pages of each application, separated by &apos;;&apos; (e.g. 1-2; 3-%2):</source>
        <translation>%1 共有 %2 頁。請提供每宗申請的頁數，以「;」分隔（例如 1-2; 3-%2）：</translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation>資料夾…</translation>
    </message>
    <message>
        <source>Choose the folder the fax server saves faxes in</source>
        <translation>選擇傳真伺服器儲存傳真的資料夾</translation>
    </message>
    <message>
        <source>Faxes waiting to be filed</source>
        <translation>等待歸檔的傳真</translation>
    </message>
    <message>
        <source>File as &amp;new application</source>
        <translation>歸檔為新申請(&amp;N)</translation>
    </message>
    <message>
        <source>Record the fax as a new application (Enter)</source>
        <translation>將傳真記錄為新申請（Enter）</translation>
    </message>
    <message>
        <source>Add to &amp;selected application</source>
        <translation>加入所選申請(&amp;S)</translation>
    </message>
    <message>
        <source>Store the fax in the application selected in the queue</source>
        <translation>將傳真儲存至申請列表中所選的申請</translation>
    </message>
    <message>
        <source>S&amp;plit into applications…</source>
        <translation>分拆為多宗申請(&amp;P)…</translation>
    </message>
    <message>
        <source>One fax holding several forms: give the pages of each</source>
        <translation>一份傳真載有多份表格：請提供每份表格的頁數</translation>
    </message>
    <message>
        <source>No fax folder chosen.</source>
        <translation>尚未選擇傳真資料夾。</translation>
    </message>
    <message>
        <source>Fax folder</source>
        <translation>傳真資料夾</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n 頁</numerusform>
        </translation>
    </message>
    <message>
        <source>password needed</source>
        <translation>需要密碼</translation>
    </message>
    <message>
        <source>%1
%2
received %3</source>
        <translation>%1
%2
%3 收件</translation>
    </message>
    <message>
        <source>No faxes waiting.</source>
        <translation>沒有等待處理的傳真。</translation>
    </message>
    <message>
        <source>Select the application in the queue first.</source>
        <translation>請先在申請列表中選擇申請。</translation>
    </message>
    <message>
        <source>&amp;Arrange pages…</source>
        <translation>排列頁面(&amp;A)…</translation>
    </message>
    <message>
        <source>Reorder, turn or take out pages before filing</source>
        <translation>歸檔前重新排列、旋轉或移除頁面</translation>
    </message>
    <message>
        <source>Only the pages of fax TIFF files can be arranged.</source>
        <translation>只可排列傳真 TIFF 檔案的頁面。</translation>
    </message>
    <message numerus="yes">
        <source>%1 will be filed with %n page(s) as arranged.</source>
        <translation>
            <numerusform>%1 將按排列次序以 %n 頁歸檔。</numerusform>
        </translation>
    </message>
    <message>
        <source>File fax</source>
        <translation>歸檔傳真</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在讀取 %1…</translation>
    </message>
    <message>
        <source>Splitting %1…</source>
        <translation>正在分拆 %1…</translation>
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
        <translation>此資料庫尚未有職員帳戶。請建立首個管理員帳戶，其後便可新增文員及主管。</translation>
    </message>
    <message>
        <source>e.g. chan.taiman</source>
        <translation>例如 chan.taiman</translation>
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
        <translation>加入 300 宗虛構示範申請以試用 OrgDesk</translation>
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
        <translation>已建立管理員，但未能加入示範申請：%1</translation>
    </message>
</context>
<context>
    <name>orgdesk::FormSuggestions</name>
    <message>
        <source>Where it was read on page %1</source>
        <translation>第 %1 頁上讀取的位置</translation>
    </message>
    <message>
        <source>Read: %1 (%2 %) — Enter accepts</source>
        <translation>讀到：%1（%2 %）— 按 Enter 採用</translation>
    </message>
    <message>
        <source>Read: %1 (%2 %, check it) — Enter accepts</source>
        <translation>讀到：%1（%2 %，請核對）— 按 Enter 採用</translation>
    </message>
    <message>
        <source>Read from page %1 of the form. Enter in the empty field accepts it; typing replaces it. Nothing is saved until you save.</source>
        <translation>讀自表格第 %1 頁。在空白欄位按 Enter 即採用；直接輸入則取代。按儲存前不會儲存任何內容。</translation>
    </message>
</context>
<context>
    <name>orgdesk::HelpWindow</name>
    <message>
        <source>OrgDesk user guide</source>
        <translation>OrgDesk 使用指南</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>使用指南</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>目錄(&amp;C)</translation>
    </message>
    <message>
        <source>Back to the start of the guide</source>
        <translation>返回指南開首</translation>
    </message>
    <message>
        <source>en</source>
        <extracomment>The language of the user guide, as in resources/help/guide.&lt;language&gt;.html: zh_HK in the Traditional Chinese translation.</extracomment>
        <translation>zh_HK</translation>
    </message>
</context>
<context>
    <name>orgdesk::HkidTextWarning</name>
    <message>
        <source>This looks like an HKID number. It will be kept masked (A123***(*)): the identity number belongs in its own field.</source>
        <translation>這看似香港身份證號碼，將會以遮蓋方式保存（A123***(*)）：身份證明文件號碼應填寫在其專用欄位。</translation>
    </message>
    <message>
        <source>Identity number in free text</source>
        <translation>自由填寫文字中的身份證明文件號碼</translation>
    </message>
</context>
<context>
    <name>orgdesk::HolidayCalendarDialog</name>
    <message>
        <source>Public holidays</source>
        <translation>公眾假期</translation>
    </message>
    <message>
        <source>Missing holidays</source>
        <translation>尚未輸入的假期</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Chinese name</source>
        <translation>中文名稱</translation>
    </message>
    <message>
        <source>Holiday date</source>
        <translation>假期日期</translation>
    </message>
    <message>
        <source>name in English</source>
        <translation>英文名稱</translation>
    </message>
    <message>
        <source>Holiday name</source>
        <translation>假期名稱</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>新增(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove selected</source>
        <translation>移除所選假期(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Import iCalendar…</source>
        <translation>匯入 iCalendar(&amp;I)…</translation>
    </message>
    <message>
        <source>The Government&apos;s list of general holidays as an .ics file; you see the changes before they are saved</source>
        <translation>政府公布的公眾假期列表（.ics 檔案）；儲存前會先顯示有關更改</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>無法讀取 %1：%2</translation>
    </message>
    <message>
        <source>Import public holidays</source>
        <translation>匯入公眾假期</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics);;All files (*)</source>
        <translation>iCalendar 檔案 (*.ics);;所有檔案 (*)</translation>
    </message>
</context>
<context>
    <name>orgdesk::HolidayImport</name>
    <message>
        <source>the file is empty.</source>
        <translation>檔案是空白的。</translation>
    </message>
    <message>
        <source>the file is larger than a list of holidays can be.</source>
        <translation>檔案大小超出假期列表應有的範圍。</translation>
    </message>
    <message>
        <source>it is not a text file.</source>
        <translation>檔案不是文字檔案。</translation>
    </message>
    <message>
        <source>it is not an iCalendar file (no BEGIN:VCALENDAR … END:VCALENDAR).</source>
        <translation>檔案不是 iCalendar 檔案（沒有 BEGIN:VCALENDAR … END:VCALENDAR）。</translation>
    </message>
    <message>
        <source>it holds more than one calendar.</source>
        <translation>檔案載有多於一個日曆。</translation>
    </message>
    <message>
        <source>the iCalendar text is damaged (%1).</source>
        <translation>iCalendar 內容已損毀（%1）。</translation>
    </message>
    <message>
        <source>%1 has no SUMMARY (the holiday&apos;s name).</source>
        <translation>%1 沒有 SUMMARY（假期名稱）。</translation>
    </message>
    <message>
        <source>%1 has no valid DTSTART.</source>
        <translation>%1 沒有有效的 DTSTART。</translation>
    </message>
    <message>
        <source>%1 starts at a time of day, not on a whole day (DTSTART;VALUE=DATE).</source>
        <translation>%1 在某個時刻開始，而非整日（DTSTART;VALUE=DATE）。</translation>
    </message>
    <message>
        <source>%1 has an invalid DTEND.</source>
        <translation>%1 的 DTEND 無效。</translation>
    </message>
    <message>
        <source>%1 ends before it starts.</source>
        <translation>%1 的結束日期早於開始日期。</translation>
    </message>
    <message>
        <source>%1 lasts %2 days, longer than any public holiday.</source>
        <translation>%1 為期 %2 日，比任何公眾假期都長。</translation>
    </message>
    <message>
        <source>it lists no holidays (no VEVENT).</source>
        <translation>檔案沒有列出任何假期（沒有 VEVENT）。</translation>
    </message>
    <message>
        <source>Only an administrator can change the holiday calendar.</source>
        <translation>只有管理員可以更改假期表。</translation>
    </message>
</context>
<context>
    <name>orgdesk::HolidayImportDialog</name>
    <message>
        <source>Import public holidays from %1</source>
        <translation>從 %1 匯入公眾假期</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>更改</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Holidays to add or rename</source>
        <translation>須新增或更改名稱的假期</translation>
    </message>
    <message>
        <source>Nothing can be imported from this file.</source>
        <translation>此檔案沒有可匯入的內容。</translation>
    </message>
    <message>
        <source>The calendar already has every holiday this file lists for %1.</source>
        <translation>假期表已載有此檔案所列 %1 年的所有假期。</translation>
    </message>
    <message>
        <source>For %1 this file adds %2 day(s) and names %3 day(s) differently from the calendar; %4 day(s) are already in it. Days the file does not list are kept.</source>
        <translation>就 %1 年而言，此檔案會新增 %2 日，另有 %3 日的名稱與假期表不同；%4 日已在假期表內。檔案沒有列出的日子會保留。</translation>
    </message>
    <message>
        <source>add</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>rename</source>
        <translation>更改名稱</translation>
    </message>
    <message>
        <source>%1 (now: %2)</source>
        <translation>%1（現為：%2）</translation>
    </message>
    <message>
        <source>Only an administrator can change the holiday calendar.</source>
        <translation>只有管理員可以更改假期表。</translation>
    </message>
</context>
<context>
    <name>orgdesk::IdleLock</name>
    <message>
        <source>OrgDesk is locked</source>
        <translation>OrgDesk 已鎖定</translation>
    </message>
    <message>
        <source>Signed in as %1. Enter your password to carry on.</source>
        <translation>已登入：%1。請輸入密碼以繼續。</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密碼</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解鎖</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>登出</translation>
    </message>
    <message>
        <source>That is not your account&apos;s password.</source>
        <translation>密碼與你的帳戶不符。</translation>
    </message>
    <message>
        <source>This lock could not be recorded in the audit trail: %1</source>
        <translation>未能在審計記錄中記下這次鎖定：%1</translation>
    </message>
</context>
<context>
    <name>orgdesk::IntakeService</name>
    <message>
        <source>%1 is %2, more than the %3 allowed for one file.</source>
        <translation>%1 的大小為 %2，超過每個檔案 %3 的上限。</translation>
    </message>
    <message>
        <source>%1 is already stored as attachment %2 of %3; it was not stored again.</source>
        <translation>%1 已儲存為 %3 的附件 %2；未有再次儲存。</translation>
    </message>
    <message>
        <source>%1 could not be stored: %2</source>
        <translation>未能儲存 %1：%2</translation>
    </message>
    <message>
        <source>%1 is protected by a password; it was stored and the password will be asked for when it is opened (passwords are never stored).</source>
        <translation>%1 受密碼保護；檔案已儲存，開啟時會要求輸入密碼（系統不會儲存密碼）。</translation>
    </message>
    <message>
        <source>%1 was stored; the same file is also attachment %2 of %3.</source>
        <translation>%1 已儲存；相同檔案亦是 %3 的附件 %2。</translation>
    </message>
    <message>
        <source>%1 was not stored: cancelled.</source>
        <translation>%1 未有儲存：已取消。</translation>
    </message>
    <message>
        <source>Cancelled: nothing was stored.</source>
        <translation>已取消：未有儲存任何檔案。</translation>
    </message>
</context>
<context>
    <name>orgdesk::IntakeTask</name>
    <message>
        <source>Reading the files…</source>
        <translation>正在讀取檔案…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>orgdesk::LetterTemplateDialog</name>
    <message>
        <source>Letter templates</source>
        <translation>信件範本</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>Traditional Chinese</source>
        <translation>繁體中文</translation>
    </message>
    <message>
        <source>Letter type</source>
        <translation>信件類別</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>主題(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation>內文(&amp;B)：</translation>
    </message>
    <message>
        <source>Merge fields: %1. A blank line starts a new paragraph; {{reasons}} and {{missing_items}} alone in a paragraph become numbered lists.</source>
        <translation>合併欄位：%1。空行表示開始新段落；{{reasons}} 及 {{missing_items}} 若獨立成段，會成為編號清單。</translation>
    </message>
    <message>
        <source>Saved. New letters use this template.</source>
        <translation>已儲存。新信件將使用此範本。</translation>
    </message>
</context>
<context>
    <name>orgdesk::LiveUpdates</name>
    <message>
        <source>Connection state</source>
        <translation>連線狀態</translation>
    </message>
    <message>
        <source>&lt;b&gt;Connection to the server lost — retrying…&lt;/b&gt; What is on the screen may be out of date; nothing is saved until the connection is back, and the form keeps what you typed.</source>
        <translation>&lt;b&gt;與伺服器的連線中斷——正在重試……&lt;/b&gt; 畫面上的資料可能已過時；連線恢復前不會儲存任何內容，表格會保留你輸入的內容。</translation>
    </message>
    <message>
        <source>Connection to the server restored; everything shown was read again.</source>
        <translation>已恢復與伺服器的連線；畫面上的資料已重新讀取。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Connection to the server lost — retrying…&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;與伺服器的連線中斷——正在重試……&lt;/b&gt; %1</translation>
    </message>
</context>
<context>
    <name>orgdesk::MainWindow</name>
    <message>
        <source>Pages of the application, beside the form</source>
        <translation>申請的頁面（在表格旁）</translation>
    </message>
    <message>
        <source>The pages of a document could not be read as text: %1</source>
        <translation>無法將文件的頁面讀為文字：%1</translation>
    </message>
    <message>
        <source>&amp;Fold the queue away</source>
        <translation>收起申請列表(&amp;F)</translation>
    </message>
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
        <translation>未能載入申請列表：%1</translation>
    </message>
    <message>
        <source>Search reference, organization (English or Chinese), BR number…  (Ctrl+F)</source>
        <translation>搜尋參考編號、機構（英文或中文）、商業登記號碼…  （Ctrl+F）</translation>
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
        <source>All channels</source>
        <translation>所有遞交方式</translation>
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
        <translation>&lt;p&gt;參考編號為&lt;/p&gt;&lt;p style=&apos;font-size:x-large&apos;&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;請將參考編號寫在表格第一頁。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Back up database</source>
        <translation>備份資料庫</translation>
    </message>
    <message>
        <source>OrgDesk database (*.sqlite)</source>
        <translation>OrgDesk 資料庫 (*.sqlite)</translation>
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
        <translation>備份已寫入 %1 並已核實。</translation>
    </message>
    <message>
        <source>About OrgDesk</source>
        <translation>關於 OrgDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;OrgDesk %1&lt;/h3&gt;&lt;p&gt;The Judiciary Help Centre&apos;s desk for paper applications for iCMS Organization Accounts: intake, checking, recommendation, decision and audit.&lt;/p&gt;&lt;p&gt;Copyright © 2026 the OrgDesk developers.&lt;/p&gt;&lt;p&gt;This program is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License as published by the Free Software Foundation, either version 3 of the License, or (at your option) any later version. It comes with ABSOLUTELY NO WARRANTY.&lt;/p&gt;&lt;p&gt;PDF rendering by Poppler; built with Qt %2 and SQLite.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;OrgDesk %1&lt;/h3&gt;&lt;p&gt;司法機構服務中心處理綜合法院案件管理系統機構帳戶紙本申請的工作平台：收件、核對、建議、決定及審計。&lt;/p&gt;&lt;p&gt;版權所有 © 2026 OrgDesk 開發人員。&lt;/p&gt;&lt;p&gt;本程式為自由軟件：你可以依據自由軟件基金會發布的 GNU 通用公共授權條款第 3 版，或（按你選擇）任何較新版本，重新發布及／或修改本程式。本程式不附帶任何保證。&lt;/p&gt;&lt;p&gt;PDF 由 Poppler 繪製；以 Qt %2 及 SQLite 建構。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation>摘要(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Form</source>
        <translation>表格(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation>文件(&amp;D)</translation>
    </message>
    <message>
        <source>De&amp;cision</source>
        <translation>決定(&amp;C)</translation>
    </message>
    <message>
        <source>Fax inbox</source>
        <translation>傳真收件匣</translation>
    </message>
    <message>
        <source>&amp;Attach files…</source>
        <translation>附加檔案(&amp;A)…</translation>
    </message>
    <message>
        <source>Store scanned pages or documents in the selected application</source>
        <translation>將掃描頁面或文件儲存至所選申請</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編輯(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>復原(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Paste as attachment</source>
        <translation>貼上為附件(&amp;P)</translation>
    </message>
    <message>
        <source>S&amp;ummary</source>
        <translation>摘要(&amp;U)</translation>
    </message>
    <message>
        <source>F&amp;orm</source>
        <translation>表格(&amp;O)</translation>
    </message>
    <message>
        <source>Doc&amp;uments</source>
        <translation>文件(&amp;U)</translation>
    </message>
    <message>
        <source>Decisio&amp;n</source>
        <translation>決定(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>帳戶(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Change password…</source>
        <translation>更改密碼(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>立即鎖定(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Overdue cases…</source>
        <translation>逾期個案(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Staff accounts…</source>
        <translation>職員帳戶(&amp;S)…</translation>
    </message>
    <message>
        <source>Letter &amp;templates…</source>
        <translation>信件範本(&amp;T)…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>登出(&amp;O)</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>附加檔案</translation>
    </message>
    <message>
        <source>Select an application first (or press Ctrl+N for a new one).</source>
        <translation>請先選擇申請（或按 Ctrl+N 建立新申請）。</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.tif *.tiff *.jpg *.jpeg *.png);;All files (*)</source>
        <translation>文件 (*.pdf *.tif *.tiff *.jpg *.jpeg *.png);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>無法讀取 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%1: stored, %n page(s).</source>
        <translation>
            <numerusform>%1：已儲存，%n 頁。</numerusform>
        </translation>
    </message>
    <message>
        <source>same file</source>
        <translation>相同檔案</translation>
    </message>
    <message>
        <source>Pasted image stored.</source>
        <translation>已儲存貼上的圖片。</translation>
    </message>
    <message>
        <source>&amp;Oversight</source>
        <translation>監察(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Dashboard…</source>
        <translation>儀表板(&amp;D)…</translation>
    </message>
    <message>
        <source>Intake, decisions, processing time and the service level for a period; export as CSV or PDF</source>
        <translation>某段期間的收件、決定、處理時間及服務水平；可匯出為 CSV 或 PDF</translation>
    </message>
    <message>
        <source>Supervisor &amp;console…</source>
        <translation>主管控制台(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Verify audit trail…</source>
        <translation>核實審計記錄(&amp;V)…</translation>
    </message>
    <message>
        <source>Verify &amp;against checkpoint…</source>
        <translation>按檢查點核實(&amp;A)…</translation>
    </message>
    <message>
        <source>Take audit chec&amp;kpoint…</source>
        <translation>建立審計檢查點(&amp;K)…</translation>
    </message>
    <message>
        <source>Personal data &amp;retention…</source>
        <translation>個人資料保留(&amp;R)…</translation>
    </message>
    <message>
        <source>More than %1 applications match · %2 loaded</source>
        <translation>超過 %1 宗申請符合條件 · 已載入 %2 宗</translation>
    </message>
    <message>
        <source>Public &amp;holidays…</source>
        <translation>公眾假期(&amp;H)…</translation>
    </message>
    <message>
        <source>Public holidays not entered</source>
        <translation>尚未輸入公眾假期</translation>
    </message>
    <message>
        <source>Reading %1 (%2 of %3)…</source>
        <translation>正在讀取 %1（第 %2 個，共 %3 個）…</translation>
    </message>
    <message>
        <source>Cancelled: the files not listed above were not stored.</source>
        <translation>已取消：上面沒有列出的檔案未有儲存。</translation>
    </message>
    <message>
        <source>&lt;p&gt;Licences: OrgDesk GPL-3.0-or-later; Qt 6 LGPL-3.0 (Qt Charts GPL-3.0); Poppler GPL-2.0 or GPL-3.0; libtiff the libtiff licence; libsodium ISC; SQLite public domain. No fonts are shipped with OrgDesk: letters and reports use AR PL UMing HK (Arphic Public License), and the screen draws Chinese in Noto Sans CJK (OFL-1.1) when it is installed.&lt;/p&gt;</source>
        <translation>&lt;p&gt;授權條款：OrgDesk 採用 GPL-3.0-or-later；Qt 6 採用 LGPL-3.0（Qt Charts 採用 GPL-3.0）；Poppler 採用 GPL-2.0 或 GPL-3.0；libtiff 採用 libtiff 授權條款；libsodium 採用 ISC；SQLite 屬公有領域。OrgDesk 並不隨附任何字型：信件及報告使用 AR PL UMing HK（Arphic Public License），如已安裝 Noto Sans CJK（OFL-1.1），螢幕上的中文以此字型顯示。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>使用指南(&amp;U)</translation>
    </message>
    <message>
        <source>The clerk&apos;s, the supervisor&apos;s and the administrator&apos;s day, and the keyboard shortcuts</source>
        <translation>文員、主管及管理員的日常工作，以及快捷鍵</translation>
    </message>
</context>
<context>
    <name>orgdesk::OverdueDialog</name>
    <message>
        <source>Overdue applications</source>
        <translation>逾期申請</translation>
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
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>限期</translation>
    </message>
    <message>
        <source>Business days overdue</source>
        <translation>逾期工作天數</translation>
    </message>
    <message>
        <source>No application is past its due date.</source>
        <translation>沒有逾期的申請。</translation>
    </message>
    <message numerus="yes">
        <source>%n application(s) past the service level of %1 business days.</source>
        <translation>
            <numerusform>%n 宗申請已超過 %1 個工作天的服務水平。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (provisional)</source>
        <translation>%1（暫定）</translation>
    </message>
</context>
<context>
    <name>orgdesk::PageArrangeDialog</name>
    <message>
        <source>Arrange pages</source>
        <translation>排列頁面</translation>
    </message>
    <message>
        <source>Drag pages into order. Ctrl+R turns the selected pages; Delete takes out blank pages. The fax itself is not changed until it is filed.</source>
        <translation>拖放頁面以排列次序。按 Ctrl+R 旋轉所選頁面；按 Delete 移除空白頁。傳真本身在歸檔前不會更改。</translation>
    </message>
    <message>
        <source>Pages of the fax</source>
        <translation>傳真頁面</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>第 %1 頁</translation>
    </message>
    <message>
        <source>&amp;Turn clockwise</source>
        <translation>順時針旋轉(&amp;T)</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Take &amp;out</source>
        <translation>移除(&amp;O)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>&amp;Use this order</source>
        <translation>使用此次序(&amp;U)</translation>
    </message>
</context>
<context>
    <name>orgdesk::PagesView</name>
    <message>
        <source>Document pages</source>
        <translation>文件頁面</translation>
    </message>
    <message>
        <source>No document to show.</source>
        <translation>沒有可顯示的文件。</translation>
    </message>
    <message>
        <source>Drawing page %1…</source>
        <translation>正在繪製第 %1 頁…</translation>
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
    <message>
        <source>paused</source>
        <translation>已暫停</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1（逾期）</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>限期</translation>
    </message>
    <message>
        <source>%1 (provisional)</source>
        <translation>%1（暫定）</translation>
    </message>
    <message>
        <source>Provisional: the count runs through a year whose public holidays are not entered yet, so the date may move once they are.</source>
        <translation>暫定：計算期間涵蓋尚未輸入公眾假期的年份，輸入假期後限期或會改變。</translation>
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
        <translation>按傳真頁首所印</translation>
    </message>
    <message>
        <source>Sender fax number</source>
        <translation>發件傳真號碼</translation>
    </message>
    <message>
        <source>not counted</source>
        <translation>未點算</translation>
    </message>
    <message>
        <source>Pages received</source>
        <translation>收到頁數</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>遞交方式(&amp;C)：</translation>
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
        <translation>收件人員：%1</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>記錄(&amp;R)</translation>
    </message>
    <message>
        <source>Received &amp;at (Hong Kong time):</source>
        <translation>收件時間（香港時間）(&amp;A)：</translation>
    </message>
</context>
<context>
    <name>orgdesk::RetentionDialog</name>
    <message>
        <source>Personal data retention</source>
        <translation>個人資料保留</translation>
    </message>
    <message>
        <source> months after closure</source>
        <translation> 個月（由結案起計）</translation>
    </message>
    <message>
        <source>Retention period in months</source>
        <translation>保留期（月）</translation>
    </message>
    <message>
        <source>&amp;Keep identity documents for:</source>
        <translation>身份證明文件保留期(&amp;K)：</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>參考編號</translation>
    </message>
    <message>
        <source>File</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已結案</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Files due for purging</source>
        <translation>應清除的檔案</translation>
    </message>
    <message>
        <source>Held back (the file may hold other evidence; split it out to purge it):</source>
        <translation>暫不清除（檔案可能載有其他證明；須先分拆出來方可清除）：</translation>
    </message>
    <message>
        <source>Why it is kept</source>
        <translation>保留原因</translation>
    </message>
    <message>
        <source>Identity documents held back</source>
        <translation>暫不清除的身份證明文件</translation>
    </message>
    <message>
        <source>&amp;Purge…</source>
        <translation>清除(&amp;P)…</translation>
    </message>
    <message>
        <source>Nothing is due: no identity document of a case closed before %1 is still stored.</source>
        <translation>沒有應清除的檔案：%1 前結案的個案均沒有仍儲存的身份證明文件。</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) (%1) of cases closed before %2 can be purged now:</source>
        <translation>
            <numerusform>%2 前結案的個案中，有 %n 個檔案（%1）現可清除：</numerusform>
        </translation>
    </message>
    <message>
        <source>Purge identity documents</source>
        <translation>清除身份證明文件</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n identity document file(s) for good? Their records and the audit trail remain; the files cannot be brought back (except from an older backup).</source>
        <translation>
            <numerusform>是否永久移除 %n 個身份證明文件檔案？其記錄及審計記錄會保留；檔案移除後無法復原（除非從較舊的備份還原）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) purged (%1).</source>
        <translation>
            <numerusform>已清除 %n 個檔案（%1）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) were no longer due and were left alone.</source>
        <translation>
            <numerusform>%n 個檔案已不再需要清除，未有處理。</numerusform>
        </translation>
    </message>
    <message>
        <source>Removing identity documents…</source>
        <translation>正在移除身份證明文件…</translation>
    </message>
    <message>
        <source>Passport number</source>
        <translation>護照號碼</translation>
    </message>
    <message>
        <source>HKID number</source>
        <translation>香港身份證號碼</translation>
    </message>
    <message>
        <source>Copies of the Principal Administrator&apos;s identity document are kept while they are needed. Once a case has been closed for longer than the retention period, the copy ticked in its checklist can be purged: the file is removed, its record and the audit trail stay. The identity number keyed on the form goes too; the form then shows it as purged.</source>
        <translation>首席管理人的身份證明文件副本會在有需要期間保留。個案結案超過保留期後，便可清除其核對表中已剔選的副本：檔案會被移除，但其記錄及審計記錄會保留。表格上輸入的身份證明文件號碼亦會一併清除；其後表格會顯示該號碼已清除。</translation>
    </message>
    <message>
        <source>Identity number</source>
        <translation>身份證明文件號碼</translation>
    </message>
    <message>
        <source>Identity numbers due for purging</source>
        <translation>應清除的身份證明文件號碼</translation>
    </message>
    <message numerus="yes">
        <source>%n identity number(s) of such cases can be purged too.</source>
        <translation>
            <numerusform>此類個案另有 %n 個身份證明文件號碼亦可清除。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n identity number(s) will be removed from their forms too.</source>
        <translation>
            <numerusform>另有 %n 個身份證明文件號碼亦會從所屬表格中移除。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n identity number(s) purged.</source>
        <translation>
            <numerusform>已清除 %n 個身份證明文件號碼。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>orgdesk::SamplingPage</name>
    <message>
        <source>Draw a sample of the decisions made in a period</source>
        <translation>從某段期間所作的決定中抽取樣本</translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation>期間首日</translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation>期間最後一日</translation>
    </message>
    <message>
        <source>Share of the decisions to draw</source>
        <translation>抽樣的決定比例</translation>
    </message>
    <message>
        <source>random</source>
        <translation>隨機</translation>
    </message>
    <message>
        <source>Seed (optional)</source>
        <translation>種子值（可選填）</translation>
    </message>
    <message>
        <source>Leave empty for a random seed; give a recorded seed to repeat a draw.</source>
        <translation>留空即使用隨機種子值；輸入已記錄的種子值可重複同一次抽樣。</translation>
    </message>
    <message>
        <source>&amp;Draw sample</source>
        <translation>抽取樣本(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>由(&amp;F)</translation>
    </message>
    <message>
        <source>t&amp;o</source>
        <translation>至(&amp;O)</translation>
    </message>
    <message>
        <source>S&amp;hare</source>
        <translation>比例(&amp;H)</translation>
    </message>
    <message>
        <source>S&amp;eed</source>
        <translation>種子值(&amp;E)</translation>
    </message>
    <message>
        <source>The seed is recorded with the sample, so the same draw can be made again and checked.</source>
        <translation>種子值會與樣本一併記錄，以便重複同一次抽樣及進行核對。</translation>
    </message>
    <message>
        <source>Only supervisors draw and review samples; you can look at them and verify their draws.</source>
        <translation>只有主管可以抽取及覆核樣本；你可以查看樣本及核實其抽樣。</translation>
    </message>
    <message>
        <source>Sa&amp;mples</source>
        <translation>樣本(&amp;M)</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>編號</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>比例</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>已覆核</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>種子值</translation>
    </message>
    <message>
        <source>Drawn by</source>
        <translation>抽樣人</translation>
    </message>
    <message>
        <source>Quality samples</source>
        <translation>質素抽樣樣本</translation>
    </message>
    <message>
        <source>&amp;Verify the draw</source>
        <translation>核實抽樣(&amp;V)</translation>
    </message>
    <message>
        <source>Draw again from the recorded seed, period and share, and compare</source>
        <translation>以已記錄的種子值、期間及比例重新抽樣並作比較</translation>
    </message>
    <message>
        <source>No sample selected.</source>
        <translation>未選擇樣本。</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
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
        <source>Decision</source>
        <translation>決定</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>決定人</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>覆核結果</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>覆核人</translation>
    </message>
    <message>
        <source>Sampled decisions</source>
        <translation>抽樣選出的決定</translation>
    </message>
    <message>
        <source>Review the selected decision</source>
        <translation>覆核所選決定</translation>
    </message>
    <message>
        <source>&amp;Agree with the decision</source>
        <translation>同意有關決定(&amp;A)</translation>
    </message>
    <message>
        <source>D&amp;isagree</source>
        <translation>不同意(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Note (needed when you disagree)</source>
        <translation>備註（不同意時必須填寫）(&amp;N)</translation>
    </message>
    <message>
        <source>Review note</source>
        <translation>覆核備註</translation>
    </message>
    <message>
        <source>&amp;Record verdict</source>
        <translation>記錄覆核結果(&amp;R)</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>Show &amp;timeline</source>
        <translation>顯示時序(&amp;T)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1（共 %2）</translation>
    </message>
    <message>
        <source>No sample has been drawn yet. Choose a period and a share above, then Draw sample.</source>
        <translation>尚未抽取任何樣本。請在上方選擇期間及比例，然後按「抽取樣本」。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Agree</source>
        <translation>同意</translation>
    </message>
    <message>
        <source>Disagree</source>
        <translation>不同意</translation>
    </message>
    <message>
        <source>not reviewed</source>
        <translation>未覆核</translation>
    </message>
    <message>
        <source>Sample %1 drew no cases: nothing was decided in %2 – %3.</source>
        <translation>樣本 %1 未抽出任何個案：%2 – %3 期間沒有作出決定。</translation>
    </message>
    <message>
        <source>Sample %1: %2 of %3 reviewed (seed %4)</source>
        <translation>樣本 %1：%3 宗中已覆核 %2 宗（種子值 %4）</translation>
    </message>
    <message>
        <source>Reviewed by %1 on %2: %3.</source>
        <translation>由 %1 於 %2 覆核：%3。</translation>
    </message>
    <message>
        <source>agrees</source>
        <translation>同意</translation>
    </message>
    <message>
        <source>disagrees</source>
        <translation>不同意</translation>
    </message>
    <message>
        <source>Not reviewed yet.</source>
        <translation>尚未覆核。</translation>
    </message>
    <message>
        <source>A seed is a whole number from 0 to %1.</source>
        <translation>種子值須為 0 至 %1 的整數。</translation>
    </message>
    <message>
        <source>Sample %1 drawn: %2 of %3 decisions (%4), seed %5 — recorded, so the draw can be repeated.</source>
        <translation>已抽取樣本 %1：從 %3 個決定中抽出 %2 個（%4），種子值 %5 — 已記錄，可重複同一次抽樣。</translation>
    </message>
    <message>
        <source>Sample %1 is reproduced exactly from its recorded seed.</source>
        <translation>以已記錄的種子值可準確重現樣本 %1。</translation>
    </message>
    <message numerus="yes">
        <source>Sample %1 does not match a fresh draw from its seed: %2 decisions in the period when drawn, %3 now; %n position(s) differ.</source>
        <translation>
            <numerusform>樣本 %1 與以其種子值重新抽樣的結果不符：抽樣時期間內有 %2 個決定，現時有 %3 個；有 %n 個位置不同。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>orgdesk::Settings</name>
    <message>
        <source>Only an administrator can change settings.</source>
        <translation>只有管理員可以更改設定。</translation>
    </message>
    <message>
        <source>There is no setting called &quot;%1&quot;.</source>
        <translation>沒有名為「%1」的設定。</translation>
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
        <source>Sign in</source>
        <translation>登入</translation>
    </message>
    <message>
        <source>Shared database: %1</source>
        <translation>共用資料庫：%1</translation>
    </message>
</context>
<context>
    <name>orgdesk::StoreCopier</name>
    <message>
        <source>A store is copied from an SQLite file to a PostgreSQL database.</source>
        <translation>資料只可由 SQLite 檔案複製至 PostgreSQL 資料庫。</translation>
    </message>
    <message>
        <source>The server&apos;s database already holds applications, staff or events; a desk is copied only into a new, empty one. Nothing was copied.</source>
        <translation>伺服器的資料庫已有申請、職員或事件；工作台資料只會複製至全新的空白資料庫。未有複製任何資料。</translation>
    </message>
    <message>
        <source>The server refused the copy of %1: %2</source>
        <translation>伺服器拒絕複製 %1：%2</translation>
    </message>
    <message>
        <source>The copy was cancelled; nothing was copied.</source>
        <translation>複製已取消；未有複製任何資料。</translation>
    </message>
    <message>
        <source>Copying %1 to the server failed: %2</source>
        <translation>將 %1 複製至伺服器失敗：%2</translation>
    </message>
    <message>
        <source>%1 is not an administrator on the desk; name an administrator with --admin.</source>
        <translation>%1 不是本工作台的管理員；請以 --admin 指定一名管理員。</translation>
    </message>
    <message>
        <source>The staff account %1 could not become a login role on the server (%2). Nothing was copied.</source>
        <translation>職員帳戶 %1 未能成為伺服器上的登入角色（%2）。未有複製任何資料。</translation>
    </message>
    <message>
        <source>There is no staff account %1 on the desk; nothing was copied.</source>
        <translation>本工作台沒有職員帳戶 %1；未有複製任何資料。</translation>
    </message>
</context>
<context>
    <name>orgdesk::SupervisorConsole</name>
    <message>
        <source>Supervisor console — OrgDesk</source>
        <translation>主管控制台 — OrgDesk</translation>
    </message>
    <message>
        <source>&amp;Cases</source>
        <translation>個案(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quality sampling</source>
        <translation>質素抽樣(&amp;Q)</translation>
    </message>
    <message>
        <source>Number of matching cases</source>
        <translation>符合條件的個案數目</translation>
    </message>
    <message>
        <source>Matching cases</source>
        <translation>符合條件的個案</translation>
    </message>
    <message>
        <source>Select a case to see its timeline.</source>
        <translation>請選擇個案以查看其時序。</translation>
    </message>
    <message>
        <source>When (Hong Kong)</source>
        <translation>時間（香港）</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>人員</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事項</translation>
    </message>
    <message>
        <source>Case timeline</source>
        <translation>個案時序</translation>
    </message>
    <message>
        <source>Enter on an entry marked ↗ opens its page or letter in the main window.</source>
        <translation>在標有 ↗ 的項目上按 Enter，即可在主視窗開啟相關頁面或信件。</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>狀態篩選</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>任何狀態</translation>
    </message>
    <message>
        <source>Open cases (not yet decided)</source>
        <translation>未結個案（尚未決定）</translation>
    </message>
    <message>
        <source>Clerk filter</source>
        <translation>文員篩選</translation>
    </message>
    <message>
        <source>Cases this person registered or made any move on</source>
        <translation>此人員曾登記或處理的個案</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>任何人</translation>
    </message>
    <message>
        <source>Organization type filter</source>
        <translation>機構類別篩選</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>任何類別</translation>
    </message>
    <message>
        <source>Any channel</source>
        <translation>任何遞交方式</translation>
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
        <source>O&amp;verdue only</source>
        <translation>只顯示逾期個案(&amp;V)</translation>
    </message>
    <message>
        <source>Decision filter</source>
        <translation>決定篩選</translation>
    </message>
    <message>
        <source>Any decision</source>
        <translation>任何決定</translation>
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
        <source>Not decided</source>
        <translation>未決定</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>清除篩選(&amp;L)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>狀態(&amp;S)</translation>
    </message>
    <message>
        <source>Cl&amp;erk</source>
        <translation>文員(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>類別(&amp;T)</translation>
    </message>
    <message>
        <source>C&amp;hannel</source>
        <translation>遞交方式(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Received</source>
        <translation>收件日期(&amp;R)</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>&amp;Decision</source>
        <translation>決定(&amp;D)</translation>
    </message>
    <message numerus="yes">
        <source>%n status(es)</source>
        <translation>
            <numerusform>%n 個狀態</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking for matching cases…</source>
        <translation>正在搜尋符合條件的個案…</translation>
    </message>
    <message>
        <source>%1 loaded · counting all matching cases… · newest received first</source>
        <translation>已載入 %1 宗 · 正在點算所有符合條件的個案… · 按收件時間由新至舊排列</translation>
    </message>
    <message>
        <source>No cases match these filters. Change them, or press Ctrl+Shift+L to clear them.</source>
        <translation>沒有符合篩選條件的個案。請更改篩選條件，或按 Ctrl+Shift+L 清除篩選。</translation>
    </message>
    <message>
        <source>%1 case(s) · %2 loaded · newest received first</source>
        <translation>共 %1 宗個案 · 已載入 %2 宗 · 按收件時間由新至舊排列</translation>
    </message>
    <message>
        <source>No case selected.</source>
        <translation>未選擇個案。</translation>
    </message>
    <message>
        <source>Timeline of %1</source>
        <translation>%1 的時序</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s), oldest first</source>
        <translation>
            <numerusform>%n 個事件，由舊至新排列</numerusform>
        </translation>
    </message>
    <message>
        <source>open the letter</source>
        <translation>開啟信件</translation>
    </message>
    <message>
        <source>page %1</source>
        <translation>第 %1 頁</translation>
    </message>
    <message>
        <source>(system)</source>
        <translation>（系統）</translation>
    </message>
</context>
<context>
    <name>orgdesk::TransitionDialog</name>
    <message>
        <source>Recommendation:</source>
        <translation>建議：</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>批准(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>拒絕(&amp;R)</translation>
    </message>
    <message>
        <source>Reasons for a rejection (if recommending one):</source>
        <translation>拒絕理由（如建議拒絕）：</translation>
    </message>
    <message>
        <source>Reasons (at least one):</source>
        <translation>理由（最少一項）：</translation>
    </message>
    <message>
        <source>Reason codes</source>
        <translation>理由代碼</translation>
    </message>
    <message>
        <source>Documents or items missing (one per line):</source>
        <translation>欠缺的文件或項目（每行一項）：</translation>
    </message>
    <message>
        <source>Missing items</source>
        <translation>欠缺項目</translation>
    </message>
    <message>
        <source>Written reasons (required):</source>
        <translation>書面理由（必須填寫）：</translation>
    </message>
    <message>
        <source>Note (required):</source>
        <translation>備註（必須填寫）：</translation>
    </message>
    <message>
        <source>Note (optional):</source>
        <translation>備註（可選填）：</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
</context>
<context>
    <name>orgdesk::UserAdminDialog</name>
    <message>
        <source>Staff accounts</source>
        <translation>職員帳戶</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用戶名稱</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>帳戶狀態</translation>
    </message>
    <message>
        <source>Locked until</source>
        <translation>鎖定至</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>停用(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Reactivate</source>
        <translation>重新啟用(&amp;R)</translation>
    </message>
    <message>
        <source>Set &amp;password…</source>
        <translation>設定密碼(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>解鎖(&amp;U)</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>設定密碼</translation>
    </message>
    <message>
        <source>New password for the selected account:</source>
        <translation>所選帳戶的新密碼：</translation>
    </message>
    <message>
        <source>Add a staff account</source>
        <translation>新增職員帳戶</translation>
    </message>
    <message>
        <source>User &amp;name:</source>
        <translation>用戶名稱(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>全名(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <source>First &amp;password:</source>
        <translation>初始密碼(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Add account</source>
        <translation>新增帳戶(&amp;A)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>啟用中</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>已新增 %1。</translation>
    </message>
    <message>
        <source>Choose an account first.</source>
        <translation>請先選擇帳戶。</translation>
    </message>
    <message>
        <source>The account is active again.</source>
        <translation>帳戶已重新啟用。</translation>
    </message>
    <message>
        <source>The account is deactivated; its history stays.</source>
        <translation>帳戶已停用；其歷史記錄會保留。</translation>
    </message>
    <message>
        <source>The new password is set.</source>
        <translation>已設定新密碼。</translation>
    </message>
    <message>
        <source>The account is unlocked.</source>
        <translation>帳戶已解鎖。</translation>
    </message>
</context>
<context>
    <name>orgdesk::WorkflowPanel</name>
    <message>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>By</source>
        <translation>處理人</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Workflow history</source>
        <translation>工作流程記錄</translation>
    </message>
    <message>
        <source>Letter:</source>
        <translation>信件：</translation>
    </message>
    <message>
        <source>Letter type</source>
        <translation>信件類別</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>Traditional Chinese</source>
        <translation>繁體中文</translation>
    </message>
    <message>
        <source>Letter language</source>
        <translation>信件語言</translation>
    </message>
    <message>
        <source>Save &amp;letter to case</source>
        <translation>將信件儲存至個案(&amp;L)</translation>
    </message>
    <message>
        <source>Select an application to see its workflow.</source>
        <translation>請選擇申請以查看其工作流程。</translation>
    </message>
    <message>
        <source>service clock paused while awaiting the applicant</source>
        <translation>等候申請人期間暫停計算服務時間</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:#b00020&quot;&gt;&lt;b&gt;overdue&lt;/b&gt; since %1&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;color:#b00020&quot;&gt;自 %1 起&lt;b&gt;逾期&lt;/b&gt;&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:#8a5300&quot;&gt;&lt;b&gt;due soon&lt;/b&gt;: %1&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;color:#8a5300&quot;&gt;&lt;b&gt;即將到期&lt;/b&gt;：%1&lt;/span&gt;</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>限期 %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is &lt;b&gt;%2&lt;/b&gt;%3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; 的狀態為 &lt;b&gt;%2&lt;/b&gt;%3</translation>
    </message>
    <message>
        <source>recommends approval</source>
        <translation>建議批准</translation>
    </message>
    <message>
        <source>recommends rejection</source>
        <translation>建議拒絕</translation>
    </message>
    <message>
        <source>Saved %1 with the case (SHA-256 %2…).</source>
        <translation>已將 %1 儲存至個案（SHA-256 %2…）。</translation>
    </message>
    <message>
        <source> (&lt;i&gt;provisional&lt;/i&gt;: a year it counts through has no public holidays entered)</source>
        <translation>（&lt;i&gt;暫定&lt;/i&gt;：計算期間涵蓋的年份尚未輸入公眾假期）</translation>
    </message>
</context>
<context>
    <name>orgdesk::WorkflowService</name>
    <message>
        <source>Only %1 can do this.</source>
        <translation>只有%1可以執行此操作。</translation>
    </message>
    <message>
        <source>Only a signed-in member of staff can move an application through the workflow.</source>
        <translation>只有已登入的職員可以處理工作流程中的申請。</translation>
    </message>
    <message>
        <source>This staff account has been deactivated.</source>
        <translation>此職員帳戶已停用。</translation>
    </message>
    <message>
        <source>An application that is &quot;%1&quot; cannot be moved to &quot;%2&quot;.</source>
        <translation>狀態為「%1」的申請不能轉為「%2」。</translation>
    </message>
    <message>
        <source>Only %1 can %2.</source>
        <translation>只有%1可以執行「%2」。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a reason code that can be used here.</source>
        <translation>「%1」不是此處可使用的理由代碼。</translation>
    </message>
    <message>
        <source>Choose at least one reason for the rejection.</source>
        <translation>請最少選擇一項拒絕理由。</translation>
    </message>
    <message>
        <source>Choose at least one reason for the requisition.</source>
        <translation>請最少選擇一項補交文件要求的理由。</translation>
    </message>
    <message>
        <source>Write the reasons (at least %1 characters).</source>
        <translation>請填寫理由（最少 %1 個字元）。</translation>
    </message>
    <message>
        <source>Write a note saying why (at least %1 characters).</source>
        <translation>請填寫備註說明原因（最少 %1 個字元）。</translation>
    </message>
    <message>
        <source>Say whether you recommend approval or rejection.</source>
        <translation>請說明建議批准還是拒絕。</translation>
    </message>
    <message>
        <source>The reply must be an attachment of this application.</source>
        <translation>回覆必須是此申請的附件。</translation>
    </message>
    <message>
        <source>The reply must be a document received after the requisition was sent.</source>
        <translation>回覆必須是發出補交文件要求後收到的文件。</translation>
    </message>
    <message>
        <source>Without a reply from the applicant, write a note saying why the review resumes (at least %1 characters).</source>
        <translation>如申請人未有回覆，請填寫備註說明恢復審核的原因（最少 %1 個字元）。</translation>
    </message>
    <message>
        <source>This application is now &quot;%1&quot;, no longer &quot;%2&quot;: nothing was recorded. Look at it again before deciding.</source>
        <translation>此申請現為「%1」，已不再是「%2」：未有記錄任何內容。請先重新查看，再作決定。</translation>
    </message>
    <message>
        <source>%1 moved this application to &quot;%2&quot; at %3, after it was shown to you as &quot;%4&quot;: your move was not recorded. Look at the case again before deciding.</source>
        <translation>%1 已於 %3 把此申請轉為「%2」，而此申請顯示給你時為「%4」：你的操作未有記錄。請先重新查看個案，再作決定。</translation>
    </message>
</context>
<context>
    <name>orgdesk::ocr::OcrEngine</name>
    <message>
        <source>Pages cannot be read: the text recognition data for %1 is not installed (Debian packages tesseract-ocr-eng and tesseract-ocr-chi-tra).</source>
        <translation>無法讀取頁面：未安裝 %1 的文字辨識資料（Debian 套件 tesseract-ocr-eng 及 tesseract-ocr-chi-tra）。</translation>
    </message>
    <message>
        <source>Page %1 could not be read as text.</source>
        <translation>無法將第 %1 頁讀為文字。</translation>
    </message>
    <message>
        <source>A part of the page could not be read as text.</source>
        <translation>無法將頁面的一部分讀為文字。</translation>
    </message>
</context>
<context>
    <name>orgdesk::ocr::OcrService</name>
    <message>
        <source>Reading the pages of %1 was cancelled.</source>
        <translation>已取消讀取 %1 的頁面。</translation>
    </message>
</context>
</TS>
