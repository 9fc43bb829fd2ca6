// SPDX-License-Identifier: BSD-3-Clause
#include "containerresults_p.h"

namespace LibManager::ContainerResults {

namespace {

// Keys as the server writes them; built once.
struct Keys
{
    const QString offset = QStringLiteral("offset");
    const QString start = QStringLiteral("start");
    const QString length = QStringLiteral("length");
    const QString size = QStringLiteral("size");
    const QString version = QStringLiteral("version");
    const QString entryVersion = QStringLiteral("entryVersion");
    const QString items = QStringLiteral("items");
    const QString found = QStringLiteral("found");
    const QString value = QStringLiteral("value");
    const QString ok = QStringLiteral("ok");
    const QString current = QStringLiteral("current");
    const QString previous = QStringLiteral("previous");
};

const Keys &keys()
{
    static const Keys instance;
    return instance;
}

// \a value's T, moved out of it when \a value holds exactly a T (it is left holding an empty
// one), converted otherwise.
template<typename T>
T taken(QVariant &value)
{
    if (value.metaType() == QMetaType::fromType<T>())
        return std::move(*static_cast<T *>(value.data()));
    return qvariant_cast<T>(value);
}

} // namespace

DictPage dictPage(QVariant answer)
{
    // Taken apart rather than copied: the answer is this function's alone, so its items can
    // be moved into the pairs (copying them cost a reference count each way per value).
    QVariantMap map = taken<QVariantMap>(answer);
    DictPage page;
    page.offset = map.value(keys().offset).toLongLong();
    page.length = map.value(keys().length).toLongLong();
    page.version = map.value(keys().version).toULongLong();
    // Flat: key, value, key, value...
    QVariant itemsValue = map.take(keys().items);
    map.clear();
    QVariantList items = taken<QVariantList>(itemsValue);
    page.items.reserve(items.size() / 2);
    for (qsizetype i = 0; i + 1 < items.size(); i += 2)
        page.items.append({ std::move(items[i]), std::move(items[i + 1]) });
    return page;
}

ItemWindow itemWindow(const QVariant &answer)
{
    const QVariantMap map = answer.toMap();
    ItemWindow window;
    window.start = map.value(map.contains(keys().start) ? keys().start : keys().offset).toLongLong();
    window.length = map.value(map.contains(keys().length) ? keys().length : keys().size).toLongLong();
    window.version = map.value(keys().version).toULongLong();
    window.items = map.value(keys().items).toList();
    return window;
}

DictSearch dictSearch(const QVariant &answer)
{
    const QVariantMap map = answer.toMap();
    DictSearch search;
    for (const QVariant &item : map.value(QStringLiteral("matches")).toList()) {
        const QVariantList match = item.toList();
        const int where = match.value(2).toInt();
        search.matches.append(DictMatch { match.value(0).toLongLong(), match.value(1),
                                          (where & 1) != 0, (where & 2) != 0 });
    }
    search.next = map.value(QStringLiteral("next")).toLongLong();
    search.atEnd = map.value(QStringLiteral("atEnd")).toBool();
    search.scanned = map.value(QStringLiteral("scanned")).toLongLong();
    search.length = map.value(keys().length).toLongLong();
    search.version = map.value(keys().version).toULongLong();
    search.startVersion = map.value(QStringLiteral("startVersion")).toULongLong();
    return search;
}

ValueInfo valueInfo(const QVariant &answer)
{
    const QVariantMap map = answer.toMap();
    ValueInfo info;
    info.type = map.value(QStringLiteral("type")).toString();
    info.size = map.value(keys().size, -1).toLongLong();
    info.bytes = map.value(QStringLiteral("bytes")).toLongLong();
    info.preview = map.value(QStringLiteral("preview")).toString();
    info.version = map.value(keys().version).toULongLong();
    info.entryVersion = map.value(keys().entryVersion).toULongLong();
    return info;
}

ValueRange valueRange(const QVariant &answer)
{
    const QVariantMap map = answer.toMap();
    ValueRange range;
    range.data = map.value(QStringLiteral("data"));
    range.size = map.value(keys().size).toLongLong();
    range.version = map.value(keys().version).toULongLong();
    range.entryVersion = map.value(keys().entryVersion).toULongLong();
    return range;
}

VersionedValue versionedValue(const QVariant &answer)
{
    const QVariantMap map = answer.toMap();
    VersionedValue value;
    value.found = map.value(keys().found).toBool();
    value.value = map.value(keys().value);
    value.version = map.value(keys().version).toULongLong();
    value.entryVersion = map.value(keys().entryVersion).toULongLong();
    return value;
}

ConditionalWrite conditionalWrite(const QVariant &answer)
{
    const QVariantMap map = answer.toMap();
    ConditionalWrite write;
    write.ok = map.value(keys().ok).toBool();
    // A list's answer has no "found": its item is always there.
    write.found = map.value(keys().found, true).toBool();
    write.version = map.value(keys().version).toULongLong();
    write.entryVersion = map.value(keys().entryVersion).toULongLong();
    write.current = map.value(keys().current);
    return write;
}

ExchangedValue exchangedValue(const QVariant &answer)
{
    const QVariantMap map = answer.toMap();
    ExchangedValue exchanged;
    exchanged.found = map.value(keys().found).toBool();
    exchanged.previous = map.value(keys().previous);
    exchanged.version = map.value(keys().version).toULongLong();
    return exchanged;
}

NamespaceSnapshot namespaceSnapshot(const QVariant &answer)
{
    const QVariantMap map = answer.toMap();
    NamespaceSnapshot snapshot;
    snapshot.version = map.value(keys().version).toULongLong();
    snapshot.attributes = map.value(QStringLiteral("attributes")).toMap();
    return snapshot;
}

} // namespace LibManager::ContainerResults
