// SPDX-License-Identifier: BSD-3-Clause
// The inspector under a flood of changes: another process (this program run again with
// --flood) sets entries of a shared dict at 50,000 a second, pipelined, while the inspector's
// main window shows that dict's editor, the object tree and the activity log. A 10 ms timer
// measures how long the GUI's event loop stalls. The figures (longest stall, time to the first
// page, memory growth, the rate the flooder reached, what the editor shows at the end) are
// printed; the test fails only on gross regressions: a stall over a second, the editor not
// showing the flood's last value once it stops, or memory growing by more than 200 MB.

#include "transport.h"
#include "responsiveness.h"

#include "containereditor.h"
#include "inspectorsession.h"
#include "mainwindow.h"

#include <libmanager/containermodel.h>
#include <libmanager/dictproxy.h>
#include <libmanager/syncmanager.h>

#include <QtCore/qelapsedtimer.h>
#include <QtCore/qfile.h>
#include <QtCore/qprocess.h>
#include <QtCore/qtemporarydir.h>
#include <QtCore/qthread.h>
#include <QtCore/qtimer.h>
#include <QtTest/qtest.h>
#include <QtWidgets/qapplication.h>
#include <QtWidgets/qtableview.h>
#include <QtWidgets/qtabwidget.h>

#include <cstdio>
#include <cstring>
#include <memory>

using namespace LibManager;
using TestSupport::rssKiB;
using TestSupport::StallMeter;

namespace {

constexpr int FloodRate = 50000;   // sets per second
constexpr int FloodSeconds = 4;
constexpr int FloodKeys = 1000;    // the keys it cycles through



/*!
    The flooder: connects to \a address, sets "k<i % FloodKeys>" = i in the dict named "flood"
    at FloodRate a second for FloodSeconds, batches of 500 sent without waiting, then writes
    "DONE <sets> <last value>" and exits. It ends early if the server goes.
*/
int flood(const QString &address, const QByteArray &key)
{
    SyncManager manager(address, key);
    TestSupport::configure(manager);
    if (!manager.connectToServer())
        return 2;
    const auto dict = manager.proxyForName<DictProxy>(QStringLiteral("flood"));
    if (!dict)
        return 3;
    QElapsedTimer clock;
    clock.start();
    qint64 sent = 0;
    const qint64 total = qint64(FloodRate) * FloodSeconds;
    while (sent < total) {
        // Keep to the rate: as many as are due by now, 500 at most per round.
        const qint64 due = qMin(total, clock.elapsed() * FloodRate / 1000 + 500);
        if (due <= sent) {
            QThread::msleep(1);
            continue;
        }
        PendingReply<void> last;
        for (; sent < due; ++sent)
            last = dict->setValueAsync(QStringLiteral("k%1").arg(sent % FloodKeys), sent);
        last.waitForFinished();
        if (!last.isValid()) {
            std::fprintf(stderr, "flooder: %s\n", qPrintable(last.errorString()));
            return 4;
        }
    }
    std::printf("DONE %lld %lld\n", static_cast<long long>(sent), static_cast<long long>(sent - 1));
    std::fflush(stdout);
    return 0;
}

} // namespace

class tst_Responsiveness : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void floodOfChanges();
};

void tst_Responsiveness::floodOfChanges()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QByteArray key = QByteArrayLiteral("responsiveness key");
    SyncManager server(dir.filePath(QStringLiteral("server.sock")), key);
    TestSupport::configure(server);
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    QVariantMap initial;
    for (int i = 0; i < FloodKeys; ++i)
        initial.insert(QStringLiteral("k%1").arg(i), -1);
    const auto dict = server.named<DictProxy>(QStringLiteral("flood"), QStringLiteral("dict"), { initial });
    QVERIFY2(dict, qPrintable(server.errorString()));

    const qint64 rssBefore = rssKiB();
    Inspector::InspectorSession session;
    session.setAddress(server.address());
    session.setAuthKey(key);
    QVERIFY2(session.open(), qPrintable(session.lastErrorString()));
    Inspector::MainWindow window(&session);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    QElapsedTimer firstPage;
    firstPage.start();
    window.openObject(dict->objectId(), QStringLiteral("dict"));
    auto *editor = qobject_cast<Inspector::ContainerEditor *>(window.tabs()->currentWidget());
    QVERIFY(editor);
    auto *view = editor->findChild<QTableView *>();
    QVERIFY(view);
    QTRY_VERIFY(view->model() && view->model()->rowCount() == FloodKeys
                && !view->model()->index(0, 0).data(ContainerModel::LoadingRole).toBool());
    const qint64 firstPageMs = firstPage.elapsed();

    StallMeter meter;
    QProcess flooder;
    flooder.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    flooder.start(QCoreApplication::applicationFilePath(),
                  { QStringLiteral("--flood"), server.address(), QString::fromLatin1(key.toHex()) });
    QVERIFY2(flooder.waitForStarted(), qPrintable(flooder.errorString()));
    QElapsedTimer floodClock;
    floodClock.start();
    QTRY_VERIFY_WITH_TIMEOUT(flooder.state() == QProcess::NotRunning, (FloodSeconds + 60) * 1000);
    const qint64 floodMs = floodClock.elapsed();
    const QByteArray output = flooder.readAllStandardOutput();
    QVERIFY2(flooder.exitStatus() == QProcess::NormalExit && flooder.exitCode() == 0,
             qPrintable(QStringLiteral("flooder exit %1: %2").arg(flooder.exitCode()).arg(QString::fromLatin1(output))));
    const QList<QByteArray> done = output.trimmed().split(' ');
    QCOMPARE(done.value(0), QByteArray("DONE"));
    const qint64 sets = done.value(1).toLongLong();
    const qint64 lastValue = done.value(2).toLongLong();

    // The editor ends up showing the flood's last value for its key (paged in if need be).
    const int lastRow = int(lastValue % FloodKeys);
    view->scrollTo(view->model()->index(lastRow, 0));
    QTRY_COMPARE_WITH_TIMEOUT(view->model()->index(lastRow, 1).data(ContainerModel::RawValueRole).toLongLong(),
                              lastValue, 30000);
    const qint64 stallMs = meter.longestMs();
    const qint64 rssAfter = rssKiB();
    qInfo("inspector under a flood: %lld sets in %lld ms (%.0f sets/s, target %d); first page "
          "%lld ms; longest event-loop stall %lld ms; RSS growth %lld KiB (%lld -> %lld)",
          static_cast<long long>(sets), static_cast<long long>(floodMs),
          floodMs > 0 ? sets * 1000.0 / floodMs : 0.0, FloodRate, static_cast<long long>(firstPageMs),
          static_cast<long long>(stallMs), static_cast<long long>(rssAfter - rssBefore),
          static_cast<long long>(rssBefore), static_cast<long long>(rssAfter));
    QVERIFY2(stallMs < 1000, qPrintable(QStringLiteral("the GUI stalled %1 ms").arg(stallMs)));
    QVERIFY2(rssAfter - rssBefore < 200 * 1024,
             qPrintable(QStringLiteral("RSS grew %1 KiB").arg(rssAfter - rssBefore)));
}

int main(int argc, char *argv[])
{
    if (argc == 4 && std::strcmp(argv[1], "--flood") == 0) {
        QCoreApplication app(argc, argv);
        return flood(QString::fromLocal8Bit(argv[2]), QByteArray::fromHex(argv[3]));
    }
    QApplication app(argc, argv);
    tst_Responsiveness test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_responsiveness.moc"
