// SPDX-License-Identifier: BSD-3-Clause
// Liveness across hosts: a server and its clients on two "hosts" (network namespaces joined by
// a veth pair, made and deleted by this test), and a link that goes down. A client whose host
// vanishes must not keep its Lock, and a client cut off from its server must not wait forever.

#include "helperprocess.h"

#include <QtCore/qcoreapplication.h>
#include <QtCore/qdeadlinetimer.h>
#include <QtCore/qelapsedtimer.h>
#include <QtCore/qprocess.h>
#include <QtCore/qstandardpaths.h>
#include <QtTest/qtest.h>

#include <unistd.h>

using TestSupport::processAlive;

namespace {

constexpr int LivenessMs = 3000;
const QByteArray Key = QByteArrayLiteral("liveness-key");

// Runs `ip ARGS`; true if it succeeded, else \a error says why.
bool ip(const QStringList &arguments, QString *error = nullptr)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral("ip"), arguments);
    if (!process.waitForFinished(10000) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        if (error) {
            *error = QStringLiteral("ip %1: %2").arg(arguments.join(QLatin1Char(' ')),
                                                     QString::fromLocal8Bit(process.readAll()).trimmed());
        }
        return false;
    }
    return true;
}

// A program run inside a network namespace, with a watchdog, read line by line; killed when
// destroyed. (`ip netns exec` execs the program, so the process is the program itself.)
class NamespacedProcess : public TestSupport::HelperProcess
{
public:
    NamespacedProcess(const QString &netns, const QString &program, const QStringList &arguments)
        : HelperProcess(QStringLiteral("ip"),
                        QStringList { QStringLiteral("netns"), QStringLiteral("exec"), netns, program }
                                + arguments,
                        120000, OutputAndErrors, TestsGroup, environment())
    {
    }

private:
    static QProcessEnvironment environment()
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("LMHELPER_LIVENESS_MS"), QString::number(LivenessMs));
        environment.insert(QStringLiteral("LMTEST_KEY"), QString::fromLatin1(Key));
        return environment;
    }
};

} // namespace

class tst_Liveness : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void lockOfAVanishedClientGoesToTheNext();
    void blockedGetOfACutOffClientFails();

private:
    bool link(const char *state) { return ip({ QStringLiteral("netns"), QStringLiteral("exec"), m_clientNs, QStringLiteral("ip"), QStringLiteral("link"), QStringLiteral("set"), m_clientIf, QLatin1String(state) }); }
    QString helper() const { return TestSupport::helperProgram(TestSupport::Helper::LmHelper); }

    QString m_serverNs;
    QString m_clientNs;
    QString m_clientIf;
    QString m_serverIp;
    std::unique_ptr<NamespacedProcess> m_server;
    QString m_address;
};

void tst_Liveness::initTestCase()
{
    if (::geteuid() != 0)
        QSKIP("needs root to make network namespaces (ip netns); run as root to test liveness across hosts");
    if (QStandardPaths::findExecutable(QStringLiteral("ip")).isEmpty())
        QSKIP("needs iproute2's ip to make network namespaces");
    const QString id = QString::number(QCoreApplication::applicationPid());
    m_serverNs = QStringLiteral("lmsrv-") + id;
    m_clientNs = QStringLiteral("lmcli-") + id;
    const QString serverIf = QStringLiteral("lms") + id;
    m_clientIf = QStringLiteral("lmc") + id;
    // A private subnet inside the namespaces this test makes; nothing outside them sees it.
    const int net = int(QCoreApplication::applicationPid() % 250) + 1;
    m_serverIp = QStringLiteral("10.254.%1.1").arg(net);
    const QString clientIp = QStringLiteral("10.254.%1.2").arg(net);
    QString error;
    const bool made = ip({ QStringLiteral("netns"), QStringLiteral("add"), m_serverNs }, &error)
            && ip({ QStringLiteral("netns"), QStringLiteral("add"), m_clientNs }, &error)
            && ip({ QStringLiteral("link"), QStringLiteral("add"), serverIf, QStringLiteral("type"),
                    QStringLiteral("veth"), QStringLiteral("peer"), QStringLiteral("name"), m_clientIf }, &error)
            && ip({ QStringLiteral("link"), QStringLiteral("set"), serverIf, QStringLiteral("netns"), m_serverNs }, &error)
            && ip({ QStringLiteral("link"), QStringLiteral("set"), m_clientIf, QStringLiteral("netns"), m_clientNs }, &error);
    if (!made) {
        cleanupTestCase();
        QSKIP(qPrintable(QStringLiteral("cannot make network namespaces here: %1").arg(error)));
    }
    for (const auto &[ns, ifname, address] : { std::tuple { m_serverNs, serverIf, m_serverIp },
                                               std::tuple { m_clientNs, m_clientIf, clientIp } }) {
        const QStringList exec { QStringLiteral("netns"), QStringLiteral("exec"), ns, QStringLiteral("ip") };
        QVERIFY2(ip(exec + QStringList { QStringLiteral("addr"), QStringLiteral("add"), address + QStringLiteral("/24"), QStringLiteral("dev"), ifname }, &error), qPrintable(error));
        QVERIFY2(ip(exec + QStringList { QStringLiteral("link"), QStringLiteral("set"), ifname, QStringLiteral("up") }, &error), qPrintable(error));
        QVERIFY2(ip(exec + QStringList { QStringLiteral("link"), QStringLiteral("set"), QStringLiteral("lo"), QStringLiteral("up") }, &error), qPrintable(error));
    }
}

