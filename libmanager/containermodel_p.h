// SPDX-License-Identifier: BSD-3-Clause
//
//  W A R N I N G
//  -------------
// This file is not part of the libmanager API. It may change from version to version without
// notice, or even be removed.

#ifndef LIBMANAGER_CONTAINERMODEL_P_H
#define LIBMANAGER_CONTAINERMODEL_P_H

#include <libmanager/containermodel.h>
#include <libmanager/pendingcall.h>
#include <libmanager/pendingcallwatcher.h>
#include <libmanager/proxy.h>

#include <QtCore/qlist.h>
#include <QtCore/qpointer.h>
#include <QtCore/qvariant.h>

#include <functional>
#include <limits>
#include <memory>
#include <optional>
#include <set>
#include <utility>
#include <vector>

namespace LibManager {

/*! A row's version when it is not known (it came from a change event, or moved). */
constexpr quint64 NoVersion = std::numeric_limits<quint64>::max();

/*! One row (one element, for an Array) as a model holds it. */
struct ModelRow
{
    QVariant key;          // a dict key, a Namespace name; null for lists and Arrays
    QVariant value;
    quint64 version = NoVersion; // the object's version the row was read at
    QVariant pendingValue; // what an edit on its way wrote
    int pendingWrites = 0;
};

/*!
    The rows a model holds: runs ("chunks") of consecutive rows, each with the time it was last
    looked at, at most limit() rows in all (the least recently used chunks go first). Rows
    inserted or removed before a chunk move it, so the positions stay those of the container.
*/
class LIBMANAGER_AUTOTEST_EXPORT RowCache
{
public:
    void setPageSize(int rows) { m_pageSize = qMax(1, rows); }
    void setLimit(qint64 rows) { m_limit = rows; }
    qint64 limit() const { return m_limit; }
    qint64 size() const { return m_rows; }

    /*! The row at \a position, or nullptr; marks its chunk as used. */
    ModelRow *touch(qint64 position);
    /*! The row at \a position, or nullptr, leaving the order of use alone. */
    ModelRow *row(qint64 position);
    const ModelRow *row(qint64 position) const;
    /*! The first cached position of a row with this key, or -1. */
    qint64 findKey(const QVariant &key) const;

    void clear();
    /*! Rows inserted at \a at: \a known holds them (count() of them), or, if null, they are
        unknown and not cached. \a movedVersion: the version to give the rows that moved (for
        a list, where a moved item has a new position version). */
    void insert(qint64 at, qint64 count, const QList<ModelRow> *known,
                std::optional<quint64> movedVersion);
    void remove(qint64 at, qint64 count, std::optional<quint64> movedVersion);
    /*! A page of fresh rows at \a at; an edit on its way of a row it replaces (same key) stays. */
    void fill(qint64 at, QList<ModelRow> rows);
    /*! Drops the least recently used chunks beyond limit(), but none of [keepFrom, keepTo). */
    void trim(qint64 keepFrom = 0, qint64 keepTo = 0);
    /*! The ranges [from, to) dropped since the last call: the model tells the view. */
    std::vector<std::pair<qint64, qint64>> takeDropped() { return std::exchange(m_dropped, {}); }
    /*! Calls \a f(position, row) for every cached row in [from, to). */
    void forEach(qint64 from, qint64 to, const std::function<void(qint64, ModelRow &)> &f);

private:
    struct Chunk
    {
        qint64 start = 0;
        QList<ModelRow> rows;
        quint64 used = 0;
        qint64 end() const { return start + rows.size(); }
    };
    int chunkAt(qint64 position) const;
    void cut(qint64 from, qint64 to);
    void splitLarge(size_t index);
    void recount();

    std::vector<Chunk> m_chunks; // sorted by start, disjoint
    std::vector<std::pair<qint64, qint64>> m_dropped;
    quint64 m_clock = 0;
    qint64 m_rows = 0;
    int m_pageSize = 100;
    qint64 m_limit = 2000;
};

/*! A page as the models use it, whatever the container. */
struct ModelPage
{
    qint64 start = 0;
    qint64 length = 0;
    quint64 version = 0;
    QList<ModelRow> rows;
};

/*! An edit on its way: where its row is now (moved by events; -1 once removed). */
struct ModelWrite
{
    qint64 position = -1;
    qint64 sentAt = -1; // the position the last call of this write was made for
    QVariant key;
    QVariant attempted;
    QVariant seen; // the value the user edited
    /*! An edit of the same row made while this one was on its way: it starts when this one
        has been written (it was made on top of it), and fails with it. */
    std::shared_ptr<ModelWrite> followUp;
};

class ContainerModelPrivate
{
    Q_DECLARE_PUBLIC(ContainerModel)
public:
    ContainerModelPrivate() = default;
    virtual ~ContainerModelPrivate();

