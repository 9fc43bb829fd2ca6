// SPDX-License-Identifier: BSD-3-Clause
#include "listmodel.h"
#include "containermodel_p.h"
#include <libmanager/standardtypes/pythonvalue_p.h>
#include "tr_p.h"

namespace LibManager {

class ListModelPrivate : public ContainerModelPrivate
{
    Q_DECLARE_PUBLIC(ListModel)
public:
    explicit ListModelPrivate(std::shared_ptr<ListProxy> p) : list(std::move(p)) { }

    Proxy *proxy() const override { return list.get(); }
    void connectSignals() override;
    PendingCall requestPage(qint64 start, int count) override { return list->windowAsync(start, count); }
    ModelPage pageOf(const PendingCall &call) override;
    int columns() const override { return 1; }
    QVariant header(int section, int role) const override;
    bool isValueColumn(int column) const override { return column == 0; }
    void startWrite(const std::shared_ptr<ModelWrite> &write, const ModelRow &row) override;
    void sendSetIf(const std::shared_ptr<ModelWrite> &write, quint64 version);

    static QList<ModelRow> rowsOf(const QVariantList &values, quint64 version)
    {
        QList<ModelRow> rows;
        rows.reserve(values.size());
        for (const QVariant &value : values)
            rows.append(ModelRow { QVariant(), value, version, QVariant(), 0 });
        return rows;
    }

    std::shared_ptr<ListProxy> list;
};

void ListModelPrivate::connectSignals()
{
    Q_Q(ListModel);
    ListProxy *p = list.get();
    // A row that moves keeps its value, not its version: ListProxy::setIf() conflicts on items
    // moved to their index since the version given. The event's version (change info) is when
    // they moved; without it a moved row is read again before a write.
    connections.push_back(QObject::connect(p, &ListProxy::itemsInserted, q,
                                           [this](int index, const QVariantList &values) {
                                               const quint64 version = eventVersion();
                                               applyInserted(index, rowsOf(values, version), version);
                                           }));
    connections.push_back(QObject::connect(p, &ListProxy::itemsRemoved, q, [this](int index, int count) {
        applyRemoved(index, count, eventVersion());
    }));
    connections.push_back(QObject::connect(p, &ListProxy::itemsChanged, q,
                                           [this](int index, const QVariantList &values) {
                                               applyChanged(index, values, eventVersion());
                                           }));
    connections.push_back(QObject::connect(p, &ListProxy::listReset, q, [this](const QVariantList &values) {
        applyReplaced(rowsOf(values, eventVersion()));
    }));
}

ModelPage ListModelPrivate::pageOf(const PendingCall &call)
{
    const ItemWindow window = PendingReply<ItemWindow>(call).value();
    return ModelPage { window.start, window.length, window.version, rowsOf(window.items, window.version) };
}

QVariant ListModelPrivate::header(int section, int role) const
{
    Q_UNUSED(section);
    if (role != Qt::DisplayRole)
        return {};
    //: The column header of a list's item model
    return Tr::tr("Value");
}

void ListModelPrivate::startWrite(const std::shared_ptr<ModelWrite> &write, const ModelRow &row)
{
    if (row.version != NoVersion) {
        sendSetIf(write, row.version);
        return;
    }
    // The row came from an event, or moved: read it again, and write only if it is still
    // what the user saw.
    write->sentAt = write->position;
    watch(list->windowAsync(write->position, 1), [this, write](const PendingCall &call) {
        const PendingReply<ItemWindow> reply(call);
        if (!reply.isValid()) {
            writeFailed(write, reply.error(), reply.errorString());
            return;
        }
        const ItemWindow window = reply.value();
        if (write->position < 0 || write->position != write->sentAt || window.items.isEmpty()) {
            // Moved or removed meanwhile: somebody else changed the list under the edit.
            const ModelRow *now = write->position >= 0 ? cache.row(write->position) : nullptr;
            writeDone(write, false, now ? now->value : QVariant(), now != nullptr,
                      now ? now->version : NoVersion);
            return;
        }
        const QVariant item = window.items.constFirst();
        if (!pythonEquals(item, write->seen)) {
            writeDone(write, false, item, true, window.version);
            return;
        }
        sendSetIf(write, window.version);
    });
}

void ListModelPrivate::sendSetIf(const std::shared_ptr<ModelWrite> &write, quint64 version)
{
    write->sentAt = write->position;
    watch(list->setIfAsync(int(write->position), write->attempted, version),
          [this, write](const PendingCall &call) {
              const PendingReply<ConditionalWrite> reply(call);
              if (!reply.isValid()) {
                  writeFailed(write, reply.error(), reply.errorString());
                  return;
              }
              const ConditionalWrite result = reply.value();
              // The answer speaks of the index written to, as the list is now (the events
              // before it have been applied): that row shows the outcome.
              writeDone(write, result.ok, result.current, result.found, result.version, write->sentAt);
          });
}

ListModel::ListModel(std::shared_ptr<ListProxy> proxy, QObject *parent)
    : ContainerModel(*new ListModelPrivate(std::move(proxy)), parent)
{
    d_ptr->attach();
}

ListModel::~ListModel() = default;

std::shared_ptr<ListProxy> ListModel::proxy() const
{
    return static_cast<const ListModelPrivate *>(d_ptr.get())->list;
}

} // namespace LibManager
