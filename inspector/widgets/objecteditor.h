// SPDX-License-Identifier: BSD-3-Clause
#ifndef INSPECTOR_OBJECTEDITOR_H
#define INSPECTOR_OBJECTEDITOR_H

#include <QtCore/qvariant.h>
#include <QtWidgets/qwidget.h>

namespace Inspector {

class InspectorSession;

/*!
    The base of the central tabs: a view (and, unless read-only, an editor) of one shared object.
    Each type's editor makes its proxy with InspectorSession::observe() (no reference), makes it
    again when the session reconnects, and says objectGone() when the object is released.
    viewState()/restoreViewState() carry what a reconnection or a new run restores (scroll
    position, current row...).
*/
class ObjectEditor : public QWidget
{
    Q_OBJECT
public:
    ObjectEditor(InspectorSession *session, quint64 objectId, const QString &typeId,
                 QWidget *parent = nullptr)
        : QWidget(parent), m_session(session), m_objectId(objectId), m_typeId(typeId)
    {
    }

    InspectorSession *session() const { return m_session; }
    quint64 objectId() const { return m_objectId; }
    QString typeId() const { return m_typeId; }
    /*! "dict 17": what the tab says. */
    virtual QString title() const { return tr("%1 %2").arg(m_typeId).arg(m_objectId); }
    virtual QVariantMap viewState() const { return {}; }
    virtual void restoreViewState(const QVariantMap &state) { Q_UNUSED(state); }

Q_SIGNALS:
    /*! A link in the editor (a proxy stored as a value, a Condition's lock) was followed. */
    void objectActivated(quint64 objectId, const QString &typeId);
    void clientActivated(quint64 clientId);
    /*! The object was released: the tab closes, with a note in the activity log. */
    void objectGone();
    void titleChanged();

private:
    InspectorSession *const m_session;
    const quint64 m_objectId;
    const QString m_typeId;
};

/*! The editor for \a typeId's objects (a generic one for types without their own). */
ObjectEditor *createObjectEditor(InspectorSession *session, quint64 objectId, const QString &typeId,
                                 QWidget *parent = nullptr);

} // namespace Inspector

#endif // INSPECTOR_OBJECTEDITOR_H
