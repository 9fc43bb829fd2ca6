// SPDX-License-Identifier: BSD-3-Clause
// syncworker: the other process of tst_syncprimitives. It connects to a running SyncManager,
// makes its own proxies from tokens the test hands over, and blocks on them the way a real
// client does. Every mode takes ADDRESS KEYHEX first; TIMEOUTMS -1 means wait forever.
//
//   acquire ADDRESS KEYHEX TOKEN TIMEOUTMS THEN [TIMES]
//       Lock, RLock, Semaphore or Condition: prints "WAITING", acquires TIMES times (default 1),
//       prints "ACQUIRED", "TIMEOUT" or "FAILED <error> <message>". THEN: "hold" prints "HELD"
//       and waits to be killed; "release" releases as often and prints "RELEASED"; "exit" ends.
//   release ADDRESS KEYHEX TOKEN        release something it does not hold: "RELEASED" or
//                                       "ERROR <error> <message>"
//   count ADDRESS KEYHEX VALUETOKEN LOCKTOKEN N
//                                       N times: lock; v = v + 1; unlock. Prints "DONE N"
//   fetchadd ADDRESS KEYHEX VALUETOKEN N   N lock-free fetchAdd(1). Prints "DONE N"
//   event-wait ADDRESS KEYHEX TOKEN TIMEOUTMS   "WAITING", then "EVENT 1" or "EVENT 0"
//   event-set | event-clear ADDRESS KEYHEX TOKEN   "OK"
//   barrier-wait ADDRESS KEYHEX TOKEN [TIMEOUTMS]  "WAITING", then "INDEX n" or
//                                       "ERROR <error> <message>" (no TIMEOUTMS: the barrier's)
//   condition-wait ADDRESS KEYHEX TOKEN TIMEOUTMS
//                                       acquire, "WAITING", wait, "NOTIFIED 1|0", then release:
//                                       "RELEASED 1" if it held the lock again
//   condition-waitfor ADDRESS KEYHEX CONDTOKEN VALUETOKEN TARGET TIMEOUTMS
//                                       acquire, "WAITING", waitFor(value >= TARGET),
//                                       "PREDICATE 1|0 value", release
//   queue-get ADDRESS KEYHEX TOKEN TIMEOUTMS   "WAITING", then "GOT item" or "ERROR <error> ..."
//   guard ADDRESS KEYHEX TOKEN WHEN     Lock, RLock, Semaphore or Condition under std::lock_guard.
//                                       WHEN "after-loss": prints "READY", waits until the
//                                       connection to the server is lost, then locks; "now":
//                                       prints "WAITING" and locks at once. The guarded block
//                                       prints "BODY"; a lock() that throws, "THROWN <error> <message>"
//
// Safety: the process exits with 99 after LMHELPER_WATCHDOG_MS (default 60 s) and with 98 as
// soon as its standard input closes (the test died). Both run on their own threads, because the
// main thread spends its time blocked in calls that the server parks.

#include "transport.h"
#include "watchdog.h"

#include <libmanager/exception.h>
#include <libmanager/syncmanager.h>

#include <QtCore/qcoreapplication.h>
#include <QtCore/qtextstream.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <mutex>
#include <thread>
#include <unistd.h>

using namespace LibManager;

namespace {

void say(const QString &line)
{
    QTextStream(stdout) << line << Qt::endl;
}

QString describe(Error error, const QString &message)
{
    return QStringLiteral("%1 %2").arg(errorName(error), message);
}

int fail(const QString &what)
{
    say(QStringLiteral("ERROR ") + what);
    return 1;
}

// The connection and the proxies made from tokens: one process's view of the shared objects.
class Client
{
public:
    bool connect(const QString &address, const QByteArray &key)
    {
        m_manager = TestSupport::connectTo<SyncManager>(address, key, 10000);
        if (!m_manager->isConnected()) {
            fail(describe(m_manager->error(), m_manager->errorString()));
            return false;
        }
        return true;
    }
    Proxy *proxy(const QString &token)
    {
        auto made = m_manager->proxyForToken(Token::fromString(token));
        if (!made) {
            fail(describe(m_manager->error(), m_manager->errorString()));
            return nullptr;
        }
        m_proxies.push_back(std::move(made));
        return m_proxies.back().get();
    }
    template<class P>
    P *proxy(const QString &token)
    {
        Proxy *made = proxy(token);
        if (!made)
            return nullptr;
        auto *typed = qobject_cast<P *>(made);
        if (!typed) {
            fail(QStringLiteral("TypeError token %1 gives a %2, not a %3")
                         .arg(token, QString::fromLatin1(made->metaObject()->className()),
                              QString::fromLatin1(P::staticMetaObject.className())));
        }
        return typed;
    }

