// SPDX-License-Identifier: BSD-3-Clause
// The Objects dock: ObjectTreeModel against a real server (SyncManager::start()) while a
// clientworker process makes, changes, holds and drops objects; checked with
// QAbstractItemModelTester throughout. Then its filter proxy, flat mode, pause, that the
// inspector holds no references, and the ObjectBrowser widget (filter, Enter, context
// actions) offscreen.

#include "transport.h"
#include "serverprogram.h"
#include "helperprocess.h"

#include "detailsview.h"
#include "inspectorsession.h"
#include "objectbrowser.h"
#include "objectfilterproxy.h"
#include "objecttreemodel.h"

#include <libmanager/dictproxy.h>
#include <libmanager/introspector.h>
#include <libmanager/listproxy.h>
#include <libmanager/lockproxy.h>
#include <libmanager/syncmanager.h>

#include <QtGui/qclipboard.h>
#include <QtGui/qicon.h>
#include <QtGui/qaction.h>
#include <QtTest/qabstractitemmodeltester.h>
#include <QtTest/qsignalspy.h>
#include <QtTest/qtest.h>
#include <QtWidgets/qapplication.h>
#include <QtWidgets/qlabel.h>
#include <QtWidgets/qlineedit.h>
#include <QtWidgets/qplaintextedit.h>
#include <QtWidgets/qtoolbutton.h>
#include <QtWidgets/qtreeview.h>

#include <QtCore/qelapsedtimer.h>
#include <QtCore/qfile.h>
#include <QtCore/qtemporarydir.h>
#include <QtCore/qtimer.h>

#include <memory>
#include <vector>

using namespace LibManager;
using Inspector::InspectorSession;
using Inspector::ObjectFilterProxy;
using Inspector::ObjectTreeModel;

namespace {

using Worker = TestSupport::ClientWorker;

/*! The references of every object, read by the test's own client. */
QHash<quint64, qint64> referenceCounts(SyncManager *manager)
{
    QHash<quint64, qint64> counts;
    const auto introspector = manager->introspector();
    quint64 after = 0;
    while (true) {
        const ObjectPage page = introspector->objectsPage(after, 1000);
        for (const ObjectInfo &info : page.objects)
            counts.insert(info.id, info.references);
        if (page.atEnd || page.objects.isEmpty())
            break;
        after = page.next;
    }
    return counts;
}

QModelIndex groupIndex(const QAbstractItemModel &model, const QString &title)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row, 0);
        if (index.data(ObjectTreeModel::GroupTitleRole).toString() == title)
            return index;
    }
    return {};
}

int objectRows(const QAbstractItemModel &model)
{
    int rows = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row, 0);
        rows += index.data(ObjectTreeModel::IsGroupRole).toBool() ? model.rowCount(index) : 1;
    }
    return rows;
}

} // namespace

class tst_ObjectTree : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void snapshotHasGroupsAndCounts();
    void followsAnotherProcess();
    void holdersAndStateFilter();
    void flatMode();
    void filterProxy();
    void pausedEventsApplyOnResume();
    void observesWithoutOwning();
    void browserFiltersAndOpens();
    void detailsFollowTheObject();
    void manyObjectsDoNotFreeze();
    void reconnectReadsTheNewServer();

private:
    std::unique_ptr<Worker> worker(const QString &name);
    bool waitLoaded(ObjectTreeModel &model);

    const QByteArray m_key = QByteArrayLiteral("object-tree-suite");
    std::unique_ptr<SyncManager> m_manager;
    std::unique_ptr<InspectorSession> m_session;
};

void tst_ObjectTree::initTestCase()
{
    m_manager = std::make_unique<SyncManager>(QString(), m_key);
    TestSupport::configure(*m_manager);
    QVERIFY2(m_manager->start(), qPrintable(m_manager->errorString()));
}

void tst_ObjectTree::init()
{
    m_session = std::make_unique<InspectorSession>();
    m_session->setAddress(m_manager->address());
    m_session->setAuthKey(m_key);
    QVERIFY2(m_session->open(), qPrintable(m_session->lastErrorString()));
}

void tst_ObjectTree::cleanup()
{
    m_session.reset();
}

void tst_ObjectTree::cleanupTestCase()
{
    m_manager.reset();
}

std::unique_ptr<Worker> tst_ObjectTree::worker(const QString &name)
{
    auto made = std::make_unique<Worker>(
            QStringList { m_manager->address(), QString::fromLatin1(m_key.toHex()), name });
    const QString id = made->waitForLine(QStringLiteral("CONNECTED"));
    if (id.isNull())
        return nullptr;
    made->id = id.toULongLong();
    return made;
}