    // --- what each kind of container says ---
    virtual Proxy *proxy() const = 0;
    /*! Connects the proxy's change signals to the model (this subscribes). */
    virtual void connectSignals() = 0;
    virtual PendingCall requestPage(qint64 start, int count) = 0;
    /*! The page of a finished, successful call. */
    virtual ModelPage pageOf(const PendingCall &call) = 0;
    virtual int columns() const = 0;
    virtual QVariant header(int section, int role) const = 0;
    virtual QVariant cell(qint64 position, const ModelRow &row, int column, int role) const;
    /*! A cell's value column: the one setData() writes (-1: none). */
    virtual bool isValueColumn(int column) const = 0;
    /*! The cell of \a position's value (what writeConflict() names). */
    virtual QModelIndex valueIndex(qint64 position) const;
    /*! Starts the write of \a write (its row is cached and shows the pending value). */
    virtual void startWrite(const std::shared_ptr<ModelWrite> &write, const ModelRow &row) = 0;
    /*! The row of the whole model that shows \a position, and back (an Array's table folds). */
    virtual int modelRowsFor(qint64 elements) const { return int(elements); }
    int modelRows() const { return modelRowsFor(length); }
    virtual qint64 positionOf(const QModelIndex &index) const { return index.row(); }
    virtual void emitChanged(qint64 from, qint64 to);
    virtual bool pagesCoverAll() const { return false; } // a Namespace: one page is everything

    /*! The version of the event being delivered (its change info), or NoVersion. */
    quint64 eventVersion() const
    {
        const ChangeInfo info = proxy()->changeInfo();
        return info.isValid() ? info.version : NoVersion;
    }
    /*! The position of the dict entry of the event being delivered, or -1. */
    qint64 eventPosition() const
    {
        const ChangeInfo info = proxy()->changeInfo();
        return info.isValid() ? info.position : -1;
    }

    // --- the machinery ---
    void attach();
    /*! Subscribes (once) and asks for the first page. */
    void begin();
    void detach();
    void setStatus(ContainerModel::Status status);
    void fail(Error error, const QString &message);
    void wantRow(qint64 position) const;
    void scheduleFlush() const;
    void flush();
    void announceDropped();
    void sendPage(qint64 start, int count);
    void pageArrived(PendingCallWatcher *watcher, qint64 generation);
    /*! The placeholder or the cell of \a position. */
    QVariant rowData(qint64 position, int column, int role) const;

    // Changes announced by events, in positions of the container.
    void applyInserted(qint64 at, const QList<ModelRow> &rows, std::optional<quint64> movedVersion);
    void applyRemoved(qint64 at, qint64 count, std::optional<quint64> movedVersion);
    /*! Rows [at, at + values.size()) now hold \a values, as of \a version (or NoVersion). */
    void applyChanged(qint64 at, const QVariantList &values, quint64 version);
    /*! Everything changed at once (a list sorted): a reset with these rows. */
    void applyReplaced(const QList<ModelRow> &rows);
    /*! Removes every row, as rows removed (a dict's clear()). */
    void applyCleared();
    /*! The count went down by one at a position not known (a dict's removal of a key
        not cached, without change info): the last row goes, and every row fetches again. */
    void applyRemovedSomewhere();

    // Writes.
    std::shared_ptr<ModelWrite> newWrite(qint64 position, const ModelRow &row, const QVariant &value);
    /*! Where \a write's row is now: its tracked position if the key there matches, else a
        cached row with its key; -1 if none. */
    qint64 locate(const ModelWrite &write) const;
    /*! The outcome of \a write: the row it showed on stops showing it; the row at
        \a outcomeAt (-1: that same row) shows what the server said is there now. */
    void writeDone(const std::shared_ptr<ModelWrite> &write, bool ok, const QVariant &current,
                   bool currentKnown, quint64 version, qint64 outcomeAt = -1);
    void writeFailed(const std::shared_ptr<ModelWrite> &write, Error error, const QString &message);
    void endWrite(const std::shared_ptr<ModelWrite> &write);
    /*! Starts \a write with the row as the model has it now. */
    void startWriteNow(const std::shared_ptr<ModelWrite> &write);
    /*! Runs \a handler(call) when \a call finishes, if the model still has this generation. */
    void watch(const PendingCall &call, std::function<void(const PendingCall &)> handler);

    ContainerModel *q_ptr = nullptr;
    ContainerModel::Status status = ContainerModel::Status::Unattached;
    bool readOnly = false;
    bool ready = false;
    bool subscribed = false;
    qint64 length = 0;
    qint64 generation = 0;
    int pageSize = 100;
    mutable RowCache cache;
    mutable std::set<qint64> wanted; // positions data() asked for that are not cached
    mutable bool flushScheduled = false;
    struct PageRequest
    {
        qint64 start = 0;
        qint64 end = 0;
        PendingCallWatcher *watcher = nullptr;
    };
    std::vector<PageRequest> requests;
    std::vector<std::shared_ptr<ModelWrite>> writes;
    qint64 pageRequests = 0;
    std::vector<QMetaObject::Connection> connections;
};

} // namespace LibManager

#endif // LIBMANAGER_CONTAINERMODEL_P_H
