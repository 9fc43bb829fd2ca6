// SPDX-License-Identifier: BSD-3-Clause
#include "pythonrepr_p.h"
#include "token.h"

#include <QtCore/qlocale.h>
#include <QtCore/qstringlist.h>

#include <cmath>

namespace LibManager {

namespace {

QString quoted(const QString &text)
{
    // Python prefers single quotes, and switches to double quotes to avoid escaping.
    const QChar quote = text.contains(QLatin1Char('\'')) && !text.contains(QLatin1Char('"'))
            ? QLatin1Char('"')
            : QLatin1Char('\'');
    QString out = quote;
    for (const QChar c : text) {
        if (c == quote || c == QLatin1Char('\\'))
            out += QLatin1Char('\\') + c;
        else if (c == QLatin1Char('\n'))
            out += QLatin1String("\\n");
        else if (c == QLatin1Char('\t'))
            out += QLatin1String("\\t");
        else if (c == QLatin1Char('\r'))
            out += QLatin1String("\\r");
        else if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            out += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out + quote;
}

QString bytesRepr(const QByteArray &bytes)
{
    QString out = QStringLiteral("b'");
    for (const char ch : bytes) {
        const auto c = static_cast<unsigned char>(ch);
        if (c == '\'' || c == '\\')
            out += QLatin1Char('\\') + QLatin1Char(char(c));
        else if (c == '\n')
            out += QLatin1String("\\n");
        else if (c >= 0x20 && c < 0x7f)
            out += QLatin1Char(char(c));
        else
            out += QStringLiteral("\\x%1").arg(c, 2, 16, QLatin1Char('0'));
    }
    return out + QLatin1Char('\'');
}

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

template<typename Map>
QString mapRepr(const Map &map)
{
    QStringList parts;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        parts.append(quoted(it.key()) + QLatin1String(": ") + pythonRepr(it.value()));
    return QLatin1Char('{') + parts.join(QLatin1String(", ")) + QLatin1Char('}');
}

} // namespace

QString pythonRepr(const QVariant &value)
{
    switch (value.metaType().id()) {
    case QMetaType::UnknownType:
    case QMetaType::Nullptr:
        return QStringLiteral("None");
    case QMetaType::Bool:
        return value.toBool() ? QStringLiteral("True") : QStringLiteral("False");
    case QMetaType::Int:
    case QMetaType::Short:
    case QMetaType::Long:
    case QMetaType::LongLong:
    case QMetaType::SChar:
        return QString::number(value.toLongLong());
    case QMetaType::UInt:
    case QMetaType::UShort:
    case QMetaType::ULong:
    case QMetaType::ULongLong:
    case QMetaType::UChar:
        return QString::number(value.toULongLong());
    case QMetaType::Double:
    case QMetaType::Float:
        return doubleRepr(value.toDouble());
    case QMetaType::QString:
        return quoted(value.toString());
    case QMetaType::QChar:
        return quoted(QString(value.toChar()));
    case QMetaType::QByteArray:
        return bytesRepr(value.toByteArray());
    case QMetaType::QVariantList:
    case QMetaType::QStringList: {
        QStringList parts;
        for (const QVariant &item : value.toList())
            parts.append(pythonRepr(item));
        return QLatin1Char('[') + parts.join(QLatin1String(", ")) + QLatin1Char(']');
    }
    case QMetaType::QVariantMap:
        return mapRepr(*static_cast<const QVariantMap *>(value.constData()));
    case QMetaType::QVariantHash:
        return mapRepr(*static_cast<const QVariantHash *>(value.constData()));
    default:
        break;
    }
    if (value.metaType() == QMetaType::fromType<Token>()) {
        const Token token = value.value<Token>();
        return QStringLiteral("<%1 proxy %2>").arg(token.typeId()).arg(token.objectId());
    }
    const QString text = value.toString();
    if (!text.isEmpty() || value.canConvert<QString>())
        return quoted(text);
    return QStringLiteral("<%1>").arg(QString::fromLatin1(value.metaType().name()));
}

} // namespace LibManager
