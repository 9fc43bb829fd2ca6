// SPDX-License-Identifier: BSD-3-Clause
#include "mainwindow.h"
#include "activitymodel.h"
#include "activityrecorder.h"
#include "activityview.h"
#include "clientsview.h"
#include "connectiondialog.h"
#include "detailsview.h"
#include "exportprogressdialog.h"
#include "inspectorsession.h"
#include "objectbrowser.h"
#include "objecteditor.h"
#include "problemsview.h"
#include "recentconnectionsmenu.h"
#include "theme.h"

#include <libmanager/introspector.h>
#include <libmanager/pendingcallwatcher.h>

#include <QtCore/qsettings.h>
#include <QtGui/qactiongroup.h>
#include <QtGui/qevent.h>
#include <QtGui/qundostack.h>
#include <QtWidgets/qapplication.h>
#include <QtWidgets/qdockwidget.h>
#include <QtWidgets/qtablewidget.h>
#include <QtWidgets/qheaderview.h>
#include <QtWidgets/qdialogbuttonbox.h>
#include <QtWidgets/qdialog.h>
#include <QtWidgets/qboxlayout.h>
#include <QtWidgets/qlabel.h>
#include <QtWidgets/qmenubar.h>
#include <QtWidgets/qmessagebox.h>
#include <QtWidgets/qstackedwidget.h>
#include <QtWidgets/qstatusbar.h>
#include <QtWidgets/qtabwidget.h>
#include <QtWidgets/qtoolbar.h>
#include <QtWidgets/qundoview.h>

namespace Inspector {

MainWindow::MainWindow(InspectorSession *session, QWidget *parent)
    : QMainWindow(parent), m_session(session)
{
    setObjectName(QStringLiteral("MainWindow"));
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("editorTabs"));
    m_tabs->setAccessibleName(tr("Open objects"));
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    m_tabs->setDocumentMode(true);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &MainWindow::closeEditor);
    // Details follow the open tab as they follow the current row of the docks.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (auto *editor = qobject_cast<ObjectEditor *>(m_tabs->widget(index)))
            m_details->showObject(editor->objectId());
    });
    // Without a tab: a word on how to open one.
    m_central = new QStackedWidget(this);
    auto *hint = new QLabel(tr("Open an object to see and edit it: double-click it in Objects, or "
                               "select it and press Enter."),
                            m_central);
    hint->setAlignment(Qt::AlignCenter);
    hint->setWordWrap(true);
    hint->setEnabled(false);
    m_central->addWidget(hint);
    m_central->addWidget(m_tabs);
    setCentralWidget(m_central);

    m_objects = new ObjectBrowser(session, this);
    m_details = new DetailsView(session, this);
    m_activity = new ActivityView(session->activity(), this);
    new ActivityRecorder(session, this);
    m_clients = new ClientsView(session, this);
    m_problems = new ProblemsView(session, this);
    auto *history = new QUndoView(session->undoStack(), this);
    history->setEmptyLabel(tr("<nothing edited yet>"));
    history->setAccessibleName(tr("History of your edits"));

    addDock(tr("Objects"), QStringLiteral("objectsDock"), m_objects, Qt::LeftDockWidgetArea);
    addDock(tr("Details"), QStringLiteral("detailsDock"), m_details, Qt::RightDockWidgetArea);
    m_bottomDocks = {
        addDock(tr("Activity"), QStringLiteral("activityDock"), m_activity, Qt::BottomDockWidgetArea),
        addDock(tr("Clients"), QStringLiteral("clientsDock"), m_clients, Qt::BottomDockWidgetArea),
        addDock(tr("Problems"), QStringLiteral("problemsDock"), m_problems, Qt::BottomDockWidgetArea),
        addDock(tr("History"), QStringLiteral("historyDock"), history, Qt::BottomDockWidgetArea),
    };
    for (int i = 1; i < m_bottomDocks.size(); ++i)
        tabifyDockWidget(m_bottomDocks.first(), m_bottomDocks.at(i));
    m_bottomDocks.first()->raise();

    connect(m_objects, &ObjectBrowser::objectActivated, this, &MainWindow::openObject);
    connect(m_clients, &ClientsView::objectActivated, this, &MainWindow::openObject);
    connect(m_problems, &ProblemsView::objectActivated, this, &MainWindow::openObject);
    connect(m_details, &DetailsView::objectActivated, this, &MainWindow::openObject);
    connect(m_activity, &ActivityView::objectActivated, this, &MainWindow::openObject);
    connect(m_objects, &ObjectBrowser::currentObjectChanged, m_details,
            [this](quint64 objectId) { m_details->showObject(objectId); });
    connect(m_problems, &ProblemsView::clientActivated, this, &MainWindow::showClient);
    connect(m_clients, &ClientsView::clientActivated, this, &MainWindow::showClient);
    connect(m_clients, &ClientsView::currentObjectChanged, m_details,
            [this](quint64 objectId) { m_details->showObject(objectId); });
    connect(m_problems, &ProblemsView::currentObjectChanged, m_details,
            [this](quint64 objectId) { m_details->showObject(objectId); });
    connect(m_details, &DetailsView::clientActivated, this, &MainWindow::showClient);
    connect(m_objects, &ObjectBrowser::clientActivated, this, &MainWindow::showClient);

    m_connectionLabel = new QLabel(this);
    m_connectionLabel->setAccessibleName(tr("Connection state"));
    m_liveLabel = new QLabel(this);
    m_liveLabel->setAccessibleName(tr("Live or paused"));
    statusBar()->addWidget(m_connectionLabel, 1);
    statusBar()->addPermanentWidget(m_liveLabel);

    createActions();
    connect(session, &InspectorSession::stateChanged, this, [this] {
        updateStatus();
        updateTitle();
    });
    connect(session, &InspectorSession::readOnlyChanged, this, &MainWindow::updateTitle);
    // Read-only undoes nothing: the edits of a read-write connection before stay in the
    // History dock's past, not on the stack.
    connect(session, &InspectorSession::readOnlyChanged, this, [this](bool readOnly) {
        if (readOnly)
            m_session->undoStack()->clear();
    });
    connect(session, &InspectorSession::pausedChanged, this, &MainWindow::updateStatus);
    connect(session, &InspectorSession::connectionLost, this, [this](const QString &reason) {
        statusBar()->showMessage(tr("Connection lost: %1").arg(reason), 5000);
    });

    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    if (!settings.contains(QStringLiteral("window/geometry")))
        resize(1280, 800);
    if (!settings.contains(QStringLiteral("window/state"))) {
        // First start: room for the object tree's columns, and for the bottom docks.
        resizeDocks({ findChild<QDockWidget *>(QStringLiteral("objectsDock")),
                      findChild<QDockWidget *>(QStringLiteral("detailsDock")) },
                    { 560, 280 }, Qt::Horizontal);
        resizeDocks({ m_bottomDocks.first() }, { 240 }, Qt::Vertical);
    }
    updateTitle();
    updateStatus();
}

