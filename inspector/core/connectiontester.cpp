// SPDX-License-Identifier: BSD-3-Clause
#include "connectiontester.h"

#include <libmanager/introspector.h>
#include <libmanager/reply.h>
#include <libmanager/syncmanager.h>

#include <QtCore/qcoreapplication.h>
#include <QtCore/qelapsedtimer.h>
#include <QtCore/qlocale.h>
#include <QtCore/qpointer.h>
#include <QtCore/qthread.h>

namespace Inspector {

// What the worker and the tester share: the tester may go before the worker ends.
struct ConnectionTester::Shared
{
    QPointer<ConnectionTester> tester;
};

namespace {

ConnectionTester::Result runTest(const QString &address, const QByteArray &key, int timeoutMs)
{
    ConnectionTester::Result result;
    QElapsedTimer clock;
    clock.start();
    LibManager::SyncManager manager(address, key);
    if (!manager.connectToServer(timeoutMs)) {
        result.error = manager.error();
        result.errorString = manager.errorString();
        return result;
    }
    result.connectMs = clock.nsecsElapsed() / 1e6;
    std::unique_ptr<LibManager::Introspector> introspector = manager.introspector();
    if (!introspector) {
        result.error = manager.error();
        result.errorString = manager.errorString();
        return result;
    }
    clock.restart();
    const LibManager::Reply pong = introspector->callMethod(QStringLiteral("ping"), {}, timeoutMs);
    if (!pong.isValid()) {
        result.error = pong.error();
        result.errorString = pong.message();
        return result;
    }
    result.roundTripMs = clock.nsecsElapsed() / 1e6;
    const LibManager::ServerCapabilities capabilities = introspector->capabilities();
    result.protocol = capabilities.protocol;
    result.introspection = capabilities.introspection;
    const LibManager::Reply ids = introspector->callMethod(QStringLiteral("typeIds"), {}, timeoutMs);
    if (ids.isValid())
        result.typeIdCount = int(ids.value().toStringList().size());
    return result;
}

} // namespace

ConnectionTester::ConnectionTester(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<Result>();
}

ConnectionTester::~ConnectionTester() = default;

bool ConnectionTester::isRunning() const
{
    return m_running != nullptr;
}

bool ConnectionTester::start(const QString &address, const QByteArray &key, int timeoutMs)
{
    if (m_running)
        return false;
    auto shared = std::make_shared<Shared>();
    shared->tester = this;
    m_running = shared;
    QThread *thread = QThread::create([shared, address, key, timeoutMs] {
        const Result result = runTest(address, key, timeoutMs);
        // Back to the tester's thread; dropped if the tester is gone.
        QMetaObject::invokeMethod(
                QCoreApplication::instance(), [shared, result] {
                    ConnectionTester *tester = shared->tester;
                    if (!tester || tester->m_running != shared)
                        return;
                    tester->m_running.reset();
                    Q_EMIT tester->finished(result);
                },
                Qt::QueuedConnection);
    });
    thread->setObjectName(QStringLiteral("connection test"));
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    // A test still connecting when the program quits ends first (within its timeout): the
    // library must not be torn down under it.
    connect(QCoreApplication::instance(), &QCoreApplication::aboutToQuit, thread, [thread] { thread->wait(); });
    thread->start();
    return true;
}

QString ConnectionTester::describe(const Result &result)
{
    const QLocale locale;
    if (!result.ok()) {
        const QString text = LibManager::errorText(result.error);
        if (result.errorString.isEmpty() || result.errorString == text)
            return text;
        if (result.errorString.startsWith(text))
            return result.errorString;
        return tr("%1: %2").arg(text, result.errorString);
    }
    return tr("Connected in %1 ms; round trip %2 ms. Protocol %3, introspection revision %4; "
              "%n type(s) registered.",
              "", result.typeIdCount)
            .arg(locale.toString(result.connectMs, 'f', 1), locale.toString(result.roundTripMs, 'f', 2))
            .arg(result.protocol)
            .arg(result.introspection);
}

} // namespace Inspector
