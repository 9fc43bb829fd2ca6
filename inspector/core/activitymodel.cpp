// SPDX-License-Identifier: BSD-3-Clause
#include "activitymodel.h"

#include <QtCore/qlocale.h>
#include <QtCore/qmetaobject.h>

namespace Inspector {

ActivityModel::ActivityModel(QObject *parent) : QAbstractTableModel(parent) { }

void ActivityModel::setCapacity(int entries)
{
    m_capacity = qMax(1, entries);
    if (m_entries.size() > m_capacity) {
        beginRemoveRows({}, 0, int(m_entries.size()) - m_capacity - 1);
        m_entries.remove(0, m_entries.size() - m_capacity);
        endRemoveRows();
    }
}

void ActivityModel::append(Entry entry)
{
    if (!entry.time.isValid())
        entry.time = QDateTime::currentDateTime();
    m_pending.append(std::move(entry));
    if (m_pending.size() > m_capacity)
        m_pending.remove(0, m_pending.size() - m_capacity);
    if (!m_flushQueued) {
        m_flushQueued = true;
        QMetaObject::invokeMethod(this, &ActivityModel::flush, Qt::QueuedConnection);
    }
}

void ActivityModel::appendOwnCall(quint64 objectId, const QString &object, const QString &call,
                                  const QString &details, bool failed)
{
    Entry entry;
    entry.source = Source::Inspector;
    entry.objectId = objectId;
    entry.object = object;
    entry.event = call;
    entry.details = details;
    entry.failed = failed;
    append(std::move(entry));
}

void ActivityModel::clear()
{
    beginResetModel();
    m_entries.clear();
    m_pending.clear();
    endResetModel();
}

void ActivityModel::flush()
{
    m_flushQueued = false;
    if (m_pending.isEmpty())
        return;
    // Make room first, then insert the batch as one range.
    const qsizetype overflow = m_entries.size() + m_pending.size() - m_capacity;
    if (overflow > 0) {
        const int drop = int(qMin(overflow, m_entries.size()));
        if (drop > 0) {
            beginRemoveRows({}, 0, drop - 1);
            m_entries.remove(0, drop);
            endRemoveRows();
        }
    }
    const int first = int(m_entries.size());
    beginInsertRows({}, first, first + int(m_pending.size()) - 1);
    m_entries.append(std::move(m_pending));
    m_pending = {};
    endInsertRows();
}

int ActivityModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ActivityModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActivityModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const Entry &e = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case TimeColumn:
            return QLocale().toString(e.time.time(), QStringLiteral("HH:mm:ss.zzz"));
        case SourceColumn:
            return e.source == Source::Server ? tr("server") : tr("this inspector");
        case ObjectColumn:
            return e.object;
        case EventColumn:
            return e.failed ? tr("%1 (failed)").arg(e.event) : e.event;
        case DetailsColumn:
            return e.details;
        case ClientColumn:
            return e.client;
        }
        break;
    case SourceRole:
        return int(e.source);
    case ObjectIdRole:
        return e.objectId;
    case ClientIdRole:
        return e.clientId;
    case FailedRole:
        return e.failed;
    }
    return {};
}

QVariant ActivityModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn: return tr("Time");
    case SourceColumn: return tr("Source");
    case ObjectColumn: return tr("Object");
    case EventColumn: return tr("Event");
    case DetailsColumn: return tr("Details");
    case ClientColumn: return tr("Client");
    }
    return {};
}

} // namespace Inspector
