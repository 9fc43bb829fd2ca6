// SPDX-License-Identifier: BSD-3-Clause
//
//  W A R N I N G
//  -------------
// This file is not part of the libmanager API. It may change from version to version without
// notice, or even be removed.

#ifndef LIBMANAGER_SHAREDLIST_P_H
#define LIBMANAGER_SHAREDLIST_P_H

#include <libmanager/standardtypes/standardobject_p.h>

namespace LibManager {

/*!
    list. Wire methods: __getitem__(i), __setitem__(i, v), getslice(start, stop, step),
    setslice(start, stop, values, step), delslice(start, stop), append, extend, insert, pop,
    remove, index, count, reverse, sort(reverse), clear, __len__, __contains__, tolist.
    Slice bounds that are null mean Python's None. Events: "inserted" (index, values),
    "removed" (index, count), "changed" (index, values), "reset" (values).

    Beyond Python (answers are maps; "version" is version()):
    - window(start, count = 100) -> {length, version, start, items}: a slice and the length
      and version it goes with, in one answer; a negative start counts from the end; at most
      MaxWindow items.
    - set_if(index, value, expectedVersion) -> {ok, version, entryVersion, current}: sets the
      item only if the item at \a index has not changed since version \a expectedVersion
      (one the caller saw in a window()): neither written, nor moved there by an insertion,
      removal or reordering before it. Changes to other items, and insertions or removals
      after it, do not conflict. On conflict ok is false with the item as it is now.
    - exchange(index, value) -> {found, previous, version}: sets and returns the item before.
    Per-item versions are kept only once window(), set_if() or exchange() has been called
    (before that, every item counts as changed at that moment): lists nobody edits this way
    pay nothing.
*/
class LIBMANAGER_AUTOTEST_EXPORT SharedList : public StandardObject
{
    Q_OBJECT
public:
    using StandardObject::StandardObject;
    ~SharedList() override;
    /*! The first contents; fails, changing nothing, if they do not fit the quotas. */
    Reply initialize(const QVariantList &values);

    QString toString() const override;

    qint64 containerLength() const override { return qint64(m_items.size()); }
    QString preview(int maxChars) const override;
    QStringList methodNames() const override;
    bool isReadMethod(MethodName method) const override;

    /*! Items per window(), at most. */
    static constexpr qsizetype MaxWindow = 10000;

protected:
    Reply dispatch(const Caller &caller, MethodName method, const QVariantList &args) override;

private:
    bool position(const QVariant &argument, qsizetype *index) const;
    Reply setSlice(const QVariantList &args);
    /*! Fails, changing nothing, if the items do not fit the quotas. */
    Reply insertItems(qsizetype at, const QVariantList &values);
    static qint64 itemsFootprint(QVariantList::const_iterator begin,
                                 QVariantList::const_iterator end);
    void removeItems(qsizetype at, qsizetype count);
    void reset();
    Reply setItem(qsizetype index, const QVariant &value);
    Reply window(const QVariantList &args);
    Reply setIf(const QVariantList &args);
    Reply exchange(const QVariantList &args);
    /*! Starts keeping per-item versions (see the class). */
    void trackItems();
    /*! Items from \a from on changed, or moved, at version(). */
    void itemsChangedFrom(qsizetype from);

    QVariantList m_items;
    // With m_tracked, the version at which each item was written or moved to its index.
    std::vector<quint64> m_itemVersions;
    bool m_tracked = false;

    // The wire methods: a row of Methods each (ListWire).
    static const StandardMethod<SharedList> Methods[];
    Reply serveGetItem(const Caller &caller, MethodName method, const QVariantList &args);
    Reply serveSetItem(const Caller &caller, MethodName method, const QVariantList &args);
    Reply serveGetSlice(const Caller &caller, MethodName method, const QVariantList &args);
    Reply serveSetSlice(const Caller &caller, MethodName method, const QVariantList &args);
    Reply serveDelSlice(const Caller &caller, MethodName method, const QVariantList &args);
    Reply serveAppend(const Caller &caller, MethodName method, const QVariantList &args);
    Reply serveExtend(const Caller &caller, MethodName method, const QVariantList &args);
    Reply serveInsert(const Caller &caller, MethodName method, const QVariantList &args);
    Reply servePop(const Caller &caller, MethodName method, const QVariantList &args);
    Reply serveRemove(const Caller &caller, MethodName method, const QVariantList &args);
    Reply serveCount(const Caller &caller, MethodName method, const QVariantList &args);
    Reply serveContains(const Caller &caller, MethodName method, const QVariantList &args);
    Reply serveReverse(const Caller &caller, MethodName method, const QVariantList &args);
    Reply serveSort(const Caller &caller, MethodName method, const QVariantList &args);
    Reply serveClear(const Caller &caller, MethodName method, const QVariantList &args);
    Reply serveLen(const Caller &caller, MethodName method, const QVariantList &args);
    Reply serveToList(const Caller &caller, MethodName method, const QVariantList &args);
    Reply serveWindow(const Caller &caller, MethodName method, const QVariantList &args);
    Reply serveSetIf(const Caller &caller, MethodName method, const QVariantList &args);
    Reply serveExchange(const Caller &caller, MethodName method, const QVariantList &args);
};

} // namespace LibManager

#endif // LIBMANAGER_SHAREDLIST_P_H
