// SPDX-License-Identifier: BSD-3-Clause
#include "objectfilterproxy.h"
#include "objecttreemodel.h"

#include <QtCore/qdatetime.h>
#include <QtCore/qlocale.h>

namespace Inspector {

ObjectFilterProxy::ObjectFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setSortRole(ObjectTreeModel::SortRole);
    setDynamicSortFilter(true);
}

void ObjectFilterProxy::setText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    invalidateFilter();
}

void ObjectFilterProxy::setStateFilters(StateFilters filters)
{
    if (filters == m_states)
        return;
    m_states = filters;
    invalidateFilter();
}

void ObjectFilterProxy::setCreator(quint64 clientId)
{
    if (clientId == m_creator)
        return;
    m_creator = clientId;
    invalidateFilter();
}

void ObjectFilterProxy::setRecentSeconds(int seconds)
{
    m_recentSeconds = seconds;
    if (m_states & RecentlyChanged)
        invalidateFilter();
}

bool ObjectFilterProxy::isFiltering() const
{
    return !m_text.isEmpty() || m_states != NoStateFilter || m_creator != 0;
}

bool ObjectFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (index.data(ObjectTreeModel::IsGroupRole).toBool())
        return !isFiltering(); // otherwise shown for its matching objects
    if (!m_text.isEmpty()
        && !index.data(ObjectTreeModel::FilterTextRole).toString().contains(m_text, Qt::CaseInsensitive))
        return false;
    if ((m_states & Held) && !index.data(ObjectTreeModel::HeldRole).toBool())
        return false;
    if ((m_states & HasWaiters) && index.data(ObjectTreeModel::WaitingRole).toLongLong() <= 0)
        return false;
    if (m_states & RecentlyChanged) {
        const QDateTime when = index.data(ObjectTreeModel::LastChangeRole).toDateTime();
        if (!when.isValid() || when.secsTo(QDateTime::currentDateTime()) >= m_recentSeconds)
            return false;
    }
    if (m_creator != 0 && index.data(ObjectTreeModel::CreatorRole).toULongLong() != m_creator)
        return false;
    return true;
}

QVariant ObjectFilterProxy::data(const QModelIndex &index, int role) const
{
    if (role == Qt::DisplayRole && index.column() == 0 && isFiltering()
        && index.data(ObjectTreeModel::IsGroupRole).toBool()) {
        const int all = index.data(ObjectTreeModel::GroupCountRole).toInt();
        return tr("%1 (%2 of %3)")
                .arg(index.data(ObjectTreeModel::GroupTitleRole).toString(),
                     QLocale().toString(rowCount(index)), QLocale().toString(all));
    }
    return QSortFilterProxyModel::data(index, role);
}

} // namespace Inspector
