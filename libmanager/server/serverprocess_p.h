// SPDX-License-Identifier: BSD-3-Clause
//
//  W A R N I N G
//  -------------
// This file is not part of the libmanager API. It may change from version to version without
// notice, or even be removed.

#ifndef LIBMANAGER_SERVERPROCESS_P_H
#define LIBMANAGER_SERVERPROCESS_P_H

#include <libmanager/libmanager_global.h>
#include <libmanager/serverlimits.h>
#include <libmanager/tlsconfiguration.h>

#include <QtCore/qlocale.h>
#include <QtCore/qprocess.h>

#include <functional>
#include <memory>

namespace LibManager {

class BaseManager;

/*!
    The parent's side of a server process that start() runs.

    The child is the library's server program (managers whose types are all standard) or this
    program again (custom types; see serverMain()). Its standard input is a pipe that only this
    process holds: the child reads its configuration from it (address, keys, manager class;
    secrets never go on the command line or into the environment) and then watches it, so
    that when this process dies by any means, SIGKILL included, the kernel closes it and the
    server shuts down. The child reports "OK <address>" or "ERROR <reason>" on descriptor 3.
*/
/*! Before a server-only process makes its QCoreApplication: the fastest dispatcher there is. */
LIBMANAGER_EXPORT void installServerEventDispatcher();

/*!
    After a server-only process has made its QCoreApplication: installs the library's catalogue
    for \a locale, and Qt's own (qtbase) if there is one, so that what the server reports (to
    its clients, on its standard error) is in that language. The library's catalogue is looked
    for in the build tree (../translations from the library), in the installed tree relative
    to the library (<datadir>/libmanager/translations), and where it was installed. Nothing is
    installed for a language without a catalogue: the texts stay English.
*/
LIBMANAGER_EXPORT void installServerTranslators(const QLocale &locale);

class LIBMANAGER_EXPORT ServerProcess
{
public:
    ServerProcess();
    ~ServerProcess();

    struct Config
    {
        QString address;
        QByteArray authKey;
        QByteArray observerKey; // BaseManager::setObserverKey(), empty for none
        QByteArray defaultAuthKey;
        QString managerClass;
        qsizetype maxFrameSize = 0;
        qint64 parentPid = 0; // the process that started the server, watched beside the pipe
        quint8 lifetime = 0; // BaseManager::ServerLifetime
        qint32 idleTimeoutMs = 0;
        qint32 livenessTimeoutMs = 0;
        /*! The starter's catalogue language (Tr::catalogueLanguage()): the server reports in it. */
        QString language;
        /*! BaseManager::serverLimits(). */
        ServerLimits limits;
        /*! BaseManager::tlsConfiguration(): the key travels through the pipe, as the
            authentication key does. */
        TlsConfiguration tls;
    };

    bool start(const QString &program, const Config &config, bool reExecuted, int timeoutMs,
               QString *address, QString *why);
    /*! Closes the pipe (the child's cue to shut down) and waits up to \a timeoutMs; then
        SIGTERM, and SIGKILL TerminateGraceMs later. */
    void stop(int timeoutMs);
    static constexpr int TerminateGraceMs = 500;
    /*! Lets the child live on by itself (ServerLifetime::WhileClientsConnected): closes the
        pipe, which tells it that its parent is gone, and no longer waits for it or kills it. */
    void detach();
    qint64 processId() const;
    bool isRunning() const;

    /*! The library's own server program, beside the library or in ../libexec from it. */
    static QString helperProgram();

    // The child's side.
    static bool readConfig(Config *config, QString *why);
    static void report(const QByteArray &line);
    /*! The whole life of a server child: read the configuration, make the manager that
        \a make makes for its class name, serve, return the exit code. */
    static int runChild(int argc, char **argv,
                        const std::function<std::unique_ptr<BaseManager>(const QString &)> &make);
    static constexpr char ServerClassVariable[] = "LIBMANAGER_SERVER_CLASS";

private:
    // A pointer: a detached child's QProcess outlives this object (its destructor would kill
    // the child) and deletes itself when the child ends.
    QProcess *m_process;
};

} // namespace LibManager

#endif // LIBMANAGER_SERVERPROCESS_P_H
