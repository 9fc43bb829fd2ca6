// SPDX-License-Identifier: BSD-3-Clause
// Several processes share a counter under a Lock and pass work through a bounded Queue.
//
// The demo starts a SyncManager, makes a Lock, two Values and a Queue, and runs itself again as
// worker processes, handing each the manager's address, the key (in hex) and the proxies'
// tokens. Each counting worker does K times `with lock: v.value = v.value + 1` and, next to it,
// K lock-free fetchAdd(1) on a second Value. Producers put numbered items on the queue,
// consumers get them until they receive a stop item. The final count must be exact: without
// the lock, `v = v + 1` through a proxy loses updates, since another process can write between
// the read and the write.
//
//   counter                                    run the demo; exits with 0 only if all is exact
//   counter increment ADDRESS KEYHEX LOCK VALUE ATOMIC K   (a worker: run by the demo itself)
//   counter produce ADDRESS KEYHEX QUEUE FIRST COUNT        (a producer)
//   counter consume ADDRESS KEYHEX QUEUE                    (a consumer: prints "consumed N SUM")

#include <libmanager/syncmanager.h>

#include <QtCore/qcoreapplication.h>
#include <QtCore/qprocess.h>
#include <QtCore/qrandom.h>
#include <QtCore/qtextstream.h>

#include <memory>
#include <mutex>
#include <vector>

using namespace LibManager;

namespace {

constexpr int CountingWorkers = 4;
constexpr int Increments = 2000;
constexpr int Producers = 2;
constexpr int ItemsPerProducer = 500;
constexpr int Consumers = 2;
constexpr int StopItem = -1;

QTextStream out(stdout);
QTextStream err(stderr);

// --- The worker side: a process that got the address, the key and some tokens ---------------

// A typed proxy, owned by the caller, for the object a token names; nullptr if it cannot be had.
template<class P>
std::unique_ptr<P> proxyFor(SyncManager &manager, const QString &token)
{
    std::unique_ptr<Proxy> proxy = manager.proxyForToken(Token::fromString(token));
    if (auto *typed = qobject_cast<P *>(proxy.get())) {
        proxy.release();
        return std::unique_ptr<P>(typed);
    }
    err << "error: cannot use " << token << ": " << manager.errorString() << Qt::endl;
    return nullptr;
}

int increment(SyncManager &manager, const QStringList &args)
{
    auto lock = proxyFor<LockProxy>(manager, args.value(0));
    auto counter = proxyFor<ValueProxy>(manager, args.value(1));
    auto atomic = proxyFor<ValueProxy>(manager, args.value(2));
    if (!lock || !counter || !atomic)
        return 1;
    const int times = args.value(3).toInt();
    for (int i = 0; i < times; ++i) {
        {
            // lock; v = v + 1; unlock. Two calls, made atomic by the lock.
            std::lock_guard guard(*lock);
            if (!counter->setValue(counter->value().toInt() + 1)) {
                err << "error: setValue failed: " << counter->lastErrorString() << Qt::endl;
                return 1;
            }
        }
        // The same without a lock: one call that the server does in one step.
        const Reply before = atomic->fetchAdd(1);
        if (!before.isValid()) {
            err << "error: fetchAdd failed: " << before.errorString() << Qt::endl;
            return 1;
        }
    }
    return 0;
}

int produce(SyncManager &manager, const QStringList &args)
{
    auto queue = proxyFor<QueueProxy>(manager, args.value(0));
    if (!queue)
        return 1;
    const int first = args.value(1).toInt();
    const int count = args.value(2).toInt();
    for (int item = first; item < first + count; ++item) {
        // The queue is bounded: put() waits while it is full.
        if (!queue->put(item)) {
            err << "error: put failed: " << queue->lastErrorString() << Qt::endl;
            return 1;
        }
    }
    return 0;
}

int consume(SyncManager &manager, const QStringList &args)
{
    auto queue = proxyFor<QueueProxy>(manager, args.value(0));
    if (!queue)
        return 1;
    qlonglong count = 0;
    qlonglong sum = 0;
    while (true) {
        const Reply item = queue->get();
        if (!item.isValid()) {
            err << "error: get failed: " << item.errorString() << Qt::endl;
            return 1;
        }
        if (item.value().toInt() == StopItem)
            break;
        ++count;
        sum += item.value().toInt();
    }
    out << "consumed " << count << ' ' << sum << Qt::endl;
    return 0;
}

int runWorker(const QString &mode, const QStringList &args)
{
    auto manager = BaseManager::fromAddress<SyncManager>(args.value(0), QByteArray::fromHex(args.value(1).toLatin1()));
    if (!manager->isConnected()) {
        err << "error: " << mode << ": cannot connect: " << manager->errorString() << Qt::endl;
        return 1;
    }
    const QStringList rest = args.mid(2);
    if (mode == QLatin1String("increment"))
        return increment(*manager, rest);
    if (mode == QLatin1String("produce"))
        return produce(*manager, rest);
    return consume(*manager, rest);
}

// --- The demo side: the manager, and the processes it runs -----------------------------------

class Workers
{
public:
    Workers(const QString &address, const QByteArray &key) : m_address(address), m_key(key) { }
    ~Workers()
    {
        for (auto &process : m_processes) {
            if (process->state() != QProcess::NotRunning) {
                process->kill();
                process->waitForFinished();
            }
        }
    }

