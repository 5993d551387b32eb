// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QString>

namespace orgdesk::validation {

// One e-mail address, syntactically valid; stored trimmed with the domain in lower case (the
// part before "@" is kept as written). Full-width "＠" and letters are folded. Pure, any thread.
Result<QString> canonicalEmail(const QString& input);

} // namespace orgdesk::validation
