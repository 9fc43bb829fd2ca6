// SPDX-License-Identifier: BSD-3-Clause
#include "objectbrowser.h"
#include "clientnames.h"
#include "inspectorsession.h"
#include "objectfilterproxy.h"
#include "objecttreemodel.h"

#include <QtCore/qlocale.h>
#include <QtCore/qtimer.h>
#include <QtGui/qaction.h>
#include <QtGui/qclipboard.h>
#include <QtGui/qguiapplication.h>
#include <QtWidgets/qboxlayout.h>
#include <QtWidgets/qheaderview.h>
#include <QtWidgets/qlabel.h>
#include <QtWidgets/qlineedit.h>
#include <QtWidgets/qmenu.h>
#include <QtWidgets/qtoolbutton.h>
#include <QtWidgets/qtreeview.h>

namespace Inspector {

namespace {
constexpr int FilterDelayMs = 200;

QToolButton *toggle(const QString &text, const QString &objectName, const QString &tip, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setText(text);
    button->setObjectName(objectName);
    button->setCheckable(true);
    button->setAutoRaise(true);
    button->setToolTip(tip);
    button->setAccessibleName(text);
    button->setAccessibleDescription(tip);
    return button;
}
} // namespace

ObjectBrowser::ObjectBrowser(InspectorSession *session, QWidget *parent)
    : QWidget(parent), m_session(session)
{
    m_model = new ObjectTreeModel(session, this);
    m_proxy = new ObjectFilterProxy(this);
    m_proxy->setSourceModel(m_model);

    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("objectFilter"));
    m_filter->setPlaceholderText(tr("Filter by id, type or preview (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter objects"));
    m_filterTimer = new QTimer(this);
    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(FilterDelayMs);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        // Clearing shows everything at once; typing waits for a pause.
        if (text.isEmpty()) {
            m_filterTimer->stop();
            m_proxy->setText(QString());
            scheduleStatus();
        } else {
            m_filterTimer->start();
        }
    });
    connect(m_filterTimer, &QTimer::timeout, this, [this] {
        m_proxy->setText(m_filter->text());
        scheduleStatus();
    });

    m_held = toggle(tr("Held"), QStringLiteral("heldFilter"),
                    tr("Only locks held and semaphores without permits"), this);
    m_waiting = toggle(tr("Waiters"), QStringLiteral("waitersFilter"),
                       tr("Only objects that calls wait on"), this);
    m_recent = toggle(tr("Changed < 10 s"), QStringLiteral("recentFilter"),
                      tr("Only objects changed in the last 10 seconds"), this);
    m_flat = toggle(tr("Flat list"), QStringLiteral("flatToggle"),
                    tr("One list of every object instead of groups by type"), this);
    m_flatAction = new QAction(tr("&Flat list of objects"), this);
    m_flatAction->setObjectName(QStringLiteral("flatListAction"));
    m_flatAction->setCheckable(true);
    m_flatAction->setToolTip(m_flat->toolTip());
    connect(m_flatAction, &QAction::toggled, m_flat, &QToolButton::setChecked);
    for (QToolButton *button : { m_held, m_waiting, m_recent })
        connect(button, &QToolButton::toggled, this, &ObjectBrowser::updateStateFilters);
    connect(m_flat, &QToolButton::toggled, m_flatAction, &QAction::setChecked);
    connect(m_flat, &QToolButton::toggled, this, [this](bool flat) {
        const quint64 current = m_current;
        m_model->setFlat(flat);
        expandGroups();
        if (current)
            select(current);
    });

    auto *toggles = new QHBoxLayout;
    toggles->setContentsMargins(0, 0, 0, 0);
    toggles->setSpacing(2);
    toggles->addWidget(m_held);
    toggles->addWidget(m_waiting);
    toggles->addWidget(m_recent);
    toggles->addStretch(1);
    toggles->addWidget(m_flat);

    m_creatorBar = new QWidget(this);
    m_creatorLabel = new QLabel(m_creatorBar);
    auto *clearCreator = new QToolButton(m_creatorBar);
    clearCreator->setText(tr("Show all"));
    clearCreator->setObjectName(QStringLiteral("clearCreatorFilter"));
    clearCreator->setToolTip(tr("Show the objects of every creator"));
    clearCreator->setAccessibleName(tr("Show the objects of every creator"));
    connect(clearCreator, &QToolButton::clicked, this, [this] { showClient(0); });
    auto *creatorLayout = new QHBoxLayout(m_creatorBar);
    creatorLayout->setContentsMargins(0, 0, 0, 0);
    creatorLayout->addWidget(m_creatorLabel, 1);
    creatorLayout->addWidget(clearCreator);
    m_creatorBar->hide();

    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("objectTree"));
    m_view->setAccessibleName(tr("Objects"));
    m_view->setModel(m_proxy);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setWordWrap(false);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ObjectTreeModel::ObjectColumn, Qt::AscendingOrder); // creation order
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    QHeaderView *header = m_view->header();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(false);
    header->resizeSection(ObjectTreeModel::ObjectColumn, 200);
    header->resizeSection(ObjectTreeModel::TypeColumn, 90);
    header->resizeSection(ObjectTreeModel::PreviewColumn, 220);
    header->resizeSection(ObjectTreeModel::RefsColumn, 45);
    header->resizeSection(ObjectTreeModel::SubsColumn, 45);
    header->resizeSection(ObjectTreeModel::WaitersColumn, 60);
    header->resizeSection(ObjectTreeModel::StateColumn, 160);
    header->resizeSection(ObjectTreeModel::LastChangeColumn, 120);
    connect(m_view, &QTreeView::activated, this, &ObjectBrowser::activate);
    connect(m_view, &QTreeView::customContextMenuRequested, this, &ObjectBrowser::showContextMenu);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                const quint64 id = current.data(ObjectTreeModel::ObjectIdRole).toULongLong();
                updateActions();
                if (id == m_current)
                    return;
                m_current = id;
                Q_EMIT currentObjectChanged(id, current.data(ObjectTreeModel::TypeIdRole).toString());
            });

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("objectsStatus"));
    m_status->setAccessibleName(tr("Objects listed"));
    m_status->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->setSpacing(2);
    layout->addWidget(m_filter);
    layout->addLayout(toggles);
    layout->addWidget(m_creatorBar);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);

    // Actions: the context menu's, and their shortcuts on the tree.
    m_open = new QAction(tr("&Open"), this);
    m_open->setObjectName(QStringLiteral("openObjectAction"));
    m_open->setShortcut(Qt::Key_Return);
    m_open->setShortcutContext(Qt::WidgetShortcut);
    connect(m_open, &QAction::triggered, this, [this] { activate(m_view->currentIndex()); });
    m_copyToken = new QAction(tr("Copy &token"), this);
    m_copyToken->setObjectName(QStringLiteral("copyTokenAction"));
    m_copyToken->setShortcut(QKeySequence::Copy);
    m_copyToken->setShortcutContext(Qt::WidgetShortcut);
    connect(m_copyToken, &QAction::triggered, this, [this] {
        const QModelIndex current = m_view->currentIndex();
        const quint64 id = current.data(ObjectTreeModel::ObjectIdRole).toULongLong();
        if (!id)
            return;
        LibManager::Token token = m_model->object(id).token;
        if (!token.isValid())
            token = m_session->token(id, current.data(ObjectTreeModel::TypeIdRole).toString());
        QGuiApplication::clipboard()->setText(token.toString());
    });
    m_copyPreview = new QAction(tr("Copy &preview"), this);
    m_copyPreview->setObjectName(QStringLiteral("copyPreviewAction"));
    connect(m_copyPreview, &QAction::triggered, this, [this] {
        QGuiApplication::clipboard()->setText(
                m_view->currentIndex().data(ObjectTreeModel::PreviewRole).toString());
    });
    m_showCreator = new QAction(tr("Show &creator client"), this);
    m_showCreator->setObjectName(QStringLiteral("showCreatorAction"));
    connect(m_showCreator, &QAction::triggered, this, [this] {
        const QModelIndex current = m_view->currentIndex();
        if (current.data(ObjectTreeModel::ObjectIdRole).toULongLong())
            Q_EMIT clientActivated(current.data(ObjectTreeModel::CreatorRole).toULongLong());
    });
    // Enter comes as activated() from the view; the action only carries the menu's label.
    m_view->addAction(m_copyToken);
    updateActions();

    auto *find = new QAction(tr("Filter objects"), this);
    find->setObjectName(QStringLiteral("filterObjectsAction"));
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QAction::triggered, this, [this] {
        m_filter->setFocus(Qt::ShortcutFocusReason);
        m_filter->selectAll();
    });
    addAction(find);
    // Down from the filter goes to the tree (keyboard first).
    connect(m_filter, &QLineEdit::returnPressed, this, [this] {
        m_filterTimer->stop();
        m_proxy->setText(m_filter->text());
        m_view->setFocus(Qt::OtherFocusReason);
        if (!m_view->currentIndex().isValid() && m_proxy->rowCount() > 0)
            m_view->setCurrentIndex(m_proxy->index(0, 0));
    });

    m_statusTimer = new QTimer(this);
    m_statusTimer->setSingleShot(true);
    m_statusTimer->setInterval(100);
    connect(m_statusTimer, &QTimer::timeout, this, &ObjectBrowser::updateStatus);
    connect(m_model, &ObjectTreeModel::countsChanged, this, &ObjectBrowser::scheduleStatus);
    connect(m_model, &ObjectTreeModel::loadingChanged, this, &ObjectBrowser::scheduleStatus);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &parent, int first, int last) {
        if (!parent.isValid() && !m_model->isFlat()) {
            for (int row = first; row <= last; ++row)
                m_view->expand(m_proxy->index(row, 0));
        }
        scheduleStatus();
    });
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &ObjectBrowser::scheduleStatus);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &ObjectBrowser::scheduleStatus);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, [this] {
        expandGroups(); // another server, or the flat list switched off
        scheduleStatus();
    });
    connect(m_model, &ObjectTreeModel::objectUpdated, this, [this](quint64 id) {
        if (m_wanted == id && select(id))
            m_wanted = 0;
    });
    connect(session, &InspectorSession::stateChanged, this, &ObjectBrowser::scheduleStatus);
    expandGroups();
    updateStatus();
}

