// SPDX-License-Identifier: BSD-3-Clause
#include <libmanager/address_p.h>

#include <QtCore/qcoreapplication.h>
#include <QtCore/qdir.h>
#include <QtCore/quuid.h>
#include <QtNetwork/qlocalserver.h>
#include <QtTest/qtest.h>

using LibManager::Address;

Q_DECLARE_METATYPE(LibManager::Address::Kind)

namespace {

// Where QLocalServer puts a bare name; the expectation, not the code under test.
QString inTemp(const QString &name)
{
    return QDir::tempPath() + QLatin1Char('/') + name;
}

} // namespace

class tst_Address : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void toStringParsesBack_data();
    void toStringParsesBack();
    void localPathMatchesQLocalServer_data();
    void localPathMatchesQLocalServer();
};

void tst_Address::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Address::Kind>("kind");
    QTest::addColumn<QString>("local");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("string");

    const auto local = [](const char *tag, const QString &text, const QString &name, const QString &path) {
        QTest::newRow(tag) << text << Address::Local << name << QString() << 0 << path;
    };
    const auto tcp = [](const char *tag, const QString &text, const QString &host, int port, const QString &string) {
        QTest::newRow(tag) << text << Address::Tcp << QString() << host << port << string;
    };
    const auto invalid = [](const char *tag, const QString &text) {
        QTest::newRow(tag) << text << Address::Invalid << QString() << QString() << 0 << QString();
    };

    invalid("empty", QString());
    invalid("blank", QStringLiteral("  \t"));

    local("local:name", QStringLiteral("local:name"), QStringLiteral("name"), inTemp(QStringLiteral("name")));
    local("local:path", QStringLiteral("local:/run/app.sock"), QStringLiteral("/run/app.sock"),
          QStringLiteral("/run/app.sock"));
    local("local:host:port", QStringLiteral("local:a:1"), QStringLiteral("a:1"), inTemp(QStringLiteral("a:1")));
    invalid("local:", QStringLiteral("local:"));
    local("absolute path", QStringLiteral("/tmp/x.sock"), QStringLiteral("/tmp/x.sock"), QStringLiteral("/tmp/x.sock"));
    local("relative path", QStringLiteral("dir/x.sock"), QStringLiteral("dir/x.sock"), inTemp(QStringLiteral("dir/x.sock")));
    local("path with a colon", QStringLiteral("/tmp/a:80"), QStringLiteral("/tmp/a:80"), QStringLiteral("/tmp/a:80"));
    local("bare name", QStringLiteral("name"), QStringLiteral("name"), inTemp(QStringLiteral("name")));
    local("bare name, trimmed", QStringLiteral(" name\n"), QStringLiteral("name"), inTemp(QStringLiteral("name")));

    tcp("127.0.0.1:0", QStringLiteral("127.0.0.1:0"), QStringLiteral("127.0.0.1"), 0, QStringLiteral("127.0.0.1:0"));
    tcp("localhost:5000", QStringLiteral("localhost:5000"), QStringLiteral("localhost"), 5000,
        QStringLiteral("localhost:5000"));
    tcp("port 65535", QStringLiteral("h:65535"), QStringLiteral("h"), 65535, QStringLiteral("h:65535"));
    tcp("tcp://127.0.0.1:80", QStringLiteral("tcp://127.0.0.1:80"), QStringLiteral("127.0.0.1"), 80,
        QStringLiteral("127.0.0.1:80"));
    invalid("tcp://nonsense", QStringLiteral("tcp://nonsense"));
    invalid("tcp://", QStringLiteral("tcp://"));
    invalid("tcp://:80", QStringLiteral("tcp://:80"));
    invalid("tcp://host:", QStringLiteral("tcp://host:"));
    invalid("tcp://host:99999", QStringLiteral("tcp://host:99999"));
    invalid("tcp://::1", QStringLiteral("tcp://::1"));
    tcp("[::1]:4000", QStringLiteral("[::1]:4000"), QStringLiteral("::1"), 4000, QStringLiteral("[::1]:4000"));
    tcp("tcp://[::1]:4000", QStringLiteral("tcp://[::1]:4000"), QStringLiteral("::1"), 4000,
        QStringLiteral("[::1]:4000"));
    tcp("[fe80::1%eth0]:1", QStringLiteral("[fe80::1%eth0]:1"), QStringLiteral("fe80::1%eth0"), 1,
        QStringLiteral("[fe80::1%eth0]:1"));
    // An IPv6 address without brackets is not host:port; it is a bare name.
    local("::1", QStringLiteral("::1"), QStringLiteral("::1"), inTemp(QStringLiteral("::1")));
    // A port that is no port: not TCP, and not a local name either.
    invalid("host:99999", QStringLiteral("host:99999"));
    invalid("host:65536", QStringLiteral("host:65536"));
    invalid("host:-1", QStringLiteral("host:-1"));
}

void tst_Address::parse()
{
    QFETCH(QString, text);
    QFETCH(Address::Kind, kind);
    QFETCH(QString, local);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, string);

    const Address address = Address::parse(text);
    // host:port with a port that is no port is an invalid address (not a local socket named
    // "host:99999"), so a typo in a TCP address ends as InvalidAddress.
    QCOMPARE(address.kind, kind);
    QCOMPARE(address.local, local);
    QCOMPARE(address.host, host);
    QCOMPARE(int(address.port), port);
    QCOMPARE(address.toString(), string);
    QCOMPARE(address.toString().isEmpty(), kind == Address::Invalid);
}

void tst_Address::toStringParsesBack_data()
{
    parse_data();
}

void tst_Address::toStringParsesBack()
{
    QFETCH(QString, text);
    QFETCH(Address::Kind, kind);

    const Address address = Address::parse(text);
    if (address.kind == Address::Invalid)
        return;
    // What address() reports must connect to the same place.
    const Address again = Address::parse(address.toString());
    QCOMPARE(again.kind, address.kind);
    QCOMPARE(again.toString(), address.toString());
    if (kind == Address::Tcp) {
        QCOMPARE(again.host, address.host);
        QCOMPARE(again.port, address.port);
    }
}

void tst_Address::localPathMatchesQLocalServer_data()
{
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<bool>("bare");
    QTest::newRow("bare name") << QString() << true;
    QTest::newRow("local:name") << QStringLiteral("local:") << true;
    QTest::newRow("absolute path") << QString() << false;
}

void tst_Address::localPathMatchesQLocalServer()
{
    QFETCH(QString, prefix);
    QFETCH(bool, bare);

    const QString name = QStringLiteral("tst_address-%1-%2")
                                 .arg(QCoreApplication::applicationPid())
                                 .arg(QUuid::createUuid().toString(QUuid::Id128));
    const QString serverName = bare ? name : inTemp(name);
    const Address address = Address::parse(prefix + serverName);
    QCOMPARE(address.kind, Address::Local);

    QLocalServer server;
    QVERIFY2(server.listen(serverName), qPrintable(server.errorString()));
    QCOMPARE(address.toString(), server.fullServerName());
    QCOMPARE(address.localPath(), server.fullServerName());
    server.close();
}

QTEST_GUILESS_MAIN(tst_Address)
#include "tst_address.moc"
