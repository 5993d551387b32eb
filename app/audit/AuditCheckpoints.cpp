// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/AuditCheckpoints.h"

#include "Clock.h"
#include "Database.h"
#include "Dialect.h"
#include "HongKongTime.h"
#include "Settings.h"
#include "Sha256.h"
#include "SqlUtil.h"
#include "Transaction.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <charconv>
#include <sodium.h>

namespace orgdesk {

namespace {

    QString tr(const char* text)
    {
        return QCoreApplication::translate("orgdesk::AuditCheckpoints", text);
    }

    // The length-prefixed fields of db/EventLog.h's scheme 2, for what a checkpoint signs.
    void field(QByteArray& out, char tag, QByteArrayView value)
    {
        const auto n = quint32(value.size());
        const char header[5] = { tag, char(n >> 24), char(n >> 16), char(n >> 8), char(n) };
        out.append(header, 5);
        out.append(value);
    }

    void integerField(QByteArray& out, qint64 value)
    {
        field(out, 'I', QByteArray::number(value));
    }

    bool isHex(const QString& s, int length)
    {
        if (s.size() != length)
            return false;
        for (QChar c : s)
            if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
                return false;
        return true;
    }

    QDateTime parseUtc(const QString& text)
    {
        if (text.size() != 20 || !text.endsWith(u'Z'))
            return {};
        QDateTime t = QDateTime::fromString(text, Qt::ISODate);
        return t.isValid() ? t.toUTC() : QDateTime();
    }

    // The sealed form of a signing key: "argon2id13$OPS$MEM$salt$nonce$box" (base64 parts). The key
    // that opens the box is derived from the supervisor's secret; the database holds only the box.
    constexpr char kSealPrefix[] = "argon2id13";

    std::optional<QByteArray> deriveKey(
        const QString& secret, const QByteArray& salt, unsigned long long ops, size_t mem)
    {
        QByteArray key(crypto_secretbox_KEYBYTES, Qt::Uninitialized);
        const QByteArray utf8 = secret.toUtf8();
        if (crypto_pwhash(reinterpret_cast<unsigned char*>(key.data()), key.size(), utf8.constData(),
                utf8.size(), reinterpret_cast<const unsigned char*>(salt.constData()), ops, mem,
                crypto_pwhash_ALG_ARGON2ID13)
            != 0)
            return std::nullopt;
        return key;
    }

    std::optional<QString> seal(const QByteArray& secretKey, const QString& secret)
    {
        QByteArray salt(crypto_pwhash_SALTBYTES, Qt::Uninitialized);
        QByteArray nonce(crypto_secretbox_NONCEBYTES, Qt::Uninitialized);
        randombytes_buf(salt.data(), salt.size());
        randombytes_buf(nonce.data(), nonce.size());
        const unsigned long long ops = crypto_pwhash_OPSLIMIT_INTERACTIVE;
        const size_t mem = crypto_pwhash_MEMLIMIT_INTERACTIVE;
        std::optional<QByteArray> key = deriveKey(secret, salt, ops, mem);
        if (!key)
            return std::nullopt;
        QByteArray box(secretKey.size() + crypto_secretbox_MACBYTES, Qt::Uninitialized);
        crypto_secretbox_easy(reinterpret_cast<unsigned char*>(box.data()),
            reinterpret_cast<const unsigned char*>(secretKey.constData()), secretKey.size(),
            reinterpret_cast<const unsigned char*>(nonce.constData()),
            reinterpret_cast<const unsigned char*>(key->constData()));
        sodium_memzero(key->data(), key->size());
        return QStringList { QLatin1String(kSealPrefix), QString::number(ops), QString::number(mem),
            QString::fromLatin1(salt.toBase64()), QString::fromLatin1(nonce.toBase64()),
            QString::fromLatin1(box.toBase64()) }
            .join(u'$');
    }

