-- SPDX-License-Identifier: GPL-3.0-or-later
-- OrgDesk schema, version 11: number reserved for a change being made alongside; this script does
-- nothing. Replace this file with that change's migration (db/Database refuses two scripts with the
-- same number, so both cannot stay).
SELECT 1;
