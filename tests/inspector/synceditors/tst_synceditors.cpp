// SPDX-License-Identifier: BSD-3-Clause
// The editors of Lock, Semaphore, Event, Condition, Barrier and Queue objects: what they show
// of real client processes (syncworker) that hold, wait and die, and what their actions do.
#include "transport.h"
#include "activitymodel.h"
#include "depthsparkline.h"
#include "inspectorsession.h"
#include "objecteditor.h"
#include "queuecontentsmodel.h"
#include "queueeditor.h"
#include "synceditor.h"
#include "syncrowsmodel.h"
#include "syncstatemodel.h"
#include "helperprocess.h"

#include <libmanager/syncmanager.h>

#include <QtGui/qaction.h>
#include <QtTest/qabstractitemmodeltester.h>
#include <QtCore/qelapsedtimer.h>
#include <QtCore/qtimer.h>
#include <QtTest/qsignalspy.h>
#include <QtTest/qtest.h>
#include <QtWidgets/qlabel.h>
#include <QtWidgets/qtableview.h>

#include <memory>

using namespace LibManager;
using namespace Inspector;

namespace {

class Worker : public TestSupport::HelperProcess
{
public:
    explicit Worker(const QStringList &arguments) : HelperProcess(TestSupport::Helper::SyncWorker, arguments) { }
};

// The pids of the clients in \a model's rows, in order.
QList<qint64> pids(QAbstractItemModel *model)
{
    QList<qint64> out;
    for (int row = 0; row < model->rowCount(); ++row)
        out.append(model->index(row, 0).data(SyncRowsModel::ClientPidRole).toLongLong());
    return out;
}

QList<int> counts(QAbstractItemModel *model)
{
    QList<int> out;
    for (int row = 0; row < model->rowCount(); ++row)
        out.append(model->index(row, 0).data(SyncRowsModel::CountRole).toInt());
    return out;
}

// With SYNCEDITORS_SCREENSHOTS=DIR, saves \a widget as DIR/NAME.png, to look at as a user would.
void screenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("SYNCEDITORS_SCREENSHOTS");
    if (dir.isEmpty())
        return;
    widget->resize(900, 520);
    widget->show();
    QCoreApplication::processEvents();
    widget->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

} // namespace

class tst_SyncEditors : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void factoryMakesTheEditors_data();
    void factoryMakesTheEditors();
    void lockHolderAndWaitersFollowProcesses();
    void semaphorePermitsPerClient();
    void eventSetAndClearFromTheEditor();
    void conditionWaitersAndNotify();
    void conditionLinksToItsLock();
    void notifyWaitsForTheLockWithoutBlocking();
    void barrierArrivalsAndAbort();
    void readOnlyDisablesEveryMutatingAction();
    void queuePeekDoesNotConsume();
    void queueGettersAndGet();
    void editorsComeBackAfterReconnect();
    void editorSaysObjectGone();

private:
    QStringList args(const QString &mode, const QStringList &rest) const
    {
        return QStringList { mode, m_manager->address(), QString::fromLatin1(m_key.toHex()) } + rest;
    }
    std::unique_ptr<Worker> start(const QString &mode, const QStringList &rest)
    {
        return std::make_unique<Worker>(args(mode, rest));
    }
    template<typename E>
    std::unique_ptr<E> editor(const Proxy &proxy)
    {
        ObjectEditor *made = createObjectEditor(m_session.get(), proxy.token().objectId(), proxy.token().typeId());
        auto *typed = qobject_cast<E *>(made);
        if (!typed)
            delete made;
        return std::unique_ptr<E>(typed);
    }

    const QByteArray m_key = QByteArrayLiteral("synceditors-key");
    std::unique_ptr<SyncManager> m_manager;
    std::unique_ptr<InspectorSession> m_session;
};

void tst_SyncEditors::init()
{
    m_manager = std::make_unique<SyncManager>(QString(), m_key);
    TestSupport::configure(*m_manager);
    QVERIFY2(m_manager->start(), qPrintable(m_manager->errorString()));
    m_session = std::make_unique<InspectorSession>();
    m_session->setAddress(m_manager->address());
    m_session->setAuthKey(m_key);
    QVERIFY2(m_session->open(), qPrintable(m_session->lastErrorString()));
}

void tst_SyncEditors::cleanup()
{
    m_session.reset();
    m_manager.reset();
}

