// SPDX-License-Identifier: BSD-3-Clause
//
//  W A R N I N G
//  -------------
// This file is not part of the libmanager API. It may change from version to version without
// notice, or even be removed.

#ifndef LIBMANAGER_SHAREDNAMESPACE_P_H
#define LIBMANAGER_SHAREDNAMESPACE_P_H

#include <libmanager/standardtypes/nativeobject_p.h>

#include <QtCore/qmap.h>

namespace LibManager {

/*!
    Namespace: writable attributes. Wire methods: getattr(name), setattr(name, value),
    delattr(name), hasattr(name), attributes(). Events: "set" (name, value), "deleted" (name).
    Names beginning with '_' belong to proxies and are refused here.

    Versioned, beyond Python (answers are maps, as the dict's, whose comments say more):
    - snapshot() -> {version, attributes}: every attribute and the version they go with.
    - lookup(name) -> {found, value, version, entryVersion}.
    - set_if(name, value, expectedVersion) -> {ok, version, found, entryVersion, current}: sets
      the attribute only if it has not changed since version \\a expectedVersion (written
      after it, or deleted after it: deletions are known by the last one); 0 means "only if
      there is no such attribute".
    - exchange(name, value) -> {found, previous, version}.
*/
class LIBMANAGER_AUTOTEST_EXPORT SharedNamespace : public NativeObject
{
    Q_OBJECT
public:
    using NativeObject::NativeObject;
    ~SharedNamespace() override;

    /*! "Namespace(x=10, y='hello')": the attributes sorted by name, values as Python shows them. */
    QString toString() const override;
    qint64 containerLength() const override { return qint64(m_attributes.size()); }
    QString preview(int maxChars) const override;
    QStringList methodNames() const override;

protected:
    Reply dispatch(const Caller &caller, MethodName method, const QVariantList &args) override;

private:
    struct Attribute
    {
        QVariant value;
        quint64 version = 0; // the version its last write made
    };
    static qint64 attributeFootprint(const QString &name, const QVariant &value);
    Reply set(const QString &name, const QVariant &value);
    QVariantMap versioned(const QString &name) const;

    QMap<QString, Attribute> m_attributes;
    quint64 m_lastRemoval = 0;
};

} // namespace LibManager

#endif // LIBMANAGER_SHAREDNAMESPACE_P_H