QSize ObjectBrowser::sizeHint() const
{
    return QSize(fontMetrics().averageCharWidth() * 70, QWidget::sizeHint().height());
}

quint64 ObjectBrowser::currentObjectId() const
{
    return m_view->currentIndex().data(ObjectTreeModel::ObjectIdRole).toULongLong();
}

void ObjectBrowser::activate(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    if (index.data(ObjectTreeModel::IsGroupRole).toBool()) {
        const QModelIndex first = index.siblingAtColumn(0);
        m_view->setExpanded(first, !m_view->isExpanded(first));
        return;
    }
    const quint64 id = index.data(ObjectTreeModel::ObjectIdRole).toULongLong();
    if (id)
        Q_EMIT objectActivated(id, index.data(ObjectTreeModel::TypeIdRole).toString());
}

void ObjectBrowser::updateStateFilters()
{
    ObjectFilterProxy::StateFilters filters;
    if (m_held->isChecked())
        filters |= ObjectFilterProxy::Held;
    if (m_waiting->isChecked())
        filters |= ObjectFilterProxy::HasWaiters;
    if (m_recent->isChecked())
        filters |= ObjectFilterProxy::RecentlyChanged;
    m_proxy->setStateFilters(filters);
    scheduleStatus();
}

void ObjectBrowser::expandGroups()
{
    if (m_model->isFlat())
        return;
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        m_view->expand(m_proxy->index(row, 0));
}

