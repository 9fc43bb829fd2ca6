// SPDX-License-Identifier: BSD-3-Clause
#include "clientsview.h"
#include "clientmodel.h"
#include "inspectorsession.h"
#include "objecttyperesolver.h"

#include <QtCore/qlocale.h>
#include <QtCore/qsortfilterproxymodel.h>
#include <QtCore/qtimer.h>
#include <QtWidgets/qboxlayout.h>

#include <climits>
#include <QtWidgets/qheaderview.h>
#include <QtWidgets/qlabel.h>
#include <QtWidgets/qlineedit.h>
#include <QtWidgets/qsplitter.h>
#include <QtWidgets/qtableview.h>
#include <QtWidgets/qtreewidget.h>
#include <QtWidgets/qtreewidgetitemiterator.h>

namespace Inspector {

namespace {
enum DetailsColumn { ItemColumn, WhatColumn, SinceColumn, DeadlineColumn, DetailsColumnCount };
enum ItemRole { ObjectIdRole = Qt::UserRole + 1, TypeIdRole, KeyRole };

QString timeText(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime().time(), QLocale::LongFormat) : QString();
}
} // namespace

ClientsView::ClientsView(InspectorSession *session, QWidget *parent)
    : QWidget(parent), m_session(session)
{
    m_model = new ClientModel(session, this);
    m_types = new ObjectTypeResolver(session, this);
    m_scan = new ClientReferenceScan(session, this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ClientModel::SortRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_filter = new QLineEdit(this);
    m_filter->setPlaceholderText(tr("Filter clients"));
    m_filter->setAccessibleName(tr("Clients filter"));
    m_filter->setClearButtonEnabled(true);
    auto *debounce = new QTimer(this);
    debounce->setSingleShot(true);
    debounce->setInterval(200);
    connect(m_filter, &QLineEdit::textChanged, debounce, qOverload<>(&QTimer::start));
    connect(debounce, &QTimer::timeout, this, [this] { m_proxy->setFilterFixedString(m_filter->text()); });
    m_status = new QLabel(this);
    m_status->setAccessibleName(tr("Clients status"));

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("clientsTable"));
    m_table->setModel(m_proxy);
    m_table->setAccessibleName(tr("Clients"));
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_table->setWordWrap(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ClientModel::IdColumn, Qt::AscendingOrder);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setResizeContentsPrecision(50);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ClientsView::currentClientChanged);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (const quint64 id = index.data(ClientModel::ClientIdRole).toULongLong())
            Q_EMIT clientActivated(id);
    });

    m_title = new QLabel(this);
    m_title->setAccessibleName(tr("Selected client"));
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details = new QTreeWidget(this);
    m_details->setObjectName(QStringLiteral("clientDetails"));
    m_details->setAccessibleName(tr("Client details"));
    m_details->setColumnCount(DetailsColumnCount);
    m_details->setHeaderLabels({ tr("Item"), tr("What"), tr("Since"), tr("Deadline") });
    m_details->setUniformRowHeights(true);
    m_details->setRootIsDecorated(true);
    m_details->setToolTip(tr("Enter or double-click an object to open it"));
    connect(m_details, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (const quint64 id = item->data(ItemColumn, ObjectIdRole).toULongLong())
            Q_EMIT objectActivated(id, item->data(ItemColumn, TypeIdRole).toString());
    });
    connect(m_details, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (!item)
            return;
        if (const quint64 id = item->data(ItemColumn, ObjectIdRole).toULongLong())
            Q_EMIT currentObjectChanged(id, item->data(ItemColumn, TypeIdRole).toString());
    });

    auto *detailsPane = new QWidget(this);
    auto *detailsLayout = new QVBoxLayout(detailsPane);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addWidget(m_title);
    detailsLayout->addWidget(m_details, 1);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("clientsSplitter"));
    splitter->addWidget(m_table);
    splitter->addWidget(detailsPane);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_status);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);
    setTabOrder(m_filter, m_table);
    setTabOrder(m_table, m_details);

    connect(m_model, &ClientModel::clientWent, this,
            [this](quint64, const QString &label, const QString &reason) {
                m_status->setText(tr("%1 went: %2").arg(label, reason));
            });
    connect(m_model, &ClientModel::refreshed, this, [this] {
        // Fitted to the first clients read, then left to the user.
        if (!m_columnsFitted && m_model->rowCount() > 0) {
            m_columnsFitted = true;
            m_table->resizeColumnsToContents();
        }
        applyPendingSelection();
        m_status->setText(tr("%n client(s)", "", m_model->rowCount()));
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ClientsView::applyPendingSelection);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ClientsView::updateDetails);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &ClientsView::updateDetails);
    connect(m_types, &ObjectTypeResolver::resolved, this, [this] {
        m_detailsSignature.clear();
        updateDetails();
    });
    connect(m_scan, &ClientReferenceScan::finished, this, &ClientsView::referencesScanned);
    // References move often under load: they are walked again a second after they last moved.
    m_rescanTimer = new QTimer(this);
    m_rescanTimer->setSingleShot(true);
    m_rescanTimer->setInterval(1000);
    connect(m_rescanTimer, &QTimer::timeout, this, [this] {
        if (m_shownClient)
            m_scan->start(m_shownClient);
    });
    updateDetails();
}

