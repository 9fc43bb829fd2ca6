// SPDX-License-Identifier: BSD-3-Clause
#ifndef LIBMANAGER_NAMESPACEMODEL_H
#define LIBMANAGER_NAMESPACEMODEL_H

#include <libmanager/containermodel.h>
#include <libmanager/namespaceproxy.h>

#include <memory>

namespace LibManager {

/*!
    An item model over a shared Namespace: a row per attribute, sorted by name, with the
    columns name and value (see ContainerModel). A Namespace is small: the model reads all of
    it at once with NamespaceProxy::snapshot() and keeps it. An attribute set for the first
    time is a row inserted where its name sorts; a deleted one is a row removed. The value
    column is editable, with NamespaceProxy::setIf(). The proxy's own '_' attributes are not
    the referent's and are not shown.
*/
class LIBMANAGER_EXPORT NamespaceModel : public ContainerModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, ValueColumn };
    Q_ENUM(Column)

    /*! A model of \a proxy, which it keeps alive; the attributes are asked for at once. */
    explicit NamespaceModel(std::shared_ptr<NamespaceProxy> proxy, QObject *parent = nullptr);
    ~NamespaceModel() override;

    std::shared_ptr<NamespaceProxy> proxy() const;
    /*! The row of the attribute \a name, or -1. */
    int rowOfName(const QString &name) const;

private:
    Q_DISABLE_COPY(NamespaceModel)
};

} // namespace LibManager

#endif // LIBMANAGER_NAMESPACEMODEL_H
