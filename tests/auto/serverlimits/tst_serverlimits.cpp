// SPDX-License-Identifier: BSD-3-Clause
// A server that runs out of descriptors, or has its maximum number of clients, refuses the
// clients it cannot serve with Error::ServerFull, keeps listening (and its socket file), serves
// the clients it has, and takes new ones once some have gone. Issue 10, item 1.
#include "transport.h"
#include "helperprocess.h"

#include <libmanager/basemanager.h>
#include <libmanager/transport/listener_p.h>
#include <libmanager/proxy.h>

#include <QtCore/qfileinfo.h>
#include <QtCore/qtemporarydir.h>
#include <QtTest/qtest.h>

#include <cstring>
#include <memory>
#include <vector>

#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

using namespace LibManager;
using TestSupport::HelperProcess;
using TestSupport::processAlive;

class tst_ServerLimits : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase_data();
    void refusesCleanlyWhenOutOfDescriptors();
    void refusesClientsBeyondMaxClients();
    void startedServerGetsMaxClients();
    void localSocketIsPrivateAndReplacesStaleOnes();

private:
    /*! Starts "lmhelper limited" on this row's transport; the address it serves at. */
    QString startServer(HelperProcess **helper, int nofile, int maxClients);
    static bool pings(BaseManager &manager);
    /*! Connects \a manager unless it is connected already: QTRY_* evaluates its condition once
        more after it held, and a second client would find the server full again. */
    bool connectOnce(const QString &address, std::unique_ptr<BaseManager> *manager) const;
    /*! Output lines of \a helper (stdout and stderr) that contain \a text, read to now. */
    int countLines(HelperProcess &helper, const QString &text);

    const QByteArray m_key = QByteArrayLiteral("limits-key");
    QTemporaryDir m_directory;
    std::unique_ptr<HelperProcess> m_helper;
    QStringList m_lines; // output read after the SERVING line
};

void tst_ServerLimits::initTestCase_data()
{
    TestSupport::addTransportRows();
}

QString tst_ServerLimits::startServer(HelperProcess **helper, int nofile, int maxClients)
{
    static int serial = 0;
    const QString address = TestSupport::currentTransport().listenAddress(
        m_directory.filePath(QStringLiteral("limits-%1.sock").arg(++serial)));
    m_lines.clear();
    m_helper = std::make_unique<HelperProcess>(
        TestSupport::Helper::LmHelper, QStringList { QStringLiteral("limited"), address, QString::fromLatin1(m_key.toHex()),
                      QString::number(nofile), QString::number(maxClients) },
        60000, HelperProcess::OutputAndErrors);
    *helper = m_helper.get();
    return m_helper->waitForLine(QStringLiteral("SERVING "));
}

bool tst_ServerLimits::pings(BaseManager &manager)
{
    const std::unique_ptr<Proxy> server = manager.introspector();
    return server
        && server->callMethod(QStringLiteral("ping")).value().toString() == QLatin1String("pong");
}

bool tst_ServerLimits::connectOnce(const QString &address,
                                   std::unique_ptr<BaseManager> *manager) const
{
    if (!*manager || (*manager)->error() != Error::NoError)
        *manager = TestSupport::connectTo(address, m_key, 3000);
    return (*manager)->error() == Error::NoError;
}

int tst_ServerLimits::countLines(HelperProcess &helper, const QString &text)
{
    QProcess &process = helper.process();
    process.waitForReadyRead(10);
    const QString more = QString::fromUtf8(process.readAll());
    m_lines += more.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    int count = 0;
    for (const QString &line : helper.output() + m_lines) {
        if (line.contains(text))
            ++count;
    }
    return count;
}