void ObjectBrowser::scheduleStatus()
{
    if (!m_statusTimer->isActive())
        m_statusTimer->start();
}

void ObjectBrowser::updateStatus()
{
    const QLocale locale;
    const qint64 total = m_model->serverTotal();
    const int listed = m_model->objectCount();
    QString text;
    if (m_model->isLoading())
        text = tr("Loading… %1 of %2 objects").arg(locale.toString(listed), locale.toString(total));
    else
        text = tr("%n object(s) on the server", "", int(qMin<qint64>(total, INT_MAX)));
    if (!m_model->isLoading() && listed != total)
        text = tr("%1 · %2 listed").arg(text, locale.toString(listed));
    if (m_proxy->isFiltering()) {
        int shown = 0;
        if (m_model->isFlat()) {
            shown = m_proxy->rowCount();
        } else {
            for (int row = 0; row < m_proxy->rowCount(); ++row)
                shown += m_proxy->rowCount(m_proxy->index(row, 0));
        }
        text = tr("%1 · %2 match the filter").arg(text, locale.toString(shown));
    }
    if (m_model->isPolling())
        text = tr("%1 · polling (the server has no event stream)").arg(text);
    if (m_session->state() == InspectorSession::State::Reconnecting)
        text = tr("Reconnecting; showing the last data. %1").arg(text);
    else if (m_session->state() == InspectorSession::State::Disconnected && listed > 0)
        text = tr("Not connected; showing the last data. %1").arg(text);
    m_status->setText(text);
}

