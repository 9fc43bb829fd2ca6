// SPDX-License-Identifier: BSD-3-Clause
#include "problemsview.h"
#include "inspectorsession.h"
#include "problemsmodel.h"

#include <QtCore/qlocale.h>
#include <QtCore/qsortfilterproxymodel.h>
#include <QtCore/qtimer.h>
#include <QtWidgets/qboxlayout.h>
#include <QtWidgets/qframe.h>
#include <QtWidgets/qheaderview.h>
#include <QtWidgets/qlabel.h>
#include <QtWidgets/qlineedit.h>
#include <QtWidgets/qmenu.h>
#include <QtWidgets/qspinbox.h>
#include <QtWidgets/qstyle.h>
#include <QtWidgets/qtreeview.h>

namespace Inspector {

ProblemsView::ProblemsView(InspectorSession *session, QWidget *parent)
    : QWidget(parent), m_session(session)
{
    m_model = new ProblemsModel(session, this);
    m_model->setIcons(style()->standardIcon(QStyle::SP_MessageBoxCritical),
                      style()->standardIcon(QStyle::SP_MessageBoxWarning));
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setRecursiveFilteringEnabled(true);
    m_proxy->setAutoAcceptChildRows(true);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_filter = new QLineEdit(this);
    m_filter->setPlaceholderText(tr("Filter problems"));
    m_filter->setAccessibleName(tr("Problems filter"));
    m_filter->setClearButtonEnabled(true);
    auto *debounce = new QTimer(this);
    debounce->setSingleShot(true);
    debounce->setInterval(200);
    connect(m_filter, &QLineEdit::textChanged, debounce, qOverload<>(&QTimer::start));
    connect(debounce, &QTimer::timeout, this, [this] {
        m_proxy->setFilterFixedString(m_filter->text());
        expandDeadlocks();
    });

    auto *thresholdLabel = new QLabel(tr("Held too long after:"), this);
    m_threshold = new QSpinBox(this);
    m_threshold->setRange(1, 3600);
    m_threshold->setValue(m_model->heldThreshold());
    m_threshold->setSuffix(tr(" s", "seconds, after a number"));
    m_threshold->setAccessibleName(tr("Held too long after, in seconds"));
    m_threshold->setToolTip(tr("A lock held longer than this is listed as a problem"));
    thresholdLabel->setBuddy(m_threshold);
    connect(m_threshold, &QSpinBox::valueChanged, m_model, &ProblemsModel::setHeldThreshold);

    m_bannerFrame = new QFrame(this);
    m_bannerFrame->setObjectName(QStringLiteral("deadlockBanner"));
    m_bannerFrame->setFrameShape(QFrame::StyledPanel);
    auto *bannerIcon = new QLabel(m_bannerFrame);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    bannerIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxCritical).pixmap(iconSize, iconSize));
    bannerIcon->setAccessibleName(tr("Error"));
    m_banner = new QLabel(m_bannerFrame);
    m_banner->setAccessibleName(tr("Deadlocks"));
    m_banner->setWordWrap(true);
    QFont bold = m_banner->font();
    bold.setBold(true);
    m_banner->setFont(bold);
    auto *bannerLayout = new QHBoxLayout(m_bannerFrame);
    bannerLayout->addWidget(bannerIcon);
    bannerLayout->addWidget(m_banner, 1);
    m_bannerFrame->hide();
    m_summary = new QLabel(this);
    m_summary->setAccessibleName(tr("Problems summary"));

    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("problemsTree"));
    m_view->setModel(m_proxy);
    m_view->setAccessibleName(tr("Problems"));
    m_view->setUniformRowHeights(true);
    m_view->setWordWrap(false);
    m_view->setAllColumnsShowFocus(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setExpandsOnDoubleClick(false);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(ProblemsModel::ProblemColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(ProblemsModel::KindColumn, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(ProblemsModel::DurationColumn, QHeaderView::ResizeToContents);
    m_view->header()->setResizeContentsPrecision(50);
    connect(m_view, &QTreeView::activated, this, &ProblemsView::activate);
    connect(m_view, &QWidget::customContextMenuRequested, this, &ProblemsView::showContextMenu);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &index) {
        if (const quint64 id = index.data(ProblemsModel::ObjectIdRole).toULongLong())
            Q_EMIT currentObjectChanged(id, index.data(ProblemsModel::TypeIdRole).toString());
    });

    connect(m_model, &ProblemsModel::refreshed, this, &ProblemsView::updateSummary);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &parent) {
        if (!parent.isValid())
            expandDeadlocks();
    });
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &ProblemsView::updateSummary);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_filter, 1);
    bar->addWidget(thresholdLabel);
    bar->addWidget(m_threshold);
    bar->addWidget(m_summary);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_bannerFrame);
    layout->addWidget(m_view, 1);
    setTabOrder(m_filter, m_threshold);
    setTabOrder(m_threshold, m_view);
    updateSummary();
}

