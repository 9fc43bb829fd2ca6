// SPDX-License-Identifier: BSD-3-Clause
//
//  W A R N I N G
//  -------------
// This file is not part of the libmanager API. It may change from version to version without
// notice, or even be removed.

#ifndef LIBMANAGER_METHODTABLE_P_H
#define LIBMANAGER_METHODTABLE_P_H

#include <libmanager/reply.h>

#include <QtCore/qhash.h>
#include <QtCore/qset.h>
#include <QtCore/qstringlist.h>

#include <memory>
#include <optional>

QT_BEGIN_NAMESPACE
struct QMetaObject;
class QObject;
QT_END_NAMESPACE

namespace LibManager {

/*!
    The methods of one QObject class that clients may call, and the call itself through the
    meta-object system (arguments converted to the parameter types, overloads chosen by count
    and convertibility).
*/
class MethodTable
{
public:
    /*! \a exposed: the names to expose, or nullopt for the class's public slots and
        Q_INVOKABLE methods (QObject's own excluded). \a readMethods: the ones that only read
        (BaseManager::registerReadMethods()), besides those the class declares. */
    MethodTable(const QMetaObject *metaObject, const std::optional<QStringList> &exposed,
                const QStringList &readMethods = {});

    /*!
        The class info a class names its methods that only read with, for observers (clients
        with the server's observer key): Q_CLASSINFO("LibManager.ReadMethods", "name count"),
        names separated by spaces or commas. Every other method counts as a write.
    */
    static constexpr char ReadMethodsClassInfo[] = "LibManager.ReadMethods";
    /*! True if \a name is exposed and declared to only read. */
    bool isReadMethod(const QByteArray &name) const { return m_readMethods.contains(name); }

    QStringList exposedNames() const;
    /*! The exposed methods' signatures, e.g. "int add(int,int)". */
    QStringList signatures() const;
    /*! Calls \a name on \a object; the reply's value may hold a Deferred. */
    Reply invoke(QObject *object, const QByteArray &name, const QVariantList &args) const;

    /*! The object's str(): its toString() if it has one, else repr(). */
    static QString stringOf(QObject *object);
    /*! "<ClassName object at 0x...>", with the objectName if it has one. */
    static QString reprOf(QObject *object);
    /*! A new object of \a metaObject's class by the Q_INVOKABLE constructor that fits \a args. */
    static QObject *construct(const QMetaObject &metaObject, const QVariantList &args, QString *why);

private:
    const QMetaObject *m_metaObject;
    QHash<QByteArray, QList<int>> m_methods;
    QSet<QByteArray> m_readMethods;
};

} // namespace LibManager

#endif // LIBMANAGER_METHODTABLE_P_H
