// SPDX-License-Identifier: BSD-3-Clause
// The inspector's main window as a whole, against a real server (SyncManager::start()) holding
// one object of every standard type, each opened in its editor: read-only disables every
// mutating action of every view (and read-write enables some, so the walk can fail), the
// window's shortcuts, settings restored across runs, German labels that fit, and an accessible
// name on every focusable widget.

#include "transport.h"
#include "inspectorsession.h"
#include "mainwindow.h"
#include "objecteditor.h"

#include <libmanager/syncmanager.h>

#include <QtCore/qsettings.h>
#include <QtCore/qtemporarydir.h>
#include <QtCore/qtranslator.h>
#include <QtGui/qaction.h>
#include <QtTest/qtest.h>
#include <QtWidgets/qabstractbutton.h>
#include <QtWidgets/qapplication.h>
#include <QtWidgets/qdockwidget.h>
#include <QtWidgets/qabstractspinbox.h>
#include <QtWidgets/qcombobox.h>
#include <QtWidgets/qlabel.h>
#include <QtWidgets/qmainwindow.h>
#include <QtWidgets/qtabbar.h>
#include <QtWidgets/qtablewidget.h>
#include <QtWidgets/qtabwidget.h>

#include <memory>

using namespace LibManager;
using Inspector::InspectorSession;
using Inspector::MainWindow;

class tst_MainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void readOnlyDisablesEveryMutatingAction();
    void shortcuts();
    void layoutIsRestored();
    void germanLabelsFit();
    void focusableWidgetsHaveNames();

private:
    /*! A window on the server with every object's editor open. */
    std::unique_ptr<MainWindow> openWindow(InspectorSession *session);

    QTemporaryDir m_dir;
    std::unique_ptr<SyncManager> m_manager;
    QList<std::shared_ptr<Proxy>> m_objects;
    QList<QPair<quint64, QString>> m_ids;
    int m_settings = 0;
};

void tst_MainWindow::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_manager = std::make_unique<SyncManager>(m_dir.filePath(QStringLiteral("server.sock")),
                                              QByteArrayLiteral("mainwindow key"));
    TestSupport::configure(*m_manager);
    QVERIFY2(m_manager->start(), qPrintable(m_manager->errorString()));
    const auto keep = [this](std::unique_ptr<Proxy> proxy) {
        QVERIFY(proxy);
        m_ids.append({ proxy->objectId(), proxy->typeId() });
        m_objects.append(std::shared_ptr<Proxy>(std::move(proxy)));
    };
    keep(m_manager->dict(QVariantMap { { QStringLiteral("k"), 1 } }));
    keep(m_manager->list({ 1, 2, 3 }));
    keep(m_manager->Namespace());
    keep(m_manager->Value('i', 7));
    keep(m_manager->Array('d', QVariantList { 1.5, 2.5 }));
    keep(m_manager->Queue());
    for (const char *type : { "Lock", "RLock", "Semaphore", "BoundedSemaphore", "Condition", "Event" })
        keep(m_manager->create(QString::fromLatin1(type)));
    keep(m_manager->create(QStringLiteral("Barrier"), { 2 }));
}

void tst_MainWindow::cleanupTestCase()
{
    m_objects.clear();
    if (m_manager)
        m_manager->shutdown();
}

void tst_MainWindow::init()
{
    // Each test its own settings.
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                       m_dir.filePath(QStringLiteral("settings-%1").arg(++m_settings)));
}

std::unique_ptr<MainWindow> tst_MainWindow::openWindow(InspectorSession *session)
{
    session->setAddress(m_manager->address());
    session->setAuthKey(m_manager->authKey());
    if (!session->open())
        return nullptr;
    auto window = std::make_unique<MainWindow>(session);
    window->show();
    for (const auto &[id, typeId] : std::as_const(m_ids))
        window->openObject(id, typeId);
    return window;
}

