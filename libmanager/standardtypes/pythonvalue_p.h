// SPDX-License-Identifier: BSD-3-Clause
//
//  W A R N I N G
//  -------------
// This file is not part of the libmanager API. It may change from version to version without
// notice, or even be removed.

#ifndef LIBMANAGER_PYTHONVALUE_P_H
#define LIBMANAGER_PYTHONVALUE_P_H

#include <libmanager/libmanager_global.h>

#include <QtCore/qcompare.h>
#include <QtCore/qvariant.h>

namespace LibManager {

/*!
    Python's == for the values the standard types hold: numbers equal by value whatever their
    type (1 == 1.0 == True), strings only to strings and bytes only to bytes (QVariant's own
    == would convert "2" to 2), lists and maps item by item, anything else by type and value.
*/
bool pythonEquals(const QVariant &a, const QVariant &b);

/*! True for the metatypes of Python's int: bool and every C++ integer type. */
bool isIntegerType(int metaTypeId);
/*! True for the unsigned ones among them (read with toULongLong()). */
bool isUnsignedType(int metaTypeId);

/*! Wide enough for every 64-bit value, signed or not: ranges are compared, never wrapped. */
__extension__ typedef __int128 Int128;
/*! The integer in \a value, whose type isIntegerType(). The standard types are read in
    place: QVariant::toLongLong() goes through QMetaType's conversions (about 200 instructions
    for an int, on every fetchAdd()). */
Int128 integerOf(const QVariant &value);

/*!
    Python's ordering: numbers by value, strings with strings, bytes with bytes, lists
    lexicographically. Unordered for anything else (Python raises TypeError there).
*/
QPartialOrdering pythonCompare(const QVariant &a, const QVariant &b);

/*! Python's type() name of a value the standard types hold: NoneType, bool, int, float, str,
    bytes, list, dict, proxy; for other Qt types the QMetaType name. */
QString pythonTypeName(const QVariant &value);

} // namespace LibManager

#endif // LIBMANAGER_PYTHONVALUE_P_H
