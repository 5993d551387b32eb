// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>

std::ostream& operator<<(std::ostream& os, const QString& s)
{
    return os << s.toStdString();
}

namespace orgdesk::test {

TempDatabase::TempDatabase()
{
    REQUIRE(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("test.sqlite"));
    Result<Database> db = Database::open(m_path);
    INFO(db.message().toStdString());
    REQUIRE(db.ok());
    m_db.emplace(std::move(db).value());
}

Actor TempDatabase::addUser(const QString& username, const QString& role)
{
    UserService users(connection());
    const auto count = users.userCount();
    REQUIRE(count.ok());
    std::optional<Actor> admin;
    if (*count > 0)
        admin = Actor { 0, QStringLiteral("test"), QStringLiteral("admin") };
    const QString firstRole = *count == 0 ? QStringLiteral("admin") : role;
    auto id = users.addUser(username, username, firstRole, QStringLiteral("correct horse"), admin);
    INFO(id.message().toStdString());
    REQUIRE(id.ok());
    if (firstRole != role) {
        // The first account must be an administrator; add the asked-for role as a second one.
        return addUser(username + QStringLiteral("-") + role, role);
    }
    return Actor { *id, username, role };
}

QString corpusDir()
{
    const QString dir = QString::fromUtf8(ORGDESK_CORPUS_DIR);
    if (!QFileInfo::exists(dir + QStringLiteral("/MANIFEST.tsv"))) {
        WARN("The document corpus is not at " << dir.toStdString()
                                              << "; corpus tests are skipped (put it at ../shared/corpus).");
        return {};
    }
    return QDir(dir).absolutePath();
}

CliResult runCli(const QStringList& args, const QByteArray& input)
{
    QProcess p;
    p.start(QString::fromUtf8(ORGDESK_CLI_PATH), args);
    REQUIRE(p.waitForStarted(10000));
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    REQUIRE(p.waitForFinished(600000));
    return CliResult { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                       QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError()) };
}

} // namespace orgdesk::test