    ~Client()
    {
        m_proxies.clear(); // before the manager that owns their connection
    }

private:
    std::unique_ptr<SyncManager> m_manager;
    std::vector<std::unique_ptr<Proxy>> m_proxies;
};

// Acquire and release of whatever lock-like primitive the token names.
struct Acquirable
{
    std::function<bool(int)> acquire;
    std::function<bool()> release;
    std::function<Proxy *()> proxy;
};

Acquirable acquirable(Client &client, const QString &token)
{
    Proxy *proxy = client.proxy(token);
    if (auto *semaphore = qobject_cast<SemaphoreProxy *>(proxy))
        return { [semaphore](int t) { return semaphore->acquire(t); },
                 [semaphore] { return semaphore->release(); }, [semaphore] { return semaphore; } };
    if (auto *condition = qobject_cast<ConditionProxy *>(proxy))
        return { [condition](int t) { return condition->acquire(t); },
                 [condition] { return condition->release(); }, [condition] { return condition; } };
    if (auto *lock = qobject_cast<LockProxy *>(proxy))
        return { [lock](int t) { return lock->acquire(t); }, [lock] { return lock->release(); },
                 [lock] { return lock; } };
    if (proxy)
        fail(QStringLiteral("TypeError token %1 names no lock-like object").arg(token));
    return {};
}

int acquireMode(QCoreApplication &app, Client &client, const QStringList &args)
{
    const Acquirable target = acquirable(client, args.value(3));
    if (!target.acquire)
        return 1;
    const int timeoutMs = args.value(4).toInt();
    const QString then = args.value(5);
    const int times = args.size() > 6 ? args.value(6).toInt() : 1;
    say(QStringLiteral("WAITING"));
    for (int i = 0; i < times; ++i) {
        if (!target.acquire(timeoutMs)) {
            const Proxy *proxy = target.proxy();
            if (proxy->lastError() == Error::NoError || proxy->lastError() == Error::Timeout) {
                say(QStringLiteral("TIMEOUT"));
                return 0;
            }
            say(QStringLiteral("FAILED ") + describe(proxy->lastError(), proxy->lastErrorString()));
            return 1;
        }
    }
    say(QStringLiteral("ACQUIRED"));
    if (then == QLatin1String("hold")) {
        say(QStringLiteral("HELD"));
        return app.exec();
    }
    if (then == QLatin1String("release")) {
        for (int i = 0; i < times; ++i) {
            if (!target.release())
                return fail(describe(target.proxy()->lastError(), target.proxy()->lastErrorString()));
        }
        say(QStringLiteral("RELEASED"));
    }
    return 0;
}

int releaseMode(Client &client, const QStringList &args)
{
    const Acquirable target = acquirable(client, args.value(3));
    if (!target.release)
        return 1;
    if (!target.release())
        return fail(describe(target.proxy()->lastError(), target.proxy()->lastErrorString()));
    say(QStringLiteral("RELEASED"));
    return 0;
}

int countMode(Client &client, const QStringList &args)
{
    auto *value = client.proxy<ValueProxy>(args.value(3));
    auto *lock = client.proxy<LockProxy>(args.value(4));
    if (!value || !lock)
        return 1;
    const int n = args.value(5).toInt();
    for (int i = 0; i < n; ++i) {
        std::lock_guard guard(*lock);
        // A read and a write: only the lock makes this pair atomic.
        const QVariant current = value->value();
        if (!current.isValid() || !value->setValue(current.toLongLong() + 1))
            return fail(describe(value->lastError(), value->lastErrorString()));
    }
    say(QStringLiteral("DONE %1").arg(n));
    return 0;
}

int fetchAddMode(Client &client, const QStringList &args)
{
    auto *value = client.proxy<ValueProxy>(args.value(3));
    if (!value)
        return 1;
    const int n = args.value(4).toInt();
    for (int i = 0; i < n; ++i) {
        const Reply reply = value->fetchAdd(1);
        if (!reply.isValid())
            return fail(describe(reply.error(), reply.message()));
    }
    say(QStringLiteral("DONE %1").arg(n));
    return 0;
}

int eventMode(Client &client, const QString &mode, const QStringList &args)
{
    auto *event = client.proxy<EventProxy>(args.value(3));
    if (!event)
        return 1;
    if (mode == QLatin1String("event-wait")) {
        say(QStringLiteral("WAITING"));
        const bool set = event->wait(args.value(4).toInt());
        if (!set && event->lastError() != Error::NoError && event->lastError() != Error::Timeout)
            return fail(describe(event->lastError(), event->lastErrorString()));
        say(QStringLiteral("EVENT %1").arg(set ? 1 : 0));
        return 0;
    }
    const bool ok = mode == QLatin1String("event-set") ? event->set() : event->clear();
    if (!ok)
        return fail(describe(event->lastError(), event->lastErrorString()));
    say(QStringLiteral("OK"));
    return 0;
}

int barrierMode(Client &client, const QStringList &args)
{
    auto *barrier = client.proxy<BarrierProxy>(args.value(3));
    if (!barrier)
        return 1;
    say(QStringLiteral("WAITING"));
    const int index = args.size() > 4 ? barrier->wait(args.value(4).toInt()) : barrier->wait();
    if (index < 0)
        return fail(describe(barrier->lastError(), barrier->lastErrorString()));
    say(QStringLiteral("INDEX %1").arg(index));
    return 0;
}

int conditionWaitMode(Client &client, const QStringList &args)
{
    auto *condition = client.proxy<ConditionProxy>(args.value(3));
    if (!condition)
        return 1;
    if (!condition->acquire())
        return fail(describe(condition->lastError(), condition->lastErrorString()));
    say(QStringLiteral("WAITING"));
    const bool notified = condition->wait(args.value(4).toInt());
    if (!notified && condition->lastError() != Error::NoError && condition->lastError() != Error::Timeout)
        return fail(describe(condition->lastError(), condition->lastErrorString()));
    say(QStringLiteral("NOTIFIED %1").arg(notified ? 1 : 0));
    // wait() returns with the lock held again, whatever woke it.
    const bool released = condition->release();
    say(QStringLiteral("RELEASED %1").arg(released ? 1 : 0));
    return released ? 0 : 1;
}

int conditionWaitForMode(Client &client, const QStringList &args)
{
    auto *condition = client.proxy<ConditionProxy>(args.value(3));
    auto *value = client.proxy<ValueProxy>(args.value(4));
    if (!condition || !value)
        return 1;
    const qlonglong target = args.value(5).toLongLong();
    if (!condition->acquire())
        return fail(describe(condition->lastError(), condition->lastErrorString()));
    say(QStringLiteral("WAITING"));
    qlonglong seen = 0;
    const bool ok = condition->waitFor(
            [&] {
                seen = value->value().toLongLong();
                return seen >= target;
            },
            args.value(6).toInt());
    say(QStringLiteral("PREDICATE %1 %2").arg(ok ? 1 : 0).arg(seen));
    return condition->release() ? 0 : 1;
}

int queueGetMode(Client &client, const QStringList &args)
{
    auto *queue = client.proxy<QueueProxy>(args.value(3));
    if (!queue)
        return 1;
    say(QStringLiteral("WAITING"));
    const Reply reply = queue->get(args.value(4).toInt());
    if (!reply.isValid())
        return fail(describe(reply.error(), reply.message()));
    say(QStringLiteral("GOT ") + reply.value().toString());
    return 0;
}

} // namespace