void tst_MainWindow::readOnlyDisablesEveryMutatingAction()
{
    InspectorSession session;
    session.setReadOnlyRequested(true);
    const auto window = openWindow(&session);
    QVERIFY2(window, qPrintable(session.lastErrorString()));
    QCOMPARE(window->tabs()->count(), m_ids.size());
    QVERIFY(window->windowTitle().contains(QStringLiteral("READ-ONLY")));
    const auto mutating = [&window] {
        QList<QAction *> actions;
        const QList<QAction *> all = window->findChildren<QAction *>();
        for (QAction *action : all) {
            if (action->property("mutating").toBool())
                actions.append(action);
        }
        return actions;
    };
    // Every editor has had time to make its actions and read its object.
    QTRY_VERIFY(mutating().size() > 20);
    QStringList enabled;
    const QList<QAction *> actions = mutating();
    for (QAction *action : actions) {
        if (action->isEnabled())
            enabled.append(action->objectName().isEmpty() ? action->text() : action->objectName());
    }
    QVERIFY2(enabled.isEmpty(), qPrintable(enabled.join(QStringLiteral(", "))));

    // Read-write: the same walk finds enabled ones (in every editor that writes).
    session.setReadOnlyRequested(false);
    QTRY_VERIFY(std::count_if(actions.cbegin(), actions.cend(), [](QAction *a) { return a->isEnabled(); }) > 10);
    QVERIFY(!window->windowTitle().contains(QStringLiteral("READ-ONLY")));
}

void tst_MainWindow::shortcuts()
{
    InspectorSession session;
    const auto window = openWindow(&session);
    QVERIFY2(window, qPrintable(session.lastErrorString()));
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    window->activateWindow();
    QVERIFY(!session.isPaused());
    // Space pauses and resumes, wherever the focus is in the window (not in a text field).
    window->tabs()->setFocus();
    QTest::keyClick(window->tabs(), Qt::Key_Space);
    QVERIFY(session.isPaused());
    QTest::keyClick(window->tabs(), Qt::Key_Space);
    QVERIFY(!session.isPaused());
    // Ctrl+W closes the current tab.
    const int tabs = window->tabs()->count();
    QTest::keySequence(window.get(), QKeySequence::Close);
    QCOMPARE(window->tabs()->count(), tabs - 1);
    // Help > Keyboard shortcuts lists them, the editors' included.
    auto *help = window->findChild<QAction *>(QStringLiteral("shortcutsAction"));
    QVERIFY(help);
    help->trigger();
    QTableWidget *table = nullptr;
    QTRY_VERIFY((table = window->findChild<QTableWidget *>(QStringLiteral("shortcutsTable"))));
    QStringList rows;
    for (int row = 0; row < table->rowCount(); ++row)
        rows.append(table->item(row, 0)->text() + QLatin1Char('=') + table->item(row, 1)->text());
    QVERIFY2(rows.contains(QStringLiteral("Pause live updates=Space")), qPrintable(rows.join(QLatin1Char('\n'))));
    QVERIFY2(rows.contains(QStringLiteral("Close tab=Ctrl+W, Ctrl+F4")), qPrintable(rows.join(QLatin1Char('\n'))));
    QVERIFY2(rows.size() > 15, qPrintable(rows.join(QLatin1Char('\n'))));
}

void tst_MainWindow::layoutIsRestored()
{
    InspectorSession session;
    {
        const auto window = openWindow(&session);
        QVERIFY2(window, qPrintable(session.lastErrorString()));
        auto *clients = window->findChild<QDockWidget *>(QStringLiteral("clientsDock"));
        QVERIFY(clients);
        clients->hide();
        window->resize(1000, 700);
        window->close();
    }
    const auto again = std::make_unique<MainWindow>(&session);
    again->show();
    QVERIFY(QTest::qWaitForWindowExposed(again.get()));
    QVERIFY(!again->findChild<QDockWidget *>(QStringLiteral("clientsDock"))->isVisible());
    QVERIFY(again->findChild<QDockWidget *>(QStringLiteral("objectsDock"))->isVisible());
    QCOMPARE(again->size(), QSize(1000, 700));
}

