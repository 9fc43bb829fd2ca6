// SPDX-License-Identifier: BSD-3-Clause
#ifndef LIBMANAGER_NAMESPACEPROXY_H
#define LIBMANAGER_NAMESPACEPROXY_H

#include <libmanager/containerresults.h>
#include <libmanager/pendingreply.h>
#include <libmanager/proxy.h>

#include <QtCore/qvariantmap.h>

namespace LibManager {

/*!
    A proxy for a shared Namespace: an object with writable attributes and no methods.

    As in the seed, an attribute whose name begins with '_' belongs to the proxy, not to the
    referent: it is kept here, never sent, and not part of toString():
    \code
    auto global = manager.Namespace();
    global->setValue("x", 10);
    global->setValue("y", "hello");
    global->setValue("_z", 12.3);          // an attribute of the proxy
    global->toString();                    // "Namespace(x=10, y='hello')"
    \endcode
*/
class LIBMANAGER_EXPORT NamespaceProxy : public Proxy
{
    Q_OBJECT
public:
    using Proxy::Proxy;

    /*! The attribute, or an error reply (Error::KeyError, "no attribute 'name'"). */
    Reply value(const QString &name) const;
    QVariant value(const QString &name, const QVariant &defaultValue) const;
    bool setValue(const QString &name, const QVariant &value);
    /*! Python's delattr(); Error::KeyError if there is no such attribute. */
    bool remove(const QString &name);
    bool contains(const QString &name) const;
    /*! The referent's attributes. */
    QVariantMap attributes() const;

    /*! The referent's attributes and the version they go with, in one answer. */
    NamespaceSnapshot snapshot() const;
    /*! The attribute (if found) and the versions to pass to setIf(). */
    VersionedValue lookup(const QString &name) const;
    /*!
        Sets the attribute only if it has not changed since the Namespace's version
        \a expectedVersion (from snapshot() or lookup()): neither set nor deleted since. Other
        attributes may have changed. 0 means "only if there is no such attribute". On a
        conflict nothing is written and the result has the value as it is now. A '_' name is
        Error::ValueError: the versioned calls are for the referent's attributes.
    */
    ConditionalWrite setIf(const QString &name, const QVariant &value, quint64 expectedVersion);
    /*! Sets the attribute and returns what it replaced (found is false if nothing). */
    ExchangedValue exchange(const QString &name, const QVariant &value);

    // Asynchronous twins: the same calls and results, without waiting (see PendingReply). For
    // a '_' name nothing is sent: the reply has finished when it is returned.
    /*! value(name): the attribute, or Error::KeyError. */
    PendingReply<QVariant> valueAsync(const QString &name) const;
    /*! value(name, defaultValue): value() is \a defaultValue if the call fails (error() says
        why). */
    PendingReply<QVariant> valueAsync(const QString &name, const QVariant &defaultValue) const;
    PendingReply<void> setValueAsync(const QString &name, const QVariant &value);
    /*! remove(): Error::KeyError if there is no such attribute. */
    PendingReply<void> removeAsync(const QString &name);
    PendingReply<bool> containsAsync(const QString &name) const;
    PendingReply<QVariantMap> attributesAsync() const;
    PendingReply<NamespaceSnapshot> snapshotAsync() const;
    PendingReply<VersionedValue> lookupAsync(const QString &name) const;
    PendingReply<ConditionalWrite> setIfAsync(const QString &name, const QVariant &value,
                                              quint64 expectedVersion);
    PendingReply<ExchangedValue> exchangeAsync(const QString &name, const QVariant &value);

Q_SIGNALS:
    /*! An attribute was set (added or changed), by any process. */
    void attributeChanged(const QString &name, const QVariant &value);
    void attributeRemoved(const QString &name);

protected:
    void handleEvent(const QByteArray &name, const QVariantList &args) override;

private:
    Reply ownValue(const QString &name) const;
    Reply removeOwn(const QString &name);

    QVariantMap m_own; // the '_' attributes: plain data of this proxy
};

} // namespace LibManager

#endif // LIBMANAGER_NAMESPACEPROXY_H
