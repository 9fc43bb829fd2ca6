// SPDX-License-Identifier: BSD-3-Clause
//
//  W A R N I N G
//  -------------
// This file is not part of the libmanager API. It may change from version to version without
// notice, or even be removed.

#ifndef LIBMANAGER_DICTTABLE_P_H
#define LIBMANAGER_DICTTABLE_P_H

#include <libmanager/libmanager_global.h>

#include <QtCore/qvariant.h>

#include <vector>

namespace LibManager {

/*!
    A dict key with Python's equality: numbers equal by value whatever their type (1, 1.0 and
    True are one key), strings and byte arrays never equal to each other. Its hash is worked
    out once, when it is made.
*/
class LIBMANAGER_AUTOTEST_EXPORT DictKey
{
public:
    DictKey() = default;
    explicit DictKey(const QVariant &key);
    /*! False, with the reason, for a key that cannot be hashed (a list, a map, ...). */
    bool isHashable(QString *why) const;
    const QVariant &value() const { return m_key; }
    quint32 hash() const { return m_hash; }
    friend bool operator==(const DictKey &a, const DictKey &b);

private:
    friend class DictTable;
    QVariant m_key;
    quint32 m_hash = 0;
    quint8 m_kind = 0; // what sort of key it is, worked out once rather than per comparison
};

/*!
    The entries of a dict in insertion order, the way CPython keeps them: an array of entries
    in the order they came (a removed one leaves a hole) and a hash index of positions into
    it. On top, a Fenwick tree of the live entries turns a position in the dict (the 5,000th
    item) into its entry and back in O(log n), so that a page of items costs O(log n + page)
    however big the dict; the tree is built only once a page is asked for while there are
    holes (without holes an entry's position is its place in the array) and kept up from then
    on. Holes are squeezed out (compaction) when they outnumber the entries, unless a scan
    holds the order still (setCompactionHeld()).

    Entries are addressed by their place in the array, a "slot", valid until the next
    compaction. Lookups, insertions and removals are O(1) on average, like QHash's.
*/
class LIBMANAGER_AUTOTEST_EXPORT DictTable
{
public:
    struct Entry
    {
        DictKey key;
        QVariant value;
        /*! The dict's version when this entry was last written. */
        quint64 version = 0;
        bool isLive() const { return key.m_kind != Dead; }
    };

    DictTable();
    ~DictTable();
    DictTable(DictTable &&other) noexcept;
    DictTable &operator=(DictTable &&other) noexcept;
    Q_DISABLE_COPY(DictTable)

    qsizetype size() const { return m_live; }
    bool isEmpty() const { return m_live == 0; }
    /*! The slot of \a key, or -1. */
    qsizetype find(const DictKey &key) const;
    /*! Adds \a key (not in the table) at the end of the order; returns its slot. */
    qsizetype append(const DictKey &key, const QVariant &value, quint64 version);
    /*! Takes out the entry at \a slot, which must be live: what it held is returned. */
    Entry take(qsizetype slot);

    /*! Every slot in [0, slotEnd()) is live or a hole; the live ones are in order. */
    qsizetype slotEnd() const { return qsizetype(m_entries.size()); }
    Entry &at(qsizetype slot) { return m_entries[size_t(slot)]; }
    const Entry &at(qsizetype slot) const { return m_entries[size_t(slot)]; }
    /*! The slot of the last entry, or -1. */
    qsizetype lastSlot() const { return m_entries.empty() ? -1 : slotEnd() - 1; }

    /*! The position in the order (0 is the oldest entry) of live \a slot, or for a hole the
        position the next live entry has. O(log n). */
    qsizetype positionOf(qsizetype slot) const;
    /*! The slot of the entry at \a position, 0 <= position < size(). O(log n). */
    qsizetype slotAt(qsizetype position) const;
    /*! The next live slot after \a slot, or slotEnd(). O(1) mostly, O(log n) at worst. */
    qsizetype nextLive(qsizetype slot) const;

    /*! Calls \a visit(const Entry &) for every entry, in order. */
    template<typename Visit>
    void forEach(Visit &&visit) const
    {
        for (const Entry &entry : m_entries) {
            if (entry.isLive())
                visit(entry);
        }
    }

    /*! While held, slots stay where they are: no compaction. */
    void setCompactionHeld(bool held);

private:
    // A kind of key no real key has: the entry is a hole.
    static constexpr quint8 Dead = 0xff;
    // Index buckets: 0 empty, Removed a removed entry's (probing goes on past it), else slot + 1.
    static constexpr quint32 Empty = 0;
    static constexpr quint32 Removed = 0xffffffffu;

    qsizetype bucketOf(quint32 hash) const { return qsizetype((hash * 2654435769u) >> m_shift); }
    qsizetype findBucket(const DictKey &key) const;
    void rebuildIndex(qsizetype forEntries);
    void compactIfSparse();
    void compact();
    void ensureTree() const;
    void treeAdd(qsizetype slot, qint32 delta) const;
    qsizetype treePrefix(qsizetype slot) const;

    std::vector<Entry> m_entries;
    std::vector<quint32> m_index;
    int m_shift = 32;
    qsizetype m_live = 0;
    qsizetype m_holes = 0;          // dead entries before the last live one
    qsizetype m_usedBuckets = 0;    // live and Removed
    bool m_compactionHeld = false;
    // Fenwick tree over the slots, 1-based, a power of two long; empty until needed.
    mutable std::vector<qint32> m_tree;
};

} // namespace LibManager

#endif // LIBMANAGER_DICTTABLE_P_H
