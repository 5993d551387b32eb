-- SPDX-License-Identifier: GPL-3.0-or-later
-- OrgDesk schema, version 12: kept free for another branch's migration, so that the OCR branch's
-- version 13 follows without a gap. Changes nothing. When the branch that brings its own 0012
-- script is merged, this file goes (two scripts numbered 12 are refused).
SELECT 1;
