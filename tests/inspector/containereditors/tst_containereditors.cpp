// SPDX-License-Identifier: BSD-3-Clause
// The container editors against a real server: a containerworker process changes the dict,
// list or Namespace while the editor shows it (rows follow, changed rows light up, a change of
// the entry being edited raises the conflict banner and leaves the cell editor alone); edits
// made through the view reach the server and undo/redo through the session's stack; a
// read-only session offers no mutating action; a paused editor shows a snapshot and counts;
// a 1,000,000-entry dict opens and scrolls to its end without stalling the event loop.
//
// Nothing sleeps: states are awaited with QTRY_*, the worker's lines with HelperProcess.

#include "transport.h"
#include "responsiveness.h"

#include "workerformat.h"
#include "helperprocess.h"

#include "activitymodel.h"
#include "containereditor.h"
#include "editcommands.h"
#include "inspectorsession.h"
#include "snapshotmodel.h"
#include "variantdelegate.h"
#include "varianttreeview.h"
#include "jsonexport.h"

#include <libmanager/containermodel.h>
#include <libmanager/dictmodel.h>
#include <libmanager/syncmanager.h>

#include <QtCore/qelapsedtimer.h>
#include <QtCore/qfile.h>
#include <QtCore/qlocale.h>
#include <QtCore/qtimer.h>
#include <QtGui/qaction.h>
#include <QtGui/qundostack.h>
#include <QtCore/qjsonarray.h>
#include <QtCore/qjsondocument.h>
#include <QtCore/qjsonobject.h>
#include <QtTest/qabstractitemmodeltester.h>
#include <QtTest/qsignalspy.h>
#include <QtTest/qtest.h>
#include <QtWidgets/qabstractbutton.h>
#include <QtWidgets/qapplication.h>
#include <QtWidgets/qlineedit.h>
#include <QtWidgets/qmessagebox.h>
#include <QtWidgets/qscrollbar.h>
#include <QtWidgets/qspinbox.h>
#include <QtWidgets/qtableview.h>

using namespace LibManager;
using TestSupport::rssKiB;
using TestSupport::StallMeter;
using namespace Inspector;
using ContainerWorker::encode;

namespace {

constexpr int Timeout = 20000;

class Worker : public TestSupport::HelperProcess
{
public:
    explicit Worker(const QStringList &arguments)
        : HelperProcess(TestSupport::Helper::ContainerWorker, arguments, 120000)
    {
    }
};

QString V(const QVariant &value)
{
    return encode(value);
}


// The rows of a key/value model as "key=value" (loading rows as "?").
QString rowsOf(const QAbstractItemModel *model, int valueColumn = 1)
{
    QStringList rows;
    for (int r = 0; r < model->rowCount(); ++r) {
        const QModelIndex key = model->index(r, 0);
        if (key.data(ContainerModel::LoadingRole).toBool()) {
            rows.append(QStringLiteral("?"));
            continue;
        }
        if (valueColumn < 0)
            rows.append(model->index(r, 0).data(ContainerModel::RawValueRole).toString());
        else
            rows.append(key.data(Qt::EditRole).toString() + QLatin1Char('=')
                        + model->index(r, valueColumn).data(ContainerModel::RawValueRole).toString());
    }
    return rows.join(QLatin1Char(' '));
}


} // namespace

class tst_ContainerEditors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void dictRowsFollowWorker();
    void listRowsFollowWorker();
    void editThroughViewAndUndo();
    void editThroughModel();
    void remoteChangeWhileEditing_data();
    void remoteChangeWhileEditing();
    void staleWriteConflicts();
    void listItemChangedWhileEditing();
    void undoAfterRemoteChangeIsRefused();
    void addAndRemoveUndo();
    void arrayRangeFromTypeCode();
    void clearAsksWithNameAndCount();
    void searchAndGoTo();
    void reconnectKeepsPlace();
    void releasedObjectClosesEditor();
    void readOnlyDisablesEveryMutatingAction();
    void pauseShowsSnapshotAndCounts();
    void tokenIsALink();
    void nestedValueIsATree();
    void selectionExportsAsJson();
    void snapshotModelContract();
    void millionEntryDict();
    void screenshot();

private:
    std::unique_ptr<ContainerEditor> openEditor(const Proxy &proxy);
    QStringList apply(const Proxy &proxy, const QStringList &ops);

    std::unique_ptr<SyncManager> m_manager;
    std::unique_ptr<InspectorSession> m_session;
    const QByteArray m_key = QByteArrayLiteral("containereditors-key");
};

void tst_ContainerEditors::initTestCase()
{
    // Fade ticks are paints, not model signals, but the tests that count them turn them on.
    ContainerEditor::setHighlightsEnabledByDefault(false);
}

void tst_ContainerEditors::init()
{
    m_manager = std::make_unique<SyncManager>(QString(), m_key);
    TestSupport::configure(*m_manager);
    QVERIFY2(m_manager->start(), qPrintable(m_manager->errorString()));
    m_session = std::make_unique<InspectorSession>();
    m_session->setAddress(m_manager->address());
    m_session->setAuthKey(m_key);
    QVERIFY2(m_session->open(), qPrintable(m_session->lastErrorString()));
}

void tst_ContainerEditors::cleanup()
{
    m_session.reset();
    m_manager.reset();
}

std::unique_ptr<ContainerEditor> tst_ContainerEditors::openEditor(const Proxy &proxy)
{
    auto editor = std::make_unique<ContainerEditor>(m_session.get(), proxy.objectId(), proxy.typeId());
    editor->resize(800, 500);
    editor->show();
    if (!QTest::qWaitForWindowExposed(editor.get()))
        qWarning("editor not exposed");
    return editor;
}

QStringList tst_ContainerEditors::apply(const Proxy &proxy, const QStringList &ops)
{
    return TestSupport::applyInContainerWorker(m_manager->address(), m_key, proxy.token().toString(),
                                               ops, 120000);
}