MainWindow::~MainWindow() = default;

QDockWidget *MainWindow::addDock(const QString &title, const QString &objectName, QWidget *widget,
                                 Qt::DockWidgetArea area)
{
    auto *dock = new QDockWidget(title, this);
    dock->setObjectName(objectName);
    dock->setWidget(widget);
    dock->setAccessibleName(title);
    addDockWidget(area, dock);
    return dock;
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *connectAction = file->addAction(tr("&Connect…"), this, [this] {
        ConnectionDialog::connectSession(m_session, this);
    });
    connectAction->setShortcut(QKeySequence::Open);
    connectAction->setObjectName(QStringLiteral("connectAction"));
    file->addMenu(new RecentConnectionsMenu(m_session, this));
    file->addSeparator();
    QAction *exportObject = file->addAction(tr("&Export object…"), this, [this] {
        if (auto *editor = qobject_cast<ObjectEditor *>(m_tabs->currentWidget())) {
            if (auto *dialog = ExportProgressDialog::exportObject(m_session, editor->objectId(),
                                                                  editor->typeId(), this))
                connect(dialog, &ExportProgressDialog::statusMessage, statusBar(),
                        [this](const QString &text) { statusBar()->showMessage(text, 5000); });
        }
    });
    exportObject->setShortcut(Qt::CTRL | Qt::Key_E);
    exportObject->setObjectName(QStringLiteral("exportObjectAction"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);
    quit->setObjectName(QStringLiteral("quitAction"));

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_session->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setObjectName(QStringLiteral("undoAction"));
    undo->setProperty("mutating", true);
    QAction *redo = m_session->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    redo->setObjectName(QStringLiteral("redoAction"));
    redo->setProperty("mutating", true);
    edit->addAction(undo);
    edit->addAction(redo);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    m_pauseAction = view->addAction(tr("&Pause live updates"));
    m_pauseAction->setObjectName(QStringLiteral("pauseAction"));
    m_pauseAction->setCheckable(true);
    m_pauseAction->setShortcut(Qt::Key_Space);
    m_pauseAction->setShortcutContext(Qt::WindowShortcut);
    connect(m_pauseAction, &QAction::toggled, m_session, &InspectorSession::setPaused);
    connect(m_session, &InspectorSession::pausedChanged, m_pauseAction, &QAction::setChecked);
    QMenu *theme = view->addMenu(tr("&Theme"));
    auto *themes = new QActionGroup(this);
    const QString current = QSettings().value(QStringLiteral("view/theme"), QStringLiteral("system")).toString();
    const std::pair<QString, QString> names[] = { { QStringLiteral("system"), tr("&System") },
                                                  { QStringLiteral("light"), tr("&Light (Fusion)") },
                                                  { QStringLiteral("dark"), tr("&Dark (Fusion)") } };
    for (const auto &[name, text] : names) {
        QAction *action = theme->addAction(text);
        action->setCheckable(true);
        action->setChecked(name == current);
        action->setObjectName(QStringLiteral("theme-") + name);
        themes->addAction(action);
        connect(action, &QAction::triggered, this, [name = name] {
            applyTheme(name);
            QSettings().setValue(QStringLiteral("view/theme"), name);
        });
    }
    view->addAction(m_objects->flatListAction());
    view->addSeparator();
    const QList<QDockWidget *> docks = findChildren<QDockWidget *>();
    int number = 1;
    for (QDockWidget *dock : docks) {
        QAction *toggle = dock->toggleViewAction();
        if (number <= 9)
            toggle->setShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_0 + number++)));
        view->addAction(toggle);
    }

    QMenu *object = menuBar()->addMenu(tr("&Object"));
    QAction *close = object->addAction(tr("&Close tab"), this, [this] {
        if (m_tabs->currentIndex() >= 0)
            closeEditor(m_tabs->currentIndex());
    });
    close->setShortcuts({ QKeySequence(Qt::CTRL | Qt::Key_W), QKeySequence(Qt::CTRL | Qt::Key_F4) });
    close->setObjectName(QStringLiteral("closeTabAction"));
    QAction *next = object->addAction(tr("&Next tab"), this, [this] {
        if (m_tabs->count() > 0)
            m_tabs->setCurrentIndex((m_tabs->currentIndex() + 1) % m_tabs->count());
    });
    next->setShortcut(QKeySequence::NextChild);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *keys = help->addAction(tr("&Keyboard shortcuts"), this, &MainWindow::showShortcuts);
    keys->setShortcut(QKeySequence::HelpContents);
    keys->setObjectName(QStringLiteral("shortcutsAction"));
    help->addAction(tr("&About libmanager Inspector"), this, [this] {
        QMessageBox::about(this, tr("About libmanager Inspector"),
                           tr("<p>libmanager Inspector %1</p><p>A live view of the shared objects, "
                              "clients, locks and waiters of a libmanager server.</p>")
                                   .arg(QApplication::applicationVersion()));
    });

    QToolBar *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->addAction(m_pauseAction);
}

