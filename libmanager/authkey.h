// SPDX-License-Identifier: BSD-3-Clause
#ifndef LIBMANAGER_AUTHKEY_H
#define LIBMANAGER_AUTHKEY_H

#include <libmanager/libmanager_global.h>

#include <QtCore/qbytearray.h>

namespace LibManager {

/*!
    The process's default authentication key, used by every manager made with an empty key.

    On first use it is 32 random bytes from the system's cryptographic source. A server that
    BaseManager::start() runs inherits it (handed over through a pipe, never the command line or
    environment), so a program and the servers it starts agree without configuration.
    Thread-safe.
*/
LIBMANAGER_EXPORT QByteArray defaultAuthKey();

/*! Replaces the default key; an empty \a key makes the next defaultAuthKey() pick a new one. */
LIBMANAGER_EXPORT void setDefaultAuthKey(const QByteArray &key);

} // namespace LibManager

#endif // LIBMANAGER_AUTHKEY_H
