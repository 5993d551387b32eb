// SPDX-License-Identifier: GPL-3.0-or-later
#include "EventEncoding.h"

#include <charconv>
#include <cstring>

namespace orgdesk {

namespace {

    constexpr char kSeparator = '\x1f';

    // Scheme 2's fields, written straight into a buffer sized beforehand: the audit walk encodes
    // millions of events, and growing a QByteArray field by field costs more than hashing them.
    class FieldWriter
    {
    public:
        static constexpr qsizetype kHeader = 5; // type tag and 4-byte big-endian length
        static constexpr qsizetype kMaxInteger = 20; // digits of the longest 64-bit whole number, signed

        explicit FieldWriter(char* at)
            : m_at(at)
        {
        }
        void field(char tag, QByteArrayView value)
        {
            const auto n = quint32(value.size());
            m_at[0] = tag;
            m_at[1] = char(n >> 24);
            m_at[2] = char(n >> 16);
            m_at[3] = char(n >> 8);
            m_at[4] = char(n);
            if (n)
                std::memcpy(m_at + kHeader, value.data(), n);
            m_at += kHeader + n;
        }
        void integer(qint64 value)
        {
            char digits[24];
            const auto end = std::to_chars(digits, digits + sizeof digits, value).ptr;
            field('I', QByteArrayView(digits, end - digits));
        }
        void optionalInteger(const std::optional<qint64>& value)
        {
            if (value)
                integer(*value);
            else
                field('N', {});
        }
        char* end() const { return m_at; }

    private:
        char* m_at;
    };

} // namespace

// The canonical bytes of an event under `scheme`, into `out`. The stored text is taken as it is:
// it was written in canonical form, so anything else (such as re-spaced JSON) no longer hashes to
// the stored hash. Writers and both back ends' verifiers use it.
void storedCanonical(QByteArray& out, int scheme, qint64 id, QByteArrayView at, std::optional<qint64> userId,
    QByteArrayView action, QByteArrayView subjectType, std::optional<qint64> subjectId,
    QByteArrayView details, QByteArrayView prevHash)
{
    if (scheme >= 2) {
        // Room for nine fields, four of them whole numbers; resize() keeps the memory between
        // events, so the walk allocates only for an unusually long event.
        const qsizetype room = 9 * FieldWriter::kHeader + 4 * FieldWriter::kMaxInteger + at.size()
            + action.size() + subjectType.size() + details.size() + prevHash.size();
        out.resize(room);
        FieldWriter w(out.data());
        w.integer(scheme);
        w.integer(id);
        w.field('T', at);
        w.optionalInteger(userId);
        w.field('T', action);
        w.field('T', subjectType);
        w.optionalInteger(subjectId);
        w.field('T', details);
        w.field('T', prevHash);
        out.resize(w.end() - out.constData());
        return;
    }
    out.resize(0); // keeps its memory for the next event
    out += QByteArray::number(id) + kSeparator;
    out += at;
    out += kSeparator;
    if (userId)
        out += QByteArray::number(*userId);
    out += kSeparator;
    out += action;
    out += kSeparator;
    out += subjectType;
    out += kSeparator;
    if (subjectId)
        out += QByteArray::number(*subjectId);
    out += kSeparator;
    out += details;
    out += kSeparator;
    out += prevHash;
}

} // namespace orgdesk
