// SPDX-License-Identifier: BSD-3-Clause
// The Clients and Problems docks of the inspector against a real server (SyncManager::start())
// and real client processes (clientworker): clients appear with their name and pid and go
// when killed; two workers that each hold a Lock and wait for the other's show as one
// deadlock cycle naming both, which killing one of them clears.

#include "transport.h"
#include "helperprocess.h"

#include "clientmodel.h"
#include "clientsview.h"
#include "inspectorsession.h"
#include "problemsmodel.h"
#include "problemsview.h"

#include <libmanager/lockproxy.h>
#include <libmanager/syncmanager.h>

#include <QtTest/qabstractitemmodeltester.h>
#include <QtTest/qsignalspy.h>
#include <QtTest/qtest.h>
#include <QtCore/qelapsedtimer.h>
#include <QtCore/qtimer.h>
#include <QtWidgets/qlineedit.h>
#include <QtWidgets/qtableview.h>
#include <QtWidgets/qtreeview.h>
#include <QtWidgets/qtreewidget.h>

using namespace LibManager;
using namespace Inspector;

namespace {

constexpr int TimeoutMs = 15000;

/*! For a person or an agent to look at: with CLIENTSPROBLEMS_SCREENSHOTS=<dir>, \a widget as
    it is drawn, in <dir>/<name>.png. */
void saveScreenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("CLIENTSPROBLEMS_SCREENSHOTS");
    if (!dir.isEmpty())
        widget->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

using Worker = TestSupport::ClientWorker;

/*! The longest time the event loop went without running a 10 ms timer, since it was made
    (the qcoro EventLoopChecker idea): the models must never wait for the server. */
class EventLoopChecker : public QObject
{
public:
    EventLoopChecker()
    {
        m_clock.start();
        m_timer.setInterval(10);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] {
            m_longest = qMax(m_longest, m_clock.restart());
        });
        m_timer.start();
    }
    qint64 longestGapMs() const { return qMax(m_longest, m_clock.elapsed()); }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_longest = 0;
};

/*! The top-level rows of \a model of \a kind. */
QList<QPersistentModelIndex> rowsOfKind(const ProblemsModel &model, ProblemsModel::Kind kind)
{
    QList<QPersistentModelIndex> rows;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row, 0);
        if (index.data(ProblemsModel::KindRole).toInt() == int(kind))
            rows.append(index);
    }
    return rows;
}

} // namespace

class tst_ClientsProblems : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase_data();
    void init();
    void cleanup();

    void clientsAppearWithNameAndPidAndGoWhenKilled();
    void ownRowSaysThisInspector();
    void holdsAndParkedCallsAreShown();
    void deadlockIsOneCycleNamingBothClientsAndLocks();
    void clientsViewShowClientSelectsTheRow();
    void problemsViewNavigates();

private:
    std::unique_ptr<Worker> worker(const QString &name);
    /*! Two workers in a deadlock over two Locks; false if it could not be set up. */
    bool makeDeadlock();

    std::unique_ptr<SyncManager> m_manager;
    std::unique_ptr<InspectorSession> m_session;
    std::unique_ptr<LockProxy> m_lock1;
    std::unique_ptr<LockProxy> m_lock2;
    std::unique_ptr<Worker> m_a;
    std::unique_ptr<Worker> m_b;
    const QByteArray m_key = QByteArrayLiteral("clientsproblems-suite");
};

void tst_ClientsProblems::initTestCase_data()
{
    TestSupport::addTransportRows();
}

void tst_ClientsProblems::init()
{
    const QString address = TestSupport::currentTransport().address;
    m_manager = std::make_unique<SyncManager>(address, m_key);
    TestSupport::configure(*m_manager);
    QVERIFY2(m_manager->start(), qPrintable(m_manager->errorString()));
    m_session = std::make_unique<InspectorSession>();
    m_session->setAddress(m_manager->address());
    m_session->setAuthKey(m_key);
    m_session->setTlsConfiguration(TestSupport::tlsConfiguration());
    QVERIFY2(m_session->open(), qPrintable(m_session->lastErrorString()));
    QVERIFY(m_session->selfId() != 0);
}

