// SPDX-License-Identifier: BSD-3-Clause
// The main demo: a server holding one of every standard shared type, busy worker processes,
// and the inspector looking at it all.
//
// The showcase starts a SyncManager's server, makes a named object of every standard type (a
// dict "settings", a dict "big" of 100,000 entries, a list "log", a Namespace "status", ...),
// and runs itself again as worker processes, each under a client name an inspector shows
// ("producer", "consumer", "holder", "waiter-1", ...). The workers change things a few times a
// second: jobs go through a Queue, one worker holds the Lock "resource" while two others wait
// for it, permits of the Semaphore "slots" are held, a Condition is notified, three processes
// meet at a Barrier. With --deadlock two more workers lock "lock-a" and "lock-b" in opposite
// orders: a wait cycle that the inspector's Problems view reports.
//
// It writes the server's address and key file to a directory and prints how to connect. With a
// display it runs the inspector on the server until the inspector is closed; without one it
// lets the inspector take a screenshot offscreen, then serves for --seconds (20 by default).
// Ctrl+C ends everything. Workers end when the server goes: their calls fail, they see that
// their connection is gone and exit, so nothing outlives the showcase.
//
//   showcase [--seconds N] [--deadlock] [--state-dir DIR] [--no-inspector] [--big N]
//            [--inspector PATH]
//   showcase --worker ROLE --address ADDRESS --authkey-file FILE    (run by the showcase)

#include <libmanager/authkey.h>
#include <libmanager/syncmanager.h>

#include <QtCore/qcommandlineparser.h>
#include <QtCore/qcoreapplication.h>
#include <QtCore/qdatetime.h>
#include <QtCore/qdeadlinetimer.h>
#include <QtCore/qdir.h>
#include <QtCore/qelapsedtimer.h>
#include <QtCore/qfile.h>
#include <QtCore/qfileinfo.h>
#include <QtCore/qprocess.h>
#include <QtCore/qrandom.h>
#include <QtCore/qregularexpression.h>
#include <QtCore/qsocketnotifier.h>
#include <QtCore/qstandardpaths.h>
#include <QtCore/qtemporarydir.h>
#include <QtCore/qtextstream.h>
#include <QtCore/qthread.h>
#include <QtCore/qtimer.h>

#include <cmath>
#include <csignal>
#include <memory>
#include <vector>

#include <fcntl.h>
#include <unistd.h>

using namespace LibManager;

namespace {

QTextStream out(stdout);
QTextStream err(stderr);

// --- The worker processes ---------------------------------------------------------------------

// One worker: a client of the showcase's server under the name of its role. Its loops make
// blocking calls; when the server goes (the showcase ended, by Ctrl+C or SIGKILL) every call
// fails, gone() says so and the worker returns.
class Worker
{
public:
    Worker(const QString &role, const QString &address, const QByteArray &key)
        : m_role(role)
    {
        m_manager.setAddress(address);
        m_manager.setAuthKey(key);
        m_manager.setClientName(role);
    }

    bool connect()
    {
        if (m_manager.connectToServer())
            return true;
        err << m_role << ": cannot connect: " << m_manager.errorString() << Qt::endl;
        return false;
    }

    template<class P>
    std::unique_ptr<P> get(const QString &name)
    {
        auto proxy = m_manager.proxyForName<P>(name);
        if (!proxy) {
            err << m_role << ": no object " << name << ": " << m_manager.errorString() << Qt::endl;
            m_gone = true;
        }
        return proxy;
    }

    // After a call of \a proxy: false once the server cannot be reached any more.
    bool check(const Proxy &proxy)
    {
        switch (proxy.lastError()) {
        case Error::ConnectionLost:
        case Error::ConnectionRefused:
        case Error::NotConnected:
        case Error::ServerNotResponding:
        case Error::Cancelled:
        case Error::ObjectGone:
            m_gone = true;
            break;
        default:
            break;
        }
        if (proxy.state() != Proxy::State::Connected)
            m_gone = true;
        return !m_gone;
    }

    bool gone() const { return m_gone; }

    // Sleeps \a ms, with a little jitter so that the workers do not move in step.
    void pause(int ms) const
    {
        QThread::msleep(ulong(ms + QRandomGenerator::global()->bounded(ms / 4 + 1)));
    }

