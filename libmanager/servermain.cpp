// SPDX-License-Identifier: BSD-3-Clause
#include "servermain.h"
#include "authkey.h"
#include "basemanager_p.h"
#include <libmanager/server/serverprocess_p.h>
#include <libmanager/platform/platform_p.h>
#include "tr_p.h"

#include <QtCore/qcoreapplication.h>
#include <QtCore/qlibraryinfo.h>
#include <QtCore/qmutex.h>
#include <QtCore/qset.h>
#include <QtCore/qtranslator.h>

#include <memory>

#ifdef LIBMANAGER_HAVE_EPOLL
#include <libmanager/platform/epolldispatcher_p.h>
#endif

namespace LibManager {

namespace {
QMutex &entryMutex()
{
    static QMutex mutex;
    return mutex;
}
QSet<QByteArray> &entries()
{
    static QSet<QByteArray> set;
    return set;
}
} // namespace

void installServerEventDispatcher()
{
#ifdef LIBMANAGER_HAVE_EPOLL
    // A process that only serves: the epoll dispatcher wakes up faster and scales to many
    // clients. LIBMANAGER_QT_DISPATCHER=1 keeps Qt's own (to compare, or to rule it out).
    if (qEnvironmentVariableIsSet("LIBMANAGER_QT_DISPATCHER"))
        return;
    auto dispatcher = std::make_unique<EpollEventDispatcher>();
    if (dispatcher->isValid())
        QCoreApplication::setEventDispatcher(dispatcher.release());
#endif
}

void installServerTranslators(const QLocale &locale)
{
    QCoreApplication *application = QCoreApplication::instance();
    if (!application)
        return;
    const QString libraryDir = Platform::libraryDirectory();
    // The build tree, the installed tree wherever it was moved, where it was installed.
    const QStringList directories = {
        libraryDir + QStringLiteral("/../translations"),
        libraryDir + QStringLiteral("/" LIBMANAGER_TRANSLATIONS_FROM_LIBDIR),
        QStringLiteral(LIBMANAGER_INSTALL_TRANSLATIONSDIR),
    };
    auto library = std::make_unique<QTranslator>(application);
    for (const QString &directory : directories) {
        if (library->load(locale, QStringLiteral("libmanager"), QStringLiteral("_"), directory)) {
            QCoreApplication::installTranslator(library.release());
            break;
        }
    }
    // Qt's own texts that a server shows (QCommandLineParser's, a file's error string).
    auto qt = std::make_unique<QTranslator>(application);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.release());
    }
}

bool hasServerEntry(const QByteArray &className)
{
    QMutexLocker lock(&entryMutex());
    return entries().contains(className);
}

bool detail::registerServerEntry(const char *className)
{
    QMutexLocker lock(&entryMutex());
    entries().insert(QByteArray(className));
    return true;
}

bool isServerProcess()
{
    return qEnvironmentVariableIsSet(ServerProcess::ServerClassVariable);
}

int ServerProcess::runChild(int argc, char **argv,
                            const std::function<std::unique_ptr<BaseManager>(const QString &)> &make)
{
    // The parent handles the terminal's Ctrl+C; this process ends when the parent's pipe does.
    Platform::ignoreInterrupts();
    Config config;
    QString why;
    if (!readConfig(&config, &why)) {
        report("ERROR " + why.toUtf8());
        qCritical("libmanager server: %s", qPrintable(why));
        return 2;
    }
    std::unique_ptr<QCoreApplication> application;
    if (!QCoreApplication::instance()) {
        installServerEventDispatcher();
        application = std::make_unique<QCoreApplication>(argc, argv);
        // What this server reports reads like what its starter says: the starter's catalogue
        // language, not this process's locale. (A program that made its application before
        // serverMain() chose its translations itself.)
        installServerTranslators(QLocale(config.language));
    }
    setDefaultAuthKey(config.defaultAuthKey);
    std::unique_ptr<BaseManager> manager = make(config.managerClass);
    if (!manager) {
        why = Tr::tr("this program has no server for manager class %1").arg(config.managerClass);
        report("ERROR " + why.toUtf8());
        return 2;
    }
    manager->setAddress(config.address);
    manager->setAuthKey(config.authKey);
    manager->setObserverKey(config.observerKey);
    manager->setMaxFrameSize(config.maxFrameSize);
    manager->setServerLimits(config.limits);
    manager->setServerLifetime(BaseManager::ServerLifetime(config.lifetime));
    manager->setServerIdleTimeout(config.idleTimeoutMs);
    manager->setLivenessTimeout(config.livenessTimeoutMs);
    manager->setTlsConfiguration(config.tls);
    const bool served = manager->d_func()->serve(
            [](const QString &address) { report("OK " + address.toUtf8()); }, 0, config.parentPid);
    if (!served) {
        report("ERROR " + manager->errorString().toUtf8());
        return 1;
    }
    return 0;
}

int detail::runServerProcess(int argc, char **argv,
                             const std::vector<std::pair<const char *, ManagerMaker>> &makers)
{
    const QString wanted = qEnvironmentVariable(ServerProcess::ServerClassVariable);
    // Whatever this server starts in turn is not a server for us.
    qunsetenv(ServerProcess::ServerClassVariable);
    return ServerProcess::runChild(argc, argv, [&](const QString &className) {
        for (const auto &[name, make] : makers) {
            if (wanted == QLatin1String(name) && className == wanted)
                return make();
        }
        return std::unique_ptr<BaseManager>();
    });
}

} // namespace LibManager
