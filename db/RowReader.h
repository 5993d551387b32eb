// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>
#include <type_traits>
#include <utility>

namespace orgdesk {

// Reads the columns of a query's current row into the fields of a record, in the order of the
// SELECT, each converted to the type of its field: integers, bool, double and text as they are;
// QDateTime and QDate from the ISO text the store writes (invalid when the column is NULL or
// empty); QJsonObject and QJsonArray from JSON text, QStringList from a JSON array of strings;
// std::optional<T> empty for NULL. Fields that
// need more than a conversion are read with value() or skipped with skip() and set by the caller.
// One way for every store and service to map rows into records.
//
//     RowReader(q).read(user.id, user.username, user.displayName).skip().read(user.active);
//
// Thread rules: none of its own; use it where the query is used (its connection's thread).
class RowReader
{
public:
    explicit RowReader(const QSqlQuery& query, int firstColumn = 0)
        : m_query(query)
        , m_column(firstColumn)
    {
    }

    // Reads the next columns into `fields`, one column each.
    template<typename... Fields>
    RowReader& read(Fields&... fields)
    {
        (convert(m_query.value(m_column++), fields), ...);
        return *this;
    }

    RowReader& skip(int columns = 1)
    {
        m_column += columns;
        return *this;
    }

    // The next column as it came from the driver.
    QVariant value() { return m_query.value(m_column++); }

    int column() const { return m_column; }

    static void convert(const QVariant& v, QString& out) { out = v.toString(); }
    static void convert(const QVariant& v, qint64& out) { out = v.toLongLong(); }
    static void convert(const QVariant& v, quint64& out) { out = quint64(v.toLongLong()); }
    static void convert(const QVariant& v, int& out) { out = v.toInt(); }
    static void convert(const QVariant& v, bool& out) { out = v.toBool(); }
    static void convert(const QVariant& v, double& out) { out = v.toDouble(); }
    static void convert(const QVariant& v, QByteArray& out) { out = v.toByteArray(); }
    static void convert(const QVariant& v, QVariant& out) { out = v; }
    static void convert(const QVariant& v, QDateTime& out) { out = QDateTime::fromString(v.toString(), Qt::ISODate); }
    static void convert(const QVariant& v, QDate& out) { out = QDate::fromString(v.toString(), Qt::ISODate); }
    static void convert(const QVariant& v, QJsonObject& out) { out = QJsonDocument::fromJson(v.toString().toUtf8()).object(); }
    static void convert(const QVariant& v, QJsonArray& out) { out = QJsonDocument::fromJson(v.toString().toUtf8()).array(); }
    static void convert(const QVariant& v, QStringList& out)
    {
        out.clear();
        const QJsonArray array = QJsonDocument::fromJson(v.toString().toUtf8()).array();
        for (const QJsonValue& item : array)
            out << item.toString();
    }

    template<typename T>
    static void convert(const QVariant& v, std::optional<T>& out)
    {
        if (v.isNull()) {
            out.reset();
            return;
        }
        T value {};
        convert(v, value);
        out = std::move(value);
    }

private:
    const QSqlQuery& m_query;
    int m_column = 0;
};

// Reads the current row of `query` into `fields`, from the first column on.
template<typename... Fields>
void readRow(const QSqlQuery& query, Fields&... fields)
{
    RowReader(query).read(fields...);
}

// Every remaining row of `query` as a record, each made by `record(const QSqlQuery&)`; room for
// `expected` rows is made at once.
template<typename MakeRecord>
auto readRows(QSqlQuery& query, MakeRecord&& record, qsizetype expected = 0)
    -> QList<std::decay_t<std::invoke_result_t<MakeRecord&, const QSqlQuery&>>>
{
    QList<std::decay_t<std::invoke_result_t<MakeRecord&, const QSqlQuery&>>> rows;
    rows.reserve(expected);
    while (query.next())
        rows.append(record(std::as_const(query)));
    return rows;
}

// Every remaining row of `query` as a Record whose `fields` are read from the columns in order:
//     readRecords(q, &ReasonCode::code, &ReasonCode::kind, &ReasonCode::textEn)
template<typename Record, typename... Fields>
QList<Record> readRecords(QSqlQuery& query, Fields Record::*... fields)
{
    return readRows(query, [fields...](const QSqlQuery& row) {
        Record record {};
        RowReader(row).read((record.*fields)...);
        return record;
    });
}

} // namespace orgdesk