    // Holds \a lock for \a ms, asking every quarter second whether the server is still there.
    bool hold(const LockProxy &lock, int ms)
    {
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < ms && !m_gone) {
            QThread::msleep(250);
            lock.isLocked();
            check(lock);
        }
        return !m_gone;
    }

    QString stamp() const { return QTime::currentTime().toString(QStringLiteral("HH:mm:ss")); }

    const QString m_role;
    SyncManager m_manager;
    bool m_gone = false;
};

// The Event "ready" is set once every worker runs: until then they wait on it (an inspector
// that connects early sees its waiters).
bool waitUntilReady(Worker &w)
{
    auto ready = w.get<EventProxy>(QStringLiteral("ready"));
    if (!ready)
        return false;
    while (!ready->wait(1000)) {
        if (!w.check(*ready))
            return false;
    }
    return true;
}

int producer(Worker &w)
{
    auto jobs = w.get<QueueProxy>(QStringLiteral("jobs"));
    auto tasks = w.get<QueueProxy>(QStringLiteral("tasks"));
    auto pool = w.get<SemaphoreProxy>(QStringLiteral("pool"));
    auto log = w.get<ListProxy>(QStringLiteral("log"));
    if (w.gone() || !waitUntilReady(w))
        return 0;
    for (int n = 1; !w.gone(); ++n) {
        const QString name = QStringLiteral("job-%1").arg(n);
        const QVariantMap job { { QStringLiteral("id"), n },
                                { QStringLiteral("name"), name },
                                { QStringLiteral("size"), QRandomGenerator::global()->bounded(1, 1000) } };
        // A bounded queue: when the consumer is slow the producer waits here (Full).
        while (!jobs->put(job, 1000)) {
            if (!w.check(*jobs))
                return 0;
        }
        if (n % 3 == 0 && !tasks->put(QStringLiteral("task-%1").arg(n / 3)) && !w.check(*tasks))
            return 0;
        if (pool->acquire(1000)) {
            log->append(QStringLiteral("%1 producer: queued %2").arg(w.stamp(), name));
            pool->release();
            if (n % 20 == 0) {
                const int size = log->size();
                if (size > 200)
                    log->removeSlice(0, size - 200);
            }
        }
        if (!w.check(*pool) || !w.check(*log))
            return 0;
        w.pause(400);
    }
    return 0;
}

int consumer(Worker &w)
{
    auto jobs = w.get<QueueProxy>(QStringLiteral("jobs"));
    auto tasks = w.get<QueueProxy>(QStringLiteral("tasks"));
    auto slots = w.get<SemaphoreProxy>(QStringLiteral("slots"));
    auto progress = w.get<ValueProxy>(QStringLiteral("progress"));
    auto samples = w.get<ArrayProxy>(QStringLiteral("samples"));
    auto status = w.get<NamespaceProxy>(QStringLiteral("status"));
    auto big = w.get<DictProxy>(QStringLiteral("big"));
    auto settings = w.get<DictProxy>(QStringLiteral("settings"));
    auto sync = w.get<BarrierProxy>(QStringLiteral("sync"));
    if (w.gone() || !waitUntilReady(w))
        return 0;
    const int bigSize = big->size();
    for (int done = 0; !w.gone();) {
        const Reply job = jobs->get(2000);
        if (!job.isValid()) {
            w.check(*jobs); // Empty: nothing came within 2 s
            continue;
        }
        ++done;
        // Work on it holding one of the three permits of "slots".
        if (slots->acquire(2000)) {
            status->setValue(QStringLiteral("state"), QStringLiteral("working"));
            status->setValue(QStringLiteral("current"), job.value().toMap().value(QStringLiteral("name")));
            w.pause(300);
            slots->release();
        }
        progress->setValue(std::fmod(done / 40.0, 1.0));
        samples->set(done % 64, std::sin(done / 4.0));
        status->setValue(QStringLiteral("done"), done);
        status->setValue(QStringLiteral("state"), QStringLiteral("idle"));
        if (bigSize > 0) {
            const int item = QRandomGenerator::global()->bounded(bigSize);
            big->setValue(QStringLiteral("item-%1").arg(item, 7, 10, QLatin1Char('0')), done);
        }
        settings->setValue(QStringLiteral("last_job"), job.value().toMap().value(QStringLiteral("id")));
        const Reply task = tasks->get(0);
        if (task.isValid())
            tasks->taskDone();
        if (!w.check(*slots) || !w.check(*status) || !w.check(*big))
            return 0;
        // Every 15 jobs, meet the notifier and the watcher at the Barrier "sync".
        if (done % 15 == 0) {
            sync->wait(BarrierProxy::Forever);
            w.check(*sync);
        }
    }
    return 0;
}

