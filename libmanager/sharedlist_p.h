// SPDX-License-Identifier: BSD-3-Clause
//
//  W A R N I N G
//  -------------
// This file is not part of the libmanager API. It may change from version to version without
// notice, or even be removed.

#ifndef LIBMANAGER_SHAREDLIST_P_H
#define LIBMANAGER_SHAREDLIST_P_H

#include <libmanager/nativeobject_p.h>

namespace LibManager {

/*!
    list. Wire methods: __getitem__(i), __setitem__(i, v), getslice(start, stop, step),
    setslice(start, stop, values, step), delslice(start, stop), append, extend, insert, pop,
    remove, index, count, reverse, sort(reverse), clear, __len__, __contains__, tolist.
    Slice bounds that are null mean Python's None. Events: "inserted" (index, values),
    "removed" (index, count), "changed" (index, values), "reset" (values).
*/
class LIBMANAGER_EXPORT SharedList : public NativeObject
{
    Q_OBJECT
public:
    using NativeObject::NativeObject;
    ~SharedList() override;
    /*! The first contents; fails, changing nothing, if they do not fit the quotas. */
    Reply initialize(const QVariantList &values);

    QString toString() const override;
    QStringList methodNames() const override;

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

    QVariantList m_items;
};

} // namespace LibManager

#endif // LIBMANAGER_SHAREDLIST_P_H
