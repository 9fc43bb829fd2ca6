// SPDX-License-Identifier: BSD-3-Clause
#ifndef LIBMANAGER_DICTPROXY_H
#define LIBMANAGER_DICTPROXY_H

#include <libmanager/pendingreply.h>
#include <libmanager/proxy.h>

#include <QtCore/qlist.h>
#include <QtCore/qpair.h>

namespace LibManager {

using VariantPair = QPair<QVariant, QVariant>;
using VariantPairList = QList<VariantPair>;

/*!
    A proxy for a shared dict. Keys are QVariants of a hashable kind: strings, byte arrays,
    booleans, integers and doubles (equal numbers are one key, as 1, 1.0 and True are in
    Python), QChar, QDate, QTime, QDateTime, QUuid and QUrl; other keys fail with
    Error::TypeError. Keys keep their insertion order. A missing key is Error::KeyError.
    A value may be a proxy: it is stored as its token and keeps its object alive; read it
    back with proxyForValue().
*/
class LIBMANAGER_EXPORT DictProxy : public Proxy
{
    Q_OBJECT
public:
    using Proxy::Proxy;

    /*! d[key]: the value, or Error::KeyError. */
    Reply value(const QVariant &key) const;
    /*! d.get(key, default). */
    QVariant value(const QVariant &key, const QVariant &defaultValue) const;
    bool setValue(const QVariant &key, const QVariant &value);
    /*! del d[key]; Error::KeyError if missing. */
    bool remove(const QVariant &key);
    bool contains(const QVariant &key) const;
    int size() const;
    QVariantList keys() const;
    QVariantList values() const;
    VariantPairList items() const;
    /*! d.pop(key): the value, or Error::KeyError. */
    Reply pop(const QVariant &key);
    QVariant pop(const QVariant &key, const QVariant &defaultValue);
    /*! d.popitem(): the last inserted pair as a [key, value] list, or Error::KeyError. */
    Reply popItem();
    /*! d.setdefault(key, default): the value, inserting \a defaultValue if missing. */
    QVariant setDefault(const QVariant &key, const QVariant &defaultValue = {});
    bool update(const QVariantMap &values);
    bool update(const QVariantHash &values);
    bool update(const VariantPairList &pairs);
    bool clear();
    /*! A plain copy: d.copy(). */
    VariantPairList copy() const { return items(); }
    /*! A plain copy with the keys as strings. */
    QVariantMap toMap() const;

    // Asynchronous twins: the same calls and results, without waiting (see PendingReply).
    /*! value(key): the value, or Error::KeyError. */
    PendingReply<QVariant> valueAsync(const QVariant &key) const;
    /*! value(key, defaultValue). */
    PendingReply<QVariant> valueAsync(const QVariant &key, const QVariant &defaultValue) const;
    PendingReply<void> setValueAsync(const QVariant &key, const QVariant &value);
    /*! remove(): Error::KeyError if missing. */
    PendingReply<void> removeAsync(const QVariant &key);
    PendingReply<bool> containsAsync(const QVariant &key) const;
    PendingReply<int> sizeAsync() const;
    PendingReply<QVariantList> keysAsync() const;
    PendingReply<QVariantList> valuesAsync() const;
    PendingReply<VariantPairList> itemsAsync() const;
    /*! pop(key): the value, or Error::KeyError. */
    PendingReply<QVariant> popAsync(const QVariant &key);
    PendingReply<QVariant> popAsync(const QVariant &key, const QVariant &defaultValue);
    /*! popItem(): the last inserted pair as a [key, value] list, or Error::KeyError. */
    PendingReply<QVariantList> popItemAsync();
    PendingReply<QVariant> setDefaultAsync(const QVariant &key, const QVariant &defaultValue = {});
    PendingReply<void> updateAsync(const QVariantMap &values);
    PendingReply<void> updateAsync(const QVariantHash &values);
    PendingReply<void> updateAsync(const VariantPairList &pairs);
    PendingReply<void> clearAsync();
    PendingReply<VariantPairList> copyAsync() const { return itemsAsync(); }
    PendingReply<QVariantMap> toMapAsync() const;

Q_SIGNALS:
    void itemInserted(const QVariant &key, const QVariant &value);
    void itemChanged(const QVariant &key, const QVariant &value);
    void itemRemoved(const QVariant &key);
    void cleared();

protected:
    void handleEvent(const QByteArray &name, const QVariantList &args) override;
};

} // namespace LibManager

#endif // LIBMANAGER_DICTPROXY_H