// Holds the Lock "resource" (and the RLock "rlock" twice) for five seconds at a time, and a
// permit of "slots" all along.
int holder(Worker &w)
{
    auto resource = w.get<LockProxy>(QStringLiteral("resource"));
    auto rlock = w.get<LockProxy>(QStringLiteral("rlock"));
    auto slots = w.get<SemaphoreProxy>(QStringLiteral("slots"));
    auto status = w.get<NamespaceProxy>(QStringLiteral("status"));
    if (w.gone())
        return 0;
    // Before waiting for "ready": the waiters then find the lock held.
    if (!resource->acquire(LockProxy::Forever) || !slots->acquire(SemaphoreProxy::Forever))
        return 0;
    bool held = true;
    if (!waitUntilReady(w))
        return 0;
    while (!w.gone()) {
        if (!held && !resource->acquire(3000)) {
            w.check(*resource);
            continue;
        }
        held = false;
        rlock->acquire();
        rlock->acquire(); // an RLock: recursion count 2
        status->setValue(QStringLiteral("resource"), QStringLiteral("held by holder since %1").arg(w.stamp()));
        if (!w.hold(*resource, 5000))
            return 0;
        rlock->release();
        rlock->release();
        resource->release();
        if (!w.check(*resource))
            return 0;
        w.pause(300);
    }
    return 0;
}

// Waits for "resource" in turns of 2.5 s; holds it for a second when it gets it.
int waiter(Worker &w, bool holdsPermit)
{
    auto resource = w.get<LockProxy>(QStringLiteral("resource"));
    auto slots = w.get<SemaphoreProxy>(QStringLiteral("slots"));
    auto status = w.get<NamespaceProxy>(QStringLiteral("status"));
    if (w.gone() || !waitUntilReady(w))
        return 0;
    if (holdsPermit && !slots->acquire(SemaphoreProxy::Forever))
        return 0;
    while (!w.gone()) {
        if (!resource->acquire(2500)) {
            w.check(*resource);
            continue;
        }
        status->setValue(QStringLiteral("resource"), QStringLiteral("held by %1 since %2").arg(w.m_role, w.stamp()));
        if (!w.hold(*resource, 1000))
            return 0;
        resource->release();
        w.pause(600);
    }
    return 0;
}

// Notifies the Condition "changed" every two seconds and changes a setting now and then.
int notifier(Worker &w)
{
    auto changed = w.get<ConditionProxy>(QStringLiteral("changed"));
    auto status = w.get<NamespaceProxy>(QStringLiteral("status"));
    auto settings = w.get<DictProxy>(QStringLiteral("settings"));
    auto sync = w.get<BarrierProxy>(QStringLiteral("sync"));
    if (w.gone() || !waitUntilReady(w))
        return 0;
    const QStringList themes { QStringLiteral("light"), QStringLiteral("dark"), QStringLiteral("system") };
    for (int n = 1; !w.gone(); ++n) {
        w.pause(2000);
        if (!changed->acquire(2000)) {
            w.check(*changed);
            continue;
        }
        status->setValue(QStringLiteral("heartbeat"), w.stamp());
        changed->notifyAll();
        changed->release();
        if (n % 3 == 0)
            settings->setValue(QStringLiteral("theme"), themes.at(n / 3 % themes.size()));
        if (n % 4 == 0)
            sync->wait(BarrierProxy::Forever);
        w.check(*changed);
        w.check(*settings);
    }
    return 0;
}

// Waits on the Condition "changed" (notified by the notifier), and at the Barrier now and then.
int watcher(Worker &w)
{
    auto changed = w.get<ConditionProxy>(QStringLiteral("changed"));
    auto sync = w.get<BarrierProxy>(QStringLiteral("sync"));
    auto status = w.get<NamespaceProxy>(QStringLiteral("status"));
    if (w.gone() || !waitUntilReady(w))
        return 0;
    for (int n = 1; !w.gone(); ++n) {
        if (changed->acquire(2000)) {
            const bool notified = changed->wait(3000);
            changed->release();
            if (notified)
                status->setValue(QStringLiteral("seen"), w.stamp());
        }
        w.check(*changed);
        if (n % 5 == 0) {
            sync->wait(BarrierProxy::Forever);
            w.check(*sync);
        }
        w.pause(300);
    }
    return 0;
}

