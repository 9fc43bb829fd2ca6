// SPDX-License-Identifier: BSD-3-Clause
// The seed's "Using a remote manager" example: one process serves a shared queue on TCP with
// an authentication key; one client puts "hello", another gets it.
//
//   remotequeue serve [HOST:PORT] [KEY]   serve until Ctrl+C (default 127.0.0.1:50000, "none")
//   remotequeue put HOST:PORT KEY VALUE   put VALUE on the queue
//   remotequeue get HOST:PORT KEY         get one value (waits for one)
//   remotequeue                           run all three as processes and show what happens
//
// Run the server on one machine and the clients on others (the port must be reachable).

#include <libmanager/basemanager.h>
#include <libmanager/queueproxy.h>
#include <libmanager/syncmanager.h>

#include <QtCore/qcoreapplication.h>
#include <QtCore/qprocess.h>
#include <QtCore/qtextstream.h>

using namespace LibManager;

namespace {

QTextStream out(stdout);
QTextStream err(stderr);

int serve(const QString &address, const QByteArray &key)
{
    BaseManager manager(address, key);
    // queue = Queue.Queue(): one standard shared queue for everybody. Its parent keeps it
    // alive when the last proxy to it goes.
    QObject *queue = SyncManager::createSharedObject(QStringLiteral("Queue"), {}, &manager);
    // get_proxy = CreatorMethod(callable=lambda: queue, typeid='get_proxy')
    manager.registerType(QStringLiteral("get_proxy"), [queue](const QVariantList &) { return queue; });
    QObject::connect(&manager, &BaseManager::addressChanged, [](const QString &real) {
        out << "serving a queue at " << real << Qt::endl;
    });
    if (!manager.serveForever()) {
        err << manager.errorString() << Qt::endl;
        return 1;
    }
    return 0;
}

std::unique_ptr<QueueProxy> connectToQueue(BaseManager &manager)
{
    // get_proxy = CreatorMethod(typeid='get_proxy'), with the standard queue proxy.
    manager.registerTypeId<QueueProxy>(QStringLiteral("get_proxy"));
    if (!manager.connectToServer())
        return nullptr;
    return manager.create<QueueProxy>(QStringLiteral("get_proxy"));
}

int client(const QString &mode, const QString &address, const QByteArray &key, const QString &value)
{
    BaseManager manager(address, key);
    auto queue = connectToQueue(manager);
    if (!queue) {
        err << manager.errorString() << Qt::endl;
        return 1;
    }
    if (mode == QLatin1String("put")) {
        if (!queue->put(value)) {
            err << queue->lastErrorString() << Qt::endl;
            return 1;
        }
        out << "put " << value << Qt::endl;
        return 0;
    }
    const Reply reply = queue->get(); // waits, parked on the server, until there is an item
    if (!reply.isValid()) {
        err << reply.errorString() << Qt::endl;
        return 1;
    }
    out << "got " << reply.value().toString() << Qt::endl;
    return 0;
}

// Runs the example as three processes of this program, like three terminals would.
int showcase()
{
    const QString self = QCoreApplication::applicationFilePath();
    const QString key = QStringLiteral("none");
    QProcess server;
    server.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    server.start(self, { QStringLiteral("serve"), QStringLiteral("127.0.0.1:0"), key });
    if (!server.waitForReadyRead(10000)) {
        err << "the server did not start" << Qt::endl;
        return 1;
    }
    const QString line = QString::fromUtf8(server.readLine()).trimmed();
    out << "[server] " << line << Qt::endl;
    const QString address = line.section(QLatin1Char(' '), -1);
    auto run = [&](const QString &name, const QStringList &args) {
        QProcess process;
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process.start(self, args);
        process.waitForFinished(20000);
        out << '[' << name << "] " << QString::fromUtf8(process.readAll()).trimmed() << Qt::endl;
        return process.exitCode() == 0;
    };
    const bool ok = run(QStringLiteral("client 1"), { QStringLiteral("put"), address, key, QStringLiteral("hello") })
            && run(QStringLiteral("client 2"), { QStringLiteral("get"), address, key });
    BaseManager::fromAddress(address, key.toUtf8())->requestServerShutdown();
    server.waitForFinished(10000);
    return ok ? 0 : 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    const QString mode = args.value(0);
    if (mode.isEmpty())
        return showcase();
    if (mode == QLatin1String("serve"))
        return serve(args.value(1, QStringLiteral("127.0.0.1:50000")), args.value(2, QStringLiteral("none")).toUtf8());
    if ((mode == QLatin1String("put") && args.size() == 4) || (mode == QLatin1String("get") && args.size() == 3))
        return client(mode, args.value(1), args.value(2).toUtf8(), args.value(3));
    err << "usage: remotequeue [serve [HOST:PORT] [KEY] | put HOST:PORT KEY VALUE | get HOST:PORT KEY]" << Qt::endl;
    return 2;
}
