// SPDX-License-Identifier: BSD-3-Clause
#ifndef INSPECTOR_OBJECTTREEMODEL_H
#define INSPECTOR_OBJECTTREEMODEL_H

#include <libmanager/introspector.h>

#include <QtCore/qabstractitemmodel.h>
#include <QtCore/qdatetime.h>
#include <QtCore/qelapsedtimer.h>
#include <QtCore/qlist.h>
#include <QtCore/qmap.h>
#include <QtCore/qpointer.h>
#include <QtCore/qset.h>

#include <functional>
#include <memory>
#include <vector>

QT_BEGIN_NAMESPACE
class QTimer;
QT_END_NAMESPACE

namespace Inspector {

class ClientNames;
class InspectorSession;

/*!
    Every object of the server, in groups by type (Containers, Values, Queues,
    Synchronization, then one group per other typeId, each with its count), or as one flat
    list (setFlat()). Objects are in the order they were made.

    Fed without blocking and without holding any reference: a snapshot of
    Introspector::objectsPageAsync() pages, read after the event stream started, then kept by
    the stream (objects made and released, reference counts, changes, holds and waits, client
    names). The preview and state of a changed object are read again, only for changed
    objects, at most every 250 ms, in small pages (at most 4 requests in flight). A lost
    stream (resyncNeeded) or a reconnection reads the snapshot again and applies the
    difference, so views keep their selection and expansion. A server without the event
    stream is polled every 2 s.

    New rows come in batches (one rowsInserted per run per event-loop turn; above 100,000
    objects at most every 100 ms). Changed rows are highlighted: a dot and a background that
    fades from the palette's highlight colour (35 % alpha) over highlightDuration(), on one
    50 ms timer that runs only while highlights are active (none above 500 active: the dot
    only).
*/
class ObjectTreeModel : public QAbstractItemModel
{
    Q_OBJECT
    Q_PROPERTY(bool flat READ isFlat WRITE setFlat NOTIFY flatChanged)
    Q_PROPERTY(bool loading READ isLoading NOTIFY loadingChanged)
public:
    /*! Buffered events while paused, at most; above, a resync on resume. */
    static constexpr int MaxPaused = 10000;
    enum Column {
        ObjectColumn,
        TypeColumn,
        PreviewColumn,
        RefsColumn,
        SubsColumn,
        WaitersColumn,
        StateColumn,
        LastChangeColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Roles {
        ObjectIdRole = Qt::UserRole + 1, //!< quint64; 0 for a group row
        TypeIdRole,                      //!< QString
        IsGroupRole,                     //!< bool
        GroupCountRole,                  //!< int, objects in a group row
        HighlightRole,                   //!< qreal, 1 just changed, fading to 0
        LastChangeRole,                  //!< QDateTime of the last change or hold/wait
        LastChangeClientRole,            //!< quint64, its origin (0: the server)
        VersionRole,                     //!< quint64
        ReferencesRole,                  //!< qint64
        SubscribersRole,                 //!< int
        WaitingRole,                     //!< qint64
        HolderRole,                      //!< quint64, 0 if none
        HeldRole,                        //!< bool: locked, or a Semaphore exhausted
        StateWordRole,                   //!< QString, the server's untranslated word
        CreatorRole,                     //!< quint64
        PreviewRole,                     //!< QString, the whole preview read
        SortRole,                        //!< what the columns sort by
        FilterTextRole,                  //!< QString: id, type and preview, for filtering
        GroupTitleRole,                  //!< QString: a group's name, without its count
    };

    explicit ObjectTreeModel(InspectorSession *session, QObject *parent = nullptr);
    ~ObjectTreeModel() override;

    bool isFlat() const { return m_flat; }
    void setFlat(bool flat);
    /*! Characters of preview asked per object (default 120, at most 1,000). */
    int previewChars() const { return m_previewChars; }
    void setPreviewChars(int chars);
    /*! How long a changed row stays highlighted, in ms (default 1,500); 0: no highlight, no
        timer. */
    int highlightDuration() const { return m_highlightMs; }
    void setHighlightDuration(int ms);
    /*! False: the highlight stays at full strength until it ends (no animation, no repaint
        every 50 ms), for tests and screenshots. */
    bool isFadeEnabled() const { return m_fade; }
    void setFadeEnabled(bool fade);

    /*! Reading the snapshot (first time, resync or reconnection). */
    bool isLoading() const { return m_loading; }
    /*! How many objects the server has, all types together (from the last page, kept by the
        events); objectCount() is how many the model holds now. */
    qint64 serverTotal() const { return m_total; }
    int objectCount() const { return int(m_objects.size()); }
    /*! Events that came while the session is paused, waiting for the resume (0 when live;
        after 10,000 the buffer is dropped and the resume reads everything again). */
    int pausedEventCount() const { return m_pausedOverflow ? MaxPaused : int(m_paused.size()); }
    /*! The model reads the server without events (no event stream): every 2 s. */
    bool isPolling() const { return m_polling; }

