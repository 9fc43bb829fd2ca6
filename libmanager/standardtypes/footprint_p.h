// SPDX-License-Identifier: BSD-3-Clause
//
//  W A R N I N G
//  -------------
// This file is not part of the libmanager API. It may change from version to version without
// notice, or even be removed.

#ifndef LIBMANAGER_FOOTPRINT_P_H
#define LIBMANAGER_FOOTPRINT_P_H

#include <libmanager/libmanager_global.h>

#include <QtCore/qvariant.h>

namespace LibManager {

/*!
    What the server's shared objects weigh in memory, approximately, for the quotas of
    ServerLimits: a rough formula per type, worked out where a value is stored and where it
    goes, never by asking the allocator. The constants were measured on 64-bit Linux with
    glibc (VmRSS of a server holding a million of each, see the quotas test) and round up:
    under an address-space limit the estimate has to run ahead of the real use, not behind it.

    A stored value is weighed once when it comes in and once when it goes, so the work is that
    of decoding it in the first place; scalars (numbers, booleans, null) cost a type check.
*/
namespace Footprint {

/*! One shared object on the server, whatever its type: the object itself (QObject and its
    private part), its entry in the server's tables, its destroyed() connection and the
    client's reference. Application types are counted by this alone: what they hold is
    theirs, and cannot be measured from outside. */
inline constexpr qint64 Object = 1024;
/*! One element of a list (a QVariant slot, with the room a growing QList keeps). */
inline constexpr qint64 ListItem = 48;
/*! One entry of a dict (a QHash node of two QVariants and an order, with the table's room). */
inline constexpr qint64 DictEntry = 128;
/*! One attribute of a Namespace (a QMap node: name and QVariant). */
inline constexpr qint64 Attribute = 112;
/*! One item waiting in a Queue (a std::deque slot). */
inline constexpr qint64 QueueItem = 40;
/*! A string's or byte array's block beside its characters: Qt's header, the allocator's, and
    its rounding. */
inline constexpr qint64 TextBlock = 48;

/*! The heap memory \a value owns beyond its QVariant: 0 for the types a QVariant holds in
    place, the characters of a string, the elements of a list or map (each weighed the same
    way), and so on. */
qint64 ofHeap(const QVariant &value);

/*! The heap memory of a string's characters. */
inline qint64 of(const QString &text)
{
    return text.isEmpty() ? 0 : TextBlock + 2 * qint64(text.size());
}

/*! ofHeap(), with the common cases inline: the server weighs every value it stores. */
inline qint64 of(const QVariant &value)
{
    const int id = value.metaType().id();
    // Null, bool, the integers, double and QChar live inside the QVariant.
    if (id < QMetaType::QVariantMap)
        return 0;
    if (id == QMetaType::QString)
        return of(*static_cast<const QString *>(value.constData()));
    return ofHeap(value);
}

} // namespace Footprint

} // namespace LibManager

#endif // LIBMANAGER_FOOTPRINT_P_H
