// SPDX-License-Identifier: BSD-3-Clause
#ifndef LIBMANAGER_REQUESTTABLE_P_H
#define LIBMANAGER_REQUESTTABLE_P_H

//
//  W A R N I N G
//  -------------
//
// This file is not part of the libmanager API. It may change from version to version
// without notice, or even be removed.
//

#include <QtCore/qhash.h>

#include <utility>
#include <vector>

namespace LibManager {

/*!
    \internal
    Requests waiting for their answers, by request id. \a T is a pointer type (null means
    "no entry"), such as std::shared_ptr<PendingCallState>.

    Request ids are handed out in sequence, and most calls are answered soon and nearly in
    order. So the table is a ring indexed by the id's low bits: adding and taking a request
    is one slot each, with no hashing and no allocation. The ring doubles while more than
    half of it is in use (up to MaxRing slots). A request still waiting when a new id needs
    its slot (a call parked on the server for a long time, while thousands of others come
    and go) moves to a hash table on the side, so one slow call never makes the ring grow.
    The ring shrinks back once the table is empty.
*/
template <typename T>
class RequestTable
{
public:
    static constexpr qsizetype MinRing = 64;
    static constexpr qsizetype MaxRing = qsizetype(1) << 18;
    static constexpr qsizetype ShrinkAbove = 4096;

    qsizetype size() const { return m_count; }
    bool isEmpty() const { return m_count == 0; }
    /*! Slots in the ring, and entries moved to the side (for tests). */
    qsizetype ringSize() const { return qsizetype(m_ring.size()); }
    qsizetype overflowSize() const { return m_overflow.size(); }

    /*! Adds \a value (not null) for \a id, which must not be in the table. */
    void insert(quint32 id, T value)
    {
        Q_ASSERT(value);
        if (m_ring.empty())
            m_ring.resize(size_t(MinRing));
        Slot *slot = &m_ring[slotOf(id)];
        if (slot->value) {
            if (ringSize() < MaxRing && m_count >= ringSize() / 2) {
                grow();
                slot = &m_ring[slotOf(id)];
            }
            if (slot->value) // an old request: it waits on the side
                m_overflow.insert(slot->id, std::exchange(slot->value, T()));
        }
        slot->id = id;
        slot->value = std::move(value);
        ++m_count;
    }

    /*! Removes the entry for \a id and returns it; null if there was none. */
    T take(quint32 id)
    {
        if (!m_ring.empty()) {
            Slot &slot = m_ring[slotOf(id)];
            if (slot.value && slot.id == id)
                return taken(std::exchange(slot.value, T()));
        }
        if (!m_overflow.isEmpty()) {
            const auto it = m_overflow.find(id);
            if (it != m_overflow.end()) {
                T value = std::move(it.value());
                m_overflow.erase(it);
                return taken(std::move(value));
            }
        }
        return T();
    }

    bool contains(quint32 id) const
    {
        if (!m_ring.empty()) {
            const Slot &slot = m_ring[slotOf(id)];
            if (slot.value && slot.id == id)
                return true;
        }
        return m_overflow.contains(id);
    }

    /*! Empties the table and returns what was in it, in no particular order. */
    std::vector<T> takeAll()
    {
        std::vector<T> all;
        all.reserve(size_t(m_count));
        for (Slot &slot : m_ring) {
            if (slot.value)
                all.push_back(std::exchange(slot.value, T()));
        }
        for (auto it = m_overflow.begin(); it != m_overflow.end(); ++it)
            all.push_back(std::move(it.value()));
        m_overflow.clear();
        m_count = 0;
        std::vector<Slot>().swap(m_ring);
        return all;
    }

private:
    struct Slot
    {
        quint32 id = 0;
        T value {};
    };

    size_t slotOf(quint32 id) const { return size_t(id) & (m_ring.size() - 1); }

    T taken(T value)
    {
        if (--m_count == 0 && ringSize() > ShrinkAbove) {
            std::vector<Slot>(size_t(MinRing)).swap(m_ring);
            m_overflow.clear(); // empty already; gives its memory back
        }
        return value;
    }

    void grow()
    {
        // Two ids in different slots of a ring differ in their low bits, so they are in
        // different slots of the ring twice its size too: nothing collides here.
        std::vector<Slot> bigger(m_ring.size() * 2);
        const size_t mask = bigger.size() - 1;
        for (Slot &slot : m_ring) {
            if (slot.value)
                bigger[size_t(slot.id) & mask] = { slot.id, std::exchange(slot.value, T()) };
        }
        m_ring.swap(bigger);
    }

    std::vector<Slot> m_ring; // size 0 or a power of two
    QHash<quint32, T> m_overflow;
    qsizetype m_count = 0;
};

} // namespace LibManager

#endif // LIBMANAGER_REQUESTTABLE_P_H