    // Runs this program again as a worker of \a mode.
    QProcess *run(const QString &mode, const QStringList &args)
    {
        auto process = std::make_unique<QProcess>();
        process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process->start(QCoreApplication::applicationFilePath(),
                       QStringList { mode, m_address, QString::fromLatin1(m_key.toHex()) } + args);
        m_processes.push_back(std::move(process));
        return m_processes.back().get();
    }

    // Waits for \a process; true if it ended well.
    static bool finished(QProcess *process)
    {
        if (!process->waitForFinished(120000)) {
            process->kill();
            process->waitForFinished();
        }
        return process->exitStatus() == QProcess::NormalExit && process->exitCode() == 0;
    }

private:
    QString m_address;
    QByteArray m_key;
    std::vector<std::unique_ptr<QProcess>> m_processes;
};

QString verdict(bool exact)
{
    return exact ? QStringLiteral("(exact)") : QStringLiteral("(NOT exact)");
}

int runDemo()
{
    // A fresh key for this run; the workers get it on their command line, in hex.
    QByteArray key(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(key.data()), key.size() / 4);

    SyncManager manager(QString(), key);
    if (!manager.start()) {
        err << "error: cannot start the manager: " << manager.errorString() << Qt::endl;
        return 1;
    }
    auto lock = manager.Lock();
    auto counter = manager.Value('i', 0);
    auto atomic = manager.Value('i', 0);
    auto queue = manager.Queue(50);
    if (!lock || !counter || !atomic || !queue) {
        err << "error: cannot create the shared objects: " << manager.errorString() << Qt::endl;
        return 1;
    }
    out << "manager serving at " << manager.address() << Qt::endl;

    Workers workers(manager.address(), key);
    std::vector<QProcess *> counting;
    for (int i = 0; i < CountingWorkers; ++i) {
        counting.push_back(workers.run(QStringLiteral("increment"),
                                       { lock->token().toString(), counter->token().toString(),
                                         atomic->token().toString(), QString::number(Increments) }));
    }
    std::vector<QProcess *> producers;
    for (int i = 0; i < Producers; ++i) {
        producers.push_back(workers.run(QStringLiteral("produce"),
                                        { queue->token().toString(), QString::number(i * ItemsPerProducer),
                                          QString::number(ItemsPerProducer) }));
    }
    std::vector<QProcess *> consumers;
    for (int i = 0; i < Consumers; ++i)
        consumers.push_back(workers.run(QStringLiteral("consume"), { queue->token().toString() }));

    bool allWell = true;
    for (QProcess *process : counting)
        allWell = Workers::finished(process) && allWell;
    for (QProcess *process : producers)
        allWell = Workers::finished(process) && allWell;
    // Everything is produced: one stop item per consumer.
    for (int i = 0; i < Consumers; ++i)
        allWell = queue->put(StopItem) && allWell;
    qlonglong consumed = 0;
    qlonglong sum = 0;
    for (QProcess *process : consumers) {
        allWell = Workers::finished(process) && allWell;
        const QStringList words = QString::fromUtf8(process->readAllStandardOutput()).split(QLatin1Char(' '));
        if (words.value(0) == QLatin1String("consumed")) {
            consumed += words.value(1).toLongLong();
            sum += words.value(2).trimmed().toLongLong();
        }
    }
    if (!allWell)
        err << "error: a worker process failed" << Qt::endl;

    const int expected = CountingWorkers * Increments;
    const int counted = counter->value().toInt();
    const int added = atomic->value().toInt();
    const qlonglong produced = qlonglong(Producers) * ItemsPerProducer;
    const qlonglong expectedSum = produced * (produced - 1) / 2; // items 0 .. produced-1
    const bool counterExact = counted == expected;
    const bool atomicExact = added == expected;
    const bool queueExact = consumed == produced && sum == expectedSum;

    out << QStringLiteral("counter: %1 workers x %2 = %3 %4").arg(CountingWorkers).arg(Increments).arg(counted)
                    .arg(verdict(counterExact))
        << Qt::endl;
    out << QStringLiteral("fetchAdd, no lock: %1 workers x %2 = %3 %4").arg(CountingWorkers).arg(Increments)
                    .arg(added).arg(verdict(atomicExact))
        << Qt::endl;
    out << QStringLiteral("queue: produced %1, consumed %2, sum %3 %4").arg(produced).arg(consumed).arg(sum)
                    .arg(verdict(queueExact))
        << Qt::endl;
    return allWell && counterExact && atomicExact && queueExact ? 0 : 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    const QString mode = args.value(0);
    if (mode == QLatin1String("increment") || mode == QLatin1String("produce") || mode == QLatin1String("consume"))
        return runWorker(mode, args.mid(1));
    if (!mode.isEmpty()) {
        err << "usage: counter   (the other modes are for the processes it runs)" << Qt::endl;
        return 2;
    }
    return runDemo();
}