quint64 ClientsView::currentClient() const
{
    return m_table->currentIndex().data(ClientModel::ClientIdRole).toULongLong();
}

void ClientsView::showClient(quint64 clientId)
{
    const int row = m_model->rowOf(clientId);
    if (row < 0) {
        m_pendingClient = clientId;
        return;
    }
    m_pendingClient = 0;
    QModelIndex index = m_proxy->mapFromSource(m_model->index(row, ClientModel::IdColumn));
    if (!index.isValid()) {
        // Filtered out: show it anyway.
        m_filter->clear();
        m_proxy->setFilterFixedString(QString());
        index = m_proxy->mapFromSource(m_model->index(row, ClientModel::IdColumn));
    }
    m_table->setCurrentIndex(index);
    m_table->selectRow(index.row());
    m_table->scrollTo(index);
}

void ClientsView::showObject(quint64 objectId)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const LibManager::ClientInfo info = m_model->client(row);
        bool found = false;
        for (const LibManager::ClientHold &hold : info.holds())
            found = found || hold.objectId == objectId;
        for (const LibManager::ParkedCall &call : info.parked())
            found = found || call.objectId == objectId;
        if (found) {
            showClient(info.id());
            return;
        }
    }
}

void ClientsView::applyPendingSelection()
{
    if (m_pendingClient && m_model->rowOf(m_pendingClient) >= 0)
        showClient(m_pendingClient);
}

void ClientsView::currentClientChanged()
{
    const quint64 id = currentClient();
    if (id == m_shownClient)
        return;
    m_shownClient = id;
    m_references.clear();
    m_referencesKnown = false;
    m_referencesComplete = false;
    m_scannedReferences = -1;
    m_detailsSignature.clear();
    m_rescanTimer->stop();
    m_scan->cancel();
    if (id) {
        m_scannedReferences = m_model->clientById(id).references();
        m_scan->start(id);
    }
    updateDetails();
}

void ClientsView::referencesScanned(quint64 clientId, const QList<ClientReferenceScan::Entry> &entries,
                                    bool complete)
{
    if (clientId != m_shownClient)
        return;
    m_references = entries;
    m_referencesKnown = true;
    m_referencesComplete = complete;
    for (const ClientReferenceScan::Entry &entry : entries)
        m_types->insert(entry.objectId, entry.typeId);
    m_detailsSignature.clear();
    updateDetails();
}

QTreeWidgetItem *ClientsView::objectItem(QTreeWidgetItem *parent, quint64 objectId, const QString &typeId)
{
    auto *item = new QTreeWidgetItem(parent);
    const QString known = typeId.isEmpty() ? m_types->typeId(objectId) : typeId;
    item->setText(ItemColumn, ClientModel::objectLabel(objectId, known));
    item->setData(ItemColumn, ObjectIdRole, objectId);
    item->setData(ItemColumn, TypeIdRole, known);
    // A link: the palette's link colour, underlined, and said in words for screen readers.
    item->setForeground(ItemColumn, palette().brush(QPalette::Link));
    QFont font = item->font(ItemColumn);
    font.setUnderline(true);
    item->setFont(ItemColumn, font);
    item->setData(ItemColumn, Qt::AccessibleDescriptionRole,
                  tr("%1, a link: Enter opens it").arg(item->text(ItemColumn)));
    return item;
}