void MainWindow::showShortcuts()
{
    // Every action of the window and its open editors that has a shortcut, as it is now.
    QList<QPair<QString, QString>> rows;
    const QList<QAction *> actions = findChildren<QAction *>();
    for (const QAction *action : actions) {
        if (action->shortcut().isEmpty() || action->text().isEmpty())
            continue;
        QString text = action->text();
        text.remove(QLatin1Char('&'));
        QStringList keys;
        const QList<QKeySequence> shortcuts = action->shortcuts();
        for (const QKeySequence &key : shortcuts)
            keys.append(key.toString(QKeySequence::NativeText));
        const QPair<QString, QString> row { keys.join(QStringLiteral(", ")), text };
        if (!rows.contains(row))
            rows.append(row);
    }
    std::sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) { return a.second < b.second; });
    auto *dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Keyboard shortcuts"));
    auto *table = new QTableWidget(int(rows.size()), 2, dialog);
    table->setObjectName(QStringLiteral("shortcutsTable"));
    table->setAccessibleName(tr("Keyboard shortcuts"));
    table->setHorizontalHeaderLabels({ tr("Action"), tr("Shortcut") });
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    for (int row = 0; row < rows.size(); ++row) {
        table->setItem(row, 0, new QTableWidgetItem(rows.at(row).second));
        table->setItem(row, 1, new QTableWidgetItem(rows.at(row).first));
    }
    table->resizeColumnsToContents();
    table->horizontalHeader()->setStretchLastSection(true);
    auto *note = new QLabel(tr("Also: Enter opens the current object, F2 edits a cell, arrow keys move in "
                               "every view, Tab moves between the panes."),
                            dialog);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::close);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(table);
    layout->addWidget(note);
    layout->addWidget(buttons);
    dialog->resize(520, 480);
    dialog->show();
}

