// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QSqlDatabase>
#include <QString>

namespace orgdesk {

// One SQLite connection to an OrgDesk store.
//
// Thread rules: a Database belongs to the thread that opened it; open another one (same path)
// for work on another thread. Connections use WAL, foreign keys and a busy timeout.
class Database
{
public:
    enum class OpenMode {
        CreateOrMigrate, // create the file if missing and bring the schema up to date
        ExistingOnly,    // refuse to create; still migrates an older schema
        ReadOnlyNoMigrate, // inspect as it is (checks, restore validation): never modified
    };

    static Result<Database> open(const QString& path, OpenMode mode = OpenMode::CreateOrMigrate);

    Database(Database&& other) noexcept;
    Database& operator=(Database&& other) noexcept;
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;
    ~Database();

    QSqlDatabase connection() const;
    const QString& path() const { return m_path; }

    // Schema version of this file (PRAGMA user_version) and of this build.
    int schemaVersion() const;
    static int latestSchemaVersion();

    // Bring the schema up to `targetVersion` (default: latest), each migration in its own
    // transaction. Refuses a database newer than this build without touching it.
    Status migrate(int targetVersion = -1);

    // Executes a statement without bound values (schema work, pragmas). Returns the driver error.
    Status exec(const QString& sql);

private:
    Database(QString connectionName, QString path);
    void close();

    QString m_connectionName;
    QString m_path;
};

} // namespace orgdesk
