-- SPDX-License-Identifier: GPL-3.0-or-later
-- OrgDesk schema, version 9: decisions are made on the data that was checked.
--  * The form is frozen once a case is recommended (or referred, decided, withdrawn, marked as a
--    duplicate): its fields, case numbers, LSHK confirmation, evidence checklist and links cannot
--    change until a recorded move sends it back to review.
--  * Whoever edited the form or the checklist is an author of the case under four-eyes, like
--    whoever registered or recommended it. Authors are read from the audit trail (the
--    application.form_saved, checklist.ticked and checklist.unticked events, which carry the
--    staff member and cannot be altered without breaking the chain), so no second record has to
--    be kept in step with it.
--  * Eligibility under the policy of the date received (Hong Kong date) is computed here as well as
--    in app/form/EligibilityService (a test keeps the two equal), recorded with every
--    recommendation, referral and decision, and required for a recommendation or an approval
--    unless the case goes through case_by_case with written reasons.
--  * Companies and other organizations with no case number are considered case by case, as
--    paragraph 2 of the Judiciary's letter of 20 January 2023 says.

-- 1. Case by case, as the letter says (rows an administrator has already changed are left alone).
UPDATE eligibility_rules SET without_case = 'case_by_case'
WHERE org_type IN ('company', 'other_organization') AND without_case = 'needs_case_number';
UPDATE eligibility_rules SET fallback_without_case = 'case_by_case'
WHERE org_type IN ('company', 'other_organization') AND fallback_without_case = 'needs_case_number';

-- 2. Eligibility of every application under the policy in force on its Hong Kong date received.
-- The outcome codes are those of EligibilityService::outcomeCode; policy_code is NULL when no type
-- is chosen or no policy was in force.
CREATE VIEW application_eligibility AS
SELECT a.id AS application_id,
       CASE WHEN coalesce(a.org_type, '') = '' THEN NULL ELSE p.code END AS policy_code,
       CASE
           WHEN coalesce(a.org_type, '') = '' THEN 'undetermined'
           WHEN p.code IS NULL OR r.org_type IS NULL THEN 'case_by_case'
           WHEN r.without_case = 'eligible' AND (r.needs_lshk_confirmation = 0 OR a.lshk_confirmed_on IS NOT NULL)
               THEN 'eligible'
           WHEN EXISTS (SELECT 1 FROM application_case_numbers c WHERE c.application_id = a.id)
               THEN 'eligible_with_case_number'
           WHEN (CASE WHEN r.without_case = 'eligible' THEN r.fallback_without_case ELSE r.without_case END)
                    = 'needs_case_number'
               THEN 'needs_case_number'
           ELSE 'case_by_case'
       END AS outcome
FROM applications a
LEFT JOIN eligibility_policies p
       ON p.code = (SELECT code FROM eligibility_policies
                    WHERE in_force_from <= date(a.received_at, '+8 hours') ORDER BY in_force_from DESC LIMIT 1)
LEFT JOIN eligibility_rules r ON r.policy_code = p.code AND r.org_type = a.org_type;

-- The policy and outcome a recommendation, referral or decision was made under.
ALTER TABLE application_transitions ADD COLUMN eligibility_policy TEXT;
ALTER TABLE application_transitions ADD COLUMN eligibility_outcome TEXT CHECK (eligibility_outcome IN (
    'undetermined', 'eligible', 'eligible_with_case_number', 'needs_case_number', 'case_by_case'));

