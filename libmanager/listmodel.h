// SPDX-License-Identifier: BSD-3-Clause
#ifndef LIBMANAGER_LISTMODEL_H
#define LIBMANAGER_LISTMODEL_H

#include <libmanager/containermodel.h>
#include <libmanager/listproxy.h>

#include <memory>

namespace LibManager {

/*!
    An item model over a shared list: one column, one row per item, in the list's order (see
    ContainerModel for paging, live changes and editing).

    Items inserted, removed or changed by any process become row insertions, removals and
    dataChanged() at their positions. A sort, a reverse or a stepped assignment replaces the
    whole list at once: a layout change (the persistent indexes keep their rows: equal items
    cannot be told apart). setData() writes with ListProxy::setIf(), which
    fails if the item was written, or moved to its index by an insertion or removal before it,
    since the model read it; a row that moved in the model since its page was read is read
    again first (one more round trip), so only a real change of the item conflicts.

    \code
    auto list = manager.list();
    auto *model = new LibManager::ListModel(std::move(list), view);
    view->setModel(model);                    // a QListView
    \endcode
*/
class LIBMANAGER_EXPORT ListModel : public ContainerModel
{
    Q_OBJECT
public:
    /*! A model of \a proxy, which it keeps alive; the first page is asked for at once. */
    explicit ListModel(std::shared_ptr<ListProxy> proxy, QObject *parent = nullptr);
    ~ListModel() override;

    std::shared_ptr<ListProxy> proxy() const;

private:
    Q_DISABLE_COPY(ListModel)
};

} // namespace LibManager

#endif // LIBMANAGER_LISTMODEL_H
