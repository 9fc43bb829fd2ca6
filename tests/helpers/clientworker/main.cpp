// SPDX-License-Identifier: BSD-3-Clause
// clientworker: another client of tst_clients' server, driven by lines on its standard input.
//
//   clientworker ADDRESS KEYHEX [NAME]
//       Connects a SyncManager (named NAME first, if given), prints "CONNECTED <id>" (its id as
//       whoAmI() tells it) or "ERROR <error> <message>", then runs one command per line,
//       "<tag> <command> [arguments]", and answers each with lines that start with the tag:
//
//       name NAME                 setClientName(NAME)                      "<tag> OK"
//       acquire TOKEN             acquire() a Lock, RLock, Semaphore or Condition, waiting as
//                                 long as it takes                         "<tag> OK"
//       release TOKEN             release() it                             "<tag> OK"
//       get TOKEN TIMEOUTMS       getAsync() of a Queue: "<tag> SENT" at once, then "<tag> GOT
//                                 <value>" or "<tag> FAILED <error> <message>"
//       subscribe TOKEN           connect to a dict's itemChanged()        "<tag> OK"
//       call TOKEN METHOD [JSON]  callMethod() with the arguments of a JSON array
//                                                                           "<tag> RESULT <value>"
//       create TYPEID [JSON]      create() an object                       "<tag> TOKEN <token>"
//       repeat N TOKEN METHOD [JSON]  callMethod() N times, one after the other (as fast as
//                                 it can)                       "<tag> DONE <ms> <last value>"
//       burst N TOKEN M1,M2 [JSON]  N calls without waiting for each answer, the methods in
//                                 turn, at most 1,000 in flight            "<tag> DONE <ms>"
//       shutdown                  requestServerShutdown()                   "<tag> OK"
//       quit                      exit with 0
//
//       A command that fails answers "<tag> ERROR <error> <message>".
//
// Safety: exits with 99 after LMHELPER_WATCHDOG_MS (default 60 s), and with 98 as soon as its
// standard input closes (the test died).

#include "transport.h"
#include "watchdog.h"

#include <libmanager/pendingcallwatcher.h>
#include <libmanager/syncmanager.h>

#include <QtCore/qcoreapplication.h>
#include <QtCore/qelapsedtimer.h>
#include <QtCore/qjsonarray.h>
#include <QtCore/qjsondocument.h>
#include <QtCore/qsocketnotifier.h>
#include <QtCore/qtextstream.h>
#include <QtCore/qtimer.h>

#include <cstdio>
#include <map>
#include <memory>
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

class Worker : public QObject
{
public:
    explicit Worker(SyncManager *manager) : m_manager(manager) { }

