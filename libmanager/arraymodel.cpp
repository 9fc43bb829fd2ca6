// SPDX-License-Identifier: BSD-3-Clause
#include "arraymodel.h"
#include "containermodel_p.h"
#include "tr_p.h"

namespace LibManager {

class ArrayModelPrivate : public ContainerModelPrivate
{
    Q_DECLARE_PUBLIC(ArrayModel)
public:
    ArrayModelPrivate(std::shared_ptr<ArrayProxy> p, int columns)
        : array(std::move(p)), width(qMax(1, columns))
    {
    }

    Proxy *proxy() const override { return array.get(); }
    void connectSignals() override;
    PendingCall requestPage(qint64 start, int count) override { return array->windowAsync(start, count); }
    ModelPage pageOf(const PendingCall &call) override;
    int columns() const override { return width; }
    QVariant header(int section, int role) const override;
    bool isValueColumn(int column) const override { return column >= 0 && column < width; }
    void startWrite(const std::shared_ptr<ModelWrite> &write, const ModelRow &row) override;
    int modelRowsFor(qint64 elements) const override { return int((elements + width - 1) / width); }
    qint64 positionOf(const QModelIndex &index) const override
    {
        return index.isValid() ? qint64(index.row()) * width + index.column() : -1;
    }
    void emitChanged(qint64 from, qint64 to) override;
    QModelIndex valueIndex(qint64 position) const override
    {
        Q_Q(const ArrayModel);
        return q->indexOfElement(position);
    }

    std::shared_ptr<ArrayProxy> array;
    int width = 1;
};

void ArrayModelPrivate::connectSignals()
{
    Q_Q(ArrayModel);
    // The typecode first: the proxy unpacks change events with it, and it must not have to ask
    // for it synchronously when the first event comes. Asked before the subscription, it is
    // answered before any event arrives.
    array->typeCodeAsync();
    connections.push_back(QObject::connect(array.get(), &ArrayProxy::itemsChanged, q,
                                           [this](int start, const QVariantList &values) {
                                               applyChanged(start, values, eventVersion());
                                           }));
}

ModelPage ArrayModelPrivate::pageOf(const PendingCall &call)
{
    const ItemWindow window = PendingReply<ItemWindow>(call).value();
    ModelPage page { window.start, window.length, window.version, {} };
    page.rows.reserve(window.items.size());
    for (const QVariant &item : window.items)
        page.rows.append(ModelRow { QVariant(), item, window.version, {}, 0 });
    return page;
}

QVariant ArrayModelPrivate::header(int section, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (width == 1) {
        //: The column header of an Array's elements in its item model
        return Tr::tr("Value");
    }
    return section;
}

void ArrayModelPrivate::emitChanged(qint64 from, qint64 to)
{
    Q_Q(ArrayModel);
    if (from > to || from >= length)
        return;
    to = qMin(to, length - 1);
    Q_EMIT q->dataChanged(q->index(int(from / width), 0), q->index(int(to / width), width - 1));
}

void ArrayModelPrivate::startWrite(const std::shared_ptr<ModelWrite> &write, const ModelRow &row)
{
    // An Array has no conditional write: the last writer wins.
    const quint64 version = row.version;
    watch(array->setAsync(int(write->position), write->attempted),
          [this, write, version](const PendingCall &call) {
              const PendingReply<void> reply(call);
              if (!reply.isValid()) {
                  writeFailed(write, reply.error(), reply.errorString());
                  return;
              }
              writeDone(write, true, QVariant(), false, version);
          });
}

ArrayModel::ArrayModel(std::shared_ptr<ArrayProxy> proxy, int columns, QObject *parent)
    : ContainerModel(*new ArrayModelPrivate(std::move(proxy), columns), parent)
{
    d_ptr->attach();
}

ArrayModel::~ArrayModel() = default;

std::shared_ptr<ArrayProxy> ArrayModel::proxy() const
{
    return static_cast<const ArrayModelPrivate *>(d_ptr.get())->array;
}

qint64 ArrayModel::elementOf(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return -1;
    const qint64 element = d_ptr->positionOf(index);
    return element < d_ptr->length ? element : -1;
}

QModelIndex ArrayModel::indexOfElement(qint64 element) const
{
    const auto *d = static_cast<const ArrayModelPrivate *>(d_ptr.get());
    if (element < 0 || element >= d->length)
        return {};
    return index(int(element / d->width), int(element % d->width));
}

} // namespace LibManager
