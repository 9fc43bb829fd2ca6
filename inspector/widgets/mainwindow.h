// SPDX-License-Identifier: BSD-3-Clause
#ifndef INSPECTOR_MAINWINDOW_H
#define INSPECTOR_MAINWINDOW_H

#include <QtWidgets/qmainwindow.h>

QT_BEGIN_NAMESPACE
class QAction;
class QDockWidget;
class QLabel;
class QStackedWidget;
class QTabWidget;
QT_END_NAMESPACE

namespace Inspector {

class ActivityView;
class ClientsView;
class DetailsView;
class InspectorSession;
class ObjectBrowser;
class ObjectEditor;
class ProblemsView;

/*!
    The inspector's window: the Objects dock (left), Details (right), Activity, Clients, Problems
    and History (bottom, tabbed), and the open objects' editors as closable tabs in the middle.
    The title names the address and says READ-ONLY; the status bar says the connection's state,
    Live or Paused. Window geometry and dock layout are kept in QSettings.
*/
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(InspectorSession *session, QWidget *parent = nullptr);
    ~MainWindow() override;

    InspectorSession *session() const { return m_session; }
    /*! The editor open for \a objectId, or nullptr. */
    ObjectEditor *editor(quint64 objectId) const;
    QTabWidget *tabs() const { return m_tabs; }
    /*! Shows and raises the dock \a name: "objects", "details", "activity", "clients",
        "problems" or "history"; false if there is none of that name. */
    bool showDock(const QString &name);

public Q_SLOTS:
    /*! Opens (or brings forward) the editor of \a objectId; \a typeId may be empty when the
        caller does not know it (it is looked up). */
    void openObject(quint64 objectId, const QString &typeId = QString());
    void showClient(quint64 clientId);
    /*! Help > Keyboard shortcuts: every shortcut of the window and its editors. */
    void showShortcuts();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    QDockWidget *addDock(const QString &title, const QString &objectName, QWidget *widget,
                         Qt::DockWidgetArea area);
    void updateTitle();
    void updateStatus();
    void closeEditor(int index);
    void lookUpAndOpen(quint64 objectId);

    InspectorSession *const m_session;
    QTabWidget *m_tabs = nullptr;
    QStackedWidget *m_central = nullptr;
    ObjectBrowser *m_objects = nullptr;
    DetailsView *m_details = nullptr;
    ActivityView *m_activity = nullptr;
    ClientsView *m_clients = nullptr;
    ProblemsView *m_problems = nullptr;
    QLabel *m_connectionLabel = nullptr;
    QLabel *m_liveLabel = nullptr;
    QAction *m_pauseAction = nullptr;
    QList<QDockWidget *> m_bottomDocks;
};

} // namespace Inspector

#endif // INSPECTOR_MAINWINDOW_H
