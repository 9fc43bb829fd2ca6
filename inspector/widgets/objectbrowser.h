// SPDX-License-Identifier: BSD-3-Clause
#ifndef INSPECTOR_OBJECTBROWSER_H
#define INSPECTOR_OBJECTBROWSER_H

#include <QtWidgets/qwidget.h>

namespace Inspector {

class InspectorSession;

/*! The Objects dock: every object of the server, grouped by type, live from the event stream. */
class ObjectBrowser : public QWidget
{
    Q_OBJECT
public:
    explicit ObjectBrowser(InspectorSession *session, QWidget *parent = nullptr);

public Q_SLOTS:
    void showObject(quint64 objectId);
    void showClient(quint64 clientId);

Q_SIGNALS:
    void objectActivated(quint64 objectId, const QString &typeId);
    void currentObjectChanged(quint64 objectId, const QString &typeId);
    void clientActivated(quint64 clientId);

private:
    InspectorSession *const m_session;
};

} // namespace Inspector

#endif // INSPECTOR_OBJECTBROWSER_H