// std::lock_guard over \a lockable, the way an application guards a critical section.
template<class Lockable>
int guardWith(Lockable *lockable)
{
    try {
        std::lock_guard guard(*lockable);
        say(QStringLiteral("BODY"));
        return 0;
    } catch (const Exception &e) {
        say(QStringLiteral("THROWN ") + describe(e.error(), e.message()));
        return 3;
    }
}

int guardMode(QCoreApplication &app, Client &client, const QStringList &args)
{
    Proxy *proxy = client.proxy(args.value(3));
    if (!proxy)
        return 1;
    if (args.value(4) == QLatin1String("after-loss")) {
        QObject::connect(proxy, &Proxy::stateChanged, &app, [&app](Proxy::State state) {
            if (state == Proxy::State::Disconnected)
                app.quit();
        });
        say(QStringLiteral("READY"));
        if (proxy->isConnected())
            app.exec();
    } else {
        say(QStringLiteral("WAITING"));
    }
    if (auto *semaphore = qobject_cast<SemaphoreProxy *>(proxy))
        return guardWith(semaphore);
    if (auto *condition = qobject_cast<ConditionProxy *>(proxy))
        return guardWith(condition);
    if (auto *lock = qobject_cast<LockProxy *>(proxy))
        return guardWith(lock);
    return fail(QStringLiteral("TypeError token %1 names no lock-like object").arg(args.value(3)));
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // Standard input is watched on a thread: the main thread blocks in parked calls.
    TestSupport::installWatchdog("syncworker");
    const QStringList args = app.arguments().mid(1);
    const QString mode = args.value(0);

    Client client;
    if (!client.connect(args.value(1), QByteArray::fromHex(args.value(2).toLatin1())))
        return 1;

    if (mode == QLatin1String("acquire"))
        return acquireMode(app, client, args);
    if (mode == QLatin1String("release"))
        return releaseMode(client, args);
    if (mode == QLatin1String("count"))
        return countMode(client, args);
    if (mode == QLatin1String("fetchadd"))
        return fetchAddMode(client, args);
    if (mode.startsWith(QLatin1String("event-")))
        return eventMode(client, mode, args);
    if (mode == QLatin1String("barrier-wait"))
        return barrierMode(client, args);
    if (mode == QLatin1String("condition-wait"))
        return conditionWaitMode(client, args);
    if (mode == QLatin1String("condition-waitfor"))
        return conditionWaitForMode(client, args);
    if (mode == QLatin1String("queue-get"))
        return queueGetMode(client, args);
    if (mode == QLatin1String("guard"))
        return guardMode(app, client, args);
    std::fprintf(stderr, "syncworker: unknown mode %s\n", qPrintable(mode));
    return 2;
}