void ObjectBrowser::updateActions()
{
    const QModelIndex current = m_view->currentIndex();
    const bool object = current.isValid() && !current.data(ObjectTreeModel::IsGroupRole).toBool();
    m_open->setEnabled(object);
    m_copyToken->setEnabled(object);
    m_copyPreview->setEnabled(object && !current.data(ObjectTreeModel::PreviewRole).toString().isEmpty());
    m_showCreator->setEnabled(object);
}

void ObjectBrowser::showContextMenu(const QPoint &position)
{
    const QModelIndex index = m_view->indexAt(position);
    if (!index.isValid() || index.data(ObjectTreeModel::IsGroupRole).toBool())
        return;
    m_view->setCurrentIndex(index);
    updateActions();
    const quint64 creator = index.data(ObjectTreeModel::CreatorRole).toULongLong();
    m_showCreator->setText(tr("Show &creator client: %1").arg(m_model->clientNames()->label(creator)));
    QMenu menu(this);
    menu.addAction(m_open);
    menu.addSeparator();
    menu.addAction(m_copyToken);
    menu.addAction(m_copyPreview);
    menu.addSeparator();
    menu.addAction(m_showCreator);
    menu.exec(m_view->viewport()->mapToGlobal(position));
    m_showCreator->setText(tr("Show &creator client"));
}

bool ObjectBrowser::select(quint64 objectId)
{
    const QModelIndex source = m_model->indexOf(objectId);
    if (!source.isValid())
        return false;
    QModelIndex index = m_proxy->mapFromSource(source);
    if (!index.isValid()) {
        // Hidden by a filter: showing what was asked for wins over the filter.
        m_filter->clear();
        m_filterTimer->stop();
        m_proxy->setText(QString());
        for (QToolButton *button : { m_held, m_waiting, m_recent })
            button->setChecked(false);
        showClient(0);
        index = m_proxy->mapFromSource(source);
        if (!index.isValid())
            return false;
    }
    if (index.parent().isValid())
        m_view->expand(index.parent());
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    return true;
}

void ObjectBrowser::showObject(quint64 objectId)
{
    if (objectId == 0)
        return;
    m_wanted = select(objectId) ? 0 : objectId;
}

void ObjectBrowser::showClient(quint64 clientId)
{
    m_proxy->setCreator(clientId);
    m_creatorBar->setVisible(clientId != 0);
    if (clientId)
        m_creatorLabel->setText(tr("Objects created by %1").arg(m_model->clientNames()->label(clientId)));
    scheduleStatus();
}

} // namespace Inspector
