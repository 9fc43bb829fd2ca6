// SPDX-License-Identifier: BSD-3-Clause
#include "synceditor.h"
#include "activitymodel.h"
#include "inspectorsession.h"
#include "syncrowsmodel.h"
#include "syncstatemodel.h"

#include <libmanager/barrierproxy.h>
#include <libmanager/conditionproxy.h>
#include <libmanager/eventproxy.h>
#include <libmanager/lockproxy.h>
#include <libmanager/pendingcallwatcher.h>
#include <libmanager/semaphoreproxy.h>

#include <QtCore/qlocale.h>
#include <QtGui/qaction.h>
#include <QtWidgets/qboxlayout.h>
#include <QtWidgets/qheaderview.h>
#include <QtWidgets/qlabel.h>
#include <QtWidgets/qmessagebox.h>
#include <QtWidgets/qscrollbar.h>
#include <QtWidgets/qspinbox.h>
#include <QtWidgets/qsplitter.h>
#include <QtWidgets/qtableview.h>
#include <QtWidgets/qtoolbar.h>

namespace Inspector {

namespace {

// How long Notify waits for the Condition's lock before it gives up (the inspector must
// hold it to notify, as in Python; a lock held for longer is reported, not waited for).
constexpr int NotifyLockTimeoutMs = 3000;

QTableView *makeTable(QAbstractItemModel *model, const QString &name, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setAccessibleName(name);
    view->verticalHeader()->hide();
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->setWordWrap(false);
    view->setTextElideMode(Qt::ElideRight);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    view->setAlternatingRowColors(true);
    return view;
}

} // namespace

bool SyncEditor::handles(const QString &typeId)
{
    static const QStringList types { QStringLiteral("Lock"),      QStringLiteral("RLock"),
                                     QStringLiteral("Semaphore"), QStringLiteral("BoundedSemaphore"),
                                     QStringLiteral("Condition"), QStringLiteral("Event"),
                                     QStringLiteral("Barrier") };
    return types.contains(typeId);
}

SyncEditor::SyncEditor(InspectorSession *session, quint64 objectId, const QString &typeId,
                       QWidget *parent)
    : ObjectEditor(session, objectId, typeId, parent)
{
    m_model = new SyncStateModel(session, objectId, typeId, this);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_toolBar = new QToolBar(this);
    m_toolBar->setAccessibleName(tr("%1 actions").arg(title()));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    layout->addWidget(m_toolBar);

    auto *body = new QVBoxLayout;
    body->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(body, 1);
    m_header = new QLabel(this);
    m_header->setTextFormat(Qt::RichText);
    m_header->setWordWrap(true);
    m_header->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_header->setObjectName(QStringLiteral("stateHeader"));
    m_header->setAccessibleName(tr("State"));
    QFont headerFont = m_header->font();
    headerFont.setPointSizeF(headerFont.pointSizeF() * 1.15);
    m_header->setFont(headerFont);
    connect(m_header, &QLabel::linkActivated, this, &SyncEditor::linkActivated);
    body->addWidget(m_header);
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setAccessibleName(tr("Error"));
    m_error->hide();
    body->addWidget(m_error);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    auto *holdersBox = new QWidget(splitter);
    auto *holdersLayout = new QVBoxLayout(holdersBox);
    holdersLayout->setContentsMargins(0, 0, 0, 0);
    m_holdersTitle = new QLabel(holdersBox);
    m_holdersView = makeTable(m_model->holders(), tr("Holders of %1").arg(title()), holdersBox);
    m_holdersTitle->setBuddy(m_holdersView);
    holdersLayout->addWidget(m_holdersTitle);
    holdersLayout->addWidget(m_holdersView);
    auto *waitersBox = new QWidget(splitter);
    auto *waitersLayout = new QVBoxLayout(waitersBox);
    waitersLayout->setContentsMargins(0, 0, 0, 0);
    m_waitersTitle = new QLabel(waitersBox);
    m_waitersView = makeTable(m_model->waiters(), tr("Waiters of %1").arg(title()), waitersBox);
    m_waitersTitle->setBuddy(m_waitersView);
    waitersLayout->addWidget(m_waitersTitle);
    waitersLayout->addWidget(m_waitersView);
    splitter->addWidget(holdersBox);
    splitter->addWidget(waitersBox);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    body->addWidget(splitter, 1);
    // An Event has no holders: its header says set or cleared.
    if (typeId == QLatin1String("Event"))
        holdersBox->hide();
    // A plain Lock's count is always 1; the server does not say since when permits are held.
    if (typeId == QLatin1String("Lock"))
        m_holdersView->hideColumn(SyncRowsModel::HolderCount);
    if (typeId.endsWith(QLatin1String("Semaphore"))) {
        m_holdersView->hideColumn(SyncRowsModel::HolderSince);
        m_holdersView->hideColumn(SyncRowsModel::HolderFor);
    }
    for (QTableView *view : { m_holdersView, m_waitersView })
        connect(view, &QAbstractItemView::activated, this, &SyncEditor::tableActivated);
    m_holdersView->setColumnWidth(SyncRowsModel::HolderClient, 180);
    m_waitersView->setColumnWidth(SyncRowsModel::WaiterPosition, 32);
    m_waitersView->setColumnWidth(SyncRowsModel::WaiterClient, 180);
    m_waitersView->setColumnWidth(SyncRowsModel::WaiterCall, 110);

    makeActions();

    connect(m_model, &SyncStateModel::stateChanged, this, [this] {
        m_error->hide();
        updateHeader();
        updateActions();
    });
    connect(m_model, &SyncStateModel::clientsChanged, this, &SyncEditor::updateHeader);
    connect(m_model, &SyncStateModel::tick, this, &SyncEditor::updateHeader);
    connect(m_model, &SyncStateModel::errorOccurred, this, [this](const QString &message) {
        m_error->setText(tr("Could not read the state: %1").arg(message));
        m_error->show();
    });
    connect(m_model, &SyncStateModel::objectReleased, this, [this] {
        if (!m_gone) {
            m_gone = true;
            Q_EMIT objectGone();
        }
    });
    connect(session, &InspectorSession::connected, this, &SyncEditor::makeProxy);
    connect(session, &InspectorSession::readOnlyChanged, this, &SyncEditor::updateActions);
    connect(session, &InspectorSession::stateChanged, this, &SyncEditor::updateActions);
    makeProxy();
    updateHeader();
}

SyncEditor::~SyncEditor() = default;

void SyncEditor::makeProxy()
{
    m_proxy = session()->observe(objectId(), typeId());
    if (m_proxy) {
        connect(m_proxy.get(), &LibManager::Proxy::stateChanged, this,
                [this](LibManager::Proxy::State state) {
                    if (state == LibManager::Proxy::State::Released && !m_gone) {
                        m_gone = true;
                        Q_EMIT objectGone();
                    }
                    updateActions();
                });
        // The Event's own change signals: they subscribe the proxy, and say set/cleared at
        // once even on a server without the event stream.
        if (auto *event = qobject_cast<LibManager::EventProxy *>(m_proxy.get())) {
            connect(event, &LibManager::EventProxy::eventSet, m_model, &SyncStateModel::refresh);
            connect(event, &LibManager::EventProxy::eventCleared, m_model, &SyncStateModel::refresh);
        }
    } else {
        m_error->setText(tr("Cannot watch %1: %2").arg(title(), session()->lastErrorString()));
        m_error->show();
    }
    updateActions();
}

void SyncEditor::makeActions()
{
    auto *refresh = m_toolBar->addAction(tr("Refresh"), m_model, &SyncStateModel::refresh);
    refresh->setObjectName(QStringLiteral("refresh"));
    refresh->setShortcut(QKeySequence::Refresh);
    refresh->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    refresh->setToolTip(tr("Read the state again (F5)"));
    addAction(refresh);
    m_toolBar->addSeparator();

    const auto mutating = [this](const QString &name, const QString &text, const QString &tip,
                                 auto slot) {
        QAction *action = m_toolBar->addAction(text);
        action->setObjectName(name);
        action->setToolTip(tip);
        action->setProperty("mutating", true);
        connect(action, &QAction::triggered, this, slot);
        m_mutating.append(action);
        return action;
    };
    const QString type = typeId();
    if (type == QLatin1String("Event")) {
        mutating(QStringLiteral("set"), tr("Set"), tr("Set the flag: every waiter goes on"),
                 [this] { setEvent(true); });
        mutating(QStringLiteral("clear"), tr("Clear"), tr("Clear the flag"), [this] { setEvent(false); });
    } else if (type.endsWith(QLatin1String("Semaphore"))) {
        m_releaseCount = new QSpinBox(this);
        m_releaseCount->setRange(1, 1000000);
        m_releaseCount->setValue(1);
        m_releaseCount->setAccessibleName(tr("Permits to release"));
        m_releaseCount->setToolTip(tr("How many permits Release gives back"));
        mutating(QStringLiteral("release"), tr("Release…"),
                 tr("Give permits back to the semaphore, as release(n)"), [this] { releaseSemaphore(); });
        QAction *spin = m_toolBar->addWidget(m_releaseCount);
        spin->setProperty("mutating", true);
        m_mutating.append(spin);
    } else if (type == QLatin1String("Condition")) {
        mutating(QStringLiteral("notify"), tr("Notify"),
                 tr("Wake one waiter (the inspector takes the lock for the call)"),
                 [this] { notifyCondition(false); });
        mutating(QStringLiteral("notifyAll"), tr("Notify all"),
                 tr("Wake every waiter (the inspector takes the lock for the call)"),
                 [this] { notifyCondition(true); });
    } else if (type == QLatin1String("Barrier")) {
        mutating(QStringLiteral("abort"), tr("Abort"),
                 tr("Break the barrier: every waiter fails with BrokenBarrierError"),
                 [this] { breakBarrier(false); });
        mutating(QStringLiteral("reset"), tr("Reset"),
                 tr("Break it for the current waiters and make it usable again"),
                 [this] { breakBarrier(true); });
    } else if (type == QLatin1String("Lock")) {
        mutating(QStringLiteral("releaseAsInspector"), tr("Release as inspector"),
                 tr("Release the lock on behalf of its holder (Python lets anyone release a "
                    "plain Lock); its holder is not told"),
                 [this] { releaseLock(); });
    }
    updateActions();
}

QAction *SyncEditor::action(const QString &name) const
{
    const QList<QAction *> actions = m_toolBar->actions();
    for (QAction *action : actions) {
        if (action->objectName() == name)
            return action;
    }
    return nullptr;
}

void SyncEditor::setReleaseCount(int n)
{
    if (m_releaseCount)
        m_releaseCount->setValue(n);
}

void SyncEditor::updateActions()
{
    const bool writable = !session()->isReadOnly() && m_proxy && m_proxy->isConnected() && !m_gone;
    for (QAction *action : std::as_const(m_mutating))
        action->setEnabled(writable);
    if (m_releaseCount)
        m_releaseCount->setEnabled(writable);
    if (!writable || !m_model->hasState())
        return;
    const LibManager::SyncState state = m_model->state();
    if (QAction *release = action(QStringLiteral("releaseAsInspector")))
        release->setEnabled(state.locked);
    if (QAction *notify = action(QStringLiteral("notify")))
        notify->setEnabled(!state.conditionWaiters.isEmpty());
    if (QAction *notifyAll = action(QStringLiteral("notifyAll")))
        notifyAll->setEnabled(!state.conditionWaiters.isEmpty());
}

QString SyncEditor::clientLink(quint64 clientId) const
{
    return QStringLiteral("<a href=\"client:%1\">%2</a>")
            .arg(clientId)
            .arg(m_model->clientLabel(clientId).toHtmlEscaped());
}

void SyncEditor::updateHeader()
{
    const QLocale locale;
    const QString type = typeId();
    QString rich;
    QString plain;
    const auto add = [&](const QString &html, const QString &text) {
        rich += html;
        plain += text;
    };
    const QString name = title();
    add(QStringLiteral("<b>%1</b>").arg(name.toHtmlEscaped()), name);
    if (!m_model->hasState()) {
        add(tr(" — reading…"), tr(" — reading…"));
    } else {
        const LibManager::SyncState state = m_model->state();
        const int waiting = int(m_model->waiterRows().size());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        if (type == QLatin1String("Lock") || type == QLatin1String("RLock")
            || type == QLatin1String("Condition")) {
            QString prefix = tr(" — ");
            if (type == QLatin1String("Condition")) {
                // Its lock first, a link when it is a shared object of its own.
                const quint64 lock = m_model->lockObjectId();
                if (lock != 0) {
                    const QString lockName = tr("%1 %2").arg(m_model->lockTypeId()).arg(lock);
                    add(tr(" — over %1: ").arg(QStringLiteral("<a href=\"object:%1:%2\">%3</a>")
                                                       .arg(m_model->lockTypeId())
                                                       .arg(lock)
                                                       .arg(lockName.toHtmlEscaped())),
                        tr(" — over %1: ").arg(lockName));
                } else {
                    add(tr(" — over its own RLock: "), tr(" — over its own RLock: "));
                }
                prefix.clear();
            }
            if (state.locked) {
                const QString heldFor = state.ownedSince.isValid()
                        ? SyncStateModel::formatDuration(state.ownedSince.msecsTo(now))
                        : tr("a while");
                const QString recursion = type != QLatin1String("Lock") && state.count > 1
                        ? tr(" (recursion %1)").arg(locale.toString(state.count))
                        : QString();
                add(prefix + tr("held by %1%2 for %3").arg(clientLink(state.owner), recursion, heldFor),
                    prefix + tr("held by %1%2 for %3").arg(m_model->clientLabel(state.owner), recursion, heldFor));
            } else {
                add(prefix + tr("free"), prefix + tr("free"));
            }
            if (type == QLatin1String("Condition")) {
                const int inWait = int(state.conditionWaiters.size());
                const int forLock = int(state.waiters.size());
                const QString text = tr(", %n in wait()", "", inWait) + tr(", %n waiting for the lock", "", forLock);
                add(text, text);
            } else {
                const QString text = waiting == 0 ? tr(", nobody waiting") : tr(", %n waiting", "", waiting);
                add(text, text);
            }
        } else if (type.endsWith(QLatin1String("Semaphore"))) {
            const QString text = tr(" — %1 of %Ln permit(s) available", "", state.initial)
                                         .arg(locale.toString(state.value));
            add(text, text);
            const QString more = (state.bounded ? tr(" (bounded: at most %1)").arg(locale.toString(state.initial))
                                                : tr(" (initial %1, unbounded)").arg(locale.toString(state.initial)))
                    + (waiting == 0 ? tr(", nobody waiting") : tr(", %n waiting", "", waiting));
            add(more, more);
            if (state.value == 0) {
                const QString exhausted = tr(" — exhausted");
                add(QStringLiteral("<b>%1</b>").arg(exhausted.toHtmlEscaped()), exhausted);
            }
        } else if (type == QLatin1String("Event")) {
            const QString flag = state.isSet ? tr("set") : tr("cleared");
            add(QStringLiteral(" — <b>%1</b>").arg(flag.toHtmlEscaped()), QStringLiteral(" — ") + flag);
            if (m_model->eventChangedAt().isValid()) {
                const QString when = SyncStateModel::formatDuration(m_model->eventChangedAt().msecsTo(now));
                if (m_model->eventChangedBy() != 0) {
                    add(tr(" %1 ago by %2").arg(when, clientLink(m_model->eventChangedBy())),
                        tr(" %1 ago by %2").arg(when, m_model->clientLabel(m_model->eventChangedBy())));
                } else {
                    add(tr(" %1 ago").arg(when), tr(" %1 ago").arg(when));
                }
            }
            const QString text = waiting == 0 ? tr(", nobody waiting") : tr(", %n waiting", "", waiting);
            add(text, text);
        } else if (type == QLatin1String("Barrier")) {
            if (state.broken) {
                const QString broken = tr("broken");
                add(QStringLiteral(" — <b>%1</b>").arg(broken.toHtmlEscaped()), QStringLiteral(" — ") + broken);
                const QString text = tr(" (Reset makes it usable again)");
                add(text, text);
            } else {
                const QString text = tr(" — %1 of %n part(y/ies) waiting", "", state.parties)
                                             .arg(locale.toString(waiting));
                add(text, text);
            }
        }
    }
    m_headerPlain = plain;
    m_header->setText(rich);
    m_header->setAccessibleDescription(plain);

    const int holders = int(m_model->holderRows().size());
    const int waiters = int(m_model->waiterRows().size());
    if (type == QLatin1String("Barrier"))
        m_holdersTitle->setText(tr("&Arrivals (%1)").arg(locale.toString(holders)));
    else if (type.endsWith(QLatin1String("Semaphore")))
        m_holdersTitle->setText(tr("&Permits held (%1)").arg(locale.toString(holders)));
    else
        m_holdersTitle->setText(tr("&Holder (%1)").arg(locale.toString(holders)));
    m_waitersTitle->setText(tr("&Waiters, in arrival order (%1)").arg(locale.toString(waiters)));
}

bool SyncEditor::confirm(const QString &title, const QString &question)
{
    if (m_confirm)
        return m_confirm(title, question);
    return QMessageBox::question(this, title, question, QMessageBox::Yes | QMessageBox::Cancel,
                                 QMessageBox::Cancel)
            == QMessageBox::Yes;
}

void SyncEditor::linkActivated(const QString &link)
{
    if (link.startsWith(QLatin1String("client:"))) {
        Q_EMIT clientActivated(link.mid(7).toULongLong());
    } else if (link.startsWith(QLatin1String("object:"))) {
        const QStringList parts = link.split(QLatin1Char(':'));
        if (parts.size() == 3)
            Q_EMIT objectActivated(parts.at(2).toULongLong(), parts.at(1));
    }
}

void SyncEditor::tableActivated(const QModelIndex &index)
{
    const quint64 client = index.data(SyncRowsModel::ClientIdRole).toULongLong();
    if (client != 0)
        Q_EMIT clientActivated(client);
}

void SyncEditor::track(const LibManager::PendingCall &call, const QString &name, const QString &details,
                       std::function<void(bool, const LibManager::PendingCall &)> then)
{
    ++m_busyCalls;
    auto *watcher = new LibManager::PendingCallWatcher(call, this);
    connect(watcher, &LibManager::PendingCallWatcher::finished, this,
            [this, name, details, then](LibManager::PendingCallWatcher *self) {
                self->deleteLater();
                --m_busyCalls;
                const LibManager::PendingReply<void> reply(*self);
                const bool ok = reply.isValid();
                session()->activity()->appendOwnCall(objectId(), title(), name,
                                                     ok ? details : details.isEmpty() ? reply.errorString()
                                                                                     : details + QStringLiteral(": ") + reply.errorString(),
                                                     !ok);
                if (!ok) {
                    m_error->setText(tr("%1 failed: %2").arg(name, reply.errorString()));
                    m_error->show();
                }
                if (then)
                    then(ok, *self);
                m_model->refresh();
            });
}

void SyncEditor::setEvent(bool set)
{
    auto *event = qobject_cast<LibManager::EventProxy *>(m_proxy.get());
    if (!event || session()->isReadOnly())
        return;
    const int waiting = int(m_model->waiterRows().size());
    if (set) {
        if (!confirm(tr("Set %1").arg(title()),
                     tr("Set %1? %n waiting client(s) will go on.", "", waiting).arg(title())))
            return;
        track(event->setAsync(), QStringLiteral("set"), QString());
    } else {
        if (!confirm(tr("Clear %1").arg(title()), tr("Clear %1?").arg(title())))
            return;
        track(event->clearAsync(), QStringLiteral("clear"), QString());
    }
}

void SyncEditor::releaseSemaphore()
{
    auto *semaphore = qobject_cast<LibManager::SemaphoreProxy *>(m_proxy.get());
    if (!semaphore || session()->isReadOnly())
        return;
    const int n = m_releaseCount ? m_releaseCount->value() : 1;
    if (!confirm(tr("Release %1").arg(title()),
                 tr("Release %n permit(s) of %1? The inspector holds none: this adds permits "
                    "that no client gave back.", "", n)
                         .arg(title())))
        return;
    track(semaphore->releaseAsync(n), QStringLiteral("release"), QStringLiteral("n=%1").arg(n));
}

void SyncEditor::notifyCondition(bool all)
{
    auto *condition = qobject_cast<LibManager::ConditionProxy *>(m_proxy.get());
    if (!condition || session()->isReadOnly())
        return;
    const int waiting = int(m_model->state().conditionWaiters.size());
    const QString question = all
            ? tr("Notify all %n waiter(s) of %1? The inspector takes the Condition's lock for the "
                 "call and gives it back.", "", waiting)
                      .arg(title())
            : tr("Notify one of the %n waiter(s) of %1? The inspector takes the Condition's lock "
                 "for the call and gives it back.", "", waiting)
                      .arg(title());
    if (!confirm(all ? tr("Notify all on %1").arg(title()) : tr("Notify %1").arg(title()), question))
        return;
    // Python requires the lock for notify(): take it (without waiting long), notify, give it back.
    QPointer<LibManager::ConditionProxy> guard(condition);
    auto acquire = condition->acquireAsync(NotifyLockTimeoutMs);
    track(acquire, QStringLiteral("acquire"), QStringLiteral("timeout=%1 ms").arg(NotifyLockTimeoutMs),
          [this, guard, all](bool ok, const LibManager::PendingCall &call) {
              if (!ok || !guard)
                  return;
              if (!LibManager::PendingReply<bool>(call).value()) {
                  m_error->setText(tr("Could not notify: the Condition's lock stayed held for %1")
                                           .arg(SyncStateModel::formatDuration(NotifyLockTimeoutMs)));
                  m_error->show();
                  return;
              }
              const LibManager::PendingCall notify = all ? LibManager::PendingCall(guard->notifyAllAsync())
                                                         : LibManager::PendingCall(guard->notifyAsync(1));
              track(notify, all ? QStringLiteral("notify_all") : QStringLiteral("notify"), QString(),
                    [this, guard](bool, const LibManager::PendingCall &) {
                        if (guard)
                            track(guard->releaseAsync(), QStringLiteral("release"), QString());
                    });
          });
}

void SyncEditor::breakBarrier(bool reset)
{
    auto *barrier = qobject_cast<LibManager::BarrierProxy *>(m_proxy.get());
    if (!barrier || session()->isReadOnly())
        return;
    const int waiting = int(m_model->waiterRows().size());
    if (reset) {
        if (!confirm(tr("Reset %1").arg(title()),
                     tr("Reset %1? Its %n waiting client(s) fail with BrokenBarrierError; then it "
                        "can be used again.", "", waiting)
                             .arg(title())))
            return;
        track(barrier->resetAsync(), QStringLiteral("reset"), QString());
    } else {
        if (!confirm(tr("Abort %1").arg(title()),
                     tr("Abort %1? Its %n waiting client(s) and every later wait() fail with "
                        "BrokenBarrierError until it is reset.", "", waiting)
                             .arg(title())))
            return;
        track(barrier->abortAsync(), QStringLiteral("abort"), QString());
    }
}

void SyncEditor::releaseLock()
{
    auto *lock = qobject_cast<LibManager::LockProxy *>(m_proxy.get());
    if (!lock || session()->isReadOnly())
        return;
    const LibManager::SyncState state = m_model->state();
    const QString holder = state.locked ? m_model->clientLabel(state.owner) : tr("nobody");
    const int waiting = int(m_model->waiterRows().size());
    if (!confirm(tr("Release %1").arg(title()),
                 tr("Release %1, held by %2? Its holder is not told and may go on as if it held "
                    "it; the first of %n waiting client(s) gets it.", "", waiting)
                         .arg(title(), holder)))
        return;
    track(lock->releaseAsync(), QStringLiteral("release"),
          state.locked ? tr("held by %1").arg(holder) : QString());
}

QVariantMap SyncEditor::viewState() const
{
    return { { QStringLiteral("waitersScroll"), m_waitersView->verticalScrollBar()->value() } };
}

void SyncEditor::restoreViewState(const QVariantMap &state)
{
    m_waitersView->verticalScrollBar()->setValue(state.value(QStringLiteral("waitersScroll")).toInt());
}

void SyncEditor::showEvent(QShowEvent *event)
{
    ObjectEditor::showEvent(event);
    m_model->setTicking(true);
    updateHeader();
}

void SyncEditor::hideEvent(QHideEvent *event)
{
    ObjectEditor::hideEvent(event);
    m_model->setTicking(false);
}

} // namespace Inspector
