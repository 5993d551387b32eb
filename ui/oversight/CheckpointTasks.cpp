// SPDX-License-Identifier: GPL-3.0-or-later
#include "oversight/CheckpointTasks.h"

#include "Database.h"
#include "HongKongTime.h"
#include "Settings.h"
#include "audit/CheckpointReceipt.h"
#include "oversight/DatabaseTasks.h"

#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUrl>

namespace orgdesk::CheckpointTasks {

namespace {

    QString tr(const char* text)
    {
        return QCoreApplication::translate("orgdesk::CheckpointTasks", text);
    }

    QString receiptPathFor(const QString& file)
    {
        const QFileInfo info(file);
        return info.dir().filePath(info.completeBaseName() + QStringLiteral("-receipt.pdf"));
    }

    QString hongKong(const QDateTime& t)
    {
        return HongKongTime::display(t, QLocale::ShortFormat, true);
    }

    Status writeFile(const QString& path, const QByteArray& bytes)
    {
        QSaveFile out(path);
        if (!out.open(QIODevice::WriteOnly) || out.write(bytes) < 0 || !out.commit())
            return makeError(ErrorCode::Io,
                tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), out.errorString()));
        return {};
    }

} // namespace

Result<Written> takeTo(const QSqlDatabase& db, const Actor& actor, const QString& secret, const QString& file)
{
    Written w;
    w.file = file;
    w.receipt = receiptPathFor(file);
    for (const QString& p : { w.file, w.receipt })
        if (QFileInfo::exists(p))
            return makeError(ErrorCode::Conflict,
                tr("%1 exists already; a checkpoint never overwrites a file.")
                    .arg(QDir::toNativeSeparators(p)));
    const Result<Checkpoint> taken = AuditCheckpoints(db).take(actor, secret);
    if (!taken)
        return taken.error();
    w.checkpoint = *taken;
    if (Status s = writeFile(w.file, taken->toFile()); !s)
        return makeError(ErrorCode::Io,
            tr("The checkpoint was recorded in the database, but its file could not be "
               "written (%1). Take another one.")
                .arg(s.message()));
    const Result<QByteArray> pdf = CheckpointReceipt::pdf(*taken);
    if (!pdf)
        return pdf.error();
    if (Status s = writeFile(w.receipt, *pdf); !s)
        return s.error();
    return w;
}

void takeCheckpoint(QWidget* parent, const QSqlDatabase& db, const Actor& actor)
{
    const QString title = tr("Take audit checkpoint");
    if (actor.role != u"supervisor") {
        QMessageBox::information(parent, title, tr("Only a supervisor takes an audit checkpoint."));
        return;
    }
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested
        = QDir(folder).filePath(QStringLiteral("orgdesk-checkpoint-%1.json")
                                    .arg(HongKongTime::toHongKong(QDateTime::currentDateTimeUtc())
                                             .toString(QStringLiteral("yyyyMMdd-HHmm"))));
    const QString file = QFileDialog::getSaveFileName(parent,
        tr("Save the checkpoint (keep it where the desk cannot "
           "write, e.g. a USB stick)"),
        suggested, tr("Audit checkpoints (*.json)"));
    if (file.isEmpty())
        return;
    bool ok = false;
    const QString secret = QInputDialog::getText(parent, title,
        tr("Your signing secret (on your first checkpoint: your sign-in "
           "password, which seals your new signing key):"),
        QLineEdit::Password, QString(), &ok);
    if (!ok)
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Result<Written> w = takeTo(db, actor, secret, file);
    QApplication::restoreOverrideCursor();
    if (!w) {
        QMessageBox::warning(parent, title, w.message());
        return;
    }
    QMessageBox box(QMessageBox::Information, title,
        tr("Checkpoint of event %1 taken %2 (Hong Kong time), signed by you, written to %3.")
            .arg(QLocale().toString(w->checkpoint.eventId), hongKong(w->checkpoint.takenAt),
                QDir::toNativeSeparators(w->file)),
        QMessageBox::Ok, parent);
    box.setInformativeText(tr("Print the receipt for the paper file:\n%1\n\nHash of event %2:\n%3")
                               .arg(QDir::toNativeSeparators(w->receipt))
                               .arg(w->checkpoint.eventId)
                               .arg(w->checkpoint.headHash));
    box.setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPushButton* open = box.addButton(tr("Open receipt"), QMessageBox::ActionRole);
    box.exec();
    if (box.clickedButton() == open)
        QDesktopServices::openUrl(QUrl::fromLocalFile(w->receipt));
}

