// SPDX-License-Identifier: BSD-3-Clause
#include "editcommands.h"
#include "activitymodel.h"
#include "inspectorsession.h"

#include <libmanager/arrayproxy.h>
#include <libmanager/dictproxy.h>
#include <libmanager/listproxy.h>
#include <libmanager/namespaceproxy.h>
#include <libmanager/pendingcallwatcher.h>
#include <libmanager/pendingreply.h>
#include <libmanager/token.h>

#include <QtCore/qjsondocument.h>
#include <QtCore/qtimer.h>

#include <limits>

namespace Inspector {

using namespace LibManager;

namespace {

constexpr quint64 NoVersion = std::numeric_limits<quint64>::max();

QString preview(const QVariant &value)
{
    QString text;
    if (value.metaType() == QMetaType::fromType<Token>()) {
        const Token token = value.value<Token>();
        text = QStringLiteral("%1 %2").arg(token.typeId()).arg(token.objectId());
    } else if (value.metaType().id() == QMetaType::QVariantList
               || value.metaType().id() == QMetaType::QVariantMap) {
        text = QString::fromUtf8(QJsonDocument::fromVariant(value).toJson(QJsonDocument::Compact));
    } else if (!value.isValid() || value.isNull()) {
        text = QStringLiteral("None");
    } else if (value.metaType().id() == QMetaType::QString) {
        text = QLatin1Char('\'') + value.toString() + QLatin1Char('\'');
    } else {
        text = value.toString();
    }
    if (text.size() > 80)
        text = text.left(79) + QChar(0x2026);
    return text;
}

bool sameValue(const QVariant &a, const QVariant &b)
{
    return a == b;
}

} // namespace

// --- EditTarget ---

EditTarget::EditTarget(InspectorSession *session, quint64 objectId, const QString &typeId)
    : m_session(session), m_objectId(objectId), m_typeId(typeId)
{
    if (typeId == QLatin1String("list"))
        m_kind = Kind::List;
    else if (typeId == QLatin1String("Namespace"))
        m_kind = Kind::Namespace;
    else if (typeId == QLatin1String("Array"))
        m_kind = Kind::Array;
    else
        m_kind = Kind::Dict;
}

EditTarget::~EditTarget() = default;

QString EditTarget::name() const
{
    return tr("%1 %2").arg(m_typeId).arg(m_objectId);
}

QString EditTarget::keyText(const QVariant &key)
{
    if (key.metaType().id() == QMetaType::QString)
        return QLatin1Char('\'') + key.toString() + QLatin1Char('\'');
    if (key.metaType().id() == QMetaType::Int || key.metaType().id() == QMetaType::LongLong)
        return QLatin1Char('[') + key.toString() + QLatin1Char(']');
    return preview(key);
}

Proxy *EditTarget::proxy()
{
    if (m_proxy && m_proxy->isConnected())
        return m_proxy.get();
    if (!m_session || !m_session->manager())
        return nullptr;
    std::unique_ptr<Proxy> fresh = m_session->observe(m_objectId, m_typeId);
    if (!fresh)
        return nullptr;
    m_proxy = std::move(fresh);
    return m_proxy.get();
}

void EditTarget::setProxy(std::shared_ptr<Proxy> proxy)
{
    m_proxy = std::move(proxy);
}

void EditTarget::watch(const PendingCall &call, std::function<void(const PendingCall &)> handler)
{
    auto *watcher = new PendingCallWatcher(call, this);
    connect(watcher, &PendingCallWatcher::finished, this,
            [handler = std::move(handler)](PendingCallWatcher *w) {
                w->deleteLater();
                handler(*w);
            });
}

void EditTarget::log(const QString &call, const QString &details, bool failed)
{
    if (m_session)
        m_session->activity()->appendOwnCall(m_objectId, name(), call, details, failed);
}

void EditTarget::reportConflict(const QVariant &key, const QVariant &current,
                                const QVariant &attempted, quint64 version, const QString &what)
{
    Q_EMIT conflict(key, current, attempted, version, what);
}

void EditTarget::reportFailure(const QString &message)
{
    Q_EMIT failed(message);
}

void EditTarget::reportWritten(const QVariant &key)
{
    Q_EMIT written(key);
}

// --- ContainerEditCommand ---

ContainerEditCommand::ContainerEditCommand(std::shared_ptr<EditTarget> target, const QVariant &key)
    : m_target(std::move(target)), m_key(key), m_expect(NoVersion), m_alive(std::make_shared<bool>(true))
{
}

ContainerEditCommand::~ContainerEditCommand() = default;

void ContainerEditCommand::watch(const PendingCall &call, std::function<void(const PendingCall &)> handler)
{
    ++m_pending;
    std::weak_ptr<bool> alive = m_alive;
    m_target->watch(call, [this, alive, handler = std::move(handler)](const PendingCall &done) {
        if (!alive.lock())
            return;
        --m_pending;
        handler(done);
        if (!alive.lock())
            return;
        while (m_pending == 0 && !m_deferred.empty()) {
            std::function<void()> step = std::move(m_deferred.front());
            m_deferred.erase(m_deferred.begin());
            step();
        }
    });
}

void ContainerEditCommand::whenIdle(std::function<void()> step)
{
    if (m_pending == 0 && m_deferred.empty())
        step();
    else
        m_deferred.push_back(std::move(step));
}

bool ContainerEditCommand::listUnchanged(const ItemWindow &window, const QVariant &value) const
{
    if (window.items.isEmpty() || !sameValue(window.items.first(), value))
        return false;
    // Nothing at all changed since this command's write, or nothing an open editor saw
    // another client do (an equal value put there by somebody else is not told apart when
    // no editor watches).
    return window.version == m_expect
            || (m_expect != NoVersion && m_target->lastRemoteChange() <= m_expect);
}

void ContainerEditCommand::conflictWith(const QVariant &current, const QVariant &attempted,
                                        quint64 version, const QString &what)
{
    m_target->log(text(), tr("conflict: %1").arg(what), true);
    m_target->reportConflict(m_key, current, attempted, version, what);
    dropSelf();
}

void ContainerEditCommand::failWith(const QString &call, const QString &message)
{
    m_target->log(call, message, true);
    m_target->reportFailure(tr("%1: %2").arg(text(), message));
    dropSelf();
}

void ContainerEditCommand::dropSelf()
{
    setObsolete(true);
    InspectorSession *session = m_target->session();
    if (!session)
        return;
    QPointer<QUndoStack> stack = session->undoStack();
    std::weak_ptr<bool> alive = m_alive;
    const QUndoCommand *self = this;
    // A command on either side of the stack's index goes at once (QUndoStack deletes an
    // obsolete command instead of undoing or redoing it); one further away when passed.
    QTimer::singleShot(0, m_target.get(), [stack, alive, self] {
        if (!stack || !alive.lock())
            return;
        const int index = stack->index();
        if (index > 0 && stack->command(index - 1) == self)
            stack->undo();
        else if (index < stack->count() && stack->command(index) == self)
            stack->redo();
    });
}

// --- SetItemCommand ---

SetItemCommand::SetItemCommand(std::shared_ptr<EditTarget> target, const QVariant &key,
                               const QVariant &oldValue, const QVariant &newValue, quint64 seenVersion)
    : ContainerEditCommand(std::move(target), key), m_old(oldValue), m_new(newValue)
{
    m_expect = seenVersion == 0 ? NoVersion : seenVersion;
    setText(tr("Set %1 in %2").arg(EditTarget::keyText(key), m_target->name()));
}

void SetItemCommand::redo()
{
    whenIdle([this] { redoNow(); });
}

void SetItemCommand::redoNow()
{
    write(m_new, m_old, false);
}

void SetItemCommand::undo()
{
    whenIdle([this] { undoNow(); });
}

void SetItemCommand::undoNow()
{
    write(m_old, m_new, true);
}

void SetItemCommand::write(const QVariant &value, const QVariant &expected, bool isUndo)
{
    Proxy *proxy = m_target->proxy();
    if (!proxy) {
        failWith(QStringLiteral("set"), tr("not connected"));
        return;
    }
    const QString what = tr("%1 was changed by another client").arg(EditTarget::keyText(m_key));
    switch (m_target->kind()) {
    case EditTarget::Kind::Array: {
        // No conditional write for an Array: check, then set (a last-writer-wins window).
        auto *array = static_cast<ArrayProxy *>(proxy);
        const int index = m_key.toInt();
        auto check = [this, array, index, value, expected, what] {
            watch(array->atAsync(index), [this, array, index, value, expected, what](const PendingCall &call) {
                const PendingReply<QVariant> now(call);
                if (!now.isValid()) {
                    failWith(QStringLiteral("at"), now.errorString());
                    return;
                }
                if (!sameValue(now.value(), expected)) {
                    conflictWith(now.value(), value, 0, what);
                    return;
                }
                watch(array->setAsync(index, value), [this, value](const PendingCall &done) {
                    const PendingReply<void> reply(done);
                    if (!reply.isValid()) {
                        failWith(QStringLiteral("set"), reply.errorString());
                        return;
                    }
                    m_target->log(QStringLiteral("set"),
                                  QStringLiteral("%1 = %2").arg(EditTarget::keyText(m_key), preview(value)));
                    m_target->reportWritten(m_key);
                });
            });
        };
        check();
        return;
    }
    case EditTarget::Kind::Dict:
    case EditTarget::Kind::Namespace:
    case EditTarget::Kind::List:
        break;
    }
    if (m_expect != NoVersion) {
        writeIf(value, m_expect, isUndo);
        return;
    }
    // The version the user saw is not known: the entry must still hold what was edited.
    auto compare = [this, value, expected, isUndo, what](bool found, const QVariant &now, quint64 version) {
        if (!found || !sameValue(now, expected)) {
            conflictWith(found ? now : QVariant(), value, version, what);
            return;
        }
        writeIf(value, version, isUndo);
    };
    if (m_target->kind() == EditTarget::Kind::List) {
        auto *list = static_cast<ListProxy *>(proxy);
        watch(list->windowAsync(m_key.toLongLong(), 1), [compare](const PendingCall &call) {
            const ItemWindow window = PendingReply<ItemWindow>(call).value();
            compare(!window.items.isEmpty(), window.items.value(0), window.version);
        });
    } else if (m_target->kind() == EditTarget::Kind::Dict) {
        auto *dict = static_cast<DictProxy *>(proxy);
        watch(dict->lookupAsync(m_key), [compare](const PendingCall &call) {
            const VersionedValue found = PendingReply<VersionedValue>(call).value();
            compare(found.found, found.value, found.version);
        });
    } else {
        auto *ns = static_cast<NamespaceProxy *>(proxy);
        watch(ns->lookupAsync(m_key.toString()), [compare](const PendingCall &call) {
            const VersionedValue found = PendingReply<VersionedValue>(call).value();
            compare(found.found, found.value, found.version);
        });
    }
}

void SetItemCommand::writeIf(const QVariant &value, quint64 version, bool isUndo)
{
    Proxy *proxy = m_target->proxy();
    if (!proxy) {
        failWith(QStringLiteral("setIf"), tr("not connected"));
        return;
    }
    PendingCall call;
    switch (m_target->kind()) {
    case EditTarget::Kind::Dict:
        call = static_cast<DictProxy *>(proxy)->setIfAsync(m_key, value, version);
        break;
    case EditTarget::Kind::Namespace:
        call = static_cast<NamespaceProxy *>(proxy)->setIfAsync(m_key.toString(), value, version);
        break;
    case EditTarget::Kind::List:
        call = static_cast<ListProxy *>(proxy)->setIfAsync(m_key.toInt(), value, version);
        break;
    case EditTarget::Kind::Array:
        return;
    }
    watch(call, [this, value, isUndo](const PendingCall &done) {
        const PendingReply<ConditionalWrite> reply(done);
        if (!reply.isValid()) {
            failWith(QStringLiteral("setIf"), reply.errorString());
            return;
        }
        const ConditionalWrite result = reply.value();
        if (!result.ok) {
            conflictWith(result.found ? result.current : QVariant(), value, result.version,
                         isUndo ? tr("%1 was changed by another client since your edit; "
                                              "not undone").arg(EditTarget::keyText(m_key))
                                : tr("%1 was changed by another client")
                                          .arg(EditTarget::keyText(m_key)));
            return;
        }
        m_expect = result.entryVersion;
        m_target->log(QStringLiteral("setIf"),
                      QStringLiteral("%1 = %2%3").arg(EditTarget::keyText(m_key), preview(value),
                                                     isUndo ? tr(" (undo)") : QString()));
        m_target->reportWritten(m_key);
    });
}

// --- InsertItemCommand ---

InsertItemCommand::InsertItemCommand(std::shared_ptr<EditTarget> target, const QVariant &key,
                                     const QVariant &value)
    : ContainerEditCommand(std::move(target), key), m_value(value)
{
    if (m_target->kind() == EditTarget::Kind::List && key.toLongLong() < 0)
        setText(tr("Append to %1").arg(m_target->name()));
    else
        setText(tr("Insert %1 in %2").arg(EditTarget::keyText(key), m_target->name()));
}

void InsertItemCommand::redo()
{
    whenIdle([this] { redoNow(); });
}

void InsertItemCommand::redoNow()
{
    Proxy *proxy = m_target->proxy();
    if (!proxy) {
        failWith(QStringLiteral("insert"), tr("not connected"));
        return;
    }
    if (m_target->kind() == EditTarget::Kind::List) {
        auto *list = static_cast<ListProxy *>(proxy);
        const qint64 at = m_index >= 0 ? m_index : m_key.toLongLong();
        PendingCall insert = at < 0 ? PendingCall(list->appendAsync(m_value))
                                    : PendingCall(list->insertAsync(int(at), m_value));
        watch(insert, [this](const PendingCall &call) {
            const PendingReply<void> reply(call);
            if (!reply.isValid())
                failWith(QStringLiteral("insert"), reply.errorString());
            else
                m_target->log(QStringLiteral("insert"), preview(m_value));
        });
        // Pipelined: where it went and the version after it.
        watch(list->windowAsync(at < 0 ? -1 : at, 1), [this](const PendingCall &call) {
            const ItemWindow window = PendingReply<ItemWindow>(call).value();
            m_index = window.start;
            m_expect = window.version;
            m_target->reportWritten(m_index);
        });
        return;
    }
    PendingCall call;
    if (m_target->kind() == EditTarget::Kind::Dict)
        call = static_cast<DictProxy *>(proxy)->setIfAsync(m_key, m_value, 0);
    else if (m_target->kind() == EditTarget::Kind::Namespace)
        call = static_cast<NamespaceProxy *>(proxy)->setIfAsync(m_key.toString(), m_value, 0);
    else
        return;
    watch(call, [this](const PendingCall &done) {
        const PendingReply<ConditionalWrite> reply(done);
        if (!reply.isValid()) {
            failWith(QStringLiteral("setIf"), reply.errorString());
            return;
        }
        const ConditionalWrite result = reply.value();
        if (!result.ok) {
            conflictWith(result.current, m_value, result.version,
                         tr("%1 exists already").arg(EditTarget::keyText(m_key)));
            return;
        }
        m_expect = result.entryVersion;
        m_target->log(QStringLiteral("setIf"),
                      QStringLiteral("%1 = %2").arg(EditTarget::keyText(m_key), preview(m_value)));
        m_target->reportWritten(m_key);
    });
}

void InsertItemCommand::undo()
{
    whenIdle([this] { undoNow(); });
}

void InsertItemCommand::undoNow()
{
    Proxy *proxy = m_target->proxy();
    if (!proxy) {
        failWith(QStringLiteral("remove"), tr("not connected"));
        return;
    }
    const QString what = tr("%1 was changed by another client since; not undone")
                                 .arg(EditTarget::keyText(m_key));
    if (m_target->kind() == EditTarget::Kind::List) {
        auto *list = static_cast<ListProxy *>(proxy);
        watch(list->windowAsync(m_index, 1), [this, list, what](const PendingCall &call) {
            const ItemWindow window = PendingReply<ItemWindow>(call).value();
            if (!listUnchanged(window, m_value)) {
                conflictWith(window.items.value(0), m_value, window.version, what);
                return;
            }
            watch(list->popAsync(int(m_index)), [this](const PendingCall &done) {
                const PendingReply<QVariant> reply(done);
                if (!reply.isValid())
                    failWith(QStringLiteral("pop"), reply.errorString());
                else
                    m_target->log(QStringLiteral("pop"), tr("[%1] (undo)").arg(m_index));
            });
        });
        return;
    }
    auto removeIfUnchanged = [this, what](const VersionedValue &found, const std::function<PendingCall()> &remove) {
        if (!found.found || found.entryVersion != m_expect) {
            conflictWith(found.found ? found.value : QVariant(), QVariant(), found.version, what);
            return;
        }
        watch(remove(), [this](const PendingCall &done) {
            const PendingReply<void> reply(done);
            if (!reply.isValid())
                failWith(QStringLiteral("remove"), reply.errorString());
            else
                m_target->log(QStringLiteral("remove"),
                              tr("%1 (undo)").arg(EditTarget::keyText(m_key)));
        });
    };
    if (m_target->kind() == EditTarget::Kind::Dict) {
        auto *dict = static_cast<DictProxy *>(proxy);
        watch(dict->lookupAsync(m_key), [this, dict, removeIfUnchanged](const PendingCall &call) {
            removeIfUnchanged(PendingReply<VersionedValue>(call).value(),
                              [this, dict] { return PendingCall(dict->removeAsync(m_key)); });
        });
    } else {
        auto *ns = static_cast<NamespaceProxy *>(proxy);
        watch(ns->lookupAsync(m_key.toString()), [this, ns, removeIfUnchanged](const PendingCall &call) {
            removeIfUnchanged(PendingReply<VersionedValue>(call).value(),
                              [this, ns] { return PendingCall(ns->removeAsync(m_key.toString())); });
        });
    }
}

// --- RemoveItemCommand ---

RemoveItemCommand::RemoveItemCommand(std::shared_ptr<EditTarget> target, const QVariant &key,
                                     const QVariant &cachedValue)
    : ContainerEditCommand(std::move(target), key), m_value(cachedValue)
{
    setText(tr("Remove %1 from %2").arg(EditTarget::keyText(key), m_target->name()));
}

void RemoveItemCommand::redo()
{
    whenIdle([this] { redoNow(); });
}

void RemoveItemCommand::redoNow()
{
    Proxy *proxy = m_target->proxy();
    if (!proxy) {
        failWith(QStringLiteral("remove"), tr("not connected"));
        return;
    }
    const bool again = m_removed; // a redo after an undo: only if still as put back
    const QString what = tr("%1 was changed by another client since; not removed")
                                 .arg(EditTarget::keyText(m_key));
    auto popped = [this](const QString &call) {
        return [this, call](const PendingCall &done) {
            const PendingReply<QVariant> reply(done);
            if (!reply.isValid()) {
                failWith(call, reply.errorString());
                return;
            }
            m_value = reply.value(); // the old value, from the server's answer
            m_removed = true;
            m_target->log(call, EditTarget::keyText(m_key));
            m_target->reportWritten(m_key);
        };
    };
    switch (m_target->kind()) {
    case EditTarget::Kind::Dict: {
        auto *dict = static_cast<DictProxy *>(proxy);
        if (!again) {
            watch(dict->popAsync(m_key), popped(QStringLiteral("pop")));
            return;
        }
        watch(dict->lookupAsync(m_key), [this, dict, what, popped](const PendingCall &call) {
            const VersionedValue found = PendingReply<VersionedValue>(call).value();
            if (!found.found || found.entryVersion != m_expect) {
                conflictWith(found.found ? found.value : QVariant(), QVariant(), found.version, what);
                return;
            }
            watch(dict->popAsync(m_key), popped(QStringLiteral("pop")));
        });
        return;
    }
    case EditTarget::Kind::Namespace: {
        auto *ns = static_cast<NamespaceProxy *>(proxy);
        const QString name = m_key.toString();
        watch(ns->lookupAsync(name), [this, ns, name, what, again](const PendingCall &call) {
            const VersionedValue found = PendingReply<VersionedValue>(call).value();
            if (!found.found || (again && found.entryVersion != m_expect)) {
                conflictWith(found.found ? found.value : QVariant(), QVariant(), found.version, what);
                return;
            }
            m_value = found.value;
            watch(ns->removeAsync(name), [this](const PendingCall &done) {
                const PendingReply<void> reply(done);
                if (!reply.isValid()) {
                    failWith(QStringLiteral("remove"), reply.errorString());
                    return;
                }
                m_removed = true;
                m_target->log(QStringLiteral("remove"), EditTarget::keyText(m_key));
                m_target->reportWritten(m_key);
            });
        });
        return;
    }
    case EditTarget::Kind::List: {
        auto *list = static_cast<ListProxy *>(proxy);
        const int index = m_key.toInt();
        if (!again) {
            watch(list->popAsync(index), popped(QStringLiteral("pop")));
            return;
        }
        watch(list->windowAsync(index, 1), [this, list, index, what, popped](const PendingCall &call) {
            const ItemWindow window = PendingReply<ItemWindow>(call).value();
            if (!listUnchanged(window, m_value)) {
                conflictWith(window.items.value(0), QVariant(), window.version, what);
                return;
            }
            watch(list->popAsync(index), popped(QStringLiteral("pop")));
        });
        return;
    }
    case EditTarget::Kind::Array:
        return;
    }
}

void RemoveItemCommand::undo()
{
    whenIdle([this] { undoNow(); });
}

void RemoveItemCommand::undoNow()
{
    Proxy *proxy = m_target->proxy();
    if (!proxy) {
        failWith(QStringLiteral("insert"), tr("not connected"));
        return;
    }
    if (m_target->kind() == EditTarget::Kind::List) {
        auto *list = static_cast<ListProxy *>(proxy);
        const int index = m_key.toInt();
        watch(list->insertAsync(index, m_value), [this](const PendingCall &done) {
            const PendingReply<void> reply(done);
            if (!reply.isValid())
                failWith(QStringLiteral("insert"), reply.errorString());
            else
                m_target->log(QStringLiteral("insert"), tr("%1 (undo)").arg(preview(m_value)));
        });
        watch(list->windowAsync(index, 1), [this](const PendingCall &call) {
            m_expect = PendingReply<ItemWindow>(call).value().version;
            m_target->reportWritten(m_key);
        });
        return;
    }
    PendingCall call;
    if (m_target->kind() == EditTarget::Kind::Dict)
        call = static_cast<DictProxy *>(proxy)->setIfAsync(m_key, m_value, 0);
    else if (m_target->kind() == EditTarget::Kind::Namespace)
        call = static_cast<NamespaceProxy *>(proxy)->setIfAsync(m_key.toString(), m_value, 0);
    else
        return;
    watch(call, [this](const PendingCall &done) {
        const PendingReply<ConditionalWrite> reply(done);
        if (!reply.isValid()) {
            failWith(QStringLiteral("setIf"), reply.errorString());
            return;
        }
        const ConditionalWrite result = reply.value();
        if (!result.ok) {
            conflictWith(result.current, m_value, result.version,
                         tr("%1 was added again by another client; not undone")
                                 .arg(EditTarget::keyText(m_key)));
            return;
        }
        m_expect = result.entryVersion;
        m_target->log(QStringLiteral("setIf"),
                      tr("%1 = %2 (undo)").arg(EditTarget::keyText(m_key), preview(m_value)));
        m_target->reportWritten(m_key);
    });
}

} // namespace Inspector
