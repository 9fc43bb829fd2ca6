// SPDX-License-Identifier: BSD-3-Clause
#ifndef LIBMANAGER_TOKEN_H
#define LIBMANAGER_TOKEN_H

#include <libmanager/libmanager_global.h>

#include <QtCore/qhashfunctions.h>
#include <QtCore/qmetatype.h>
#include <QtCore/qstring.h>

QT_BEGIN_NAMESPACE
class QDataStream;
class QDebug;
QT_END_NAMESPACE

namespace LibManager {

/*!
    Names one shared object: the server's address, the object's typeid and its id there.

    A token is plain data. Hand it to another process (toString()/fromString(), a QDataStream,
    or by storing the proxy in a shared dict or list) and turn it back into a proxy there with
    BaseManager::proxyForToken(). The object lives as long as some proxy holds it: keep a proxy
    alive until the receiver has made its own.
*/
class LIBMANAGER_EXPORT Token
{
public:
    Token() = default;
    Token(const QString &address, const QString &typeId, quint64 objectId);

    bool isValid() const noexcept { return m_objectId != 0 && !m_address.isEmpty(); }
    QString address() const { return m_address; }
    QString typeId() const { return m_typeId; }
    quint64 objectId() const noexcept { return m_objectId; }

    /*! A printable form, "typeid/objectid@address", that fromString() reads back. */
    QString toString() const;
    /*! Parses toString()'s form; returns an invalid token for anything else. */
    static Token fromString(const QString &text);

    friend bool operator==(const Token &a, const Token &b) noexcept
    {
        return a.m_objectId == b.m_objectId && a.m_address == b.m_address
                && a.m_typeId == b.m_typeId;
    }
    friend bool operator!=(const Token &a, const Token &b) noexcept { return !(a == b); }
    friend size_t qHash(const Token &t, size_t seed = 0) noexcept
    {
        return qHashMulti(seed, t.m_address, t.m_objectId);
    }

private:
    QString m_address;
    QString m_typeId;
    quint64 m_objectId = 0;
};

LIBMANAGER_EXPORT QDataStream &operator<<(QDataStream &out, const Token &token);
LIBMANAGER_EXPORT QDataStream &operator>>(QDataStream &in, Token &token);
LIBMANAGER_EXPORT QDebug operator<<(QDebug debug, const Token &token);

} // namespace LibManager

Q_DECLARE_METATYPE(LibManager::Token)

#endif // LIBMANAGER_TOKEN_H