void tst_SyncEditors::factoryMakesTheEditors_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<bool>("queue");
    for (const char *type : { "Lock", "RLock", "Semaphore", "BoundedSemaphore", "Condition", "Event", "Barrier" })
        QTest::newRow(type) << QString::fromLatin1(type) << false;
    QTest::newRow("Queue") << QStringLiteral("Queue") << true;
    QTest::newRow("JoinableQueue") << QStringLiteral("JoinableQueue") << true;
}

void tst_SyncEditors::factoryMakesTheEditors()
{
    QFETCH(QString, type);
    QFETCH(bool, queue);
    std::unique_ptr<Proxy> proxy = type == QLatin1String("Barrier") ? m_manager->create(type, { 2 })
                                                                    : m_manager->create(type);
    QVERIFY2(proxy, qPrintable(m_manager->errorString()));
    std::unique_ptr<ObjectEditor> made(createObjectEditor(m_session.get(), proxy->token().objectId(), type));
    QVERIFY(made);
    if (queue) {
        auto *editor = qobject_cast<QueueEditor *>(made.get());
        QVERIFY(editor);
        QVERIFY(editor->proxy());
        QTRY_VERIFY(editor->waitersModel()->hasState());
        QVERIFY2(editor->headerText().contains(QLatin1String("nobody waiting")), qPrintable(editor->headerText()));
    } else {
        auto *editor = qobject_cast<SyncEditor *>(made.get());
        QVERIFY(editor);
        QVERIFY(editor->proxy());
        QTRY_VERIFY(editor->model()->hasState());
        QCOMPARE(editor->model()->state().kind, type == QLatin1String("BoundedSemaphore") ? type : type);
        QVERIFY2(editor->headerText().startsWith(made->title()), qPrintable(editor->headerText()));
    }
}

void tst_SyncEditors::lockHolderAndWaitersFollowProcesses()
{
    auto lock = m_manager->Lock();
    const QString token = lock->token().toString();
    auto editor = this->editor<SyncEditor>(*lock);
    QVERIFY(editor);
    editor->show();
    QAbstractItemModelTester holdersTester(editor->model()->holders());
    QAbstractItemModelTester waitersTester(editor->model()->waiters());
    QAbstractItemModel *holders = editor->model()->holders();
    QAbstractItemModel *waiters = editor->model()->waiters();

    auto first = start(QStringLiteral("acquire"), { token, QStringLiteral("-1"), QStringLiteral("hold") });
    QVERIFY2(first->waitFor(QStringLiteral("HELD")), qPrintable(first->log()));
    auto second = start(QStringLiteral("acquire"), { token, QStringLiteral("-1"), QStringLiteral("hold") });
    QVERIFY2(second->waitFor(QStringLiteral("WAITING")), qPrintable(second->log()));

    QTRY_COMPARE(pids(holders), QList<qint64> { first->pid() });
    QTRY_COMPARE(pids(waiters), QList<qint64> { second->pid() });
    const quint64 holderId = holders->index(0, 0).data(SyncRowsModel::ClientIdRole).toULongLong();
    QCOMPARE(editor->model()->state().owner, holderId);
    QVERIFY(holderId != 0);
    QCOMPARE(waiters->index(0, SyncRowsModel::WaiterCall).data().toString(), QStringLiteral("acquire()"));
    QTRY_COMPARE(waiters->index(0, SyncRowsModel::WaiterDeadline).data().toString(), QStringLiteral("none"));
    QVERIFY2(editor->headerText().contains(QStringLiteral("held by ")), qPrintable(editor->headerText()));
    QVERIFY2(editor->headerText().contains(QStringLiteral("(client %1)").arg(holderId)), qPrintable(editor->headerText()));
    QVERIFY2(editor->headerText().contains(QStringLiteral("1 waiting")), qPrintable(editor->headerText()));
    screenshot(editor.get(), QStringLiteral("lock"));
    // Elapsed times tick only while the editor is visible, and the header follows them.
    QVERIFY(editor->model()->isTicking());
    QSignalSpy ticks(editor->model(), &SyncStateModel::tick);
    QTRY_VERIFY_WITH_TIMEOUT(ticks.size() >= 1, 3000);
    editor->hide();
    QVERIFY(!editor->model()->isTicking());
    editor->show();

    // The holder dies: the waiter holds it now, and nobody waits.
    first->killHard();
    QTRY_COMPARE(pids(holders), QList<qint64> { second->pid() });
    QTRY_COMPARE(waiters->rowCount(), 0);
    QVERIFY2(second->waitFor(QStringLiteral("HELD")), qPrintable(second->log()));
    QTRY_VERIFY2(editor->headerText().contains(QStringLiteral("nobody waiting")), qPrintable(editor->headerText()));

    // A waiter dies: it leaves the queue.
    auto third = start(QStringLiteral("acquire"), { token, QStringLiteral("5000"), QStringLiteral("hold") });
    QVERIFY2(third->waitFor(QStringLiteral("WAITING")), qPrintable(third->log()));
    QTRY_COMPARE(pids(waiters), QList<qint64> { third->pid() });
    // Its timeout is known: a deadline about 5 s after it started waiting.
    QTRY_VERIFY(waiters->index(0, SyncRowsModel::WaiterDeadline).data().toString().contains(QLatin1String("(in ")));
    third->killHard();
    QTRY_COMPARE(waiters->rowCount(), 0);
    QCOMPARE(pids(holders), QList<qint64> { second->pid() });

    // The client column is a link.
    QSignalSpy clients(editor.get(), &ObjectEditor::clientActivated);
    Q_EMIT editor->holdersView()->activated(holders->index(0, SyncRowsModel::HolderClient));
    QCOMPARE(clients.size(), 1);
    QCOMPARE(clients.at(0).at(0).toULongLong(), holders->index(0, 0).data(SyncRowsModel::ClientIdRole).toULongLong());

    // "Release as inspector", confirmed with the holder's name: the lock is free.
    QString question;
    editor->setConfirmation([&](const QString &, const QString &text) {
        question = text;
        return true;
    });
    QAction *release = editor->action(QStringLiteral("releaseAsInspector"));
    QVERIFY(release && release->isEnabled() && release->property("mutating").toBool());
    release->trigger();
    QVERIFY2(question.contains(QStringLiteral("Lock %1").arg(lock->token().objectId()))
                     && question.contains(QStringLiteral("syncworker")),
             qPrintable(question));
    QTRY_COMPARE(holders->rowCount(), 0);
    QVERIFY(!lock->isLocked());
    QTRY_VERIFY(!release->isEnabled()); // nothing left to release
}

