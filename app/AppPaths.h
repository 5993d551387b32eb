// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace orgdesk {

// Where OrgDesk keeps its files on this machine.
namespace AppPaths {
// The user's database: <XDG data dir>/OrgDesk/orgdesk.sqlite (QStandardPaths::AppDataLocation).
// The ORGDESK_DB environment variable overrides it.
QString defaultDatabasePath();
} // namespace AppPaths

} // namespace orgdesk
