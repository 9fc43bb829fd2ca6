// SPDX-License-Identifier: BSD-3-Clause
#include "shareddict_p.h"
#include "footprint_p.h"
#include "pythonrepr_p.h"
#include "pythonvalue_p.h"
#include "tr_p.h"

#include <QtCore/qdatetime.h>
#include <QtCore/qurl.h>
#include <QtCore/quuid.h>

#include <algorithm>
#include <cmath>
#include <cstring>

namespace LibManager {

namespace {

enum class KeyKind { Integer, Float, String, Bytes, Other, Unhashable };

// An integral number as a 128-bit integer (so that every 64-bit value, signed or not, fits),
// or false if the value is a non-integral double.
bool asInteger(const QVariant &value, Int128 *out)
{
    const int id = value.metaType().id();
    if (isIntegerType(id)) {
        *out = integerOf(value);
        return true;
    }
    const double d = value.toDouble();
    if (std::isfinite(d) && std::trunc(d) == d && std::fabs(d) < 1.8e19) {
        *out = Int128(d);
        return true;
    }
    return false;
}

KeyKind kindOf(const QVariant &key)
{
    const int id = key.metaType().id();
    if (isIntegerType(id))
        return KeyKind::Integer;
    switch (id) {
    case QMetaType::Double:
    case QMetaType::Float: {
        Int128 ignored;
        return asInteger(key, &ignored) ? KeyKind::Integer : KeyKind::Float;
    }
    case QMetaType::QString:
        return KeyKind::String;
    case QMetaType::QByteArray:
        return KeyKind::Bytes;
    case QMetaType::QChar:
    case QMetaType::QDate:
    case QMetaType::QTime:
    case QMetaType::QDateTime:
    case QMetaType::QUuid:
    case QMetaType::QUrl:
        return KeyKind::Other;
    default:
        return KeyKind::Unhashable;
    }
}

} // namespace

DictKey::DictKey(const QVariant &key) : m_key(key), m_kind(quint8(kindOf(key))) { }

bool DictKey::isHashable(QString *why) const
{
    if (KeyKind(m_kind) != KeyKind::Unhashable)
        return true;
    *why = Tr::tr("unhashable type: '%1'")
               .arg(m_key.isValid() ? QString::fromLatin1(m_key.metaType().name())
                                    : QStringLiteral("None"));
    return false;
}

bool operator==(const DictKey &a, const DictKey &b)
{
    if (a.m_kind != b.m_kind)
        return false;
    switch (KeyKind(a.m_kind)) {
    case KeyKind::Integer: {
        Int128 x = 0;
        Int128 y = 0;
        asInteger(a.m_key, &x);
        asInteger(b.m_key, &y);
        return x == y;
    }
    case KeyKind::Float:
        return a.m_key.toDouble() == b.m_key.toDouble();
    case KeyKind::String: {
        // Equal UTF-16 code units: what QString's == decides, without its ordering compare.
        const auto &x = *static_cast<const QString *>(a.m_key.constData());
        const auto &y = *static_cast<const QString *>(b.m_key.constData());
        return x.size() == y.size()
                && std::memcmp(x.constData(), y.constData(), size_t(x.size()) * sizeof(QChar)) == 0;
    }
    case KeyKind::Bytes:
        return *static_cast<const QByteArray *>(a.m_key.constData()) == *static_cast<const QByteArray *>(b.m_key.constData());
    case KeyKind::Other:
        return a.m_key.metaType() == b.m_key.metaType() && a.m_key == b.m_key;
    case KeyKind::Unhashable:
        break;
    }
    return false;
}

size_t qHash(const DictKey &key, size_t seed)
{
    const QVariant &v = key.m_key;
    switch (KeyKind(key.m_kind)) {
    case KeyKind::Integer: {
        Int128 x = 0;
        asInteger(v, &x);
        return ::qHashMulti(seed, quint64(x), quint64(x >> 64));
    }
    case KeyKind::Float:
        return ::qHash(v.toDouble(), seed);
    case KeyKind::String:
        return ::qHash(*static_cast<const QString *>(v.constData()), seed);
    case KeyKind::Bytes:
        return ::qHash(*static_cast<const QByteArray *>(v.constData()), seed ^ 0x9e3779b9u);
    case KeyKind::Other:
        switch (v.metaType().id()) {
        case QMetaType::QChar: return ::qHash(v.toChar(), seed);
        case QMetaType::QDate: return ::qHash(v.toDate().toJulianDay(), seed);
        case QMetaType::QTime: return ::qHash(v.toTime().msecsSinceStartOfDay(), seed);
        case QMetaType::QDateTime: return ::qHash(v.toDateTime().toMSecsSinceEpoch(), seed);
        case QMetaType::QUuid: return ::qHash(v.toUuid(), seed);
        case QMetaType::QUrl: return ::qHash(v.toUrl(), seed);
        default: break;
        }
        break;
    case KeyKind::Unhashable:
        break;
    }
    return seed;
}

SharedDict::~SharedDict()
{
    for (const Entry &entry : std::as_const(m_entries))
        releaseValue(entry.value);
}

QStringList SharedDict::methodNames() const
{
    return { QStringLiteral("__getitem__"), QStringLiteral("__setitem__"), QStringLiteral("__delitem__"),
             QStringLiteral("__contains__"), QStringLiteral("__len__"), QStringLiteral("keys"),
             QStringLiteral("values"), QStringLiteral("items"), QStringLiteral("get"), QStringLiteral("pop"),
             QStringLiteral("popitem"), QStringLiteral("setdefault"), QStringLiteral("update"),
             QStringLiteral("clear"), QStringLiteral("copy") };
}

QList<SharedDict::Table::const_iterator> SharedDict::ordered() const
{
    QList<Table::const_iterator> entries;
    entries.reserve(m_entries.size());
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it)
        entries.append(it);
    std::sort(entries.begin(), entries.end(),
              [](const Table::const_iterator &a, const Table::const_iterator &b) { return a->order < b->order; });
    return entries;
}