void tst_SyncEditors::semaphorePermitsPerClient()
{
    auto semaphore = m_manager->Semaphore(3);
    const QString token = semaphore->token().toString();
    auto editor = this->editor<SyncEditor>(*semaphore);
    QVERIFY(editor);
    QAbstractItemModelTester holdersTester(editor->model()->holders());
    QAbstractItemModelTester waitersTester(editor->model()->waiters());
    auto two = start(QStringLiteral("acquire"), { token, QStringLiteral("-1"), QStringLiteral("hold"), QStringLiteral("2") });
    QVERIFY2(two->waitFor(QStringLiteral("HELD")), qPrintable(two->log()));
    auto one = start(QStringLiteral("acquire"), { token, QStringLiteral("-1"), QStringLiteral("hold") });
    QVERIFY2(one->waitFor(QStringLiteral("HELD")), qPrintable(one->log()));
    auto waiting = start(QStringLiteral("acquire"), { token, QStringLiteral("-1"), QStringLiteral("hold") });
    QVERIFY2(waiting->waitFor(QStringLiteral("WAITING")), qPrintable(waiting->log()));

    QAbstractItemModel *holders = editor->model()->holders();
    QTRY_COMPARE(holders->rowCount(), 2);
    QTRY_COMPARE(pids(editor->model()->waiters()), QList<qint64> { waiting->pid() });
    QHash<qint64, int> permits;
    for (int row = 0; row < holders->rowCount(); ++row)
        permits.insert(pids(holders).at(row), counts(holders).at(row));
    QCOMPARE(permits.value(two->pid()), 2);
    QCOMPARE(permits.value(one->pid()), 1);
    QVERIFY2(editor->headerText().contains(QStringLiteral("0 of 3 permit")), qPrintable(editor->headerText()));
    QVERIFY2(editor->headerText().contains(QStringLiteral("exhausted")), qPrintable(editor->headerText()));
    screenshot(editor.get(), QStringLiteral("semaphore"));

    // Release 1 from the editor: the waiter gets it.
    QStringList asked;
    editor->setConfirmation([&](const QString &, const QString &question) {
        asked << question;
        return true;
    });
    editor->setReleaseCount(1);
    QTRY_VERIFY(editor->action(QStringLiteral("release"))->isEnabled());
    editor->action(QStringLiteral("release"))->trigger();
    QCOMPARE(asked.size(), 1);
    QVERIFY2(asked.first().contains(QStringLiteral("Semaphore %1").arg(semaphore->token().objectId())), qPrintable(asked.first()));
    QTRY_VERIFY2_WITH_TIMEOUT(waiting->hasLine(QStringLiteral("HELD")), qPrintable(waiting->log()), 20000);
    QTRY_COMPARE(holders->rowCount(), 3);
    QTRY_COMPARE(editor->model()->waiters()->rowCount(), 0);

    // One holder dies: its permits come back.
    two->killHard();
    QTRY_COMPARE(holders->rowCount(), 2);
    QTRY_COMPARE(editor->model()->state().value, 2);
}

