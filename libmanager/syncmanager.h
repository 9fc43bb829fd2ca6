// SPDX-License-Identifier: BSD-3-Clause
#ifndef LIBMANAGER_SYNCMANAGER_H
#define LIBMANAGER_SYNCMANAGER_H

#include <libmanager/arrayproxy.h>
#include <libmanager/barrierproxy.h>
#include <libmanager/basemanager.h>
#include <libmanager/conditionproxy.h>
#include <libmanager/dictproxy.h>
#include <libmanager/eventproxy.h>
#include <libmanager/listproxy.h>
#include <libmanager/lockproxy.h>
#include <libmanager/namespaceproxy.h>
#include <libmanager/queueproxy.h>
#include <libmanager/semaphoreproxy.h>
#include <libmanager/valueproxy.h>

namespace LibManager {

class SyncManagerPrivate;

/*!
    The manager of the standard shared types: what the seed's Manager() returns.

    Every creator makes the object in the server and returns a typed proxy owned by the caller,
    or nullptr with error() set. The creators keep the seed's names, the ones Python users
    know. All its types are standard (the library's own server program runs them), so start()
    needs no help from main().
*/
class LIBMANAGER_EXPORT SyncManager : public BaseManager
{
    Q_OBJECT
public:
    explicit SyncManager(QObject *parent = nullptr);
    explicit SyncManager(const QString &address, const QByteArray &authKey = {},
                         QObject *parent = nullptr);
    ~SyncManager() override;

    std::unique_ptr<LockProxy> Lock();
    std::unique_ptr<LockProxy> RLock();
    std::unique_ptr<SemaphoreProxy> Semaphore(int value = 1);
    std::unique_ptr<SemaphoreProxy> BoundedSemaphore(int value = 1);
    /*! With its own RLock, or over \a lock (a Lock or RLock of this manager). */
    std::unique_ptr<ConditionProxy> Condition(const LockProxy *lock = nullptr);
    std::unique_ptr<EventProxy> Event();
    /*! \a timeoutMs: the default timeout of wait(); -1 for none. */
    std::unique_ptr<BarrierProxy> Barrier(int parties, int timeoutMs = -1);
    /*! \a maxsize 0: unbounded. */
    std::unique_ptr<QueueProxy> Queue(int maxsize = 0);
    std::unique_ptr<QueueProxy> JoinableQueue(int maxsize = 0);
    std::unique_ptr<NamespaceProxy> Namespace();
    /*! \a typeCode: b B h H i I l L q Q f d c u; \a value: the initial value (zero if null). */
    std::unique_ptr<ValueProxy> Value(char typeCode, const QVariant &value = {});
    std::unique_ptr<ArrayProxy> Array(char typeCode, const QVariantList &values);
    /*! \a size zeros. */
    std::unique_ptr<ArrayProxy> Array(char typeCode, int size);
    /*! A 'd' array, sent packed. */
    std::unique_ptr<ArrayProxy> Array(const QList<double> &values);
    std::unique_ptr<DictProxy> dict();
    std::unique_ptr<DictProxy> dict(const QVariantMap &mapping);
    std::unique_ptr<DictProxy> dict(const QVariantHash &mapping);
    std::unique_ptr<DictProxy> dict(const VariantPairList &pairs);
    std::unique_ptr<ListProxy> list(const QVariantList &values = {});

    /*!
        \name Named objects
        Get-or-create by name (see BaseManager::named()): the object named \a name, made with
        the other arguments if the name is new; the name keeps it alive until removeName().
        nullptr with error() set, Error::NameTypeMismatch if the name holds another type.

        They are not overloads of the creators above on purpose. An overload would read
        \c{list({QStringLiteral("a")})} as "the list named a" instead of "a new list holding
        a" (a braced QString converts better to QString than to QVariantList), and a named
        object does not live like a created one: the call site should say which it makes.
    */
    std::unique_ptr<LockProxy> namedLock(const QString &name);
    std::unique_ptr<LockProxy> namedRLock(const QString &name);
    std::unique_ptr<SemaphoreProxy> namedSemaphore(const QString &name, int value = 1);
    std::unique_ptr<SemaphoreProxy> namedBoundedSemaphore(const QString &name, int value = 1);
    std::unique_ptr<ConditionProxy> namedCondition(const QString &name, const LockProxy *lock = nullptr);
    std::unique_ptr<EventProxy> namedEvent(const QString &name);
    std::unique_ptr<BarrierProxy> namedBarrier(const QString &name, int parties, int timeoutMs = -1);
    std::unique_ptr<QueueProxy> namedQueue(const QString &name, int maxsize = 0);
    std::unique_ptr<QueueProxy> namedJoinableQueue(const QString &name, int maxsize = 0);
    std::unique_ptr<NamespaceProxy> namedNamespace(const QString &name);
    std::unique_ptr<ValueProxy> namedValue(const QString &name, char typeCode, const QVariant &value = {});
    std::unique_ptr<ArrayProxy> namedArray(const QString &name, char typeCode, const QVariantList &values);
    std::unique_ptr<ArrayProxy> namedArray(const QString &name, char typeCode, int size);
    std::unique_ptr<DictProxy> namedDict(const QString &name, const QVariantMap &mapping = {});
    std::unique_ptr<ListProxy> namedList(const QString &name, const QVariantList &values = {});

    /*!
        Makes a standard shared object (\a typeId: "Queue", "dict", "Lock", ...) in this
        process, for the factory of a custom manager that hands out one long-lived object, as
        the seed's remote queue does. Owned by \a parent (give it one, so that the server does
        not delete it with its last proxy), or by the server if none. nullptr for an unknown
        typeid or bad arguments.
    */
    static QObject *createSharedObject(const QString &typeId, const QVariantList &args = {},
                                       QObject *parent = nullptr);

private:
    Q_DECLARE_PRIVATE(SyncManager)
};

} // namespace LibManager

#endif // LIBMANAGER_SYNCMANAGER_H
