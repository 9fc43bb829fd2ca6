// SPDX-License-Identifier: BSD-3-Clause
#include "namespacemodel.h"
#include "containermodel_p.h"
#include <libmanager/standardtypes/pythonvalue_p.h>
#include "tr_p.h"

#include <limits>

namespace LibManager {

class NamespaceModelPrivate : public ContainerModelPrivate
{
    Q_DECLARE_PUBLIC(NamespaceModel)
public:
    explicit NamespaceModelPrivate(std::shared_ptr<NamespaceProxy> p) : ns(std::move(p))
    {
        cache.setLimit(std::numeric_limits<qint64>::max()); // every attribute is kept
    }

    Proxy *proxy() const override { return ns.get(); }
    void connectSignals() override;
    PendingCall requestPage(qint64 start, int count) override
    {
        Q_UNUSED(start);
        Q_UNUSED(count);
        return ns->snapshotAsync();
    }
    ModelPage pageOf(const PendingCall &call) override;
    int columns() const override { return 2; }
    QVariant header(int section, int role) const override;
    QVariant cell(qint64 position, const ModelRow &row, int column, int role) const override;
    bool isValueColumn(int column) const override { return column == NamespaceModel::ValueColumn; }
    bool pagesCoverAll() const override { return true; }
    void startWrite(const std::shared_ptr<ModelWrite> &write, const ModelRow &row) override;
    void sendSetIf(const std::shared_ptr<ModelWrite> &write, quint64 version);
    /*! The row of \a name, or where it would go (with found false). */
    qint64 find(const QString &name, bool *found) const;

    std::shared_ptr<NamespaceProxy> ns;
};

qint64 NamespaceModelPrivate::find(const QString &name, bool *found) const
{
    qint64 low = 0;
    qint64 high = length;
    while (low < high) {
        const qint64 middle = (low + high) / 2;
        const ModelRow *row = cache.row(middle);
        if (row && row->key.toString() < name)
            low = middle + 1;
        else
            high = middle;
    }
    const ModelRow *row = low < length ? cache.row(low) : nullptr;
    *found = row && row->key.toString() == name;
    return low;
}

void NamespaceModelPrivate::connectSignals()
{
    Q_Q(NamespaceModel);
    NamespaceProxy *p = ns.get();
    connections.push_back(QObject::connect(p, &NamespaceProxy::attributeChanged, q,
                                           [this](const QString &name, const QVariant &value) {
                                               if (!ready)
                                                   return;
                                               bool found = false;
                                               const qint64 position = find(name, &found);
                                               if (found)
                                                   applyChanged(position, { value }, eventVersion());
                                               else
                                                   applyInserted(position, { ModelRow { name, value, eventVersion(), {}, 0 } },
                                                                 std::nullopt);
                                           }));
    connections.push_back(QObject::connect(p, &NamespaceProxy::attributeRemoved, q,
                                           [this](const QString &name) {
                                               if (!ready)
                                                   return;
                                               bool found = false;
                                               const qint64 position = find(name, &found);
                                               if (found)
                                                   applyRemoved(position, 1, std::nullopt);
                                           }));
}

ModelPage NamespaceModelPrivate::pageOf(const PendingCall &call)
{
    const NamespaceSnapshot snapshot = PendingReply<NamespaceSnapshot>(call).value();
    ModelPage page { 0, snapshot.attributes.size(), snapshot.version, {} };
    page.rows.reserve(snapshot.attributes.size());
    for (auto it = snapshot.attributes.cbegin(); it != snapshot.attributes.cend(); ++it)
        page.rows.append(ModelRow { it.key(), it.value(), snapshot.version, {}, 0 });
    return page;
}

QVariant NamespaceModelPrivate::header(int section, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (section == NamespaceModel::NameColumn) {
        //: The column header of a Namespace's attribute names in its item model
        return Tr::tr("Name");
    }
    //: The column header of a Namespace's attribute values in its item model
    return Tr::tr("Value");
}

QVariant NamespaceModelPrivate::cell(qint64 position, const ModelRow &row, int column, int role) const
{
    if (column == NamespaceModel::NameColumn
        && (role == Qt::DisplayRole || role == Qt::EditRole || role == Qt::ToolTipRole))
        return row.key;
    return ContainerModelPrivate::cell(position, row, column, role);
}

void NamespaceModelPrivate::startWrite(const std::shared_ptr<ModelWrite> &write, const ModelRow &row)
{
    if (row.version != NoVersion) {
        sendSetIf(write, row.version);
        return;
    }
    watch(ns->lookupAsync(write->key.toString()), [this, write](const PendingCall &call) {
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

void NamespaceModelPrivate::sendSetIf(const std::shared_ptr<ModelWrite> &write, quint64 version)
{
    watch(ns->setIfAsync(write->key.toString(), write->attempted, version),
          [this, write](const PendingCall &call) {
              const PendingReply<ConditionalWrite> reply(call);
              if (!reply.isValid()) {
                  writeFailed(write, reply.error(), reply.errorString());
                  return;
              }
              const ConditionalWrite result = reply.value();
              writeDone(write, result.ok, result.current, result.found, result.version);
          });
}

NamespaceModel::NamespaceModel(std::shared_ptr<NamespaceProxy> proxy, QObject *parent)
    : ContainerModel(*new NamespaceModelPrivate(std::move(proxy)), parent)
{
    d_ptr->attach();
}

NamespaceModel::~NamespaceModel() = default;

std::shared_ptr<NamespaceProxy> NamespaceModel::proxy() const
{
    return static_cast<const NamespaceModelPrivate *>(d_ptr.get())->ns;
}

int NamespaceModel::rowOfName(const QString &name) const
{
    bool found = false;
    const qint64 position = static_cast<const NamespaceModelPrivate *>(d_ptr.get())->find(name, &found);
    return found ? int(position) : -1;
}

} // namespace LibManager