void tst_ContainerEditors::dictRowsFollowWorker()
{
    auto dict = m_manager->dict(VariantPairList { { QStringLiteral("a"), 1 }, { QStringLiteral("b"), 2 } });
    QVERIFY(dict);
    auto editor = openEditor(*dict);
    editor->setHighlightsEnabled(true);
    QVERIFY(editor->model());
    QAbstractItemModelTester tester(editor->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_COMPARE_WITH_TIMEOUT(rowsOf(editor->view()->model()), QStringLiteral("a=1 b=2"), Timeout);

    const QStringList out = apply(*dict, { QStringLiteral("set"), V(QStringLiteral("c")), V(3),
                                           QStringLiteral("set"), V(QStringLiteral("a")), V(10),
                                           QStringLiteral("del"), V(QStringLiteral("b")) });
    QCOMPARE(out, QStringList({ QStringLiteral("OK"), QStringLiteral("OK"), QStringLiteral("OK") }));
    QTRY_COMPARE_WITH_TIMEOUT(rowsOf(editor->view()->model()), QStringLiteral("a=10 c=3"), Timeout);
    // The changed rows light up, on one timer that stops when the fade is over.
    QTRY_VERIFY(editor->activeHighlightCount() > 0);
    QVERIFY(editor->isFadeTimerActive());
    QTRY_VERIFY_WITH_TIMEOUT(!editor->isFadeTimerActive(), 5000);
    QCOMPARE(editor->activeHighlightCount(), 0);
    // The tooltip still says who changed the row, and when.
    const QString said = editor->delegate()->description(editor->view()->model()->index(0, 1));
    QVERIFY2(said.startsWith(QStringLiteral("Changed ")) && said.contains(QStringLiteral("client")),
             qPrintable(said));
    QVERIFY(editor->delegate()->description(editor->view()->model()->index(1, 1)).contains(QStringLiteral("client")));
    // (Counts are numerus forms: "2 item(s)" without a translation, "2 items" with one.)
    QTRY_VERIFY2(editor->footerText().startsWith(QStringLiteral("2 item")), qPrintable(editor->footerText()));
}

void tst_ContainerEditors::listRowsFollowWorker()
{
    auto list = m_manager->list(QVariantList { 0, 1, 2, 3 });
    QVERIFY(list);
    auto editor = openEditor(*list);
    QAbstractItemModelTester tester(editor->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_COMPARE_WITH_TIMEOUT(rowsOf(editor->view()->model(), -1), QStringLiteral("0 1 2 3"), Timeout);
    const QStringList out = apply(*list, { QStringLiteral("insert"), QStringLiteral("1"), V(7),
                                           QStringLiteral("pop"), QStringLiteral("0"),
                                           QStringLiteral("append"), V(9) });
    QCOMPARE(out.size(), 3);
    QTRY_COMPARE_WITH_TIMEOUT(rowsOf(editor->view()->model(), -1), QStringLiteral("7 1 2 3 9"), Timeout);
}

void tst_ContainerEditors::editThroughViewAndUndo()
{
    auto ns = m_manager->Namespace();
    QVERIFY(ns);
    QVERIFY(ns->setValue(QStringLiteral("x"), 1));
    QVERIFY(ns->setValue(QStringLiteral("y"), QStringLiteral("text")));
    auto editor = openEditor(*ns);
    QTRY_COMPARE_WITH_TIMEOUT(rowsOf(editor->view()->model()), QStringLiteral("x=1 y=text"), Timeout);
    QUndoStack *stack = m_session->undoStack();
    stack->clear();

    const QModelIndex cell = editor->view()->model()->index(0, 1);
    editor->view()->setCurrentIndex(cell);
    editor->view()->edit(cell);
    auto *line = qobject_cast<QLineEdit *>(editor->delegate()->currentEditor());
    QVERIFY(line);
    QCOMPARE(line->text(), QStringLiteral("1"));
    line->setText(QStringLiteral("42"));
    QTest::keyClick(line, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(ns->value(QStringLiteral("x")).value(), QVariant(42), Timeout);
    QCOMPARE(stack->count(), 1);
    QCOMPARE(stack->text(0), QStringLiteral("Set 'x' in Namespace %1").arg(ns->objectId()));
    QTRY_COMPARE(rowsOf(editor->view()->model()), QStringLiteral("x=42 y=text"));

    // The call is in the activity log, as the inspector's own.
    ActivityModel *activity = m_session->activity();
    QTRY_VERIFY(activity->rowCount() > 0);
    const ActivityModel::Entry &last = activity->entry(activity->rowCount() - 1);
    QCOMPARE(last.source, ActivityModel::Source::Inspector);
    QCOMPARE(last.event, QStringLiteral("setIf"));
    QVERIFY2(last.details.contains(QStringLiteral("42")), qPrintable(last.details));

    // A value that does not convert writes nothing and says why.
    editor->view()->edit(cell);
    line = qobject_cast<QLineEdit *>(editor->delegate()->currentEditor());
    QVERIFY(line);
    line->setText(QStringLiteral("forty"));
    QTest::keyClick(line, Qt::Key_Return);
    // (The delegate commits on Return from the event loop.)
    QTRY_VERIFY2(editor->messageText().contains(QStringLiteral("not a whole number")), qPrintable(editor->messageText()));
    QCOMPARE(stack->count(), 1);

    stack->undo();
    QTRY_COMPARE_WITH_TIMEOUT(ns->value(QStringLiteral("x")).value(), QVariant(1), Timeout);
    stack->redo();
    QTRY_COMPARE_WITH_TIMEOUT(ns->value(QStringLiteral("x")).value(), QVariant(42), Timeout);
    stack->undo();
    QTRY_COMPARE_WITH_TIMEOUT(ns->value(QStringLiteral("x")).value(), QVariant(1), Timeout);
    QTRY_COMPARE(rowsOf(editor->view()->model()), QStringLiteral("x=1 y=text"));
}

void tst_ContainerEditors::editThroughModel()
{
    auto dict = m_manager->dict(VariantPairList { { QStringLiteral("k"), 5 } });
    auto editor = openEditor(*dict);
    QTRY_COMPARE_WITH_TIMEOUT(rowsOf(editor->model()), QStringLiteral("k=5"), Timeout);
    QSignalSpy written(editor->model(), &ContainerModel::writeSucceeded);
    QVERIFY(editor->model()->setData(editor->model()->index(0, DictModel::ValueColumn), 6));
    QTRY_COMPARE_WITH_TIMEOUT(written.size(), 1, Timeout);
    QCOMPARE(dict->value(QStringLiteral("k")).value(), QVariant(6));
}

void tst_ContainerEditors::remoteChangeWhileEditing_data()
{
    QTest::addColumn<bool>("overwrite");
    QTest::newRow("overwrite") << true;
    QTest::newRow("discard mine") << false;
}

void tst_ContainerEditors::remoteChangeWhileEditing()
{
    QFETCH(bool, overwrite);
    auto dict = m_manager->dict(VariantPairList { { QStringLiteral("a"), 1 }, { QStringLiteral("b"), 2 } });
    auto editor = openEditor(*dict);
    QTRY_COMPARE_WITH_TIMEOUT(rowsOf(editor->model()), QStringLiteral("a=1 b=2"), Timeout);
    m_session->undoStack()->clear();

    const QModelIndex cell = editor->view()->model()->index(0, DictModel::ValueColumn);
    editor->view()->setCurrentIndex(cell);
    editor->view()->edit(cell);
    auto *line = qobject_cast<QLineEdit *>(editor->delegate()->currentEditor());
    QVERIFY(line);
    line->setText(QStringLiteral("5"));

    QSignalSpy banner(editor.get(), &ContainerEditor::conflictChanged);
    QCOMPARE(apply(*dict, { QStringLiteral("set"), V(QStringLiteral("a")), V(99) }),
             QStringList { QStringLiteral("OK") });
    QTRY_VERIFY_WITH_TIMEOUT(!editor->conflictText().isEmpty(), Timeout);
    QVERIFY2(editor->conflictText().contains(QStringLiteral("99"))
                     && editor->conflictText().contains(QStringLiteral("while you were editing")),
             qPrintable(editor->conflictText()));
    // The model shows the other client's value; the open editor keeps the user's.
    QTRY_COMPARE(rowsOf(editor->model()), QStringLiteral("a=99 b=2"));
    QCOMPARE(editor->delegate()->currentEditor(), line);
    QCOMPARE(line->text(), QStringLiteral("5"));

    auto *action = editor->findChild<QAction *>(overwrite ? QStringLiteral("overwriteAction")
                                                          : QStringLiteral("discardAction"));
    QVERIFY(action);
    QVERIFY(action->isEnabled());
    action->trigger();
    QTRY_VERIFY(editor->conflictText().isEmpty());
    QVERIFY(!editor->delegate()->currentEditor());
    if (overwrite) {
        QTRY_COMPARE_WITH_TIMEOUT(dict->value(QStringLiteral("a")).value(), QVariant(5), Timeout);
        QCOMPARE(m_session->undoStack()->count(), 1);
        // Undo gives back what the other client wrote (the value the user overwrote).
        m_session->undoStack()->undo();
        QTRY_COMPARE_WITH_TIMEOUT(dict->value(QStringLiteral("a")).value(), QVariant(99), Timeout);
    } else {
        QCOMPARE(m_session->undoStack()->count(), 0);
        QCOMPARE(dict->value(QStringLiteral("a")).value(), QVariant(99));
    }
}

void tst_ContainerEditors::listItemChangedWhileEditing()
{
    auto list = m_manager->list(QVariantList { 1, 2, 3 });
    auto editor = openEditor(*list);
    QTRY_COMPARE_WITH_TIMEOUT(rowsOf(editor->model(), -1), QStringLiteral("1 2 3"), Timeout);
    m_session->undoStack()->clear();
    const QModelIndex cell = editor->view()->model()->index(1, 0);
    editor->view()->setCurrentIndex(cell);
    editor->view()->edit(cell);
    auto *line = qobject_cast<QLineEdit *>(editor->delegate()->currentEditor());
    QVERIFY(line);
    line->setText(QStringLiteral("20"));
    // A change elsewhere is no conflict.
    QCOMPARE(apply(*list, { QStringLiteral("set"), QStringLiteral("2"), V(30) }).size(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(rowsOf(editor->model(), -1), QStringLiteral("1 2 30"), Timeout);
    QVERIFY(editor->conflictText().isEmpty());
    QCOMPARE(apply(*list, { QStringLiteral("set"), QStringLiteral("1"), V(50) }).size(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(editor->conflictText().contains(QStringLiteral("50")), Timeout);
    QCOMPARE(line->text(), QStringLiteral("20"));
    // Enter now holds the write: the banner asks.
    QTest::keyClick(line, Qt::Key_Return);
    QTRY_VERIFY(!editor->delegate()->currentEditor());
    QVERIFY2(editor->conflictText().contains(QStringLiteral("yours: 20")), qPrintable(editor->conflictText()));
    QCOMPARE(m_session->undoStack()->count(), 0);
    QCOMPARE(list->toList(), QVariantList({ 1, 50, 30 }));
    editor->findChild<QAction *>(QStringLiteral("overwriteAction"))->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(list->toList(), QVariantList({ 1, 20, 30 }), Timeout);
    QTRY_VERIFY(editor->conflictText().isEmpty());

    // An insertion before the edited item only moves it: no banner, the write follows it.
    editor->view()->edit(editor->view()->model()->index(1, 0));
    line = qobject_cast<QLineEdit *>(editor->delegate()->currentEditor());
    QVERIFY(line);
    line->setText(QStringLiteral("21"));
    QCOMPARE(apply(*list, { QStringLiteral("insert"), QStringLiteral("0"), V(0) }).size(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(rowsOf(editor->model(), -1), QStringLiteral("0 1 20 30"), Timeout);
    QVERIFY(editor->conflictText().isEmpty());
    QTest::keyClick(line, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(list->toList(), QVariantList({ 0, 1, 21, 30 }), Timeout);

    // The edited item removed: the banner says so (the view closed the editor).
    editor->view()->edit(editor->view()->model()->index(3, 0));
    QVERIFY(editor->delegate()->currentEditor());
    QCOMPARE(apply(*list, { QStringLiteral("pop"), QStringLiteral("3") }).size(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(editor->conflictText().contains(QStringLiteral("removed")), Timeout);
    QTRY_VERIFY(!editor->delegate()->currentEditor());
    QVERIFY(editor->conflictText().contains(QStringLiteral("removed")));
    QVERIFY(!editor->findChild<QAction *>(QStringLiteral("overwriteAction"))->isEnabled());
}

void tst_ContainerEditors::staleWriteConflicts()
{
    auto dict = m_manager->dict(VariantPairList { { QStringLiteral("a"), 1 } });
    auto editor = openEditor(*dict);
    QTRY_COMPARE_WITH_TIMEOUT(rowsOf(editor->model()), QStringLiteral("a=1"), Timeout);
    const quint64 seen = editor->model()->index(0, 1).data(ContainerModel::VersionRole).toULongLong();
    QVERIFY(seen > 0);
    QCOMPARE(apply(*dict, { QStringLiteral("set"), V(QStringLiteral("a")), V(99) }),
             QStringList { QStringLiteral("OK") });
    QUndoStack *stack = m_session->undoStack();
    stack->clear();
    // A write with the version seen before the other client's change: refused by the server.
    stack->push(new SetItemCommand(editor->editTarget(), QStringLiteral("a"), 1, 5, seen));
    QTRY_VERIFY_WITH_TIMEOUT(!editor->conflictText().isEmpty(), Timeout);
    QVERIFY2(editor->conflictText().contains(QStringLiteral("99")), qPrintable(editor->conflictText()));
    QCOMPARE(dict->value(QStringLiteral("a")).value(), QVariant(99));
    // The command that wrote nothing leaves the stack.
    QTRY_COMPARE(stack->count(), 0);
    // Overwrite writes the user's value over the current one.
    editor->findChild<QAction *>(QStringLiteral("overwriteAction"))->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(dict->value(QStringLiteral("a")).value(), QVariant(5), Timeout);
}

void tst_ContainerEditors::undoAfterRemoteChangeIsRefused()
{
    auto ns = m_manager->Namespace();
    QVERIFY(ns->setValue(QStringLiteral("x"), 1));
    auto editor = openEditor(*ns);
    QTRY_COMPARE_WITH_TIMEOUT(rowsOf(editor->model()), QStringLiteral("x=1"), Timeout);
    QUndoStack *stack = m_session->undoStack();
    stack->clear();
    const QModelIndex cell = editor->model()->index(0, 1);
    stack->push(new SetItemCommand(editor->editTarget(), QStringLiteral("x"), 1, 2,
                                   cell.data(ContainerModel::VersionRole).toULongLong()));
    QTRY_COMPARE_WITH_TIMEOUT(ns->value(QStringLiteral("x")).value(), QVariant(2), Timeout);
    QCOMPARE(apply(*ns, { QStringLiteral("set"), QStringLiteral("x"), V(3) }), QStringList { QStringLiteral("OK") });
    QTRY_COMPARE(rowsOf(editor->model()), QStringLiteral("x=3"));
    stack->undo();
    QTRY_VERIFY_WITH_TIMEOUT(!editor->conflictText().isEmpty(), Timeout);
    QVERIFY2(editor->conflictText().contains(QStringLiteral("not undone")), qPrintable(editor->conflictText()));
    QCOMPARE(ns->value(QStringLiteral("x")).value(), QVariant(3));
    QTRY_COMPARE(stack->count(), 0); // obsolete: gone, so redo cannot write 2 over 3
}

void tst_ContainerEditors::addAndRemoveUndo()
{
    auto dict = m_manager->dict(VariantPairList { { QStringLiteral("a"), 1 } });
    auto editor = openEditor(*dict);
    QTRY_COMPARE_WITH_TIMEOUT(rowsOf(editor->model()), QStringLiteral("a=1"), Timeout);
    QUndoStack *stack = m_session->undoStack();
    stack->clear();
    stack->push(new InsertItemCommand(editor->editTarget(), QStringLiteral("n"), QVariantList { 1, 2 }));
    QTRY_COMPARE_WITH_TIMEOUT(dict->size(), 2, Timeout);
    stack->undo();
    QTRY_COMPARE_WITH_TIMEOUT(dict->size(), 1, Timeout);
    stack->redo();
    QTRY_COMPARE_WITH_TIMEOUT(dict->size(), 2, Timeout);
    QTRY_COMPARE(rowsOf(editor->model()).count(QLatin1Char('=')), 2);

    // Remove through the action (Delete): the value comes back on undo.
    editor->view()->setCurrentIndex(editor->view()->model()->index(0, 0));
    editor->view()->selectRow(0);
    editor->findChild<QAction *>(QStringLiteral("removeAction"))->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!dict->contains(QStringLiteral("a")), Timeout);
    stack->undo();
    QTRY_COMPARE_WITH_TIMEOUT(dict->value(QStringLiteral("a")).value(), QVariant(1), Timeout);

    // A list: insert and remove at an index.
    auto list = m_manager->list(QVariantList { 10, 20 });
    auto listEditor = openEditor(*list);
    QTRY_COMPARE_WITH_TIMEOUT(rowsOf(listEditor->model(), -1), QStringLiteral("10 20"), Timeout);
    stack->push(new InsertItemCommand(listEditor->editTarget(), 1, 15));
    QTRY_COMPARE_WITH_TIMEOUT(list->toList(), QVariantList({ 10, 15, 20 }), Timeout);
    stack->push(new RemoveItemCommand(listEditor->editTarget(), 0, 10));
    QTRY_COMPARE_WITH_TIMEOUT(list->toList(), QVariantList({ 15, 20 }), Timeout);
    stack->undo();
    QTRY_COMPARE_WITH_TIMEOUT(list->toList(), QVariantList({ 10, 15, 20 }), Timeout);
    stack->undo();
    QTRY_COMPARE_WITH_TIMEOUT(list->toList(), QVariantList({ 10, 20 }), Timeout);

    // The commands outlive their editor (a closed tab): redo still writes.
    listEditor.reset();
    stack->redo();
    QTRY_COMPARE_WITH_TIMEOUT(list->toList(), QVariantList({ 10, 15, 20 }), Timeout);
}

void tst_ContainerEditors::arrayRangeFromTypeCode()
{
    auto array = m_manager->Array('b', QVariantList { 1, 2, 3 });
    QVERIFY(array);
    auto editor = openEditor(*array);
    QTRY_COMPARE_WITH_TIMEOUT(rowsOf(editor->model(), -1), QStringLiteral("1 2 3"), Timeout);
    QTRY_COMPARE(editor->delegate()->typeCode(), 'b');
    QVERIFY(!editor->findChild<QAction *>(QStringLiteral("addAction"))->isVisible());
    const QModelIndex cell = editor->view()->model()->index(1, 0);
    editor->view()->setCurrentIndex(cell);
    editor->view()->edit(cell);
    auto *spin = qobject_cast<QSpinBox *>(editor->delegate()->currentEditor());
    QVERIFY(spin);
    QCOMPARE(spin->minimum(), -128);
    QCOMPARE(spin->maximum(), 127);
    spin->setValue(-100);
    editor->delegate()->finishEditing(true);
    QTRY_COMPARE_WITH_TIMEOUT(array->toList(), QVariantList({ 1, -100, 3 }), Timeout);
    m_session->undoStack()->undo();
    QTRY_COMPARE_WITH_TIMEOUT(array->toList(), QVariantList({ 1, 2, 3 }), Timeout);
}

void tst_ContainerEditors::clearAsksWithNameAndCount()
{
    auto dict = m_manager->dict(VariantPairList { { QStringLiteral("a"), 1 }, { QStringLiteral("b"), 2 } });
    auto editor = openEditor(*dict);
    QTRY_COMPARE_WITH_TIMEOUT(editor->model()->rowCount(), 2, Timeout);
    QString asked;
    auto answer = [&](const QString &button) {
        QTimer::singleShot(0, this, [&asked, button] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            asked = box->text();
            for (QAbstractButton *b : box->buttons()) {
                if (b->text().remove(QLatin1Char('&')) == button)
                    b->click();
            }
        });
    };
    answer(QStringLiteral("Cancel"));
    editor->findChild<QAction *>(QStringLiteral("clearAction"))->trigger();
    QCOMPARE(asked, QStringLiteral("Clear dict %1 (2 items)?").arg(dict->objectId()));
    QCOMPARE(dict->size(), 2);
    answer(QStringLiteral("Clear"));
    editor->findChild<QAction *>(QStringLiteral("clearAction"))->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(dict->size(), 0, Timeout);
    QTRY_COMPARE(editor->model()->rowCount(), 0);
}

void tst_ContainerEditors::searchAndGoTo()
{
    VariantPairList pairs;
    for (int i = 0; i < 5000; ++i)
        pairs.append({ QStringLiteral("k%1").arg(i), i });
    auto dict = m_manager->dict(pairs);
    auto editor = openEditor(*dict);
    QTRY_COMPARE_WITH_TIMEOUT(editor->model()->rowCount(), 5000, Timeout);
    // On the server, over every entry, not only the loaded page.
    QSignalSpy finished(editor.get(), &ContainerEditor::searchFinished);
    editor->setFilterText(QStringLiteral("k42"));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, Timeout);
    QCOMPARE(finished.at(0).at(0).toInt(), 1 + 10 + 100); // k42, k420..k429, k4200..k4299
    // Go to a key whose row is not loaded: the server says where it is.
    editor->goTo(QStringLiteral("k4321"));
    QTRY_COMPARE_WITH_TIMEOUT(editor->view()->currentIndex().row(), 4321, Timeout);
    QTRY_VERIFY(!editor->view()->model()->index(4321, 0).data(ContainerModel::LoadingRole).toBool());
    QCOMPARE(editor->view()->model()->index(4321, 0).data(Qt::EditRole).toString(), QStringLiteral("k4321"));

    auto list = m_manager->list(QVariantList { 3, 1, 4, 1, 5, 9, 2, 6 });
    auto listEditor = openEditor(*list);
    QTRY_COMPARE_WITH_TIMEOUT(listEditor->model()->rowCount(), 8, Timeout);
    listEditor->setFilterText(QStringLiteral("1"));
    QTRY_COMPARE(listEditor->view()->model()->rowCount(), 2);
    listEditor->setFilterText(QString());
    QCOMPARE(listEditor->view()->model(), listEditor->model());
    listEditor->goTo(QStringLiteral("-1"));
    QCOMPARE(listEditor->view()->currentIndex().row(), 7);
}

void tst_ContainerEditors::reconnectKeepsPlace()
{
    VariantPairList pairs;
    for (int i = 0; i < 3000; ++i)
        pairs.append({ QStringLiteral("k%1").arg(i), i });
    auto dict = m_manager->dict(pairs);
    auto editor = openEditor(*dict);
    QTRY_COMPARE_WITH_TIMEOUT(editor->model()->rowCount(), 3000, Timeout);
    editor->goTo(QStringLiteral("k1500"));
    QTRY_COMPARE_WITH_TIMEOUT(editor->view()->currentIndex().row(), 1500, Timeout);
    const int scroll = editor->view()->verticalScrollBar()->value();
    QVERIFY(scroll > 0);
    ContainerModel *before = editor->model();
    // What the session says after a reconnection: views make their proxies and models again.
    Q_EMIT m_session->connected();
    QVERIFY(editor->model() != before);
    QTRY_COMPARE_WITH_TIMEOUT(editor->model()->rowCount(), 3000, Timeout);
    QTRY_COMPARE(editor->view()->currentIndex().row(), 1500);
    QCOMPARE(editor->view()->verticalScrollBar()->value(), scroll);
    // Only the new proxy's events count: a change while paused is one change, not two.
    m_session->setPaused(true);
    QCOMPARE(apply(*dict, { QStringLiteral("set"), V(QStringLiteral("k1")), V(-1) }).size(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(editor->pendingChangeCount(), 1, Timeout);
    QCOMPARE(apply(*dict, { QStringLiteral("mark"), QStringLiteral("x") }).size(), 1);
    QTRY_COMPARE(rowsOf(editor->model()).count(QStringLiteral("k1=-1")), 1);
    QCOMPARE(editor->pendingChangeCount(), 1);
}

void tst_ContainerEditors::releasedObjectClosesEditor()
{
    auto dict = m_manager->dict(VariantPairList { { QStringLiteral("a"), 1 } });
    auto editor = openEditor(*dict);
    QTRY_COMPARE_WITH_TIMEOUT(editor->model()->rowCount(), 1, Timeout);
    QSignalSpy gone(editor.get(), &ObjectEditor::objectGone);
    dict.reset(); // the last reference: the editor's observer does not keep it
    QTRY_COMPARE_WITH_TIMEOUT(gone.size(), 1, Timeout);
}

void tst_ContainerEditors::readOnlyDisablesEveryMutatingAction()
{
    auto dict = m_manager->dict(VariantPairList { { QStringLiteral("a"), 1 } });
    m_session->setReadOnlyRequested(true);
    auto editor = openEditor(*dict);
    QTRY_COMPARE_WITH_TIMEOUT(rowsOf(editor->model()), QStringLiteral("a=1"), Timeout);
    auto walk = [&](bool expectEnabled) {
        int mutating = 0;
        const QList<QAction *> actions = editor->findChildren<QAction *>();
        for (QAction *action : actions) {
            if (!action->property("mutating").toBool())
                continue;
            // Overwrite is there only while a conflict is shown.
            if (expectEnabled && action->objectName() == QLatin1String("overwriteAction"))
                continue;
            ++mutating;
            if (action->isEnabled() != expectEnabled)
                return QStringLiteral("%1 enabled: %2").arg(action->objectName()).arg(action->isEnabled());
        }
        return mutating >= 4 ? QString() : QStringLiteral("only %1 mutating actions").arg(mutating);
    };
    QString problem = walk(false);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY(editor->model()->isReadOnly());
    QVERIFY(!(editor->model()->flags(editor->model()->index(0, 1)) & Qt::ItemIsEditable));
    const QModelIndex cell = editor->view()->model()->index(0, 1);
    editor->view()->edit(cell);
    QVERIFY(!editor->delegate()->currentEditor());

    // The flag is one property: turning it off enables them again, on again disables them.
    m_session->setReadOnlyRequested(false);
    problem = walk(true);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    m_session->setReadOnlyRequested(true);
    problem = walk(false);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void tst_ContainerEditors::pauseShowsSnapshotAndCounts()
{
    auto dict = m_manager->dict(VariantPairList { { QStringLiteral("a"), 1 } });
    auto editor = openEditor(*dict);
    QTRY_COMPARE_WITH_TIMEOUT(rowsOf(editor->view()->model()), QStringLiteral("a=1"), Timeout);
    m_session->setPaused(true);
    QVERIFY(editor->view()->model() != editor->model());
    QVERIFY2(editor->pauseText().contains(QStringLiteral("0 change")), qPrintable(editor->pauseText()));
    const QStringList out = apply(*dict, { QStringLiteral("set"), V(QStringLiteral("b")), V(2),
                                           QStringLiteral("set"), V(QStringLiteral("a")), V(3),
                                           QStringLiteral("set"), V(QStringLiteral("c")), V(4) });
    QCOMPARE(out.size(), 3);
    QTRY_COMPARE_WITH_TIMEOUT(editor->pendingChangeCount(), 3, Timeout);
    QVERIFY2(editor->pauseText().contains(QStringLiteral("3 change")), qPrintable(editor->pauseText()));
    QCOMPARE(rowsOf(editor->view()->model()), QStringLiteral("a=1"));
    // The live model went on meanwhile.
    QTRY_COMPARE(rowsOf(editor->model()), QStringLiteral("a=3 b=2 c=4"));
    m_session->setPaused(false);
    QCOMPARE(editor->view()->model(), editor->model());
    QVERIFY(editor->pauseText().isEmpty());
    QCOMPARE(rowsOf(editor->view()->model()), QStringLiteral("a=3 b=2 c=4"));
}

void tst_ContainerEditors::tokenIsALink()
{
    auto inner = m_manager->list(QVariantList { 1 });
    auto dict = m_manager->dict(VariantPairList { { QStringLiteral("l"), QVariant::fromValue(inner->token()) },
                                                  { QStringLiteral("n"), QVariantList { 1, 2, 3 } } });
    auto editor = openEditor(*dict);
    QTRY_COMPARE_WITH_TIMEOUT(editor->model()->rowCount(), 2, Timeout);
    QTRY_VERIFY(!editor->model()->index(1, 1).data(ContainerModel::LoadingRole).toBool());
    const QModelIndex link = editor->view()->model()->index(0, 1);
    const QVariant raw = link.data(ContainerModel::RawValueRole);
    QVERIFY(VariantDelegate::isToken(raw));
    QCOMPARE(VariantDelegate::cellText(raw, {}), QStringLiteral("\u2192 list %1").arg(inner->objectId()));
    QCOMPARE(VariantDelegate::cellText(editor->view()->model()->index(1, 1).data(ContainerModel::RawValueRole), {}),
             QStringLiteral("[\u2026] 3 item(s)"));
    QSignalSpy activated(editor.get(), &ObjectEditor::objectActivated);
    editor->view()->setCurrentIndex(link);
    editor->view()->setFocus();
    QTest::keyClick(editor->view(), Qt::Key_Return);
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.at(0).at(0).toULongLong(), inner->objectId());
    QCOMPARE(activated.at(0).at(1).toString(), QStringLiteral("list"));
}

// A nested value of the current row shows as a tree below the table; a plain one hides it.
void tst_ContainerEditors::nestedValueIsATree()
{
    const QVariantMap inner { { QStringLiteral("a"), QVariantList { 1, 2 } }, { QStringLiteral("b"), 3 } };
    auto dict = m_manager->dict(VariantPairList { { QStringLiteral("plain"), 1 },
                                                  { QStringLiteral("nested"), QVariantList { 7, inner } } });
    auto editor = openEditor(*dict);
    QTRY_COMPARE_WITH_TIMEOUT(editor->model()->rowCount(), 2, Timeout);
    QTRY_VERIFY(!editor->model()->index(1, 1).data(ContainerModel::LoadingRole).toBool());
    auto *tree = editor->findChild<Inspector::VariantTreeView *>();
    QVERIFY(tree);
    editor->view()->setCurrentIndex(editor->view()->model()->index(1, 0));
    QTRY_VERIFY(tree->isVisible());
    QTreeWidgetItem *top = tree->topLevelItem(0);
    QVERIFY(top);
    QCOMPARE(top->childCount(), 2);
    QCOMPARE(top->child(0)->text(1), QStringLiteral("7"));
    QTreeWidgetItem *map = top->child(1);
    QCOMPARE(map->childCount(), 2);
    QCOMPARE(map->child(0)->text(0), QStringLiteral("a"));
    QCOMPARE(map->child(0)->childCount(), 2);
    QCOMPARE(map->child(1)->text(1), QStringLiteral("3"));
    // Another client changes the value: the tree follows.
    dict->setValue(QStringLiteral("nested"), QVariantList { 8 });
    QTRY_COMPARE(tree->topLevelItem(0) ? tree->topLevelItem(0)->childCount() : -1, 1);
    QCOMPARE(tree->topLevelItem(0)->child(0)->text(1), QStringLiteral("8"));
    editor->view()->setCurrentIndex(editor->view()->model()->index(0, 0));
    QTRY_VERIFY(!tree->isVisible());
}

// The selected rows as JSON: keys and values in row order, values tagged where JSON lacks a
// type, so the file reads back to the same values.
void tst_ContainerEditors::selectionExportsAsJson()
{
    const QDateTime when = QDateTime::fromMSecsSinceEpoch(1700000000000, Qt::UTC);
    auto dict = m_manager->dict(VariantPairList { { QStringLiteral("a"), 1 },
                                                  { QStringLiteral("b"), QByteArray("\x00\x01", 2) },
                                                  { QStringLiteral("c"), when },
                                                  { QStringLiteral("d"), QVariantList { 1, QStringLiteral("x") } } });
    auto editor = openEditor(*dict);
    QTRY_COMPARE_WITH_TIMEOUT(editor->model()->rowCount(), 4, Timeout);
    QTRY_VERIFY(!editor->model()->index(3, 1).data(ContainerModel::LoadingRole).toBool());
    QItemSelectionModel *selection = editor->view()->selectionModel();
    for (int row : { 1, 2, 3 })
        selection->select(editor->view()->model()->index(row, 0),
                          QItemSelectionModel::Select | QItemSelectionModel::Rows);
    int skipped = -1;
    const QJsonDocument document = QJsonDocument::fromJson(editor->selectionToJson(&skipped));
    QCOMPARE(skipped, 0);
    QCOMPARE(document[QStringLiteral("typeId")].toString(), QStringLiteral("dict"));
    const QJsonArray entries = document[QStringLiteral("entries")].toArray();
    QCOMPARE(entries.size(), 3);
    QCOMPARE(Inspector::JsonExport::fromJson(entries.at(0)[QStringLiteral("key")]), QVariant(QStringLiteral("b")));
    QCOMPARE(Inspector::JsonExport::fromJson(entries.at(0)[QStringLiteral("value")]), QVariant(QByteArray("\x00\x01", 2)));
    QCOMPARE(Inspector::JsonExport::fromJson(entries.at(1)[QStringLiteral("value")]).toDateTime(), when);
    QCOMPARE(Inspector::JsonExport::fromJson(entries.at(2)[QStringLiteral("value")]),
             QVariant(QVariantList { 1, QStringLiteral("x") }));
}

void tst_ContainerEditors::snapshotModelContract()
{
    auto list = m_manager->list(QVariantList { 1, 2, 3, 4, 5 });
    auto editor = openEditor(*list);
    QTRY_COMPARE_WITH_TIMEOUT(rowsOf(editor->model(), -1), QStringLiteral("1 2 3 4 5"), Timeout);
    SnapshotModel snapshot;
    QAbstractItemModelTester tester(&snapshot, QAbstractItemModelTester::FailureReportingMode::QtTest);
    snapshot.take(editor->model(), 1, 3, ContainerModel::LoadingRole);
    QCOMPARE(snapshot.rowCount(), 5);
    QCOMPARE(rowsOf(&snapshot, -1), QStringLiteral("? 2 3 4 ?"));
    QVERIFY(!(snapshot.flags(snapshot.index(1, 0)) & Qt::ItemIsEditable));
}

void tst_ContainerEditors::millionEntryDict()
{
    constexpr int Size = 1000000;
    constexpr int Batch = 100000;
    auto dict = m_manager->dict();
    QVERIFY(dict);
    QElapsedTimer build;
    build.start();
    for (int first = 0; first < Size; first += Batch) {
        VariantPairList pairs;
        pairs.reserve(Batch);
        for (int i = first; i < first + Batch; ++i)
            pairs.append({ QStringLiteral("k%1").arg(i), i });
        QVERIFY2(dict->update(pairs), qPrintable(dict->lastErrorString()));
    }
    qInfo("built a %d-entry dict in %lld ms", Size, build.elapsed());

    const qint64 rssBefore = rssKiB();
    StallMeter meter;
    QElapsedTimer clock;
    clock.start();
    auto editor = openEditor(*dict);
    QAbstractItemModel *model = editor->view()->model();
    QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() == Size
                                     && !model->index(0, 0).data(ContainerModel::LoadingRole).toBool(),
                             Timeout);
    const qint64 firstPageMs = clock.elapsed();
    QCOMPARE(model->index(0, 0).data(Qt::EditRole).toString(), QStringLiteral("k0"));

    clock.restart();
    editor->view()->scrollToBottom();
    QTRY_VERIFY_WITH_TIMEOUT(!model->index(Size - 1, 0).data(ContainerModel::LoadingRole).toBool(), Timeout);
    const qint64 lastPageMs = clock.elapsed();
    QCOMPARE(model->index(Size - 1, 0).data(Qt::EditRole).toString(), QStringLiteral("k%1").arg(Size - 1));
    QTRY_VERIFY2(editor->footerText().startsWith(QLocale().toString(Size) + QStringLiteral(" item")),
                 qPrintable(editor->footerText()));

    // Page through the middle, a screen at a time, as a user dragging the scroll bar would.
    QScrollBar *bar = editor->view()->verticalScrollBar();
    for (int step = 0; step < 20; ++step) {
        bar->setValue(bar->maximum() / 20 * step);
        const int row = editor->view()->rowAt(0);
        QTRY_VERIFY_WITH_TIMEOUT(!model->index(row, 0).data(ContainerModel::LoadingRole).toBool(), Timeout);
    }
    const qint64 rssAfter = rssKiB();
    const qint64 stall = meter.longestMs();
    qInfo("1M dict: first page %lld ms, last page after scrollToBottom %lld ms, "
          "longest event-loop stall %lld ms, RSS growth %lld KiB (%lld -> %lld)",
          firstPageMs, lastPageMs, stall, rssAfter - rssBefore, rssBefore, rssAfter);
    QVERIFY2(stall < 1000, qPrintable(QStringLiteral("stall %1 ms").arg(stall)));
    QVERIFY2(rssAfter - rssBefore < 200 * 1024,
             qPrintable(QStringLiteral("RSS grew %1 KiB").arg(rssAfter - rssBefore)));
    QVERIFY(editor->model()->cachedRowCount() <= editor->model()->cacheLimit() + editor->model()->pageSize());
}

// For a person (or an agent) to look at: LIBMANAGER_SCREENSHOT_DIR=/tmp/x saves PNGs of a dict
// editor with every kind of value, a highlighted row and the conflict banner.
void tst_ContainerEditors::screenshot()
{
    const QString dir = qEnvironmentVariable("LIBMANAGER_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("LIBMANAGER_SCREENSHOT_DIR not set");
    auto inner = m_manager->list(QVariantList { 1 });
    VariantPairList pairs { { QStringLiteral("name"), QStringLiteral("worker") },
                            { QStringLiteral("count"), 42 },
                            { QStringLiteral("ratio"), 0.75 },
                            { QStringLiteral("enabled"), true },
                            { QStringLiteral("nothing"), QVariant::fromValue(nullptr) },
                            { QStringLiteral("items"), QVariantList { 1, 2, 3 } },
                            { QStringLiteral("config"), QVariantMap { { QStringLiteral("a"), 1 } } },
                            { QStringLiteral("child"), QVariant::fromValue(inner->token()) },
                            { 7, QByteArray("bytes") } };
    for (int i = 0; i < 40; ++i)
        pairs.append({ QStringLiteral("k%1").arg(i), i });
    auto dict = m_manager->dict(pairs);
    auto editor = openEditor(*dict);
    editor->setHighlightsEnabled(true);
    QTRY_VERIFY_WITH_TIMEOUT(editor->model()->rowCount() > 10
                                     && !editor->model()->index(10, 1).data(ContainerModel::LoadingRole).toBool(),
                             Timeout);
    const QModelIndex cell = editor->view()->model()->index(1, 1);
    editor->view()->setCurrentIndex(cell);
    editor->view()->edit(cell);
    auto *line = qobject_cast<QLineEdit *>(editor->delegate()->currentEditor());
    QVERIFY(line);
    line->setText(QStringLiteral("43"));
    QCOMPARE(apply(*dict, { QStringLiteral("set"), V(QStringLiteral("count")), V(100),
                            QStringLiteral("set"), V(QStringLiteral("k3")), V(-3) }).size(), 2);
    QTRY_VERIFY_WITH_TIMEOUT(!editor->conflictText().isEmpty(), Timeout);
    QTRY_VERIFY(editor->activeHighlightCount() > 0);
    QVERIFY(editor->grab().save(dir + QStringLiteral("/dict-conflict.png")));
    editor->findChild<QAction *>(QStringLiteral("discardAction"))->trigger();
    m_session->setPaused(true);
    QCOMPARE(apply(*dict, { QStringLiteral("set"), V(QStringLiteral("k5")), V(5) }).size(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(editor->pendingChangeCount(), 1, Timeout);
    QVERIFY(editor->grab().save(dir + QStringLiteral("/dict-paused.png")));
    m_session->setPaused(false);
    editor->setFilterText(QStringLiteral("k1"));
    QSignalSpy searched(editor.get(), &ContainerEditor::searchFinished);
    QTRY_COMPARE_WITH_TIMEOUT(searched.size(), 1, Timeout);
    QVERIFY(editor->grab().save(dir + QStringLiteral("/dict-search.png")));
}

QTEST_MAIN(tst_ContainerEditors)
#include "tst_containereditors.moc"
