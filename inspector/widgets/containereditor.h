// SPDX-License-Identifier: BSD-3-Clause
#ifndef INSPECTOR_CONTAINEREDITOR_H
#define INSPECTOR_CONTAINEREDITOR_H

#include "objecteditor.h"

#include <QtCore/qelapsedtimer.h>
#include <QtCore/qhash.h>
#include <QtCore/qabstractitemmodel.h>

#include <memory>
#include <vector>

QT_BEGIN_NAMESPACE
class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QSortFilterProxyModel;
class QTableView;
class QTimer;
class QToolBar;
class QWidget;
QT_END_NAMESPACE

namespace LibManager {
class ContainerModel;
class Proxy;
}

namespace Inspector {

class EditTarget;
class SnapshotModel;
class VariantDelegate;
class VariantTreeView;

/*!
    The editor of a dict, a list, a Namespace or an Array: a table over the library's item
    model of the object (lazy, paged, live), made with a proxy from InspectorSession::observe()
    (no reference). Edits go through undo commands (SetItemCommand...) on the session's undo
    stack, written conditionally on the version the user saw; a conflict, or a change by
    another client of the entry being edited, shows a banner (never a silent replacement of
    the open cell editor). Changed rows are highlighted for 1.5 s. While the session is paused
    the table shows a snapshot and a banner counts the changes. Read-only sessions get no
    editor and every mutating action (property "mutating") disabled.
*/
class ContainerEditor : public ObjectEditor
{
    Q_OBJECT
public:
    ContainerEditor(InspectorSession *session, quint64 objectId, const QString &typeId,
                    QWidget *parent = nullptr);
    ~ContainerEditor() override;

    QVariantMap viewState() const override;
    void restoreViewState(const QVariantMap &state) override;

    /*! The live model (nullptr before the connection); the view may show a snapshot or a
        filter over it. */
    LibManager::ContainerModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    VariantDelegate *delegate() const { return m_delegate; }
    std::shared_ptr<EditTarget> editTarget() const { return m_target; }

    /*! Highlights of changed rows (on by default; tests switch them off). */
    static void setHighlightsEnabledByDefault(bool enabled);
    void setHighlightsEnabled(bool enabled);
    bool highlightsEnabled() const { return m_highlightsEnabled; }
    /*! Rows highlighted now; whether the fade timer runs. */
    int activeHighlightCount() const { return int(m_highlights.size()); }
    bool isFadeTimerActive() const;
    /*! Changes counted while paused. */
    int pendingChangeCount() const { return m_pendingChanges; }

    /*! The banner's text (empty when hidden), for tests and the status bar. */
    QString conflictText() const;
    QString pauseText() const;
    QString messageText() const;
    QString footerText() const;

    /*! Goes to a row by index (list, Array) or key (dict, Namespace); the dict's key is
        looked for on the server if its row is not loaded. */
    void goTo(const QString &text);
    /*! The selected rows as a JSON document (keys or indexes, and values, tagged as
        JsonExport tags them); rows not read yet are left out and counted in \a skipped. */
    QByteArray selectionToJson(int *skipped = nullptr) const;
    /*! Asks for a file and writes selectionToJson() to it. */
    void exportSelection();
    /*! Starts a search (dict: on the server) or filter; empty text ends it. */
    void setFilterText(const QString &text);

Q_SIGNALS:
    /*! The conflict banner appeared or went. */
    void conflictChanged();
    /*! The search on the server ended (dicts). */
    void searchFinished(int matches);

private:
    void rebuild();
    void attachModel();
    void watchCurrentRow();
    void updateValueTree();
    void connectProxySignals();
    void onRemoteChange(const QVariant &key, qint64 firstRow, qint64 count, const QVariant &value,
                        bool structural);
    void commitEdit(const QModelIndex &index, const QVariant &value);
    void showConflict(const QVariant &key, const QVariant &current, const QVariant &attempted,
                      quint64 version, quint64 origin, bool editorOpen, const QString &what);
    void renderConflict();
    void hideConflict();
    void overwrite();
    void discardMine();
    void showMessage(const QString &text);
    void updateReadOnly();
    void updatePaused();
    void updatePauseBanner();
    void scheduleFooter();
    void updateFooter();
    void addHighlight(int row);
    void fadeTick();
    qreal highlightLevel(const QModelIndex &index) const;
    QString changeDescription(const QModelIndex &index) const;
    void addItem();
    void removeSelected();
    void clearAll();
    void refresh();
    void activateIndex(const QModelIndex &index);
    void searchStep(const QString &pattern, qint64 offset, qint64 scanned, int found, quint64 generation);
    void cancelSearch();
    void scrollToRow(int row, int column = 0);
    QString clientName(quint64 clientId) const;
    void lookUpClient(quint64 clientId);
    QString keyId(const QVariant &key) const;
    void applyPendingViewState();