// Two workers lock "lock-a" and "lock-b" in opposite orders: each holds one and waits for the
// other, a cycle in the wait graph. Their waits time out after 20 s; they let go and meet
// again.
int deadlocker(Worker &w, const QString &firstName, const QString &secondName)
{
    auto first = w.get<LockProxy>(firstName);
    auto second = w.get<LockProxy>(secondName);
    if (w.gone() || !waitUntilReady(w))
        return 0;
    while (!w.gone()) {
        if (!first->acquire(5000)) {
            w.check(*first);
            continue;
        }
        w.pause(500);
        if (second->acquire(20000)) {
            w.pause(200);
            second->release();
        }
        w.check(*second);
        first->release();
        w.pause(1000);
    }
    return 0;
}

int runWorker(const QString &role, const QString &address, const QString &keyFile)
{
    // Ctrl+C reaches the whole process group: the workers leave stopping to the showcase, and
    // end when its server goes.
    std::signal(SIGINT, SIG_IGN);
    QString why;
    const QByteArray key = readAuthKeyFile(keyFile, &why);
    if (key.isEmpty()) {
        err << role << ": " << why << Qt::endl;
        return 1;
    }
    Worker w(role, address, key);
    if (!w.connect())
        return 1;
    if (role == QLatin1String("producer"))
        return producer(w);
    if (role == QLatin1String("consumer"))
        return consumer(w);
    if (role == QLatin1String("holder"))
        return holder(w);
    if (role == QLatin1String("waiter-1"))
        return waiter(w, true);
    if (role == QLatin1String("waiter-2"))
        return waiter(w, false);
    if (role == QLatin1String("notifier"))
        return notifier(w);
    if (role == QLatin1String("watcher"))
        return watcher(w);
    if (role == QLatin1String("deadlock-a"))
        return deadlocker(w, QStringLiteral("lock-a"), QStringLiteral("lock-b"));
    if (role == QLatin1String("deadlock-b"))
        return deadlocker(w, QStringLiteral("lock-b"), QStringLiteral("lock-a"));
    err << "showcase: unknown worker role " << role << Qt::endl;
    return 2;
}

// --- The showcase -----------------------------------------------------------------------------

int signalPipe[2] = { -1, -1 };

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(signalPipe[1], &byte, 1);
}

bool writeFile(const QString &path, const QByteArray &contents, QFileDevice::Permissions permissions)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate, permissions)
        || !file.setPermissions(permissions) || file.write(contents) != contents.size()) {
        err << "showcase: cannot write " << path << ": " << file.errorString() << Qt::endl;
        return false;
    }
    return true;
}

QString findInspector(const QString &given)
{
    if (!given.isEmpty())
        return given;
    QStringList candidates;
#ifdef LIBMANAGER_SHOWCASE_INSPECTOR
    candidates.append(QStringLiteral(LIBMANAGER_SHOWCASE_INSPECTOR));
#endif
    const QString dir = QCoreApplication::applicationDirPath();
    candidates.append(dir + QStringLiteral("/../../inspector/libmanager-inspector")); // build tree
    candidates.append(dir + QStringLiteral("/libmanager-inspector")); // installed side by side
    for (const QString &candidate : std::as_const(candidates)) {
        if (QFileInfo(candidate).isExecutable())
            return QFileInfo(candidate).canonicalFilePath();
    }
    return QStandardPaths::findExecutable(QStringLiteral("libmanager-inspector"));
}

// The argument as a shell reads it.
QString quoted(const QString &arg)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_@%+=:,./-]+$"));
    if (plain.match(arg).hasMatch())
        return arg;
    QString copy = arg;
    return QLatin1Char('\'') + copy.replace(QLatin1Char('\''), QLatin1String("'\\''")) + QLatin1Char('\'');
}

struct Options
{
    int seconds = -1; // -1: the default for the situation
    bool deadlock = false;
    bool noInspector = false;
    int bigSize = 100000;
    QString stateDir;
    QString inspector;
};

struct NamedObject
{
    QString name;
    std::unique_ptr<Proxy> proxy;
};

