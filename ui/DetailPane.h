// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QWidget>

class QFormLayout;
class QLabel;
class QListWidget;

namespace orgdesk {

// Read-only summary of the selected application: its fields (identity numbers masked),
// case numbers and attachments.
//
// Thread rules: GUI thread only.
class DetailPane : public QWidget
{
    Q_OBJECT
public:
    explicit DetailPane(QSqlDatabase db, QWidget* parent = nullptr);

    void showApplication(qint64 id); // 0 shows the empty state
    qint64 applicationId() const { return m_id; }
    QString fieldText(const QString& key) const; // for tests and accessibility checks

private:
    QLabel* addRow(const QString& key, const QString& label);

    QSqlDatabase m_db;
    qint64 m_id = 0;
    QLabel* m_empty = nullptr;
    QWidget* m_scroll = nullptr;
    QWidget* m_fields = nullptr;
    QFormLayout* m_form = nullptr;
    QListWidget* m_attachments = nullptr;
    QHash<QString, QLabel*> m_values;
};

} // namespace orgdesk