void tst_Liveness::cleanupTestCase()
{
    // Deleting a namespace deletes its end of the veth pair, and with it the other end.
    if (!m_serverNs.isEmpty())
        ip({ QStringLiteral("netns"), QStringLiteral("del"), m_serverNs });
    if (!m_clientNs.isEmpty())
        ip({ QStringLiteral("netns"), QStringLiteral("del"), m_clientNs });
}

void tst_Liveness::init()
{
    QVERIFY(link("up"));
    m_server = std::make_unique<NamespacedProcess>(
            m_serverNs, QStringLiteral(LIBMANAGER_SERVER_PATH),
            QStringList { QStringLiteral("--address"), m_serverIp + QStringLiteral(":0"),
                          QStringLiteral("--authkey-env"), QStringLiteral("LMTEST_KEY"),
                          QStringLiteral("--liveness-timeout"), QString::number(LivenessMs),
                          QStringLiteral("--object"), QStringLiteral("lock=Lock"),
                          QStringLiteral("--object"), QStringLiteral("jobs=Queue") });
    m_address = m_server->waitForLine(QStringLiteral("libmanager-server: serving at "), 20000);
    QVERIFY2(!m_address.isEmpty(), qPrintable(m_server->log()));
}

void tst_Liveness::cleanup()
{
    m_server.reset();
    link("up");
}

// The client that holds the Lock loses its link: the server drops it within the liveness
// timeout and gives the Lock to the next waiter; the cut-off client's calls fail with a
// reason; when the link returns, it connects again and works.
void tst_Liveness::lockOfAVanishedClientGoesToTheNext()
{
    const QString keyHex = QString::fromLatin1(Key.toHex());
    NamespacedProcess holder(m_clientNs, helper(),
                             { QStringLiteral("lock"), m_address, keyHex, QStringLiteral("lock"),
                               QStringLiteral("-1"), QStringLiteral("watch") });
    QVERIFY2(!holder.waitForLine(QStringLiteral("ACQUIRED"), 20000).isNull(), qPrintable(holder.log()));
    // A second client, on the server's host, waits for the Lock longer than the liveness
    // timeout and the kernel's probes need.
    NamespacedProcess waiter(m_serverNs, helper(),
                             { QStringLiteral("lock"), m_address, keyHex, QStringLiteral("lock"),
                               QStringLiteral("60000"), QStringLiteral("exit") });
    QVERIFY2(!waiter.waitForLine(QStringLiteral("WAITING"), 20000).isNull(), qPrintable(waiter.log()));

    QVERIFY(link("down"));
    QElapsedTimer clock;
    clock.start();
    QVERIFY2(!waiter.waitForLine(QStringLiteral("ACQUIRED"), 4 * LivenessMs + 10000).isNull(),
             qPrintable(waiter.log() + QLatin1String(" / holder: ") + holder.log()));
    qInfo("the next waiter had the Lock %lld ms after the holder's link went down (liveness %d ms)",
          clock.elapsed(), LivenessMs);
    const QString failed = holder.waitForLine(QStringLiteral("CALLFAILED "), 4 * LivenessMs + 10000);
    QVERIFY2(!failed.isNull(), qPrintable(holder.log()));
    // The kernel's liveness limit or the client's own pings, whichever notices first.
    QVERIFY2(failed.startsWith(QLatin1String("ServerNotResponding ")), qPrintable(failed));

    QVERIFY(link("up"));
    QVERIFY2(!holder.waitForLine(QStringLiteral("REACQUIRED"), 30000).isNull(), qPrintable(holder.log()));
}

// A client blocked in a get() without a timeout loses its link to the server: the get fails
// within the liveness timeout instead of waiting forever.
void tst_Liveness::blockedGetOfACutOffClientFails()
{
    NamespacedProcess getter(m_clientNs, helper(),
                             { QStringLiteral("qget"), m_address, QString::fromLatin1(Key.toHex()),
                               QStringLiteral("jobs") });
    QVERIFY2(!getter.waitForLine(QStringLiteral("WAITING"), 20000).isNull(), qPrintable(getter.log()));
    QVERIFY(link("down"));
    QElapsedTimer clock;
    clock.start();
    const QString failed = getter.waitForLine(QStringLiteral("FAILED "), 4 * LivenessMs + 10000);
    QVERIFY2(!failed.isNull(), qPrintable(getter.log()));
    qInfo("the blocked get failed %lld ms after the link went down: %s", clock.elapsed(), qPrintable(failed));
    QVERIFY2(failed.startsWith(QLatin1String("ServerNotResponding ")) && failed.contains(QLatin1String("stopped answering")),
             qPrintable(failed));
}

QTEST_GUILESS_MAIN(tst_Liveness)
#include "tst_liveness.moc"