void tst_SyncEditors::eventSetAndClearFromTheEditor()
{
    auto event = m_manager->Event();
    const QString token = event->token().toString();
    auto editor = this->editor<SyncEditor>(*event);
    QVERIFY(editor);
    QAbstractItemModelTester waitersTester(editor->model()->waiters());
    auto waiter = start(QStringLiteral("event-wait"), { token, QStringLiteral("-1") });
    QVERIFY2(waiter->waitFor(QStringLiteral("WAITING")), qPrintable(waiter->log()));
    QTRY_COMPARE(pids(editor->model()->waiters()), QList<qint64> { waiter->pid() });
    QTRY_VERIFY2(editor->headerText().contains(QStringLiteral("cleared")), qPrintable(editor->headerText()));

    int confirmations = 0;
    editor->setConfirmation([&](const QString &, const QString &question) {
        ++confirmations;
        return question.contains(editor->title());
    });
    const int logged = m_session->activity()->rowCount();
    QAction *set = editor->action(QStringLiteral("set"));
    QVERIFY(set && set->isEnabled());
    QVERIFY(set->property("mutating").toBool());
    set->trigger();
    QCOMPARE(confirmations, 1);
    QTRY_VERIFY2_WITH_TIMEOUT(waiter->hasLine(QStringLiteral("EVENT 1")), qPrintable(waiter->log()), 20000);
    QTRY_VERIFY(editor->model()->state().isSet);
    QTRY_VERIFY2(editor->headerText().contains(QStringLiteral(" — set")), qPrintable(editor->headerText()));
    QTRY_COMPARE(editor->model()->waiters()->rowCount(), 0);
    QVERIFY(event->isSet());
    QTRY_VERIFY(m_session->activity()->rowCount() > logged);
    const ActivityModel::Entry &entry = m_session->activity()->entry(m_session->activity()->rowCount() - 1);
    QCOMPARE(entry.event, QStringLiteral("set"));
    QCOMPARE(entry.source, ActivityModel::Source::Inspector);
    QVERIFY(!entry.failed);

    // Declined: nothing happens.
    editor->setConfirmation([](const QString &, const QString &) { return false; });
    editor->action(QStringLiteral("clear"))->trigger();
    QVERIFY(event->isSet());
    editor->setConfirmation([](const QString &, const QString &) { return true; });
    editor->action(QStringLiteral("clear"))->trigger();
    QTRY_VERIFY(!editor->model()->state().isSet);
    QTRY_VERIFY2(editor->headerText().contains(QStringLiteral("cleared")), qPrintable(editor->headerText()));
    QVERIFY(!event->isSet());

    // Set by another process: the view follows too, and says by whom.
    auto setter = start(QStringLiteral("event-set"), { token });
    QVERIFY2(setter->waitFor(QStringLiteral("OK")), qPrintable(setter->log()));
    QTRY_VERIFY(editor->model()->state().isSet);
    QTRY_VERIFY2(editor->headerText().contains(QStringLiteral("ago by syncworker")), qPrintable(editor->headerText()));

    // A new editor learns since when it is set from the object list.
    auto later = this->editor<SyncEditor>(*event);
    QVERIFY(later);
    QTRY_VERIFY2(later->headerText().contains(QStringLiteral(" — set ")) && later->headerText().contains(QStringLiteral("ago")),
                 qPrintable(later->headerText()));
}

