// SPDX-License-Identifier: BSD-3-Clause
//
//  W A R N I N G
//  -------------
// This file is not part of the libmanager API. It may change from version to version without
// notice, or even be removed.

#ifndef LIBMANAGER_HANDSHAKE_P_H
#define LIBMANAGER_HANDSHAKE_P_H

#include <libmanager/libmanager_global.h>

#include <QtCore/qbytearray.h>

namespace LibManager::Handshake {

/*! The fixed-layout handshake payloads of protocol_p.h, built and parsed by offset. */
struct Hello
{
    quint16 protocol = 0;
    quint16 dataStream = 0;
    QByteArray nonce;
    QByteArray mac; // ClientHello only
};

LIBMANAGER_AUTOTEST_EXPORT QByteArray newNonce();
LIBMANAGER_AUTOTEST_EXPORT QByteArray serverHello(const QByteArray &serverNonce);
LIBMANAGER_AUTOTEST_EXPORT QByteArray clientHello(const QByteArray &key,
                                                  const QByteArray &serverNonce,
                                                  const QByteArray &clientNonce);
/*! A Welcome: WelcomeOk and WelcomeObserver prove \a key (the one the client proved) and name
    the server by \a serverId (ServerIdSize bytes, covered by the proof); any other status
    carries zeros. */
LIBMANAGER_AUTOTEST_EXPORT QByteArray welcome(quint8 status, const QByteArray &key,
                                              const QByteArray &clientNonce,
                                              const QByteArray &serverNonce,
                                              const QByteArray &serverId);
/*! A ServerRefusal, sent instead of a ServerHello: \a reason is a Protocol::Refusal. */
LIBMANAGER_AUTOTEST_EXPORT QByteArray serverRefusal(quint8 reason);
/*! False unless \a payload has the size and magic of a ServerRefusal; its reason in \a reason
    (any value: a newer server may have more reasons). */
LIBMANAGER_AUTOTEST_EXPORT bool parseServerRefusal(const QByteArray &payload, quint8 *reason);
/*! Random bytes that name a server for its life (Protocol::ServerIdSize of them). */
LIBMANAGER_AUTOTEST_EXPORT QByteArray newServerId();

/*! False unless \a payload has the exact size and magic of its kind. */
LIBMANAGER_AUTOTEST_EXPORT bool parseServerHello(const QByteArray &payload, Hello *hello);
LIBMANAGER_AUTOTEST_EXPORT bool parseClientHello(const QByteArray &payload, Hello *hello);

/*! The MAC that proves the client (label "LMGR-C") or the server ("LMGR-S") holds \a key. */
LIBMANAGER_AUTOTEST_EXPORT QByteArray clientProof(const QByteArray &key,
                                                  const QByteArray &serverNonce,
                                                  const QByteArray &clientNonce);
LIBMANAGER_AUTOTEST_EXPORT QByteArray serverProof(const QByteArray &key,
                                                  const QByteArray &clientNonce,
                                                  const QByteArray &serverNonce,
                                                  const QByteArray &serverId);
/*! The server's proof to a client that proved the observer key (label "LMGR-O"): the role is
    covered by the proof, so nobody on the path can change it. */
LIBMANAGER_AUTOTEST_EXPORT QByteArray observerProof(const QByteArray &key,
                                                    const QByteArray &clientNonce,
                                                    const QByteArray &serverNonce,
                                                    const QByteArray &serverId);

/*! Compares in time that depends on the length only, never on where the bytes differ. */
LIBMANAGER_AUTOTEST_EXPORT bool constantTimeEquals(const QByteArray &a, const QByteArray &b);

} // namespace LibManager::Handshake

#endif // LIBMANAGER_HANDSHAKE_P_H