void MainWindow::updateTitle()
{
    QString title = tr("libmanager Inspector — %1").arg(m_session->address());
    if (m_session->isReadOnly())
        title = tr("%1 [READ-ONLY]").arg(title);
    setWindowTitle(title);
}

void MainWindow::updateStatus()
{
    switch (m_session->state()) {
    case InspectorSession::State::Disconnected:
        m_connectionLabel->setText(tr("● not connected"));
        break;
    case InspectorSession::State::Connecting:
        m_connectionLabel->setText(tr("● connecting to %1…").arg(m_session->address()));
        break;
    case InspectorSession::State::Connected:
        m_connectionLabel->setText(tr("● connected to %1").arg(m_session->address()));
        break;
    case InspectorSession::State::Reconnecting:
        m_connectionLabel->setText(tr("● connection lost: reconnecting (attempt %1)…")
                                           .arg(m_session->reconnectAttempt() + 1));
        break;
    }
    m_liveLabel->setText(m_session->isPaused() ? tr("Paused (Space resumes)") : tr("Live"));
    // The last data stays visible, greyed, while the connection is away.
    const bool up = m_session->state() == InspectorSession::State::Connected;
    m_tabs->setEnabled(up);
}

ObjectEditor *MainWindow::editor(quint64 objectId) const
{
    for (int i = 0; i < m_tabs->count(); ++i) {
        auto *editor = qobject_cast<ObjectEditor *>(m_tabs->widget(i));
        if (editor && editor->objectId() == objectId)
            return editor;
    }
    return nullptr;
}

void MainWindow::openObject(quint64 objectId, const QString &typeId)
{
    if (ObjectEditor *open = editor(objectId)) {
        m_tabs->setCurrentWidget(open);
        return;
    }
    if (typeId.isEmpty()) {
        lookUpAndOpen(objectId);
        return;
    }
    ObjectEditor *editor = createObjectEditor(m_session, objectId, typeId, m_tabs);
    const int index = m_tabs->addTab(editor, editor->title());
    m_tabs->setCurrentIndex(index);
    m_central->setCurrentWidget(m_tabs);
    connect(editor, &ObjectEditor::objectActivated, this, &MainWindow::openObject);
    connect(editor, &ObjectEditor::clientActivated, this, &MainWindow::showClient);
    connect(editor, &ObjectEditor::titleChanged, this, [this, editor] {
        const int at = m_tabs->indexOf(editor);
        if (at >= 0)
            m_tabs->setTabText(at, editor->title());
    });
    connect(editor, &ObjectEditor::objectGone, this, [this, editor] {
        const int at = m_tabs->indexOf(editor);
        if (at < 0)
            return;
        m_session->activity()->appendOwnCall(editor->objectId(), editor->title(), tr("closed"),
                                             tr("the object was released"));
        statusBar()->showMessage(tr("%1 was released; its tab closed").arg(editor->title()), 5000);
        closeEditor(at);
    });
}

void MainWindow::lookUpAndOpen(quint64 objectId)
{
    LibManager::Introspector *introspector = m_session->introspector();
    if (!introspector || objectId == 0)
        return;
    auto *watcher = new LibManager::PendingCallWatcher(introspector->objectsPageAsync(objectId - 1, 1), this);
    connect(watcher, &LibManager::PendingCallWatcher::finished, this,
            [this, objectId](LibManager::PendingCallWatcher *call) {
                call->deleteLater();
                const LibManager::ObjectPage page = LibManager::PendingReply<LibManager::ObjectPage>(*call).value();
                if (!page.objects.isEmpty() && page.objects.first().id == objectId)
                    openObject(objectId, page.objects.first().typeId);
                else
                    statusBar()->showMessage(tr("Object %1 is gone").arg(objectId), 5000);
            });
}

bool MainWindow::showDock(const QString &name)
{
    auto *dock = findChild<QDockWidget *>(name + QStringLiteral("Dock"));
    if (!dock)
        return false;
    dock->show();
    dock->raise();
    return true;
}

void MainWindow::showClient(quint64 clientId)
{
    if (auto *dock = findChild<QDockWidget *>(QStringLiteral("clientsDock"))) {
        dock->show();
        dock->raise();
    }
    m_clients->showClient(clientId);
}

void MainWindow::closeEditor(int index)
{
    QWidget *widget = m_tabs->widget(index);
    m_tabs->removeTab(index);
    delete widget;
    if (m_tabs->count() == 0)
        m_central->setCurrentIndex(0);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    QMainWindow::closeEvent(event);
}

} // namespace Inspector