void tst_SyncEditors::conditionWaitersAndNotify()
{
    auto condition = m_manager->Condition();
    const QString token = condition->token().toString();
    auto editor = this->editor<SyncEditor>(*condition);
    QVERIFY(editor);
    QAbstractItemModelTester waitersTester(editor->model()->waiters());
    QAbstractItemModelTester holdersTester(editor->model()->holders());
    auto waiter = start(QStringLiteral("condition-wait"), { token, QStringLiteral("-1") });
    QVERIFY2(waiter->waitFor(QStringLiteral("WAITING")), qPrintable(waiter->log()));
    QAbstractItemModel *waiters = editor->model()->waiters();
    QTRY_COMPARE(pids(waiters), QList<qint64> { waiter->pid() });
    QCOMPARE(waiters->index(0, SyncRowsModel::WaiterCall).data().toString(), QStringLiteral("wait()"));
    screenshot(editor.get(), QStringLiteral("condition"));
    QTRY_VERIFY(editor->action(QStringLiteral("notify"))->isEnabled());
    editor->setConfirmation([](const QString &, const QString &) { return true; });
    editor->action(QStringLiteral("notify"))->trigger();
    QTRY_VERIFY2_WITH_TIMEOUT(waiter->hasLine(QStringLiteral("NOTIFIED 1")), qPrintable(waiter->log()), 20000);
    QTRY_VERIFY2_WITH_TIMEOUT(waiter->hasLine(QStringLiteral("RELEASED 1")), qPrintable(waiter->log()), 20000);
    QTRY_COMPARE(waiters->rowCount(), 0);
    // The inspector gave the lock back.
    QTRY_VERIFY(!editor->model()->state().locked);
    QVERIFY(condition->acquire(5000));
    QVERIFY(condition->release());
}

void tst_SyncEditors::conditionLinksToItsLock()
{
    auto lock = m_manager->RLock();
    auto condition = m_manager->Condition(lock.get());
    const QString token = condition->token().toString();
    auto editor = this->editor<SyncEditor>(*condition);
    QVERIFY(editor);
    const QString lockName = QStringLiteral("RLock %1").arg(lock->token().objectId());
    QTRY_VERIFY2(editor->headerText().contains(lockName), qPrintable(editor->headerText()));
    QSignalSpy objects(editor.get(), &ObjectEditor::objectActivated);
    auto *header = editor->findChild<QLabel *>(QStringLiteral("stateHeader"));
    QVERIFY(header);
    QVERIFY(header->text().contains(QStringLiteral("object:RLock:%1").arg(lock->token().objectId())));
    Q_EMIT header->linkActivated(QStringLiteral("object:RLock:%1").arg(lock->token().objectId()));
    QCOMPARE(objects.size(), 1);
    QCOMPARE(objects.at(0).at(0).toULongLong(), lock->token().objectId());
    QCOMPARE(objects.at(0).at(1).toString(), QStringLiteral("RLock"));

    // Holds of the lock taken through the lock itself show too: they are the Condition's.
    auto holder = start(QStringLiteral("acquire"), { lock->token().toString(), QStringLiteral("-1"), QStringLiteral("hold") });
    QVERIFY2(holder->waitFor(QStringLiteral("HELD")), qPrintable(holder->log()));
    QTRY_COMPARE(pids(editor->model()->holders()), QList<qint64> { holder->pid() });
    auto waiter = start(QStringLiteral("acquire"), { token, QStringLiteral("-1"), QStringLiteral("exit") });
    QVERIFY2(waiter->waitFor(QStringLiteral("WAITING")), qPrintable(waiter->log()));
    QTRY_COMPARE(pids(editor->model()->waiters()), QList<qint64> { waiter->pid() });
    QCOMPARE(editor->model()->waiters()->index(0, SyncRowsModel::WaiterCall).data().toString(), QStringLiteral("acquire()"));
    holder->killHard();
    QTRY_COMPARE(editor->model()->waiters()->rowCount(), 0);
}

