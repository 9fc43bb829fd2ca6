// SPDX-License-Identifier: BSD-3-Clause
#ifndef INSPECTOR_ACTIVITYRECORDER_H
#define INSPECTOR_ACTIVITYRECORDER_H

#include <QtCore/qhash.h>
#include <QtCore/qobject.h>

namespace Inspector {

class ClientNames;
class InspectorSession;
class ObjectTypeResolver;

/*!
    Writes the server's event stream into the session's activity log (Source::Server): objects
    made and released, contents changed (the server coalesces those: one entry per object per
    10 ms at most, with the version and origin), clients that come, rename themselves and go
    (with why), holds, waits and their ends, Barrier and Event changes, and lost events.
    Attached again on each (re)connection; nothing while the session is paused.
*/
class ActivityRecorder : public QObject
{
    Q_OBJECT
public:
    explicit ActivityRecorder(InspectorSession *session, QObject *parent = nullptr);

private:
    void attach();
    QString objectLabel(quint64 objectId);
    void add(quint64 objectId, const QString &event, const QString &details, quint64 clientId);

    InspectorSession *const m_session;
    ClientNames *m_names = nullptr;
    ObjectTypeResolver *m_types = nullptr;
};

} // namespace Inspector

#endif // INSPECTOR_ACTIVITYRECORDER_H
