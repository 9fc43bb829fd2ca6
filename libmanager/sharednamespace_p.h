// SPDX-License-Identifier: BSD-3-Clause
//
//  W A R N I N G
//  -------------
// This file is not part of the libmanager API. It may change from version to version without
// notice, or even be removed.

#ifndef LIBMANAGER_SHAREDNAMESPACE_P_H
#define LIBMANAGER_SHAREDNAMESPACE_P_H

#include <libmanager/nativeobject_p.h>

#include <QtCore/qmap.h>

namespace LibManager {

/*!
    Namespace: writable attributes. Wire methods: getattr(name), setattr(name, value),
    delattr(name), hasattr(name), attributes(). Events: "set" (name, value), "deleted" (name).
    Names beginning with '_' belong to proxies and are refused here.
*/
class LIBMANAGER_EXPORT SharedNamespace : public NativeObject
{
    Q_OBJECT
public:
    using NativeObject::NativeObject;
    ~SharedNamespace() override;

    /*! "Namespace(x=10, y='hello')": the attributes sorted by name, values as Python shows them. */
    QString toString() const override;
    QStringList methodNames() const override;

protected:
    Reply dispatch(const Caller &caller, MethodName method, const QVariantList &args) override;

private:
    static qint64 attributeFootprint(const QString &name, const QVariant &value);

    QMap<QString, QVariant> m_attributes;
};

} // namespace LibManager

#endif // LIBMANAGER_SHAREDNAMESPACE_P_H