    std::optional<QByteArray> unseal(const QString& sealed, const QString& secret)
    {
        const QStringList parts = sealed.split(u'$');
        if (parts.size() != 6 || parts[0] != QLatin1String(kSealPrefix))
            return std::nullopt;
        bool okOps = false, okMem = false;
        const unsigned long long ops = parts[1].toULongLong(&okOps);
        const size_t mem = parts[2].toULongLong(&okMem);
        const QByteArray salt = QByteArray::fromBase64(parts[3].toLatin1());
        const QByteArray nonce = QByteArray::fromBase64(parts[4].toLatin1());
        const QByteArray box = QByteArray::fromBase64(parts[5].toLatin1());
        if (!okOps || !okMem || salt.size() != crypto_pwhash_SALTBYTES
            || nonce.size() != crypto_secretbox_NONCEBYTES
            || box.size() != crypto_sign_SECRETKEYBYTES + crypto_secretbox_MACBYTES || ops > 64
            || mem > size_t(1) << 31)
            return std::nullopt;
        std::optional<QByteArray> key = deriveKey(secret, salt, ops, mem);
        if (!key)
            return std::nullopt;
        QByteArray secretKey(crypto_sign_SECRETKEYBYTES, Qt::Uninitialized);
        const int rc = crypto_secretbox_open_easy(reinterpret_cast<unsigned char*>(secretKey.data()),
            reinterpret_cast<const unsigned char*>(box.constData()), box.size(),
            reinterpret_cast<const unsigned char*>(nonce.constData()),
            reinterpret_cast<const unsigned char*>(key->constData()));
        sodium_memzero(key->data(), key->size());
        if (rc != 0)
            return std::nullopt;
        return secretKey;
    }

    Result<qint64> scalarId(const QSqlDatabase& db, const QString& sql, const QString& doing)
    {
        QSqlQuery q(db);
        if (!q.exec(sql) || !q.next())
            return sqlError(q, doing);
        return q.value(0).toLongLong();
    }

    bool hasTable(const QSqlDatabase& db, const QString& name)
    {
        QSqlQuery q(db);
        if (Dialect::of(db).isPostgres())
            return execPrepared(q, QStringLiteral("SELECT to_regclass(?) IS NOT NULL"), { name }).ok()
                && q.next() && q.value(0).toBool();
        return execPrepared(q,
                   QStringLiteral("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?"), { name })
                   .ok()
            && q.next();
    }

