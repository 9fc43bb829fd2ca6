// SPDX-License-Identifier: BSD-3-Clause
#ifndef INSPECTOR_OBJECTBROWSER_H
#define INSPECTOR_OBJECTBROWSER_H

#include <QtWidgets/qwidget.h>

QT_BEGIN_NAMESPACE
class QAction;
class QLabel;
class QLineEdit;
class QModelIndex;
class QTimer;
class QToolButton;
class QTreeView;
QT_END_NAMESPACE

namespace Inspector {

class InspectorSession;
class ObjectFilterProxy;
class ObjectTreeModel;

/*!
    The Objects dock: every object of the server, grouped by type (or a flat list), live from
    the event stream, with a filter on id, type and preview (Ctrl+F; applied 200 ms after
    typing stops), state toggles (held, has waiters, changed in the last 10 s) and a creator
    filter (showClient()). Enter or a double click opens an object; the context menu copies
    its token or preview and shows its creator. A line below says how many objects the
    server has and how many show.
*/
class ObjectBrowser : public QWidget
{
    Q_OBJECT
public:
    explicit ObjectBrowser(InspectorSession *session, QWidget *parent = nullptr);

    ObjectTreeModel *model() const { return m_model; }
    ObjectFilterProxy *filterModel() const { return m_proxy; }
    QTreeView *view() const { return m_view; }
    /*! The checkable "Flat list" action (View menu, and the dock's toggle). */
    QAction *flatListAction() const { return m_flatAction; }
    /*! The current object's id, 0 for none (or a group). */
    quint64 currentObjectId() const;
    /*! Wide enough for the Object, Type, Preview and State columns in a dock. */
    QSize sizeHint() const override;

public Q_SLOTS:
    /*! Selects \a objectId (clearing filters that hide it); if it is not listed yet, selects
        it when it comes. */
    void showObject(quint64 objectId);
    /*! Shows only the objects \a clientId created. */
    void showClient(quint64 clientId);

Q_SIGNALS:
    void objectActivated(quint64 objectId, const QString &typeId);
    void currentObjectChanged(quint64 objectId, const QString &typeId);
    void clientActivated(quint64 clientId);

private:
    void activate(const QModelIndex &index);
    void updateStateFilters();
    void updateStatus();
    void scheduleStatus();
    void expandGroups();
    void showContextMenu(const QPoint &position);
    void updateActions();
    bool select(quint64 objectId);

    InspectorSession *const m_session;
    ObjectTreeModel *m_model = nullptr;
    ObjectFilterProxy *m_proxy = nullptr;
    QTreeView *m_view = nullptr;
    QLineEdit *m_filter = nullptr;
    QToolButton *m_held = nullptr;
    QToolButton *m_waiting = nullptr;
    QToolButton *m_recent = nullptr;
    QToolButton *m_flat = nullptr;
    QWidget *m_creatorBar = nullptr;
    QLabel *m_creatorLabel = nullptr;
    QLabel *m_status = nullptr;
    QTimer *m_filterTimer = nullptr;
    QTimer *m_statusTimer = nullptr;
    QAction *m_open = nullptr;
    QAction *m_copyToken = nullptr;
    QAction *m_copyPreview = nullptr;
    QAction *m_showCreator = nullptr;
    QAction *m_flatAction = nullptr;
    quint64 m_wanted = 0;
    quint64 m_current = 0;
};

} // namespace Inspector

#endif // INSPECTOR_OBJECTBROWSER_H
