// SPDX-License-Identifier: BSD-3-Clause
#ifndef LIBMANAGER_CONTAINERMODEL_H
#define LIBMANAGER_CONTAINERMODEL_H

#include <libmanager/error.h>
#include <libmanager/libmanager_global.h>

#include <QtCore/qabstractitemmodel.h>

#include <memory>

namespace LibManager {

class ContainerModelPrivate;
class Proxy;

/*!
    The common part of the item models over shared containers: DictModel, ListModel,
    NamespaceModel and ArrayModel. They are what a QTableView, a QTreeView, a QListView or a
    QML view shows of a shared object, live and without blocking.

    - \b Lazy \b and \b paged: rowCount() comes from the length in the first page's answer;
      rows are fetched a page (pageSize()) at a time when data() first asks for one, with the
      asynchronous calls of the proxy. Until its page arrives a row shows a placeholder and
      LoadingRole is true. At most cacheLimit() rows are kept, in pages dropped least recently
      used first, so a million-entry dict costs the memory of what has been looked at lately.
    - \b Live: the proxy's change signals become row insertions, removals and dataChanged(),
      never a reset. A list reordered at once (sorted, reversed, assigned with a step) is a
      layout change, or a reset if its length changed. Events and answers arrive in the order
      the server made them, so a page always fits the rows as the model has them when it
      arrives. Rows dropped from the cache are announced with dataChanged() (they show as
      loading again): keep cacheLimit() above what a view shows at once.
    - A model turns change info on for its proxy (Proxy::setChangeInfoEnabled()): rows that
      events bring carry their version, and a dict's events their position.
    - \b Editable (unless readOnly()): setData() writes with the proxy's conditional write,
      setIf(), passing the version the row was read at: a write that would overwrite a change
      the user has not seen fails, the model shows the current value and emits writeConflict().
      The edited value shows at once (PendingWriteRole is true until the server answers).
    - \b Never \b blocking: no call made by a model waits for the server.

    Ownership and threads: a model shares its proxy (a std::shared_ptr; the std::unique_ptr that
    a manager's creator returns converts to one) and keeps it alive while it uses it. It must
    live in the proxy's thread (where the proxy's change signals come from), normally the GUI
    thread. The proxy may be used for other things meanwhile.
*/
class LIBMANAGER_EXPORT ContainerModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_PROPERTY(Status status READ status NOTIFY statusChanged)
    Q_PROPERTY(bool readOnly READ isReadOnly WRITE setReadOnly NOTIFY readOnlyChanged)
    Q_PROPERTY(int pageSize READ pageSize WRITE setPageSize)
    Q_PROPERTY(int cacheLimit READ cacheLimit WRITE setCacheLimit)
public:
    /*! The roles the models answer beyond Qt's DisplayRole, EditRole and ToolTipRole. */
    enum Roles {
        /*! bool: the row has not been fetched yet; the other roles are placeholders. */
        LoadingRole = Qt::UserRole + 1,
        /*! quint64: the object's version the row was read at (what setData() passes to
            setIf()); invalid if the row came from a change event or moved, and its version is
            not known (an edit then reads the row again first). */
        VersionRole,
        /*! The value as the container holds it (DisplayRole shows lists, bytes and the like
            as Python's repr). */
        RawValueRole,
        /*! QString: Python's type name of the value (int, str, bytes, list, ...). */
        TypeNameRole,
        /*! The row's key: a dict key, a Namespace attribute's name, a list or Array index. */
        KeyRole,
        /*! bool: an edit of this row is on its way to the server. */
        PendingWriteRole,
    };
    Q_ENUM(Roles)

    enum class Status {
        Unattached, //!< no proxy, or a proxy attached to no object
        Loading,    //!< the first page is on its way: rowCount() is 0 until it comes
        Ready,      //!< the rows are known (their contents arrive as they are looked at)
        Error,      //!< the last fetch failed or the connection was lost (see errorOccurred())
    };
    Q_ENUM(Status)

    ~ContainerModel() override;

    Status status() const;

    /*! A read-only model's flags() say nothing is editable and its setData() fails. False by
        default (a NamespaceModel or DictModel over an observer's proxy should be read-only:
        the server refuses its writes with Error::ReadOnly). */
    bool isReadOnly() const;
    void setReadOnly(bool readOnly);

    /*! Rows per page fetch (100 by default; 1 to 10,000). */
    int pageSize() const;
    void setPageSize(int rows);
    /*! Rows kept at most (2,000 by default, at least two pages); pages the view has not asked
        for longest go first. */
    int cacheLimit() const;
    void setCacheLimit(int rows);

    /*! Rows whose contents the model holds now. */
    qint64 cachedRowCount() const;
    /*! Page requests sent since the model was made (for tests and tuning). */
    qint64 pageRequestCount() const;
    /*! Page requests waiting for their answer. */
    int pendingPageCount() const;

    /*! Fetches everything again, from the first page: a model reset. */
    Q_INVOKABLE void refresh();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void statusChanged(LibManager::ContainerModel::Status status);
    void readOnlyChanged(bool readOnly);
    /*!
        A setData() did not write because somebody else changed the entry since the model read
        it (or removed it). The model shows \a current, what is there now (invalid if the
        entry is gone, and then \a index may be invalid too); \a attempted is what was not
        written. A UI can say so and let the user edit again.
    */
    void writeConflict(const QModelIndex &index, const QVariant &current, const QVariant &attempted);
    /*! A setData() was written. */
    void writeSucceeded(const QModelIndex &index);
    /*! A fetch or a write failed (Error::ConnectionLost, Error::ReadOnly, ...). */
    void errorOccurred(LibManager::Error error, const QString &message);

protected:
    explicit ContainerModel(ContainerModelPrivate &dd, QObject *parent);

    std::unique_ptr<ContainerModelPrivate> const d_ptr;

private:
    Q_DISABLE_COPY(ContainerModel)
    Q_DECLARE_PRIVATE(ContainerModel)
    friend class ContainerModelPrivate;
};

} // namespace LibManager

#endif // LIBMANAGER_CONTAINERMODEL_H
