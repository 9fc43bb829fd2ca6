// SPDX-License-Identifier: BSD-3-Clause
//
//  W A R N I N G
//  -------------
// This file is not part of the libmanager API. It may change from version to version without
// notice, or even be removed.

#ifndef LIBMANAGER_ADDRESS_P_H
#define LIBMANAGER_ADDRESS_P_H

#include <libmanager/libmanager_global.h>

#include <QtCore/qstring.h>

namespace LibManager {

/*! A parsed manager address; see BaseManager for the accepted forms. */
struct LIBMANAGER_EXPORT Address
{
    enum Kind { Invalid, Local, Tcp };
    Kind kind = Invalid;
    QString local;  // Local: the name or path as given
    QString host;   // Tcp
    quint16 port = 0;

    static Address parse(const QString &text);
    /*! Local: the socket's path (a bare name resolved as QLocalServer does); Tcp: host:port. */
    QString toString() const;
    QString localPath() const;
};

} // namespace LibManager

#endif // LIBMANAGER_ADDRESS_P_H
