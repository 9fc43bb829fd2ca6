// SPDX-License-Identifier: BSD-3-Clause
#include "worker.h"

#include "common.h"

#include <libmanager/syncmanager.h>

#include <QtCore/qcoreapplication.h>
#include <QtCore/qhash.h>
#include <QtCore/qtimer.h>

#include <cstdio>
#include <unistd.h>
#include <vector>

using namespace LibManager;

namespace Bench {

namespace {

void say(const QByteArray &line)
{
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

int fail(const QString &what)
{
    say("ERROR " + what.toUtf8());
    return 1;
}

void done(qint64 start, qint64 end, qint64 operations, qint64 served = -1)
{
    QByteArray line = "DONE " + QByteArray::number(start) + ' ' + QByteArray::number(end) + ' '
            + QByteArray::number(operations);
    if (served >= 0)
        line += ' ' + QByteArray::number(served);
    say(line);
}

QVariantList keyArgs()
{
    QVariantList keys;
    for (int i = 0; i < 100; ++i)
        keys.append(QVariant(QVariantList { QStringLiteral("k%1").arg(i) }));
    return keys;
}

QVariantList plainKeys()
{
    QVariantList keys;
    for (int i = 0; i < 100; ++i)
        keys.append(QStringLiteral("k%1").arg(i));
    return keys;
}

class Client
{
public:
    bool connect(const QString &address, const QByteArray &keyHex)
    {
        m_manager = BaseManager::fromAddress<SyncManager>(address, QByteArray::fromHex(keyHex), 30000);
        if (!m_manager->isConnected()) {
            fail(QStringLiteral("connect %1: %2").arg(address, m_manager->errorString()));
            return false;
        }
        return true;
    }
    template<class P>
    P *proxy(const QString &token)
    {
        auto made = m_manager->proxyForToken(Token::fromString(token));
        if (!made) {
            fail(QStringLiteral("proxy for %1: %2").arg(token, m_manager->errorString()));
            return nullptr;
        }
        auto *typed = qobject_cast<P *>(made.get());
        if (!typed) {
            fail(QStringLiteral("token %1 is not a %2").arg(token, QString::fromLatin1(P::staticMetaObject.className())));
            return nullptr;
        }
        m_proxies.push_back(std::move(made));
        return typed;
    }
    ~Client() { m_proxies.clear(); } // before their manager

private:
    std::unique_ptr<SyncManager> m_manager;
    std::vector<std::unique_ptr<Proxy>> m_proxies;
};

int getter(Client &client, const QStringList &args)
{
    auto *dict = client.proxy<DictProxy>(args.value(0));
    const int n = args.value(1).toInt();
    if (!dict)
        return 1;
    const QVariantList keys = plainKeys();
    dict->value(QStringLiteral("k0")); // connected and warm
    say("READY");
    waitForLine("GO");
    const qint64 start = monotonicNs();
    for (int i = 0; i < n; ++i) {
        const Reply reply = dict->value(keys.at(i % 100));
        if (!reply.isValid() || reply.value().toInt() != i % 100)
            return fail(QStringLiteral("dict get: %1").arg(reply.isValid() ? QStringLiteral("wrong value") : reply.errorString()));
    }
    done(start, monotonicNs(), n);
    return 0;
}

// Pipelines gets of the dict's key args[2] in bursts of args[1], reading every answer, until it
// is killed: the traffic that the fairness workload measures another client's calls against.
int flood(Client &client, const QStringList &args)
{
    auto *dict = client.proxy<DictProxy>(args.value(0));
    const int burst = args.value(1).toInt();
    if (!dict || burst <= 0)
        return 1;
    const QString method = QStringLiteral("__getitem__");
    const QVariantList key { args.value(2) };
    std::vector<PendingCall> calls(static_cast<size_t>(burst));
    say("READY");
    waitForLine("GO");
    for (qint64 round = 0;; ++round) {
        for (int i = 0; i < burst; ++i)
            calls[size_t(i)] = dict->callMethodAsync(method, key);
        for (int i = 0; i < burst; ++i) {
            calls[size_t(i)].waitForFinished();
            if (!calls[size_t(i)].reply().isValid())
                return fail(QStringLiteral("flood: %1").arg(calls[size_t(i)].reply().errorString()));
        }
        if (round == 0)
            say("FLOODING");
    }
}

int counter(Client &client, const QStringList &args)
{
    auto *value = client.proxy<ValueProxy>(args.value(0));
    auto *lock = client.proxy<LockProxy>(args.value(1));
    const int n = args.value(2).toInt();
    if (!value || !lock)
        return 1;
    value->value();
    say("READY");
    waitForLine("GO");
    const qint64 start = monotonicNs();
    for (int i = 0; i < n; ++i) {
        if (!lock->acquire())
            return fail(QStringLiteral("acquire: %1").arg(lock->lastErrorString()));
        const QVariant v = value->value();
        if (!v.isValid() || !value->setValue(v.toInt() + 1))
            return fail(QStringLiteral("value: %1").arg(value->lastErrorString()));
        if (!lock->release())
            return fail(QStringLiteral("release: %1").arg(lock->lastErrorString()));
    }
    done(start, monotonicNs(), n);
    return 0;
}

int fetchAdd(Client &client, const QStringList &args)
{
    auto *value = client.proxy<ValueProxy>(args.value(0));
    const int n = args.value(1).toInt();
    if (!value)
        return 1;
    value->value();
    say("READY");
    waitForLine("GO");
    const qint64 start = monotonicNs();
    const QVariant one(1);
    for (int i = 0; i < n; ++i) {
        const Reply reply = value->fetchAdd(one);
        if (!reply.isValid())
            return fail(QStringLiteral("fetchAdd: %1").arg(reply.errorString()));
    }
    done(start, monotonicNs(), n);
    return 0;
}

int producer(Client &client, const QStringList &args)
{
    auto *queue = client.proxy<QueueProxy>(args.value(0));
    const int n = args.value(1).toInt();
    if (!queue)
        return 1;
    queue->qsize();
    say("READY");
    waitForLine("GO");
    const qint64 start = monotonicNs();
    for (int i = 0; i < n; ++i) {
        if (!queue->put(i))
            return fail(QStringLiteral("put: %1").arg(queue->lastErrorString()));
    }
    done(start, monotonicNs(), n);
    return 0;
}

int producerAsync(Client &client, const QStringList &args)
{
    auto *queue = client.proxy<QueueProxy>(args.value(0));
    const int n = args.value(1).toInt();
    if (!queue)
        return 1;
    queue->qsize();
    const QString put = QStringLiteral("put");
    constexpr int Window = 64;
    std::vector<PendingCall> ring(Window);
    const auto finish = [&ring](int i) {
        PendingCall &call = ring[size_t(i % Window)];
        call.waitForFinished();
        return call.reply().isValid() ? QString() : call.reply().errorString();
    };
    say("READY");
    waitForLine("GO");
    const qint64 start = monotonicNs();
    for (int i = 0; i < n; ++i) {
        if (i >= Window) {
            const QString error = finish(i - Window);
            if (!error.isEmpty())
                return fail(QStringLiteral("put: %1").arg(error));
        }
        // QueueProxy::put(item)'s call: put(item, block=True, timeout=None)
        ring[size_t(i % Window)] = queue->callMethodAsync(put, { i, true, QVariant() }, Proxy::NoTimeout);
    }
    for (int i = std::max(0, n - Window); i < n; ++i) {
        const QString error = finish(i);
        if (!error.isEmpty())
            return fail(QStringLiteral("put: %1").arg(error));
    }
    done(start, monotonicNs(), n);
    return 0;
}

int many(const QString &address, const QByteArray &keyHex, const QStringList &args)
{
    const QString token = args.value(0);
    const int connections = args.value(1).toInt();
    const int rounds = args.value(2).toInt();
    std::vector<std::unique_ptr<Client>> clients;
    std::vector<DictProxy *> dicts;
    for (int c = 0; c < connections; ++c) {
        clients.push_back(std::make_unique<Client>());
        if (!clients.back()->connect(address, keyHex))
            return 1;
        auto *dict = clients.back()->proxy<DictProxy>(token);
        if (!dict)
            return 1;
        if (!dict->value(QStringLiteral("k0")).isValid())
            return fail(QStringLiteral("connection %1 was not served: %2").arg(c).arg(dict->lastErrorString()));
        dicts.push_back(dict);
    }
    const QVariantList keys = keyArgs();
    const QString method = QStringLiteral("__getitem__");
    std::vector<PendingCall> calls(static_cast<size_t>(connections));
    std::vector<int> good(static_cast<size_t>(connections), 0);
    say("READY");
    waitForLine("GO");
    const qint64 start = monotonicNs();
    for (int r = 0; r < rounds; ++r) {
        for (int c = 0; c < connections; ++c)
            calls[size_t(c)] = dicts[size_t(c)]->callMethodAsync(method, keys.at((r + c) % 100).toList());
        for (int c = 0; c < connections; ++c) {
            PendingCall &call = calls[size_t(c)];
            call.waitForFinished();
            const Reply reply = call.reply();
            if (reply.isValid() && reply.value().toInt() == (r + c) % 100)
                ++good[size_t(c)];
        }
    }
    const qint64 end = monotonicNs();
    qint64 operations = 0, served = 0;
    for (int g : good) {
        operations += g;
        served += g == rounds ? 1 : 0;
    }
    done(start, end, operations, served);
    return 0;
}

int signalWatcher(QCoreApplication &app, Client &client, const QStringList &args)
{
    auto *dict = client.proxy<DictProxy>(args.value(0));
    if (!dict)
        return 1;
    const auto report = [](const QVariant &, const QVariant &value) {
        const qint64 now = monotonicNs();
        say("GOT " + QByteArray::number(value.toLongLong()) + ' ' + QByteArray::number(now));
    };
    QObject::connect(dict, &DictProxy::itemChanged, dict, report);
    QObject::connect(dict, &DictProxy::itemInserted, dict, report);
    dict->size(); // the subscription went before this call on the same connection
    say("READY");
    return app.exec();
}

int writer(Client &client, const QStringList &args)
{
    auto *dict = client.proxy<DictProxy>(args.value(0));
    const qint64 durationNs = args.value(1).toLongLong() * 1000000;
    if (!dict || durationNs <= 0)
        return 1;
    const QVariantList keys = plainKeys();
    dict->setValue(keys.at(0), 0); // connected and warm
    say("READY");
    waitForLine("GO");
    const qint64 start = monotonicNs();
    qint64 n = 0;
    qint64 now = start;
    while (now - start < durationNs) {
        // The clock every 16 sets: cheap next to a round trip, and still ~2 s to the ms.
        for (int i = 0; i < 16; ++i, ++n) {
            if (!dict->setValue(keys.at(int(n % 100)), int(n)))
                return fail(QStringLiteral("dict set: %1").arg(dict->lastErrorString()));
        }
        now = monotonicNs();
    }
    done(start, now, n);
    return 0;
}

int streamWatcher(QCoreApplication &app, const QString &address, const QByteArray &keyHex)
{
    auto manager = BaseManager::fromAddress<SyncManager>(address, QByteArray::fromHex(keyHex), 30000);
    if (!manager->isConnected())
        return fail(QStringLiteral("connect %1: %2").arg(address, manager->errorString()));
    const auto introspector = manager->introspector();
    if (!introspector)
        return fail(manager->errorString());
    qint64 events = 0, changed = 0, represented = 0, gaps = 0, lost = 0;
    QHash<quint64, quint64> versions;
    const auto count = [&events] { ++events; };
    QObject::connect(introspector.get(), &Introspector::objectChanged, &app,
                     [&](const ObjectEvent &event) {
                         ++events;
                         ++changed;
                         // What one event stands for: the changes since the last one seen.
                         const quint64 before = versions.value(event.object, event.version - 1);
                         represented += qint64(event.version - before);
                         versions.insert(event.object, event.version);
                     });
    QObject::connect(introspector.get(), &Introspector::resyncNeeded, &app,
                     [&](const StreamGap &gap) {
                         ++gaps;
                         lost += qint64(gap.lost());
                     });
    QObject::connect(introspector.get(), &Introspector::objectCreated, &app, count);
    QObject::connect(introspector.get(), &Introspector::objectReleased, &app, count);
    QObject::connect(introspector.get(), &Introspector::referencesChanged, &app, count);
    QObject::connect(introspector.get(), &Introspector::clientConnected, &app, count);
    QObject::connect(introspector.get(), &Introspector::clientRenamed, &app, count);
    QObject::connect(introspector.get(), &Introspector::clientGone, &app, count);
    QObject::connect(introspector.get(), &Introspector::syncEvent, &app, count);
    QObject::connect(introspector.get(), &Introspector::streamStarted, &app, [] { say("READY"); });
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &app, [&] {
        if (!takeLine("STOP"))
            return;
        say("STREAM " + QByteArray::number(events) + ' ' + QByteArray::number(changed) + ' '
            + QByteArray::number(represented) + ' ' + QByteArray::number(gaps) + ' '
            + QByteArray::number(lost));
        app.quit();
    });
    poll.start(20);
    return app.exec();
}

int hashRss(const QStringList &args)
{
    const int n = args.value(0).toInt();
    const qint64 before = residentBytes(::getpid());
    QVariantHash hash;
    for (int i = 0; i < n; ++i)
        hash.insert(QStringLiteral("k%1").arg(i), i);
    const qint64 after = residentBytes(::getpid());
    say("RSS " + QByteArray::number(before) + ' ' + QByteArray::number(after) + ' '
        + QByteArray::number(hash.size()));
    return 0;
}

} // namespace

int runWorker(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    installWatchdogs("worker");
    const QStringList all = app.arguments();
    const int at = int(all.indexOf(QStringLiteral("--worker")));
    const QString kind = all.value(at + 1);
    if (kind == QLatin1String("hashrss"))
        return hashRss(all.mid(at + 2));
    const QString address = all.value(at + 2);
    const QByteArray keyHex = all.value(at + 3).toLatin1();
    const QStringList args = all.mid(at + 4);
    if (kind == QLatin1String("many"))
        return many(address, keyHex, args);
    if (kind == QLatin1String("stream"))
        return streamWatcher(app, address, keyHex);
    Client client;
    if (!client.connect(address, keyHex))
        return 1;
    if (kind == QLatin1String("getter"))
        return getter(client, args);
    if (kind == QLatin1String("counter"))
        return counter(client, args);
    if (kind == QLatin1String("flood"))
        return flood(client, args);
    if (kind == QLatin1String("fetchadd"))
        return fetchAdd(client, args);
    if (kind == QLatin1String("producer"))
        return producer(client, args);
    if (kind == QLatin1String("producer-async"))
        return producerAsync(client, args);
    if (kind == QLatin1String("signal"))
        return signalWatcher(app, client, args);
    if (kind == QLatin1String("writer"))
        return writer(client, args);
    return fail(QStringLiteral("unknown worker kind '%1'").arg(kind));
}

} // namespace Bench
