// SPDX-License-Identifier: BSD-3-Clause
// lmhelper: the helper process of the multi-process tests. One mode per scenario; every mode
// has a watchdog (it exits with code 99 after LMHELPER_WATCHDOG_MS, default 60 s) and exits as
// soon as its standard input closes, so a failing test never leaves an orphan.
//
//   lmhelper serve ADDRESS KEYHEX             serveForever() a TestManager; prints "SERVING addr"
//   lmhelper limited ADDRESS KEYHEX NOFILE MAXCLIENTS [MAXOBJECTS MAXBYTES]
//                                             serve like "serve", with RLIMIT_NOFILE lowered to
//                                             NOFILE, BaseManager::setMaxClients(MAXCLIENTS), and
//                                             ServerLimits' maxObjectsPerClient and
//                                             maxBytesPerClient (0: leave each as it is)
//   lmhelper start KEYHEX [sync]              start() a TestManager (with "sync": a SyncManager,
//                                             served by libmanager-server), print "SERVER pid
//                                             address", then wait (the test SIGKILLs us). Like an
//                                             application that handles Ctrl+C itself, it prints
//                                             "INTERRUPTED" on SIGINT and goes on.
//   lmhelper put ADDRESS KEYHEX VALUE         the seed's remote queue: put VALUE
//   lmhelper get ADDRESS KEYHEX               ... and get one value, printed as "GOT value"
//   lmhelper call TOKEN KEYHEX METHOD [ARG]   proxy from a token, call, print "RESULT value"
//   lmhelper callvia ADDRESS TOKEN KEYHEX METHOD [ARG]
//                                             the same, reaching the server through ADDRESS
//   lmhelper hold ADDRESS KEYHEX N            create N FooClass objects, print "HOLDING", wait
//   lmhelper connect ADDRESS KEYHEX           connect, print "ERROR <name>" or "CONNECTED"
//   lmhelper startfork KEYHEX                 start() a SyncManager, then fork() a child without
//                                             exec that inherits every descriptor (the server's
//                                             pipe too) and sleeps up to 60 s; prints "SERVER pid
//                                             address" and "FORKED pid", then waits
//   lmhelper lock ADDRESS KEYHEX NAME TIMEOUTMS THEN
//                                             acquire the Lock named NAME (a SyncManager client
//                                             with the liveness timeout LMHELPER_LIVENESS_MS):
//                                             "WAITING", then "ACQUIRED", "TIMEOUT" or "FAILED
//                                             <error> <message>". THEN "exit" ends (releasing);
//                                             "watch" calls isLocked() every 200 ms, prints
//                                             "CALLFAILED <error> <message>" when one fails, then
//                                             reconnects and acquires again: "REACQUIRED"
//   lmhelper qget ADDRESS KEYHEX NAME         "WAITING", then a get() without a timeout from the
//                                             Queue named NAME: "GOT v" or "FAILED <error> <message>"
//   lmhelper instance ADDRESS KEYHEX [TOKEN]  one instance of an application whose instances share
//                                             a server (ServerLifetime::WhileClientsConnected):
//                                             connects to ADDRESS, or starts the server there
//                                             ("STARTED pid"). Without TOKEN it makes a dict
//                                             {"x": 1} ("TOKEN t"); with one, prints "VALUE x"
//                                             of that dict. Then waits; the line "quit" on its
//                                             standard input makes it return from main().
//   lmhelper named ADDRESS KEYHEX NAME TYPEID ACTION [ARG [ARG]]
//                                             a SyncManager client: get-or-create the object
//                                             NAME as TYPEID ("-": look the name up only),
//                                             print "TOKEN token", then ACTION: hold (wait),
//                                             put V ("PUT"), get ("GOT v"), set K V (dict),
//                                             value K ("VALUE v", dict), none
//   lmhelper race ADDRESS KEYHEX GATE NAME KEY
//                                             wait on the Event named GATE, then get-or-create the dict NAME and set KEY in
//                                             it; prints "TOKEN token"

#include "testtypes.h"
#include "transport.h"
#include "watchdog.h"

#include <libmanager/servermain.h>
#include <libmanager/syncmanager.h>

#include <QtCore/qcoreapplication.h>
#include <QtCore/qsocketnotifier.h>
#include <QtCore/qtextstream.h>
#include <QtCore/qtimer.h>

#include <csignal>
#include <cstdio>
#include <memory>
#include <sys/resource.h>
#include <unistd.h>

