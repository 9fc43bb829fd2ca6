// SPDX-License-Identifier: BSD-3-Clause
#ifndef LIBMANAGER_DICTMODEL_H
#define LIBMANAGER_DICTMODEL_H

#include <libmanager/containermodel.h>
#include <libmanager/dictproxy.h>

#include <memory>

namespace LibManager {

/*!
    An item model over a shared dict: a row per entry in the dict's insertion order, with the
    columns key and value, and optionally Python's type of the value (see ContainerModel for
    paging, live changes and editing).

    Pages are DictProxy::itemsRange() calls, so showing the end of a million-entry dict costs
    one page. A new key is a row inserted at the end; a changed value keeps its row; a removed
    key's row goes; clear() removes every row. The model turns change info on for its proxy
    (Proxy::setChangeInfoEnabled()), which places each change and removal by the entry's
    position, held or not. (A server from before change info gives no positions: the removal
    of a key the model does not hold then removes the last row, and the rows shown are
    fetched again.) The value column is editable: setData() writes
    with DictProxy::setIf() and the version the row was read at, so a value somebody changed
    (or removed) since is not overwritten: writeConflict() says so and the row shows what is
    there now. Keys are not editable.

    \code
    auto *model = new LibManager::DictModel(manager.dict(), view);
    model->setTypeColumnShown(true);
    view->setModel(model);                    // a QTableView or a QTreeView
    \endcode
*/
class LIBMANAGER_EXPORT DictModel : public ContainerModel
{
    Q_OBJECT
    Q_PROPERTY(bool typeColumnShown READ isTypeColumnShown WRITE setTypeColumnShown)
public:
    enum Column { KeyColumn, ValueColumn, TypeColumn };
    Q_ENUM(Column)

    /*! A model of \a proxy, which it keeps alive; the first page is asked for at once. */
    explicit DictModel(std::shared_ptr<DictProxy> proxy, QObject *parent = nullptr);
    ~DictModel() override;

    std::shared_ptr<DictProxy> proxy() const;

    /*! Whether the third column, TypeColumn (Python's type name of the value), is shown. */
    bool isTypeColumnShown() const;
    void setTypeColumnShown(bool shown);

    /*! The row of \a key if the model holds that row now, else -1 (rows not fetched are not
        looked for). */
    int rowOfKey(const QVariant &key) const;

private:
    Q_DISABLE_COPY(DictModel)
};

} // namespace LibManager

#endif // LIBMANAGER_DICTMODEL_H
