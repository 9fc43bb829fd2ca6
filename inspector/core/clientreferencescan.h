// SPDX-License-Identifier: BSD-3-Clause
#ifndef INSPECTOR_CLIENTREFERENCESCAN_H
#define INSPECTOR_CLIENTREFERENCESCAN_H

#include <QtCore/qlist.h>
#include <QtCore/qobject.h>
#include <QtCore/qstring.h>

namespace Inspector {

class InspectorSession;

/*!
    The references one client holds, per object. The server tells them per object
    (ObjectInfo::referencesByClient), not per client, so this walks objectsPageAsync() a page
    of 1,000 at a time, one page in flight, up to maximumObjects() objects (50,000), and emits
    finished() with what it found and whether it saw every object. start() again cancels the
    walk before.
*/
class ClientReferenceScan : public QObject
{
    Q_OBJECT
public:
    struct Entry
    {
        quint64 objectId = 0;
        QString typeId;
        qint64 references = 0;
    };

    explicit ClientReferenceScan(InspectorSession *session, QObject *parent = nullptr);

    int maximumObjects() const { return m_maximum; }
    void setMaximumObjects(int objects) { m_maximum = objects; }
    bool isRunning() const { return m_running; }

public Q_SLOTS:
    void start(quint64 clientId);
    void cancel();

Q_SIGNALS:
    /*! The walk for \a clientId ended: \a entries in the order objects were made; \a complete
        false if it stopped at maximumObjects() or on an error. */
    void finished(quint64 clientId, const QList<Inspector::ClientReferenceScan::Entry> &entries,
                  bool complete);

private:
    void requestPage(quint64 after);

    InspectorSession *const m_session;
    QList<Entry> m_entries;
    quint64 m_client = 0;
    quint64 m_generation = 0;
    qint64 m_scanned = 0;
    int m_maximum = 50000;
    bool m_running = false;
};

} // namespace Inspector

#endif // INSPECTOR_CLIENTREFERENCESCAN_H