// Without the fix: a local server stopped listening and removed its socket file at the first
// failed accept (the next client got ConnectionRefused, ENOENT, for the server's whole life);
// over TCP clients waited in the backlog until they timed out, and nothing was logged.
void tst_ServerLimits::refusesCleanlyWhenOutOfDescriptors()
{
    const bool local = TestSupport::currentTransport().isLocal();
    HelperProcess *helper = nullptr;
    // 64 descriptors: the server process needs some fifteen of its own; the rest is clients.
    const QString address = startServer(&helper, 64, 0);
    QVERIFY2(!address.isEmpty(), qPrintable(helper->output().join(QLatin1Char('\n'))));

    constexpr int Attempts = 80;
    std::vector<std::unique_ptr<BaseManager>> connected;
    int refused = 0;
    for (int i = 0; i < Attempts; ++i) {
        auto manager = TestSupport::connectTo(address, m_key, 3000);
        if (manager->error() == Error::NoError) {
            connected.push_back(std::move(manager));
            continue;
        }
        // Refused at once, and in words: not a hang in the backlog, not "no such file".
        QVERIFY2(manager->error() == Error::ServerFull,
                 qPrintable(QStringLiteral("attempt %1: %2 %3")
                                .arg(i)
                                .arg(errorName(manager->error()), manager->errorString())));
        QVERIFY2(manager->errorString().contains(QLatin1String("is full")),
                 qPrintable(manager->errorString()));
        ++refused;
    }
    qInfo("%d clients connected, %d refused", int(connected.size()), refused);
    QVERIFY2(connected.size() >= 20, qPrintable(QString::number(connected.size())));
    QVERIFY2(refused >= 10, qPrintable(QString::number(refused)));
    if (local)
        QVERIFY2(QFileInfo::exists(address), qPrintable(address));

    // The clients it has are still served.
    QVERIFY(pings(*connected.front()));
    QVERIFY(pings(*connected.back()));

    // Some go: the next client is accepted (once the server has seen them go) and served.
    connected.resize(connected.size() - 5);
    std::unique_ptr<BaseManager> late;
    QTRY_VERIFY_WITH_TIMEOUT(connectOnce(address, &late), 10000);
    QVERIFY(pings(*late));
    QVERIFY(pings(*connected.front()));

    // A few lines in the log, not one per refused client.
    const QString shortage = QStringLiteral("cannot accept connections");
    QTRY_VERIFY(countLines(*helper, shortage) >= 1);
    const int logged = countLines(*helper, shortage);
    QVERIFY2(logged >= 1 && logged <= 3, qPrintable(QString::number(logged)));
    QVERIFY(processAlive(helper->pid()));
}

void tst_ServerLimits::refusesClientsBeyondMaxClients()
{
    HelperProcess *helper = nullptr;
    const QString address = startServer(&helper, 0, 3);
    QVERIFY2(!address.isEmpty(), qPrintable(helper->output().join(QLatin1Char('\n'))));

    std::vector<std::unique_ptr<BaseManager>> clients;
    for (int i = 0; i < 3; ++i) {
        clients.push_back(TestSupport::connectTo(address, m_key, 5000));
        QVERIFY2(clients.back()->error() == Error::NoError,
                 qPrintable(clients.back()->errorString()));
    }
    auto fourth = TestSupport::connectTo(address, m_key, 5000);
    QCOMPARE(fourth->error(), Error::ServerFull);
    QCOMPARE(errorText(Error::ServerFull), QStringLiteral("Server full"));
    QVERIFY2(fourth->errorString().contains(
                 QLatin1String("is full: it serves its maximum number of clients")),
             qPrintable(fourth->errorString()));
    // Refused without the key: a client with another key hears the same, and nothing more.
    auto stranger = TestSupport::connectTo(address, QByteArrayLiteral("other-key"), 5000);
    QCOMPARE(stranger->error(), Error::ServerFull);

    for (const auto &client : clients)
        QVERIFY(pings(*client));

    clients.erase(clients.begin());
    std::unique_ptr<BaseManager> next;
    QTRY_VERIFY_WITH_TIMEOUT(connectOnce(address, &next), 10000);
    QVERIFY(pings(*next));
    // Full again.
    QCOMPARE(TestSupport::connectTo(address, m_key, 5000)->error(), Error::ServerFull);

    // One line at once for the first refusal; the two after it, within the interval, in one
    // line when the interval ends (not only if someone else is refused later).
    // (More than two if the first attempts to connect came before the server saw one go.)
    const QString full = QStringLiteral("client(s): the server has its maximum of 3 clients");
    QTRY_VERIFY(countLines(*helper, QStringLiteral("refused 1 ") + full) == 1);
    QTRY_VERIFY_WITH_TIMEOUT(countLines(*helper, full) == 2, RefusalLog::IntervalMs + 5000);
    QVERIFY2(countLines(*helper, QStringLiteral("refused 1 ") + full) == 1,
             qPrintable(m_lines.join(QLatin1Char('\n'))));
}

