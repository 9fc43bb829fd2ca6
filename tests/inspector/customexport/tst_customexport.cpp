// SPDX-License-Identifier: BSD-3-Clause
// The inspector's editors for application types and Values, and its JSON export, against a
// real server: this program, run again by start() as the server of CalcManager (a SyncManager
// with an application type), and the containerworker program as another client.

#include "workerformat.h"
#include "helperprocess.h"

#include "activitymodel.h"
#include "callmethoddialog.h"
#include "customeditor.h"
#include "exportprogressdialog.h"
#include "inspectorsession.h"
#include "jsonexport.h"
#include "mainwindow.h"
#include "objecteditor.h"
#include "valueeditor.h"
#include "valuesparkline.h"

#include <libmanager/dictproxy.h>
#include <libmanager/listproxy.h>
#include <libmanager/pendingcallwatcher.h>
#include <libmanager/servermain.h>
#include <libmanager/syncmanager.h>
#include <libmanager/valueproxy.h>

#include <QtCore/qjsonarray.h>
#include <QtCore/qjsondocument.h>
#include <QtCore/qjsonobject.h>
#include <QtCore/qtemporarydir.h>
#include <QtTest/qsignalspy.h>
#include <QtTest/qtest.h>
#include <QtWidgets/qaction.h>
#include <QtWidgets/qapplication.h>
#include <QtWidgets/qcheckbox.h>
#include <QtWidgets/qlabel.h>
#include <QtWidgets/qlineedit.h>
#include <QtWidgets/qpushbutton.h>
#include <QtWidgets/qspinbox.h>
#include <QtWidgets/qtreewidget.h>

#include <cmath>
#include <stdexcept>

using namespace LibManager;
using namespace Inspector;

// The application type: lives in the server process.
class Calculator : public QObject
{
    Q_OBJECT
public:
    Q_INVOKABLE explicit Calculator(QObject *parent = nullptr)
        : QObject(parent)
    {
    }
    Q_INVOKABLE int add(int a, int b) const { return a + b; }
    Q_INVOKABLE double scale(double value, double factor) const { return value * factor; }
    Q_INVOKABLE QString greet(const QString &name, bool shout) const
    {
        const QString text = QStringLiteral("hello %1").arg(name);
        return shout ? text.toUpper() : text;
    }
    Q_INVOKABLE QVariant echo(const QVariant &value) const { return value; }
    Q_INVOKABLE int divide(int a, int b) const
    {
        if (b == 0)
            throw std::runtime_error("division by zero");
        return a / b;
    }
};

class CalcManager : public SyncManager
{
    Q_OBJECT
public:
    explicit CalcManager(QObject *parent = nullptr)
        : SyncManager(parent)
    {
        registerTypes();
    }
    CalcManager(const QString &address, const QByteArray &key)
        : SyncManager(address, key)
    {
        registerTypes();
    }

private:
    void registerTypes() { registerType<Calculator>(); }
};

namespace {

class Worker : public TestSupport::HelperProcess
{
public:
    explicit Worker(const QStringList &arguments)
        : HelperProcess(TestSupport::Helper::ContainerWorker, arguments, 60000)
    {
    }
};

QString show(const QVariant &value)
{
    return QStringLiteral("%1(%2)").arg(QString::fromLatin1(value.typeName()), value.toString());
}

} // namespace

class tst_CustomExport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void parseSignature_data();
    void parseSignature();
    void jsonValues_data();
    void jsonValues();
    void dictKeys();

    void factoryPicksEditors();
    void customEditorListsMethods();
    void customEditorCallsWithTypedArguments();
    void customEditorReadOnly();
    void valueEditorFollowsAnotherClient();
    void valueEditorSetIsConditional();
    void valueEditorFetchAddAndReadOnly();
    void valueEditorRanges();

    void exportDictRoundTrip();
    void exportListAndValue();
    void exportCancelLeavesNoFile();
    void exportProgressDialog();
    void mainWindowHasExportAction();

private:
    Worker *worker(const QString &token, const QStringList &ops);

    std::unique_ptr<CalcManager> m_manager;
    std::unique_ptr<InspectorSession> m_session;
    std::vector<std::unique_ptr<Worker>> m_workers;
    QTemporaryDir m_dir;
    const QByteArray m_key = QByteArrayLiteral("customexport-suite");
};

void tst_CustomExport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_manager = std::make_unique<CalcManager>(QString(), m_key);
    QVERIFY2(m_manager->start(), qPrintable(m_manager->errorString()));
}

void tst_CustomExport::cleanupTestCase()
{
    m_manager.reset();
}

void tst_CustomExport::init()
{
    m_session = std::make_unique<InspectorSession>();
    m_session->setAddress(m_manager->address());
    m_session->setAuthKey(m_key);
    QVERIFY2(m_session->open(), qPrintable(m_session->lastErrorString()));
}

