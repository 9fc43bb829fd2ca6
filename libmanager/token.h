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
    Names one shared object: its server (by the server's id, and the address it listens on),
    the object's typeid and its id there.

    A server draws a random id when it starts and tells it to every client in the handshake.
    That id, not the text of the address, decides whether a token belongs to a server: a token
    works through any address that reaches the server that made it (\c 0.0.0.0:port,
    \c 127.0.0.1:port, a host name, a symlink to its socket), and a token of a server that has
    since been replaced by another one on the same address is refused. address() is where the
    server listens, as the server knows it: a hint for finding it, not an identity.

    A token is plain data. Hand it to another process (toString()/fromString(), a QDataStream,
    or by storing the proxy in a shared dict or list) and turn it back into a proxy there with
    BaseManager::proxyForToken(). The object lives as long as some proxy holds it: keep a proxy
    alive until the receiver has made its own.
*/
class LIBMANAGER_EXPORT Token
{
public:
    Token() = default;
    Token(const QString &address, const QString &typeId, quint64 objectId,
          const QByteArray &serverId);

    /*! True for a token that names an object (an id) of a server (a server id). */
    bool isValid() const noexcept { return m_objectId != 0 && !m_serverId.isEmpty(); }
    QString address() const { return m_address; }
    QString typeId() const { return m_typeId; }
    quint64 objectId() const noexcept { return m_objectId; }
    /*! The id of the server that made the object (random bytes it drew when it started). */
    QByteArray serverId() const { return m_serverId; }

    /*!
        A printable form, "typeid/objectid/serverid@address" (the server id in hex), that
        fromString() reads back.
    */
    QString toString() const;
    /*! Parses toString()'s form; returns an invalid token for anything else. */
    static Token fromString(const QString &text);

    /*! Same object: same server id and object id (the address text does not matter). */
    friend bool operator==(const Token &a, const Token &b) noexcept
    {
        return a.m_objectId == b.m_objectId && a.m_serverId == b.m_serverId;
    }
    friend bool operator!=(const Token &a, const Token &b) noexcept { return !(a == b); }
    friend size_t qHash(const Token &t, size_t seed = 0) noexcept
    {
        return qHashMulti(seed, t.m_serverId, t.m_objectId);
    }

private:
    QString m_address;
    QString m_typeId;
    QByteArray m_serverId;
    quint64 m_objectId = 0;
};

LIBMANAGER_EXPORT QDataStream &operator<<(QDataStream &out, const Token &token);
LIBMANAGER_EXPORT QDataStream &operator>>(QDataStream &in, Token &token);
LIBMANAGER_EXPORT QDebug operator<<(QDebug debug, const Token &token);

} // namespace LibManager

Q_DECLARE_METATYPE(LibManager::Token)

#endif // LIBMANAGER_TOKEN_H
