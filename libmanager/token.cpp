// SPDX-License-Identifier: BSD-3-Clause
#include "token.h"

#include <QtCore/qdatastream.h>
#include <QtCore/qdebug.h>

namespace LibManager {

Token::Token(const QString &address, const QString &typeId, quint64 objectId)
    : m_address(address), m_typeId(typeId), m_objectId(objectId)
{
}

QString Token::toString() const
{
    return m_typeId + QLatin1Char('/') + QString::number(m_objectId) + QLatin1Char('@') + m_address;
}

Token Token::fromString(const QString &text)
{
    // The typeid may not contain '/', the address may contain anything: split at the first
    // '/' and then the first '@' after it.
    const qsizetype slash = text.indexOf(QLatin1Char('/'));
    const qsizetype at = slash < 0 ? -1 : text.indexOf(QLatin1Char('@'), slash);
    if (slash <= 0 || at < 0)
        return {};
    bool ok = false;
    const quint64 id = QStringView(text).mid(slash + 1, at - slash - 1).toULongLong(&ok);
    const QString address = text.mid(at + 1);
    if (!ok || id == 0 || address.isEmpty())
        return {};
    return Token(address, text.left(slash), id);
}

QDataStream &operator<<(QDataStream &out, const Token &token)
{
    return out << token.address() << token.typeId() << token.objectId();
}

QDataStream &operator>>(QDataStream &in, Token &token)
{
    QString address;
    QString typeId;
    quint64 id = 0;
    in >> address >> typeId >> id;
    token = in.status() == QDataStream::Ok ? Token(address, typeId, id) : Token();
    return in;
}

QDebug operator<<(QDebug debug, const Token &token)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "LibManager::Token(" << token.toString() << ')';
    return debug;
}

} // namespace LibManager