// Notify needs the Condition's lock: held by another process, the inspector queues for it
// (and shows itself there) without blocking its event loop, and gives up after its timeout.
void tst_SyncEditors::notifyWaitsForTheLockWithoutBlocking()
{
    auto lock = m_manager->Lock();
    auto condition = m_manager->Condition(lock.get());
    auto editor = this->editor<SyncEditor>(*condition);
    QVERIFY(editor);
    QAbstractItemModelTester tester(editor->model()->waiters());
    auto waiter = start(QStringLiteral("condition-wait"), { condition->token().toString(), QStringLiteral("-1") });
    QVERIFY2(waiter->waitFor(QStringLiteral("WAITING")), qPrintable(waiter->log()));
    auto holder = start(QStringLiteral("acquire"), { lock->token().toString(), QStringLiteral("-1"), QStringLiteral("hold") });
    QVERIFY2(holder->waitFor(QStringLiteral("HELD")), qPrintable(holder->log()));
    QTRY_VERIFY(editor->action(QStringLiteral("notify"))->isEnabled());
    QTRY_COMPARE(pids(editor->model()->holders()), QList<qint64> { holder->pid() });

    editor->setConfirmation([](const QString &, const QString &) { return true; });
    int ticks = 0;
    QTimer ticker;
    connect(&ticker, &QTimer::timeout, this, [&] { ++ticks; });
    ticker.start(50);
    QElapsedTimer clock;
    clock.start();
    editor->action(QStringLiteral("notify"))->trigger();
    QVERIFY2(clock.elapsed() < 200, "triggering Notify blocked");
    // The inspector is in the lock's queue, after the Condition's waiter.
    const quint64 self = m_session->selfId();
    QAbstractItemModel *waiters = editor->model()->waiters();
    QTRY_VERIFY([&] {
        for (int row = 0; row < waiters->rowCount(); ++row) {
            if (waiters->index(row, 0).data(SyncRowsModel::ClientIdRole).toULongLong() == self)
                return waiters->index(row, SyncRowsModel::WaiterClient).data().toString().startsWith(QLatin1String("this inspector"));
        }
        return false;
    }());
    ActivityModel *activity = m_session->activity();
    QTRY_VERIFY_WITH_TIMEOUT(activity->rowCount() > 0 && activity->entry(activity->rowCount() - 1).event == QLatin1String("acquire"), 10000);
    QVERIFY2(ticks >= 20, qPrintable(QString::number(ticks)));
    // Not notified; the waiter still waits, and the inspector left the queue.
    QVERIFY(!waiter->hasLine(QStringLiteral("NOTIFIED")));
    QTRY_COMPARE(pids(waiters), QList<qint64> { waiter->pid() });
}

void tst_SyncEditors::barrierArrivalsAndAbort()
{
    auto barrier = m_manager->Barrier(3);
    const QString token = barrier->token().toString();
    auto editor = this->editor<SyncEditor>(*barrier);
    QVERIFY(editor);
    QAbstractItemModelTester holdersTester(editor->model()->holders());
    auto first = start(QStringLiteral("barrier-wait"), { token });
    QVERIFY2(first->waitFor(QStringLiteral("WAITING")), qPrintable(first->log()));
    QTRY_COMPARE(pids(editor->model()->holders()), QList<qint64> { first->pid() });
    auto second = start(QStringLiteral("barrier-wait"), { token });
    QVERIFY2(second->waitFor(QStringLiteral("WAITING")), qPrintable(second->log()));
    QTRY_COMPARE(pids(editor->model()->holders()), (QList<qint64> { first->pid(), second->pid() }));
    QTRY_VERIFY2(editor->headerText().contains(QStringLiteral("2 of 3 part")), qPrintable(editor->headerText()));
    QString question;
    editor->setConfirmation([&](const QString &, const QString &text) {
        question = text;
        return true;
    });
    editor->action(QStringLiteral("abort"))->trigger();
    QVERIFY2(question.contains(QStringLiteral("2 waiting client")), qPrintable(question));
    QTRY_VERIFY2_WITH_TIMEOUT(first->hasLine(QStringLiteral("ERROR BrokenBarrier")), qPrintable(first->log()), 20000);
    QTRY_VERIFY2_WITH_TIMEOUT(second->hasLine(QStringLiteral("ERROR BrokenBarrier")), qPrintable(second->log()), 20000);
    QTRY_VERIFY(editor->model()->state().broken);
    QTRY_VERIFY2(editor->headerText().contains(QStringLiteral("broken")), qPrintable(editor->headerText()));
    editor->action(QStringLiteral("reset"))->trigger();
    QTRY_VERIFY(!editor->model()->state().broken);
}

