// SPDX-License-Identifier: BSD-3-Clause
#include "syncrowsmodel.h"

#include <QtCore/qlocale.h>
#include <QtGui/qfont.h>

#include <algorithm>

namespace Inspector {

namespace {

bool sameRow(const SyncStateModel::Row &a, const SyncStateModel::Row &b)
{
    return a.role == b.role && a.client == b.client && a.requestId == b.requestId;
}

QString timeText(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    return QLocale().toString(time.toLocalTime().time(), QStringLiteral("HH:mm:ss"));
}

} // namespace

SyncRowsModel::SyncRowsModel(SyncStateModel *state, Table table)
    : QAbstractTableModel(state), m_state(state), m_table(table)
{
}

void SyncRowsModel::update(const QList<SyncStateModel::Row> &rows)
{
    // Rows that went: from the bottom, in contiguous runs.
    for (int row = int(m_rows.size()) - 1; row >= 0;) {
        const auto stays = [&](int r) {
            return std::any_of(rows.cbegin(), rows.cend(),
                               [&](const SyncStateModel::Row &n) { return sameRow(n, m_rows.at(r)); });
        };
        if (stays(row)) {
            --row;
            continue;
        }
        int first = row;
        while (first > 0 && !stays(first - 1))
            --first;
        beginRemoveRows({}, first, row);
        m_rows.remove(first, row - first + 1);
        endRemoveRows();
        row = first - 1;
    }
    // The survivors keep their relative order (FIFO queues, holders sorted by client): walk
    // the new list, inserting what is missing where it belongs and updating the rest.
    for (int i = 0; i < rows.size(); ++i) {
        const SyncStateModel::Row &wanted = rows.at(i);
        if (i < m_rows.size() && sameRow(m_rows.at(i), wanted)) {
            m_rows[i] = wanted;
            continue;
        }
        const auto found = std::find_if(m_rows.begin() + i, m_rows.end(),
                                        [&](const SyncStateModel::Row &r) { return sameRow(r, wanted); });
        if (found != m_rows.end()) {
            // Out of order (should not happen for a FIFO): move it up.
            const int from = int(found - m_rows.begin());
            beginMoveRows({}, from, from, {}, i);
            m_rows.move(from, i);
            endMoveRows();
            m_rows[i] = wanted;
            continue;
        }
        beginInsertRows({}, i, i);
        m_rows.insert(i, wanted);
        endInsertRows();
    }
    if (m_rows.size() > rows.size()) { // cannot happen after the removals; kept for safety
        beginRemoveRows({}, int(rows.size()), int(m_rows.size()) - 1);
        m_rows.resize(rows.size());
        endRemoveRows();
    }
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, columnCount() - 1));
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
}

void SyncRowsModel::ticked()
{
    if (m_rows.isEmpty())
        return;
    const int column = m_table == Table::Holders ? int(HolderFor) : int(WaiterElapsed);
    Q_EMIT dataChanged(index(0, column), index(int(m_rows.size()) - 1, column), { Qt::DisplayRole });
    if (m_table == Table::Waiters) {
        Q_EMIT dataChanged(index(0, WaiterDeadline), index(int(m_rows.size()) - 1, WaiterDeadline),
                           { Qt::DisplayRole, Qt::ToolTipRole });
    }
}

void SyncRowsModel::clientsChanged()
{
    if (m_rows.isEmpty())
        return;
    const int column = m_table == Table::Holders ? int(HolderClient) : int(WaiterClient);
    Q_EMIT dataChanged(index(0, column), index(int(m_rows.size()) - 1, column));
}

int SyncRowsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SyncRowsModel::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return m_table == Table::Holders ? int(HolderColumnCount) : int(WaiterColumnCount);
}

QString SyncRowsModel::countHeader() const
{
    const QString kind = m_state->typeId();
    if (kind == QLatin1String("RLock"))
        return tr("Recursion");
    if (kind.endsWith(QLatin1String("Semaphore")))
        return tr("Permits");
    if (kind == QLatin1String("Barrier"))
        return tr("Arrival");
    if (kind == QLatin1String("Condition"))
        return tr("Lock count");
    return tr("Count");
}

