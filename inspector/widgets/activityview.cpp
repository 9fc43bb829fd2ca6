// SPDX-License-Identifier: BSD-3-Clause
#include "activityview.h"
#include "activitymodel.h"

#include <QtCore/qsortfilterproxymodel.h>
#include <QtWidgets/qboxlayout.h>
#include <QtWidgets/qcheckbox.h>
#include <QtWidgets/qheaderview.h>
#include <QtWidgets/qlineedit.h>
#include <QtWidgets/qtableview.h>

namespace Inspector {

namespace {

// Text filter over every column, and the own calls shown or not.
class ActivityFilter : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    bool showOwn = false;
    void setShowOwn(bool show)
    {
        showOwn = show;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const QModelIndex first = sourceModel()->index(row, 0, parent);
        if (!showOwn
            && first.data(ActivityModel::SourceRole).toInt() == int(ActivityModel::Source::Inspector))
            return false;
        return QSortFilterProxyModel::filterAcceptsRow(row, parent);
    }
};

} // namespace

ActivityView::ActivityView(ActivityModel *model, QWidget *parent) : QWidget(parent), m_model(model)
{
    auto *filter = new ActivityFilter(this);
    filter->setSourceModel(model);
    filter->setFilterKeyColumn(-1);
    filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter = filter;

    m_text = new QLineEdit(this);
    m_text->setPlaceholderText(tr("Filter the activity"));
    m_text->setAccessibleName(tr("Activity filter"));
    m_text->setClearButtonEnabled(true);
    connect(m_text, &QLineEdit::textChanged, filter, &QSortFilterProxyModel::setFilterFixedString);
    m_own = new QCheckBox(tr("Show this inspector's calls"), this);
    connect(m_own, &QCheckBox::toggled, this, [filter](bool show) { filter->setShowOwn(show); });
    m_follow = new QCheckBox(tr("Follow"), this);
    m_follow->setChecked(true);
    m_follow->setToolTip(tr("Scroll to each new entry"));

    m_view = new QTableView(this);
    m_view->setModel(filter);
    m_view->setAccessibleName(tr("Activity log"));
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    const int character = m_view->fontMetrics().horizontalAdvance(QLatin1Char('x'));
    m_view->horizontalHeader()->setDefaultSectionSize(character * 16);
    m_view->setColumnWidth(ActivityModel::ObjectColumn, character * 30);
    m_view->setColumnWidth(ActivityModel::DetailsColumn, character * 28);
    m_view->setWordWrap(false);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        const quint64 id = index.siblingAtColumn(0).data(ActivityModel::ObjectIdRole).toULongLong();
        if (id)
            Q_EMIT objectActivated(id, QString());
    });
    connect(filter, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_follow->isChecked())
            m_view->scrollToBottom();
    });

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_text, 1);
    bar->addWidget(m_own);
    bar->addWidget(m_follow);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
}

bool ActivityView::showsOwnCalls() const
{
    return m_own->isChecked();
}

void ActivityView::setShowsOwnCalls(bool show)
{
    m_own->setChecked(show);
}

bool ActivityView::follows() const
{
    return m_follow->isChecked();
}

void ActivityView::setFollows(bool follow)
{
    m_follow->setChecked(follow);
}

} // namespace Inspector
