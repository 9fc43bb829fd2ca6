// SPDX-License-Identifier: BSD-3-Clause
//
//  W A R N I N G
//  -------------
// This file is not part of the libmanager API. It may change from version to version without
// notice, or even be removed.

#ifndef LIBMANAGER_SHAREDSEMAPHORE_P_H
#define LIBMANAGER_SHAREDSEMAPHORE_P_H

#include <libmanager/standardtypes/standardobject_p.h>

#include <QtCore/qhash.h>

#include <deque>

namespace LibManager {

/*!
    threading.Semaphore and BoundedSemaphore. Permits are counted per connection, so that a
    connection that closes gives back what it took.
    Wire methods: acquire(blocking, timeout), release(n), get_value().
*/
class LIBMANAGER_AUTOTEST_EXPORT SharedSemaphore : public StandardObject
{
    Q_OBJECT
public:
    SharedSemaphore(int value, bool bounded, QObject *parent = nullptr);
    ~SharedSemaphore() override;

    void callerGone(quint64 connection) override;
    int holdsOf(quint64 connection) const override { return m_held.value(connection); }
    QString toString() const override;
    QStringList methodNames() const override;
    bool isReadMethod(MethodName method) const override;
    QVariantMap syncState() const override;
    StateSummary stateSummary() const override;

protected:
    Reply dispatch(const Caller &caller, MethodName method, const QVariantList &args) override;

private:
    void wakeWaiters();
    void giveBack(int permits);

    int m_value;
    const int m_initial;
    const bool m_bounded;
    QHash<quint64, int> m_held;
    struct Waiter
    {
        quint64 connection;
        Deferred answer;
    };
    std::deque<Waiter> m_waiters;

    // The wire methods: a row of Methods each (SemaphoreWire).
    static const StandardMethod<SharedSemaphore> Methods[];
    Reply serveAcquire(const Caller &caller, MethodName method, const QVariantList &args);
    Reply serveRelease(const Caller &caller, MethodName method, const QVariantList &args);
    Reply serveGetValue(const Caller &caller, MethodName method, const QVariantList &args);
};

} // namespace LibManager

#endif // LIBMANAGER_SHAREDSEMAPHORE_P_H
