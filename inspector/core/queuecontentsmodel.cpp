// SPDX-License-Identifier: BSD-3-Clause
#include "queuecontentsmodel.h"

#include <libmanager/pendingcallwatcher.h>
#include <libmanager/queueproxy.h>

#include <QtCore/qjsondocument.h>
#include <QtCore/qlocale.h>

namespace Inspector {

QueueContentsModel::QueueContentsModel(QObject *parent) : QAbstractTableModel(parent)
{
    m_reloadTimer.setSingleShot(true);
    // A busy queue changes size thousands of times a second: one read per 100 ms is plenty.
    m_reloadTimer.setInterval(100);
    connect(&m_reloadTimer, &QTimer::timeout, this, [this] {
        if (m_loading) {
            m_reloadAgain = true;
            return;
        }
        read(0, int(qBound(qint64(m_pageSize), qint64(m_items.size()), qint64(10000))), true);
    });
}

void QueueContentsModel::setQueue(LibManager::QueueProxy *queue)
{
    beginResetModel();
    m_queue = queue;
    m_items.clear();
    m_size = -1;
    m_loading = false;
    m_reloadAgain = false;
    endResetModel();
    if (queue)
        read(0, m_pageSize, true);
}

void QueueContentsModel::setPageSize(int items)
{
    m_pageSize = qBound(1, items, 10000);
}

void QueueContentsModel::reload()
{
    if (m_queue && !m_reloadTimer.isActive())
        m_reloadTimer.start();
}

void QueueContentsModel::read(qint64 offset, int count, bool replace)
{
    if (!m_queue)
        return;
    m_loading = true;
    const QPointer<LibManager::QueueProxy> asked = m_queue;
    auto *watcher = new LibManager::PendingCallWatcher(m_queue->peekAsync(offset, count), this);
    connect(watcher, &LibManager::PendingCallWatcher::finished, this,
            [this, asked, offset, replace](LibManager::PendingCallWatcher *call) {
                call->deleteLater();
                if (asked != m_queue)
                    return;
                m_loading = false;
                const LibManager::PendingReply<LibManager::ItemWindow> reply(*call);
                if (!reply.isValid()) {
                    Q_EMIT errorOccurred(reply.errorString());
                } else {
                    const LibManager::ItemWindow window = reply.value();
                    m_size = window.length;
                    m_version = window.version;
                    if (replace) {
                        // Rows keep their place: changed values, then the count.
                        const int old = int(m_items.size());
                        const int now = int(window.items.size());
                        const int common = qMin(old, now);
                        for (int i = 0; i < common; ++i)
                            m_items[i] = window.items.at(i);
                        if (common > 0)
                            Q_EMIT dataChanged(index(0, 0), index(common - 1, ColumnCount - 1));
                        if (now > old) {
                            beginInsertRows({}, old, now - 1);
                            m_items.append(window.items.mid(old));
                            endInsertRows();
                        } else if (now < old) {
                            beginRemoveRows({}, now, old - 1);
                            m_items.resize(now);
                            endRemoveRows();
                        }
                    } else if (offset == m_items.size() && !window.items.isEmpty()) {
                        beginInsertRows({}, int(m_items.size()), int(m_items.size() + window.items.size()) - 1);
                        m_items.append(window.items);
                        endInsertRows();
                    }
                    Q_EMIT loaded();
                }
                if (m_reloadAgain) {
                    m_reloadAgain = false;
                    reload();
                }
            });
}

int QueueContentsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int QueueContentsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool QueueContentsModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_queue && !m_loading && m_size > m_items.size();
}

void QueueContentsModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        read(m_items.size(), m_pageSize, false);
}

QString QueueContentsModel::typeName(const QVariant &value)
{
    switch (value.metaType().id()) {
    case QMetaType::UnknownType:
    case QMetaType::Nullptr:
        return QStringLiteral("None");
    case QMetaType::Bool:
        return QStringLiteral("bool");
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Long:
    case QMetaType::ULong:
    case QMetaType::Short:
    case QMetaType::UShort:
        return QStringLiteral("int");
    case QMetaType::Double:
    case QMetaType::Float:
        return QStringLiteral("float");
    case QMetaType::QString:
    case QMetaType::QChar:
        return QStringLiteral("str");
    case QMetaType::QByteArray:
        return QStringLiteral("bytes");
    case QMetaType::QVariantList:
    case QMetaType::QStringList:
        return QStringLiteral("list");
    case QMetaType::QVariantMap:
    case QMetaType::QVariantHash:
        return QStringLiteral("dict");
    default:
        return QString::fromLatin1(value.typeName());
    }
}

QString QueueContentsModel::displayText(const QVariant &value)
{
    const int type = value.metaType().id();
    if (type == QMetaType::QString)
        return QLatin1Char('\'') + value.toString() + QLatin1Char('\'');
    if (type == QMetaType::QVariantList || type == QMetaType::QVariantMap || type == QMetaType::QStringList
        || type == QMetaType::QVariantHash) {
        const QByteArray json = QJsonDocument::fromVariant(value).toJson(QJsonDocument::Compact);
        if (!json.isEmpty())
            return QString::fromUtf8(json.left(500));
    }
    if (type == QMetaType::Double)
        return QLocale().toString(value.toDouble(), 'g', 17);
    if (!value.isValid() || value.isNull())
        return QStringLiteral("None");
    const QString text = value.toString();
    return text.isEmpty() && type != QMetaType::QByteArray ? QString::fromLatin1(value.typeName()) : text;
}

QVariant QueueContentsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QVariant &value = m_items.at(index.row());
    if (role == ValueRole)
        return value;
    if (role == Qt::TextAlignmentRole && index.column() == PositionColumn)
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case PositionColumn:
        if (role == Qt::ToolTipRole)
            return index.row() == 0 ? tr("The next item a get() takes") : QVariant();
        return QLocale().toString(index.row());
    case ValueColumn:
        return displayText(value);
    case TypeColumn:
        return typeName(value);
    default:
        return {};
    }
}

QVariant QueueContentsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PositionColumn:
        return tr("Position");
    case ValueColumn:
        return tr("Value");
    case TypeColumn:
        return tr("Type");
    default:
        return {};
    }
}

} // namespace Inspector