    void run(const QString &line)
    {
        const QString tag = line.section(QLatin1Char(' '), 0, 0);
        const QString command = line.section(QLatin1Char(' '), 1, 1);
        const QString token = line.section(QLatin1Char(' '), 2, 2);
        const auto reply = [&tag](const QString &text) { say(tag + QLatin1Char(' ') + text); };
        const auto failed = [&reply](Error error, const QString &message) {
            reply(QStringLiteral("ERROR ") + describe(error, message));
        };
        if (command == QLatin1String("quit")) {
            QCoreApplication::exit(0);
            return;
        }
        if (command == QLatin1String("name")) {
            m_manager->setClientName(line.section(QLatin1Char(' '), 2));
            reply(QStringLiteral("OK"));
            return;
        }
        if (command == QLatin1String("shutdown")) {
            if (m_manager->requestServerShutdown())
                reply(QStringLiteral("OK"));
            else
                failed(m_manager->error(), m_manager->errorString());
            return;
        }
        if (command == QLatin1String("create")) {
            const auto made = m_manager->create(token, arguments(line.section(QLatin1Char(' '), 3)));
            if (!made) {
                failed(m_manager->error(), m_manager->errorString());
                return;
            }
            reply(QStringLiteral("TOKEN ") + made->token().toString());
            return;
        }
        if (command == QLatin1String("repeat") || command == QLatin1String("burst")) {
            const int n = token.toInt();
            Proxy *target = proxyFor(line.section(QLatin1Char(' '), 3, 3));
            if (!target) {
                failed(m_manager->error(), m_manager->errorString());
                return;
            }
            const QStringList methods = line.section(QLatin1Char(' '), 4, 4).split(QLatin1Char(','));
            const QVariantList args = arguments(line.section(QLatin1Char(' '), 5));
            QElapsedTimer timer;
            timer.start();
            if (command == QLatin1String("repeat")) {
                Reply last;
                for (int i = 0; i < n; ++i) {
                    last = target->callMethod(methods.constFirst(), args);
                    if (!last.isValid()) {
                        failed(last.error(), last.message());
                        return;
                    }
                }
                reply(QStringLiteral("DONE %1 %2").arg(timer.elapsed()).arg(last.value().toString()));
                return;
            }
            // Answers come in order for calls that do not wait: the last of each thousand
            // answers for all of them.
            for (int from = 0; from < n; from += 1000) {
                PendingCall lastCall;
                for (int i = from; i < qMin(n, from + 1000); ++i)
                    lastCall = target->callMethodAsync(methods.at(i % methods.size()), args);
                if (!lastCall.waitForFinished(30000) || !lastCall.reply().isValid()) {
                    failed(lastCall.reply().error(), lastCall.reply().message());
                    return;
                }
            }
            reply(QStringLiteral("DONE %1").arg(timer.elapsed()));
            return;
        }
        Proxy *proxy = proxyFor(token);
        if (!proxy) {
            failed(m_manager->error(), m_manager->errorString());
            return;
        }
        if (command == QLatin1String("acquire") || command == QLatin1String("release")) {
            const bool acquire = command == QLatin1String("acquire");
            bool done = false;
            if (auto *lock = qobject_cast<LockProxy *>(proxy))
                done = acquire ? lock->acquire() : lock->release();
            else if (auto *semaphore = qobject_cast<SemaphoreProxy *>(proxy))
                done = acquire ? semaphore->acquire() : semaphore->release();
            else if (auto *condition = qobject_cast<ConditionProxy *>(proxy))
                done = acquire ? condition->acquire() : condition->release();
            if (done)
                reply(QStringLiteral("OK"));
            else
                failed(proxy->lastError(), proxy->lastErrorString());
            return;
        }
        if (command == QLatin1String("get")) {
            auto *queue = qobject_cast<QueueProxy *>(proxy);
            if (!queue) {
                failed(Error::TypeError, QStringLiteral("not a queue"));
                return;
            }
            auto *watcher = new PendingCallWatcher(
                    queue->getAsync(line.section(QLatin1Char(' '), 3, 3).toInt()), this);
            connect(watcher, &PendingCallWatcher::finished, this, [tag](PendingCallWatcher *call) {
                const PendingReply<QVariant> item(*call);
                if (item.isValid())
                    say(tag + QStringLiteral(" GOT ") + item.value().toString());
                else
                    say(tag + QStringLiteral(" FAILED ") + describe(item.error(), item.message()));
                call->deleteLater();
            });
            reply(QStringLiteral("SENT"));
            return;
        }
        if (command == QLatin1String("subscribe")) {
            auto *dict = qobject_cast<DictProxy *>(proxy);
            if (!dict) {
                failed(Error::TypeError, QStringLiteral("not a dict"));
                return;
            }
            connect(dict, &DictProxy::itemChanged, this, [] { });
            reply(QStringLiteral("OK"));
            return;
        }
        if (command == QLatin1String("call")) {
            const Reply result = proxy->callMethod(line.section(QLatin1Char(' '), 3, 3),
                                                   arguments(line.section(QLatin1Char(' '), 4)));
            if (result.isValid())
                reply(QStringLiteral("RESULT ") + result.value().toString());
            else
                failed(result.error(), result.message());
            return;
        }
        failed(Error::InvalidArguments, QStringLiteral("unknown command: ") + line);
    }

private:
    static QVariantList arguments(const QString &json)
    {
        if (json.trimmed().isEmpty())
            return {};
        return QJsonDocument::fromJson(json.toUtf8()).array().toVariantList();
    }

    Proxy *proxyFor(const QString &token)
    {
        auto &slot = m_proxies[token];
        if (!slot)
            slot = m_manager->proxyForToken(Token::fromString(token));
        return slot.get();
    }

    SyncManager *m_manager;
    std::map<QString, std::unique_ptr<Proxy>> m_proxies;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    SyncManager manager(args.value(1), QByteArray::fromHex(args.value(2).toLatin1()));
    TestSupport::configure(manager);
    if (args.size() > 3)
        manager.setClientName(args.value(3));
    if (!manager.connectToServer()) {
        say(QStringLiteral("ERROR ") + describe(manager.error(), manager.errorString()));
        return 1;
    }
    const ClientInfo me = manager.whoAmI();
    if (!me.isValid()) {
        say(QStringLiteral("ERROR ") + describe(manager.error(), manager.errorString()));
        return 1;
    }
    say(QStringLiteral("CONNECTED %1").arg(me.id()));

    Worker worker(&manager);
    TestSupport::installWatchdog("clientworker", [&worker](const QByteArray &bytes) {
        const QString line = QString::fromUtf8(bytes).trimmed();
        if (!line.isEmpty())
            worker.run(line);
    });
    return app.exec();
}