-- 3. The checks on every move, as in version 3, with form authors under four-eyes and eligibility.
DROP TRIGGER application_transitions_check;
CREATE TRIGGER application_transitions_check BEFORE INSERT ON application_transitions
BEGIN
    SELECT RAISE(ABORT, 'status change refused: the move does not start from the application''s current status')
    WHERE NEW.from_status IS NOT (SELECT status FROM applications WHERE id = NEW.application_id);
    SELECT RAISE(ABORT, 'status change refused: the workflow does not allow this move')
    WHERE NOT EXISTS (SELECT 1 FROM allowed_transitions
                      WHERE from_status = NEW.from_status AND to_status = NEW.to_status);
    SELECT RAISE(ABORT, 'status change refused: this staff role may not make this move, or the account is inactive')
    WHERE NOT EXISTS (SELECT 1 FROM allowed_transitions t JOIN users u ON u.id = NEW.actor_id AND u.active = 1
                      WHERE t.from_status = NEW.from_status AND t.to_status = NEW.to_status
                        AND instr(' ' || t.roles || ' ', ' ' || u.role || ' ') > 0);
    SELECT RAISE(ABORT, 'status change refused: unknown or inactive reason code')
    WHERE EXISTS (SELECT 1 FROM json_each(NEW.reason_codes) j
                  WHERE NOT EXISTS (SELECT 1 FROM reason_codes r WHERE r.code = j.value AND r.active = 1));
    SELECT RAISE(ABORT, 'status change refused: at least one reason code of the right kind is required')
    WHERE EXISTS (SELECT 1 FROM allowed_transitions t
                  WHERE t.from_status = NEW.from_status AND t.to_status = NEW.to_status AND t.reason_kind IS NOT NULL
                    AND (NOT EXISTS (SELECT 1 FROM json_each(NEW.reason_codes))
                         OR EXISTS (SELECT 1 FROM json_each(NEW.reason_codes) j JOIN reason_codes r ON r.code = j.value
                                    WHERE r.kind NOT IN (t.reason_kind, 'any'))));
    SELECT RAISE(ABORT, 'status change refused: written reasons are required')
    WHERE length(trim(NEW.note)) = 0
      AND EXISTS (SELECT 1 FROM allowed_transitions
                  WHERE from_status = NEW.from_status AND to_status = NEW.to_status AND note_required = 1);
    SELECT RAISE(ABORT, 'status change refused: a recommendation must say approve or reject')
    WHERE NEW.to_status = 'recommended' AND NEW.recommendation IS NULL;
    SELECT RAISE(ABORT, 'four-eyes: the person deciding must not have registered, recommended or edited this application')
    WHERE EXISTS (SELECT 1 FROM allowed_transitions
                  WHERE from_status = NEW.from_status AND to_status = NEW.to_status AND four_eyes = 1)
      AND (NEW.actor_id IS (SELECT registered_by FROM applications WHERE id = NEW.application_id)
           OR EXISTS (SELECT 1 FROM application_transitions p
                      WHERE p.application_id = NEW.application_id AND +p.actor_id = NEW.actor_id -- '+': look up by application
                        AND (p.to_status IN ('registered', 'recommended')
                             OR (p.to_status = 'case_by_case' AND p.from_status = 'under_review')))
           OR EXISTS (SELECT 1 FROM events e
                      WHERE e.subject_type = 'application' AND e.subject_id = NEW.application_id
                        AND +e.user_id = NEW.actor_id
                        AND e.action IN ('application.form_saved', 'checklist.ticked', 'checklist.unticked')));
    SELECT RAISE(ABORT, 'status change refused: a recommendation, referral or decision must record the eligibility of the case under the policy of its date received')
    WHERE NEW.to_status IN ('recommended', 'case_by_case', 'approved', 'rejected')
      AND NOT EXISTS (SELECT 1 FROM application_eligibility e
                      WHERE e.application_id = NEW.application_id AND NEW.eligibility_outcome IS e.outcome
                        AND NEW.eligibility_policy IS e.policy_code);
    SELECT RAISE(ABORT, 'status change refused: the application is not eligible under the policy of its date received; refer it for a case-by-case decision with written reasons')
    WHERE (NEW.to_status = 'recommended' OR (NEW.from_status = 'recommended' AND NEW.to_status = 'approved'))
      AND NEW.eligibility_outcome IS NOT 'eligible' AND NEW.eligibility_outcome IS NOT 'eligible_with_case_number';
END;

-- 4. The form is frozen from the recommendation on. A status only changes by a recorded move
-- (applications_status_guard), so "sent back to review" is simply a status outside this list.
-- The one change allowed on a frozen case is the retention purge of a closed case's identity
-- number (it becomes empty).
CREATE TRIGGER applications_form_frozen BEFORE UPDATE ON applications
WHEN OLD.status IN ('recommended', 'case_by_case', 'approved', 'rejected', 'account_created', 'closed',
                    'withdrawn', 'duplicate')
 AND (NEW.channel IS NOT OLD.channel OR NEW.received_at IS NOT OLD.received_at
      OR NEW.sender_fax IS NOT OLD.sender_fax OR NEW.pages_received IS NOT OLD.pages_received
      OR NEW.org_name_en IS NOT OLD.org_name_en OR NEW.org_name_zh IS NOT OLD.org_name_zh
      OR NEW.org_type IS NOT OLD.org_type OR NEW.br_number IS NOT OLD.br_number OR NEW.br_branch IS NOT OLD.br_branch
      OR NEW.registered_address IS NOT OLD.registered_address
      OR NEW.correspondence_address IS NOT OLD.correspondence_address
      OR NEW.pa_name_en IS NOT OLD.pa_name_en OR NEW.pa_name_zh IS NOT OLD.pa_name_zh
      OR NEW.pa_id_type IS NOT OLD.pa_id_type
      OR (NEW.pa_id_number IS NOT OLD.pa_id_number AND NOT (OLD.status = 'closed' AND NEW.pa_id_number = ''))
      OR NEW.pa_position IS NOT OLD.pa_position OR NEW.phone IS NOT OLD.phone OR NEW.fax IS NOT OLD.fax
      OR NEW.email IS NOT OLD.email OR NEW.form_signed IS NOT OLD.form_signed OR NEW.form_date IS NOT OLD.form_date
      OR NEW.remarks IS NOT OLD.remarks OR NEW.lshk_confirmed_by IS NOT OLD.lshk_confirmed_by
      OR NEW.lshk_confirmed_on IS NOT OLD.lshk_confirmed_on OR NEW.lshk_confirmed_how IS NOT OLD.lshk_confirmed_how)