QString SharedDict::toString() const
{
    QStringList parts;
    for (const auto &it : ordered())
        parts.append(pythonRepr(it.key().value()) + QLatin1String(": ") + pythonRepr(it->value));
    return QLatin1Char('{') + parts.join(QLatin1String(", ")) + QLatin1Char('}');
}

bool SharedDict::checkKey(const DictKey &key, Reply *failure) const
{
    QString why;
    if (key.isHashable(&why))
        return true;
    *failure = Reply::fromError(Error::TypeError, why);
    return false;
}

Reply SharedDict::missing(const QVariant &key) const
{
    return Reply::fromError(Error::KeyError, pythonRepr(key));
}

Reply SharedDict::set(const QVariant &key, const QVariant &value)
{
    Reply failure;
    const DictKey dictKey(key);
    if (!checkKey(dictKey, &failure))
        return failure;
    auto it = m_entries.find(dictKey);
    if (it != m_entries.end()) {
        const qint64 growth = Footprint::of(value) - Footprint::of(it->value);
        if (!mayGrow(growth, -1, &failure))
            return failure;
        retainValue(value);
        releaseValue(it->value);
        it->value = value;
        noteChange();
        grown(growth);
        publish("changed", it.key().value(), value);
    } else {
        const qint64 growth = entryFootprint(key, value);
        if (!mayGrow(growth, m_entries.size() + 1, &failure))
            return failure;
        retainValue(value);
        m_entries.insert(dictKey, Entry { value, m_nextOrder++ });
        noteChange();
        grown(growth);
        publish("inserted", key, value);
    }
    return Reply::fromValue(QVariant());
}

qint64 SharedDict::entryFootprint(const QVariant &key, const QVariant &value)
{
    return Footprint::DictEntry + Footprint::of(key) + Footprint::of(value);
}

void SharedDict::bound(const QVariant &key, const QVariant &value, Growth *growth) const
{
    const auto it = m_entries.constFind(DictKey(key));
    if (it == m_entries.cend()) {
        growth->bytes += entryFootprint(key, value);
        ++growth->entries;
    } else {
        // Never less than 0: then the sum bounds the update in any order, and with a key
        // that comes twice.
        growth->bytes += qMax<qint64>(0, Footprint::of(value) - Footprint::of(it->value));
    }
}

Reply SharedDict::update(const QVariant &values)
{
    // Weighed first, at most what the update adds: one that does not fit changes nothing.
    Growth growth;
    Reply failure;
    switch (values.metaType().id()) {
    case QMetaType::QVariantMap: {
        const QVariantMap map = values.toMap();
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            bound(it.key(), it.value(), &growth);
        if (!mayGrow(growth.bytes, m_entries.size() + growth.entries, &failure))
            return failure;
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            set(it.key(), it.value());
        return Reply::fromValue(QVariant());
    }
    case QMetaType::QVariantHash: {
        const QVariantHash hash = values.toHash();
        for (auto it = hash.cbegin(); it != hash.cend(); ++it)
            bound(it.key(), it.value(), &growth);
        if (!mayGrow(growth.bytes, m_entries.size() + growth.entries, &failure))
            return failure;
        for (auto it = hash.cbegin(); it != hash.cend(); ++it)
            set(it.key(), it.value());
        return Reply::fromValue(QVariant());
    }
    case QMetaType::QVariantList: {
        const QVariantList pairs = values.toList();
        // Check everything first: a bad pair changes nothing.
        for (qsizetype i = 0; i < pairs.size(); ++i) {
            const QVariantList pair = pairs.at(i).toList();
            if (pairs.at(i).metaType().id() != QMetaType::QVariantList || pair.size() != 2) {
                return Reply::fromError(
                    Error::ValueError,
                    Tr::tr("dictionary update sequence element #%1 is not a [key, value] pair")
                        .arg(i));
            }
            if (!checkKey(DictKey(pair.at(0)), &failure))
                return failure;
            bound(pair.at(0), pair.at(1), &growth);
        }
        if (!mayGrow(growth.bytes, m_entries.size() + growth.entries, &failure))
            return failure;
        for (const QVariant &pair : pairs)
            set(pair.toList().at(0), pair.toList().at(1));
        return Reply::fromValue(QVariant());
    }
    case QMetaType::UnknownType:
        return Reply::fromValue(QVariant());
    default:
        return Reply::fromError(Error::TypeError,
                                Tr::tr("update() takes a map or a list of [key, value] pairs"));
    }
}