void verifyAgainstFile(QWidget* parent, const QString& path, const QString& checkpointFile)
{
    const QString title = tr("Verify against checkpoint");
    QFile in(checkpointFile);
    if (!in.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(parent, title,
            tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(checkpointFile), in.errorString()));
        return;
    }
    const Result<Checkpoint> read = Checkpoint::fromFile(in.read(1 << 20));
    if (!read) {
        QMessageBox::warning(parent, title, read.message());
        return;
    }
    const Checkpoint c = *read;
    const QPointer<QWidget> owner(parent);
    DatabaseTasks::runWithProgress<AuditCheckpoints::Outcome>(
        parent, title, tr("Verifying the audit trail against the checkpoint…"),
        [path, c](const DatabaseTasks::Progress& progress) -> Result<AuditCheckpoints::Outcome> {
            Result<Database> reader = Database::open(path, Database::OpenMode::ReadOnlyNoMigrate);
            if (!reader)
                return reader.error();
            const QString label = tr("Verifying the audit trail against the checkpoint…");
            return AuditCheckpoints(reader->connection())
                .verifyAgainst(
                    c, false, [&](qint64 done, qint64 total) { return progress(label, done, total); });
        },
        [owner, c, title](const Result<AuditCheckpoints::Outcome>& o) {
            if (!owner)
                return;
            if (!o) {
                if (o.error().code != ErrorCode::Cancelled)
                    QMessageBox::warning(owner, title, o.message());
                return;
            }
            if (o->problem) {
                QMessageBox::critical(owner, title,
                    tr("The audit trail does NOT extend the checkpoint of event %1 taken %2 by %3: "
                       "%4.\n\nKeep this database as it is and tell the administrator.")
                        .arg(c.eventId)
                        .arg(hongKong(c.takenAt), c.supervisor, o->problem->message));
                return;
            }
            QMessageBox::information(owner, title,
                tr("The audit trail extends the checkpoint of event %1 taken %2 by %3: the "
                   "signature is valid, the database is the same, and all %4 events verify.")
                    .arg(c.eventId)
                    .arg(hongKong(c.takenAt), c.supervisor, QLocale().toString(o->checked)));
        });
}

void verifyAgainstCheckpoint(QWidget* parent, const QString& path)
{
    const QString file = QFileDialog::getOpenFileName(parent, tr("Choose a checkpoint"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("Audit checkpoints (*.json);;All files (*)"));
    if (!file.isEmpty())
        verifyAgainstFile(parent, path, file);
}

void offerIfDue(QWidget* parent, const QSqlDatabase& db, const Actor& actor)
{
    if (actor.role != u"supervisor")
        return;
    AuditCheckpoints service(db);
    const Result<bool> due = service.checkpointDue();
    if (!due || !*due)
        return;
    const Result<std::optional<AuditCheckpoints::Listed>> newest = service.newest();
    const int days = Settings(db).auditCheckpointDays();
    const QString last = newest && *newest
        ? tr("The newest signed audit checkpoint was taken %1.").arg(hongKong((*newest)->checkpoint.takenAt))
        : tr("No signed audit checkpoint has been taken yet.");
    const auto answer = QMessageBox::question(parent, tr("Audit checkpoint due"),
        tr("%1 One is taken every %2 days: it proves later, outside the database, that the audit trail was "
           "not "
           "rolled back or rewritten.\n\nTake one now?")
            .arg(last)
            .arg(days));
    if (answer == QMessageBox::Yes)
        takeCheckpoint(parent, db, actor);
}

} // namespace orgdesk::CheckpointTasks