void tst_CustomExport::cleanup()
{
    m_workers.clear();
    m_session.reset();
}

Worker *tst_CustomExport::worker(const QString &token, const QStringList &ops)
{
    m_workers.push_back(
        std::make_unique<Worker>(QStringList { QStringLiteral("apply"), m_manager->address(),
                                               QString::fromLatin1(m_key.toHex()), token }
                                 + ops));
    return m_workers.back().get();
}

// --- Pure functions -------------------------------------------------------------------------

void tst_CustomExport::parseSignature_data()
{
    QTest::addColumn<QString>("signature");
    QTest::addColumn<QString>("returnType");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("parameters");
    QTest::newRow("two ints") << "int add(int,int)"
                              << "int"
                              << "add"
                              << QStringList { QStringLiteral("int"), QStringLiteral("int") };
    QTest::newRow("none") << "void reset()"
                          << "void"
                          << "reset" << QStringList();
    QTest::newRow("const refs") << "QString greet(const QString&,bool)"
                                << "QString"
                                << "greet"
                                << QStringList { QStringLiteral("QString"),
                                                 QStringLiteral("bool") };
    QTest::newRow("template") << "QVariant f(QMap<QString,int>,double)"
                              << "QVariant"
                              << "f"
                              << QStringList { QStringLiteral("QMap<QString,int>"),
                                               QStringLiteral("double") };
    QTest::newRow("no return type") << "bar()"
                                    << "void"
                                    << "bar" << QStringList();
    QTest::newRow("garbage") << "not a signature"
                             << ""
                             << "" << QStringList();
}

void tst_CustomExport::parseSignature()
{
    QFETCH(QString, signature);
    QFETCH(QString, returnType);
    QFETCH(QString, name);
    QFETCH(QStringList, parameters);
    const CallMethodDialog::Signature parsed = CallMethodDialog::parseSignature(signature);
    QCOMPARE(parsed.name, name);
    QCOMPARE(parsed.isValid(), !name.isEmpty());
    if (parsed.isValid()) {
        QCOMPARE(parsed.returnType, returnType);
        QCOMPARE(parsed.parameterTypes, parameters);
    }
}

void tst_CustomExport::jsonValues_data()
{
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QByteArray>("json");
    const QDateTime when(QDate(2026, 12, 1), QTime(23, 59, 1, 250), Qt::UTC);
    QTest::newRow("null") << QVariant() << QByteArray("null");
    QTest::newRow("bool") << QVariant(true) << QByteArray("true");
    QTest::newRow("int") << QVariant(-42) << QByteArray("-42");
    QTest::newRow("double") << QVariant(1.5) << QByteArray("1.5");
    QTest::newRow("string") << QVariant(QStringLiteral("héllo")) << QByteArray("\"héllo\"");
    QTest::newRow("big int") << QVariant(qlonglong(1) << 60)
                             << QByteArray("{\"$type\":\"int\",\"value\":\"1152921504606846976\"}");
    QTest::newRow("big uint") << QVariant(std::numeric_limits<qulonglong>::max())
                              << QByteArray(
                                     "{\"$type\":\"int\",\"value\":\"18446744073709551615\"}");
    QTest::newRow("bytes") << QVariant(QByteArray("\x00\xff"
                                                  "ab",
                                                  4))
                           << QByteArray("{\"$type\":\"bytes\",\"base64\":\"AP9hYg==\"}");
    QTest::newRow("datetime") << QVariant(
        when) << QByteArray("{\"$type\":\"QDateTime\",\"iso\":\"2026-12-01T23:59:01.250Z\"}");
    QTest::newRow("date") << QVariant(QDate(2026, 2, 3))
                          << QByteArray("{\"$type\":\"QDate\",\"iso\":\"2026-02-03\"}");
    QTest::newRow("inf") << QVariant(-std::numeric_limits<double>::infinity())
                         << QByteArray("{\"$type\":\"double\",\"value\":\"-inf\"}");
    QTest::newRow("nested list")
        << QVariant(QVariantList { 1, QStringLiteral("x"), QVariantList { QByteArray("b") } })
        << QByteArray("[1,\"x\",[{\"$type\":\"bytes\",\"base64\":\"Yg==\"}]]");
    QTest::newRow("map") << QVariant(QVariantMap { { QStringLiteral("a"), 1 } })
                         << QByteArray("{\"a\":1}");
    QTest::newRow("map with $type")
        << QVariant(QVariantMap { { QStringLiteral("$type"), QStringLiteral("bytes") } })
        << QByteArray("{\"$type\":\"map\",\"items\":{\"$type\":\"bytes\"}}");
    QTest::newRow("pairs") << QVariant::fromValue(VariantPairList { { 1, QStringLiteral("one") } })
                           << QByteArray("{\"$type\":\"pairs\",\"items\":[[1,\"one\"]]}");
}