void ClientsView::updateDetails()
{
    const int row = m_model->rowOf(m_shownClient);
    if (m_shownClient == 0 || row < 0) {
        if (!m_detailsSignature.isNull() || m_details->topLevelItemCount() > 0 || m_title->text().isEmpty()) {
            m_details->clear();
            m_title->setText(m_shownClient ? tr("Client %1 is gone.").arg(m_shownClient)
                                           : tr("Select a client to see its calls, holds and references."));
            m_detailsSignature = QString();
        }
        return;
    }
    const LibManager::ClientInfo info = m_model->client(row);
    if (m_referencesKnown && info.references() != m_scannedReferences) {
        m_scannedReferences = info.references();
        m_rescanTimer->start();
    }

    // Built again only when what it shows changed: a rebuild loses the current item.
    QString signature = m_model->clientLabel(info.id()) + QString::number(info.subscriptions());
    for (const LibManager::ParkedCall &call : info.parked())
        signature += QStringLiteral("|p%1:%2:%3").arg(call.requestId).arg(call.objectId).arg(call.method);
    for (const LibManager::ClientHold &hold : info.holds())
        signature += QStringLiteral("|h%1:%2").arg(hold.objectId).arg(hold.count);
    for (const ClientReferenceScan::Entry &entry : std::as_const(m_references))
        signature += QStringLiteral("|r%1:%2").arg(entry.objectId).arg(entry.references);
    signature += m_referencesKnown ? QStringLiteral("|k") : QStringLiteral("|u");
    if (signature == m_detailsSignature)
        return;
    m_detailsSignature = signature;

    QString currentKey;
    if (QTreeWidgetItem *current = m_details->currentItem())
        currentKey = current->data(ItemColumn, KeyRole).toString();

    m_title->setText(tr("%1 · %n subscription(s)", "", int(qMin<qint64>(info.subscriptions(), INT_MAX)))
                             .arg(m_model->clientLabel(info.id())));
    m_details->clear();

    QList<quint64> unknown;
    auto *parked = new QTreeWidgetItem(m_details);
    parked->setText(ItemColumn, tr("Parked calls (%1)").arg(QLocale().toString(info.parkedCount())));
    parked->setData(ItemColumn, KeyRole, QStringLiteral("parked"));
    for (const LibManager::ParkedCall &call : info.parked()) {
        QTreeWidgetItem *item = objectItem(parked, call.objectId, QString());
        item->setText(WhatColumn, call.method);
        item->setText(SinceColumn, timeText(call.since));
        item->setText(DeadlineColumn, call.deadline.isValid() ? timeText(call.deadline) : tr("none"));
        item->setData(ItemColumn, KeyRole, QStringLiteral("p%1").arg(call.requestId));
        if (!m_types->isKnown(call.objectId))
            unknown.append(call.objectId);
    }
    auto *holds = new QTreeWidgetItem(m_details);
    holds->setText(ItemColumn, tr("Holds (%1)").arg(QLocale().toString(info.holds().size())));
    holds->setData(ItemColumn, KeyRole, QStringLiteral("holds"));
    for (const LibManager::ClientHold &hold : info.holds()) {
        m_types->insert(hold.objectId, hold.typeId);
        QTreeWidgetItem *item = objectItem(holds, hold.objectId, hold.typeId);
        const bool permits = hold.typeId.contains(QLatin1String("Semaphore"));
        item->setText(WhatColumn, permits ? tr("%n permit(s)", "", hold.count)
                                          : (hold.count > 1 ? tr("held %n time(s)", "", hold.count) : tr("held")));
        item->setData(ItemColumn, KeyRole, QStringLiteral("h%1").arg(hold.objectId));
    }
    auto *references = new QTreeWidgetItem(m_details);
    const QString count = QLocale().toString(info.references());
    if (!m_referencesKnown)
        references->setText(ItemColumn, tr("References (%1), reading…").arg(count));
    else if (!m_referencesComplete)
        references->setText(ItemColumn, tr("References (%1), first %2 objects only")
                                                .arg(count, QLocale().toString(m_scan->maximumObjects())));
    else
        references->setText(ItemColumn, tr("References (%1)").arg(count));
    references->setData(ItemColumn, KeyRole, QStringLiteral("references"));
    for (const ClientReferenceScan::Entry &entry : std::as_const(m_references)) {
        QTreeWidgetItem *item = objectItem(references, entry.objectId, entry.typeId);
        item->setText(WhatColumn, tr("%n reference(s)", "", int(qMin<qint64>(entry.references, INT_MAX))));
        item->setData(ItemColumn, KeyRole, QStringLiteral("r%1").arg(entry.objectId));
    }
    m_details->expandAll();
    m_details->resizeColumnToContents(ItemColumn);
    if (!currentKey.isEmpty()) {
        for (QTreeWidgetItemIterator it(m_details); *it; ++it) {
            if ((*it)->data(ItemColumn, KeyRole).toString() == currentKey) {
                const QSignalBlocker blocker(m_details);
                m_details->setCurrentItem(*it);
                break;
            }
        }
    }
    m_types->request(unknown);
}

} // namespace Inspector
