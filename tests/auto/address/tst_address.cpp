// SPDX-License-Identifier: BSD-3-Clause
#include <libmanager/transport/address_p.h>

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
    QTest::addColumn<QString>("error"); // a part of the message that says what is wrong

    const auto local = [](const char *tag, const QString &text, const QString &name, const QString &path) {
        QTest::newRow(tag) << text << Address::Local << name << QString() << 0 << path << QString();
    };
    const auto tcp = [](const char *tag, const QString &text, const QString &host, int port, const QString &string) {
        QTest::newRow(tag) << text << Address::Tcp << QString() << host << port << string << QString();
    };
    const auto invalid = [](const char *tag, const QString &text, const char *error = "") {
        QTest::newRow(tag) << text << Address::Invalid << QString() << QString() << 0 << QString()
                           << QString::fromLatin1(error);
    };

    invalid("empty", QString(), "empty");
    invalid("blank", QStringLiteral("  \t"), "empty");

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
    invalid("tcp://nonsense", QStringLiteral("tcp://nonsense"), "no port");
    invalid("tcp://", QStringLiteral("tcp://"), "no port");
    tcp("tcp://:80", QStringLiteral("tcp://:80"), QString(), 80, QStringLiteral(":80"));
    invalid("tcp://host:", QStringLiteral("tcp://host:"), "the port must be a number");
    invalid("tcp://host:99999", QStringLiteral("tcp://host:99999"), "from 0 to 65535");
    invalid("tcp://::1", QStringLiteral("tcp://::1"), "brackets");
    tcp("[::1]:4000", QStringLiteral("[::1]:4000"), QStringLiteral("::1"), 4000, QStringLiteral("[::1]:4000"));
    tcp("tcp://[::1]:4000", QStringLiteral("tcp://[::1]:4000"), QStringLiteral("::1"), 4000,
        QStringLiteral("[::1]:4000"));
    tcp("[fe80::1%eth0]:1", QStringLiteral("[fe80::1%eth0]:1"), QStringLiteral("fe80::1%eth0"), 1,
        QStringLiteral("[fe80::1%eth0]:1"));
    // Python's ('', port): every interface.
    tcp(":50125", QStringLiteral(":50125"), QString(), 50125, QStringLiteral(":50125"));
    // Nothing with a ':' is taken for a local name: an IPv6 address needs its brackets...
    invalid("::1", QStringLiteral("::1"), "brackets");
    invalid("::1:5000", QStringLiteral("::1:5000"), "brackets");
    invalid("[not v6]:1", QStringLiteral("[host]:1"), "not an IPv6 address");
    invalid("[::1:1", QStringLiteral("[::1:1"), "brackets");
    // ... and a port that is no port is neither TCP nor a local name.
    invalid("host:99999", QStringLiteral("host:99999"), "from 0 to 65535");
    invalid("host:65536", QStringLiteral("host:65536"), "from 0 to 65535");
    invalid("host:-1", QStringLiteral("host:-1"), "the port must be a number");
    invalid("host:", QStringLiteral("host:"), "the port must be a number");
    invalid("typo host:8o80", QStringLiteral("example.org:8o80"), "\"8o80\"");
    invalid("host:port", QStringLiteral("host:port"), "the port must be a number");
    invalid("a:b:c", QStringLiteral("a:b:c"), "brackets");
    // A host without its port is not a socket named after it.
    invalid("localhost", QStringLiteral("localhost"), "localhost:PORT");
    invalid("127.0.0.1", QStringLiteral("127.0.0.1"), "host without a port");
    invalid("IPv6 literal", QStringLiteral("fe80::1"), "brackets");
    local("local:localhost", QStringLiteral("local:localhost"), QStringLiteral("localhost"),
          inTemp(QStringLiteral("localhost")));
}

void tst_Address::parse()
{
    QFETCH(QString, text);
    QFETCH(Address::Kind, kind);
    QFETCH(QString, local);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, string);
    QFETCH(QString, error);

    const Address address = Address::parse(text);
    // host:port with a port that is no port is an invalid address (not a local socket named
    // "host:99999"), so a typo in a TCP address ends as InvalidAddress.
    QCOMPARE(address.kind, kind);
    QCOMPARE(address.local, local);
    QCOMPARE(address.host, host);
    QCOMPARE(int(address.port), port);
    QCOMPARE(address.toString(), string);
    QCOMPARE(address.toString().isEmpty(), kind == Address::Invalid);
    QCOMPARE(address.error.isEmpty(), kind != Address::Invalid);
    QVERIFY2(address.error.contains(error), qPrintable(address.error));
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
