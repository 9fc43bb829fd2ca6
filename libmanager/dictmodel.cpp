// SPDX-License-Identifier: BSD-3-Clause
#include "dictmodel.h"
#include "containermodel_p.h"
#include <libmanager/standardtypes/pythonrepr_p.h>
#include <libmanager/standardtypes/pythonvalue_p.h>
#include "tr_p.h"

namespace LibManager {

class DictModelPrivate : public ContainerModelPrivate
{
    Q_DECLARE_PUBLIC(DictModel)
public:
    explicit DictModelPrivate(std::shared_ptr<DictProxy> p) : dict(std::move(p)) { }

    Proxy *proxy() const override { return dict.get(); }
    void connectSignals() override;
    PendingCall requestPage(qint64 start, int count) override { return dict->itemsRangeAsync(start, count); }
    ModelPage pageOf(const PendingCall &call) override;
    int columns() const override { return typeColumn ? 3 : 2; }
    QVariant header(int section, int role) const override;
    QVariant cell(qint64 position, const ModelRow &row, int column, int role) const override;
    bool isValueColumn(int column) const override { return column == DictModel::ValueColumn; }
    void startWrite(const std::shared_ptr<ModelWrite> &write, const ModelRow &row) override;
    void sendSetIf(const std::shared_ptr<ModelWrite> &write, quint64 version);

    std::shared_ptr<DictProxy> dict;
    bool typeColumn = false;
};

void DictModelPrivate::connectSignals()
{
    Q_Q(DictModel);
    DictProxy *p = dict.get();
    // Positions come with the events' change info. A dict's rows never change versions by
    // moving: setIf() looks at the key's entry alone.
    connections.push_back(QObject::connect(p, &DictProxy::itemInserted, q,
                                           [this](const QVariant &key, const QVariant &value) {
                                               // A new key goes last, as in Python.
                                               const qint64 position = eventPosition();
                                               applyInserted(position >= 0 ? position : length,
                                                             { ModelRow { key, value, eventVersion(), {}, 0 } },
                                                             std::nullopt);
                                           }));
    connections.push_back(QObject::connect(p, &DictProxy::itemChanged, q,
                                           [this](const QVariant &key, const QVariant &value) {
                                               qint64 position = eventPosition();
                                               if (position < 0) // a server without change info
                                                   position = cache.findKey(key);
                                               // A row not held is read fresh when looked at.
                                               if (position >= 0 && cache.row(position))
                                                   applyChanged(position, { value }, eventVersion());
                                           }));
    connections.push_back(QObject::connect(p, &DictProxy::itemRemoved, q, [this](const QVariant &key) {
        qint64 position = eventPosition();
        if (position < 0)
            position = cache.findKey(key);
        if (position >= 0)
            applyRemoved(position, 1, std::nullopt);
        else // a server without change info, and a row not held: somewhere
            applyRemovedSomewhere();
    }));
    connections.push_back(QObject::connect(p, &DictProxy::cleared, q, [this] { applyCleared(); }));
}

ModelPage DictModelPrivate::pageOf(const PendingCall &call)
{
    const DictPage page = PendingReply<DictPage>(call).value();
    ModelPage out { page.offset, page.length, page.version, {} };
    out.rows.reserve(page.items.size());
    for (const VariantPair &item : page.items)
        out.rows.append(ModelRow { item.first, item.second, page.version, {}, 0 });
    return out;
}

QVariant DictModelPrivate::header(int section, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DictModel::KeyColumn:
        //: The column header of a dict's keys in its item model
        return Tr::tr("Key");
    case DictModel::ValueColumn:
        //: The column header of a dict's values in its item model
        return Tr::tr("Value");
    default:
        //: The column header of the Python type of a value in an item model
        return Tr::tr("Type");
    }
}

QVariant DictModelPrivate::cell(qint64 position, const ModelRow &row, int column, int role) const
{
    if (column == DictModel::KeyColumn) {
        switch (role) {
        case Qt::DisplayRole:
        case Qt::ToolTipRole: {
            const int id = row.key.metaType().id();
            return id == QMetaType::QString || (isIntegerType(id) && id != QMetaType::Bool)
                    ? row.key
                    : QVariant(pythonRepr(row.key));
        }
        case Qt::EditRole:
            return row.key;
        default:
            break; // the value's roles
        }
    } else if (column == DictModel::TypeColumn && role == Qt::DisplayRole) {
        return ContainerModelPrivate::cell(position, row, column, ContainerModel::TypeNameRole);
    }
    return ContainerModelPrivate::cell(position, row, column, role);
}

void DictModelPrivate::startWrite(const std::shared_ptr<ModelWrite> &write, const ModelRow &row)
{
    if (row.version != NoVersion) {
        sendSetIf(write, row.version);
        return;
    }
    // The row came from an event: its version is not known. Read it again, and write only if
    // it is still what the user saw.
    watch(dict->lookupAsync(write->key), [this, write](const PendingCall &call) {
        const PendingReply<VersionedValue> reply(call);
        if (!reply.isValid()) {
            writeFailed(write, reply.error(), reply.errorString());
            return;
        }
        const VersionedValue now = reply.value();
        if (!now.found || !pythonEquals(now.value, write->seen)) {
            writeDone(write, false, now.value, now.found, now.version);
            return;
        }
        sendSetIf(write, now.version);
    });
}

void DictModelPrivate::sendSetIf(const std::shared_ptr<ModelWrite> &write, quint64 version)
{
    watch(dict->setIfAsync(write->key, write->attempted, version), [this, write](const PendingCall &call) {
        const PendingReply<ConditionalWrite> reply(call);
        if (!reply.isValid()) {
            writeFailed(write, reply.error(), reply.errorString());
            return;
        }
        const ConditionalWrite result = reply.value();
        writeDone(write, result.ok, result.current, result.found, result.version);
    });
}

DictModel::DictModel(std::shared_ptr<DictProxy> proxy, QObject *parent)
    : ContainerModel(*new DictModelPrivate(std::move(proxy)), parent)
{
    d_ptr->attach();
}

DictModel::~DictModel() = default;

std::shared_ptr<DictProxy> DictModel::proxy() const
{
    return static_cast<const DictModelPrivate *>(d_ptr.get())->dict;
}

bool DictModel::isTypeColumnShown() const
{
    return static_cast<const DictModelPrivate *>(d_ptr.get())->typeColumn;
}

void DictModel::setTypeColumnShown(bool shown)
{
    auto *d = static_cast<DictModelPrivate *>(d_ptr.get());
    if (d->typeColumn == shown)
        return;
    if (shown) {
        beginInsertColumns(QModelIndex(), TypeColumn, TypeColumn);
        d->typeColumn = true;
        endInsertColumns();
    } else {
        beginRemoveColumns(QModelIndex(), TypeColumn, TypeColumn);
        d->typeColumn = false;
        endRemoveColumns();
    }
}

int DictModel::rowOfKey(const QVariant &key) const
{
    const qint64 position = d_ptr->cache.findKey(key);
    return int(position);
}

} // namespace LibManager
