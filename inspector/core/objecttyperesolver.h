// SPDX-License-Identifier: BSD-3-Clause
#ifndef INSPECTOR_OBJECTTYPERESOLVER_H
#define INSPECTOR_OBJECTTYPERESOLVER_H

#include <QtCore/qhash.h>
#include <QtCore/qstringlist.h>
#include <QtCore/qobject.h>
#include <QtCore/qset.h>

namespace Inspector {

class InspectorSession;

/*!
    The typeId of objects known only by their id (a wait in the wait-for graph, a parked call),
    looked up without blocking: typeId() answers from a cache, and request() asks the server
    for the ids it does not know (one objectsPage() of one object each, at most four in flight),
    emitting resolved() as answers come. An object that is gone resolves to an empty typeId and
    is not asked again. The cache is dropped on every (re)connection.
*/
class ObjectTypeResolver : public QObject
{
    Q_OBJECT
public:
    explicit ObjectTypeResolver(InspectorSession *session, QObject *parent = nullptr);

    /*! The typeId of \a objectId if known; empty otherwise. */
    QString typeId(quint64 objectId) const { return m_types.value(objectId); }
    bool isKnown(quint64 objectId) const { return m_types.contains(objectId); }
    /*! The names the object had when it was looked up (names are given when an object is
        made, and rarely change). */
    QStringList names(quint64 objectId) const { return m_names.value(objectId); }
    /*! Records what another answer said (a hold's typeId, an objects page). */
    void insert(quint64 objectId, const QString &typeId);
    /*! Asks the server for the typeIds of \a objectIds not yet known. */
    void request(const QList<quint64> &objectIds);

Q_SIGNALS:
    void resolved(quint64 objectId, const QString &typeId);

private:
    void sendNext();

    InspectorSession *const m_session;
    QHash<quint64, QString> m_types;
    QHash<quint64, QStringList> m_names;
    QList<quint64> m_queue;
    QSet<quint64> m_asked;
    int m_inFlight = 0;
    quint64 m_generation = 0;
};

} // namespace Inspector

#endif // INSPECTOR_OBJECTTYPERESOLVER_H
