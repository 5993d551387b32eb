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
        <translation type="unfinished">沒有編號為 %1 的申請。</translation>
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
    <message>
        <source>This identity document was removed on %1 under the retention rules for personal data; only its record remains.</source>
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
    <name>CaseTimeline</name>
    <message>
        <source>There is no application with id %1.</source>
        <translation type="unfinished">沒有編號為 %1 的申請。</translation>
    </message>
    <message>
        <source>attachment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 → %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommends approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommends rejection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status recorded as changed from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form saved: %1 changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked as a duplicate of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked as a resubmission of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Document %1 attached (%n page(s)).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Page %1 of %2 turned to %3°.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist item “%1” ticked against %2, page %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist item “%1” unticked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 letter generated (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished">英文</translation>
    </message>
    <message>
        <source>Revealed the Principal Administrator&apos;s passport number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revealed the Principal Administrator&apos;s identity card number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality review (sample %1): agrees with the decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality review (sample %1): disagrees with the decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded: %1.</source>
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
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardService</name>
    <message>
        <source>Give the first and the last day of the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period starts on %1, after its last day %2: give the earlier date first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period is %1 days long; a report covers at most %2 days.</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>%1: it is recorded as purged but still holds content.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator can change letter templates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown letter type or language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A letter needs a subject and a body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{{%1}} is not a merge field. Use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter type is one of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language is en (English) or zh (Traditional Chinese).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No requisition has been raised for this application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This application has not been approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This application has not been rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter could not be written as PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters and reports can only be written as PDF by a program with fonts (a GUI application).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The font &quot;%1&quot; for letters and reports is not installed (Debian package fonts-arphic-uming).</source>
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
        <translation type="unfinished">取消</translation>
    </message>
</context>
<context>
    <name>QualitySampler</name>
    <message>
        <source>Give the first and the last day of the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The share to draw must be more than 0 % and at most 100 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A seed is a whole number from 0 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a supervisor may draw a quality sample.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a supervisor may review a sampled decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample %1 has no case at position %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You made this decision: another supervisor must review it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You registered or recommended this case: another supervisor must review its decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A verdict is “agree” or “disagree”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say in a note why you disagree with the decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This case has been reviewed already; a verdict is given once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no quality sample %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <source>Page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be written as PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period: %1 to %2 (%3, Hong Kong calendar days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made at %1 (Hong Kong time). Service-level target: %2 from receipt, days waiting for the applicant not counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was received, decided or closed in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decided within %1 (%2 of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open cases on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open cases overdue on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applications received, by channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished">遞交方式</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received per week (each bar starts on the day under it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received per %1 (each bar starts on the day under it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions and other outcomes (by the day of the move)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing time: business days from receipt to decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases approved or rejected in the period; days waiting for the applicant are not counted (cases that waited: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortest – longest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases by business days taken (red: more than the target)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applications received per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <source>OrgDesk — supervision report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 business day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 business days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help Centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period (Hong Kong days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made at (Hong Kong time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service-level target (business days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intake per day by channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcomes (by the day of the decision or closure)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing time of the cases approved or rejected (business days from receipt to decision, waiting for the applicant not counted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of which waited for the applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing time histogram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target (business days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided within target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share within target (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open cases on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open cases overdue on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period %1 to %2 (%3, Hong Kong calendar days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided: %1 (approved %2, rejected %3); also withdrawn %4, duplicate %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing time (business days, waiting for the applicant not counted): median %1, mean %2, 90th percentile %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing time: no case was approved or rejected in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service level (%1): %2 of %3 decided within target (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open cases on %1: %2, of which overdue: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the name of the file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder; give a file name inside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: the folder %2 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RetentionService</name>
    <message numerus="yes">
        <source>other checklist evidence is ticked against this file too (%n item(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the file has %1 pages, more than an identity document; it may hold other evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator can purge personal data.</source>
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
    <message>
        <source>This staff account has been deactivated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current password is not right, so the password was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a new password different from the current one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator can set someone&apos;s password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator can deactivate or reactivate staff accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot deactivate your own account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the last active administrator; add another one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator can unlock staff accounts.</source>
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
    <name>orgdesk</name>
    <message>
        <source>%1 is empty (0 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a ZIP archive or an Office document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Windows program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an XML or SVG file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a web page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an image type OrgDesk does not accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text or data of an unknown kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a PDF, TIFF, JPEG or PNG file (its content looks like %2). Ask the sender for a PDF or a scan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too long (at most 500 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator can change the holiday calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
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
</context>
<context>
    <name>orgdesk::BusinessCalendar</name>
    <message>
        <source>Give the holiday&apos;s date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the holiday&apos;s name in English.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in the holiday calendar.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orgdesk::CaseModel</name>
    <message>
        <source>Past its service-level due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(form not keyed in yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished">參考編號</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished">機構</translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished">類別</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">狀態</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished">已收件</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cases could not be counted: the database could not be opened.</source>
        <translation type="unfinished"></translation>
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
    <name>orgdesk::DashboardView</name>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the figures of this period as a spreadsheet (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the supervision report of this period as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last &amp;30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last &amp;90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This &amp;year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished">重新整理(&amp;R)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing time, median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished">已收件</translation>
    </message>
    <message>
        <source>Open cases overdue today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading %1 to %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No figures to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished">問題</translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 to %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decided within the target: %1 of %2 cases approved or rejected, target %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>business days from receipt to decision; mean %1, 90th percentile %2 (%3 cases)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no case approved or rejected in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of %1 open cases on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was received, decided or closed from %1 to %2.
Choose another period above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applications received per day, by channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applications received per week, by channel (each bar from the day under it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applications received per %1, by channel (each bar from the day under it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions and other outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing time of the cases decided (business days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within the target of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beyond the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business days from receipt to decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no figures to export yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the report as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the report as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF report could not be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was exported. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was saved to %1, but the export could not be recorded in the audit trail: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orgdesk::DatabaseTasks</name>
    <message>
        <source>Check database</source>
        <translation type="unfinished">檢查資料庫</translation>
    </message>
    <message>
        <source>Checking the database…</source>
        <translation type="unfinished">正在檢查資料庫…</translation>
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
        <source>Verify audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying the audit trail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>

The result could not be recorded in the trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail is broken at event %1: %2.

The trail may have been tampered with. Keep this database as it is and tell the administrator.%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail is intact: %1 events verified in %2 s.%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest event&apos;s hash (keep a copy to prove the trail later):
%1</source>
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
    <name>orgdesk::Document</name>
    <message>
        <source>%1 has no page %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resolution must be between 1 and 1200 dpi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 is too large to show at %2 dpi; choose a smaller zoom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page was not needed any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2 takes too long to draw; it may be damaged or very complex.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2 could not be drawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an incomplete JPEG (the end of the file is missing). Ask for the photo again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 x %3 pixels, too large to show. Ask for a smaller scan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be opened as a PDF (it may be cut short or not really a PDF). Ask the sender to send it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is protected by a password. Enter the password the sender gave.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password for %1 is not right. Please check it with the sender.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no pages that can be shown (the file is damaged or empty).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 claims %2 pages, which cannot be right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: its first page cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an incomplete or damaged TIFF (%2). If the fax is still arriving, wait until it is complete; otherwise ask for it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no readable header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page %1 has no size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page %1 claims %2 x %3 pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page %1 is cut short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The split fax could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fax has no page %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of the fax could not be read.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is protected by a password. Enter the password the sender gave:</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>This application has no documents yet. Drop files here or use the fax inbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The turn could not be recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no text layer</source>
        <translation>沒有文字層</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>找不到</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be handed to the system&apos;s viewer.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is stored, but %1 could not be removed from the fax folder; please delete it by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filed as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only fax TIFF files can be split into several applications.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each part of the split needs at least one page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fax has no page %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 is not in any part; put it in one or mark it blank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 is in more than one part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split into %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a page or a range like 3-5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages %1 are not within 1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the pages of each part, e.g. 1-2; 3-5.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation>資料夾…</translation>
    </message>
    <message>
        <source>Choose the folder the fax server saves faxes in</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to &amp;selected application</source>
        <translation>加入所選申請(&amp;S)</translation>
    </message>
    <message>
        <source>Store the fax in the application selected in the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;plit into applications…</source>
        <translation>分拆為多宗申請(&amp;P)…</translation>
    </message>
    <message>
        <source>One fax holding several forms: give the pages of each</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>password needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2
received %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No faxes waiting.</source>
        <translation>沒有等待處理的傳真。</translation>
    </message>
    <message>
        <source>Select the application in the queue first.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
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
    <name>orgdesk::IdleLock</name>
    <message>
        <source>OrgDesk is locked</source>
        <translation>OrgDesk 已鎖定</translation>
    </message>
    <message>
        <source>Signed in as %1. Enter your password to carry on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished">密碼</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>登出</translation>
    </message>
    <message>
        <source>That is not your account&apos;s password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orgdesk::IntakeService</name>
    <message>
        <source>%1 is %2, more than the %3 allowed for one file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already stored as attachment %2 of %3; it was not stored again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be stored: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is protected by a password; it was stored and the password will be asked for when it is opened (passwords are never stored).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was stored; the same file is also attachment %2 of %3.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. New letters use this template.</source>
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
        <source>About OrgDesk</source>
        <translation>關於 OrgDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;OrgDesk %1&lt;/h3&gt;&lt;p&gt;The Judiciary Help Centre&apos;s desk for paper applications for iCMS Organization Accounts: intake, checking, recommendation, decision and audit.&lt;/p&gt;&lt;p&gt;Copyright © 2026 the OrgDesk developers.&lt;/p&gt;&lt;p&gt;This program is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License as published by the Free Software Foundation, either version 3 of the License, or (at your option) any later version. It comes with ABSOLUTELY NO WARRANTY.&lt;/p&gt;&lt;p&gt;PDF rendering by Poppler; built with Qt %2 and SQLite.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編輯(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished">復原(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished">重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Paste as attachment</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents (*.pdf *.tif *.tiff *.jpg *.jpeg *.png);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: stored, %n page(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>same file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pasted image stored.</source>
        <translation>已儲存貼上的圖片。</translation>
    </message>
    <message>
        <source>&amp;Oversight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dashboard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intake, decisions, processing time and the service level for a period; export as CSV or PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor &amp;console…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify audit trail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data &amp;retention…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than %1 applications match · %2 loaded</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished">參考編號</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished">機構</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">狀態</translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished">限期</translation>
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
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>orgdesk::PageArrangeDialog</name>
    <message>
        <source>Arrange pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag pages into order. Ctrl+R turns the selected pages; Delete takes out blank pages. The fax itself is not changed until it is filed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages of the fax</source>
        <translation>傳真頁面</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No document to show.</source>
        <translation>沒有可顯示的文件。</translation>
    </message>
    <message>
        <source>Drawing page %1…</source>
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
    <message>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation>限期</translation>
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
    <name>orgdesk::RetentionDialog</name>
    <message>
        <source>Personal data retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies of the Principal Administrator&apos;s identity document are kept while they are needed. Once a case has been closed for longer than the retention period, the copy ticked in its checklist can be purged: the file is removed, its record and the audit trail stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> months after closure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention period in months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep identity documents for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished">參考編號</translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished">已結案</translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files due for purging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held back (the file may hold other evidence; split it out to purge it):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity documents held back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Purge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is due: no identity document of a case closed before %1 is still stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) (%1) of cases closed before %2 can be purged now:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Purge identity documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove %n identity document file(s) for good? Their records and the audit trail remain; the files cannot be brought back (except from an older backup).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) purged (%1).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) were no longer due and were left alone.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>orgdesk::SamplingPage</name>
    <message>
        <source>Draw a sample of the decisions made in a period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the decisions to draw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>random</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty for a random seed; give a recorded seed to repeat a draw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Draw sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>t&amp;o</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;hare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;eed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seed is recorded with the sample, so the same draw can be made again and checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only supervisors draw and review samples; you can look at them and verify their draws.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;mples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawn by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify the draw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw again from the recorded seed, period and share, and compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sample selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished">參考編號</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished">機構</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sampled decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review the selected decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agree with the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;isagree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note (needed when you disagree)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sample has been drawn yet. Choose a period and a share above, then Draw sample.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disagree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample %1 drew no cases: nothing was decided in %2 – %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample %1: %2 of %3 reviewed (seed %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed by %1 on %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agrees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disagrees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reviewed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A seed is a whole number from 0 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample %1 drawn: %2 of %3 decisions (%4), seed %5 — recorded, so the draw can be repeated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample %1 is reproduced exactly from its recorded seed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sample %1 does not match a fresh draw from its seed: %2 decisions in the period when drawn, %3 now; %n position(s) differ.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>orgdesk::Settings</name>
    <message>
        <source>Only an administrator can change settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no setting called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
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
</context>
<context>
    <name>orgdesk::SupervisorConsole</name>
    <message>
        <source>Supervisor console — OrgDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quality sampling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of matching cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a case to see its timeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When (Hong Kong)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter on an entry marked ↗ opens its page or letter in the main window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation type="unfinished">狀態篩選</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open cases (not yet decided)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clerk filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases this person registered or made any move on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization type filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel filter</source>
        <translation type="unfinished">遞交方式篩選</translation>
    </message>
    <message>
        <source>Any channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any date</source>
        <translation type="unfinished">任何日期</translation>
    </message>
    <message>
        <source>Received from</source>
        <translation type="unfinished">收件日期由</translation>
    </message>
    <message>
        <source>Received until</source>
        <translation type="unfinished">收件日期至</translation>
    </message>
    <message>
        <source>O&amp;verdue only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished">已批准</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished">已拒絕</translation>
    </message>
    <message>
        <source>Not decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation type="unfinished">清除篩選(&amp;L)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cl&amp;erk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hannel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished">至</translation>
    </message>
    <message>
        <source>&amp;Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n status(es)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Looking for matching cases…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 loaded · counting all matching cases… · newest received first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cases match these filters. Change them, or press Ctrl+Shift+L to clear them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 case(s) · %2 loaded · newest received first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n event(s), oldest first</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>open the letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(system)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orgdesk::TransitionDialog</name>
    <message>
        <source>Recommendation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons for a rejection (if recommending one):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons (at least one):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents or items missing (one per line):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written reasons (required):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note (required):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orgdesk::UserAdminDialog</name>
    <message>
        <source>Clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished">用戶名稱</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password for the selected account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a staff account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First &amp;password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an account first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account is active again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account is deactivated; its history stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new password is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account is unlocked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orgdesk::WorkflowPanel</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workflow history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter:</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;letter to case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an application to see its workflow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service clock paused while awaiting the applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:#b00020&quot;&gt;&lt;b&gt;overdue&lt;/b&gt; since %1&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:#8a5300&quot;&gt;&lt;b&gt;due soon&lt;/b&gt;: %1&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is &lt;b&gt;%2&lt;/b&gt;%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recommends approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recommends rejection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1 with the case (SHA-256 %2…).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orgdesk::WorkflowService</name>
    <message>
        <source>Only %1 can do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You registered or recommended this application, so another supervisor must decide it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a signed-in member of staff can move an application through the workflow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This staff account has been deactivated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An application that is &quot;%1&quot; cannot be moved to &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1 can %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a reason code that can be used here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one reason for the rejection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one reason for the requisition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the reasons (at least %1 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a note saying why (at least %1 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say whether you recommend approval or rejection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply must be an attachment of this application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply must be a document received after the requisition was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a reply from the applicant, write a note saying why the review resumes (at least %1 characters).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
