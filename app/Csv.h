// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace orgdesk {

// Comma-separated values as spreadsheets read them (RFC 4180): a field holding a comma, a quote
// or a line break is quoted, its quotes doubled. Used by every CSV OrgDesk writes.
//
// Thread rules: pure functions.
QString csvField(QString value);
// The fields quoted where needed and joined with commas, without a line end.
QString csvRow(const QStringList& fields);

} // namespace orgdesk
