// SPDX-License-Identifier: BSD-3-Clause
#ifndef INSPECTOR_PROBLEMSVIEW_H
#define INSPECTOR_PROBLEMSVIEW_H

#include <QtWidgets/qwidget.h>

namespace Inspector {

class InspectorSession;

/*! The Problems dock: deadlock cycles, the longest waits and locks held too long, each row navigating to its object or client. */
class ProblemsView : public QWidget
{
    Q_OBJECT
public:
    explicit ProblemsView(InspectorSession *session, QWidget *parent = nullptr);

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

#endif // INSPECTOR_PROBLEMSVIEW_H