int runShowcase(QCoreApplication &app, const Options &options)
{
    // Ctrl+C and SIGTERM quit the event loop; the clean-up below runs.
    if (::pipe2(signalPipe, O_CLOEXEC | O_NONBLOCK) == 0) {
        std::signal(SIGINT, onSignal);
        std::signal(SIGTERM, onSignal);
    }
    QSocketNotifier signalNotifier(signalPipe[0], QSocketNotifier::Read);
    bool interrupted = false;
    QObject::connect(&signalNotifier, &QSocketNotifier::activated, &app, [&] {
        char byte;
        while (::read(signalPipe[0], &byte, 1) > 0) { }
        interrupted = true;
        app.quit();
    });

    // Where the address and the key go: --state-dir, or a directory removed at the end.
    std::unique_ptr<QTemporaryDir> temporaryDir;
    QString stateDir = options.stateDir;
    if (stateDir.isEmpty()) {
        temporaryDir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/libmanager-showcase-XXXXXX"));
        if (!temporaryDir->isValid()) {
            err << "showcase: cannot make a temporary directory: " << temporaryDir->errorString() << Qt::endl;
            return 1;
        }
        stateDir = temporaryDir->path();
    } else if (!QDir().mkpath(stateDir)) {
        err << "showcase: cannot make " << stateDir << Qt::endl;
        return 1;
    }
    stateDir = QDir(stateDir).absolutePath();
    const QString keyFile = stateDir + QStringLiteral("/authkey");
    const QString addressFile = stateDir + QStringLiteral("/address");
    const QString objectsFile = stateDir + QStringLiteral("/objects.tsv");

    // A fresh key, as hex text (one line): what libmanager-server --authkey-file reads too.
    QByteArray raw(32, Qt::Uninitialized);
    QRandomGenerator::system()->generate(raw.begin(), raw.end());
    const QByteArray key = raw.toHex();
    if (!writeFile(keyFile, key + '\n', QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return 1;

    SyncManager manager(QString(), key);
    manager.setClientName(QStringLiteral("showcase"));
    out << "showcase: starting the server..." << Qt::endl;
    if (!manager.start()) {
        err << "showcase: " << manager.errorString() << Qt::endl;
        return 1;
    }
    const QString address = manager.address();

    // One named object of every standard type.
    std::vector<NamedObject> objects;
    bool failed = false;
    auto keep = [&](const QString &name, auto proxy) {
        if (!proxy) {
            err << "showcase: cannot make " << name << ": " << manager.errorString() << Qt::endl;
            failed = true;
            return;
        }
        objects.push_back({ name, std::move(proxy) });
    };
    QVariantMap settings {
        { QStringLiteral("theme"), QStringLiteral("system") },
        { QStringLiteral("language"), QStringLiteral("en") },
        { QStringLiteral("refresh_ms"), 500 },
        { QStringLiteral("max_workers"), 8 },
        { QStringLiteral("retry_limit"), 3 },
        { QStringLiteral("timeout_s"), 2.5 },
        { QStringLiteral("verbose"), false },
        { QStringLiteral("log_level"), QStringLiteral("info") },
        { QStringLiteral("data_dir"), QStringLiteral("/var/lib/showcase") },
        { QStringLiteral("cache_mb"), 256 },
        { QStringLiteral("compression"), QStringLiteral("zstd") },
        { QStringLiteral("batch_size"), 64 },
        { QStringLiteral("owner"), QStringLiteral("ops@example.org") },
        { QStringLiteral("started"), QDateTime::currentDateTime() },
        { QStringLiteral("tags"), QStringList { QStringLiteral("demo"), QStringLiteral("live") } },
        { QStringLiteral("limits"), QVariantMap { { QStringLiteral("cpu"), 2 }, { QStringLiteral("memory_mb"), 512 } } },
        { QStringLiteral("ratio"), 0.75 },
        { QStringLiteral("seed"), 42 },
        { QStringLiteral("last_job"), 0 },
        { QStringLiteral("checksum"), QByteArray::fromHex("deadbeef") },
    };
    keep(QStringLiteral("settings"), manager.namedDict(QStringLiteral("settings"), settings));
    {
        out << "showcase: filling the dict \"big\" with " << QLocale::c().toString(options.bigSize)
            << " entries..." << Qt::endl;
        auto big = manager.namedDict(QStringLiteral("big"));
        for (int start = 0; big && start < options.bigSize; start += 20000) {
            VariantPairList chunk;
            const int stop = qMin(options.bigSize, start + 20000);
            chunk.reserve(stop - start);
            for (int i = start; i < stop; ++i)
                chunk.append({ QStringLiteral("item-%1").arg(i, 7, 10, QLatin1Char('0')), i * 3 });
            if (!big->update(chunk)) {
                err << "showcase: cannot fill \"big\": " << big->lastErrorString() << Qt::endl;
                failed = true;
                break;
            }
        }
        keep(QStringLiteral("big"), std::move(big));
    }
    keep(QStringLiteral("log"), manager.namedList(QStringLiteral("log"),
                                                  { QStringLiteral("%1 showcase: started").arg(QTime::currentTime().toString(QStringLiteral("HH:mm:ss"))) }));
    if (auto status = manager.namedNamespace(QStringLiteral("status"))) {
        status->setValue(QStringLiteral("state"), QStringLiteral("starting"));
        status->setValue(QStringLiteral("done"), 0);
        keep(QStringLiteral("status"), std::move(status));
    } else {
        keep(QStringLiteral("status"), std::move(status));
    }
    keep(QStringLiteral("progress"), manager.namedValue(QStringLiteral("progress"), 'd', 0.0));
    keep(QStringLiteral("samples"), manager.namedArray(QStringLiteral("samples"), 'd', 64));
    keep(QStringLiteral("jobs"), manager.namedQueue(QStringLiteral("jobs"), 20));
    keep(QStringLiteral("tasks"), manager.namedJoinableQueue(QStringLiteral("tasks")));
    keep(QStringLiteral("resource"), manager.namedLock(QStringLiteral("resource")));
    keep(QStringLiteral("rlock"), manager.namedRLock(QStringLiteral("rlock")));
    keep(QStringLiteral("slots"), manager.namedSemaphore(QStringLiteral("slots"), 3));
    keep(QStringLiteral("pool"), manager.namedBoundedSemaphore(QStringLiteral("pool"), 2));
    keep(QStringLiteral("changed"), manager.namedCondition(QStringLiteral("changed")));
    auto readyProxy = manager.namedEvent(QStringLiteral("ready"));
    EventProxy *ready = readyProxy.get();
    if (ready)
        ready->clear();
    keep(QStringLiteral("ready"), std::move(readyProxy));
    keep(QStringLiteral("sync"), manager.namedBarrier(QStringLiteral("sync"), 3));
    if (options.deadlock) {
        keep(QStringLiteral("lock-a"), manager.namedLock(QStringLiteral("lock-a")));
        keep(QStringLiteral("lock-b"), manager.namedLock(QStringLiteral("lock-b")));
    }
    if (failed || !ready)
        return 1;

    // The state files: the address, and each object's name, typeid, id and token (the
    // inspector's --open takes the id).
    QByteArray table = "name\ttypeid\tid\ttoken\n";
    for (const NamedObject &object : objects) {
        table += object.name.toUtf8() + '\t' + object.proxy->typeId().toUtf8() + '\t'
            + QByteArray::number(object.proxy->objectId()) + '\t'
            + object.proxy->token().toString().toUtf8() + '\n';
    }
    if (!writeFile(objectsFile, table, QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        || !writeFile(addressFile, address.toUtf8() + '\n', QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return 1;

    // The workers: this program again, one process per role.
    QStringList roles { QStringLiteral("holder"), QStringLiteral("waiter-1"), QStringLiteral("waiter-2"),
                        QStringLiteral("producer"), QStringLiteral("consumer"),
                        QStringLiteral("notifier"), QStringLiteral("watcher") };
    if (options.deadlock)
        roles << QStringLiteral("deadlock-a") << QStringLiteral("deadlock-b");
    std::vector<std::unique_ptr<QProcess>> workers;
    for (const QString &role : std::as_const(roles)) {
        auto worker = std::make_unique<QProcess>();
        worker->setProcessChannelMode(QProcess::ForwardedChannels);
        worker->setProgram(QCoreApplication::applicationFilePath());
        worker->setArguments({ QStringLiteral("--worker"), role, QStringLiteral("--address"), address,
                               QStringLiteral("--authkey-file"), keyFile });
        worker->start();
        if (!worker->waitForStarted()) {
            err << "showcase: cannot start the worker " << role << ": " << worker->errorString() << Qt::endl;
            failed = true;
            break;
        }
        workers.push_back(std::move(worker));
        if (role == QLatin1String("holder")) {
            // The holder takes "resource" first, so that the waiters find it held.
            auto resource = manager.proxyForName<LockProxy>(QStringLiteral("resource"));
            QDeadlineTimer deadline(5000);
            while (resource && !resource->isLocked() && !deadline.hasExpired())
                QThread::msleep(20);
        }
    }
    if (!failed)
        ready->set();

    const QString inspector = findInspector(options.inspector);
    const QString connectCommand = QStringLiteral("%1 --address %2 --authkey-file %3")
            .arg(quoted(inspector.isEmpty() ? QStringLiteral("libmanager-inspector") : inspector),
                 quoted(address), quoted(keyFile));
    out << "showcase: serving at " << address << Qt::endl
        << "showcase: key file " << keyFile << Qt::endl
        << "showcase: " << workers.size() << " workers: " << roles.mid(0, int(workers.size())).join(QLatin1String(", "))
        << (options.deadlock ? QStringLiteral(" (deadlock-a and deadlock-b make a wait cycle)") : QString())
        << Qt::endl
        << "showcase: connect with: " << connectCommand << Qt::endl;

    const bool display = !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
    int seconds = options.seconds;
    QProcess inspectorProcess;
    bool inspectorOpen = false;
    inspectorProcess.setProcessChannelMode(QProcess::ForwardedChannels);
    const QString screenshot = stateDir + QStringLiteral("/inspector.png");
    if (failed) {
        seconds = 0;
    } else if (options.noInspector) {
        out << "showcase: not starting the inspector (--no-inspector)" << Qt::endl;
    } else if (inspector.isEmpty()) {
        out << "showcase: the inspector (libmanager-inspector) was not found; build it with "
               "`ninja -C build libmanager-inspector` or give --inspector PATH" << Qt::endl;
    } else if (display) {
        out << "showcase: running the inspector; close it to end the showcase" << Qt::endl;
        inspectorOpen = true;
        QObject::connect(&inspectorProcess, &QProcess::errorOccurred, &app, [&](QProcess::ProcessError error) {
            if (error == QProcess::FailedToStart) {
                out << "showcase: the inspector did not start (" << inspectorProcess.errorString()
                    << "); serving until Ctrl+C" << Qt::endl;
            }
        });
        QObject::connect(&inspectorProcess, &QProcess::finished, &app, [&] {
            out << "showcase: the inspector closed" << Qt::endl;
            app.quit();
        });
        inspectorProcess.start(inspector, { QStringLiteral("--address"), address,
                                            QStringLiteral("--authkey-file"), keyFile });
    } else {
        out << "showcase: no display: the inspector takes a screenshot offscreen..." << Qt::endl;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        inspectorProcess.setProcessEnvironment(environment);
        QObject::connect(&inspectorProcess, &QProcess::finished, &app, [&](int code, QProcess::ExitStatus status) {
            if (status == QProcess::NormalExit && code == 0 && QFileInfo::exists(screenshot)) {
                out << "showcase: the inspector's screenshot: " << screenshot
                    << (temporaryDir ? " (removed at the end: give --state-dir DIR to keep it)" : "") << Qt::endl;
            } else {
                out << "showcase: the inspector made no screenshot (exit code " << code << ")" << Qt::endl;
            }
        });
        inspectorProcess.start(inspector, { QStringLiteral("--address"), address,
                                            QStringLiteral("--authkey-file"), keyFile,
                                            QStringLiteral("--screenshot"), screenshot,
                                            QStringLiteral("--quit-after"), QStringLiteral("4000") });
        if (seconds < 0)
            seconds = 20;
    }
    if (seconds < 0 && !display)
        seconds = 20;
    if (seconds >= 0) {
        if (seconds > 0)
            out << "showcase: serving for " << seconds << " s (Ctrl+C ends it sooner)" << Qt::endl;
        QTimer::singleShot(seconds * 1000, &app, &QCoreApplication::quit);
    } else if (!inspectorOpen) {
        out << "showcase: serving until Ctrl+C" << Qt::endl;
    }

    // A worker that ends early is worth a line.
    for (const auto &worker : workers) {
        QObject::connect(worker.get(), &QProcess::finished, &app, [&, process = worker.get()](int code) {
            if (!manager.isConnected())
                return;
            out << "showcase: the worker " << process->arguments().value(1) << " ended early (exit code "
                << code << ")" << Qt::endl;
        });
    }

    if (!interrupted) // (a Ctrl+C during the set-up: quit() did nothing then)
        app.exec();

    // Clean up: the inspector, then the server; the workers see it go and end by themselves.
    out << "showcase: " << (interrupted ? "interrupted; " : "") << "shutting down" << Qt::endl;
    QObject::disconnect(&inspectorProcess, nullptr, nullptr, nullptr);
    if (inspectorProcess.state() != QProcess::NotRunning) {
        inspectorProcess.terminate();
        if (!inspectorProcess.waitForFinished(3000))
            inspectorProcess.kill();
        inspectorProcess.waitForFinished(1000);
    }
    for (const auto &worker : workers)
        QObject::disconnect(worker.get(), nullptr, nullptr, nullptr);
    objects.clear();
    manager.shutdown();
    int ended = 0;
    int killed = 0;
    for (const auto &worker : workers) {
        if (worker->state() == QProcess::NotRunning || worker->waitForFinished(5000)) {
            ++ended;
            continue;
        }
        err << "showcase: the worker " << worker->arguments().value(1) << " did not end; killing it" << Qt::endl;
        worker->kill();
        worker->waitForFinished(1000);
        ++killed;
    }
    out << "showcase: stopped: the server and " << ended << " of " << workers.size()
        << " workers ended by themselves" << Qt::endl;
    return failed || killed > 0 ? 1 : 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("showcase"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
            "The libmanager showcase: a server with every standard shared type, busy worker "
            "processes, and the inspector looking at them."));
    parser.addHelpOption();
    const QCommandLineOption seconds(QStringLiteral("seconds"),
            QStringLiteral("Serve for <n> seconds (default: until the inspector closes with a display, 20 without one)."),
            QStringLiteral("n"));
    const QCommandLineOption deadlock(QStringLiteral("deadlock"),
            QStringLiteral("Also run two workers that deadlock on the locks \"lock-a\" and \"lock-b\"."));
    const QCommandLineOption stateDir(QStringLiteral("state-dir"),
            QStringLiteral("Write the address, the key file and objects.tsv to <dir> (default: a temporary directory)."),
            QStringLiteral("dir"));
    const QCommandLineOption noInspector(QStringLiteral("no-inspector"),
            QStringLiteral("Do not run the inspector."));
    const QCommandLineOption inspector(QStringLiteral("inspector"),
            QStringLiteral("The inspector program (default: the one built beside this demo)."),
            QStringLiteral("path"));
    const QCommandLineOption big(QStringLiteral("big"),
            QStringLiteral("Entries of the dict \"big\" (default 100000)."), QStringLiteral("n"));
    const QCommandLineOption worker(QStringLiteral("worker"),
            QStringLiteral("Internal: run as the worker <role>."), QStringLiteral("role"));
    const QCommandLineOption address(QStringLiteral("address"),
            QStringLiteral("Internal: the server's address (with --worker)."), QStringLiteral("address"));
    const QCommandLineOption keyFile(QStringLiteral("authkey-file"),
            QStringLiteral("Internal: the key file (with --worker)."), QStringLiteral("file"));
    parser.addOptions({ seconds, deadlock, stateDir, noInspector, inspector, big, worker, address, keyFile });
    parser.process(app);

    if (parser.isSet(worker))
        return runWorker(parser.value(worker), parser.value(address), parser.value(keyFile));

    Options options;
    bool ok = true;
    if (parser.isSet(seconds))
        options.seconds = parser.value(seconds).toInt(&ok);
    if (!ok || options.seconds < -1) {
        err << "showcase: --seconds takes a number of seconds" << Qt::endl;
        return 2;
    }
    if (parser.isSet(big))
        options.bigSize = parser.value(big).toInt(&ok);
    if (!ok || options.bigSize < 0) {
        err << "showcase: --big takes a number of entries" << Qt::endl;
        return 2;
    }
    options.deadlock = parser.isSet(deadlock);
    options.noInspector = parser.isSet(noInspector);
    options.stateDir = parser.value(stateDir);
    options.inspector = parser.value(inspector);
    return runShowcase(app, options);
}
