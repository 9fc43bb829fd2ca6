// SPDX-License-Identifier: BSD-3-Clause
#include "pythonrepr_p.h"
#include <libmanager/token.h>

#include <QtCore/qlocale.h>
#include <QtCore/qstringlist.h>

#include <cmath>
#include <limits>

namespace LibManager {

namespace {

constexpr QChar Ellipsis(0x2026);

// Appends to a string up to a limit; every append says whether all of it went in. The one
// writer serves both pythonRepr() (no limit) and the previews, so that they cannot differ.
class Writer
{
public:
    Writer(QString &out, qsizetype limit) : m_out(out), m_limit(limit) { }

    bool full() const { return m_out.size() >= m_limit; }

    bool text(QStringView text)
    {
        const qsizetype room = m_limit - m_out.size();
        if (text.size() <= room) {
            m_out += text;
            return true;
        }
        if (room > 0)
            m_out += text.left(room);
        return false;
    }
    bool text(QLatin1StringView text)
    {
        const qsizetype room = m_limit - m_out.size();
        if (text.size() <= room) {
            m_out += text;
            return true;
        }
        if (room > 0)
            m_out += text.left(room);
        return false;
    }
    bool character(QChar c)
    {
        if (full())
            return false;
        m_out += c;
        return true;
    }

