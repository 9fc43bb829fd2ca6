// SPDX-License-Identifier: BSD-3-Clause
#include "dictproxy.h"
#include "containerresults_p.h"
#include "proxy_p.h"
#include "typedproxy_p.h"
#include <libmanager/standardtypes/vocabulary_p.h>

namespace LibManager {

namespace {
QVariantList pairsToList(const VariantPairList &pairs)
{
    QVariantList out;
    out.reserve(pairs.size());
    for (const VariantPair &pair : pairs)
        out.append(QVariant(QVariantList { pair.first, pair.second }));
    return out;
}

// items() as the server answers it: [key, value] lists.
VariantPairList toPairs(const QVariant &answer)
{
    VariantPairList out;
    for (const QVariant &pair : answer.toList()) {
        const QVariantList kv = pair.toList();
        out.append({ kv.value(0), kv.value(1) });
    }
    return out;
}

QString modeName(DictProxy::MatchMode mode)
{
    switch (mode) {
    case DictProxy::MatchMode::Glob:
        return QStringLiteral("glob");
    case DictProxy::MatchMode::RegularExpression:
        return QStringLiteral("regex");
    case DictProxy::MatchMode::Substring:
        break;
    }
    return QStringLiteral("substring");
}

QString scopeName(DictProxy::SearchScope scope)
{
    switch (scope) {
    case DictProxy::SearchScope::Keys:
        return QStringLiteral("keys");
    case DictProxy::SearchScope::Values:
        return QStringLiteral("values");
    case DictProxy::SearchScope::KeysAndValues:
        break;
    }
    return QStringLiteral("both");
}

// find()'s arguments, as the server takes them.
QVariantList findArguments(const QString &pattern, const DictProxy::SearchOptions &options)
{
    return { pattern, modeName(options.mode), scopeName(options.scope), options.offset,
             options.limit, options.maxScan };
}

// A synchronous call whose answer becomes a T by \a convert; T() if it failed.
template<typename T, typename Convert>
T converted(Reply reply, Convert convert)
{
    return reply.isValid() ? convert(std::move(reply).value()) : T();
}

QVariantMap pairsToMap(const VariantPairList &pairs)
{
    QVariantMap out;
    for (const VariantPair &pair : pairs)
        out.insert(pair.first.toString(), pair.second);
    return out;
}
} // namespace

Reply DictProxy::value(const QVariant &key) const
{
    return ProxyPrivate::call(*this, DictWire::GetItem, { key });
}

QVariant DictProxy::value(const QVariant &key, const QVariant &defaultValue) const
{
    return ProxyPrivate::call(*this, DictWire::Get, { key, defaultValue }).value();
}

bool DictProxy::setValue(const QVariant &key, const QVariant &value)
{
    return ProxyPrivate::call(*this, DictWire::SetItem, { key, value }).isValid();
}

bool DictProxy::remove(const QVariant &key)
{
    return ProxyPrivate::call(*this, DictWire::DelItem, { key }).isValid();
}

bool DictProxy::contains(const QVariant &key) const
{
    return ProxyPrivate::call(*this, DictWire::Contains, { key }).value().toBool();
}

int DictProxy::size() const
{
    return ProxyPrivate::call(*this, DictWire::Len).value().toInt();
}

QVariantList DictProxy::keys() const
{
    return ProxyPrivate::call(*this, DictWire::Keys).value().toList();
}

QVariantList DictProxy::values() const
{
    return ProxyPrivate::call(*this, DictWire::Values).value().toList();
}

VariantPairList DictProxy::items() const
{
    return toPairs(ProxyPrivate::call(*this, DictWire::Items).value());
}

Reply DictProxy::pop(const QVariant &key)
{
    return ProxyPrivate::call(*this, DictWire::Pop, { key });
}

QVariant DictProxy::pop(const QVariant &key, const QVariant &defaultValue)
{
    return ProxyPrivate::call(*this, DictWire::Pop, { key, defaultValue }).value();
}

Reply DictProxy::popItem()
{
    return ProxyPrivate::call(*this, DictWire::PopItem);
}

QVariant DictProxy::setDefault(const QVariant &key, const QVariant &defaultValue)
{
    return ProxyPrivate::call(*this, DictWire::SetDefault, { key, defaultValue }).value();
}

bool DictProxy::update(const QVariantMap &values)
{
    return ProxyPrivate::call(*this, DictWire::Update, { values }).isValid();
}

bool DictProxy::update(const QVariantHash &values)
{
    return ProxyPrivate::call(*this, DictWire::Update, { values }).isValid();
}

bool DictProxy::update(const VariantPairList &pairs)
{
    return ProxyPrivate::call(*this, DictWire::Update, { QVariant(pairsToList(pairs)) }).isValid();
}

bool DictProxy::clear()
{
    return ProxyPrivate::call(*this, DictWire::Clear).isValid();
}

QVariantMap DictProxy::toMap() const
{
    return pairsToMap(items());
}

PendingReply<QVariant> DictProxy::valueAsync(const QVariant &key) const
{
    return TypedProxy::callAsync(*this, DictWire::GetItem, { key });
}

PendingReply<QVariant> DictProxy::valueAsync(const QVariant &key,
                                             const QVariant &defaultValue) const
{
    return TypedProxy::callAsync(*this, DictWire::Get, { key, defaultValue });
}

PendingReply<void> DictProxy::setValueAsync(const QVariant &key, const QVariant &value)
{
    return TypedProxy::callAsync<void>(*this, DictWire::SetItem, { key, value });
}

PendingReply<void> DictProxy::removeAsync(const QVariant &key)
{
    return TypedProxy::callAsync<void>(*this, DictWire::DelItem, { key });
}

PendingReply<bool> DictProxy::containsAsync(const QVariant &key) const
{
    return TypedProxy::callAsync<bool>(*this, DictWire::Contains, { key });
}

PendingReply<int> DictProxy::sizeAsync() const
{
    return TypedProxy::callAsync<int>(*this, DictWire::Len);
}

PendingReply<QVariantList> DictProxy::keysAsync() const
{
    return TypedProxy::callAsync<QVariantList>(*this, DictWire::Keys);
}

PendingReply<QVariantList> DictProxy::valuesAsync() const
{
    return TypedProxy::callAsync<QVariantList>(*this, DictWire::Values);
}

PendingReply<VariantPairList> DictProxy::itemsAsync() const
{
    return TypedProxy::adapted<VariantPairList>(
        ProxyPrivate::callAsync(*this, DictWire::Items), TypedProxy::converting(toPairs));
}

PendingReply<QVariant> DictProxy::popAsync(const QVariant &key)
{
    return TypedProxy::callAsync(*this, DictWire::Pop, { key });
}

PendingReply<QVariant> DictProxy::popAsync(const QVariant &key, const QVariant &defaultValue)
{
    return TypedProxy::callAsync(*this, DictWire::Pop, { key, defaultValue });
}

PendingReply<QVariantList> DictProxy::popItemAsync()
{
    return TypedProxy::callAsync<QVariantList>(*this, DictWire::PopItem);
}

PendingReply<QVariant> DictProxy::setDefaultAsync(const QVariant &key, const QVariant &defaultValue)
{
    return TypedProxy::callAsync(*this, DictWire::SetDefault, { key, defaultValue });
}

PendingReply<void> DictProxy::updateAsync(const QVariantMap &values)
{
    return TypedProxy::callAsync<void>(*this, DictWire::Update, { values });
}

PendingReply<void> DictProxy::updateAsync(const QVariantHash &values)
{
    return TypedProxy::callAsync<void>(*this, DictWire::Update, { values });
}

PendingReply<void> DictProxy::updateAsync(const VariantPairList &pairs)
{
    return TypedProxy::callAsync<void>(*this, DictWire::Update,
                                       { QVariant(pairsToList(pairs)) });
}

PendingReply<void> DictProxy::clearAsync()
{
    return TypedProxy::callAsync<void>(*this, DictWire::Clear);
}

PendingReply<QVariantMap> DictProxy::toMapAsync() const
{
    return TypedProxy::adapted<QVariantMap>(
        ProxyPrivate::callAsync(*this, DictWire::Items),
        TypedProxy::converting([](const QVariant &answer) { return pairsToMap(toPairs(answer)); }));
}

DictPage DictProxy::itemsRange(qint64 offset, int count) const
{
    return converted<DictPage>(ProxyPrivate::call(*this, DictWire::ItemsRange, { offset, count }),
                               ContainerResults::dictPage);
}

DictSearch DictProxy::find(const QString &pattern, const SearchOptions &options) const
{
    const QVariantList args = findArguments(pattern, options);
    return converted<DictSearch>(
        ProxyPrivate::call(*this, DictWire::Find, args.constData(), args.size(), DefaultTimeout),
        ContainerResults::dictSearch);
}

DictSearch DictProxy::find(const QString &pattern) const
{
    return find(pattern, SearchOptions());
}

ValueInfo DictProxy::valueInfo(const QVariant &key, int maxChars) const
{
    return converted<ValueInfo>(ProxyPrivate::call(*this, DictWire::ValueInfo, { key, maxChars }),
                                ContainerResults::valueInfo);
}

ValueRange DictProxy::getRange(const QVariant &key, qint64 offset, qint64 length) const
{
    return converted<ValueRange>(
        ProxyPrivate::call(*this, DictWire::GetRange, { key, offset, length }),
        ContainerResults::valueRange);
}

VersionedValue DictProxy::lookup(const QVariant &key) const
{
    return converted<VersionedValue>(ProxyPrivate::call(*this, DictWire::Lookup, { key }),
                                     ContainerResults::versionedValue);
}

ConditionalWrite DictProxy::setIf(const QVariant &key, const QVariant &value, quint64 expectedVersion)
{
    return converted<ConditionalWrite>(
        ProxyPrivate::call(*this, DictWire::SetIf, { key, value, expectedVersion }),
        ContainerResults::conditionalWrite);
}

ExchangedValue DictProxy::exchange(const QVariant &key, const QVariant &value)
{
    return converted<ExchangedValue>(ProxyPrivate::call(*this, DictWire::Exchange, { key, value }),
                                     ContainerResults::exchangedValue);
}

PendingReply<DictPage> DictProxy::itemsRangeAsync(qint64 offset, int count) const
{
    return TypedProxy::adapted<DictPage>(
        ProxyPrivate::callAsync(*this, DictWire::ItemsRange, { offset, count }),
        TypedProxy::converting(ContainerResults::dictPage));
}

PendingReply<DictSearch> DictProxy::findAsync(const QString &pattern, const SearchOptions &options) const
{
    const QVariantList args = findArguments(pattern, options);
    return TypedProxy::adapted<DictSearch>(
        ProxyPrivate::callAsync(*this, DictWire::Find, args.constData(), args.size(), DefaultTimeout),
        TypedProxy::converting(ContainerResults::dictSearch));
}

PendingReply<DictSearch> DictProxy::findAsync(const QString &pattern) const
{
    return findAsync(pattern, SearchOptions());
}

PendingReply<ValueInfo> DictProxy::valueInfoAsync(const QVariant &key, int maxChars) const
{
    return TypedProxy::adapted<ValueInfo>(
        ProxyPrivate::callAsync(*this, DictWire::ValueInfo, { key, maxChars }),
        TypedProxy::converting(ContainerResults::valueInfo));
}

PendingReply<ValueRange> DictProxy::getRangeAsync(const QVariant &key, qint64 offset, qint64 length) const
{
    return TypedProxy::adapted<ValueRange>(
        ProxyPrivate::callAsync(*this, DictWire::GetRange, { key, offset, length }),
        TypedProxy::converting(ContainerResults::valueRange));
}

PendingReply<VersionedValue> DictProxy::lookupAsync(const QVariant &key) const
{
    return TypedProxy::adapted<VersionedValue>(
        ProxyPrivate::callAsync(*this, DictWire::Lookup, { key }),
        TypedProxy::converting(ContainerResults::versionedValue));
}

PendingReply<ConditionalWrite> DictProxy::setIfAsync(const QVariant &key, const QVariant &value,
                                                     quint64 expectedVersion)
{
    return TypedProxy::adapted<ConditionalWrite>(
        ProxyPrivate::callAsync(*this, DictWire::SetIf, { key, value, expectedVersion }),
        TypedProxy::converting(ContainerResults::conditionalWrite));
}

PendingReply<ExchangedValue> DictProxy::exchangeAsync(const QVariant &key, const QVariant &value)
{
    return TypedProxy::adapted<ExchangedValue>(
        ProxyPrivate::callAsync(*this, DictWire::Exchange, { key, value }),
        TypedProxy::converting(ContainerResults::exchangedValue));
}

void DictProxy::handleEvent(const QByteArray &name, const QVariantList &args)
{
    if (name == DictWire::InsertedEvent)
        Q_EMIT itemInserted(args.value(0), args.value(1));
    else if (name == DictWire::ChangedEvent)
        Q_EMIT itemChanged(args.value(0), args.value(1));
    else if (name == DictWire::RemovedEvent)
        Q_EMIT itemRemoved(args.value(0));
    else if (name == DictWire::ClearedEvent)
        Q_EMIT cleared();
}

} // namespace LibManager
