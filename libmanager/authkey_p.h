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
    it came from: "32 bytes, SHA-256 1a2b3c4d, from the file /etc/app/key".
*/
LIBMANAGER_EXPORT QString describeAuthKey(const QByteArray &key);

/*! Remembers that \a key came from \a origin ("the file /etc/app/key", "the environment
    variable APP_KEY"), for describeAuthKey(). readAuthKeyFile() calls it. */
LIBMANAGER_EXPORT void noteAuthKeyOrigin(const QByteArray &key, const QString &origin);

} // namespace LibManager

#endif // LIBMANAGER_AUTHKEY_P_H
