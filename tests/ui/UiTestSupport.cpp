// SPDX-License-Identifier: GPL-3.0-or-later
#include "UiTestSupport.h"

#include "account/SignInDialog.h"
#include "TestSupport.h"

#include <QLineEdit>
#include <QTest>

namespace orgdesk::test {

Actor signIn(const QSqlDatabase& db, const QString& username)
{
    SignInDialog dialog(db);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    const QList<QLineEdit*> edits = dialog.findChildren<QLineEdit*>();
    REQUIRE(edits.size() == 2);
    QTest::keyClicks(edits[0], username);
    QTest::keyClicks(edits[1], QStringLiteral("correct horse"));
    QTest::keyClick(edits[1], Qt::Key_Return);
    REQUIRE(dialog.result() == QDialog::Accepted);
    return dialog.actor();
}

} // namespace orgdesk::test
