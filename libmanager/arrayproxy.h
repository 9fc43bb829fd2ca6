// SPDX-License-Identifier: BSD-3-Clause
#ifndef LIBMANAGER_ARRAYPROXY_H
#define LIBMANAGER_ARRAYPROXY_H

#include <libmanager/containerresults.h>
#include <libmanager/pendingreply.h>
#include <libmanager/proxy.h>

#include <QtCore/qlist.h>

namespace LibManager {

/*!
    A proxy for a shared Array (SyncManager::Array()): a fixed-length array of one
    array-module typecode, range-checked like ValueProxy.

    Indexes count from the end when negative. Bulk reads and writes (slices, toList(),
    toDoubles(), assign()) travel as packed typed data, not one QVariant per element.
*/
class LIBMANAGER_EXPORT ArrayProxy : public Proxy
{
    Q_OBJECT
public:
    using Proxy::Proxy;

    char typeCode() const;
    int size() const;
    /*! The element, or Error::IndexError. */
    Reply at(int index) const;
    bool set(int index, const QVariant &value);
    /*! Elements [start, stop) as a QVariantList (clamped like a Python slice). */
    Reply slice(int start, int stop) const;
    /*! Replaces elements from \a start on with \a values; the length never changes
        (Error::ValueError if they do not fit). */
    bool setSlice(int start, const QVariantList &values);

    QVariantList toList() const;
    /*! Every element as a double; empty on failure (see lastError()). For typecode 'd', a
        large array streams off the socket into the list as it arrives, with no buffer of
        its size in between: the fastest way to fetch bulk numbers. */
    QList<double> toDoubles() const;
    QList<qint64> toIntegers() const;
    /*! The element bytes, little-endian, as the server keeps them. */
    QByteArray rawData() const;
    /*! Replaces every element (same length). */
    bool assign(const QVariantList &values);
    bool assign(const QList<double> &values);
    /*! Elements [start, start + count) with the array's length and version, in one answer;
        a negative \a start counts from the end. */
    ItemWindow window(qint64 start, int count = 100) const;

    /*!
        \name Asynchronous twins
        The same calls and results, without waiting (see PendingReply). The bulk reads unpack
        with the typecode: a proxy that has not learnt it yet (from typeCode(), which keeps it)
        asks for it in the same pipeline, one more call but no more waiting. The answer comes
        whole, never streamed: toDoubles() stays the fastest way to fetch a large array.
    */
    PendingReply<char> typeCodeAsync() const;
    PendingReply<int> sizeAsync() const;
    /*! at(): the element, or Error::IndexError. */
    PendingReply<QVariant> atAsync(int index) const;
    PendingReply<void> setAsync(int index, const QVariant &value);
    PendingReply<QVariantList> sliceAsync(int start, int stop) const;
    PendingReply<void> setSliceAsync(int start, const QVariantList &values);
    PendingReply<QVariantList> toListAsync() const;
    /*! toDoubles(): value() is empty on failure. */
    PendingReply<QList<double>> toDoublesAsync() const;
    PendingReply<QList<qint64>> toIntegersAsync() const;
    PendingReply<QByteArray> rawDataAsync() const;
    PendingReply<void> assignAsync(const QVariantList &values);
    /*! assign(values): sent packed once the proxy knows its typecode is 'd', else as a list
        (the same outcome, more bytes). */
    PendingReply<void> assignAsync(const QList<double> &values);
    PendingReply<ItemWindow> windowAsync(qint64 start, int count = 100) const;

Q_SIGNALS:
    /*! Elements from \a start on now hold \a values (whoever changed them). */
    void itemsChanged(int start, const QVariantList &values);

protected:
    void handleEvent(const QByteArray &name, const QVariantList &args) override;

private:
    mutable char m_typeCode = 0;
};

} // namespace LibManager

#endif // LIBMANAGER_ARRAYPROXY_H
