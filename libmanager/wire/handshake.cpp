// SPDX-License-Identifier: BSD-3-Clause
#include "handshake_p.h"
#include "protocol_p.h"

#include <QtCore/qendian.h>
#include <QtCore/qmessageauthenticationcode.h>
#include <QtCore/qrandom.h>

#include <cstring>

namespace LibManager::Handshake {

namespace {

QByteArray mac(const QByteArray &key, const char *label, const QByteArray &a, const QByteArray &b,
               const QByteArray &c = {})
{
    QMessageAuthenticationCode code(QCryptographicHash::Sha256, key);
    code.addData(label, qsizetype(std::strlen(label)));
    code.addData(a);
    code.addData(b);
    code.addData(c);
    return code.result();
}

QByteArray helloPrefix()
{
    QByteArray out(Protocol::Magic, 4);
    char numbers[4];
    qToBigEndian<quint16>(Protocol::Version, numbers);
    qToBigEndian<quint16>(Protocol::DataStreamVersion, numbers + 2);
    out.append(numbers, 4);
    return out;
}

bool parseHello(const QByteArray &payload, int size, Hello *hello)
{
    if (payload.size() != size || std::memcmp(payload.constData(), Protocol::Magic, 4) != 0)
        return false;
    hello->protocol = qFromBigEndian<quint16>(payload.constData() + 4);
    hello->dataStream = qFromBigEndian<quint16>(payload.constData() + 6);
    hello->nonce = payload.mid(8, Protocol::NonceSize);
    hello->mac = payload.mid(8 + Protocol::NonceSize);
    return true;
}

} // namespace

QByteArray newNonce()
{
    quint32 words[Protocol::NonceSize / 4];
    QRandomGenerator::system()->fillRange(words);
    return QByteArray(reinterpret_cast<const char *>(words), Protocol::NonceSize);
}

QByteArray newServerId()
{
    quint32 words[Protocol::ServerIdSize / 4];
    QRandomGenerator::system()->fillRange(words);
    return QByteArray(reinterpret_cast<const char *>(words), Protocol::ServerIdSize);
}

QByteArray clientProof(const QByteArray &key, const QByteArray &serverNonce,
                       const QByteArray &clientNonce)
{
    return mac(key, "LMGR-C", serverNonce, clientNonce);
}

QByteArray serverProof(const QByteArray &key, const QByteArray &clientNonce,
                       const QByteArray &serverNonce, const QByteArray &serverId)
{
    return mac(key, "LMGR-S", clientNonce, serverNonce, serverId);
}

QByteArray observerProof(const QByteArray &key, const QByteArray &clientNonce,
                         const QByteArray &serverNonce, const QByteArray &serverId)
{
    return mac(key, "LMGR-O", clientNonce, serverNonce, serverId);
}

QByteArray serverHello(const QByteArray &serverNonce)
{
    return helloPrefix() + serverNonce;
}

QByteArray clientHello(const QByteArray &key, const QByteArray &serverNonce,
                       const QByteArray &clientNonce)
{
    return helloPrefix() + clientNonce + clientProof(key, serverNonce, clientNonce);
}

QByteArray welcome(quint8 status, const QByteArray &key, const QByteArray &clientNonce,
                   const QByteArray &serverNonce, const QByteArray &serverId)
{
    QByteArray out(1, char(status));
    if (status == Protocol::WelcomeOk && serverId.size() == Protocol::ServerIdSize) {
        out += serverProof(key, clientNonce, serverNonce, serverId);
        out += serverId;
    } else if (status == Protocol::WelcomeObserver && serverId.size() == Protocol::ServerIdSize) {
        out += observerProof(key, clientNonce, serverNonce, serverId);
        out += serverId;
    } else {
        out += QByteArray(Protocol::MacSize + Protocol::ServerIdSize, '\0');
    }
    return out;
}

QByteArray serverRefusal(quint8 reason)
{
    return helloPrefix() + char(reason);
}

bool parseServerRefusal(const QByteArray &payload, quint8 *reason)
{
    if (payload.size() != Protocol::ServerRefusalSize
        || !payload.startsWith(QByteArrayView(Protocol::Magic, sizeof Protocol::Magic)))
        return false;
    *reason = quint8(payload.at(Protocol::ServerRefusalSize - 1));
    return true;
}

bool parseServerHello(const QByteArray &payload, Hello *hello)
{
    return parseHello(payload, Protocol::ServerHelloSize, hello);
}

bool parseClientHello(const QByteArray &payload, Hello *hello)
{
    return parseHello(payload, Protocol::ClientHelloSize, hello);
}

bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

} // namespace LibManager::Handshake
