// SPDX-License-Identifier: BSD-3-Clause
//
// Starts a server through the installed library (which runs the installed
// libexec/libmanager-server), pings its introspection object and prints the answer.

#include <libmanager/basemanager.h>

#include <QtCore/qcoreapplication.h>
#include <QtCore/qtextstream.h>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);

    LibManager::BaseManager manager;
    if (!manager.start()) {
        err << "start() failed: " << manager.errorString() << Qt::endl;
        return 1;
    }
    const std::unique_ptr<LibManager::Proxy> introspector = manager.introspector();
    if (!introspector) {
        err << "introspector() failed: " << manager.errorString() << Qt::endl;
        return 1;
    }
    const LibManager::Reply reply = introspector->callMethod(QStringLiteral("ping"));
    if (!reply.isValid()) {
        err << "ping failed: " << reply.errorString() << Qt::endl;
        return 1;
    }
    const QString answer = reply.value().toString();
    out << answer << Qt::endl;
    if (!manager.shutdown()) {
        err << "shutdown() failed: " << manager.errorString() << Qt::endl;
        return 1;
    }
    return answer == QLatin1String("pong") ? 0 : 1;
}
