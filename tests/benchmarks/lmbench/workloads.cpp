// SPDX-License-Identifier: BSD-3-Clause
// lmbench: the workloads of single calls, pipelines, queues, counters, arrays and create/drop.

#include "suite.h"

namespace Bench {

// --- workloads -------------------------------------------------------------------------------

QVariantList plainKeys()
{
    QVariantList keys;
    for (int i = 0; i < 100; ++i)
        keys.append(QStringLiteral("k%1").arg(i));
    return keys;
}

QVariantHash keyHash()
{
    QVariantHash hash;
    for (int i = 0; i < 100; ++i)
        hash.insert(QStringLiteral("k%1").arg(i), i);
    return hash;
}

struct SingleCallSpec
{
    QString title;
    int calls; // round trips per operation
    std::function<std::unique_ptr<Proxy>(SyncManager &)> setup;
    // runs n operations; returns what went wrong, or an empty string
    std::function<QString(Proxy *, int)> body;
    bool freshPerRound = false;
};

QString errorOf(const Proxy *p, const QString &what)
{
    return QStringLiteral("%1: %2").arg(what, p->lastErrorString());
}

std::map<QString, SingleCallSpec> singleCallSpecs()
{
    static const QVariantList keys = plainKeys();
    std::map<QString, SingleCallSpec> specs;
    specs[QStringLiteral("dict_set")] = {
        QStringLiteral("dict set"), 1, [](SyncManager &m) -> std::unique_ptr<Proxy> { return m.dict(keyHash()); },
        [](Proxy *p, int n) {
            auto *d = static_cast<DictProxy *>(p);
            for (int i = 0; i < n; ++i) {
                if (!d->setValue(keys.at(i % 100), i))
                    return errorOf(d, QStringLiteral("set"));
            }
            return QString();
        } };
    specs[QStringLiteral("dict_get")] = {
        QStringLiteral("dict get"), 1, [](SyncManager &m) -> std::unique_ptr<Proxy> { return m.dict(keyHash()); },
        [](Proxy *p, int n) {
            auto *d = static_cast<DictProxy *>(p);
            for (int i = 0; i < n; ++i) {
                const Reply reply = d->value(keys.at(i % 100));
                if (!reply.isValid())
                    return reply.errorString();
                if (reply.value().toInt() != i % 100)
                    return QStringLiteral("get returned a wrong value");
            }
            return QString();
        } };
    specs[QStringLiteral("dict_popset")] = {
        QStringLiteral("dict pop+set"), 2, [](SyncManager &m) -> std::unique_ptr<Proxy> { return m.dict(keyHash()); },
        [](Proxy *p, int n) {
            auto *d = static_cast<DictProxy *>(p);
            for (int i = 0; i < n; ++i) {
                const QVariant &key = keys.at(i % 100);
                if (!d->pop(key).isValid())
                    return errorOf(d, QStringLiteral("pop"));
                if (!d->setValue(key, i % 100))
                    return errorOf(d, QStringLiteral("set"));
            }
            return QString();
        } };
    specs[QStringLiteral("dict_delset")] = {
        QStringLiteral("dict del+set"), 2, [](SyncManager &m) -> std::unique_ptr<Proxy> { return m.dict(keyHash()); },
        [](Proxy *p, int n) {
            auto *d = static_cast<DictProxy *>(p);
            for (int i = 0; i < n; ++i) {
                const QVariant &key = keys.at(i % 100);
                if (!d->remove(key))
                    return errorOf(d, QStringLiteral("del"));
                if (!d->setValue(key, i % 100))
                    return errorOf(d, QStringLiteral("set"));
            }
            return QString();
        } };
    specs[QStringLiteral("list_append")] = {
        QStringLiteral("list append"), 1, [](SyncManager &m) -> std::unique_ptr<Proxy> { return m.list(); },
        [](Proxy *p, int n) {
            auto *l = static_cast<ListProxy *>(p);
            for (int i = 0; i < n; ++i) {
                if (!l->append(i))
                    return errorOf(l, QStringLiteral("append"));
            }
            return QString();
        },
        true };
    specs[QStringLiteral("list_len")] = {
        QStringLiteral("list len"), 1,
        [](SyncManager &m) -> std::unique_ptr<Proxy> {
            QVariantList values;
            for (int i = 0; i < 100; ++i)
                values.append(i);
            return m.list(values);
        },
        [](Proxy *p, int n) {
            auto *l = static_cast<ListProxy *>(p);
            for (int i = 0; i < n; ++i) {
                if (l->size() != 100)
                    return errorOf(l, QStringLiteral("len"));
            }
            return QString();
        } };
    specs[QStringLiteral("ns_setget")] = {
        QStringLiteral("Namespace setattr+getattr"), 2, [](SyncManager &m) -> std::unique_ptr<Proxy> { return m.Namespace(); },
        [](Proxy *p, int n) {
            auto *ns = static_cast<NamespaceProxy *>(p);
            const QString x = QStringLiteral("x");
            for (int i = 0; i < n; ++i) {
                if (!ns->setValue(x, i))
                    return errorOf(ns, QStringLiteral("setattr"));
                const Reply reply = ns->value(x);
                if (!reply.isValid() || reply.value().toInt() != i)
                    return reply.isValid() ? QStringLiteral("getattr returned a wrong value") : reply.errorString();
            }
            return QString();
        } };
    specs[QStringLiteral("value_getset")] = {
        QStringLiteral("Value set+get"), 2, [](SyncManager &m) -> std::unique_ptr<Proxy> { return m.Value('i', 0); },
        [](Proxy *p, int n) {
            auto *v = static_cast<ValueProxy *>(p);
            for (int i = 0; i < n; ++i) {
                if (!v->setValue(i))
                    return errorOf(v, QStringLiteral("set"));
                if (v->value().toInt() != i)
                    return errorOf(v, QStringLiteral("get"));
            }
            return QString();
        } };
    specs[QStringLiteral("lock")] = {
        QStringLiteral("Lock acquire+release"), 2, [](SyncManager &m) -> std::unique_ptr<Proxy> { return m.Lock(); },
        [](Proxy *p, int n) {
            auto *l = static_cast<LockProxy *>(p);
            for (int i = 0; i < n; ++i) {
                if (!l->acquire())
                    return errorOf(l, QStringLiteral("acquire"));
                if (!l->release())
                    return errorOf(l, QStringLiteral("release"));
            }
            return QString();
        } };
    specs[QStringLiteral("lock_posted")] = {
        QStringLiteral("  same, ReleaseMode::Posted"), 2,
        [](SyncManager &m) -> std::unique_ptr<Proxy> {
            auto lock = m.Lock();
            if (lock)
                lock->setReleaseMode(LockProxy::ReleaseMode::Posted);
            return lock;
        },
        [](Proxy *p, int n) {
            auto *l = static_cast<LockProxy *>(p);
            for (int i = 0; i < n; ++i) {
                // acquire(0): it fails unless the posted release before it was handled first
                if (!l->acquire(0))
                    return errorOf(l, QStringLiteral("acquire"));
                if (!l->release())
                    return errorOf(l, QStringLiteral("release"));
            }
            return QString();
        } };
    specs[QStringLiteral("queue_putget")] = {
        QStringLiteral("Queue put+get, one client"), 2, [](SyncManager &m) -> std::unique_ptr<Proxy> { return m.Queue(); },
        [](Proxy *p, int n) {
            auto *q = static_cast<QueueProxy *>(p);
            for (int i = 0; i < n; ++i) {
                if (!q->put(i))
                    return errorOf(q, QStringLiteral("put"));
                const Reply reply = q->get();
                if (!reply.isValid() || reply.value().toInt() != i)
                    return reply.isValid() ? QStringLiteral("get returned a wrong item") : reply.errorString();
            }
            return QString();
        } };
    return specs;
}

const QStringList &singleCallNames()
{
    static const QStringList names { QStringLiteral("dict_set"), QStringLiteral("dict_get"),
                                     QStringLiteral("dict_popset"), QStringLiteral("dict_delset"),
                                     QStringLiteral("list_append"), QStringLiteral("list_len"),
                                     QStringLiteral("ns_setget"), QStringLiteral("value_getset"),
                                     QStringLiteral("lock"), QStringLiteral("lock_posted"),
                                     QStringLiteral("queue_putget") };
    return names;
}

QList<Row> Suite::singleCall(const QString &name, const QString &transport)
{
    const SingleCallSpec spec = singleCallSpecs().at(name);
    Row r = row(name, spec.title, transport, QStringLiteral("us/op"));
    r.rawMode = RawMode::RoundTrips;
    r.rawKey = transport == QLatin1String("local") ? QStringLiteral("unix64") : QStringLiteral("tcp64");
    r.note = spec.calls == 1 ? QStringLiteral("1 call per op") : QStringLiteral("%1 calls per op").arg(spec.calls);
    if (transport == QLatin1String("tls")) {
        r.pyKey.clear(); // Python's managers have no TLS
        r.note += QStringLiteral("; RTT of raw TCP");
    }
    if (name == QLatin1String("lock_posted")) {
        // The same workload for Python, whose release always waits.
        r.pyKey = QStringLiteral("lock");
        r.note = QStringLiteral("Python column: its Lock; release only sent");
    }
    SyncManager *m = manager(transport);
    if (!m) {
        fail(r, QStringLiteral("no server"));
        return { r };
    }
    std::unique_ptr<Proxy> proxy;
    for (int round = 0; round < m_config.rounds; ++round) {
        if (!proxy || spec.freshPerRound) {
            proxy.reset();
            proxy = spec.setup(*m);
            if (!proxy) {
                fail(r, QStringLiteral("create: %1").arg(m->errorString()));
                return { r };
            }
        }
        if (round == 0) {
            QString error = spec.body(proxy.get(), std::min(200, m_config.n)); // warm-up
            if (spec.freshPerRound)
                proxy = spec.setup(*m);
            if (!error.isEmpty()) {
                fail(r, error);
                return { r };
            }
        }
        sampleRaw(r);
        const qint64 t0 = monotonicNs();
        const QString error = spec.body(proxy.get(), m_config.n);
        const qint64 t1 = monotonicNs();
        if (!error.isEmpty()) {
            fail(r, error);
            return { r };
        }
        r.lm.values.append(double(t1 - t0) / 1000.0 / m_config.n);
    }
    return { r };
}

QList<Row> Suite::pipelined()
{
    Row all = row(QStringLiteral("pipelined"), QStringLiteral("pipelined dict get, all in flight"),
                  QStringLiteral("local"), QStringLiteral("calls/s"), true);
    Row window = row(QStringLiteral("pipelined"), QStringLiteral("pipelined dict get, 16 in flight"),
                     QStringLiteral("local"), QStringLiteral("calls/s"), true);
    all.pyKey.clear();
    window.pyKey.clear();
    all.pyNote = window.pyNote = QStringLiteral("n/a (no async)");
    all.note = QStringLiteral("%1 async __getitem__, then wait").arg(m_config.pipeN);
    window.note = QStringLiteral("a new call as the oldest of 16 finishes");
    SyncManager *m = manager(QStringLiteral("local"));
    auto d = m ? m->dict(keyHash()) : nullptr;
    if (!d) {
        fail(all, QStringLiteral("no dict"));
        return { all, window };
    }
    QVariantList args;
    for (int i = 0; i < 100; ++i)
        args.append(QVariant(QVariantList { QStringLiteral("k%1").arg(i) }));
    const QString method = QStringLiteral("__getitem__");
    const int n = m_config.pipeN;
    const auto check = [&](PendingCall &call, int i, Row &r) {
        call.waitForFinished();
        const Reply reply = call.reply();
        if (!reply.isValid() || reply.value().toInt() != i % 100) {
            fail(r, reply.isValid() ? QStringLiteral("wrong value") : reply.errorString());
            return false;
        }
        return true;
    };
    std::vector<PendingCall> calls;
    for (int round = 0; round < m_config.rounds; ++round) {
        calls.clear();
        calls.reserve(size_t(n));
        const qint64 t0 = monotonicNs();
        for (int i = 0; i < n; ++i)
            calls.push_back(d->callMethodAsync(method, args.at(i % 100).toList()));
        for (int i = 0; i < n; ++i) {
            if (!check(calls[size_t(i)], i, all))
                return { all, window };
        }
        all.lm.values.append(n / (double(monotonicNs() - t0) / 1e9));
        calls.clear();
    }
    for (int round = 0; round < m_config.rounds; ++round) {
        PendingCall ring[16];
        const qint64 t0 = monotonicNs();
        for (int i = 0; i < n; ++i) {
            if (i >= 16 && !check(ring[i % 16], i - 16, window))
                return { all, window };
            ring[i % 16] = d->callMethodAsync(method, args.at(i % 100).toList());
        }
        for (int i = std::max(0, n - 16); i < n; ++i) {
            if (!check(ring[i % 16], i, window))
                return { all, window };
        }
        window.lm.values.append(n / (double(monotonicNs() - t0) / 1e9));
    }
    return { all, window };
}

QList<Row> Suite::queueProducerConsumer()
{
    Row sync = row(QStringLiteral("queue_prodcons"), QStringLiteral("Queue producer->consumer, 2 processes"),
                   QStringLiteral("local"), QStringLiteral("us/item"));
    sync.note = QStringLiteral("worker puts, lmbench gets");
    // What the async API buys (Python cannot): the producer keeps 64 puts in flight.
    Row piped = row(QStringLiteral("queue_prodcons"), QStringLiteral("  same, producer pipelines 64 puts"),
                    QStringLiteral("local"), QStringLiteral("us/item"));
    piped.note = QStringLiteral("Python column: its synchronous producer");
    // And the consumer too: 64 gets wait on the server for the items to come.
    Row both = row(QStringLiteral("queue_prodcons"), QStringLiteral("  same, and lmbench pipelines 64 gets"),
                   QStringLiteral("local"), QStringLiteral("us/item"));
    both.note = QStringLiteral("Python column: its synchronous pair");
    QList<Row> rows { sync, piped, both };
    SyncManager *m = manager(QStringLiteral("local"));
    if (!m) {
        fail(rows.first(), QStringLiteral("no server"));
        return rows;
    }
    const int n = m_config.prodconsN;
    for (int variant = 0; variant < 3; ++variant) {
        Row &r = rows[variant];
        r.rawMode = RawMode::RoundTrips;
        r.rawKey = QStringLiteral("unix64");
        const QString kind = variant == 0 ? QStringLiteral("producer") : QStringLiteral("producer-async");
        const bool pipelinedGets = variant == 2;
        for (int round = 0; round < m_config.rounds; ++round) {
            auto q = m->Queue();
            std::vector<std::unique_ptr<Child>> workers;
            if (!q || !startWorkers(workers, 1, workerArgs(kind, m, { q->token().toString(), QString::number(n) }), r))
                return rows;
            sampleRaw(r);
            workers.front()->write("GO\n");
            const qint64 t0 = monotonicNs();
            const auto check = [this, &r](const Reply &reply, int i) {
                if (reply.isValid() && reply.value().toInt() == i)
                    return true;
                fail(r, reply.isValid() ? QStringLiteral("items out of order") : reply.errorString());
                return false;
            };
            if (!pipelinedGets) {
                for (int i = 0; i < n; ++i) {
                    if (!check(q->get(60000), i))
                        return rows;
                }
            } else {
                // QueueProxy::get()'s call, get(block=True, timeout=60): a ring of 64 in flight.
                // Parked gets are served in the order they came, so item i answers get i.
                constexpr int Window = 64;
                const QString get = QStringLiteral("get");
                const QVariantList getArgs { true, 60.0 };
                std::vector<PendingCall> ring(Window);
                for (int i = 0; i < n + Window; ++i) {
                    PendingCall &slot = ring[size_t(i % Window)];
                    if (i >= Window) {
                        slot.waitForFinished();
                        if (!check(slot.reply(), i - Window))
                            return rows;
                    }
                    if (i < n)
                        slot = q->callMethodAsync(get, getArgs, 60000);
                }
            }
            const qint64 t1 = monotonicNs();
            qint64 s, e, ops;
            if (!collectDone(workers, r, &s, &e, &ops))
                return rows;
            r.lm.values.append(double(t1 - t0) / 1000.0 / n);
        }
    }
    return rows;
}

QList<Row> Suite::counter(bool useLock)
{
    Row r = useLock ? row(QStringLiteral("counter_lock"), QStringLiteral("counter, 4 procs x {lock; v+=1; unlock}"),
                          QStringLiteral("local"), QStringLiteral("incr/s"), true)
                    : row(QStringLiteral("counter_fetchadd"), QStringLiteral("counter, 4 procs x fetchAdd(1)"),
                          QStringLiteral("local"), QStringLiteral("incr/s"), true);
    if (!useLock) {
        r.pyKey = QStringLiteral("counter_lock");
        r.note = QStringLiteral("Python column: its locked counter");
    } else {
        r.note = QStringLiteral("final count checked exact");
    }
    SyncManager *m = manager(QStringLiteral("local"));
    if (!m) {
        fail(r, QStringLiteral("no server"));
        return { r };
    }
    const int procs = 4, n = m_config.contentionN;
    for (int round = 0; round < m_config.rounds; ++round) {
        auto value = m->Value('i', 0);
        auto lock = m->Lock();
        if (!value || !lock) {
            fail(r, m->errorString());
            return { r };
        }
        const QStringList args = useLock
                ? workerArgs(QStringLiteral("counter"), m, { value->token().toString(), lock->token().toString(), QString::number(n) })
                : workerArgs(QStringLiteral("fetchadd"), m, { value->token().toString(), QString::number(n) });
        std::vector<std::unique_ptr<Child>> workers;
        if (!startWorkers(workers, procs, args, r))
            return { r };
        for (auto &w : workers)
            w->write("GO\n");
        qint64 s, e, ops;
        if (!collectDone(workers, r, &s, &e, &ops))
            return { r };
        const int final = value->value().toInt();
        if (final != procs * n) {
            fail(r, QStringLiteral("the counter is %1, expected %2").arg(final).arg(procs * n));
            return { r };
        }
        r.lm.values.append(ops / (double(e - s) / 1e9));
    }
    return { r };
}

QList<Row> Suite::arrays(const QString &transport)
{
    const int n = m_config.arrayN;
    const QString size = n == 1000000 ? QStringLiteral("1M") : QString::number(n);
    const bool local = transport == QLatin1String("local");
    Row create = row(QStringLiteral("array"), QStringLiteral("Array of %1 doubles: create").arg(size),
                     transport, QStringLiteral("ms"));
    Row fetch = row(QStringLiteral("array"), QStringLiteral("Array of %1 doubles: fetch whole").arg(size),
                    transport, QStringLiteral("ms"));
    if (local) { // Python's figures are for a local manager
        create.pyKey = QStringLiteral("array_create");
        fetch.pyKey = QStringLiteral("array_fetch");
    } else {
        create.pyKey.clear();
        fetch.pyKey.clear();
    }
    create.rawMode = fetch.rawMode = RawMode::BandwidthShare;
    create.rawKey = local ? QStringLiteral("unix_bw_c2s") : QStringLiteral("tcp_bw_c2s");
    fetch.rawKey = local ? QStringLiteral("unix_bw_s2c") : QStringLiteral("tcp_bw_s2c");
    create.bytes = fetch.bytes = 8.0 * n;
    create.note = QStringLiteral("SyncManager::Array(QList<double>)");
    fetch.note = QStringLiteral("toDoubles()");
    SyncManager *m = manager(transport);
    if (!m) {
        fail(create, QStringLiteral("no server"));
        return { create, fetch };
    }
    QList<double> data(n);
    for (int i = 0; i < n; ++i)
        data[i] = i;
    for (int round = 0; round < m_config.rounds; ++round) {
        const qint64 t0 = monotonicNs();
        auto array = m->Array(data);
        const qint64 t1 = monotonicNs();
        if (!array) {
            fail(create, m->errorString());
            return { create, fetch };
        }
        const QList<double> back = array->toDoubles();
        const qint64 t2 = monotonicNs();
        if (back.size() != n || back.value(n - 1) != double(n - 1)) {
            fail(fetch, QStringLiteral("fetched %1 elements: %2").arg(back.size()).arg(array->lastErrorString()));
            return { create, fetch };
        }
        create.lm.values.append(double(t1 - t0) / 1e6);
        fetch.lm.values.append(double(t2 - t1) / 1e6);
    }
    return { create, fetch };
}

QList<Row> Suite::createDrop()
{
    Row r = row(QStringLiteral("create_drop"), QStringLiteral("create+drop a dict proxy"),
                QStringLiteral("local"), QStringLiteral("us/op"));
    r.rawMode = RawMode::RoundTrips;
    r.rawKey = QStringLiteral("unix64");
    SyncManager *m = manager(QStringLiteral("local"));
    auto introspector = m ? m->introspector() : nullptr;
    if (!introspector) {
        fail(r, QStringLiteral("no server"));
        return { r };
    }
    const int n = m_config.createDropN;
    const int liveBefore = introspector->callMethod(QStringLiteral("liveObjectCount")).value().toInt();
    for (int round = 0; round < m_config.rounds; ++round) {
        sampleRaw(r);
        const qint64 t0 = monotonicNs();
        for (int i = 0; i < n; ++i) {
            auto d = m->dict();
            if (!d) {
                fail(r, m->errorString());
                return { r };
            }
        }
        r.lm.values.append(double(monotonicNs() - t0) / 1000.0 / n);
    }
    // The releases travel one way, before this call on the same connection.
    const int liveAfter = introspector->callMethod(QStringLiteral("liveObjectCount")).value().toInt();
    r.note = QStringLiteral("live objects %1 -> %2").arg(liveBefore).arg(liveAfter);
    if (liveAfter > liveBefore)
        fail(r, QStringLiteral("%1 dropped dicts are still alive on the server").arg(liveAfter - liveBefore));
    return { r };
}

} // namespace Bench
