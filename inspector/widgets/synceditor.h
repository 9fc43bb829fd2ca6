// SPDX-License-Identifier: BSD-3-Clause
#ifndef INSPECTOR_SYNCEDITOR_H
#define INSPECTOR_SYNCEDITOR_H

#include "objecteditor.h"

#include <libmanager/pendingcall.h>

#include <functional>
#include <memory>

QT_BEGIN_NAMESPACE
class QAction;
class QLabel;
class QSpinBox;
class QTableView;
class QToolBar;
QT_END_NAMESPACE

namespace LibManager {
class Proxy;
}

namespace Inspector {

class SyncStateModel;

/*!
    The editor of a Lock, RLock, Semaphore, BoundedSemaphore, Condition, Event or Barrier: a
    state header ("Lock 4 — held by worker[4242] (client 7) for 3.2 s, 2 waiting"), its
    holders and its waiters (FIFO, with elapsed time and deadline), kept live by a
    SyncStateModel. Clients are links (clientActivated()).

    Actions, read-write sessions only, each confirmed naming the object: Event Set and Clear;
    Semaphore Release n; Condition Notify and Notify all (the inspector takes the Condition's
    lock for the call, as Python requires, and gives it back); Barrier Abort and Reset; a plain
    Lock's "Release as inspector" (Python lets anyone release a Lock). Each call goes to the
    activity log.
*/
class SyncEditor : public ObjectEditor
{
    Q_OBJECT
public:
    /*! Asked before a mutating call: true to go on. \a question names the object. */
    using Confirmation = std::function<bool(const QString &title, const QString &question)>;

    SyncEditor(InspectorSession *session, quint64 objectId, const QString &typeId,
               QWidget *parent = nullptr);
    ~SyncEditor() override;

    /*! The types this editor shows. */
    static bool handles(const QString &typeId);

    SyncStateModel *model() const { return m_model; }
    LibManager::Proxy *proxy() const { return m_proxy.get(); }
    /*! The header in plain text, as its accessible description says it. */
    QString headerText() const { return m_headerPlain; }
    /*! By object name: "refresh", "set", "clear", "release", "notify", "notifyAll", "abort",
        "reset", "releaseAsInspector"; nullptr if this type has none. */
    QAction *action(const QString &name) const;
    /*! How many permits "Release n" gives back. */
    void setReleaseCount(int n);
    /*! Replaces the confirmation dialog (tests). */
    void setConfirmation(Confirmation confirmation) { m_confirm = std::move(confirmation); }
    QTableView *holdersView() const { return m_holdersView; }
    QTableView *waitersView() const { return m_waitersView; }

    QVariantMap viewState() const override;
    void restoreViewState(const QVariantMap &state) override;

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void makeProxy();
    void makeActions();
    void updateActions();
    void updateHeader();
    bool confirm(const QString &title, const QString &question);
    void linkActivated(const QString &link);
    void tableActivated(const QModelIndex &index);
    /*! Watches \a call, logs it as \a name with \a details, then runs \a then(ok). */
    void track(const LibManager::PendingCall &call, const QString &name, const QString &details,
               std::function<void(bool ok, const LibManager::PendingCall &call)> then = {});
    QString clientLink(quint64 clientId) const;

    void setEvent(bool set);
    void releaseSemaphore();
    void notifyCondition(bool all);
    void breakBarrier(bool reset);
    void releaseLock();

    SyncStateModel *m_model = nullptr;
    std::unique_ptr<LibManager::Proxy> m_proxy;
    QToolBar *m_toolBar = nullptr;
    QLabel *m_header = nullptr;
    QLabel *m_holdersTitle = nullptr;
    QLabel *m_waitersTitle = nullptr;
    QLabel *m_error = nullptr;
    QTableView *m_holdersView = nullptr;
    QTableView *m_waitersView = nullptr;
    QSpinBox *m_releaseCount = nullptr;
    QList<QAction *> m_mutating;
    QString m_headerPlain;
    Confirmation m_confirm;
    bool m_gone = false;
    int m_busyCalls = 0;
};

} // namespace Inspector

#endif // INSPECTOR_SYNCEDITOR_H
