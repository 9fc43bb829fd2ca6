// SPDX-License-Identifier: BSD-3-Clause
//
// libmanager-server: the library's own server program.
//  - Started by BaseManager::start() (with --spawned) for managers whose types are all built in.
//  - Run by hand, it serves a manager on an address from its command line:
//      libmanager-server --address 0.0.0.0:50000 --authkey-file /etc/app/key

#include <libmanager/authkey.h>
#include <libmanager/authkey_p.h>
#include <libmanager/basemanager.h>
#include <libmanager/syncmanager.h>
#include <libmanager/serverprocess_p.h>

#include <QtCore/qcommandlineparser.h>
#include <QtCore/qcoreapplication.h>
#include <QtCore/qtextstream.h>

using namespace LibManager;

namespace {

std::unique_ptr<BaseManager> makeBuiltIn(const QString &className)
{
    if (className == QLatin1String("LibManager::SyncManager"))
        return std::make_unique<SyncManager>();
    if (className == QLatin1String("LibManager::BaseManager"))
        return std::make_unique<BaseManager>();
    return nullptr;
}

} // namespace

int main(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--spawned") == 0)
            return ServerProcess::runChild(argc, argv, makeBuiltIn);
    }

    installServerEventDispatcher();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("libmanager-server"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
            "main", "Serves libmanager shared objects on an address until it is asked to stop "
                    "(SIGINT, SIGTERM, or a client's shutdown request)."));
    parser.addHelpOption();
    const QCommandLineOption addressOption(
            QStringLiteral("address"),
            QCoreApplication::translate("main", "Where to listen: host:port, or a local socket path."),
            QStringLiteral("address"));
    const QCommandLineOption keyFileOption(
            QStringLiteral("authkey-file"),
            QCoreApplication::translate("main", "Read the authentication key from this file: its "
                                                "bytes, less the line break after one line of text "
                                                "(what LibManager::readAuthKeyFile() reads)."),
            QStringLiteral("file"));
    const QCommandLineOption keyEnvOption(
            QStringLiteral("authkey-env"),
            QCoreApplication::translate("main", "Read the authentication key from this environment variable."),
            QStringLiteral("name"));
    const QCommandLineOption managerOption(
            QStringLiteral("manager"),
            QCoreApplication::translate("main", "Which manager to serve: sync (the standard types) or base."),
            QStringLiteral("kind"), QStringLiteral("sync"));
    parser.addOptions({ addressOption, keyFileOption, keyEnvOption, managerOption });
    parser.process(app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    QByteArray key;
    if (parser.isSet(keyFileOption)) {
        // The clients' rule: they read the same file with readAuthKeyFile().
        QString why;
        key = readAuthKeyFile(parser.value(keyFileOption), &why);
        if (key.isEmpty()) {
            err << "libmanager-server: " << why << Qt::endl;
            return 2;
        }
    } else if (parser.isSet(keyEnvOption)) {
        const QString name = parser.value(keyEnvOption);
        key = qgetenv(name.toLocal8Bit().constData());
        if (!key.isEmpty())
            noteAuthKeyOrigin(key, QStringLiteral("the environment variable %1").arg(name));
    }
    if (key.isEmpty()) {
        err << QCoreApplication::translate("main", "An authentication key is required "
                                                   "(--authkey-file or --authkey-env).") << '\n';
        return 2;
    }
    const QString kind = parser.value(managerOption);
    std::unique_ptr<BaseManager> manager;
    if (kind == QLatin1String("sync"))
        manager = std::make_unique<SyncManager>();
    else if (kind == QLatin1String("base"))
        manager = std::make_unique<BaseManager>();
    if (!manager) {
        err << QCoreApplication::translate("main", "Unknown manager kind: %1").arg(kind) << '\n';
        return 2;
    }
    manager->setAddress(parser.value(addressOption));
    manager->setAuthKey(key);
    // What a client's "rejected our key" message is to be compared with.
    out << "libmanager-server: key: " << describeAuthKey(key) << Qt::endl;
    QObject::connect(manager.get(), &BaseManager::addressChanged, [](const QString &address) {
        QTextStream(stdout) << "libmanager-server: serving at " << address << Qt::endl;
    });
    if (!manager->serveForever()) {
        err << manager->errorString() << '\n';
        return 1;
    }
    return 0;
}
