// SPDX-License-Identifier: BSD-3-Clause
// tst_containers: the fixture (a SyncManager per test, once per transport) and the helpers that
// run containerworker programs. The tests are in the files named in tst_containers.h.

#include "tst_containers.h"

void tst_Containers::initTestCase_data()
{
    TestSupport::addTransportRows();
}

void tst_Containers::init()
{
    m_manager = TestSupport::makeManager<SyncManager>(m_key);
    QVERIFY2(m_manager->start(), qPrintable(m_manager->errorString()));
    m_server = m_manager->introspector();
    QVERIFY2(m_server, qPrintable(m_manager->errorString()));
}

void tst_Containers::cleanup()
{
    m_server.reset();
    m_manager.reset();
}

QStringList tst_Containers::workerArgs(const QString &mode, const Proxy &proxy,
                                       const QStringList &rest) const
{
    return QStringList { mode, m_manager->address(), QString::fromLatin1(m_key.toHex()),
                         proxy.token().toString() }
    + rest;
}

std::unique_ptr<Worker> tst_Containers::startWorker(const QString &mode, const Proxy &proxy,
                                                    const QStringList &rest)
{
    return std::make_unique<Worker>(workerArgs(mode, proxy, rest));
}

QStringList tst_Containers::apply(const Proxy &proxy, const QStringList &ops)
{
    return TestSupport::applyInContainerWorker(m_manager->address(), m_key, proxy.token().toString(),
                                               ops);
}

// Calls the server holds unanswered, over all its clients (this one included).
int tst_Containers::parkedCalls() const
{
    return TestSupport::parkedCalls(*m_server);
}

int tst_Containers::liveObjects() const
{
    const Reply reply = m_server->callMethod(QStringLiteral("liveObjectCount"));
    return reply.isValid() ? reply.value().toInt() : -1;
}

// Connections subscribed to the changes of \a proxy's object; -1 if the object is gone.
int tst_Containers::subscribers(const Proxy &proxy) const
{
    const QVariantList objects = m_server->callMethod(QStringLiteral("objects")).value().toList();
    for (const QVariant &object : objects) {
        const QVariantMap info = object.toMap();
        if (info.value(QStringLiteral("id")).toULongLong() == proxy.objectId())
            return info.value(QStringLiteral("subscribers")).toInt();
    }
    return -1;
}

QTEST_GUILESS_MAIN(tst_Containers)