    std::optional<EventLog::Problem> problem(qint64 eventId, const QString& message)
    {
        return EventLog::Problem { eventId, message };
    }

} // namespace

QByteArray Checkpoint::signedBytes() const
{
    QByteArray out;
    field(out, 'T', QByteArrayView(kFormat));
    field(out, 'T', storeId.toUtf8());
    integerField(out, eventId);
    field(out, 'T', headHash.toUtf8());
    integerField(out, eventCount);
    field(out, 'T', isoUtc(takenAt).toUtf8());
    field(out, 'T', supervisor.toUtf8());
    field(out, 'T', publicKey.toUtf8());
    return out;
}

bool Checkpoint::signatureValid() const
{
    if (sodium_init() < 0 || !isHex(publicKey, 64) || !isHex(signature, 128))
        return false;
    const QByteArray key = QByteArray::fromHex(publicKey.toLatin1());
    const QByteArray sig = QByteArray::fromHex(signature.toLatin1());
    const QByteArray message = signedBytes();
    return crypto_sign_verify_detached(reinterpret_cast<const unsigned char*>(sig.constData()),
               reinterpret_cast<const unsigned char*>(message.constData()), message.size(),
               reinterpret_cast<const unsigned char*>(key.constData()))
        == 0;
}

QByteArray Checkpoint::toFile() const
{
    QJsonObject o { { QStringLiteral("format"), QLatin1String(kFormat) },
        { QStringLiteral("store_id"), storeId }, { QStringLiteral("event_id"), eventId },
        { QStringLiteral("head_hash"), headHash }, { QStringLiteral("event_count"), eventCount },
        { QStringLiteral("taken_at_utc"), isoUtc(takenAt) },
        { QStringLiteral("taken_at_hong_kong"),
            HongKongTime::toHongKong(takenAt).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                + QStringLiteral(" HKT") },
        { QStringLiteral("supervisor"), supervisor }, { QStringLiteral("public_key"), publicKey },
        { QStringLiteral("signature"), signature } };
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

QByteArray Checkpoint::qrText() const
{
    return QJsonDocument::fromJson(toFile()).toJson(QJsonDocument::Compact);
}

QString Checkpoint::keyFingerprint() const
{
    return QString::fromLatin1(Sha256::hexOf(QByteArray::fromHex(publicKey.toLatin1())).left(16));
}

Result<Checkpoint> Checkpoint::fromFile(const QByteArray& bytes)
{
    auto bad = [](const QString& why) {
        return makeError(
            ErrorCode::InvalidInput, tr("This is not an OrgDesk audit checkpoint: %1.").arg(why));
    };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (doc.isNull() || !doc.isObject())
        return bad(tr("it is not a JSON object"));
    const QJsonObject o = doc.object();
    if (o.value(QStringLiteral("format")).toString() != QLatin1String(kFormat))
        return bad(tr("its format is not %1").arg(QLatin1String(kFormat)));
    auto text = [&o](const char* name) { return o.value(QLatin1String(name)).toString(); };
    auto whole = [&o](const char* name) -> std::optional<qint64> {
        const QJsonValue v = o.value(QLatin1String(name));
        if (!v.isDouble())
            return std::nullopt;
        const double d = v.toDouble();
        if (d < 0 || d > 9007199254740992.0 || d != double(qint64(d)))
            return std::nullopt;
        return qint64(d);
    };
    Checkpoint c;
    c.storeId = text("store_id");
    c.headHash = text("head_hash");
    c.supervisor = text("supervisor");
    c.publicKey = text("public_key");
    c.signature = text("signature");
    c.takenAt = parseUtc(text("taken_at_utc"));
    const auto eventId = whole("event_id");
    const auto count = whole("event_count");
    if (!isHex(c.storeId, 32))
        return bad(tr("its store id is not 32 hex digits"));
    if (!eventId || *eventId < 1 || !count)
        return bad(tr("its event number or count is not a whole number"));
    if (!isHex(c.headHash, 64))
        return bad(tr("its head hash is not 64 hex digits"));
    if (!c.takenAt.isValid())
        return bad(tr("its time is not a UTC time YYYY-MM-DDTHH:MM:SSZ"));
    if (c.supervisor.isEmpty())
        return bad(tr("it names no supervisor"));
    if (!isHex(c.publicKey, 64) || !isHex(c.signature, 128))
        return bad(tr("its key or signature is not in hex digits"));
    c.eventId = *eventId;
    c.eventCount = *count;
    return c;
}

Result<QString> AuditCheckpoints::storeId() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT store_id FROM audit_store WHERE singleton = 1")))
        return makeError(ErrorCode::Unsupported,
            tr("This database has no store identity (its schema is older than version 12)."));
    if (!q.next())
        return makeError(
            ErrorCode::Corrupt, tr("This database's identity (the audit_store row) is missing."));
    return q.value(0).toString();
}

Result<Checkpoint> AuditCheckpoints::take(const Actor& actor, const QString& secret)
{
    if (actor.role != u"supervisor")
        return makeError(ErrorCode::PermissionDenied, tr("Only a supervisor takes an audit checkpoint."));
    if (sodium_init() < 0)
        return makeError(ErrorCode::Unsupported, QStringLiteral("libsodium could not start."));
    const Result<QString> store = storeId();
    if (!store)
        return store.error();

    Transaction tx(m_db);
    if (!tx.active())
        return tx.error();
    const QDateTime now = Clock::current().nowUtc();

    // The supervisor's signing key: made on the first checkpoint, sealed with their password.
    QSqlQuery keys(m_db);
    if (Status s = execPrepared(keys,
            QStringLiteral("SELECT public_key, sealed_key FROM audit_signing_keys "
                           "WHERE user_id = ? ORDER BY id DESC LIMIT 1"),
            { actor.userId });
        !s)
        return s.error();
    QByteArray secretKey;
    QString publicKey;
    if (keys.next()) {
        publicKey = keys.value(0).toString();
        const std::optional<QByteArray> opened = unseal(keys.value(1).toString(), secret);
        if (!opened)
            return makeError(ErrorCode::PermissionDenied,
                tr("This secret does not open %1's signing key. No checkpoint was taken.")
                    .arg(actor.username));
        secretKey = *opened;
        unsigned char derived[crypto_sign_PUBLICKEYBYTES];
        crypto_sign_ed25519_sk_to_pk(derived, reinterpret_cast<const unsigned char*>(secretKey.constData()));
        if (QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(derived), sizeof derived).toHex())
            != publicKey)
            return makeError(ErrorCode::Corrupt,
                tr("%1's stored signing key does not match its public half.").arg(actor.username));
    } else {
        const Result<bool> matches = UserService(m_db).passwordMatches(actor.username, secret);
        if (!matches)
            return matches.error();
        if (!*matches)
            return makeError(ErrorCode::PermissionDenied,
                tr("%1 has no signing key yet: give their sign-in password, which seals the new key. "
                   "No checkpoint was taken.")
                    .arg(actor.username));
        unsigned char pk[crypto_sign_PUBLICKEYBYTES];
        secretKey = QByteArray(crypto_sign_SECRETKEYBYTES, Qt::Uninitialized);
        crypto_sign_keypair(pk, reinterpret_cast<unsigned char*>(secretKey.data()));
        publicKey = QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(pk), sizeof pk).toHex());
        const std::optional<QString> sealed = seal(secretKey, secret);
        if (!sealed)
            return makeError(
                ErrorCode::Unsupported, tr("The signing key could not be sealed (out of memory?)."));
        const Result<qint64> ev = EventLog::append(m_db,
            Event { 0, now, actor.userId, QStringLiteral("audit.signing_key_created"), QStringLiteral("user"),
                actor.userId, QJsonObject { { QStringLiteral("public_key"), publicKey } } });
        if (!ev)
            return ev.error();
        QSqlQuery ins(m_db);
        if (Status s = execPrepared(ins,
                QStringLiteral("INSERT INTO audit_signing_keys (user_id, public_key, sealed_key, "
                               "created_at, event_id) VALUES (?, ?, ?, ?, ?)"),
                { actor.userId, publicKey, *sealed, isoUtc(now), *ev });
            !s)
            return s.error();
    }

    // Only an intact trail is worth signing.
    const Result<Outcome> verified = verifyIncremental();
    if (!verified)
        return verified.error();
    if (verified->problem)
        return makeError(ErrorCode::Conflict,
            tr("The audit trail is broken at event %1: %2. No checkpoint was taken.")
                .arg(verified->problem->eventId)
                .arg(verified->problem->message));

    Checkpoint c;
    c.storeId = *store;
    c.eventId = verified->newestId;
    c.headHash = verified->newestHash;
    c.eventCount = verified->newestId;
    c.takenAt = now;
    c.supervisor = actor.username;
    c.publicKey = publicKey;
    const QByteArray message = c.signedBytes();
    unsigned char sig[crypto_sign_BYTES];
    crypto_sign_detached(sig, nullptr, reinterpret_cast<const unsigned char*>(message.constData()),
        message.size(), reinterpret_cast<const unsigned char*>(secretKey.constData()));
    sodium_memzero(secretKey.data(), secretKey.size());
    c.signature = QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(sig), sizeof sig).toHex());

    if (Status s = recordVerified(QStringLiteral("incremental"), c.eventId, c.headHash, actor.userId); !s)
        return s.error();
    const Result<qint64> ev = EventLog::append(m_db,
        Event { 0, now, actor.userId, QStringLiteral("audit.checkpoint_taken"), QStringLiteral("audit"),
            std::nullopt,
            QJsonObject { { QStringLiteral("event_id"), c.eventId },
                { QStringLiteral("head_hash"), c.headHash }, { QStringLiteral("public_key"), c.publicKey },
                { QStringLiteral("signature"), c.signature } } });
    if (!ev)
        return ev.error();
    QSqlQuery ins(m_db);
    if (Status s = execPrepared(ins,
            QStringLiteral("INSERT INTO audit_checkpoints (event_id, head_hash, event_count, "
                           "taken_at, user_id, public_key, signature, body) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
            { c.eventId, c.headHash, c.eventCount, isoUtc(c.takenAt), actor.userId, c.publicKey, c.signature,
                QString::fromUtf8(c.toFile()) });
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return c;
}

Result<QList<AuditCheckpoints::Listed>> AuditCheckpoints::list() const
{
    QList<Listed> out;
    if (!hasTable(m_db, QStringLiteral("audit_checkpoints")))
        return out;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT id, body FROM audit_checkpoints ORDER BY id")))
        return sqlError(q, QStringLiteral("listing checkpoints"));
    while (q.next()) {
        Result<Checkpoint> c = Checkpoint::fromFile(q.value(1).toString().toUtf8());
        if (!c)
            return makeError(ErrorCode::Corrupt,
                tr("Checkpoint %1 as recorded is damaged: %2").arg(q.value(0).toLongLong()).arg(c.message()));
        out.append(Listed { q.value(0).toLongLong(), *c });
    }
    return out;
}

Result<std::optional<AuditCheckpoints::Listed>> AuditCheckpoints::newest() const
{
    const Result<QList<Listed>> all = list();
    if (!all)
        return all.error();
    if (all->isEmpty())
        return std::optional<Listed>();
    return std::optional<Listed>(all->last());
}

Result<bool> AuditCheckpoints::checkpointDue() const
{
    const Result<std::optional<Listed>> last = newest();
    if (!last)
        return last.error();
    if (!*last) {
        const Result<qint64> events = scalarId(
            m_db, QStringLiteral("SELECT count(*) FROM events"), QStringLiteral("counting events"));
        if (!events)
            return events.error();
        return *events > 0;
    }
    const int days = Settings(m_db).auditCheckpointDays();
    return (*last)->checkpoint.takenAt.addDays(days) <= Clock::current().nowUtc();
}

Status AuditCheckpoints::recordVerified(
    const QString& kind, qint64 throughId, const QString& throughHash, std::optional<qint64> userId)
{
    if (throughId <= 0)
        return {};
    QSqlQuery q(m_db);
    return execPrepared(q,
        QStringLiteral("INSERT INTO audit_verifications (through_id, through_hash, verified_at, kind, "
                       "user_id) VALUES (?, ?, ?, ?, ?)"),
        { throughId, throughHash, isoUtc(Clock::current().nowUtc()), kind,
            userId ? QVariant(*userId) : QVariant(QMetaType(QMetaType::LongLong)) });
}

Result<AuditCheckpoints::Outcome> AuditCheckpoints::verifyFull(
    const std::function<bool(qint64, qint64)>& progress)
{
    EventLog::Extent extent;
    const auto result = EventLog::verifyFrom(m_db, 0, EventLog::genesisHash(), &extent, progress);
    if (!result)
        return result.error();
    Outcome o;
    o.problem = *result;
    o.checked = extent.checked;
    o.newestId = extent.lastId;
    o.newestHash = extent.lastHash;
    o.fromId = 1;
    return o;
}

Result<AuditCheckpoints::Outcome> AuditCheckpoints::verifyIncremental(
    const std::function<bool(qint64, qint64)>& progress)
{
    qint64 anchorId = 0;
    QString anchorHash = EventLog::genesisHash();
    if (hasTable(m_db, QStringLiteral("audit_verifications"))) {
        const Result<qint64> maxId = scalarId(m_db, QStringLiteral("SELECT coalesce(max(id), 0) FROM events"),
            QStringLiteral("reading the audit trail"));
        if (!maxId)
            return maxId.error();
        QSqlQuery q(m_db);
        if (Status s = execPrepared(q,
                QStringLiteral("SELECT through_id, through_hash FROM audit_verifications "
                               "WHERE through_id <= ? ORDER BY through_id DESC, id DESC LIMIT 1"),
                { *maxId });
            !s)
            return s.error();
        if (q.next()) {
            anchorId = q.value(0).toLongLong();
            anchorHash = q.value(1).toString();
        }
    }
    EventLog::Extent extent;
    const auto result = EventLog::verifyFrom(m_db, anchorId, anchorHash, &extent, progress);
    if (!result)
        return result.error();
    Outcome o;
    o.problem = *result;
    o.checked = extent.checked;
    o.newestId = extent.lastId;
    o.newestHash = extent.lastHash;
    o.fromId = std::max<qint64>(anchorId, 1);
    return o;
}

Result<AuditCheckpoints::Outcome> AuditCheckpoints::verifyAgainst(
    const Checkpoint& c, bool incremental, const std::function<bool(qint64, qint64)>& progress)
{
    Outcome o;
    const QString when = HongKongTime::toHongKong(c.takenAt).toString(QStringLiteral("yyyy-MM-dd HH:mm"))
        + QStringLiteral(" HKT");
    if (!c.signatureValid()) {
        o.problem = problem(0,
            tr("the checkpoint's signature does not match its contents: the file was changed "
               "after it was signed, or it was not signed by the key it names"));
        return o;
    }
    const Result<QString> store = storeId();
    if (!store) {
        o.problem = problem(0, store.message());
        return o;
    }
    if (*store != c.storeId) {
        o.problem = problem(0,
            tr("the checkpoint is of another database (store %1); this database is store %2")
                .arg(c.storeId, *store));
        return o;
    }
    const Result<qint64> maxId = scalarId(m_db, QStringLiteral("SELECT coalesce(max(id), 0) FROM events"),
        QStringLiteral("reading the audit trail"));
    if (!maxId)
        return maxId.error();
    if (*maxId < c.eventId) {
        o.problem = problem(c.eventId,
            tr("the trail ends at event %1, but the checkpoint taken %2 by %3 names event %4: "
               "%5 events are gone (the trail was rolled back to an older copy, or cut off)")
                .arg(*maxId)
                .arg(when, c.supervisor)
                .arg(c.eventId)
                .arg(c.eventId - *maxId));
        return o;
    }
    EventLog::Extent extent;
    if (incremental) {
        const auto result = EventLog::verifyFrom(m_db, c.eventId, c.headHash, &extent, progress);
        if (!result)
            return result.error();
        o.problem = *result;
        o.fromId = c.eventId;
    } else {
        const auto result = EventLog::verifyFrom(m_db, 0, EventLog::genesisHash(), &extent, progress);
        if (!result)
            return result.error();
        o.problem = *result;
        o.fromId = 1;
        if (!o.problem) {
            QSqlQuery q(m_db);
            if (Status s
                = execPrepared(q, QStringLiteral("SELECT hash FROM events WHERE id = ?"), { c.eventId });
                !s)
                return s.error();
            if (!q.next() || q.value(0).toString() != c.headHash)
                o.problem = problem(c.eventId,
                    tr("event %1 no longer has the hash the checkpoint taken %2 by %3 names: "
                       "the trail up to it was rewritten")
                        .arg(c.eventId)
                        .arg(when, c.supervisor));
        }
    }
    o.checked = extent.checked;
    o.newestId = extent.lastId;
    o.newestHash = extent.lastHash;
    // Last, the signer: a key this database never recorded for that supervisor.
    if (!o.problem) {
        QSqlQuery q(m_db);
        if (Status s = execPrepared(q,
                QStringLiteral("SELECT 1 FROM audit_signing_keys k JOIN users u ON u.id = k.user_id "
                               "WHERE k.public_key = ? AND u.username = ?"),
                { c.publicKey, c.supervisor });
            !s)
            return s.error();
        if (!q.next())
            o.problem = problem(0,
                tr("the checkpoint is signed with a key this database does not know as %1's (key %2)")
                    .arg(c.supervisor, c.keyFingerprint()));
    }
    return o;
}

Result<AuditCheckpoints::RollbackCheck> AuditCheckpoints::compareBackup(
    const QString& backupPath, const QString& currentPath)
{
    RollbackCheck r;
    Result<Database> backup = Database::open(backupPath, Database::OpenMode::ReadOnlyNoMigrate);
    if (!backup)
        return backup.error();
    auto consider = [&r](const Result<std::optional<Listed>>& found) {
        if (found && *found && (!r.newest || (*found)->checkpoint.eventId > r.newest->eventId))
            r.newest = (*found)->checkpoint;
    };
    consider(AuditCheckpoints(backup->connection()).newest());
    if (QFileInfo::exists(currentPath)) {
        Result<Database> current = Database::open(currentPath, Database::OpenMode::ReadOnlyNoMigrate);
        if (current)
            consider(AuditCheckpoints(current->connection()).newest());
    }
    const Result<qint64> maxId
        = scalarId(backup->connection(), QStringLiteral("SELECT coalesce(max(id), 0) FROM events"),
            QStringLiteral("reading the backup's audit trail"));
    if (!maxId)
        return maxId.error();
    r.backupNewestId = *maxId;
    if (!r.newest)
        return r;
    r.lacking = std::max<qint64>(0, r.newest->eventId - *maxId);
    if (r.lacking == 0) {
        QSqlQuery q(backup->connection());
        if (Status s
            = execPrepared(q, QStringLiteral("SELECT hash FROM events WHERE id = ?"), { r.newest->eventId });
            !s)
            return s.error();
        r.diverges = !q.next() || q.value(0).toString() != r.newest->headHash;
    }
    return r;
}

} // namespace orgdesk
