// SPDX-License-Identifier: BSD-3-Clause
#ifndef LIBMANAGER_LISTPROXY_H
#define LIBMANAGER_LISTPROXY_H

#include <libmanager/containerresults.h>
#include <libmanager/pendingreply.h>
#include <libmanager/proxy.h>

#include <limits>

namespace LibManager {

/*!
    A proxy for a shared list. Indexes count from the end when negative; an index out of range
    is Error::IndexError; remove() and index() of a missing value are Error::ValueError.
    Slices follow Python: start and stop are clamped, a step may be given for reading and for
    same-length assignment. A value may be a proxy (see DictProxy).

    The change signals carry enough to keep a local copy without fetching it again.

    Beyond Python's list: window() reads a slice with the length and version it goes with, in
    one step; setIf() writes an item only if it has not changed (nor moved) since a version the
    caller saw, and exchange() writes one and returns what it replaced (see containerresults.h).
*/
class LIBMANAGER_EXPORT ListProxy : public Proxy
{
    Q_OBJECT
public:
    using Proxy::Proxy;
    /*! Slice bound: up to the end (Python's None). */
    static constexpr int End = std::numeric_limits<int>::max();

    Reply at(int index) const;
    bool set(int index, const QVariant &value);
    Reply slice(int start, int stop = End, int step = 1) const;
    /*! l[start:stop] = values (may change the length); with a step, same length only. */
    bool setSlice(int start, int stop, const QVariantList &values, int step = 1);
    /*! del l[start:stop]. */
    bool removeSlice(int start, int stop = End);
    bool append(const QVariant &value);
    /*! l.extend(values), also l += values. */
    bool extend(const QVariantList &values);
    bool insert(int index, const QVariant &value);
    /*! l.pop(index): the item, or Error::IndexError. */
    Reply pop(int index = -1);
    /*! Removes the first item equal to \a value; Error::ValueError if there is none. */
    bool remove(const QVariant &value);
    /*! The first index of \a value in [start, stop), or -1 with Error::ValueError. */
    int index(const QVariant &value, int start = 0, int stop = End) const;
    int count(const QVariant &value) const;
    bool reverse();
    /*! Sorts by QVariant ordering (numbers by value, strings, ...); Error::TypeError if two
        items cannot be compared. */
    bool sort(Qt::SortOrder order = Qt::AscendingOrder);
    bool clear();
    int size() const;
    bool contains(const QVariant &value) const;
    QVariantList toList() const;

    /*! The items [start, start + count) (at most 10,000) with the list's length and version;
        a negative \a start counts from the end. */
    ItemWindow window(qint64 start, int count = 100) const;
    /*!
        Sets the item at \a index to \a value only if it has not changed since the list's version
        \a expectedVersion (from window()): neither written nor moved there by an insertion,
        removal or reordering before it. Changes elsewhere do not conflict. On a conflict
        nothing is written and the result has the item as it is now. Error::IndexError if
        \a index is out of range.
    */
    ConditionalWrite setIf(int index, const QVariant &value, quint64 expectedVersion);
    /*! Sets the item at \a index and returns the one it replaced; Error::IndexError. */
    ExchangedValue exchange(int index, const QVariant &value);

    // Asynchronous twins: the same calls and results, without waiting (see PendingReply).
    /*! at(): the item, or Error::IndexError. */
    PendingReply<QVariant> atAsync(int index) const;
    PendingReply<void> setAsync(int index, const QVariant &value);
    PendingReply<QVariantList> sliceAsync(int start, int stop = End, int step = 1) const;
    PendingReply<void> setSliceAsync(int start, int stop, const QVariantList &values, int step = 1);
    PendingReply<void> removeSliceAsync(int start, int stop = End);
    PendingReply<void> appendAsync(const QVariant &value);
    PendingReply<void> extendAsync(const QVariantList &values);
    PendingReply<void> insertAsync(int index, const QVariant &value);
    /*! pop(): the item, or Error::IndexError. */
    PendingReply<QVariant> popAsync(int index = -1);
    /*! remove(): Error::ValueError if there is no such item. */
    PendingReply<void> removeAsync(const QVariant &value);
    /*! index(): value() is -1 with Error::ValueError if \a value is not there. */
    PendingReply<int> indexAsync(const QVariant &value, int start = 0, int stop = End) const;
    PendingReply<int> countAsync(const QVariant &value) const;
    PendingReply<void> reverseAsync();
    PendingReply<void> sortAsync(Qt::SortOrder order = Qt::AscendingOrder);
    PendingReply<void> clearAsync();
    PendingReply<int> sizeAsync() const;
    PendingReply<bool> containsAsync(const QVariant &value) const;
    PendingReply<QVariantList> toListAsync() const;
    PendingReply<ItemWindow> windowAsync(qint64 start, int count = 100) const;
    PendingReply<ConditionalWrite> setIfAsync(int index, const QVariant &value, quint64 expectedVersion);
    PendingReply<ExchangedValue> exchangeAsync(int index, const QVariant &value);

Q_SIGNALS:
    void itemsInserted(int index, const QVariantList &values);
    void itemsRemoved(int index, int count);
    void itemsChanged(int index, const QVariantList &values);
    /*! The whole list changed at once (sort, reverse, a stepped assignment): its new items. */
    void listReset(const QVariantList &values);

protected:
    void handleEvent(const QByteArray &name, const QVariantList &args) override;
};

} // namespace LibManager

#endif // LIBMANAGER_LISTPROXY_H
