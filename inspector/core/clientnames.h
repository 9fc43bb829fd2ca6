// SPDX-License-Identifier: BSD-3-Clause
#ifndef INSPECTOR_CLIENTNAMES_H
#define INSPECTOR_CLIENTNAMES_H

#include <QtCore/qhash.h>
#include <QtCore/qobject.h>
#include <QtCore/qpointer.h>
#include <QtCore/qstring.h>

namespace LibManager {
class Introspector;
}

namespace Inspector {

class InspectorSession;

/*!
    The names of a server's clients, for labels such as "worker[42] (client 7)": read once
    with clientsAsync() when the session connects, then kept from the event stream
    (clientConnected, clientRenamed). Clients that went keep their name: objects they made
    still name them. Never blocks.
*/
class ClientNames : public QObject
{
    Q_OBJECT
public:
    explicit ClientNames(InspectorSession *session, QObject *parent = nullptr);

    /*! The name \a clientId gave itself; empty if none or unknown. */
    QString name(quint64 clientId) const;
    /*! "worker[42] (client 7)", "client 7" without a name, "this inspector (client 3)",
        "the server" for 0. */
    QString label(quint64 clientId) const;
    /*! A shorter label for cells: "worker[42]", "c7", "server". */
    QString shortLabel(quint64 clientId) const;
    /*! Reads the names again (connect() does it). */
    void reload();

Q_SIGNALS:
    /*! One or more names changed (coalesced to one signal per event-loop turn). */
    void namesChanged();

private:
    void attach();
    void set(quint64 clientId, const QString &name);
    void notify();

    InspectorSession *const m_session;
    QPointer<LibManager::Introspector> m_introspector;
    QHash<quint64, QString> m_names;
    bool m_notifyQueued = false;
};

} // namespace Inspector

#endif // INSPECTOR_CLIENTNAMES_H