void tst_SyncEditors::readOnlyDisablesEveryMutatingAction()
{
    std::vector<std::unique_ptr<Proxy>> objects;
    objects.push_back(m_manager->Lock());
    objects.push_back(m_manager->Semaphore(2));
    objects.push_back(m_manager->BoundedSemaphore(2));
    objects.push_back(m_manager->Condition());
    objects.push_back(m_manager->Event());
    objects.push_back(m_manager->Barrier(2));
    objects.push_back(m_manager->Queue());
    objects.push_back(m_manager->JoinableQueue());
    auto held = m_manager->Lock();
    QVERIFY(held->acquire());
    objects.push_back(std::move(held));
    std::vector<std::unique_ptr<ObjectEditor>> editors;
    for (const auto &object : objects)
        editors.emplace_back(createObjectEditor(m_session.get(), object->token().objectId(), object->token().typeId()));

    const auto mutatingActions = [&] {
        QList<QAction *> out;
        for (const auto &editor : editors) {
            const QList<QAction *> actions = editor->findChildren<QAction *>();
            for (QAction *action : actions) {
                if (action->property("mutating").toBool())
                    out.append(action);
            }
        }
        return out;
    };
    // Read-write: every type has some, and they are enabled (the held Lock's release, Event's Set...).
    QVERIFY(mutatingActions().size() >= 12);
    const auto enabledCount = [&] {
        const QList<QAction *> actions = mutatingActions();
        return std::count_if(actions.cbegin(), actions.cend(), [](QAction *a) { return a->isEnabled(); });
    };
    QTRY_VERIFY(enabledCount() >= 10);
    m_session->setReadOnlyRequested(true);
    for (QAction *action : mutatingActions())
        QVERIFY2(!action->isEnabled(), qPrintable(action->objectName() + QLatin1Char(' ') + action->text()));
    // A new state does not enable them again.
    for (const auto &editor : editors) {
        if (auto *sync = qobject_cast<SyncEditor *>(editor.get()))
            sync->model()->refresh();
    }
    QTRY_VERIFY(std::none_of(editors.cbegin(), editors.cend(), [](const auto &editor) {
        auto *sync = qobject_cast<SyncEditor *>(editor.get());
        return sync && sync->model()->isBusy();
    }));
    for (QAction *action : mutatingActions())
        QVERIFY2(!action->isEnabled(), qPrintable(action->objectName()));
    // Triggered anyway (a shortcut): nothing happens.
    auto *event = qobject_cast<SyncEditor *>(editors.at(4).get());
    QVERIFY(event);
    event->setConfirmation([](const QString &, const QString &) { return true; });
    event->action(QStringLiteral("set"))->setEnabled(true);
    event->action(QStringLiteral("set"))->trigger();
    QTest::qWait(0);
    QVERIFY(!static_cast<EventProxy *>(objects.at(4).get())->isSet());
    m_session->setReadOnlyRequested(false);
    QTRY_VERIFY(event->action(QStringLiteral("set"))->isEnabled());
}

void tst_SyncEditors::queuePeekDoesNotConsume()
{
    auto queue = m_manager->Queue(10);
    QVERIFY(queue->put(1));
    QVERIFY(queue->put(QStringLiteral("two")));
    QVERIFY(queue->put(3.5));
    auto editor = this->editor<QueueEditor>(*queue);
    QVERIFY(editor);
    QueueContentsModel *contents = editor->contents();
    QAbstractItemModelTester tester(contents);
    QTRY_COMPARE(contents->rowCount(), 3);
    QCOMPARE(contents->index(0, QueueContentsModel::ValueColumn).data(QueueContentsModel::ValueRole).toInt(), 1);
    QCOMPARE(contents->index(1, QueueContentsModel::ValueColumn).data().toString(), QStringLiteral("'two'"));
    QCOMPARE(contents->index(1, QueueContentsModel::TypeColumn).data().toString(), QStringLiteral("str"));
    QCOMPARE(contents->index(2, QueueContentsModel::TypeColumn).data().toString(), QStringLiteral("float"));
    QCOMPARE(queue->qsize(), 3);
    QTRY_VERIFY2(editor->headerText().contains(QStringLiteral("3 item")), qPrintable(editor->headerText()));

    // Put from the editor: the contents, the size and the sparkline follow.
    editor->put(42);
    QTRY_COMPARE(contents->rowCount(), 4);
    QCOMPARE(contents->index(3, QueueContentsModel::ValueColumn).data(QueueContentsModel::ValueRole).toInt(), 42);
    QTRY_COMPARE(editor->sparkline()->lastSample(), qint64(4));
    screenshot(editor.get(), QStringLiteral("queue"));
    QCOMPARE(queue->qsize(), 4);

    // Paging: more than a page loads as the view asks for it.
    contents->setPageSize(2);
    for (int i = 0; i < 3; ++i)
        QVERIFY(queue->put(100 + i));
    QTRY_COMPARE(contents->queueSize(), qint64(7));
    QTRY_VERIFY(!contents->isLoading());
    while (contents->canFetchMore({})) {
        contents->fetchMore({});
        QTRY_VERIFY(!contents->isLoading());
    }
    QCOMPARE(contents->rowCount(), 7);
    QCOMPARE(contents->index(6, QueueContentsModel::ValueColumn).data(QueueContentsModel::ValueRole).toInt(), 102);
    QCOMPARE(queue->qsize(), 7);

    // Paused: the depth still moves, the contents wait for the resume.
    m_session->setPaused(true);
    QVERIFY(queue->put(8));
    QTRY_COMPARE(editor->sparkline()->lastSample(), qint64(8));
    QCOMPARE(contents->rowCount(), 7);
    m_session->setPaused(false);
    QTRY_COMPARE(contents->rowCount(), 8);
}

