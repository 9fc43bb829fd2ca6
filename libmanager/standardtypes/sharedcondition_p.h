// SPDX-License-Identifier: BSD-3-Clause
//
//  W A R N I N G
//  -------------
// This file is not part of the libmanager API. It may change from version to version without
// notice, or even be removed.

#ifndef LIBMANAGER_SHAREDCONDITION_P_H
#define LIBMANAGER_SHAREDCONDITION_P_H

#include <libmanager/standardtypes/sharedlock_p.h>

#include <QtCore/qpointer.h>

#include <deque>

namespace LibManager {

/*!
    threading.Condition over its own RLock or a shared Lock/RLock of the same server.
    Wire methods: acquire(blocking, timeout), release(), wait(timeout, counted), notify(n),
    notify_all(). wait() answers True once notified, False once timed out (holding the lock
    again either way); with \c counted true (ConditionProxy's calls), it answers how many holds
    of the lock it took back instead (an RLock's recursion count), negated once timed out, so
    that a client that gave up on the wait can give back exactly those.
*/
class LIBMANAGER_AUTOTEST_EXPORT SharedCondition : public StandardObject
{
    Q_OBJECT
public:
    /*! \a lock: the shared lock to use (kept alive by \a lockToken), or nullptr for its own. */
    SharedCondition(SharedLock *lock, const QVariant &lockToken, QObject *parent = nullptr);
    ~SharedCondition() override;

    QString toString() const override;
    QStringList methodNames() const override;
    bool isReadMethod(MethodName method) const override;
    QVariantMap syncState() const override;
    StateSummary stateSummary() const override;

protected:
    void attached() override;
    Reply dispatch(const Caller &caller, MethodName method, const QVariantList &args) override;

private:
    struct Waiter
    {
        quint64 connection;
        Deferred answer;
        int count;
        bool counted;
    };
    /*! What a wait that took back \a count holds answers (see the class). */
    static QVariant waitResult(bool notified, int count, bool counted);
    Reply handle(const Caller &caller, MethodName method, const QVariantList &args);
    void notify(int n);

    QPointer<SharedLock> m_lock;
    SharedLock *m_ownLock = nullptr;
    QVariant m_lockToken;
    std::deque<Waiter> m_waiters;

    // The wire methods: a row of Methods each (ConditionWire).
    static const StandardMethod<SharedCondition> Methods[];
    Reply serveAcquire(const Caller &caller, MethodName method, const QVariantList &args);
    Reply serveWait(const Caller &caller, MethodName method, const QVariantList &args);
    Reply serveNotify(const Caller &caller, MethodName method, const QVariantList &args);
};

} // namespace LibManager

#endif // LIBMANAGER_SHAREDCONDITION_P_H
