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

/*!
    Reads an authentication key from the file at \a path, by the one rule that
    \c libmanager-server \c --authkey-file and every client that reads the same file share:

    The key is the file's bytes, except that a file holding one line of text (UTF-8 without
    control characters) followed by a line break (\c "\n" or \c "\r\n") loses that line
    break. So \c{openssl rand -hex 16 > key} and \c{echo secret > key} give the text you
    see, and a binary key (\c{head -c 32 /dev/urandom > key}) is used whole, whatever bytes
    it holds or ends with. Nothing else is trimmed: spaces are part of a text key.

    Returns an empty QByteArray, with a message in \a errorString (if not null), for a file
    that cannot be read, one that gives an empty key, and one larger than 4096 bytes (not a
    key file: \c /dev/urandom by mistake, say). A file that every user of the host may read
    is used, with a warning in the \c libmanager logging category: any of them could then
    connect to the server. (A key file readable by a group is how services of several
    accounts share a key, so that is not warned about.)

    The process remembers which file each key came from (by the key's SHA-256), so that an
    authentication failure can say where the key was read, without showing the key.
*/
LIBMANAGER_EXPORT QByteArray readAuthKeyFile(const QString &path, QString *errorString = nullptr);

} // namespace LibManager

#endif // LIBMANAGER_AUTHKEY_H
