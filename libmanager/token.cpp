// SPDX-License-Identifier: BSD-3-Clause
#include "token.h"

#include <QtCore/qdatastream.h>
#include <QtCore/qdebug.h>

#include <algorithm>

namespace LibManager {

Token::Token(const QString &address, const QString &typeId, quint64 objectId,
             const QByteArray &serverId)
    : m_address(address), m_typeId(typeId), m_serverId(serverId), m_objectId(objectId)
{
}

QString Token::toString() const
{
    return m_typeId + QLatin1Char('/') + QString::number(m_objectId) + QLatin1Char('/')
            + QString::fromLatin1(m_serverId.toHex()) + QLatin1Char('@') + m_address;
}

Token Token::fromString(const QString &text)
{
    // The typeid may not contain '/', the address may contain anything: split at the first
    // '/', then the second, then the first '@' after that.
    const qsizetype slash = text.indexOf(QLatin1Char('/'));
    const qsizetype second = slash < 0 ? -1 : text.indexOf(QLatin1Char('/'), slash + 1);
    const qsizetype at = second < 0 ? -1 : text.indexOf(QLatin1Char('@'), second);
    if (slash <= 0 || second < 0 || at < 0)
        return {};
    bool ok = false;
    const quint64 id = QStringView(text).mid(slash + 1, second - slash - 1).toULongLong(&ok);
    const QStringView hex = QStringView(text).mid(second + 1, at - second - 1);
    const bool isHex = !hex.isEmpty() && hex.size() % 2 == 0
            && std::all_of(hex.begin(), hex.end(), [](QChar c) {
                   return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f');
               });
    if (!ok || id == 0 || !isHex)
        return {};
    return Token(text.mid(at + 1), text.left(slash), id, QByteArray::fromHex(hex.toLatin1()));
}

QDataStream &operator<<(QDataStream &out, const Token &token)
{
    return out << token.address() << token.typeId() << token.objectId() << token.serverId();
}

QDataStream &operator>>(QDataStream &in, Token &token)
{
    QString address;
    QString typeId;
    quint64 id = 0;
    QByteArray serverId;
    in >> address >> typeId >> id >> serverId;
    token = in.status() == QDataStream::Ok ? Token(address, typeId, id, serverId) : Token();
    return in;
}

QDebug operator<<(QDebug debug, const Token &token)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "LibManager::Token(" << token.toString() << ')';
    return debug;
}

} // namespace LibManager