// BaseManager::setMaxClients() reaches the server that start() runs (ServerProcess's config).
void tst_ServerLimits::startedServerGetsMaxClients()
{
    BaseManager manager(TestSupport::currentTransport().address, m_key);
    TestSupport::configure(manager);
    QCOMPARE(manager.maxClients(), BaseManager::DefaultMaxClients);
    manager.setMaxClients(2);
    QCOMPARE(manager.maxClients(), 2);
    QVERIFY2(manager.start(), qPrintable(manager.errorString())); // the first client
    auto second = TestSupport::connectTo(manager.address(), m_key, 5000);
    QCOMPARE(second->error(), Error::NoError);
    auto third = TestSupport::connectTo(manager.address(), m_key, 5000);
    QCOMPARE(third->error(), Error::ServerFull);
    QVERIFY(pings(manager));
    QVERIFY(pings(*second));
    manager.setMaxClients(0);
    QCOMPARE(manager.maxClients(), BaseManager::DefaultMaxClients);
}

// What QLocalServer::UserAccessOption and Server::listen() did before the server accepted by
// itself: only this user may connect; a dead server's socket is replaced, a live one's is not;
// the file goes when the server does.
void tst_ServerLimits::localSocketIsPrivateAndReplacesStaleOnes()
{
    if (!TestSupport::currentTransport().isLocal())
        QSKIP("local sockets only");
    const QString path = m_directory.filePath(QStringLiteral("stale.sock"));
    {
        const QByteArray encoded = QFile::encodeName(path);
        sockaddr_un addr {};
        addr.sun_family = AF_UNIX;
        std::memcpy(addr.sun_path, encoded.constData(), size_t(encoded.size()));
        const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
        QVERIFY(fd >= 0);
        QCOMPARE(::bind(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr), 0);
        ::close(fd); // nobody answers there now
    }
    HelperProcess server(TestSupport::Helper::LmHelper, { QStringLiteral("limited"), path, QString::fromLatin1(m_key.toHex()),
                           QStringLiteral("0"), QStringLiteral("0") },
                         60000, HelperProcess::OutputAndErrors);
    QCOMPARE(server.waitForLine(QStringLiteral("SERVING ")), path);
    struct stat info
    {
    };
    QCOMPARE(::stat(QFile::encodeName(path).constData(), &info), 0);
    QVERIFY(S_ISSOCK(info.st_mode));
    QCOMPARE(info.st_mode & 0077, 0u);

    HelperProcess second(TestSupport::Helper::LmHelper, { QStringLiteral("limited"), path, QString::fromLatin1(m_key.toHex()),
                           QStringLiteral("0"), QStringLiteral("0") },
                         60000, HelperProcess::OutputAndErrors);
    const QString refused = second.waitForLine(QStringLiteral("ERROR "));
    QVERIFY2(refused.startsWith(QLatin1String("ServeFailed"))
                 && refused.contains(QLatin1String("address in use")),
             qPrintable(refused));

    auto client = TestSupport::connectTo(path, m_key, 5000);
    QVERIFY2(client->error() == Error::NoError, qPrintable(client->errorString()));
    QVERIFY(client->requestServerShutdown());
    QVERIFY(server.waitFor(QStringLiteral("STOPPED")));
    QVERIFY(!QFileInfo::exists(path));
}

QTEST_GUILESS_MAIN(tst_ServerLimits)
#include "tst_serverlimits.moc"
