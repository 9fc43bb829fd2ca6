// SPDX-License-Identifier: BSD-3-Clause
#include "transport.h"

#include <QtTest/qtest.h>

namespace TestSupport {

QList<Transport> transports()
{
    return {
        { QStringLiteral("local"), QString() },
        { QStringLiteral("tcp"), QStringLiteral("127.0.0.1:0") },
    };
}

void addTransportRows()
{
    QTest::addColumn<Transport>("transport");
    const QList<Transport> all = transports();
    for (const Transport &transport : all)
        QTest::newRow(qPrintable(transport.name)) << transport;
}

Transport currentTransport()
{
    return *static_cast<Transport *>(QTest::qGlobalData("transport", qMetaTypeId<Transport>()));
}

QStringList serverOptions(const QString &address)
{
    Q_UNUSED(address);
    return {};
}

void configure(LibManager::BaseManager &manager)
{
    Q_UNUSED(manager);
}

} // namespace TestSupport
