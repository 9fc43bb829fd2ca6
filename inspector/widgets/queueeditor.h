// SPDX-License-Identifier: BSD-3-Clause
#ifndef INSPECTOR_QUEUEEDITOR_H
#define INSPECTOR_QUEUEEDITOR_H

#include "objecteditor.h"

#include <functional>
#include <memory>

QT_BEGIN_NAMESPACE
class QAction;
class QLabel;
class QTableView;
class QToolBar;
QT_END_NAMESPACE

namespace LibManager {
class QueueProxy;
}

namespace Inspector {

class DepthSparkline;
class QueueContentsModel;
class SyncStateModel;

/*!
    The editor of a Queue or JoinableQueue: size / maxsize, full or empty, unfinished tasks; a
    depth sparkline fed by the proxy's sizeChanged(); what it holds, read by a peek that takes
    nothing (paged); its getters, putters and joiners with client and wait time.
    Read-write sessions only: Put… (an int, a float or a text) and "Get (removes an item)",
    confirmed. Each call goes to the activity log.
*/
class QueueEditor : public ObjectEditor
{
    Q_OBJECT
public:
    using Confirmation = std::function<bool(const QString &title, const QString &question)>;

    QueueEditor(InspectorSession *session, quint64 objectId, const QString &typeId,
                QWidget *parent = nullptr);
    ~QueueEditor() override;

    static bool handles(const QString &typeId);

    LibManager::QueueProxy *proxy() const { return m_proxy.get(); }
    SyncStateModel *waitersModel() const { return m_sync; }
    QueueContentsModel *contents() const { return m_contents; }
    DepthSparkline *sparkline() const { return m_sparkline; }
    QString headerText() const { return m_headerPlain; }
    /*! "refresh", "put", "get". */
    QAction *action(const QString &name) const;
    /*! Puts \a value (what Put… does after its dialog), without confirmation. */
    void put(const QVariant &value);
    void setConfirmation(Confirmation confirmation) { m_confirm = std::move(confirmation); }

    QVariantMap viewState() const override;
    void restoreViewState(const QVariantMap &state) override;

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void makeProxy();
    void updateActions();
    void updateHeader();
    void askPut();
    void getItem();
    bool confirm(const QString &title, const QString &question);

    std::unique_ptr<LibManager::QueueProxy> m_proxy;
    SyncStateModel *m_sync = nullptr;
    QueueContentsModel *m_contents = nullptr;
    DepthSparkline *m_sparkline = nullptr;
    QToolBar *m_toolBar = nullptr;
    QLabel *m_header = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_footer = nullptr;
    QTableView *m_contentsView = nullptr;
    QTableView *m_waitersView = nullptr;
    QList<QAction *> m_mutating;
    QString m_headerPlain;
    Confirmation m_confirm;
    qint64 m_size = -1;
    bool m_gone = false;
    bool m_contentsStale = false;
};

} // namespace Inspector

#endif // INSPECTOR_QUEUEEDITOR_H