void tst_SyncEditors::queueGettersAndGet()
{
    auto queue = m_manager->Queue();
    const QString token = queue->token().toString();
    auto editor = this->editor<QueueEditor>(*queue);
    QVERIFY(editor);
    QAbstractItemModelTester tester(editor->waitersModel()->waiters());
    auto getter = start(QStringLiteral("queue-get"), { token, QStringLiteral("-1") });
    QVERIFY2(getter->waitFor(QStringLiteral("WAITING")), qPrintable(getter->log()));
    QAbstractItemModel *waiters = editor->waitersModel()->waiters();
    QTRY_COMPARE(pids(waiters), QList<qint64> { getter->pid() });
    QCOMPARE(waiters->index(0, SyncRowsModel::WaiterCall).data().toString(), QStringLiteral("get()"));
    QTRY_VERIFY2(editor->headerText().contains(QStringLiteral("1 getter")), qPrintable(editor->headerText()));
    editor->put(QStringLiteral("hello"));
    QTRY_VERIFY2_WITH_TIMEOUT(getter->hasLine(QStringLiteral("GOT hello")), qPrintable(getter->log()), 20000);
    QTRY_COMPARE(waiters->rowCount(), 0);

    // Get, confirmed: the item leaves the queue and goes to the log.
    QVERIFY(queue->put(7));
    QTRY_COMPARE(editor->contents()->rowCount(), 1);
    QString question;
    editor->setConfirmation([&](const QString &, const QString &text) {
        question = text;
        return true;
    });
    editor->action(QStringLiteral("get"))->trigger();
    QVERIFY2(question.contains(QStringLiteral("Queue %1").arg(queue->token().objectId())), qPrintable(question));
    QTRY_COMPARE(queue->qsize(), 0);
    QTRY_COMPARE(editor->contents()->rowCount(), 0);
    ActivityModel *activity = m_session->activity();
    QTRY_VERIFY(activity->rowCount() > 0 && activity->entry(activity->rowCount() - 1).event == QLatin1String("get"));
    QCOMPARE(activity->entry(activity->rowCount() - 1).details, QStringLiteral("7"));
}

void tst_SyncEditors::editorsComeBackAfterReconnect()
{
    auto lock = m_manager->Lock();
    auto queue = m_manager->Queue();
    auto lockEditor = this->editor<SyncEditor>(*lock);
    auto queueEditor = this->editor<QueueEditor>(*queue);
    QVERIFY(lockEditor && queueEditor);
    QTRY_VERIFY(lockEditor->model()->hasState());
    const Proxy *oldProxy = lockEditor->proxy();
    m_session->close();
    QVERIFY2(m_session->open(), qPrintable(m_session->lastErrorString()));
    QVERIFY(lockEditor->proxy() && lockEditor->proxy() != oldProxy);
    QVERIFY(lockEditor->proxy()->isConnected());
    QVERIFY(queueEditor->proxy() && queueEditor->proxy()->isConnected());
    // Live again over the new connection.
    auto holder = start(QStringLiteral("acquire"), { lock->token().toString(), QStringLiteral("-1"), QStringLiteral("hold") });
    QVERIFY2(holder->waitFor(QStringLiteral("HELD")), qPrintable(holder->log()));
    QTRY_COMPARE(pids(lockEditor->model()->holders()), QList<qint64> { holder->pid() });
    QVERIFY(queue->put(5));
    QTRY_COMPARE(queueEditor->contents()->rowCount(), 1);
    QTRY_COMPARE(queueEditor->sparkline()->lastSample(), qint64(1));
}

void tst_SyncEditors::editorSaysObjectGone()
{
    auto lock = m_manager->Lock();
    auto editor = this->editor<SyncEditor>(*lock);
    QVERIFY(editor);
    QSignalSpy gone(editor.get(), &ObjectEditor::objectGone);
    QTRY_VERIFY(editor->model()->hasState());
    lock.reset();
    QTRY_COMPARE(gone.size(), 1);
}

QTEST_MAIN(tst_SyncEditors)
#include "tst_synceditors.moc"
