// SPDX-License-Identifier: BSD-3-Clause
#include "dicttable_p.h"
#include "pythonvalue_p.h"
#include <libmanager/tr_p.h>

#include <QtCore/qdatetime.h>
#include <QtCore/qhash.h>
#include <QtCore/qurl.h>
#include <QtCore/quuid.h>

#include <cmath>
#include <cstring>
#include <new>

namespace LibManager {

namespace {

enum class KeyKind : quint8 { Integer, Float, String, Bytes, Other, Unhashable };

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

size_t hashOf(const QVariant &v, KeyKind kind, size_t seed)
{
    switch (kind) {
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

// Slots live in 32-bit buckets; the order tree counts in 32 bits.
constexpr qsizetype MaxSlots = 0x7ffffff0;
// Holes are squeezed out when there are more of them than entries, and at least this many.
constexpr qsizetype MinHolesToCompact = 64;
// nextLive() steps over this many holes one by one before it asks the tree.
constexpr int HolesToStep = 32;

} // namespace

DictKey::DictKey(const QVariant &key) : m_key(key), m_kind(quint8(kindOf(key)))
{
    // The process's seed, as QHash's own: keys an attacker chose do not collide on purpose.
    const size_t hash = hashOf(m_key, KeyKind(m_kind), QHashSeed::globalSeed());
    m_hash = quint32(hash ^ (quint64(hash) >> 32));
}

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

DictTable::DictTable() = default;
DictTable::~DictTable() = default;
DictTable::DictTable(DictTable &&other) noexcept = default;
DictTable &DictTable::operator=(DictTable &&other) noexcept = default;

qsizetype DictTable::findBucket(const DictKey &key) const
{
    if (m_index.empty())
        return -1;
    const qsizetype mask = qsizetype(m_index.size()) - 1;
    for (qsizetype i = bucketOf(key.m_hash);; i = (i + 1) & mask) {
        const quint32 bucket = m_index[size_t(i)];
        if (bucket == Empty)
            return -1;
        if (bucket != Removed) {
            const Entry &entry = m_entries[bucket - 1];
            if (entry.key.m_hash == key.m_hash && entry.key == key)
                return i;
        }
    }
}

qsizetype DictTable::find(const DictKey &key) const
{
    const qsizetype bucket = findBucket(key);
    return bucket < 0 ? -1 : qsizetype(m_index[size_t(bucket)]) - 1;
}

qsizetype DictTable::append(const DictKey &key, const QVariant &value, quint64 version)
{
    if (slotEnd() >= MaxSlots)
        compact();
    if (slotEnd() >= MaxSlots)
        throw std::bad_alloc(); // two thousand million entries: the server's memory ran out first
    // At most two thirds of the buckets in use (live or Removed), for short probes.
    if ((m_usedBuckets + 1) * 3 > qsizetype(m_index.size()) * 2)
        rebuildIndex(m_live + 1);
    const qsizetype slot = slotEnd();
    m_entries.push_back(Entry { key, value, version });
    const qsizetype mask = qsizetype(m_index.size()) - 1;
    qsizetype i = bucketOf(key.m_hash);
    while (m_index[size_t(i)] != Empty && m_index[size_t(i)] != Removed)
        i = (i + 1) & mask;
    if (m_index[size_t(i)] == Empty)
        ++m_usedBuckets;
    m_index[size_t(i)] = quint32(slot + 1);
    ++m_live;
    if (!m_tree.empty()) {
        if (slot < qsizetype(m_tree.size()) - 1)
            treeAdd(slot, 1);
        else
            m_tree.clear(); // built again, longer, when needed
    }
    return slot;
}

DictTable::Entry DictTable::take(qsizetype slot)
{
    Entry &entry = m_entries[size_t(slot)];
    // Its bucket: probed for as a lookup would, by the slot rather than the key.
    const qsizetype mask = qsizetype(m_index.size()) - 1;
    qsizetype i = bucketOf(entry.key.m_hash);
    while (m_index[size_t(i)] != quint32(slot + 1))
        i = (i + 1) & mask;
    m_index[size_t(i)] = Removed;
    Entry taken = std::move(entry);
    entry = Entry();
    entry.key.m_kind = Dead;
    --m_live;
    if (!m_tree.empty())
        treeAdd(slot, -1);
    if (slot == lastSlot()) {
        // Holes at the end are dropped at once: popitem() stays O(1).
        m_entries.pop_back();
        while (!m_entries.empty() && !m_entries.back().isLive()) {
            m_entries.pop_back();
            --m_holes;
        }
    } else {
        ++m_holes;
    }
    if (m_live == 0) {
        // The memory goes too, as QHash's does when it is emptied.
        const bool held = m_compactionHeld;
        *this = DictTable();
        m_compactionHeld = held;
        return taken;
    }
    compactIfSparse();
    return taken;
}

void DictTable::setCompactionHeld(bool held)
{
    m_compactionHeld = held;
    compactIfSparse();
}

void DictTable::compactIfSparse()
{
    if (!m_compactionHeld && m_holes >= MinHolesToCompact && m_holes > m_live)
        compact();
}

void DictTable::compact()
{
    if (m_holes == 0)
        return;
    qsizetype to = 0;
    for (qsizetype from = 0; from < slotEnd(); ++from) {
        if (!m_entries[size_t(from)].isLive())
            continue;
        if (to != from)
            m_entries[size_t(to)] = std::move(m_entries[size_t(from)]);
        ++to;
    }
    m_entries.resize(size_t(to));
    // A dict that shrank a lot gives the room back.
    if (m_entries.capacity() > 2 * m_entries.size() + 16)
        m_entries.shrink_to_fit();
    m_holes = 0;
    m_tree.clear();
    rebuildIndex(m_live);
}

void DictTable::rebuildIndex(qsizetype forEntries)
{
    // At most half full once rebuilt.
    int bits = 3;
    while ((qsizetype(1) << bits) < 2 * forEntries)
        ++bits;
    std::vector<quint32>(size_t(1) << bits, Empty).swap(m_index);
    m_shift = 32 - bits;
    const qsizetype mask = qsizetype(m_index.size()) - 1;
    m_usedBuckets = 0;
    for (qsizetype slot = 0; slot < slotEnd(); ++slot) {
        const Entry &entry = m_entries[size_t(slot)];
        if (!entry.isLive())
            continue;
        qsizetype i = bucketOf(entry.key.m_hash);
        while (m_index[size_t(i)] != Empty)
            i = (i + 1) & mask;
        m_index[size_t(i)] = quint32(slot + 1);
        ++m_usedBuckets;
    }
}

void DictTable::ensureTree() const
{
    if (!m_tree.empty())
        return;
    size_t length = 1;
    while (length < m_entries.size())
        length *= 2;
    m_tree.assign(length + 1, 0);
    for (size_t i = 1; i <= length; ++i) {
        if (i <= m_entries.size() && m_entries[i - 1].isLive())
            m_tree[i] += 1;
        const size_t parent = i + (i & (~i + 1));
        if (parent <= length)
            m_tree[parent] += m_tree[i];
    }
}

void DictTable::treeAdd(qsizetype slot, qint32 delta) const
{
    const size_t length = m_tree.size() - 1;
    for (size_t i = size_t(slot) + 1; i <= length; i += i & (~i + 1))
        m_tree[i] += delta;
}

qsizetype DictTable::treePrefix(qsizetype slot) const
{
    qsizetype sum = 0;
    for (size_t i = size_t(slot); i > 0; i -= i & (~i + 1))
        sum += m_tree[i];
    return sum;
}

qsizetype DictTable::positionOf(qsizetype slot) const
{
    if (m_holes == 0)
        return qMin(slot, m_live);
    ensureTree();
    return treePrefix(qMin(slot, slotEnd()));
}

qsizetype DictTable::slotAt(qsizetype position) const
{
    if (m_holes == 0)
        return position;
    ensureTree();
    // The lowest slot with position + 1 live entries up to and including it.
    const size_t length = m_tree.size() - 1;
    size_t at = 0;
    qsizetype remaining = position + 1;
    for (size_t step = length; step > 0; step /= 2) {
        if (at + step <= length && m_tree[at + step] < remaining) {
            at += step;
            remaining -= m_tree[at];
        }
    }
    return qsizetype(at);
}

qsizetype DictTable::nextLive(qsizetype slot) const
{
    qsizetype next = slot + 1;
    for (int i = 0; i < HolesToStep && next < slotEnd(); ++i, ++next) {
        if (m_entries[size_t(next)].isLive())
            return next;
    }
    if (next >= slotEnd())
        return slotEnd();
    // A long run of holes: jump over it.
    const qsizetype position = positionOf(next);
    return position < m_live ? slotAt(position) : slotEnd();
}

} // namespace LibManager