void tst_CustomExport::jsonValues()
{
    QFETCH(QVariant, value);
    QFETCH(QByteArray, json);
    const QJsonValue converted = JsonExport::toJson(value);
    const QByteArray text = QJsonDocument(QJsonArray { converted }).toJson(QJsonDocument::Compact);
    QCOMPARE(text.mid(1, text.size() - 2), json);
    const QVariant back = JsonExport::fromJson(converted);
    if (value.metaType() == QMetaType::fromType<VariantPairList>()) {
        QCOMPARE(back.value<VariantPairList>(), value.value<VariantPairList>());
        return;
    }
    QCOMPARE(show(back), show(value));
    QCOMPARE(back, value);
}

void tst_CustomExport::dictKeys()
{
    QCOMPARE(JsonExport::keyToJson(QStringLiteral("plain")), QStringLiteral("plain"));
    QCOMPARE(JsonExport::keyToJson(7), QStringLiteral("$key:7"));
    QCOMPARE(JsonExport::keyToJson(QStringLiteral("$key:x")), QStringLiteral("$key:\"$key:x\""));
    const QVariantList keys { QStringLiteral("plain"),  7,         2.5, QByteArray("raw"),
                              QStringLiteral("$key:x"), QVariant() };
    for (const QVariant &key : keys) {
        const QVariant back = JsonExport::keyFromJson(JsonExport::keyToJson(key));
        QCOMPARE(show(back), show(key));
    }
}

// --- Editors ---------------------------------------------------------------------------------

void tst_CustomExport::factoryPicksEditors()
{
    auto calc = m_manager->create(QStringLiteral("Calculator"));
    QVERIFY(calc);
    auto value = m_manager->Value('i', 1);
    auto dict = m_manager->dict();
    std::unique_ptr<ObjectEditor> custom(
        createObjectEditor(m_session.get(), calc->objectId(), QStringLiteral("Calculator")));
    QVERIFY(qobject_cast<CustomEditor *>(custom.get()));
    std::unique_ptr<ObjectEditor> valueEditor(
        createObjectEditor(m_session.get(), value->objectId(), QStringLiteral("Value")));
    QVERIFY(qobject_cast<ValueEditor *>(valueEditor.get()));
    std::unique_ptr<ObjectEditor> standard(
        createObjectEditor(m_session.get(), dict->objectId(), QStringLiteral("dict")));
    QVERIFY(!qobject_cast<CustomEditor *>(standard.get()));
    QVERIFY(!qobject_cast<ValueEditor *>(standard.get()));
}

void tst_CustomExport::customEditorListsMethods()
{
    auto calc = m_manager->create(QStringLiteral("Calculator"));
    QVERIFY(calc);
    CustomEditor editor(m_session.get(), calc->objectId(), QStringLiteral("Calculator"));
    QTRY_COMPARE(editor.methods().size(), 5);
    QCOMPARE(
        editor.methods(),
        (QStringList { QStringLiteral("int add(int,int)"), QStringLiteral("int divide(int,int)"),
                       QStringLiteral("QVariant echo(QVariant)"),
                       QStringLiteral("QString greet(QString,bool)"),
                       QStringLiteral("double scale(double,double)") }));
    QTRY_COMPARE(editor.className(), QStringLiteral("Calculator"));
    QCOMPARE(editor.methodView()->topLevelItemCount(), 5);
    QTreeWidgetItem *greet = editor.methodView()->topLevelItem(3);
    QCOMPARE(greet->text(0), QStringLiteral("QString"));
    QCOMPARE(greet->text(1), QStringLiteral("greet"));
    QCOMPARE(greet->text(2), QStringLiteral("QString, bool"));
    auto *summary = editor.findChild<QLabel *>(QStringLiteral("summaryLabel"));
    QVERIFY(summary);
    QTRY_VERIFY2(summary->text().contains(QStringLiteral("Calculator"))
                     && summary->text().contains(QStringLiteral("5 exposed method(s)")),
                 qPrintable(summary->text()));
}

