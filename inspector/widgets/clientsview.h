// SPDX-License-Identifier: BSD-3-Clause
#ifndef INSPECTOR_CLIENTSVIEW_H
#define INSPECTOR_CLIENTSVIEW_H

#include <QtWidgets/qwidget.h>

namespace Inspector {

class InspectorSession;

/*! The Clients dock: every client of the server and, for the current one, its parked calls, holds and references. */
class ClientsView : public QWidget
{
    Q_OBJECT
public:
    explicit ClientsView(InspectorSession *session, QWidget *parent = nullptr);

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

#endif // INSPECTOR_CLIENTSVIEW_H
