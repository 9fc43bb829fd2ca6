// SPDX-License-Identifier: BSD-3-Clause
#ifndef INSPECTOR_PROBLEMSVIEW_H
#define INSPECTOR_PROBLEMSVIEW_H

#include <QtWidgets/qwidget.h>

QT_BEGIN_NAMESPACE
class QFrame;
class QLabel;
class QLineEdit;
class QModelIndex;
class QSortFilterProxyModel;
class QSpinBox;
class QTreeView;
QT_END_NAMESPACE

namespace Inspector {

class InspectorSession;
class ProblemsModel;

/*!
    The Problems dock: deadlock cycles (expanded into their chain, flagged by an icon and the
    word "Deadlock" as well as a banner), locks held too long, parked calls past their deadline
    and the longest waits (ProblemsModel), with a filter and the threshold for "held too long".
    Enter or a double-click on a row opens its object (objectActivated()) or, for a row about a
    client only, shows the client (clientActivated()); the context menu offers both.
*/
class ProblemsView : public QWidget
{
    Q_OBJECT
public:
    explicit ProblemsView(InspectorSession *session, QWidget *parent = nullptr);

    ProblemsModel *model() const { return m_model; }
    QTreeView *treeView() const { return m_view; }

public Q_SLOTS:
    /*! Selects the first problem about \a objectId. */
    void showObject(quint64 objectId);
    /*! Selects the first problem about \a clientId. */
    void showClient(quint64 clientId);

Q_SIGNALS:
    void objectActivated(quint64 objectId, const QString &typeId);
    void currentObjectChanged(quint64 objectId, const QString &typeId);
    void clientActivated(quint64 clientId);

private:
    void activate(const QModelIndex &index);
    void showContextMenu(const QPoint &position);
    void updateSummary();
    void expandDeadlocks();
    bool select(int role, quint64 id);

    InspectorSession *const m_session;
    ProblemsModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QLineEdit *m_filter = nullptr;
    QSpinBox *m_threshold = nullptr;
    QFrame *m_bannerFrame = nullptr;
    QLabel *m_banner = nullptr;
    QLabel *m_summary = nullptr;
    QTreeView *m_view = nullptr;
};

} // namespace Inspector

#endif // INSPECTOR_PROBLEMSVIEW_H
