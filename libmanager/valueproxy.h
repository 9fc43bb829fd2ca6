// SPDX-License-Identifier: BSD-3-Clause
#ifndef LIBMANAGER_VALUEPROXY_H
#define LIBMANAGER_VALUEPROXY_H

#include <libmanager/pendingreply.h>
#include <libmanager/proxy.h>

namespace LibManager {

/*!
    A proxy for a shared Value (SyncManager::Value()): one number or character of an
    array-module typecode (b B h H i I l L q Q f d, c for a byte, u for a character).

    Values outside the typecode's range or of the wrong kind are refused (Error::ValueError,
    Error::TypeError), never truncated. Since `v.setValue(v.value() + 1)` through a proxy is a
    race, fetchAdd() and compareExchange() change it in one step on the server, with no lock.
*/
class LIBMANAGER_EXPORT ValueProxy : public Proxy
{
    Q_OBJECT
public:
    using Proxy::Proxy;

    /*! What compareExchange() did, as its asynchronous twin reports it. */
    struct ExchangeResult
    {
        /*! True if the value was equal to the expected one and is now the desired one. */
        bool exchanged = false;
        /*! The value the server compared (the one before any exchange). */
        QVariant previous;
    };

    char typeCode() const;
    /*! The value (int, uint, qlonglong, qulonglong, double, QByteArray or QString by
        typecode), or a null QVariant with lastError(). */
    QVariant value() const;
    bool setValue(const QVariant &value);
    /*! Adds \a delta and returns the value before; fails (out of range, not a number)
        without changing anything. */
    Reply fetchAdd(const QVariant &delta);
    /*! Sets \a desired if the value equals \a expected; \a current gets the value before. */
    bool compareExchange(const QVariant &expected, const QVariant &desired, QVariant *current = nullptr);

    // Asynchronous twins: the same calls and results, without waiting (see PendingReply).
    PendingReply<char> typeCodeAsync() const;
    PendingReply<QVariant> valueAsync() const;
    PendingReply<void> setValueAsync(const QVariant &value);
    /*! fetchAdd(): the value before, or why nothing was added. */
    PendingReply<QVariant> fetchAddAsync(const QVariant &delta);
    /*! compareExchange(): whether it exchanged, and the value it found. */
    PendingReply<ExchangeResult> compareExchangeAsync(const QVariant &expected,
                                                      const QVariant &desired);

Q_SIGNALS:
    void valueChanged(const QVariant &value);

protected:
    void handleEvent(const QByteArray &name, const QVariantList &args) override;
};

} // namespace LibManager

Q_DECLARE_METATYPE(LibManager::ValueProxy::ExchangeResult)

#endif // LIBMANAGER_VALUEPROXY_H
