// SPDX-License-Identifier: BSD-3-Clause
#ifndef LIBMANAGER_ARRAYMODEL_H
#define LIBMANAGER_ARRAYMODEL_H

#include <libmanager/arrayproxy.h>
#include <libmanager/containermodel.h>

#include <memory>

namespace LibManager {

/*!
    An item model over a shared Array, as a table of elements: by default one column, an
    element per row (KeyRole gives its index); made with n columns, n elements per row, row
    r holding elements [r * n, r * n + n) (cells past the last element have no flags and no
    data). See ContainerModel for paging and live changes.

    An Array's length never changes, so after the first page the model's rows only change
    contents. setData() writes with ArrayProxy::set(): an Array has no conditional write, so
    the last writer wins, and writeConflict() is never emitted; a value outside the typecode's
    range fails with errorOccurred() (Error::ValueError or Error::TypeError).
*/
class LIBMANAGER_EXPORT ArrayModel : public ContainerModel
{
    Q_OBJECT
public:
    /*! A model of \a proxy, which it keeps alive; \a columns elements per row (at least 1).
        The first page is asked for at once. */
    explicit ArrayModel(std::shared_ptr<ArrayProxy> proxy, int columns = 1, QObject *parent = nullptr);
    ~ArrayModel() override;

    std::shared_ptr<ArrayProxy> proxy() const;
    /*! The element shown at \a index, or -1. */
    qint64 elementOf(const QModelIndex &index) const;
    /*! The cell that shows element \a element. */
    QModelIndex indexOfElement(qint64 element) const;

private:
    Q_DISABLE_COPY(ArrayModel)
};

} // namespace LibManager

#endif // LIBMANAGER_ARRAYMODEL_H
