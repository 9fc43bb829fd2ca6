// SPDX-License-Identifier: BSD-3-Clause
//
//  W A R N I N G
//  -------------
// This file is not part of the libmanager API. It may change from version to version without
// notice, or even be removed.

#ifndef LIBMANAGER_SHAREDNAMESPACE_P_H
#define LIBMANAGER_SHAREDNAMESPACE_P_H

#include <libmanager/standardtypes/standardobject_p.h>

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
class LIBMANAGER_AUTOTEST_EXPORT SharedNamespace : public StandardObject
{
    Q_OBJECT
public:
    using StandardObject::StandardObject;
    ~SharedNamespace() override;

    /*! "Namespace(x=10, y='hello')": the attributes sorted by name, values as Python shows them. */
    QString toString() const override;
    qint64 containerLength() const override { return qint64(m_attributes.size()); }
    QString preview(int maxChars) const override;
    QStringList methodNames() const override;
    bool isReadMethod(MethodName method) const override;

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

    // The wire methods: a row of Methods each (NamespaceWire).
    static const StandardMethod<SharedNamespace> Methods[];
    /*! The attribute name every method but attributes() and snapshot() takes first; false
        with \a failure if \a args do not start with a valid one. */
    static bool attributeName(MethodName method, const QVariantList &args, QString *name,
                              Reply *failure);
    Reply serveAttributes(const Caller &caller, MethodName method, const QVariantList &args);
    Reply serveGetAttr(const Caller &caller, MethodName method, const QVariantList &args);
    Reply serveHasAttr(const Caller &caller, MethodName method, const QVariantList &args);
    Reply serveSetAttr(const Caller &caller, MethodName method, const QVariantList &args);
    Reply serveDelAttr(const Caller &caller, MethodName method, const QVariantList &args);
    Reply serveLookup(const Caller &caller, MethodName method, const QVariantList &args);
    Reply serveSetIf(const Caller &caller, MethodName method, const QVariantList &args);
    Reply serveExchange(const Caller &caller, MethodName method, const QVariantList &args);
};

} // namespace LibManager

#endif // LIBMANAGER_SHAREDNAMESPACE_P_H