void tst_MainWindow::germanLabelsFit()
{
    QTranslator german;
    QVERIFY(german.load(QStringLiteral("inspector_de"), QStringLiteral(LIBMANAGER_QM_DIR)));
    QCoreApplication::installTranslator(&german);
    InspectorSession session;
    const auto window = openWindow(&session);
    QVERIFY2(window, qPrintable(session.lastErrorString()));
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    QTRY_VERIFY(window->findChildren<QAction *>().size() > 40);
    QVERIFY(window->windowTitle().contains(QStringLiteral("Inspector")));
    // Each tab in turn, so that its widgets are laid out.
    QStringList clipped;
    int checked = 0;
    for (int i = 0; i < window->tabs()->count(); ++i) {
        window->tabs()->setCurrentIndex(i);
        QCoreApplication::processEvents();
        const QList<QWidget *> widgets = window->findChildren<QWidget *>();
        for (QWidget *widget : widgets) {
            if (!widget->isVisible())
                continue;
            const auto *label = qobject_cast<QLabel *>(widget);
            const auto *button = qobject_cast<QAbstractButton *>(widget);
            if ((!label || label->wordWrap() || label->text().isEmpty()) && !button)
                continue;
            const QString text = label ? label->text() : button->text();
            if (text.isEmpty())
                continue;
            ++checked;
            if (widget->sizeHint().width() > widget->width() + 1)
                clipped.append(QStringLiteral("%1 \"%2\" (%3 of %4 px)")
                                       .arg(QString::fromLatin1(widget->metaObject()->className()), text)
                                       .arg(widget->width())
                                       .arg(widget->sizeHint().width()));
        }
    }
    clipped.removeDuplicates();
    QCoreApplication::removeTranslator(&german);
    QVERIFY2(checked > 50, qPrintable(QString::number(checked)));
    QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(QLatin1Char('\n'))));
}

void tst_MainWindow::focusableWidgetsHaveNames()
{
    InspectorSession session;
    const auto window = openWindow(&session);
    QVERIFY2(window, qPrintable(session.lastErrorString()));
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    QStringList nameless;
    for (int i = 0; i < window->tabs()->count(); ++i) {
        window->tabs()->setCurrentIndex(i);
        QCoreApplication::processEvents();
        const QList<QWidget *> widgets = window->findChildren<QWidget *>();
        for (QWidget *widget : widgets) {
            if (!widget->isVisible() || widget->focusPolicy() == Qt::NoFocus)
                continue;
            // Qt's own tab bar of tabified docks: its tabs are the docks' titles.
            if (qobject_cast<QTabBar *>(widget) && qobject_cast<QMainWindow *>(widget->parentWidget()))
                continue;
            // A spin box's or combo box's line edit: the box is what is named.
            if (widget->parentWidget()
                && (widget->parentWidget()->focusProxy() == widget
                    || qobject_cast<QAbstractSpinBox *>(widget->parentWidget())
                    || qobject_cast<QComboBox *>(widget->parentWidget())))
                widget = widget->parentWidget();
            // Buttons and labelled fields are named by their text or their label's buddy.
            if (qobject_cast<QAbstractButton *>(widget)
                && !static_cast<QAbstractButton *>(widget)->text().isEmpty())
                continue;
            if (!widget->accessibleName().isEmpty() || !widget->toolTip().isEmpty())
                continue;
            bool hasBuddy = false;
            const QList<QLabel *> labels = window->findChildren<QLabel *>();
            for (const QLabel *label : labels)
                hasBuddy = hasBuddy || label->buddy() == widget;
            if (hasBuddy)
                continue;
            nameless.append(QStringLiteral("%1 (%2) in %3")
                                    .arg(QString::fromLatin1(widget->metaObject()->className()),
                                         widget->objectName(),
                                         widget->parentWidget()
                                                 ? QString::fromLatin1(widget->parentWidget()->metaObject()->className())
                                                 : QString()));
        }
    }
    nameless.removeDuplicates();
    QVERIFY2(nameless.isEmpty(), qPrintable(nameless.join(QLatin1Char('\n'))));
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