Reply SharedDict::dispatch(const Caller &caller, MethodName method, const QVariantList &args)
{
    Q_UNUSED(caller);
    Reply failure;
    if (method == "__getitem__" || method == "get") {
        if (args.isEmpty() || args.size() > 2)
            return wrongArguments(method, QStringLiteral("(key[, default])"));
        const DictKey key(args.at(0));
        if (!checkKey(key, &failure))
            return failure;
        const auto it = m_entries.constFind(key);
        if (it != m_entries.cend())
            return Reply::fromValue(it->value);
        return method == "get" ? Reply::fromValue(args.value(1)) : missing(args.at(0));
    }
    if (method == "__setitem__") {
        if (args.size() != 2)
            return wrongArguments(method, QStringLiteral("(key, value)"));
        return set(args.at(0), args.at(1));
    }
    if (method == "__delitem__" || method == "pop") {
        if (args.isEmpty() || args.size() > (method == "pop" ? 2 : 1))
            return wrongArguments(method, method == "pop" ? QStringLiteral("(key[, default])") : QStringLiteral("(key)"));
        const DictKey key(args.at(0));
        if (!checkKey(key, &failure))
            return failure;
        const auto it = m_entries.find(key);
        if (it == m_entries.end())
            return args.size() == 2 ? Reply::fromValue(args.at(1)) : missing(args.at(0));
        const QVariant storedKey = it.key().value();
        const QVariant value = it->value;
        m_entries.erase(it);
        releaseValue(value);
        noteChange();
        grown(-entryFootprint(storedKey, value));
        publish("removed", storedKey);
        return Reply::fromValue(method == "pop" ? value : QVariant());
    }
    if (method == "__contains__") {
        if (args.size() != 1)
            return wrongArguments(method, QStringLiteral("(key)"));
        const DictKey key(args.at(0));
        if (!checkKey(key, &failure))
            return failure; // Python: TypeError, unhashable type
        return Reply::fromValue(m_entries.contains(key));
    }
    if (method == "__len__")
        return Reply::fromValue(int(m_entries.size()));
    if (method == "keys" || method == "values" || method == "items" || method == "copy") {
        QVariantList out;
        out.reserve(m_entries.size());
        for (const auto &it : ordered()) {
            if (method == "keys")
                out.append(it.key().value());
            else if (method == "values")
                out.append(it->value);
            else
                out.append(QVariant(QVariantList { it.key().value(), it->value }));
        }
        return Reply::fromValue(out);
    }
    if (method == "popitem") {
        if (m_entries.isEmpty())
            return Reply::fromError(Error::KeyError, Tr::tr("popitem(): dictionary is empty"));
        auto last = m_entries.begin();
        for (auto it = m_entries.begin(); it != m_entries.end(); ++it) {
            if (it->order > last->order)
                last = it;
        }
        const QVariant key = last.key().value();
        const QVariant value = last->value;
        m_entries.erase(last);
        releaseValue(value);
        noteChange();
        grown(-entryFootprint(key, value));
        publish("removed", key);
        return Reply::fromValue(QVariantList { key, value });
    }
    if (method == "setdefault") {
        if (args.isEmpty() || args.size() > 2)
            return wrongArguments(method, QStringLiteral("(key[, default])"));
        const DictKey key(args.at(0));
        if (!checkKey(key, &failure))
            return failure;
        const auto it = m_entries.constFind(key);
        if (it != m_entries.cend())
            return Reply::fromValue(it->value);
        const Reply stored = set(args.at(0), args.value(1));
        return stored.isValid() ? Reply::fromValue(args.value(1)) : stored;
    }
    if (method == "update") {
        if (args.size() != 1)
            return Reply::fromError(Error::InvalidArguments,
                                    Tr::tr("%1 takes (mapping or pairs)")
                                        .arg(QString::fromLatin1(QByteArrayView(method))));
        return update(args.at(0));
    }
    if (method == "clear") {
        const Table entries = std::exchange(m_entries, {});
        for (const Entry &entry : entries)
            releaseValue(entry.value);
        noteChange();
        grown(-footprint());
        publish("cleared");
        return Reply::fromValue(QVariant());
    }
    return notExposed(method);
}

} // namespace LibManager
