// SPDX-License-Identifier: BSD-3-Clause
#ifndef INSPECTOR_CONNECTIONSETTINGS_H
#define INSPECTOR_CONNECTIONSETTINGS_H

#include "connectionprofile.h"

#include <QtCore/qlist.h>

QT_BEGIN_NAMESPACE
class QSettings;
QT_END_NAMESPACE

namespace Inspector {

/*!
    The recent connections in QSettings, most recent first, at most MaxRecent, in the group
    connections/<n> (n from 1): address, keySource ("file", "typed", "env"), keyFile or keyEnv,
    readOnly, timeout, label, lastUsed. A typed key is never written: a profile that used one
    is remembered with its source only, so the dialog asks for the key again.
*/
class ConnectionSettings
{
public:
    static constexpr int MaxRecent = 10;

    /*! The recent connections from the application's QSettings. */
    static QList<ConnectionProfile> recent();
    static QList<ConnectionProfile> recent(QSettings &settings);
    /*! Puts \a profile first (replacing an entry of the same address), stamped now, and keeps
        MaxRecent. */
    static void remember(const ConnectionProfile &profile);
    static void remember(QSettings &settings, const ConnectionProfile &profile);
    /*! The remembered profile of \a address, or an invalid one. */
    static ConnectionProfile find(const QString &address);
    static void clear();
};

} // namespace Inspector

#endif // INSPECTOR_CONNECTIONSETTINGS_H
