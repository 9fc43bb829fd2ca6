// SPDX-License-Identifier: BSD-3-Clause
//
//  W A R N I N G
//  -------------
// This file is not part of the libmanager API. It may change from version to version without
// notice, or even be removed.

#ifndef LIBMANAGER_TYPECODE_P_H
#define LIBMANAGER_TYPECODE_P_H

#include <libmanager/standardtypes/pythonvalue_p.h>
#include <libmanager/reply.h>

namespace LibManager {

/*!
    One of the array module's typecodes, as Value and Array store them: b B h H i I l L q Q
    (integers of 1, 2, 4, 8 bytes; l and L are 8 bytes, as C long is on 64-bit Linux), f d
    (float, double), c (one byte) and u (one UTF-16 character).
*/
class LIBMANAGER_AUTOTEST_EXPORT TypeCode
{
public:
    enum Kind { Signed, Unsigned, Floating, Byte, Character };

    /*! nullptr for a character that is no typecode. */
    static const TypeCode *find(char code);
    static QString validCodes();

    char code() const { return m_code; }
    int size() const { return m_size; }
    Kind kind() const { return m_kind; }
    bool isNumber() const { return m_kind == Signed || m_kind == Unsigned || m_kind == Floating; }

    /*!
        Checks \a value against this typecode: the wrong kind is Error::TypeError, out of range
        Error::ValueError. On success \a stored holds the bytes to keep.
    */
    Reply encode(const QVariant &value, char *stored) const;
    /*! The value of the stored bytes, as a QVariant of this typecode's C++ type. */
    QVariant decode(const char *stored) const;
    /*! For the integer typecodes: stores \a number, or returns false if it is out of range. */
    bool encodeInteger(Int128 number, char *stored) const;
    /*! For the integer typecodes: the stored number. */
    Int128 decodeInteger(const char *stored) const;
    /*! The zero value's bytes. */
    void zero(char *stored) const;
    /*! A printable range, e.g. "-128..127". */
    QString range() const;

private:
    char m_code;
    int m_size;
    Kind m_kind;
    friend struct TypeCodeTable;
    constexpr TypeCode(char code, int size, Kind kind) : m_code(code), m_size(size), m_kind(kind) { }
};

} // namespace LibManager

#endif // LIBMANAGER_TYPECODE_P_H