    std::shared_ptr<EditTarget> m_target;
    std::shared_ptr<LibManager::Proxy> m_proxy;
    LibManager::ContainerModel *m_model = nullptr;
    SnapshotModel *m_snapshot = nullptr;
    QSortFilterProxyModel *m_filter = nullptr;
    QTableView *m_view = nullptr;
    VariantDelegate *m_delegate = nullptr;
    QToolBar *m_toolBar = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_addAction = nullptr;
    QAction *m_removeAction = nullptr;
    QAction *m_clearAction = nullptr;
    QAction *m_gotoAction = nullptr;
    QAction *m_filterAction = nullptr;
    QAction *m_overwriteAction = nullptr;
    QAction *m_discardAction = nullptr;
    QAction *m_resumeAction = nullptr;
    QAction *m_addConfirmAction = nullptr;
    QLineEdit *m_gotoEdit = nullptr;
    QLineEdit *m_filterEdit = nullptr;
    QWidget *m_conflictBanner = nullptr;
    QLabel *m_conflictLabel = nullptr;
    QWidget *m_pauseBanner = nullptr;
    QLabel *m_pauseLabel = nullptr;
    QWidget *m_messageBanner = nullptr;
    QLabel *m_messageLabel = nullptr;
    QWidget *m_addBar = nullptr;
    QLineEdit *m_addKey = nullptr;
    QComboBox *m_addKeyType = nullptr;
    QLineEdit *m_addValue = nullptr;
    QWidget *m_searchPanel = nullptr;
    QLabel *m_searchLabel = nullptr;
    QListWidget *m_searchResults = nullptr;
    QLabel *m_footer = nullptr;
    VariantTreeView *m_valueTree = nullptr;
    QAction *m_exportAction = nullptr;
    QTimer *m_valueTreeTimer = nullptr;
    QVariant m_shownValue;
    QTimer *m_footerTimer = nullptr;
    QTimer *m_fadeTimer = nullptr;

    struct Highlight
    {
        QPersistentModelIndex index;
        qint64 startMs = 0;
    };
    std::vector<Highlight> m_highlights;
    QElapsedTimer m_clock;
    bool m_highlightsEnabled = true;

    struct Conflict
    {
        bool active = false;
        bool editorOpen = false;
        bool overwriting = false;
        bool duringEdit = false; // another client changed the entry while it was edited
        bool removed = false;    // ... or removed it (the view closed the editor)
        QVariant key;
        QVariant current;
        QVariant attempted;
        bool attemptedKnown = false;
        quint64 version = 0;
        quint64 origin = 0;
        QString what;
    };
    Conflict m_conflict;
    struct LastChange
    {
        qint64 ms = 0; // m_clock time
        quint64 origin = 0;
    };
    QHash<QString, LastChange> m_lastChange; // keyId -> the last change seen
    QHash<quint64, QString> m_clientNames;
    bool m_clientLookup = false;

    int m_pendingChanges = 0;
    quint64 m_lastVersionSeen = 0;
    quint64 m_searchGeneration = 0;
    bool m_searching = false;
    QVariantMap m_pendingViewState;
    bool m_gone = false;
};

} // namespace Inspector

#endif // INSPECTOR_CONTAINEREDITOR_H
