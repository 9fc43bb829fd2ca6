// SPDX-License-Identifier: BSD-3-Clause
//
//  W A R N I N G
//  -------------
// This file is not part of the libmanager API. It may change from version to version without
// notice, or even be removed.

#ifndef LIBMANAGER_STANDARDTYPES_P_H
#define LIBMANAGER_STANDARDTYPES_P_H

#include <libmanager/libmanager_global.h>
#include <libmanager/reply.h>

#include <QtCore/qbytearrayview.h>
#include <QtCore/qstring.h>
#include <QtCore/qvariant.h>

namespace LibManager {

class StandardObject;
class Proxy;

/*!
    One standard type (SyncManager's): its typeid, how the server makes its objects, and the
    proxy class clients see them through. The table of them (standardTypes()) is the one list
    of the standard typeids: SyncManager registers every row (and so does the libmanager-server
    program, which runs a SyncManager), and its proxy factories are what SyncManager's clients
    look typeids up in. docs/adding-a-standard-type.md says what a new row needs.
*/
struct StandardType
{
    /*! The typeid, Python's name ("Queue", "dict"). */
    QLatin1String typeId;
    /*!
        Makes an object from create()'s arguments, or returns nullptr with \a failure: an
        Error::InvalidArguments whose message says what is wrong with them (the server says
        "cannot create <typeid>: <message>"), or a quota's own error, which the client gets as
        it is. Never throws for bad arguments; std::bad_alloc may pass.
    */
    StandardObject *(*make)(const QVariantList &args, Reply *failure);
    /*! A new, unattached proxy of the type's class, owned by the caller. */
    Proxy *(*makeProxy)();
    /*! The method names of its vocabulary (vocabulary_p.h): what its objects serve
        (methodNames()), which tst_standardtypes checks. */
    const QByteArrayView *methods;
    qsizetype methodCount;
};

/*! The rows of the table, in the README's order (begin() and end() for range-for). */
struct StandardTypeList
{
    const StandardType *first = nullptr;
    qsizetype count = 0;
    const StandardType *begin() const noexcept { return first; }
    const StandardType *end() const noexcept { return first + count; }
};

/*! Every standard type. */
LIBMANAGER_AUTOTEST_EXPORT StandardTypeList standardTypes() noexcept;
/*! The row of \a typeId, or nullptr if it names no standard type. */
LIBMANAGER_AUTOTEST_EXPORT const StandardType *findStandardType(QStringView typeId) noexcept;

} // namespace LibManager

#endif // LIBMANAGER_STANDARDTYPES_P_H