bool tst_ObjectTree::waitLoaded(ObjectTreeModel &model)
{
    return QTest::qWaitFor([&] {
        return !model.isLoading() && model.serverTotal() > 0 && model.objectCount() == model.serverTotal()
                && objectRows(model) == model.objectCount();
    }, 10000);
}

// Objects made before the model: one page, grouped, counted, and what the server says of
// them (type, creator, preview).
void tst_ObjectTree::snapshotHasGroupsAndCounts()
{
    const auto dict = m_manager->dict(QVariantMap { { QStringLiteral("alpha"), 1 } });
    const auto list = m_manager->list({ 1, 2, 3 });
    const auto lock = m_manager->Lock();
    const auto value = m_manager->Value('i', 7);
    const auto queue = m_manager->Queue();
    QVERIFY(dict && list && lock && value && queue);

    ObjectTreeModel model(m_session.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(waitLoaded(model));

    // Counts by group, against what the server lists.
    QHash<QString, int> byType;
    const ObjectPage page = m_manager->introspector()->objectsPage(0, 1000);
    QVERIFY(page.atEnd);
    for (const ObjectInfo &info : page.objects)
        ++byType[info.typeId];
    QCOMPARE(model.serverTotal(), page.total);
    const auto count = [&](const QStringList &types) {
        int n = 0;
        for (const QString &type : types)
            n += byType.value(type);
        return n;
    };
    const QModelIndex containers = groupIndex(model, QStringLiteral("Containers"));
    const QModelIndex values = groupIndex(model, QStringLiteral("Values"));
    const QModelIndex queues = groupIndex(model, QStringLiteral("Queues"));
    const QModelIndex sync = groupIndex(model, QStringLiteral("Synchronization"));
    QVERIFY(containers.isValid() && values.isValid() && queues.isValid() && sync.isValid());
    QCOMPARE(model.rowCount(containers), count({ QStringLiteral("dict"), QStringLiteral("list"), QStringLiteral("Namespace") }));
    QCOMPARE(model.rowCount(values), count({ QStringLiteral("Value"), QStringLiteral("Array") }));
    QCOMPARE(model.rowCount(queues), count({ QStringLiteral("Queue"), QStringLiteral("JoinableQueue") }));
    QVERIFY(model.rowCount(sync) >= 1);
    QCOMPARE(containers.data(ObjectTreeModel::GroupCountRole).toInt(), model.rowCount(containers));
    QCOMPARE(containers.data().toString(),
             QStringLiteral("Containers (%1)").arg(model.rowCount(containers)));

    const quint64 dictId = dict->token().objectId();
    const QModelIndex row = model.indexOf(dictId);
    QVERIFY(row.isValid());
    QCOMPARE(row.parent(), containers);
    QCOMPARE(row.data(ObjectTreeModel::TypeIdRole).toString(), QStringLiteral("dict"));
    QCOMPARE(row.data().toString(), QStringLiteral("dict %1").arg(dictId));
    QCOMPARE(row.siblingAtColumn(ObjectTreeModel::TypeColumn).data().toString(), QStringLiteral("dict"));
    QVERIFY2(row.siblingAtColumn(ObjectTreeModel::PreviewColumn).data().toString().contains(QStringLiteral("alpha")),
             qPrintable(row.siblingAtColumn(ObjectTreeModel::PreviewColumn).data().toString()));
    QCOMPARE(row.siblingAtColumn(ObjectTreeModel::RefsColumn).data().toString(), QStringLiteral("1"));
    QCOMPARE(row.data(ObjectTreeModel::CreatorRole).toULongLong(), m_manager->whoAmI().id());
    QCOMPARE(model.indexOf(lock->token().objectId()).parent(), sync);
    QCOMPARE(model.indexOf(lock->token().objectId()).siblingAtColumn(ObjectTreeModel::StateColumn).data().toString(),
             QStringLiteral("free"));
    // In order of creation.
    QVERIFY(model.indexOf(list->token().objectId()).row() > row.row());
}

// Another process changes our dict, holds a reference to it, makes and drops a list; then
// we drop ours and the worker goes: the model follows each step.
void tst_ObjectTree::followsAnotherProcess()
{
    auto dict = m_manager->dict();
    QVERIFY(dict);
    const quint64 id = dict->token().objectId();
    ObjectTreeModel model(m_session.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy removed(&model, &ObjectTreeModel::objectRemoved);
    QVERIFY(waitLoaded(model));
    const auto other = worker(QStringLiteral("tree worker"));
    QVERIFY(other);
    const quint64 versionBefore = model.indexOf(id).data(ObjectTreeModel::VersionRole).toULongLong();

    QVERIFY(!other->ask(QStringLiteral("call %1 __setitem__ [\"beta\", 42]").arg(dict->token().toString()),
                        QStringLiteral("RESULT")).isNull());
    QTRY_COMPARE(model.indexOf(id).data(ObjectTreeModel::LastChangeClientRole).toULongLong(), other->id);
    QVERIFY(model.indexOf(id).data(ObjectTreeModel::VersionRole).toULongLong() > versionBefore);
    QVERIFY(model.indexOf(id).data(ObjectTreeModel::LastChangeRole).toDateTime().isValid());
    // The change is highlighted (it fades later) and described with its origin by name.
    QVERIFY(model.indexOf(id).data(ObjectTreeModel::HighlightRole).toReal() > 0);
    const QIcon dot = qvariant_cast<QIcon>(model.indexOf(id).data(Qt::DecorationRole));
    QVERIFY(!dot.isNull());
    QTRY_VERIFY(model.indexOf(id).siblingAtColumn(ObjectTreeModel::PreviewColumn).data().toString().contains(QStringLiteral("beta")));
    QTRY_COMPARE(model.indexOf(id).siblingAtColumn(ObjectTreeModel::RefsColumn).data().toString(), QStringLiteral("2"));
    QTRY_VERIFY2(model.indexOf(id).data(Qt::AccessibleDescriptionRole).toString().contains(
                         QStringLiteral("by tree worker (client %1)").arg(other->id)),
                 qPrintable(model.indexOf(id).data(Qt::AccessibleDescriptionRole).toString()));
    QVERIFY(model.indexOf(id).siblingAtColumn(ObjectTreeModel::LastChangeColumn).data().toString().contains(QStringLiteral("tree worker")));
    // The highlight ends, and its timer with it.
    QTRY_COMPARE(model.indexOf(id).data(ObjectTreeModel::HighlightRole).toReal(), 0.0);

    // Made and dropped by the other process: it comes and goes.
    const QString made = other->ask(QStringLiteral("create list"), QStringLiteral("TOKEN"));
    QVERIFY(!made.isNull());
    const quint64 madeId = Token::fromString(made).objectId();
    QTRY_VERIFY(std::any_of(removed.cbegin(), removed.cend(),
                            [&](const QList<QVariant> &args) { return args.at(0).toULongLong() == madeId; }));
    QTRY_VERIFY(!model.indexOf(madeId).isValid());

    // Ours goes; the worker's reference keeps it; when the worker goes, so does the object.
    dict.reset();
    QTRY_COMPARE(model.indexOf(id).siblingAtColumn(ObjectTreeModel::RefsColumn).data().toString(), QStringLiteral("1"));
    const qint64 total = model.serverTotal();
    QVERIFY(other->send(QStringLiteral("t0 quit")));
    QVERIFY(other->exitedWith(0));
    QTRY_VERIFY(!model.indexOf(id).isValid());
    QCOMPARE(model.serverTotal(), total - 1);
    QCOMPARE(model.objectCount(), model.serverTotal());
    QCOMPARE(model.object(id).id, quint64(0));
}

// A Lock held by the worker: state names the holder, the Held filter finds it; a waiter.
void tst_ObjectTree::holdersAndStateFilter()
{
    const auto lock = m_manager->Lock();
    const auto dict = m_manager->dict();
    QVERIFY(lock && dict);
    const quint64 id = lock->token().objectId();
    ObjectTreeModel model(m_session.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(waitLoaded(model));
    // Without fading, and long: a highlight is at full strength until it ends.
    model.setFadeEnabled(false);
    model.setHighlightDuration(60000);
    const auto holder = worker(QStringLiteral("holder"));
    QVERIFY(holder);
    QVERIFY(!holder->ask(QStringLiteral("acquire ") + lock->token().toString()).isNull());
    QTRY_COMPARE(model.indexOf(id).data(ObjectTreeModel::HolderRole).toULongLong(), holder->id);
    QTRY_COMPARE(model.indexOf(id).siblingAtColumn(ObjectTreeModel::StateColumn).data().toString(),
                 QStringLiteral("held by holder (client %1)").arg(holder->id));
    QVERIFY(model.indexOf(id).data(ObjectTreeModel::HeldRole).toBool());
    QCOMPARE(model.indexOf(id).data(ObjectTreeModel::LastChangeClientRole).toULongLong(), holder->id);
    QCOMPARE(model.indexOf(id).data(ObjectTreeModel::HighlightRole).toReal(), 1.0);
    QVERIFY(model.indexOf(id).data(Qt::BackgroundRole).isValid());
    model.setHighlightDuration(0); // off: no highlight, no timer
    QCOMPARE(model.indexOf(id).data(ObjectTreeModel::HighlightRole).toReal(), 0.0);
    QVERIFY(!model.indexOf(id).data(Qt::BackgroundRole).isValid());

    ObjectFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setStateFilters(ObjectFilterProxy::Held);
    QCOMPARE(objectRows(proxy), 1);
    const QModelIndex group = groupIndex(proxy, QStringLiteral("Synchronization"));
    QVERIFY(group.isValid());
    QCOMPARE(proxy.index(0, 0, group).data(ObjectTreeModel::ObjectIdRole).toULongLong(), id);
    QVERIFY2(group.data().toString().startsWith(QStringLiteral("Synchronization (1 of ")), qPrintable(group.data().toString()));

    // A second client waits for it.
    const auto waiter = worker(QStringLiteral("waiter"));
    QVERIFY(waiter);
    waiter->send(QStringLiteral("w1 acquire ") + lock->token().toString());
    QTRY_COMPARE(model.indexOf(id).data(ObjectTreeModel::WaitingRole).toLongLong(), qint64(1));
    proxy.setStateFilters(ObjectFilterProxy::HasWaiters);
    QCOMPARE(objectRows(proxy), 1);
    // The holder goes: the waiter holds it, nobody waits.
    holder->killHard();
    QTRY_COMPARE(model.indexOf(id).data(ObjectTreeModel::HolderRole).toULongLong(), waiter->id);
    QTRY_COMPARE(objectRows(proxy), 0);
}

void tst_ObjectTree::flatMode()
{
    const auto dict = m_manager->dict();
    const auto event = m_manager->Event();
    QVERIFY(dict && event);
    ObjectTreeModel model(m_session.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(waitLoaded(model));
    QSignalSpy flatChanged(&model, &ObjectTreeModel::flatChanged);
    model.setFlat(true);
    QCOMPARE(flatChanged.size(), 1);
    QCOMPARE(model.rowCount(), model.objectCount());
    for (int row = 0; row < model.rowCount(); ++row) {
        QVERIFY(!model.index(row, 0).data(ObjectTreeModel::IsGroupRole).toBool());
        QVERIFY(!model.hasChildren(model.index(row, 0)));
        if (row > 0)
            QVERIFY(model.index(row - 1, 0).data(ObjectTreeModel::ObjectIdRole).toULongLong()
                    < model.index(row, 0).data(ObjectTreeModel::ObjectIdRole).toULongLong());
    }
    const QModelIndex row = model.indexOf(event->token().objectId());
    QVERIFY(row.isValid());
    QVERIFY(!row.parent().isValid());
    // Live in flat mode too: a new object is a new top-level row.
    const int before = model.rowCount();
    const auto list = m_manager->list();
    QTRY_COMPARE(model.rowCount(), before + 1);
    QCOMPARE(model.index(model.rowCount() - 1, 0).data(ObjectTreeModel::ObjectIdRole).toULongLong(),
             list->token().objectId());
    model.setFlat(false);
    QVERIFY(model.indexOf(event->token().objectId()).parent().isValid());
    QCOMPARE(objectRows(model), model.objectCount());
}

void tst_ObjectTree::filterProxy()
{
    const auto dict = m_manager->dict(QVariantMap { { QStringLiteral("needle"), 1 } });
    const auto list = m_manager->list({ QStringLiteral("hay") });
    QVERIFY(dict && list);
    ObjectTreeModel model(m_session.get());
    QVERIFY(waitLoaded(model));
    ObjectFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(objectRows(proxy), model.objectCount());
    proxy.setText(QStringLiteral("NEEDLE")); // case-insensitive, in the preview
    QCOMPARE(objectRows(proxy), 1);
    QCOMPARE(proxy.rowCount(), 1); // only the group that has it
    QCOMPARE(proxy.index(0, 0, proxy.index(0, 0)).data(ObjectTreeModel::ObjectIdRole).toULongLong(),
             dict->token().objectId());
    proxy.setText(QStringLiteral("list %1").arg(list->token().objectId())); // the label
    QCOMPARE(objectRows(proxy), 1);
    proxy.setText(QStringLiteral("no such thing"));
    QCOMPARE(objectRows(proxy), 0);
    QCOMPARE(proxy.rowCount(), 0);
    // A filter that matches new objects shows them as they come.
    proxy.setText(QStringLiteral("freshly"));
    const auto fresh = m_manager->dict(QVariantMap { { QStringLiteral("freshly"), 2 } });
    QTRY_COMPARE(objectRows(proxy), 1);
    // Recently changed: what just changed, not what did not.
    proxy.setText(QString());
    proxy.setStateFilters(ObjectFilterProxy::RecentlyChanged);
    dict->setValue(QStringLiteral("needle"), 2);
    QTRY_VERIFY(model.indexOf(dict->token().objectId()).data(ObjectTreeModel::LastChangeRole).toDateTime().isValid());
    proxy.setRecentSeconds(3600);
    QTRY_VERIFY(proxy.mapFromSource(model.indexOf(dict->token().objectId())).isValid());
    proxy.setRecentSeconds(0);
    QCOMPARE(objectRows(proxy), 0);
    // A row leaves the filter by itself once its change is older than the limit.
    proxy.setRecentSeconds(2);
    dict->setValue(QStringLiteral("needle"), 3);
    QTRY_VERIFY(proxy.mapFromSource(model.indexOf(dict->token().objectId())).isValid());
    QTRY_VERIFY_WITH_TIMEOUT(!proxy.mapFromSource(model.indexOf(dict->token().objectId())).isValid(), 5000);
    // By creator.
    proxy.setStateFilters(ObjectFilterProxy::NoStateFilter);
    proxy.setCreator(m_manager->whoAmI().id());
    QCOMPARE(objectRows(proxy), model.objectCount());
    proxy.setCreator(999999);
    QCOMPARE(objectRows(proxy), 0);
}

// Paused, the model keeps what it shows; on resume the events apply in order.
void tst_ObjectTree::pausedEventsApplyOnResume()
{
    auto dict = m_manager->dict();
    QVERIFY(dict);
    const quint64 id = dict->token().objectId();
    ObjectTreeModel model(m_session.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(waitLoaded(model));
    const auto other = worker(QStringLiteral("paused worker"));
    QVERIFY(other);
    m_session->setPaused(true);
    QVERIFY(!other->ask(QStringLiteral("call %1 __setitem__ [\"k\", 1]").arg(dict->token().toString()),
                        QStringLiteral("RESULT")).isNull());
    const auto list = m_manager->list();
    dict.reset(); // the worker still holds it
    // The change, the new list and the dropped reference: three events or more, held back.
    QTRY_VERIFY(model.pausedEventCount() >= 3);
    QVERIFY(!model.indexOf(list->token().objectId()).isValid());
    QVERIFY(model.indexOf(id).data(ObjectTreeModel::LastChangeClientRole).toULongLong() != other->id);
    m_session->setPaused(false);
    QCOMPARE(model.pausedEventCount(), 0);
    QTRY_VERIFY(model.indexOf(list->token().objectId()).isValid());
    QTRY_COMPARE(model.indexOf(id).data(ObjectTreeModel::LastChangeClientRole).toULongLong(), other->id);
    QTRY_COMPARE(model.indexOf(id).siblingAtColumn(ObjectTreeModel::RefsColumn).data().toString(), QStringLiteral("1"));
    QCOMPARE(model.objectCount(), model.serverTotal());
    // A resync reads everything again and keeps the rows.
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.reload();
    QTRY_VERIFY(!model.isLoading());
    QCOMPARE(reset.size(), 0);
    QCOMPARE(model.objectCount(), model.serverTotal());
}

// The inspector looks without owning: no object's reference count moves while the tree and
// the details of every object are read, and the inspector's client holds none.
void tst_ObjectTree::observesWithoutOwning()
{
    const auto dict = m_manager->dict();
    const auto lock = m_manager->Lock();
    QVERIFY(dict && lock);
    const QHash<quint64, qint64> before = referenceCounts(m_manager.get());
    {
        Inspector::ObjectBrowser browser(m_session.get());
        Inspector::DetailsView details(m_session.get());
        QVERIFY(waitLoaded(*browser.model()));
        QSignalSpy refreshed(&details, &Inspector::DetailsView::refreshed);
        details.showObject(dict->token().objectId());
        QTRY_COMPARE(refreshed.size(), 1);
        browser.showObject(lock->token().objectId());
        QCOMPARE(browser.currentObjectId(), lock->token().objectId());
        QCOMPARE(referenceCounts(m_manager.get()), before);
        bool found = false;
        for (const ClientInfo &client : m_manager->clients()) {
            if (client.id() == m_session->selfId()) {
                found = true;
                QCOMPARE(client.references(), qint64(0));
            }
        }
        QVERIFY(found);
    }
    QCOMPARE(referenceCounts(m_manager.get()), before);
}

// The widget: typing narrows the rows (after the debounce), Enter opens the current object
// with its id and typeId, Ctrl+C copies its token.
void tst_ObjectTree::browserFiltersAndOpens()
{
    const auto dict = m_manager->dict(QVariantMap { { QStringLiteral("unicorn"), 1 } });
    const auto other = m_manager->list();
    QVERIFY(dict && other);
    Inspector::ObjectBrowser browser(m_session.get());
    browser.resize(800, 500);
    browser.show();
    QVERIFY(QTest::qWaitForWindowExposed(&browser));
    ObjectTreeModel *model = browser.model();
    model->setFadeEnabled(false);
    QVERIFY(waitLoaded(*model));
    QTreeView *view = browser.view();
    QVERIFY(view->uniformRowHeights());
    QAbstractItemModel *shown = view->model();
    QCOMPARE(objectRows(*shown), model->objectCount());

    auto *filter = browser.findChild<QLineEdit *>(QStringLiteral("objectFilter"));
    QVERIFY(filter);
    QTest::keyClicks(filter, QStringLiteral("uniC"));
    QCOMPARE(objectRows(*shown), model->objectCount()); // debounced: not yet
    QTRY_COMPARE(objectRows(*shown), 1);
    const QModelIndex group = shown->index(0, 0);
    QVERIFY(view->isExpanded(group));
    const QModelIndex row = shown->index(0, 0, group);
    QCOMPARE(row.data(ObjectTreeModel::ObjectIdRole).toULongLong(), dict->token().objectId());

    QSignalSpy current(&browser, &Inspector::ObjectBrowser::currentObjectChanged);
    QSignalSpy activated(&browser, &Inspector::ObjectBrowser::objectActivated);
    view->setFocus();
    view->setCurrentIndex(row);
    QCOMPARE(current.size(), 1);
    QCOMPARE(current.at(0).at(0).toULongLong(), dict->token().objectId());
    if (qEnvironmentVariableIsSet("OBJECTTREE_GRAB_DIR")) // to look at it
        browser.grab().save(qEnvironmentVariable("OBJECTTREE_GRAB_DIR") + QStringLiteral("/browser.png"));
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.at(0).at(0).toULongLong(), dict->token().objectId());
    QCOMPARE(activated.at(0).at(1).toString(), QStringLiteral("dict"));

    auto *copy = browser.findChild<QAction *>(QStringLiteral("copyTokenAction"));
    QVERIFY(copy && copy->isEnabled());
    copy->trigger();
    QCOMPARE(Token::fromString(QGuiApplication::clipboard()->text()).objectId(), dict->token().objectId());
    QSignalSpy client(&browser, &Inspector::ObjectBrowser::clientActivated);
    browser.findChild<QAction *>(QStringLiteral("showCreatorAction"))->trigger();
    QCOMPARE(client.size(), 1);
    QCOMPARE(client.at(0).at(0).toULongLong(), m_manager->whoAmI().id());

    // Enter on a group folds it rather than opening anything.
    view->setCurrentIndex(group);
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(activated.size(), 1);
    QVERIFY(!view->isExpanded(group));

    // Ctrl+F goes to the filter, from anywhere in the dock.
    QApplication::setActiveWindow(&browser);
    QVERIFY(QTest::qWaitForWindowActive(&browser));
    view->setFocus();
    QVERIFY(!filter->hasFocus());
    QTest::keySequence(view, QKeySequence::Find);
    QTRY_VERIFY(filter->hasFocus());

    // The flat list keeps the current object.
    filter->clear();
    view->setCurrentIndex(view->model()->index(0, 0));
    browser.showObject(dict->token().objectId());
    QCOMPARE(browser.currentObjectId(), dict->token().objectId());
    browser.findChild<QToolButton *>(QStringLiteral("flatToggle"))->click();
    QVERIFY(model->isFlat());
    QCOMPARE(browser.currentObjectId(), dict->token().objectId());
    QVERIFY(!view->currentIndex().parent().isValid());
    QVERIFY(browser.flatListAction()->isChecked());
    browser.flatListAction()->trigger(); // the View menu's way
    QVERIFY(!model->isFlat());
    QCOMPARE(browser.currentObjectId(), dict->token().objectId());
    browser.flatListAction()->trigger();
    QVERIFY(model->isFlat());
    // A creator filter (what the Clients dock asks for).
    browser.showClient(999999);
    QCOMPARE(shown->rowCount(), 0);
    browser.showClient(0);
    QCOMPARE(shown->rowCount(), model->objectCount());
}

void tst_ObjectTree::detailsFollowTheObject()
{
    auto dict = m_manager->dict();
    QVERIFY(dict);
    const quint64 id = dict->token().objectId();
    Inspector::DetailsView details(m_session.get());
    QSignalSpy refreshed(&details, &Inspector::DetailsView::refreshed);
    details.showObject(id);
    QTRY_COMPARE(refreshed.size(), 1);
    QCOMPARE(details.info().id, id);
    QCOMPARE(details.info().typeId, QStringLiteral("dict"));
    auto *token = details.findChild<QLabel *>(QStringLiteral("detailsToken"));
    QVERIFY(token && token->text().contains(dict->token().toString().toHtmlEscaped()));
    const auto other = worker(QStringLiteral("details worker"));
    QVERIFY(other);
    QVERIFY(!other->ask(QStringLiteral("call %1 __setitem__ [\"gamma\", 3]").arg(dict->token().toString()),
                        QStringLiteral("RESULT")).isNull());
    QTRY_COMPARE(details.info().changedBy, other->id);
    // Paused: the details stay as they are until resumed.
    m_session->setPaused(true);
    const quint64 seen = details.info().version;
    QVERIFY(!other->ask(QStringLiteral("call %1 __setitem__ [\"delta\", 4]").arg(dict->token().toString()),
                        QStringLiteral("RESULT")).isNull());
    QTRY_VERIFY(details.isStale());
    QCOMPARE(details.info().version, seen);
    QVERIFY(details.findChild<QLabel *>(QStringLiteral("detailsBanner"))->text().contains(QStringLiteral("paused")));
    m_session->setPaused(false);
    QTRY_VERIFY(details.info().version > seen);
    QVERIFY(!details.isStale());
    QTRY_VERIFY(details.findChild<QPlainTextEdit *>(QStringLiteral("detailsPreview"))->toPlainText().contains(QStringLiteral("gamma")));
    QTRY_VERIFY(details.findChild<QLabel *>(QStringLiteral("detailsChanged"))->text().contains(QStringLiteral("details worker")));
    QVERIFY(details.findChild<QLabel *>(QStringLiteral("detailsReferences"))->text().contains(QStringLiteral("details worker")));
    QSignalSpy clientLinks(&details, &Inspector::DetailsView::clientActivated);
    Q_EMIT details.findChild<QLabel *>(QStringLiteral("detailsCreator"))->linkActivated(QStringLiteral("client:%1").arg(m_manager->whoAmI().id()));
    QCOMPARE(clientLinks.size(), 1);
    QVERIFY(!details.isReleased());
    dict.reset();
    other->killHard();
    if (qEnvironmentVariableIsSet("OBJECTTREE_GRAB_DIR")) // to look at it
        details.grab().save(qEnvironmentVariable("OBJECTTREE_GRAB_DIR") + QStringLiteral("/details.png"));
    QTRY_VERIFY(details.isReleased());
    QVERIFY(details.findChild<QLabel *>(QStringLiteral("detailsBanner"))->text().contains(QStringLiteral("released")));
}

// Many objects (OBJECTTREE_OBJECTS, default 20,000): the browser loads them in pages, in few
// inserts, without stalling its event loop; released all at once, they go the same way.
void tst_ObjectTree::manyObjectsDoNotFreeze()
{
    const int count = qEnvironmentVariableIsSet("OBJECTTREE_OBJECTS")
            ? qEnvironmentVariableIntValue("OBJECTTREE_OBJECTS") : 20000;
    std::vector<std::unique_ptr<LockProxy>> made;
    made.reserve(count);
    QElapsedTimer making;
    making.start();
    for (int i = 0; i < count; ++i) {
        made.push_back(m_manager->Lock());
        QVERIFY(made.back());
    }
    const qint64 makingMs = making.elapsed();

    Inspector::ObjectBrowser browser(m_session.get());
    browser.resize(800, 600);
    browser.show();
    QVERIFY(QTest::qWaitForWindowExposed(&browser));
    ObjectTreeModel *model = browser.model();
    QSignalSpy inserted(model, &QAbstractItemModel::rowsInserted);
    // The longest the event loop went without turning, while loading.
    QElapsedTimer sinceTick;
    qint64 longest = 0;
    QTimer ticker;
    ticker.setInterval(5);
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        longest = qMax(longest, sinceTick.restart());
    });
    QElapsedTimer loading;
    loading.start();
    sinceTick.start();
    ticker.start();
    QVERIFY(QTest::qWaitFor([&] { return !model->isLoading() && model->objectCount() >= count; }, 60000));
    ticker.stop();
    const qint64 loadMs = loading.elapsed();
    qInfo("%d objects: made in %lld ms, loaded in %lld ms in %lld inserts, longest stall %lld ms",
          count, makingMs, loadMs, qint64(inserted.size()), longest);
    QCOMPARE(model->objectCount(), model->serverTotal());
    QVERIFY2(inserted.size() <= count / 500 + 8, qPrintable(QString::number(inserted.size())));
    QVERIFY2(longest < 500, qPrintable(QString::number(longest)));

    // All released at once: removed in runs, without a stall either.
    QSignalSpy removed(model, &QAbstractItemModel::rowsRemoved);
    const qint64 before = model->serverTotal();
    longest = 0;
    sinceTick.restart();
    ticker.start();
    made.clear();
    QTRY_COMPARE_WITH_TIMEOUT(model->objectCount(), int(before - count), 30000);
    ticker.stop();
    qInfo("released: %lld removals, longest stall %lld ms", qint64(removed.size()), longest);
    QCOMPARE(model->objectCount(), model->serverTotal());
    QVERIFY2(longest < 500, qPrintable(QString::number(longest)));
}

// The server goes and another starts at the same address: the rows stay while the session
// reconnects, then the model shows the new server's objects (other ids: no stale row stays).
void tst_ObjectTree::reconnectReadsTheNewServer()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString address = dir.filePath(QStringLiteral("tree.sock"));
    const QString keyFile = dir.filePath(QStringLiteral("key"));
    QFile key(keyFile);
    QVERIFY(key.open(QIODevice::WriteOnly));
    key.write(m_key);
    key.close();
    const QStringList common { QStringLiteral("--address"), address, QStringLiteral("--authkey-file"), keyFile };
    auto first = std::make_unique<TestSupport::ServerProgram>(
            common + QStringList { QStringLiteral("--object"), QStringLiteral("first=dict") });
    QCOMPARE(first->waitForAddress(), address);

    InspectorSession session;
    session.setAddress(address);
    session.setAuthKey(m_key);
    QVERIFY2(session.open(), qPrintable(session.lastErrorString()));
    ObjectTreeModel model(&session);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(waitLoaded(model));
    QCOMPARE(model.objectCount(), 1);
    const QModelIndex firstRow = model.index(0, 0, groupIndex(model, QStringLiteral("Containers")));
    QCOMPARE(firstRow.data().toString(), QStringLiteral("first (dict 1)"));

    QVERIFY(first->stop());
    QTRY_COMPARE(session.state(), InspectorSession::State::Reconnecting);
    QCOMPARE(model.objectCount(), 1); // the last data stays

    TestSupport::ServerProgram second(common + QStringList { QStringLiteral("--object"), QStringLiteral("second=Lock"),
                                                             QStringLiteral("--object"), QStringLiteral("third=list") });
    QCOMPARE(second.waitForAddress(), address);
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), InspectorSession::State::Connected, 15000);
    QTRY_COMPARE(model.objectCount(), 2);
    QVERIFY(!model.isLoading());
    QCOMPARE(model.serverTotal(), qint64(2));
    // Id 1 is now a Lock: in its own group, not where the dict 1 was.
    QCOMPARE(model.index(0, 0, groupIndex(model, QStringLiteral("Synchronization"))).data().toString(),
             QStringLiteral("second (Lock 1)"));
    QCOMPARE(model.rowCount(groupIndex(model, QStringLiteral("Containers"))), 1);
    QCOMPARE(model.index(0, 0, groupIndex(model, QStringLiteral("Containers"))).data().toString(),
             QStringLiteral("third (list 2)"));
}

QTEST_MAIN(tst_ObjectTree)
#include "tst_objecttree.moc"