using namespace LibManager;

namespace {

void say(const QString &line)
{
    QTextStream(stdout) << line << Qt::endl;
}

int fail(const BaseManager &manager)
{
    say(QStringLiteral("ERROR %1 %2").arg(errorName(manager.error()), manager.errorString()));
    return 1;
}

extern "C" void onInterrupt(int)
{
    static const char line[] = "INTERRUPTED\n";
    [[maybe_unused]] const ssize_t written = ::write(1, line, sizeof line - 1);
}

} // namespace

int main(int argc, char *argv[])
{
    if (LibManager::isServerProcess())
        return LibManager::serverMain<TestManager>(argc, argv);

    QCoreApplication app(argc, argv);
    // "quit" on standard input: end the way an application does, through its destructors.
    TestSupport::installWatchdog("lmhelper", [](const QByteArray &line) {
        if (line.trimmed() == "quit")
            QCoreApplication::quit();
    });
    const QStringList args = app.arguments().mid(1);
    const QString mode = args.value(0);
    const QByteArray key = QByteArray::fromHex(args.value(mode == QLatin1String("start") ? 1 : 2).toLatin1());

    if (mode == QLatin1String("serve") || mode == QLatin1String("limited")) {
        TestManager manager(args.value(1), key);
        TestSupport::configure(manager);
        if (const int nofile = args.value(3).toInt(); mode == QLatin1String("limited") && nofile > 0) {
            rlimit limit {};
            ::getrlimit(RLIMIT_NOFILE, &limit);
            limit.rlim_cur = rlim_t(nofile);
            if (::setrlimit(RLIMIT_NOFILE, &limit) != 0) {
                say(QStringLiteral("ERROR setrlimit"));
                return 1;
            }
        }
        if (const int maxClients = args.value(4).toInt(); maxClients > 0)
            manager.setMaxClients(maxClients);
        ServerLimits limits = manager.serverLimits();
        limits.setMaxObjectsPerClient(args.value(5).toLongLong());
        limits.setMaxBytesPerClient(args.value(6).toLongLong());
        manager.setServerLimits(limits);
        QObject::connect(&manager, &BaseManager::addressChanged,
                         [](const QString &address) { say(QStringLiteral("SERVING ") + address); });
        if (!manager.serveForever())
            return fail(manager);
        say(QStringLiteral("STOPPED"));
        return 0;
    }
    if (mode == QLatin1String("start")) {
        // A handler, not SIG_IGN: an ignored signal would stay ignored in the server we exec.
        struct sigaction action {};
        action.sa_handler = onInterrupt;
        sigemptyset(&action.sa_mask);
        action.sa_flags = SA_RESTART;
        ::sigaction(SIGINT, &action, nullptr);
        std::unique_ptr<BaseManager> manager;
        if (args.value(2) == QLatin1String("sync"))
            manager = std::make_unique<SyncManager>(QString(), key);
        else
            manager = std::make_unique<TestManager>(QString(), key);
        TestSupport::configure(*manager);
        if (!manager->start())
            return fail(*manager);
        say(QStringLiteral("SERVER %1 %2").arg(manager->serverProcessId()).arg(manager->address()));
        return app.exec();
    }
    if (mode == QLatin1String("startfork")) {
        SyncManager manager(QString(), QByteArray::fromHex(args.value(1).toLatin1()));
        TestSupport::configure(manager);
        if (!manager.start())
            return fail(manager);
        const pid_t child = ::fork();
        if (child == 0) {
            // What a program that forks a worker without exec leaves behind: a process that
            // holds copies of all its parent's descriptors. It does nothing and ends by itself.
            ::alarm(60);
            while (true)
                ::pause();
        }
        say(QStringLiteral("SERVER %1 %2").arg(manager.serverProcessId()).arg(manager.address()));
        say(QStringLiteral("FORKED %1").arg(child));
        return app.exec();
    }
    if (mode == QLatin1String("lock") || mode == QLatin1String("qget")) {
        const int liveness = qEnvironmentVariableIntValue("LMHELPER_LIVENESS_MS");
        const auto connect = [&](std::unique_ptr<SyncManager> *manager) {
            *manager = std::make_unique<SyncManager>(args.value(1), key);
            TestSupport::configure(**manager);
            if (liveness > 0)
                (*manager)->setLivenessTimeout(liveness);
            return (*manager)->connectToServer(5000);
        };
        std::unique_ptr<SyncManager> manager;
        if (!connect(&manager))
            return fail(*manager);
        const QString name = args.value(3);
        const auto failed = [](const Proxy &proxy) {
            return QStringLiteral("%1 %2").arg(errorName(proxy.lastError()), proxy.lastErrorString());
        };
        if (mode == QLatin1String("qget")) {
            auto queue = manager->namedQueue(name);
            if (!queue)
                return fail(*manager);
            say(QStringLiteral("WAITING"));
            const Reply item = queue->get();
            say(item.isValid() ? QStringLiteral("GOT ") + item.value().toString()
                               : QStringLiteral("FAILED ") + failed(*queue));
            return item.isValid() ? 0 : 1;
        }
        std::unique_ptr<LockProxy> lock = manager->namedLock(name);
        if (!lock)
            return fail(*manager);
        say(QStringLiteral("WAITING"));
        if (!lock->acquire(args.value(4).toInt())) {
            say(lock->lastError() == Error::NoError ? QStringLiteral("TIMEOUT")
                                                    : QStringLiteral("FAILED ") + failed(*lock));
            return 1;
        }
        say(QStringLiteral("ACQUIRED"));
        if (args.value(5) != QLatin1String("watch"))
            return 0;
        QTimer watch;
        QObject::connect(&watch, &QTimer::timeout, &app, [&] {
            if (lock) {
                if (lock->callMethod(QStringLiteral("locked"), {}, 20000).isValid())
                    return;
                say(QStringLiteral("CALLFAILED ") + failed(*lock));
                lock.reset();
            }
            // Cut off: try again until the server can be reached, and take the lock back.
            std::unique_ptr<SyncManager> again;
            if (!connect(&again))
                return;
            auto retaken = again->namedLock(name);
            if (retaken && retaken->acquire(20000)) {
                say(QStringLiteral("REACQUIRED"));
                app.exit(0);
            }
        });
        watch.start(200);
        return app.exec();
    }
    if (mode == QLatin1String("instance")) {
        SyncManager manager(args.value(1), key);
        TestSupport::configure(manager);
        manager.setServerLifetime(BaseManager::ServerLifetime::WhileClientsConnected);
        if (!manager.connectToServer(2000)) {
            if (!manager.start())
                return fail(manager);
            say(QStringLiteral("STARTED %1").arg(manager.serverProcessId()));
        }
        std::unique_ptr<DictProxy> dict;
        if (args.size() > 3) {
            auto proxy = manager.proxyForToken(Token::fromString(args.value(3)));
            if (!proxy)
                return fail(manager);
            dict.reset(qobject_cast<DictProxy *>(proxy.release()));
            say(QStringLiteral("VALUE %1").arg(dict->value(QStringLiteral("x")).value().toInt()));
        } else {
            dict = manager.dict();
            if (!dict)
                return fail(manager);
            dict->setValue(QStringLiteral("x"), 1);
            say(QStringLiteral("TOKEN ") + dict->token().toString());
        }
        const int code = app.exec();
        say(QStringLiteral("QUITTING"));
        return code;
    }
    if (mode == QLatin1String("connect")) {
        auto manager = TestSupport::connectTo<TestManager>(args.value(1), key, 5000);
        if (!manager->isConnected())
            return fail(*manager);
        say(QStringLiteral("CONNECTED"));
        return 0;
    }
    if (mode == QLatin1String("put") || mode == QLatin1String("get")) {
        // A client of a remote manager: registers the typeid alone.
        BaseManager manager(args.value(1), key);
        TestSupport::configure(manager);
        manager.registerTypeId(QStringLiteral("get_proxy"));
        if (!manager.connectToServer(5000))
            return fail(manager);
        auto queue = manager.create(QStringLiteral("get_proxy"));
        if (!queue)
            return fail(manager);
        if (mode == QLatin1String("put")) {
            const Reply reply = queue->callMethod(QStringLiteral("put"), { args.value(3) });
            say(reply.isValid() ? QStringLiteral("PUT") : QStringLiteral("ERROR ") + reply.errorString());
            return reply.isValid() ? 0 : 1;
        }
        const Reply reply = queue->callMethod(QStringLiteral("get"), {}, 20000);
        say(reply.isValid() ? QStringLiteral("GOT ") + reply.value().toString()
                            : QStringLiteral("ERROR ") + reply.errorString());
        return reply.isValid() ? 0 : 1;
    }
    if (mode == QLatin1String("call") || mode == QLatin1String("callvia")) {
        // callvia has the address first: the other arguments are where "call" has them.
        const QStringList rest = mode == QLatin1String("callvia") ? args.mid(1) : args;
        const Token token = Token::fromString(rest.value(1));
        const QString address = mode == QLatin1String("callvia") ? args.value(1) : token.address();
        auto manager = TestSupport::connectTo(address, QByteArray::fromHex(rest.value(2).toLatin1()), 5000);
        if (!manager->isConnected())
            return fail(*manager);
        auto proxy = manager->proxyForToken(token);
        if (!proxy)
            return fail(*manager);
        QVariantList callArgs;
        if (rest.size() > 4)
            callArgs.append(rest.value(4));
        const Reply reply = proxy->callMethod(rest.value(3), callArgs);
        say(reply.isValid() ? QStringLiteral("RESULT ") + reply.value().toString()
                            : QStringLiteral("ERROR %1 %2").arg(errorName(reply.error()), reply.errorString()));
        return reply.isValid() ? 0 : 1;
    }
    if (mode == QLatin1String("named")) {
        SyncManager manager(args.value(1), key);
        TestSupport::configure(manager);
        if (!manager.connectToServer(5000))
            return fail(manager);
        const QString name = args.value(3);
        const QString typeId = args.value(4);
        auto proxy = typeId == QLatin1String("-") ? manager.proxyForName(name) : manager.named(name, typeId);
        if (!proxy)
            return fail(manager);
        say(QStringLiteral("TOKEN ") + proxy->token().toString());
        const QString action = args.value(5);
        Reply reply = Reply::fromValue(QVariant());
        if (action == QLatin1String("hold"))
            return app.exec();
        if (action == QLatin1String("put"))
            reply = proxy->callMethod(QStringLiteral("put"), { args.value(6) });
        else if (action == QLatin1String("get"))
            reply = proxy->callMethod(QStringLiteral("get"), {}, 20000);
        else if (action == QLatin1String("set"))
            reply = proxy->callMethod(QStringLiteral("__setitem__"), { args.value(6), args.value(7) });
        else if (action == QLatin1String("value"))
            reply = proxy->callMethod(QStringLiteral("__getitem__"), { args.value(6) });
        if (!reply.isValid()) {
            say(QStringLiteral("ERROR %1 %2").arg(errorName(reply.error()), reply.errorString()));
            return 1;
        }
        if (action == QLatin1String("put"))
            say(QStringLiteral("PUT"));
        else if (action == QLatin1String("get"))
            say(QStringLiteral("GOT ") + reply.value().toString());
        else if (action == QLatin1String("value"))
            say(QStringLiteral("VALUE ") + reply.value().toString());
        return 0;
    }
    if (mode == QLatin1String("race")) {
        SyncManager manager(args.value(1), key);
        TestSupport::configure(manager);
        if (!manager.connectToServer(5000))
            return fail(manager);
        auto gate = manager.proxyForName<EventProxy>(args.value(3));
        if (!gate)
            return fail(manager);
        // The test opens the gate once the server holds every racer's wait (it counts parked
        // calls): then all of them ask for the name at the same moment.
        PendingCall opened = gate->callMethodAsync(QStringLiteral("wait"), { QVariant() }, 20000);
        if (!opened.waitForFinished() || !opened.reply().value().toBool()) {
            say(QStringLiteral("ERROR gate ") + opened.reply().errorString());
            return 1;
        }
        auto dict = manager.named<DictProxy>(args.value(4), QStringLiteral("dict"));
        if (!dict)
            return fail(manager);
        if (!dict->setValue(args.value(5), true))
            return fail(manager);
        say(QStringLiteral("TOKEN ") + dict->token().toString());
        return 0;
    }
    if (mode == QLatin1String("hold")) {
        auto manager = TestSupport::connectTo<TestManager>(args.value(1), key, 5000);
        if (!manager->isConnected())
            return fail(*manager);
        std::vector<std::unique_ptr<Proxy>> held;
        for (int i = 0; i < args.value(3).toInt(); ++i) {
            held.push_back(manager->create(QStringLiteral("FooClass")));
            if (!held.back())
                return fail(*manager);
        }
        say(QStringLiteral("HOLDING"));
        return app.exec();
    }
    std::fprintf(stderr, "lmhelper: unknown mode %s\n", qPrintable(mode));
    return 2;
}