    bool quoted(QStringView string)
    {
        // Python prefers single quotes, and switches to double quotes to avoid escaping. It
        // looks at the whole string; a string that will be cut looks at what can be shown.
        const QStringView looked = string.left(qMax<qsizetype>(0, m_limit - m_out.size()));
        const QChar quote = looked.contains(QLatin1Char('\'')) && !looked.contains(QLatin1Char('"'))
                ? QLatin1Char('"')
                : QLatin1Char('\'');
        if (!character(quote))
            return false;
        for (const QChar c : string) {
            bool fits;
            if (c == quote || c == QLatin1Char('\\'))
                fits = character(QLatin1Char('\\')) && character(c);
            else if (c == QLatin1Char('\n'))
                fits = text(QLatin1String("\\n"));
            else if (c == QLatin1Char('\t'))
                fits = text(QLatin1String("\\t"));
            else if (c == QLatin1Char('\r'))
                fits = text(QLatin1String("\\r"));
            else if (c.unicode() < 0x20 || c.unicode() == 0x7f)
                fits = text(QStringView(QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'))));
            else
                fits = character(c);
            if (!fits)
                return false;
        }
        return character(quote);
    }

    bool bytes(const QByteArray &bytes)
    {
        if (!text(QLatin1String("b'")))
            return false;
        for (const char ch : bytes) {
            const auto c = static_cast<unsigned char>(ch);
            bool fits;
            if (c == '\'' || c == '\\')
                fits = character(QLatin1Char('\\')) && character(QLatin1Char(char(c)));
            else if (c == '\n')
                fits = text(QLatin1String("\\n"));
            else if (c >= 0x20 && c < 0x7f)
                fits = character(QLatin1Char(char(c)));
            else
                fits = text(QStringView(QStringLiteral("\\x%1").arg(c, 2, 16, QLatin1Char('0'))));
            if (!fits)
                return false;
        }
        return character(QLatin1Char('\''));
    }

    template<typename Map>
    bool map(const Map &map)
    {
        if (!character(QLatin1Char('{')))
            return false;
        bool first = true;
        for (auto it = map.cbegin(); it != map.cend(); ++it) {
            if (!first && !text(QLatin1String(", ")))
                return false;
            first = false;
            if (!quoted(it.key()) || !text(QLatin1String(": ")) || !value(it.value()))
                return false;
        }
        return character(QLatin1Char('}'));
    }

    bool list(const QVariantList &items)
    {
        if (!character(QLatin1Char('[')))
            return false;
        for (qsizetype i = 0; i < items.size(); ++i) {
            if ((i > 0 && !text(QLatin1String(", "))) || !value(items.at(i)))
                return false;
        }
        return character(QLatin1Char(']'));
    }

    bool value(const QVariant &value);

private:
    QString &m_out;
    const qsizetype m_limit;
};

QString doubleRepr(double value)
{
    if (std::isnan(value))
        return QStringLiteral("nan");
    if (std::isinf(value))
        return value > 0 ? QStringLiteral("inf") : QStringLiteral("-inf");
    QString text = QString::number(value, 'g', QLocale::FloatingPointShortest);
    if (!text.contains(QLatin1Char('.')) && !text.contains(QLatin1Char('e')))
        text += QLatin1String(".0");
    return text;
}

bool Writer::value(const QVariant &value)
{
    switch (value.metaType().id()) {
    case QMetaType::UnknownType:
    case QMetaType::Nullptr:
        return text(QLatin1String("None"));
    case QMetaType::Bool:
        return text(value.toBool() ? QLatin1String("True") : QLatin1String("False"));
    case QMetaType::Int:
    case QMetaType::Short:
    case QMetaType::Long:
    case QMetaType::LongLong:
    case QMetaType::SChar:
        return text(QStringView(QString::number(value.toLongLong())));
    case QMetaType::UInt:
    case QMetaType::UShort:
    case QMetaType::ULong:
    case QMetaType::ULongLong:
    case QMetaType::UChar:
        return text(QStringView(QString::number(value.toULongLong())));
    case QMetaType::Double:
    case QMetaType::Float:
        return text(QStringView(doubleRepr(value.toDouble())));
    case QMetaType::QString:
        return quoted(*static_cast<const QString *>(value.constData()));
    case QMetaType::QChar:
        return quoted(QString(value.toChar()));
    case QMetaType::QByteArray:
        return bytes(*static_cast<const QByteArray *>(value.constData()));
    case QMetaType::QVariantList:
        return list(*static_cast<const QVariantList *>(value.constData()));
    case QMetaType::QStringList:
        return list(value.toList());
    case QMetaType::QVariantMap:
        return map(*static_cast<const QVariantMap *>(value.constData()));
    case QMetaType::QVariantHash:
        return map(*static_cast<const QVariantHash *>(value.constData()));
    default:
        break;
    }
    if (value.metaType() == QMetaType::fromType<Token>()) {
        const Token token = value.value<Token>();
        return text(QStringView(QStringLiteral("<%1 proxy %2>").arg(token.typeId()).arg(token.objectId())));
    }
    const QString converted = value.toString();
    if (!converted.isEmpty() || value.canConvert<QString>())
        return quoted(converted);
    return text(QStringView(QStringLiteral("<%1>").arg(QString::fromLatin1(value.metaType().name()))));
}

} // namespace

QString pythonRepr(const QVariant &value)
{
    QString out;
    Writer(out, std::numeric_limits<qsizetype>::max()).value(value);
    return out;
}

bool appendPythonRepr(QString &out, const QVariant &value, qsizetype limit)
{
    return Writer(out, limit).value(value);
}

bool appendLimited(QString &out, QLatin1StringView text, qsizetype limit)
{
    return Writer(out, limit).text(text);
}

bool appendLimited(QString &out, QStringView text, qsizetype limit)
{
    return Writer(out, limit).text(text);
}

QString groupedNumber(qint64 n)
{
    const quint64 magnitude = n < 0 ? quint64(-(n + 1)) + 1 : quint64(n);
    const QString digits = QString::number(magnitude);
    QString out;
    if (n < 0)
        out += QLatin1Char('-');
    for (qsizetype i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0)
            out += QLatin1Char(',');
        out += digits.at(i);
    }
    return out;
}

ContainerPreview::ContainerPreview(int maxChars, const QString &open, const QString &close,
                                   qint64 total, const QString &noun)
    : m_out(open), m_close(close), m_noun(noun), m_limit(qMax(qsizetype(maxChars), open.size())),
      m_total(total)
{
}

QString ContainerPreview::finish()
{
    if (m_shown < m_total) {
        if (m_partial)
            m_out += Ellipsis;
        else
            m_out += m_shown > 0 ? QLatin1String(", ") + Ellipsis : QString(Ellipsis);
        // "(1 item)", "(2 items)": the noun is given in the plural.
        const QString noun = m_total == 1 && m_noun.endsWith(QLatin1Char('s')) ? m_noun.chopped(1) : m_noun;
        m_out += QLatin1String(" (") + groupedNumber(m_total) + QLatin1Char(' ') + noun + QLatin1Char(')');
    }
    return m_out + m_close;
}

} // namespace LibManager
