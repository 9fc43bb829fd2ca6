// SPDX-License-Identifier: BSD-3-Clause
#ifndef INSPECTOR_DETAILSVIEW_H
#define INSPECTOR_DETAILSVIEW_H

#include <QtWidgets/qwidget.h>

namespace Inspector {

class InspectorSession;

/*! The Details dock: the current object's token, class, references per client, creator, age, last change and full preview. */
class DetailsView : public QWidget
{
    Q_OBJECT
public:
    explicit DetailsView(InspectorSession *session, QWidget *parent = nullptr);

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

#endif // INSPECTOR_DETAILSVIEW_H
