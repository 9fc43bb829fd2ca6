// SPDX-License-Identifier: BSD-3-Clause
//
//  W A R N I N G
//  -------------
// This file is not part of the libmanager API. It may change from version to version without
// notice, or even be removed.

#ifndef LIBMANAGER_SHAREDDICT_P_H
#define LIBMANAGER_SHAREDDICT_P_H

#include <libmanager/nativeobject_p.h>

#include <QtCore/qhash.h>

namespace LibManager {

/*!
    A dict key with Python's equality: numbers equal by value whatever their type (1, 1.0 and
    True are one key), strings and byte arrays never equal to each other.
*/
class LIBMANAGER_EXPORT DictKey
{
public:
    DictKey() = default;
    explicit DictKey(const QVariant &key);
    /*! False, with the reason, for a key that cannot be hashed (a list, a map, ...). */
    bool isHashable(QString *why) const;
    const QVariant &value() const { return m_key; }
    friend bool operator==(const DictKey &a, const DictKey &b);
    friend size_t qHash(const DictKey &key, size_t seed);

private:
    QVariant m_key;
    quint8 m_kind = 0; // what sort of key it is, worked out once rather than per comparison
};

/*!
    dict, in insertion order. Wire methods: __getitem__, __setitem__, __delitem__,
    __contains__, __len__, keys, values, items, get, pop, popitem, setdefault, update, clear,
    copy. Events: "inserted" (key, value), "changed" (key, value), "removed" (key), "cleared".
*/
class LIBMANAGER_EXPORT SharedDict : public NativeObject
{
    Q_OBJECT
public:
    using NativeObject::NativeObject;
    ~SharedDict() override;
    /*! Fills from a QVariantMap, QVariantHash or list of [key, value] pairs; all of them, or
        none if they do not fit the quotas. */
    Reply update(const QVariant &values);

    QString toString() const override;
    QStringList methodNames() const override;

protected:
    Reply dispatch(const Caller &caller, MethodName method, const QVariantList &args) override;

private:
    struct Entry
    {
        QVariant value;
        quint64 order;
    };
    using Table = QHash<DictKey, Entry>;
    struct Growth
    {
        qint64 bytes = 0;
        qint64 entries = 0;
    };
    /*! Entries in insertion order. */
    QList<Table::const_iterator> ordered() const;
    Reply set(const QVariant &key, const QVariant &value);
    Reply missing(const QVariant &key) const;
    static qint64 entryFootprint(const QVariant &key, const QVariant &value);
    /*! Adds to \a growth at most what setting \a key to \a value adds. */
    void bound(const QVariant &key, const QVariant &value, Growth *growth) const;
    bool checkKey(const DictKey &key, Reply *failure) const;

    Table m_entries;
    quint64 m_nextOrder = 0;
};

} // namespace LibManager

#endif // LIBMANAGER_SHAREDDICT_P_H