QVariant SyncRowsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (m_table == Table::Holders) {
        switch (section) {
        case HolderClient:
            return tr("Client");
        case HolderCount:
            return countHeader();
        case HolderSince:
            return m_state->typeId() == QLatin1String("Barrier") ? tr("Arrived") : tr("Since");
        case HolderFor:
            return m_state->typeId() == QLatin1String("Barrier") ? tr("Waiting") : tr("Held for");
        default:
            return {};
        }
    }
    switch (section) {
    case WaiterPosition:
        return tr("#");
    case WaiterClient:
        return tr("Client");
    case WaiterCall:
        return tr("Call");
    case WaiterSince:
        return tr("Since");
    case WaiterElapsed:
        return tr("Waiting");
    case WaiterDeadline:
        return tr("Deadline");
    default:
        return {};
    }
}

QVariant SyncRowsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SyncStateModel::Row &row = m_rows.at(index.row());
    const QLocale locale;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    switch (role) {
    case ClientIdRole:
        return row.client;
    case ClientPidRole:
        return m_state->clientPid(row.client);
    case SinceRole:
        return row.since;
    case RequestIdRole:
        return row.requestId;
    case RowRoleRole:
        return int(row.role);
    case CountRole:
        return row.count;
    default:
        break;
    }
    const int column = index.column();
    const bool clientColumn = (m_table == Table::Holders && column == HolderClient)
            || (m_table == Table::Waiters && column == WaiterClient);
    if (clientColumn) {
        switch (role) {
        case Qt::DisplayRole:
            return m_state->clientLabel(row.client);
        case Qt::ToolTipRole: {
            const qint64 pid = m_state->clientPid(row.client);
            QString tip = pid > 0 ? tr("%1, process %2").arg(m_state->clientLabel(row.client),
                                                             locale.toString(pid))
                                  : m_state->clientLabel(row.client);
            if (m_state->isClientGone(row.client))
                tip += tr(" (disconnected)");
            return QString(tip + QLatin1Char('\n') + tr("Activate to show this client"));
        }
        case Qt::AccessibleDescriptionRole:
            return tr("Link to client %1").arg(row.client);
        case Qt::FontRole: {
            // A link, and not by colour alone: underlined.
            QFont font;
            font.setUnderline(true);
            return font;
        }
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole) {
        const bool number = (m_table == Table::Holders && column == HolderCount)
                || (m_table == Table::Waiters && (column == WaiterPosition || column == WaiterElapsed))
                || (m_table == Table::Holders && column == HolderFor);
        return QVariant::fromValue(Qt::Alignment(number ? Qt::AlignRight | Qt::AlignVCenter
                                                        : Qt::AlignLeft | Qt::AlignVCenter));
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    if (m_table == Table::Holders) {
        switch (column) {
        case HolderCount:
            if (row.role == SyncStateModel::Row::Role::Arrived)
                return locale.toString(row.count + 1);
            return locale.toString(row.count);
        case HolderSince:
            if (role == Qt::ToolTipRole)
                return row.since.isValid() ? locale.toString(row.since.toLocalTime(), QLocale::LongFormat)
                                           : tr("The server does not say since when permits are held");
            return row.since.isValid() ? timeText(row.since) : tr("—");
        case HolderFor:
            return row.since.isValid() ? SyncStateModel::formatDuration(row.since.msecsTo(now)) : tr("—");
        default:
            return {};
        }
    }
    switch (column) {
    case WaiterPosition:
        return locale.toString(index.row() + 1);
    case WaiterCall:
        return SyncStateModel::roleText(row.role);
    case WaiterSince:
        if (role == Qt::ToolTipRole)
            return row.since.isValid() ? locale.toString(row.since.toLocalTime(), QLocale::LongFormat) : QString();
        return timeText(row.since);
    case WaiterElapsed:
        return row.since.isValid() ? SyncStateModel::formatDuration(row.since.msecsTo(now)) : QString();
    case WaiterDeadline:
        if (!row.deadlineKnown)
            return role == Qt::ToolTipRole ? tr("Not known yet") : tr("…");
        if (!row.deadline.isValid())
            return role == Qt::ToolTipRole ? tr("Waits without a timeout") : tr("none");
        {
            const qint64 left = now.msecsTo(row.deadline);
            const QString when = timeText(row.deadline);
            if (left <= 0)
                return tr("%1 (passed)").arg(when);
            return tr("%1 (in %2)").arg(when, SyncStateModel::formatDuration(left));
        }
    default:
        return {};
    }
}

} // namespace Inspector