void ProblemsView::activate(const QModelIndex &index)
{
    if (const quint64 object = index.data(ProblemsModel::ObjectIdRole).toULongLong()) {
        Q_EMIT objectActivated(object, index.data(ProblemsModel::TypeIdRole).toString());
        return;
    }
    if (const quint64 client = index.data(ProblemsModel::ClientIdRole).toULongLong())
        Q_EMIT clientActivated(client);
}

void ProblemsView::showContextMenu(const QPoint &position)
{
    const QModelIndex index = m_view->indexAt(position);
    if (!index.isValid())
        return;
    const quint64 object = index.data(ProblemsModel::ObjectIdRole).toULongLong();
    const quint64 client = index.data(ProblemsModel::ClientIdRole).toULongLong();
    const QString typeId = index.data(ProblemsModel::TypeIdRole).toString();
    QMenu menu(this);
    if (object) {
        menu.addAction(tr("&Open %1").arg(typeId.isEmpty() ? tr("object %1").arg(object)
                                                           : tr("%1 %2").arg(typeId).arg(object)),
                       this, [this, object, typeId] { Q_EMIT objectActivated(object, typeId); });
    }
    if (client) {
        menu.addAction(tr("Show &client %1").arg(client), this,
                       [this, client] { Q_EMIT clientActivated(client); });
    }
    if (!menu.isEmpty())
        menu.exec(m_view->viewport()->mapToGlobal(position));
}

void ProblemsView::expandDeadlocks()
{
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        if (index.data(ProblemsModel::KindRole).toInt() == int(ProblemsModel::Kind::Deadlock))
            m_view->expand(index);
    }
    updateSummary();
}

void ProblemsView::updateSummary()
{
    const int cycles = m_model->cycleCount();
    // Said in words, in bold, beside the style's icon: never by colour alone.
    m_banner->setText(tr("Deadlock: %n cycle(s) of clients that wait for each other; none of them can go on.",
                         "", cycles));
    m_bannerFrame->setVisible(cycles > 0);
    const int shown = m_model->rowCount();
    const int total = m_model->totalCount();
    if (total > shown)
        m_summary->setText(tr("Showing %1 of %2 problems").arg(QLocale().toString(shown), QLocale().toString(total)));
    else
        m_summary->setText(tr("%n problem(s)", "", total));
}

bool ProblemsView::select(int role, quint64 id)
{
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        if (index.data(role).toULongLong() == id) {
            m_view->setCurrentIndex(index);
            m_view->scrollTo(index);
            return true;
        }
    }
    return false;
}

void ProblemsView::showObject(quint64 objectId)
{
    select(ProblemsModel::ObjectIdRole, objectId);
}

void ProblemsView::showClient(quint64 clientId)
{
    select(ProblemsModel::ClientIdRole, clientId);
}

} // namespace Inspector
