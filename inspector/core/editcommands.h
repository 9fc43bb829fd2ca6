// SPDX-License-Identifier: BSD-3-Clause
#ifndef INSPECTOR_EDITCOMMANDS_H
#define INSPECTOR_EDITCOMMANDS_H

#include <libmanager/containerresults.h>
#include <libmanager/pendingcall.h>

#include <QtCore/qcoreapplication.h>
#include <QtCore/qobject.h>
#include <QtCore/qpointer.h>
#include <QtCore/qvariant.h>
#include <QtGui/qundostack.h>

#include <functional>
#include <memory>
#include <vector>

namespace LibManager {
class Proxy;
}

namespace Inspector {

class InspectorSession;

/*!
    The shared object the edit commands of one editor write to: the session, the object and
    the proxy they write through (taken again with InspectorSession::observe() when the one
    they have lost its connection). An editor and the commands it pushed share it, so undo
    still works after the editor closed. It reports what goes wrong as signals the editor
    shows in its banner, and logs every call in the session's activity.
*/
class EditTarget : public QObject
{
    Q_OBJECT
public:
    enum class Kind { Dict, List, Namespace, Array };
    Q_ENUM(Kind)

    EditTarget(InspectorSession *session, quint64 objectId, const QString &typeId);
    ~EditTarget() override;

    InspectorSession *session() const { return m_session; }
    quint64 objectId() const { return m_objectId; }
    QString typeId() const { return m_typeId; }
    Kind kind() const { return m_kind; }
    /*! "dict 17". */
    QString name() const;
    /*! 'x' for a name or key, [3] for an index. */
    static QString keyText(const QVariant &key);

    /*! The proxy to write through; nullptr when there is no connection. */
    LibManager::Proxy *proxy();
    void setProxy(std::shared_ptr<LibManager::Proxy> proxy);

    /*! Runs \a handler when \a call finishes (never if this target goes first). */
    void watch(const LibManager::PendingCall &call,
               std::function<void(const LibManager::PendingCall &)> handler);
    void log(const QString &call, const QString &details, bool failed = false);

    /*! An open editor tells of changes made by other clients (their version), so that a
        list's undo can tell whether somebody else changed the list since (lists have no
        per-item version a reader can ask for). */
    void noteRemoteChange(quint64 version) { m_lastRemote = qMax(m_lastRemote, version); }
    quint64 lastRemoteChange() const { return m_lastRemote; }

    /*! Emitted by commands: a write did not happen because the entry changed. \a current is
        what is there now (invalid if it is gone); \a version the object's version now (what
        an overwrite passes). */
    void reportConflict(const QVariant &key, const QVariant &current, const QVariant &attempted,
                        quint64 version, const QString &what);
    void reportFailure(const QString &message);
    void reportWritten(const QVariant &key);

Q_SIGNALS:
    void conflict(const QVariant &key, const QVariant &current, const QVariant &attempted,
                  quint64 version, const QString &what);
    void failed(const QString &message);
    void written(const QVariant &key);

private:
    QPointer<InspectorSession> m_session;
    const quint64 m_objectId;
    const QString m_typeId;
    Kind m_kind = Kind::Dict;
    std::shared_ptr<LibManager::Proxy> m_proxy;
    quint64 m_lastRemote = 0;
};

/*!
    The base of the container edit commands: one proxy call per redo() and undo(), sent
    without waiting. Every write after the first is conditional on the entry being as this
    command left it (the entry version its last write returned); if somebody changed it since,
    nothing is written, the target reports a conflict, and the command makes itself obsolete
    (QUndoStack drops it the next time it passes it; a command on top is dropped at once).
*/
class ContainerEditCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Inspector::ContainerEditCommand)
public:
    ~ContainerEditCommand() override;

    std::shared_ptr<EditTarget> target() const { return m_target; }
    QVariant key() const { return m_key; }
    /*! Calls on their way (for tests). */
    int pendingCalls() const { return m_pending; }

protected:
    ContainerEditCommand(std::shared_ptr<EditTarget> target, const QVariant &key);

    /*! Runs \a handler when \a call finishes, if this command still exists. */
    void watch(const LibManager::PendingCall &call,
               std::function<void(const LibManager::PendingCall &)> handler);
    /*! The entry changed: report, and drop this command. */
    void conflictWith(const QVariant &current, const QVariant &attempted, quint64 version,
                      const QString &what);
    void failWith(const QString &call, const QString &message);
    void dropSelf();
    /*! Runs \a step now, or once this command's calls on their way have answered: an undo
        made before the redo's answer came must know what the redo wrote. */
    void whenIdle(std::function<void()> step);
    /*! Whether a list still holds \a value at \a index with no other client's change since
        this command's last write (\a version: the list's version now). */
    bool listUnchanged(const LibManager::ItemWindow &window, const QVariant &value) const;

    std::shared_ptr<EditTarget> m_target;
    QVariant m_key;
    /*! The entry version this command's last write left (what the next write expects);
        NoVersion when unknown. */
    quint64 m_expect;
    int m_pending = 0;
    std::vector<std::function<void()>> m_deferred;
    std::shared_ptr<bool> m_alive;
};

/*!
    Set a value: a dict's item, a Namespace's attribute, a list's or Array's element. The
    first redo() writes with the version the user saw (\a seenVersion; 0 for "unknown": the
    entry is looked up first and must still hold \a oldValue). Undo writes \a oldValue back.
*/
class SetItemCommand : public ContainerEditCommand
{
public:
    SetItemCommand(std::shared_ptr<EditTarget> target, const QVariant &key, const QVariant &oldValue,
                   const QVariant &newValue, quint64 seenVersion);
    void redo() override;
    void undo() override;

private:
    void redoNow();
    void undoNow();

private:
    void write(const QVariant &value, const QVariant &expected, bool isUndo);
    void writeIf(const QVariant &value, quint64 version, bool isUndo);

    QVariant m_old;
    QVariant m_new;
};

/*!
    Add an entry: a new dict key or Namespace attribute (only if absent), or an item inserted
    into a list at \a key's index (-1: appended). Undo removes it if it is still as inserted.
*/
class InsertItemCommand : public ContainerEditCommand
{
public:
    InsertItemCommand(std::shared_ptr<EditTarget> target, const QVariant &key, const QVariant &value);
    void redo() override;
    void undo() override;

private:
    void redoNow();
    void undoNow();

private:
    QVariant m_value;
    qint64 m_index = -1; // a list's actual index once inserted
};

/*!
    Remove an entry: a dict key (its value comes back from pop()), a Namespace attribute, a
    list item at an index (pop()). Undo puts the value back (a dict key at the end of the
    insertion order, as Python would).
*/
class RemoveItemCommand : public ContainerEditCommand
{
public:
    RemoveItemCommand(std::shared_ptr<EditTarget> target, const QVariant &key, const QVariant &cachedValue);
    void redo() override;
    void undo() override;

private:
    void redoNow();
    void undoNow();

private:
    QVariant m_value;
    bool m_removed = false;
};

} // namespace Inspector

#endif // INSPECTOR_EDITCOMMANDS_H
