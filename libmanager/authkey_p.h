// SPDX-License-Identifier: BSD-3-Clause
//
//  W A R N I N G
//  -------------
// This file is not part of the libmanager API. It may change from version to version without
// notice, or even be removed.

#ifndef LIBMANAGER_AUTHKEY_P_H
#define LIBMANAGER_AUTHKEY_P_H

#include <libmanager/libmanager_global.h>

#include <QtCore/qbytearray.h>
#include <QtCore/qstring.h>

namespace LibManager {

/*!
    What an authentication failure may say about \a key: its length, the first 8 hex digits
    of its SHA-256 (enough to tell two keys apart in two logs, nothing to rebuild a key from;
    \c{printf %s KEY | sha256sum} gives the same digits) and, if this process knows it, where
    it came from: "32 bytes, SHA-256 1a2b3c4d, from the file /etc/app/key". Translated: it is
    part of messages that users see (and of the server's log line about a wrong key).
*/
LIBMANAGER_EXPORT QString describeAuthKey(const QByteArray &key);

/*! Remembers that \a key came from \a origin ("the file /etc/app/key", "the environment
    variable APP_KEY"), for describeAuthKey(). readAuthKeyFile() calls it. \a origin is shown
    as it is, after "from": a translated text, in the form that follows that word. */
LIBMANAGER_EXPORT void noteAuthKeyOrigin(const QByteArray &key, const QString &origin);

} // namespace LibManager

#endif // LIBMANAGER_AUTHKEY_P_H