void tst_CustomExport::customEditorCallsWithTypedArguments()
{
    auto calc = m_manager->create(QStringLiteral("Calculator"));
    QVERIFY(calc);
    CustomEditor editor(m_session.get(), calc->objectId(), QStringLiteral("Calculator"));
    QTRY_COMPARE(editor.methods().size(), 5);
    QSignalSpy calls(&editor, &CustomEditor::callFinished);
    ActivityModel *activity = m_session->activity();
    const int before = activity->rowCount();

    // The dialog makes typed editors from the signature and converts what they hold.
    CallMethodDialog scale(QStringLiteral("double scale(double,double)"));
    QVERIFY(qobject_cast<QLineEdit *>(scale.argumentEditor(0)));
    scale.setArgument(0, QStringLiteral("2.5"));
    scale.setArgument(1, QStringLiteral("4"));
    QString error;
    const QVariantList scaleArgs = scale.arguments(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(scaleArgs, (QVariantList { 2.5, 4.0 }));
    QCOMPARE(scaleArgs.at(1).typeId(), QMetaType::Double);
    editor.callMethod(scale.signature().name, scaleArgs);
    QTRY_COMPARE(calls.size(), 1);
    QCOMPARE(calls.at(0).at(0).toString(), QStringLiteral("scale"));
    QVERIFY(calls.at(0).at(1).toBool());
    QCOMPARE(calls.at(0).at(2).toDouble(), 10.0);

    CallMethodDialog add(QStringLiteral("int add(int,int)"));
    QVERIFY(qobject_cast<QSpinBox *>(add.argumentEditor(0)));
    add.setArgument(0, 40);
    add.setArgument(1, 2);
    editor.callMethod(add.signature().name, add.arguments());
    QTRY_COMPARE(calls.size(), 2);
    QCOMPARE(calls.at(1).at(2), QVariant(42));

    CallMethodDialog greet(QStringLiteral("QString greet(QString,bool)"));
    QVERIFY(qobject_cast<QCheckBox *>(greet.argumentEditor(1)));
    greet.setArgument(0, QStringLiteral("ada"));
    greet.setArgument(1, true);
    editor.callMethod(greet.signature().name, greet.arguments());
    QTRY_COMPARE(calls.size(), 3);
    QCOMPARE(calls.at(2).at(2).toString(), QStringLiteral("HELLO ADA"));

    // JSON for QVariant parameters; bad JSON is refused before any call.
    CallMethodDialog echo(QStringLiteral("QVariant echo(QVariant)"));
    echo.setArgument(0, QStringLiteral("[1, \"two\"]"));
    editor.callMethod(echo.signature().name, echo.arguments());
    QTRY_COMPARE(calls.size(), 4);
    QCOMPARE(calls.at(3).at(2).toList(), (QVariantList { 1, QStringLiteral("two") }));
    echo.setArgument(0, QStringLiteral("[1,"));
    echo.arguments(&error);
    QVERIFY(error.startsWith(QStringLiteral("Argument 1: not JSON")));
    echo.setArgument(0, QString());
    QCOMPARE(echo.arguments(&error), QVariantList { QVariant() });
    QVERIFY(error.isEmpty());

    // A failure comes back as one, and is logged as failed.
    editor.callMethod(QStringLiteral("divide"), { 1, 0 });
    QTRY_COMPARE(calls.size(), 5);
    QVERIFY(!calls.at(4).at(1).toBool());
    QVERIFY2(calls.at(4).at(3).toString().contains(QStringLiteral("division by zero")),
             qPrintable(calls.at(4).at(3).toString()));

    QTRY_COMPARE(activity->rowCount(), before + 5);
    const ActivityModel::Entry &scaled = activity->entry(before);
    QCOMPARE(scaled.source, ActivityModel::Source::Inspector);
    QCOMPARE(scaled.objectId, calc->objectId());
    QCOMPARE(scaled.event, QStringLiteral("scale(2.5, 4)"));
    QCOMPARE(scaled.details, QStringLiteral("10"));
    QVERIFY(!scaled.failed);
    QCOMPARE(activity->entry(before + 2).details, QStringLiteral("\"HELLO ADA\""));
    QVERIFY(activity->entry(before + 4).failed);
    QVERIFY(editor.resultText().contains(QStringLiteral("add(40, 2) → 42")));
    QVERIFY(editor.resultText().contains(QStringLiteral("division by zero")));
}

void tst_CustomExport::customEditorReadOnly()
{
    auto calc = m_manager->create(QStringLiteral("Calculator"));
    QVERIFY(calc);
    CustomEditor editor(m_session.get(), calc->objectId(), QStringLiteral("Calculator"));
    QTRY_COMPARE(editor.methods().size(), 5);
    auto *call = editor.findChild<QPushButton *>(QStringLiteral("callButton"));
    QVERIFY(call);
    QVERIFY(call->property("mutating").toBool());
    QVERIFY(call->isEnabled());
    m_session->setReadOnlyRequested(true);
    QVERIFY(!call->isEnabled());
    QSignalSpy calls(&editor, &CustomEditor::callFinished);
    editor.callMethod(QStringLiteral("add"), { 1, 2 });
    QCOMPARE(calls.size(), 0); // refused at once, nothing sent
    m_session->setReadOnlyRequested(false);
    QVERIFY(call->isEnabled());
}

void tst_CustomExport::valueEditorFollowsAnotherClient()
{
    auto value = m_manager->Value('i', 5);
    QVERIFY(value);
    ValueEditor editor(m_session.get(), value->objectId(), QStringLiteral("Value"));
    QTRY_COMPARE(editor.typeCode(), 'i');
    auto *spin = editor.findChild<QSpinBox *>(QStringLiteral("valueSpinBox"));
    QVERIFY(spin);
    QTRY_COMPARE(spin->value(), 5);
    QCOMPARE(spin->minimum(), std::numeric_limits<int>::min());
    QCOMPARE(spin->maximum(), std::numeric_limits<int>::max());

    Worker *other
        = worker(value->token().toString(), { QStringLiteral("set"), ContainerWorker::encode(42) });
    QVERIFY(other->waitFor(QStringLiteral("END")));
    QTRY_COMPARE(spin->value(), 42);
    QCOMPARE(editor.value(), QVariant(42));
    auto *last = editor.findChild<QLabel *>(QStringLiteral("lastChangeLabel"));
    QVERIFY(last);
    // The other process's client made the change, not this inspector.
    QTRY_VERIFY2(last->text().contains(QStringLiteral("by client ")), qPrintable(last->text()));
    QVERIFY2(!last->text().contains(QStringLiteral("this inspector")), qPrintable(last->text()));
    QTRY_COMPARE(editor.sparkline()->values(), (QList<double> { 5, 42 }));
    QVERIFY(editor.sparkline()->isVisibleTo(&editor));
}

void tst_CustomExport::valueEditorSetIsConditional()
{
    auto value = m_manager->Value('i', 5);
    QVERIFY(value);
    ValueEditor editor(m_session.get(), value->objectId(), QStringLiteral("Value"));
    auto *spin = editor.findChild<QSpinBox *>(QStringLiteral("valueSpinBox"));
    QTRY_COMPARE(editor.typeCode(), 'i');
    QTRY_COMPARE(spin->value(), 5);
    QSignalSpy calls(&editor, &ValueEditor::callFinished);

    spin->setValue(77);
    editor.commit();
    QTRY_COMPARE(calls.size(), 1);
    QVERIFY(calls.at(0).at(1).toBool());
    QCOMPARE(value->value(), QVariant(77));

    // Paused, the editor does not take the change in: its Set expects the old value, and the
    // server refuses it. The banner offers Overwrite.
    m_session->setPaused(true);
    Worker *other
        = worker(value->token().toString(), { QStringLiteral("set"), ContainerWorker::encode(60) });
    QVERIFY(other->waitFor(QStringLiteral("END")));
    spin->setValue(90);
    editor.commit();
    QTRY_COMPARE(calls.size(), 2);
    QVERIFY2(calls.at(1).at(2).toString().contains(QStringLiteral("not exchanged")),
             qPrintable(calls.at(1).at(2).toString()));
    QCOMPARE(value->value(), QVariant(60));
    auto *banner = editor.findChild<QWidget *>(QStringLiteral("conflictBanner"));
    QVERIFY(banner);
    QVERIFY(banner->isVisibleTo(&editor));
    auto *overwrite = editor.findChild<QPushButton *>(QStringLiteral("overwriteButton"));
    overwrite->click();
    QTRY_COMPARE(calls.size(), 3);
    QVERIFY(calls.at(2).at(1).toBool());
    QCOMPARE(value->value(), QVariant(90));
    QVERIFY(!banner->isVisibleTo(&editor));
    m_session->setPaused(false);
}

void tst_CustomExport::valueEditorFetchAddAndReadOnly()
{
    auto value = m_manager->Value('d', 1.5);
    QVERIFY(value);
    ValueEditor editor(m_session.get(), value->objectId(), QStringLiteral("Value"));
    QTRY_COMPARE(editor.typeCode(), 'd');
    QTRY_COMPARE(editor.value(), QVariant(1.5));
    auto *line = editor.findChild<QLineEdit *>(QStringLiteral("valueLineEdit"));
    QVERIFY(line->isVisibleTo(&editor));
    QSignalSpy calls(&editor, &ValueEditor::callFinished);
    const int before = m_session->activity()->rowCount();
    editor.fetchAdd(2.25);
    QTRY_COMPARE(calls.size(), 1);
    QVERIFY(calls.at(0).at(1).toBool());
    QCOMPARE(value->value(), QVariant(3.75));
    QTRY_COMPARE(m_session->activity()->rowCount(), before + 1);
    QCOMPARE(m_session->activity()->entry(before).event, QStringLiteral("fetchAdd(2.25)"));
    QCOMPARE(m_session->activity()->entry(before).details, QStringLiteral("was 1.5"));
    // The live signal brings the sum back to the editor.
    QTRY_COMPARE(editor.value(), QVariant(3.75));

    // Out of range for the typecode: refused locally.
    line->setText(QStringLiteral("abc"));
    editor.commit();
    auto *status = editor.findChild<QLabel *>(QStringLiteral("statusLabel"));
    QCOMPARE(status->text(), QStringLiteral("'abc' is not a number"));
    QCOMPARE(calls.size(), 1);

    auto *set = editor.findChild<QPushButton *>(QStringLiteral("setButton"));
    auto *add = editor.findChild<QPushButton *>(QStringLiteral("addButton"));
    QVERIFY(set->isEnabled() && add->isEnabled());
    m_session->setReadOnlyRequested(true);
    const QList<QWidget *> children = editor.findChildren<QWidget *>();
    for (QWidget *child : children) {
        if (child->property("mutating").toBool())
            QVERIFY2(!child->isEnabled(), qPrintable(child->objectName()));
    }
    QVERIFY(line->isReadOnly());
    editor.fetchAdd(1.0);
    QCOMPARE(calls.size(), 1);
    m_session->setReadOnlyRequested(false);
    QVERIFY(set->isEnabled() && add->isEnabled());
}

void tst_CustomExport::valueEditorRanges()
{
    QString error;
    QCOMPARE(ValueEditor::parse('b', QStringLiteral("127"), &error), QVariant(127));
    QVERIFY(!ValueEditor::parse('b', QStringLiteral("128"), &error).isValid());
    QVERIFY2(error.contains(QStringLiteral("out of range")), qPrintable(error));
    QVERIFY(!ValueEditor::parse('B', QStringLiteral("-1"), &error).isValid());
    QCOMPARE(ValueEditor::parse('I', QStringLiteral("4294967295")), QVariant(4294967295u));
    QVERIFY(!ValueEditor::parse('I', QStringLiteral("4294967296")).isValid());
    QCOMPARE(ValueEditor::parse('q', QStringLiteral("-9223372036854775808")),
             QVariant(std::numeric_limits<qlonglong>::min()));
    QCOMPARE(ValueEditor::parse('Q', QStringLiteral("18446744073709551615")),
             QVariant(std::numeric_limits<qulonglong>::max()));
    QVERIFY(!ValueEditor::parse('f', QStringLiteral("1e39")).isValid());
    QCOMPARE(ValueEditor::parse('d', QStringLiteral("1e39")), QVariant(1e39));
    QCOMPARE(ValueEditor::parse('c', QStringLiteral("x")), QVariant(QByteArray("x")));
    QVERIFY(!ValueEditor::parse('c', QStringLiteral("xy")).isValid());
    QCOMPARE(ValueEditor::parse('u', QStringLiteral("é")), QVariant(QStringLiteral("é")));

    // A character Value: no sparkline, no Add.
    auto value = m_manager->Value('u', QStringLiteral("a"));
    QVERIFY(value);
    ValueEditor editor(m_session.get(), value->objectId(), QStringLiteral("Value"));
    QTRY_COMPARE(editor.typeCode(), 'u');
    QTRY_COMPARE(editor.value(), QVariant(QStringLiteral("a")));
    QVERIFY(!editor.sparkline()->isVisibleTo(&editor));
    QVERIFY(!editor.findChild<QPushButton *>(QStringLiteral("addButton"))->isVisibleTo(&editor));
    auto *line = editor.findChild<QLineEdit *>(QStringLiteral("valueLineEdit"));
    QCOMPARE(line->text(), QStringLiteral("a"));
    line->setText(QStringLiteral("z"));
    QSignalSpy calls(&editor, &ValueEditor::callFinished);
    editor.commit();
    QTRY_COMPARE(calls.size(), 1);
    QCOMPARE(value->value(), QVariant(QStringLiteral("z")));
}

// --- Export ----------------------------------------------------------------------------------

void tst_CustomExport::exportDictRoundTrip()
{
    constexpr int Count = 5000;
    const QDateTime base(QDate(2026, 1, 2), QTime(3, 4, 5, 678), Qt::UTC);
    VariantPairList expected;
    expected.reserve(Count);
    for (int i = 0; i < Count; ++i) {
        QVariant key = QStringLiteral("k%1").arg(i);
        if (i % 1000 == 7)
            key = i; // a few integer keys
        QVariant value;
        switch (i % 6) {
        case 0:
            value = i;
            break;
        case 1:
            value = i + 0.5;
            break;
        case 2:
            value = QStringLiteral("text %1 ü \"quoted\"").arg(i);
            break;
        case 3:
            value = QVariantList { i, QStringLiteral("x"), QVariantList { true, QVariant() } };
            break;
        case 4:
            value = QByteArray::number(i).append('\0').append("\xfe");
            break;
        case 5:
            value = base.addSecs(i);
            break;
        }
        expected.append({ key, value });
    }
    auto dict = m_manager->dict();
    QVERIFY(dict);
    for (int i = 0; i < Count; i += 1000)
        QVERIFY2(dict->update(expected.mid(i, 1000)), qPrintable(dict->lastErrorString()));
    QCOMPARE(dict->size(), Count);

    const QString fileName = m_dir.filePath(QStringLiteral("dict.json"));
    JsonExport exporter(m_session.get(), dict->objectId(), QStringLiteral("dict"));
    exporter.setFileName(fileName);
    QSignalSpy progress(&exporter, &JsonExport::progress);
    QSignalSpy finished(&exporter, &JsonExport::finished);
    QVERIFY2(exporter.start(), qPrintable(exporter.errorString()));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    QCOMPARE(exporter.status(), JsonExport::Status::Finished);
    QCOMPARE(progress.size(), Count / JsonExport::PageSize);
    QCOMPARE(progress.last().at(0).toLongLong(), qint64(Count));
    QCOMPARE(progress.last().at(1).toLongLong(), qint64(Count));

    QFile file(fileName);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    const QJsonObject root = doc.object();
    QCOMPARE(root.value(QStringLiteral("format")).toString(),
             QStringLiteral("libmanager-inspector-export"));
    QCOMPARE(root.value(QStringLiteral("typeId")).toString(), QStringLiteral("dict"));
    QCOMPARE(root.value(QStringLiteral("objectId")).toInteger(), qint64(dict->objectId()));
    QCOMPARE(root.value(QStringLiteral("count")).toInteger(), qint64(Count));
    QVERIFY(root.value(QStringLiteral("consistent")).toBool());
    const QJsonObject value = root.value(QStringLiteral("value")).toObject();
    QCOMPARE(value.size(), Count);
    for (const VariantPair &pair : std::as_const(expected)) {
        const QString name = JsonExport::keyToJson(pair.first);
        QVERIFY2(value.contains(name), qPrintable(name));
        QCOMPARE(JsonExport::keyFromJson(name), pair.first);
        const QVariant back = JsonExport::fromJson(value.value(name));
        QCOMPARE(show(back), show(pair.second));
        QCOMPARE(back, pair.second);
    }
    // Insertion order in the file (QJsonObject sorts; the text does not).
    QVERIFY(text.indexOf("\"k9\"") < text.indexOf("\"k10\""));
    QVERIFY(text.indexOf("\"$key:7\"") < text.indexOf("\"k8\""));
}

void tst_CustomExport::exportListAndValue()
{
    const QVariantList items { 1, QStringLiteral("two"), QVariantList { 3, 4 }, QByteArray("five"),
                               QVariantMap { { QStringLiteral("six"), 6 } } };
    QVariantList expected;
    for (int i = 0; i < 1500; ++i)
        expected.append(items.at(i % items.size()));
    auto list = m_manager->list(expected);
    QVERIFY(list);
    const QString listFile = m_dir.filePath(QStringLiteral("list.json"));
    JsonExport listExport(m_session.get(), list->objectId(), QStringLiteral("list"));
    listExport.setFileName(listFile);
    QSignalSpy listDone(&listExport, &JsonExport::finished);
    QVERIFY(listExport.start());
    QTRY_COMPARE(listDone.size(), 1);
    QCOMPARE(listExport.status(), JsonExport::Status::Finished);
    QFile file(listFile);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(JsonExport::fromJson(root.value(QStringLiteral("value"))).toList(), expected);

    auto number = m_manager->Value('q', qlonglong(1) << 62);
    const QString valueFile = m_dir.filePath(QStringLiteral("value.json"));
    JsonExport valueExport(m_session.get(), number->objectId(), QStringLiteral("Value"));
    valueExport.setFileName(valueFile);
    QSignalSpy valueDone(&valueExport, &JsonExport::finished);
    QVERIFY(valueExport.start());
    QTRY_COMPARE(valueDone.size(), 1);
    QCOMPARE(valueExport.status(), JsonExport::Status::Finished);
    QFile valueJson(valueFile);
    QVERIFY(valueJson.open(QIODevice::ReadOnly));
    const QJsonObject valueRoot = QJsonDocument::fromJson(valueJson.readAll()).object();
    QCOMPARE(valueRoot.value(QStringLiteral("typecode")).toString(), QStringLiteral("q"));
    QCOMPARE(JsonExport::fromJson(valueRoot.value(QStringLiteral("value"))),
             QVariant(qlonglong(1) << 62));

    auto ns = m_manager->Namespace();
    QVERIFY(ns->setValue(QStringLiteral("name"), QStringLiteral("x")));
    QVERIFY(ns->setValue(QStringLiteral("$key:odd"), 2));
    QVERIFY(
        ns->setValue(QStringLiteral("when"), QDateTime(QDate(2026, 3, 4), QTime(5, 6), Qt::UTC)));
    auto array = m_manager->Array('h', QVariantList { -3, 0, 1200 });
    const QVariantMap expectedNs {
        { QStringLiteral("name"), QStringLiteral("x") },
        { QStringLiteral("$key:odd"), 2 },
        { QStringLiteral("when"), QDateTime(QDate(2026, 3, 4), QTime(5, 6), Qt::UTC) },
    };
    const auto exported = [this](quint64 id, const QString &typeId) {
        const QString fileName = m_dir.filePath(QStringLiteral("%1-%2.json").arg(typeId).arg(id));
        JsonExport exporter(m_session.get(), id, typeId);
        exporter.setFileName(fileName);
        QSignalSpy done(&exporter, &JsonExport::finished);
        if (!exporter.start() || !done.wait(10000)
            || exporter.status() != JsonExport::Status::Finished)
            return QJsonObject();
        QFile file(fileName);
        file.open(QIODevice::ReadOnly);
        return QJsonDocument::fromJson(file.readAll()).object();
    };
    const QJsonObject nsRoot = exported(ns->objectId(), QStringLiteral("Namespace"));
    QCOMPARE(nsRoot.value(QStringLiteral("count")).toInt(), 3);
    const QJsonObject nsValue = nsRoot.value(QStringLiteral("value")).toObject();
    QVariantMap nsBack;
    for (auto it = nsValue.constBegin(); it != nsValue.constEnd(); ++it)
        nsBack.insert(JsonExport::keyFromJson(it.key()).toString(),
                      JsonExport::fromJson(it.value()));
    QCOMPARE(nsBack, expectedNs);
    const QJsonObject arrayRoot = exported(array->objectId(), QStringLiteral("Array"));
    QCOMPARE(JsonExport::fromJson(arrayRoot.value(QStringLiteral("value"))),
             QVariant(QVariantList { -3, 0, 1200 }));

    // A type without a paged read is refused up front.
    auto calc = m_manager->create(QStringLiteral("Calculator"));
    JsonExport refused(m_session.get(), calc->objectId(), QStringLiteral("Calculator"));
    refused.setFileName(m_dir.filePath(QStringLiteral("calc.json")));
    QVERIFY(!refused.start());
    QCOMPARE(refused.status(), JsonExport::Status::Failed);
    QCOMPARE(refused.errorString(),
             QStringLiteral("Objects of type Calculator cannot be exported"));
}

void tst_CustomExport::exportCancelLeavesNoFile()
{
    VariantPairList pairs;
    for (int i = 0; i < 3000; ++i)
        pairs.append({ i, QStringLiteral("v%1").arg(i) });
    auto dict = m_manager->dict(pairs);
    QVERIFY(dict);
    const QString fileName = m_dir.filePath(QStringLiteral("canceled.json"));
    JsonExport exporter(m_session.get(), dict->objectId(), QStringLiteral("dict"));
    exporter.setFileName(fileName);
    QSignalSpy progress(&exporter, &JsonExport::progress);
    QSignalSpy finished(&exporter, &JsonExport::finished);
    // Canceled after the first page: the next one is on its way then.
    connect(&exporter, &JsonExport::progress, &exporter, &JsonExport::cancel);
    QVERIFY(exporter.start());
    QTRY_COMPARE(progress.size(), 1);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(exporter.status(), JsonExport::Status::Canceled);
    QVERIFY(!QFile::exists(fileName));
    // Nothing more comes from the page that was on its way: a later call on the same
    // connection has its answer after that page's.
    LibManager::PendingCallWatcher later(m_session->introspector()->capabilitiesAsync());
    QSignalSpy laterDone(&later, &LibManager::PendingCallWatcher::finished);
    QTRY_COMPARE(laterDone.size(), 1);
    QCOMPARE(progress.size(), 1);
    QCOMPARE(finished.size(), 1);
}

void tst_CustomExport::exportProgressDialog()
{
    auto dict = m_manager->dict(QVariantMap { { QStringLiteral("a"), 1 } });
    const QString fileName = m_dir.filePath(QStringLiteral("dialog.json"));
    QPointer<ExportProgressDialog> dialog = new ExportProgressDialog(
        m_session.get(), dict->objectId(), QStringLiteral("dict"), fileName);
    QSignalSpy status(dialog.data(), &ExportProgressDialog::statusMessage);
    const int before = m_session->activity()->rowCount();
    QVERIFY(dialog->start());
    QTRY_COMPARE(status.size(), 1);
    QVERIFY2(status.at(0).at(0).toString().startsWith(QStringLiteral("Exported 1 item(s) of dict")),
             qPrintable(status.at(0).at(0).toString()));
    QVERIFY(QFile::exists(fileName));
    QTRY_VERIFY(dialog.isNull()); // it deletes itself
    QTRY_COMPARE(m_session->activity()->rowCount(), before + 1);
    QCOMPARE(m_session->activity()->entry(before).event, QStringLiteral("export to dialog.json"));
}

void tst_CustomExport::mainWindowHasExportAction()
{
    MainWindow window(m_session.get());
    auto *action = window.findChild<QAction *>(QStringLiteral("exportObjectAction"));
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_E));
    QVERIFY(!action->property("mutating").toBool()); // reading only: allowed read-only
}

int main(int argc, char *argv[])
{
    // CalcManager has an application type: start() runs this program again as its server.
    if (LibManager::isServerProcess())
        return LibManager::serverMain<CalcManager>(argc, argv);
    QApplication app(argc, argv);
    tst_CustomExport test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_customexport.moc"