    /*! What the model knows of \a objectId; id 0 if it knows nothing. */
    LibManager::ObjectInfo object(quint64 objectId) const;
    QModelIndex indexOf(quint64 objectId, int column = 0) const;
    ClientNames *clientNames() const { return m_names; }
    /*! "dict 17", or "counter (dict 17)" when named. */
    static QString objectLabel(const LibManager::ObjectInfo &info);
    /*! The same label from its parts: "lock-b (Lock 17)", "Lock 17". */
    static QString objectLabel(quint64 objectId, const QString &typeId, const QStringList &names);
    /*! "3 s", "5 min", or a time: for cells. */
    static QString shortAge(const QDateTime &when, const QDateTime &now);
    /*! "3 seconds ago"...: for accessible descriptions and tooltips. */
    static QString longAge(const QDateTime &when, const QDateTime &now);

    /*! Reads the snapshot again and applies the difference. */
    void reload();

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

Q_SIGNALS:
    void flatChanged(bool flat);
    void loadingChanged(bool loading);
    /*! serverTotal() or objectCount() changed. */
    void countsChanged();
    /*! A row for \a objectId was added, updated or removed (after the view was told). */
    void objectUpdated(quint64 objectId);
    void objectRemoved(quint64 objectId);

private:
    struct Group;
    struct Object
    {
        LibManager::ObjectInfo info;
        Group *group = nullptr;
        QDateTime syncAt;     // last hold, wait, set... (syncEvent)
        quint64 syncBy = 0;
        qint64 highlightAt = -1; // m_clock ms; -1: none
        bool inView = false;
    };
    struct Group
    {
        QString key;   // a standard group's name, or a custom typeId
        int order = 0; // standard groups 0-3, custom ones 4
        bool standard = false;
        QList<Object *> rows;
    };

    void attach();
    void startSnapshot();
    void requestPage(quint64 after, int generation);
    void applyPage(quint64 after, const LibManager::ObjectPage &page, bool snapshot);
    void setLoading(bool loading);

    void onCreated(const LibManager::ObjectEvent &event);
    void onReleased(const LibManager::ObjectEvent &event);
    void onReferences(const LibManager::ObjectEvent &event);
    void onChanged(const LibManager::ObjectEvent &event);
    void onSync(const LibManager::SyncEvent &event);
    void deliver(std::function<void()> event);
    void replayPaused();

    Object *addObject(const LibManager::ObjectInfo &info);
    void removeObject(Object *object);
    void updateObject(Object *object, const LibManager::ObjectInfo &info);
    void touch(Object *object, int firstColumn, int lastColumn);
    void flushTouched();
    void highlight(Object *object);
    void markDirty(quint64 objectId);
    void readDirty();
    void scheduleFlush();
    void flush();
    void flushRemovals();
    void flushInserts();
    void tick();
    void ageTick();
    void clearAll();

    Group *groupFor(const QString &typeId);
    int groupRow(const Group *group) const;
    int rowOf(const Object *object) const;
    QModelIndex indexFor(const Object *object, int column) const;
    Object *objectAt(const QModelIndex &index) const;
    Group *groupAt(const QModelIndex &index) const;
    QString groupTitle(const Group *group) const;
    QString stateText(const Object *object) const;
    QDateTime lastChange(const Object *object, quint64 *client) const;
    qreal highlightStrength(const Object *object) const;

    InspectorSession *const m_session;
    ClientNames *m_names = nullptr;
    QPointer<LibManager::Introspector> m_introspector;
    QByteArray m_serverId;

    // The truth, by id, and what the view was told (m_all and the groups' rows).
    QMap<quint64, Object *> m_objects;
    QList<Object *> m_all;
    std::vector<std::unique_ptr<Group>> m_groups;
    QList<Object *> m_pendingInsert;
    QList<Object *> m_pendingRemove;
    QSet<quint64> m_dirty;
    QSet<Object *> m_highlighted;
    QSet<Object *> m_recent; // changed within the last hour: their age text moves
    QSet<Object *> m_touched; // rows to repaint at the next 16 ms tick

    bool m_flat = false;
    bool m_loading = false;
    bool m_polling = false;
    bool m_streamWaiting = false;
    bool m_fade = true;
    int m_previewChars = 120;
    int m_highlightMs = 1500;
    int m_generation = 0;
    int m_inFlight = 0;
    qint64 m_total = 0;
    int m_ageTicks = 0;
    QList<std::function<void()>> m_paused;
    bool m_pausedOverflow = false;
    QElapsedTimer m_clock;
    QTimer *m_flushTimer = nullptr;
    QTimer *m_touchTimer = nullptr;
    QTimer *m_dirtyTimer = nullptr;
    QTimer *m_fadeTimer = nullptr;
    QTimer *m_ageTimer = nullptr;
    QTimer *m_pollTimer = nullptr;
    QTimer *m_streamTimer = nullptr;
};

} // namespace Inspector

#endif // INSPECTOR_OBJECTTREEMODEL_H
