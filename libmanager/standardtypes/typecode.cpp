// SPDX-License-Identifier: BSD-3-Clause
#include "typecode_p.h"
#include "pythonvalue_p.h"
#include <libmanager/tr_p.h>

#include <QtCore/qendian.h>

#include <cfloat>
#include <cmath>
#include <cstring>

namespace LibManager {

struct TypeCodeTable
{
    static constexpr TypeCode codes[] = {
        { 'b', 1, TypeCode::Signed },   { 'B', 1, TypeCode::Unsigned }, { 'h', 2, TypeCode::Signed },
        { 'H', 2, TypeCode::Unsigned }, { 'i', 4, TypeCode::Signed },   { 'I', 4, TypeCode::Unsigned },
        { 'l', 8, TypeCode::Signed },   { 'L', 8, TypeCode::Unsigned }, { 'q', 8, TypeCode::Signed },
        { 'Q', 8, TypeCode::Unsigned }, { 'f', 4, TypeCode::Floating }, { 'd', 8, TypeCode::Floating },
        { 'c', 1, TypeCode::Byte },     { 'u', 2, TypeCode::Character },
    };
};

namespace {

QString typeName(const QVariant &value)
{
    return value.isValid() ? QString::fromLatin1(value.metaType().name()) : QStringLiteral("null");
}

} // namespace

const TypeCode *TypeCode::find(char code)
{
    for (const TypeCode &entry : TypeCodeTable::codes) {
        if (entry.m_code == code)
            return &entry;
    }
    return nullptr;
}

QString TypeCode::validCodes()
{
    QString out;
    for (const TypeCode &entry : TypeCodeTable::codes)
        out += QLatin1Char(entry.m_code);
    return out;
}

QString TypeCode::range() const
{
    switch (m_kind) {
    case Signed:
        if (m_size == 8)
            return QStringLiteral("%1..%2").arg(std::numeric_limits<qint64>::min()).arg(std::numeric_limits<qint64>::max());
        return QStringLiteral("%1..%2").arg(-(qint64(1) << (8 * m_size - 1))).arg((qint64(1) << (8 * m_size - 1)) - 1);
    case Unsigned:
        if (m_size == 8)
            return QStringLiteral("0..%1").arg(std::numeric_limits<quint64>::max());
        return QStringLiteral("0..%1").arg((quint64(1) << (8 * m_size)) - 1);
    case Floating:
        return m_size == 4 ? QStringLiteral("a float") : QStringLiteral("a double");
    case Byte:
        return QStringLiteral("one byte");
    case Character:
        return QStringLiteral("one character");
    }
    return {};
}

Reply TypeCode::encode(const QVariant &value, char *stored) const
{
    const int id = value.metaType().id();
    const auto code = [this] { return QString(QLatin1Char(m_code)); }; // for error messages only
    switch (m_kind) {
    case Signed:
    case Unsigned: {
        if (!isIntegerType(id)) {
            return Reply::fromError(
                Error::TypeError,
                Tr::tr("typecode '%1' takes an integer, not %2").arg(code(), typeName(value)));
        }
        if (!encodeInteger(integerOf(value), stored)) {
            const QString text = isUnsignedType(id) ? QString::number(value.toULongLong()) : QString::number(value.toLongLong());
            return Reply::fromError(
                Error::ValueError,
                Tr::tr("%1 is out of range for typecode '%2' (%3)").arg(text, code(), range()));
        }
        return {};
    }
    case Floating: {
        if (!isIntegerType(id) && id != QMetaType::Double && id != QMetaType::Float) {
            return Reply::fromError(
                Error::TypeError,
                Tr::tr("typecode '%1' takes a number, not %2").arg(code(), typeName(value)));
        }
        const double number = value.toDouble();
        if (m_size == 4) {
            if (std::isfinite(number) && std::fabs(number) > double(FLT_MAX)) {
                return Reply::fromError(Error::ValueError,
                                        Tr::tr("%1 is out of range for typecode 'f'").arg(number));
            }
            const float narrow = float(number);
            quint32 bits;
            std::memcpy(&bits, &narrow, 4);
            qToLittleEndian<quint32>(bits, stored);
        } else {
            quint64 bits;
            std::memcpy(&bits, &number, 8);
            qToLittleEndian<quint64>(bits, stored);
        }
        return {};
    }
    case Byte: {
        const QByteArray bytes = id == QMetaType::QByteArray ? value.toByteArray() : QByteArray();
        if (id == QMetaType::QByteArray && bytes.size() != 1) {
            return Reply::fromError(
                Error::TypeError,
                Tr::tr("typecode 'c' takes a byte array of length 1, not length %1")
                    .arg(bytes.size()));
        }
        if (id != QMetaType::QByteArray) {
            return Reply::fromError(
                Error::TypeError,
                Tr::tr("typecode 'c' takes a byte array of length 1, not %1").arg(typeName(value)));
        }
        *stored = bytes.at(0);
        return {};
    }
    case Character: {
        QString text;
        if (id == QMetaType::QChar)
            text = QString(value.toChar());
        else if (id == QMetaType::QString)
            text = value.toString();
        if (id == QMetaType::QString && text.size() != 1) {
            return Reply::fromError(
                Error::TypeError,
                Tr::tr("typecode 'u' takes one character, not %1 characters").arg(text.size()));
        }
        if (id != QMetaType::QChar && id != QMetaType::QString) {
            return Reply::fromError(
                Error::TypeError,
                Tr::tr("typecode 'u' takes one character, not %1").arg(typeName(value)));
        }
        qToLittleEndian<quint16>(text.at(0).unicode(), stored);
        return {};
    }
    }
    return Reply::fromError(Error::TypeError, Tr::tr("unknown typecode"));
}

bool TypeCode::encodeInteger(Int128 number, char *stored) const
{
    Q_ASSERT(m_kind == Signed || m_kind == Unsigned);
    // Wide enough for every source and target: compare, never wrap.
    const Int128 low = m_kind == Signed ? -(Int128(1) << (8 * m_size - 1)) : Int128(0);
    const Int128 high = m_kind == Signed ? (Int128(1) << (8 * m_size - 1)) - 1 : (Int128(1) << (8 * m_size)) - 1;
    if (number < low || number > high)
        return false;
    const quint64 bits = quint64(number);
    switch (m_size) {
    case 1: *stored = char(bits); break;
    case 2: qToLittleEndian<quint16>(quint16(bits), stored); break;
    case 4: qToLittleEndian<quint32>(quint32(bits), stored); break;
    default: qToLittleEndian<quint64>(bits, stored); break;
    }
    return true;
}

Int128 TypeCode::decodeInteger(const char *stored) const
{
    Q_ASSERT(m_kind == Signed || m_kind == Unsigned);
    if (m_kind == Signed) {
        switch (m_size) {
        case 1: return qint8(*stored);
        case 2: return qFromLittleEndian<qint16>(stored);
        case 4: return qFromLittleEndian<qint32>(stored);
        default: return qFromLittleEndian<qint64>(stored);
        }
    }
    switch (m_size) {
    case 1: return quint8(*stored);
    case 2: return qFromLittleEndian<quint16>(stored);
    case 4: return qFromLittleEndian<quint32>(stored);
    default: return qFromLittleEndian<quint64>(stored);
    }
}

QVariant TypeCode::decode(const char *stored) const
{
    switch (m_kind) {
    case Signed:
        return m_size == 8 ? QVariant(qlonglong(decodeInteger(stored))) : QVariant(int(decodeInteger(stored)));
    case Unsigned:
        switch (m_size) {
        case 8: return qulonglong(decodeInteger(stored));
        case 4: return uint(decodeInteger(stored));
        default: return int(decodeInteger(stored));
        }
    case Floating:
        if (m_size == 4) {
            const quint32 bits = qFromLittleEndian<quint32>(stored);
            float narrow;
            std::memcpy(&narrow, &bits, 4);
            return double(narrow);
        } else {
            const quint64 bits = qFromLittleEndian<quint64>(stored);
            double number;
            std::memcpy(&number, &bits, 8);
            return number;
        }
    case Byte:
        return QByteArray(stored, 1);
    case Character:
        return QString(QChar(qFromLittleEndian<quint16>(stored)));
    }
    return {};
}

void TypeCode::zero(char *stored) const
{
    std::memset(stored, 0, size_t(m_size));
}

} // namespace LibManager