void tst_ClientsProblems::cleanup()
{
    m_a.reset();
    m_b.reset();
    m_lock1.reset();
    m_lock2.reset();
    m_session.reset();
    m_manager.reset();
}

std::unique_ptr<Worker> tst_ClientsProblems::worker(const QString &name)
{
    auto made = std::make_unique<Worker>(
            QStringList { m_manager->address(), QString::fromLatin1(m_key.toHex()), name });
    const QString id = made->waitForLine(QStringLiteral("CONNECTED"));
    if (id.isNull())
        return nullptr;
    made->id = id.toULongLong();
    return made;
}

void tst_ClientsProblems::clientsAppearWithNameAndPidAndGoWhenKilled()
{
    ClientModel model(m_session.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy went(&model, &ClientModel::clientWent);

    std::unique_ptr<Worker> a = worker(QStringLiteral("worker-a"));
    QVERIFY(a);
    QTRY_VERIFY_WITH_TIMEOUT(model.rowOf(a->id) >= 0, TimeoutMs);
    const auto cell = [&model](quint64 id, int column) {
        return model.index(model.rowOf(id), column).data().toString();
    };
    QTRY_COMPARE_WITH_TIMEOUT(cell(a->id, ClientModel::NameColumn), QStringLiteral("worker-a"), TimeoutMs);
    QCOMPARE(cell(a->id, ClientModel::IdColumn), QString::number(a->id));
    const QString address = TestSupport::currentTransport().address;
    const bool tcp = !address.isEmpty(); // or TLS over TCP
    const bool tls = TestSupport::currentTransport().name == QLatin1String("tls");
    // The kernel tells the pid of a local socket's peer; over TCP there is an address instead.
    QCOMPARE(cell(a->id, ClientModel::ProcessIdColumn), tcp ? QString() : QString::number(a->pid()));
    QCOMPARE(cell(a->id, ClientModel::TransportColumn),
             tls ? QStringLiteral("TLS") : tcp ? QStringLiteral("TCP") : QStringLiteral("local"));
    if (tcp)
        QVERIFY2(cell(a->id, ClientModel::PeerColumn).startsWith(QStringLiteral("127.0.0.1:")),
                 qPrintable(cell(a->id, ClientModel::PeerColumn)));
    QVERIFY(!cell(a->id, ClientModel::ConnectedColumn).isEmpty());
    QCOMPARE(model.index(model.rowOf(a->id), 0).data(ClientModel::ClientIdRole).toULongLong(), a->id);
    const QString description = model.index(model.rowOf(a->id), 0).data(Qt::AccessibleDescriptionRole).toString();
    const QString who = tcp ? QStringLiteral("worker-a (client %1); over %2 from 127.0.0.1:")
                                      .arg(a->id)
                                      .arg(tls ? QStringLiteral("TLS") : QStringLiteral("TCP"))
                            : QStringLiteral("worker-a (client %1), pid %2; over a local socket").arg(a->id).arg(a->pid());
    QVERIFY2(description.startsWith(who), qPrintable(description));

    std::unique_ptr<Worker> b = worker(QStringLiteral("worker-b"));
    QVERIFY(b);
    QTRY_COMPARE_WITH_TIMEOUT(cell(b->id, ClientModel::NameColumn), QStringLiteral("worker-b"), TimeoutMs);
    // A rename is seen as it happens.
    QVERIFY(!b->ask(QStringLiteral("name renamed-b")).isNull());
    QTRY_COMPARE_WITH_TIMEOUT(cell(b->id, ClientModel::NameColumn), QStringLiteral("renamed-b"), TimeoutMs);

    const int before = model.rowCount();
    a->killHard();
    QTRY_VERIFY_WITH_TIMEOUT(model.rowOf(a->id) < 0, TimeoutMs);
    QCOMPARE(model.rowCount(), before - 1);
    QVERIFY(model.rowOf(b->id) >= 0);
    QCOMPARE(went.size(), 1);
    QCOMPARE(went.at(0).at(0).toULongLong(), a->id);
    QCOMPARE(went.at(0).at(1).toString(), QStringLiteral("worker-a (client %1)").arg(a->id));
    QVERIFY(!went.at(0).at(2).toString().isEmpty());
}

void tst_ClientsProblems::ownRowSaysThisInspector()
{
    ClientModel model(m_session.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const quint64 self = m_session->selfId();
    QTRY_VERIFY_WITH_TIMEOUT(model.rowOf(self) >= 0, TimeoutMs);
    const QModelIndex name = model.index(model.rowOf(self), ClientModel::NameColumn);
    QVERIFY2(name.data().toString().contains(QStringLiteral("(this inspector)")), qPrintable(name.data().toString()));
    QVERIFY(name.data(ClientModel::IsSelfRole).toBool());
    // Only that row says so.
    for (int row = 0; row < model.rowCount(); ++row) {
        if (row != model.rowOf(self))
            QVERIFY(!model.index(row, ClientModel::NameColumn).data().toString().contains(QStringLiteral("this inspector")));
    }
}

void tst_ClientsProblems::holdsAndParkedCallsAreShown()
{
    ClientModel model(m_session.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_lock1 = m_manager->Lock();
    QVERIFY(m_lock1);
    const quint64 lockId = m_lock1->token().objectId();
    std::unique_ptr<Worker> a = worker(QStringLiteral("holder"));
    std::unique_ptr<Worker> b = worker(QStringLiteral("waiter"));
    QVERIFY(a && b);
    QVERIFY(!a->ask(QStringLiteral("acquire ") + m_lock1->token().toString()).isNull());
    b->post(QStringLiteral("acquire ") + m_lock1->token().toString());
    const auto cell = [&model](quint64 id, int column) {
        return model.index(model.rowOf(id), column).data().toString();
    };
    // Coalesced re-reads after the sync events, without asking.
    QTRY_COMPARE_WITH_TIMEOUT(cell(a->id, ClientModel::HoldsColumn), QStringLiteral("Lock %1").arg(lockId), TimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(cell(b->id, ClientModel::ParkedColumn), QStringLiteral("1"), TimeoutMs);
    QCOMPARE(cell(b->id, ClientModel::HoldsColumn), QString());
    QCOMPARE(model.clientById(b->id).parked().value(0).objectId, lockId);

    // The same as problems, with thresholds of 0 s: a lock held too long, and a long wait.
    ProblemsModel problems(m_session.get());
    QAbstractItemModelTester problemsTester(&problems, QAbstractItemModelTester::FailureReportingMode::QtTest);
    problems.setHeldThreshold(3600);
    problems.setWaitThreshold(0);
    QTRY_COMPARE_WITH_TIMEOUT(problems.rowCount(), 1, TimeoutMs);
    const QPersistentModelIndex waitRow = problems.index(0, 0);
    QCOMPARE(waitRow.data(ProblemsModel::KindRole).toInt(), int(ProblemsModel::Kind::LongWait));
    // A worse problem comes after: it goes first, and the wait's row moves (a layout change).
    problems.setHeldThreshold(0);
    QCOMPARE(problems.rowCount(), 2);
    QCOMPARE(waitRow.row(), 1);
    QCOMPARE(problems.cycleCount(), 0);
    const QModelIndex held = problems.index(0, 0);
    QCOMPARE(held.data(ProblemsModel::KindRole).toInt(), int(ProblemsModel::Kind::HeldTooLong));
    QCOMPARE(held.data().toString(), QStringLiteral("holder (client %1) holds Lock %2").arg(a->id).arg(lockId));
    QCOMPARE(held.data(ProblemsModel::ClientIdRole).toULongLong(), a->id);
    QCOMPARE(held.data(ProblemsModel::ObjectIdRole).toULongLong(), lockId);
    const QModelIndex wait = problems.index(1, 0);
    QCOMPARE(wait.data(ProblemsModel::KindRole).toInt(), int(ProblemsModel::Kind::LongWait));
    QCOMPARE(wait.data().toString(), QStringLiteral("waiter (client %1) waits for Lock %2").arg(b->id).arg(lockId));
    QCOMPARE(problems.index(1, ProblemsModel::KindColumn).data().toString(), QStringLiteral("Long wait"));
    // Bounded: the worst first, and the count of all of them.
    problems.setMaximumRows(1);
    QCOMPARE(problems.rowCount(), 1);
    QCOMPARE(problems.totalCount(), 2);
    QCOMPARE(problems.index(0, 0).data(ProblemsModel::KindRole).toInt(), int(ProblemsModel::Kind::HeldTooLong));
    problems.setMaximumRows(500);
    QCOMPARE(problems.rowCount(), 2);
    // A threshold above what they last keeps them out.
    problems.setHeldThreshold(3600);
    problems.setWaitThreshold(3600);
    QCOMPARE(problems.rowCount(), 0);
    // The holder lets go: the waiter gets it, and holds it.
    problems.setHeldThreshold(0);
    QVERIFY(!a->ask(QStringLiteral("release ") + m_lock1->token().toString()).isNull());
    QTRY_COMPARE_WITH_TIMEOUT(problems.rowCount(), 1, TimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(problems.index(0, 0).data(ProblemsModel::ClientIdRole).toULongLong(), b->id, TimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(cell(b->id, ClientModel::HoldsColumn), QStringLiteral("Lock %1").arg(lockId), TimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(cell(a->id, ClientModel::HoldsColumn), QString(), TimeoutMs);
}

bool tst_ClientsProblems::makeDeadlock()
{
    m_lock1 = m_manager->Lock();
    m_lock2 = m_manager->Lock();
    m_a = worker(QStringLiteral("worker-a"));
    m_b = worker(QStringLiteral("worker-b"));
    if (!m_lock1 || !m_lock2 || !m_a || !m_b)
        return false;
    const QString one = m_lock1->token().toString();
    const QString two = m_lock2->token().toString();
    if (m_a->ask(QStringLiteral("acquire ") + one).isNull() || m_b->ask(QStringLiteral("acquire ") + two).isNull())
        return false;
    // Each now waits for the other's Lock, for ever.
    m_a->post(QStringLiteral("acquire ") + two);
    m_b->post(QStringLiteral("acquire ") + one);
    return true;
}

void tst_ClientsProblems::deadlockIsOneCycleNamingBothClientsAndLocks()
{
    ProblemsModel model(m_session.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(makeDeadlock());
    const EventLoopChecker loop;
    const quint64 one = m_lock1->token().objectId();
    const quint64 two = m_lock2->token().objectId();

    QTRY_COMPARE_WITH_TIMEOUT(model.cycleCount(), 1, TimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(rowsOfKind(model, ProblemsModel::Kind::Deadlock).size(), 1, TimeoutMs);
    const QPersistentModelIndex cycle = rowsOfKind(model, ProblemsModel::Kind::Deadlock).first();
    // Deadlocks come first, flagged in words.
    QCOMPARE(cycle.row(), 0);
    QCOMPARE(model.index(cycle.row(), ProblemsModel::KindColumn).data().toString(), QStringLiteral("Deadlock"));
    const QString a = QStringLiteral("worker-a (client %1)").arg(m_a->id);
    const QString b = QStringLiteral("worker-b (client %1)").arg(m_b->id);
    const QString lockOne = QStringLiteral("Lock %1").arg(one);
    const QString lockTwo = QStringLiteral("Lock %1").arg(two);
    // The typeIds of the locks come with the holds; the names with the clients.
    QTRY_VERIFY_WITH_TIMEOUT(cycle.data().toString().contains(lockOne) && cycle.data().toString().contains(lockTwo),
                             TimeoutMs);
    const QString text = cycle.data().toString();
    QVERIFY2(text.startsWith(QStringLiteral("Deadlock: ")), qPrintable(text));
    QVERIFY2(text.contains(a) && text.contains(b), qPrintable(text));
    // The chain, from the lower client id: a waits for two, held by b, waits for one, held by a.
    const QString first = m_a->id < m_b->id ? a : b;
    const QString second = m_a->id < m_b->id ? b : a;
    const QString firstWaits = m_a->id < m_b->id ? lockTwo : lockOne;
    const QString secondWaits = m_a->id < m_b->id ? lockOne : lockTwo;
    const QString arrow = QStringLiteral(" \u2192 ");
    QCOMPARE(text, QStringLiteral("Deadlock: ") + first + QStringLiteral(" waits for ") + firstWaits + arrow
                     + QStringLiteral("held by ") + second + QStringLiteral(" waits for ") + secondWaits + arrow
                     + QStringLiteral("held by ") + first);
    QVERIFY(!cycle.data(Qt::AccessibleDescriptionRole).toString().isEmpty());

    // Its steps navigate: clients, then the object each waits for.
    QCOMPARE(model.rowCount(cycle), 5);
    const quint64 firstId = qMin(m_a->id, m_b->id);
    QCOMPARE(model.index(0, 0, cycle).data(ProblemsModel::ClientIdRole).toULongLong(), firstId);
    QCOMPARE(model.index(1, 0, cycle).data(ProblemsModel::ObjectIdRole).toULongLong(),
             m_a->id < m_b->id ? two : one);
    QCOMPARE(model.index(1, 0, cycle).data(ProblemsModel::TypeIdRole).toString(), QStringLiteral("Lock"));
    QCOMPARE(model.index(2, 0, cycle).data(ProblemsModel::ClientIdRole).toULongLong(), qMax(m_a->id, m_b->id));
    QCOMPARE(model.index(4, 0, cycle).data(ProblemsModel::ClientIdRole).toULongLong(), firstId);

    // Killing one ends it: the survivor gets the Lock, and the cycle goes.
    m_a->killHard();
    QTRY_COMPARE_WITH_TIMEOUT(model.cycleCount(), 0, TimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(rowsOfKind(model, ProblemsModel::Kind::Deadlock).isEmpty(), TimeoutMs);
    QVERIFY(!cycle.isValid());
    // All of it read without the event loop waiting for the server (generous for a loaded
    // machine: a blocking read would wait for the whole round trip and more).
    QVERIFY2(loop.longestGapMs() < 250, qPrintable(QString::number(loop.longestGapMs())));
    QVERIFY(m_b->waitFor(QStringLiteral("t2 OK"), TimeoutMs));
}

void tst_ClientsProblems::clientsViewShowClientSelectsTheRow()
{
    ClientsView view(m_session.get());
    view.resize(1000, 400);
    view.show();
    QSignalSpy opened(&view, &ClientsView::objectActivated);
    m_lock1 = m_manager->Lock();
    QVERIFY(m_lock1);
    const quint64 lockId = m_lock1->token().objectId();
    std::unique_ptr<Worker> a = worker(QStringLiteral("worker-a"));
    QVERIFY(a);
    QVERIFY(!a->ask(QStringLiteral("acquire ") + m_lock1->token().toString()).isNull());

    // Asked for before its row may be there: selected when it comes.
    view.showClient(a->id);
    QTRY_COMPARE_WITH_TIMEOUT(view.currentClient(), a->id, TimeoutMs);
    const QModelIndexList selected = view.tableView()->selectionModel()->selectedRows();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.first().data(ClientModel::ClientIdRole).toULongLong(), a->id);

    // The details: its hold, and its references (read by walking the objects), as links.
    const auto findItem = [&view](const QString &section, const QString &text) -> QTreeWidgetItem * {
        QTreeWidget *details = view.detailsView();
        for (int i = 0; i < details->topLevelItemCount(); ++i) {
            QTreeWidgetItem *top = details->topLevelItem(i);
            if (!top->text(0).startsWith(section))
                continue;
            for (int j = 0; j < top->childCount(); ++j) {
                if (top->child(j)->text(0) == text)
                    return top->child(j);
            }
        }
        return nullptr;
    };
    const QString lock = QStringLiteral("Lock %1").arg(lockId);
    QTRY_VERIFY_WITH_TIMEOUT(findItem(QStringLiteral("Holds"), lock), TimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(findItem(QStringLiteral("References"), lock), TimeoutMs);
    saveScreenshot(&view, QStringLiteral("clients"));
    QTreeWidgetItem *hold = findItem(QStringLiteral("Holds"), lock);
    view.detailsView()->setCurrentItem(hold);
    QTest::keyClick(view.detailsView(), Qt::Key_Return);
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.at(0).at(0).toULongLong(), lockId);
    QCOMPARE(opened.at(0).at(1).toString(), QStringLiteral("Lock"));

    // Its own row: "(this inspector)".
    view.showClient(m_session->selfId());
    QCOMPARE(view.currentClient(), m_session->selfId());
    const QModelIndex own = view.tableView()->currentIndex().siblingAtColumn(ClientModel::NameColumn);
    QVERIFY2(own.data().toString().contains(QStringLiteral("(this inspector)")), qPrintable(own.data().toString()));

    // A killed client's row goes; the view says who went.
    view.showClient(a->id);
    a->killHard();
    QTRY_VERIFY_WITH_TIMEOUT(view.model()->rowOf(a->id) < 0, TimeoutMs);
    QCOMPARE(view.currentClient() == a->id, false);
}

void tst_ClientsProblems::problemsViewNavigates()
{
    ProblemsView view(m_session.get());
    view.resize(1000, 400);
    view.show();
    QSignalSpy objects(&view, &ProblemsView::objectActivated);
    QSignalSpy clients(&view, &ProblemsView::clientActivated);
    QVERIFY(makeDeadlock());
    QTRY_COMPARE_WITH_TIMEOUT(view.model()->cycleCount(), 1, TimeoutMs);
    QTreeView *tree = view.treeView();
    QTRY_VERIFY_WITH_TIMEOUT(tree->model()->rowCount() >= 1, TimeoutMs);
    const QModelIndex cycle = tree->model()->index(0, 0);
    QCOMPARE(cycle.data(ProblemsModel::KindRole).toInt(), int(ProblemsModel::Kind::Deadlock));
    // Flagged prominently: a banner in words, the chain expanded, an icon on the row.
    auto *banner = view.findChild<QWidget *>(QStringLiteral("deadlockBanner"));
    QVERIFY(banner);
    QTRY_VERIFY(banner->isVisible());
    QVERIFY(tree->isExpanded(cycle));
    QVERIFY(!cycle.data(Qt::DecorationRole).value<QIcon>().isNull());

    saveScreenshot(&view, QStringLiteral("problems"));

    // Enter on a step that is an object opens it; on a client, shows it.
    const QModelIndex waitsFor = tree->model()->index(1, 0, cycle);
    tree->setCurrentIndex(waitsFor);
    QTest::keyClick(tree, Qt::Key_Return);
    QCOMPARE(objects.size(), 1);
    QCOMPARE(objects.at(0).at(0).toULongLong(), waitsFor.data(ProblemsModel::ObjectIdRole).toULongLong());
    QCOMPARE(objects.at(0).at(1).toString(), QStringLiteral("Lock"));
    tree->setCurrentIndex(tree->model()->index(2, 0, cycle));
    QTest::keyClick(tree, Qt::Key_Return);
    QCOMPARE(clients.size(), 1);
    QCOMPARE(clients.at(0).at(0).toULongLong(), qMax(m_a->id, m_b->id));

    // The filter keeps what matches, steps included, and hides the rest.
    auto *filter = view.findChild<QLineEdit *>();
    QVERIFY(filter);
    filter->setText(QStringLiteral("nothing-matches-this"));
    QTRY_COMPARE(tree->model()->rowCount(), 0);
    filter->setText(QStringLiteral("worker-b"));
    QTRY_COMPARE(tree->model()->rowCount() >= 1, true);
    QCOMPARE(tree->model()->index(0, 0).data(ProblemsModel::KindRole).toInt(), int(ProblemsModel::Kind::Deadlock));
    filter->clear();

    m_b->killHard();
    QTRY_COMPARE_WITH_TIMEOUT(view.model()->cycleCount(), 0, TimeoutMs);
    QTRY_VERIFY(!banner->isVisible());
}

QTEST_MAIN(tst_ClientsProblems)
#include "tst_clientsproblems.moc"
