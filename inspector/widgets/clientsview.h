// SPDX-License-Identifier: BSD-3-Clause
#ifndef INSPECTOR_CLIENTSVIEW_H
#define INSPECTOR_CLIENTSVIEW_H

#include "clientreferencescan.h"

#include <QtWidgets/qwidget.h>

QT_BEGIN_NAMESPACE
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;
QT_END_NAMESPACE

namespace Inspector {

class ClientModel;
class InspectorSession;
class ObjectTypeResolver;

/*!
    The Clients dock: every client of the server (ClientModel in a sortable, filterable table)
    and, for the current one, its parked calls (object, method, since, deadline), the locks and
    permits it holds and its references per object. Every object in the details is a link:
    Enter or a double-click emits objectActivated().
*/
class ClientsView : public QWidget
{
    Q_OBJECT
public:
    explicit ClientsView(InspectorSession *session, QWidget *parent = nullptr);

    ClientModel *model() const { return m_model; }
    QTableView *tableView() const { return m_table; }
    QTreeWidget *detailsView() const { return m_details; }
    /*! The client whose details show; 0 for none. */
    quint64 currentClient() const;

public Q_SLOTS:
    /*! Selects a client that holds \a objectId or waits on it, if one does. */
    void showObject(quint64 objectId);
    /*! Selects \a clientId's row (once it is there, if the clients are still being read). */
    void showClient(quint64 clientId);

Q_SIGNALS:
    void objectActivated(quint64 objectId, const QString &typeId);
    void currentObjectChanged(quint64 objectId, const QString &typeId);
    void clientActivated(quint64 clientId);

private:
    void currentClientChanged();
    void updateDetails();
    void referencesScanned(quint64 clientId, const QList<Inspector::ClientReferenceScan::Entry> &entries,
                           bool complete);
    QTreeWidgetItem *objectItem(QTreeWidgetItem *parent, quint64 objectId, const QString &typeId);
    void applyPendingSelection();

    InspectorSession *const m_session;
    ClientModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    ObjectTypeResolver *m_types = nullptr;
    ClientReferenceScan *m_scan = nullptr;
    QLineEdit *m_filter = nullptr;
    QLabel *m_status = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_title = nullptr;
    QTreeWidget *m_details = nullptr;
    QTimer *m_rescanTimer = nullptr;
    quint64 m_shownClient = 0;
    quint64 m_pendingClient = 0;
    qint64 m_scannedReferences = -1;
    QString m_detailsSignature;
    QList<ClientReferenceScan::Entry> m_references;
    bool m_referencesComplete = false;
    bool m_referencesKnown = false;
    bool m_columnsFitted = false;
};

} // namespace Inspector

#endif // INSPECTOR_CLIENTSVIEW_H