BEGIN
    SELECT RAISE(ABORT, 'the form is frozen once the application is recommended: send it back to review to change it');
END;

CREATE TRIGGER application_case_numbers_frozen_insert BEFORE INSERT ON application_case_numbers
WHEN (SELECT status FROM applications WHERE id = NEW.application_id) IN ('recommended', 'case_by_case', 'approved',
      'rejected', 'account_created', 'closed', 'withdrawn', 'duplicate')
BEGIN
    SELECT RAISE(ABORT, 'the form is frozen once the application is recommended: send it back to review to change it');
END;
CREATE TRIGGER application_case_numbers_frozen_update BEFORE UPDATE ON application_case_numbers
WHEN (SELECT status FROM applications WHERE id = OLD.application_id) IN ('recommended', 'case_by_case', 'approved',
      'rejected', 'account_created', 'closed', 'withdrawn', 'duplicate')
     OR (SELECT status FROM applications WHERE id = NEW.application_id) IN ('recommended', 'case_by_case',
      'approved', 'rejected', 'account_created', 'closed', 'withdrawn', 'duplicate')
BEGIN
    SELECT RAISE(ABORT, 'the form is frozen once the application is recommended: send it back to review to change it');
END;
CREATE TRIGGER application_case_numbers_frozen_delete BEFORE DELETE ON application_case_numbers
WHEN (SELECT status FROM applications WHERE id = OLD.application_id) IN ('recommended', 'case_by_case', 'approved',
      'rejected', 'account_created', 'closed', 'withdrawn', 'duplicate')
BEGIN
    SELECT RAISE(ABORT, 'the form is frozen once the application is recommended: send it back to review to change it');
END;

CREATE TRIGGER application_checklist_frozen_insert BEFORE INSERT ON application_checklist
WHEN (SELECT status FROM applications WHERE id = NEW.application_id) IN ('recommended', 'case_by_case', 'approved',
      'rejected', 'account_created', 'closed', 'withdrawn', 'duplicate')
BEGIN
    SELECT RAISE(ABORT, 'the checklist is frozen once the application is recommended: send it back to review to change it');
END;
CREATE TRIGGER application_checklist_frozen_update BEFORE UPDATE ON application_checklist
WHEN (SELECT status FROM applications WHERE id = OLD.application_id) IN ('recommended', 'case_by_case', 'approved',
      'rejected', 'account_created', 'closed', 'withdrawn', 'duplicate')
     OR (SELECT status FROM applications WHERE id = NEW.application_id) IN ('recommended', 'case_by_case',
      'approved', 'rejected', 'account_created', 'closed', 'withdrawn', 'duplicate')
BEGIN
    SELECT RAISE(ABORT, 'the checklist is frozen once the application is recommended: send it back to review to change it');
END;
CREATE TRIGGER application_checklist_frozen_delete BEFORE DELETE ON application_checklist
WHEN (SELECT status FROM applications WHERE id = OLD.application_id) IN ('recommended', 'case_by_case', 'approved',
      'rejected', 'account_created', 'closed', 'withdrawn', 'duplicate')
BEGIN
    SELECT RAISE(ABORT, 'the checklist is frozen once the application is recommended: send it back to review to change it');
END;

CREATE TRIGGER application_links_frozen_insert BEFORE INSERT ON application_links
WHEN (SELECT status FROM applications WHERE id = NEW.application_id) IN ('recommended', 'case_by_case', 'approved',
      'rejected', 'account_created', 'closed', 'withdrawn', 'duplicate')
BEGIN
    SELECT RAISE(ABORT, 'the links of an application are frozen once it is recommended: send it back to review to change them');
END;
CREATE TRIGGER application_links_frozen_update BEFORE UPDATE ON application_links
WHEN (SELECT status FROM applications WHERE id = OLD.application_id) IN ('recommended', 'case_by_case', 'approved',
      'rejected', 'account_created', 'closed', 'withdrawn', 'duplicate')
     OR (SELECT status FROM applications WHERE id = NEW.application_id) IN ('recommended', 'case_by_case',
      'approved', 'rejected', 'account_created', 'closed', 'withdrawn', 'duplicate')
BEGIN
    SELECT RAISE(ABORT, 'the links of an application are frozen once it is recommended: send it back to review to change them');
END;
CREATE TRIGGER application_links_frozen_delete BEFORE DELETE ON application_links
WHEN (SELECT status FROM applications WHERE id = OLD.application_id) IN ('recommended', 'case_by_case', 'approved',
      'rejected', 'account_created', 'closed', 'withdrawn', 'duplicate')
BEGIN
    SELECT RAISE(ABORT, 'the links of an application are frozen once it is recommended: send it back to review to change them');
END;
